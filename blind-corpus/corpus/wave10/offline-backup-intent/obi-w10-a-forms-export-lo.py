#!/usr/bin/python3
# Generator: Microsoft Forms response export of the offline-backup intent survey, as kept by the
# secretariat (two columns of its own added on the right, a 集計 sheet with COUNTIF), then re-saved by LibreOffice.
import os, subprocess, shutil, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from openpyxl.utils import get_column_letter

OUT = "/work/blind/wave10/offline-backup-intent"
NAME = "obi-w10-a-forms-export-lo.xlsx"
TMP = "/tmp/obi_w10_a_build"
os.makedirs(TMP, exist_ok=True)

S_OFF = "既に電子カルテのオフラインバックアップを運用している"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中"
S_NONE = "オフラインバックアップは実施していない"
I_A = "本事業で支援可能なサーバ・物品を新設する（調達は年度内に可能）"
I_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_N = "本事業での支援は不要（ベンダ等と検討中）"
ST_ON = "院内の物理媒体に保存"
ST_CL = "外部クラウド環境に保存"

headers = [
    "ID", "開始時刻", "完了時刻", "メール", "名前", "最終変更時刻",
    "患者数を入力してください。\nMicrosoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。",
    "病院名を入力してください。",
    "現在の電子カルテのバックアップ状況について、あてはまるものを選択してください。\n（別紙5「各媒体におけるオフライン状態の定義」をご確認ください）",
    "本事業におけるオフラインバックアップ整備支援のご意向を選択してください。",
    "オフラインバックアップの保存先として希望するものを選択してください。",
    "その他、ご意見・ご要望等があればご記入ください。",
    "支援方針\n（事務局記入）",
    "事務局メモ",
]

def t(d, h, m, s):
    return dt.datetime(2024, 8, d, h, m, s)

rows = [
    # id, start, end, mail, name, count, hospital, state, intent, storage, remarks, policy, memo
    (1, t(19, 9, 12, 4), t(19, 9, 16, 40), "joho@sanuki-chuo-hp.example.jp", "さぬき中央病院 情報管理課 大西 健",
     245, "さぬき中央病院", S_NONE, I_A, ST_ON, None, "支援A", "8/22 打合せ候補日送付"),
    (2, t(19, 14, 3, 51), t(19, 14, 7, 2), "system@marugame-minato.example.jp", "丸亀みなと病院 システム管理室",
     1180, "医療法人　瀬戸内会　丸亀みなと病院", S_PLAN, I_N, None,
     "電子カルテ更新（令和7年度予定）に合わせてベンダと検討中です。", "報告のみ", None),
    (3, t(20, 10, 40, 17), t(20, 10, 42, 9), "soumu@kanonji-hamabe.example.jp", "観音寺浜辺病院 総務課 合田 由美",
     86, "観音寺浜辺病院", S_OFF, None, None,
     "LTOテープを週1回取得し、ネットワークから切り離して院内金庫で保管しています。", "対象外", "ヒアリング不要"),
    (4, t(21, 16, 25, 30), t(21, 16, 31, 55), "it-office@utazu-kinen.example.jp", "宇多津記念病院 医療情報部",
     3000, "社会医療法人 讃岐会 宇多津記念病院", S_NONE, I_B, ST_CL, None, "支援B", "患者数上限ちょうど（Teams表示どおり）"),
    (5, t(26, 8, 55, 2), t(26, 9, 4, 48), "iryojoho@sakaide-kita.example.jp", "坂出北病院 医療情報室 三好 拓也",
     530, "坂出北病院", S_PLAN, I_C, ST_ON,
     "既存のNASにRDX装置を接続する案で検討しています。\n打合せにはベンダ（電子カルテ保守）も同席予定です。", "支援C", None),
    (6, t(28, 13, 1, 19), t(28, 13, 6, 37), "kanri@mitoyo-seibu.example.jp", "三豊西部病院 事務部 詫間 恵",
     1420, "三豊西部病院", S_NONE, I_C, ST_CL, None, "支援C", None),
    (7, t(30, 11, 47, 0), t(30, 11, 50, 26), "jimu@uchinomi-hp.example.jp", "小豆島内海病院 事務長 岡 修",
     12, "小豆島内海病院", S_NONE, I_A, ST_CL, "小規模のため、できるだけ手間のかからない方法を希望します。", "支援A", "8/30 締切当日回答"),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(headers)
for r in rows:
    (i, st, en, mail, nm, cnt, hosp, state, intent, storage, rem, pol, memo) = r
    ws.append([i, st, en, mail, nm, en, cnt, hosp, state, intent, storage, rem, pol, memo])
for c in range(1, len(headers) + 1):
    cell = ws.cell(row=1, column=c)
    cell.font = Font(bold=True)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
    if c >= 13:
        cell.fill = PatternFill("solid", fgColor="FFF2CC")
for r in range(2, len(rows) + 2):
    for c in (2, 3, 6):
        ws.cell(row=r, column=c).number_format = "yyyy/m/d h:mm:ss"
    ws.cell(row=r, column=12).alignment = Alignment(wrap_text=True, vertical="top")
widths = [5, 18, 18, 30, 30, 18, 22, 34, 40, 44, 22, 44, 12, 26]
for i, w in enumerate(widths, 1):
    ws.column_dimensions[get_column_letter(i)].width = w
ws.row_dimensions[1].height = 75
ws.freeze_panes = "A2"
ws.auto_filter.ref = "A1:N%d" % (len(rows) + 1)

agg = wb.create_sheet("集計")
agg["A1"] = "支援方針別 件数（Sheet1 の事務局記入欄より）"
agg["A1"].font = Font(bold=True)
agg["A2"], agg["B2"] = "支援方針", "件数"
for k, p in enumerate(["支援A", "支援B", "支援C", "報告のみ", "対象外"], start=3):
    agg.cell(row=k, column=1, value=p)
    agg.cell(row=k, column=2, value='=COUNTIF(Sheet1!$M$2:$M$100,"%s")' % p)
agg["A8"] = "合計"
agg["B8"] = "=SUM(B3:B7)"
agg["A10"] = "回答数"
agg["B10"] = "=COUNTA(Sheet1!$A$2:$A$100)"
agg.column_dimensions["A"].width = 16

tmp = os.path.join(TMP, NAME)
wb.save(tmp)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, tmp], check=True)
print("wrote", os.path.join(OUT, NAME))

#!/usr/bin/python3
# Generator for obi-w13-a-forms-export-policy.xlsx
# Microsoft Forms response export (one row per hospital) as downloaded by the programme secretariat,
# to which the secretariat added a 支援方針 formula column and a 集計 sheet, then re-saved it in LibreOffice
# (so the formulas carry cached values).
import datetime as dt
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT_DIR = "/work/blind/wave13/offline-backup-intent"
NAME = "obi-w13-a-forms-export-policy.xlsx"
BUILD_DIR = "/tmp/obi_w13_build_a"

Q_COUNT = ("患者数を入力してください。\n"
           "Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。")
Q_NAME = "病院名を入力してください。"
Q_STATE = ("現在の電子カルテのバックアップについて、最も近いものを選択してください。\n"
           "（「別紙5_各媒体におけるオフライン状態の定義」をご確認の上ご回答ください）")
Q_INTENT = "本事業におけるオフラインバックアップ整備支援のご意向を選択してください。"
Q_STORAGE = "オフラインバックアップの保存先として希望するものを選択してください。"
Q_REMARKS = "その他、ご意見・ご質問等がありましたらご記入ください。"

S_DONE = "既に電子カルテのオフラインバックアップを取得・運用している"
S_PLAN = "電子カルテベンダ様等とオフラインバックアップの方針を検討中である"
S_NONE = "オフラインバックアップは実施していない"

I_A = "本事業で支援可能なサーバ・物品を新設する（調達は年度内に可能）"
I_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_NO = "本事業での支援は不要"

ST_MEDIA = "院内の物理媒体に保存"
ST_CLOUD = "外部クラウド環境に保存"

T = dt.datetime
rows = [
    # id, start, end, mail, name, count, hospital, state, intent, storage, remarks
    (1, T(2024, 8, 5, 9, 41, 12), T(2024, 8, 5, 9, 47, 58), "k.ohnishi@takamatsu-tobu-hp.jp", "大西 健司",
     1850, "高松東部記念病院", S_NONE, I_A, ST_MEDIA, None),
    (2, T(2024, 8, 7, 14, 2, 40), T(2024, 8, 7, 14, 9, 3), "joho@minato-hp.or.jp", "情報システム室",
     420, "医療法人 瀬戸内会 坂出みなと病院", S_PLAN, I_NO, None,
     "電子カルテ更新（令和7年度予定）にあわせてベンダと検討中です。"),
    (3, T(2024, 8, 19, 11, 20, 5), T(2024, 8, 19, 11, 22, 44), "soumu@mitoyo-reha.jp", "三好 由美",
     96, "三豊総合リハビリテーション病院", S_DONE, None, None, None),
    (4, T(2024, 8, 23, 16, 55, 31), T(2024, 8, 23, 17, 8, 10), "it-kanri@kanonji-sakura.jp", "藤田 昌平",
     2760, "観音寺さくら病院", S_NONE, I_B, ST_CLOUD,
     "予算措置が次年度となるため、調達は令和7年度を想定しています。"),
    (5, T(2024, 8, 28, 10, 3, 9), T(2024, 8, 28, 10, 15, 47), "iryojoho@shodoshima-nagisa.jp", "森 佳奈子",
     310, "小豆島なぎさ病院", S_PLAN, I_C, ST_MEDIA,
     "LTOテープ装置は既設です。\n媒体（テープ）のみ追加調達の予定です。"),
    (6, T(2024, 8, 30, 17, 31, 2), T(2024, 8, 30, 17, 36, 25), "zentsuji-hikari@hikari-hp.jp", "安藤 誠",
     3000, "善通寺ひかり病院", S_NONE, I_C, ST_CLOUD, None),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
headers = ["ID", "開始時刻", "完了時刻", "メール", "名前", "最終変更時刻",
           Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORAGE, Q_REMARKS, "支援方針（事務局）"]
ws.append(headers)
for r in rows:
    (i, st, en, mail, nm, cnt, hosp, state, intent, storage, rem) = r
    ws.append([i, st, en, mail, nm, None, cnt, hosp, state, intent, storage, rem, None])

for rr in range(2, len(rows) + 2):
    ws.cell(rr, 2).number_format = "yyyy/m/d h:mm:ss"
    ws.cell(rr, 3).number_format = "yyyy/m/d h:mm:ss"
    f = ('=IF(I{r}="","",IF(I{r}="{d}","対象外",IF(J{r}="{no}","報告のみ",'
         'IF(ISNUMBER(SEARCH("年度内",J{r})),"支援A",IF(ISNUMBER(SEARCH("次年度",J{r})),"支援B",'
         'IF(ISNUMBER(SEARCH("既存設備",J{r})),"支援C","要確認"))))))').format(r=rr, d=S_DONE, no=I_NO)
    ws.cell(rr, 13, f)
    ws.cell(rr, 12).alignment = Alignment(wrap_text=True, vertical="top")

for c in range(1, 14):
    ws.cell(1, c).font = Font(bold=True)
    ws.cell(1, c).alignment = Alignment(wrap_text=True, vertical="top")
ws.cell(1, 13).fill = PatternFill("solid", fgColor="FFF2CC")
widths = [5, 18, 18, 30, 14, 14, 28, 30, 36, 40, 22, 40, 14]
for i, w in enumerate(widths):
    ws.column_dimensions[chr(65 + i)].width = w
ws.freeze_panes = "A2"

# 集計 sheet added by the secretariat
ws2 = wb.create_sheet("集計")
ws2["A1"] = "支援方針別 集計（Forms回答より）"
ws2["A1"].font = Font(bold=True)
ws2["A3"] = "支援方針"
ws2["B3"] = "件数"
for i, p in enumerate(["支援A", "支援B", "支援C", "報告のみ", "対象外"]):
    ws2.cell(4 + i, 1, p)
    ws2.cell(4 + i, 2, '=COUNTIF(Sheet1!$M:$M,A{})'.format(4 + i))
ws2["A9"] = "合計"
ws2["B9"] = "=SUM(B4:B8)"
ws2["A11"] = "※支援方針はSheet1のM列（数式）で判定。手入力しないこと。"
ws2.column_dimensions["A"].width = 14

os.makedirs(BUILD_DIR, exist_ok=True)
tmp = os.path.join(BUILD_DIR, NAME)
wb.save(tmp)
# re-save with LibreOffice so that formula results are cached
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT_DIR, tmp], check=True)
shutil.rmtree(BUILD_DIR)
print("written", os.path.join(OUT_DIR, NAME))

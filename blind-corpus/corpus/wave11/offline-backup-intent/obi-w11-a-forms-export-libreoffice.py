#!/usr/bin/python3
# Generator for obi-w11-a-forms-export-libreoffice.xlsx
# Role: programme secretariat staff. Microsoft Forms response export of the
# 「オフラインバックアップ支援意向に関するアンケート」, one row per hospital, with a
# 支援方針 column (formula) and a 集計 sheet added by the secretariat, then re-saved
# by LibreOffice so the formula results are cached.
import os
import shutil
import subprocess
import datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill

OUT = "/work/blind/wave11/offline-backup-intent"
NAME = "obi-w11-a-forms-export-libreoffice.xlsx"
TMP = os.path.join(OUT, "_tmp_obi_a")

ST_OP = "既に電子カルテのオフラインバックアップを運用している"
ST_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中である"
ST_NONE = "オフラインバックアップは実施していない"

IN_A = "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）"
IN_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
IN_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
IN_NO = "本事業での支援は不要"

SG_MEDIA = "院内の物理媒体に保存"
SG_CLOUD = "外部クラウド環境に保存"

headers = [
    "ID", "開始時刻", "完了時刻", "メール", "名前", "最終変更時刻",
    "患者数を入力してください。",
    "病院名を入力してください。",
    "現在の電子カルテのバックアップの状況について、当てはまるものを選択してください。",
    "本事業におけるオフラインバックアップの支援の意向について、当てはまるものを選択してください。",
    "オフラインバックアップの保存先（予定を含む）を選択してください。",
    "ご意見・ご質問等がございましたらご記入ください。",
    "支援方針（事務局判定）",
]

# (start, minutes, patients, hospital, state, intent, storage, remarks)
rows = [
    (dt.datetime(2024, 8, 19, 9, 12, 41), 6, 820, "高松みなと病院", ST_OP, IN_NO, SG_MEDIA,
     "LTOテープへ週1回取得し、取得後はテープを抜いて金庫で保管しています。"),
    (dt.datetime(2024, 8, 19, 14, 3, 7), 11, 2450, "医療法人　東讃会　しろとり記念病院", ST_NONE, IN_A, SG_MEDIA,
     None),
    (dt.datetime(2024, 8, 21, 10, 47, 55), 4, 135, "丸亀南リハビリテーション病院", ST_PLAN, IN_NO, SG_CLOUD,
     "電子カルテの次期更改（令和7年度予定）に合わせ、ベンダとクラウドへのバックアップを検討中です。"),
    (dt.datetime(2024, 8, 22, 16, 30, 2), 9, 1780, "坂出北総合病院", ST_NONE, IN_B, SG_CLOUD,
     None),
    (dt.datetime(2024, 8, 26, 11, 5, 19), 13, 560, "観音寺さくら病院", ST_NONE, IN_C, SG_MEDIA,
     "既存のバックアップサーバにRDXを接続する想定です。\n媒体の型番は別紙6の一覧から選定予定です。"),
    (dt.datetime(2024, 8, 28, 8, 58, 33), 7, 3000, "地方独立行政法人　瀬戸内総合医療センター", ST_PLAN, IN_A, SG_MEDIA,
     "院内で方針を検討してきましたが、本事業で年度内に構築支援を受けたいと考えています。"),
    (dt.datetime(2024, 8, 30, 17, 41, 10), 5, 47, "琴平やまなみ病院", ST_NONE, IN_C, SG_CLOUD,
     None),
]


def policy_formula(r):
    i, j = f"I{r}", f"J{r}"
    return (f'=IF({i}="","",IF({i}="{ST_OP}","対象外",IF({j}="{IN_NO}","報告のみ",'
            f'IF({j}="{IN_A}","支援A",IF({j}="{IN_B}","支援B",IF({j}="{IN_C}","支援C","要確認"))))))')


wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(headers)
for n, (start, mins, pts, hosp, st, it, sg, rem) in enumerate(rows, start=1):
    r = n + 1
    end = start + dt.timedelta(minutes=mins, seconds=17 * n)
    ws.append([n, start, end, "anonymous", None, None, pts, hosp, st, it, sg, rem, policy_formula(r)])
    for c in ("B", "C"):
        ws[f"{c}{r}"].number_format = "yyyy/m/d h:mm:ss"

widths = {"A": 5, "B": 18, "C": 18, "D": 12, "E": 8, "F": 14, "G": 12, "H": 34,
          "I": 40, "J": 44, "K": 22, "L": 50, "M": 16}
for k, v in widths.items():
    ws.column_dimensions[k].width = v
for c in ws[1]:
    c.font = Font(bold=True)
    c.alignment = Alignment(wrap_text=True, vertical="top")
ws["M1"].fill = PatternFill("solid", fgColor="FFF2CC")  # the secretariat's own column
ws.freeze_panes = "C2"
ws.auto_filter.ref = f"A1:M{len(rows) + 1}"

# 集計 sheet added by the secretariat
ag = wb.create_sheet("集計")
ag["A1"] = "支援方針別 件数（Formsエクスポート Sheet1 より）"
ag["A1"].font = Font(bold=True)
ag["A3"], ag["B3"] = "支援方針", "件数"
for k, p in enumerate(["支援A", "支援B", "支援C", "報告のみ", "対象外", "要確認"], start=4):
    ag[f"A{k}"] = p
    ag[f"B{k}"] = f'=COUNTIF(Sheet1!$M$2:$M${len(rows) + 1},A{k})'
ag["A10"] = "合計"
ag["B10"] = "=SUM(B4:B9)"
ag.column_dimensions["A"].width = 14

os.makedirs(TMP, exist_ok=True)
raw = os.path.join(TMP, NAME)
wb.save(raw)
# re-save by LibreOffice (formula results cached, LibreOffice's own styles)
subprocess.run(["soffice", "-env:UserInstallation=file://" + TMP + "/lo_profile", "--headless",
                "--convert-to", "xlsx", "--outdir", os.path.join(TMP, "lo"), raw],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(TMP, "lo", NAME), os.path.join(OUT, NAME))
shutil.rmtree(TMP)
print("wrote", os.path.join(OUT, NAME))

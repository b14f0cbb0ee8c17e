# Generator for clv-w9-a-print-marks.xlsx (checklist-vendor, R6, no planted problem)
# Role: prefecture 医療推進課 staff drew a print-style sheet (A4 landscape) with ○-mark columns
# for はい / いいえ; the vendor's QA person filled it; the file was then re-saved by LibreOffice.
import datetime as dt
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins

OUT = "/work/blind/wave9/checklist-vendor"
NAME = "clv-w9-a-print-marks"
SHEET = "チェックリスト(事業者確認用)"

D = dt.date
VENDOR = "株式会社せとうちメディカルシステムズ"
SYSTEM = "電子カルテシステム（せとうちカルテ Ver.5）"
HOSPITAL = "医療法人社団 旭水会 旭川中央病院"

S1 = "体制構築"
S2 = "医療情報システムの管理・運用"
S3 = "インシデント発生に備えた対応"

# (section heading for the row, device class or None, itemNo or None, item text,
#  first answer, first date, target date, second answer, second date, remarks)
c1 = D(2024, 10, 8)
rows = [
    ("H", "1", S1),
    ("I", S1, None, "1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している",
     "はい", c1, None, None, None, "品質保証部長を管理責任者として選任済"),
    ("H", "2", S2),
    ("I", S2, None, "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "はい", c1, None, None, None, None),
    ("I", S2, None, "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を確認した",
     "はい", c1, None, None, None, "保守用VPN装置1台（院内サーバ室）"),
    ("I", S2, None, "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
     "はい", D(2024, 10, 9), None, None, None, "SDS第2版を提出"),
    ("I", S2, "サーバ", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "はい", c1, None, None, None, None),
    ("I", S2, "サーバ", None, "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "はい", c1, None, None, None, None),
    ("I", S2, "サーバ", None, "アクセスログを管理している",
     "はい", c1, None, None, None, None),
    ("I", S2, "サーバ", None, "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
     "いいえ", c1, D(2024, 12, 20), "はい", D(2024, 12, 17), "保守用管理者アカウントの定期変更を運用に追加"),
    ("I", S2, "サーバ", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい", c1, None, None, None, None),
    ("I", S2, "サーバ", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "はい", c1, None, None, None, None),
    ("I", S2, "端末PC", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "はい", c1, None, None, None, None),
    ("I", S2, "端末PC", None, "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "はい", c1, None, None, None, None),
    ("I", S2, "端末PC", None, "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
     "はい", c1, None, None, None, None),
    ("I", S2, "端末PC", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい", c1, None, None, None, None),
    ("I", S2, "端末PC", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "いいえ", c1, D(2025, 1, 31), "はい", D(2025, 1, 24), "不要な常駐ソフトを停止（外来端末42台）"),
    ("I", S2, "ネットワーク機器", None, "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
     "はい", D(2024, 10, 9), None, None, None, None),
    ("I", S2, "ネットワーク機器", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい", D(2024, 10, 9), None, None, None, None),
    ("I", S2, "ネットワーク機器", None, "接続元制限を実施している",
     "いいえ", D(2024, 10, 9), D(2025, 2, 28), None, None, "2月の定期保守時に設定予定"),
    ("H", "3", S3),
    ("I", S3, None, "3-(1)", "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある",
     "はい", D(2024, 10, 9), None, None, None, None),
    ("I", S3, None, "3-(2)", "インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を医療機関に提示している",
     "はい", D(2024, 10, 9), None, None, None, "復旧手順書 R6.9版"),
]

thin = Side(style="thin")
hair = Side(style="hair")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="D9E1F2")
sec_fill = PatternFill("solid", fgColor="F2F2F2")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(horizontal="left", vertical="center", wrap_text=True)
WAREKI = '[$-411]ggge"年"m"月"d"日"'
WAREKI_SHORT = '[$-411]ge.m.d'

wb = Workbook()
# --- 記入要領 sheet (extra, first) ---
ins = wb.active
ins.title = "記入要領"
notes = [
    "【記入要領】医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）",
    "",
    "１　本チェックリストは、医療機関と契約している事業者ごと（又はシステムごと）に1部作成してください。",
    "２　「1回目」欄は、該当する方（はい・いいえ）に○を付け、確認日を記入してください。",
    "３　1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を「目標日」欄に記入してください。",
    "　　（目標日は令和7年3月31日までの日付としてください。）",
    "４　目標日までに対応した項目は、「2回目」欄に○を付け、確認日を記入してください。",
    "５　各項目の詳細は「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。",
    "６　記入後は提出先医療機関へ提出してください（医療機関から立入検査時に保健所へ提出されます）。",
    "",
    "問い合わせ先：県保健医療部医療推進課医事班",
]
for i, t in enumerate(notes, start=1):
    ins.cell(row=i, column=1, value=t)
ins["A1"].font = Font(bold=True, size=12)
ins.column_dimensions["A"].width = 110

ws = wb.create_sheet(SHEET)
widths = {"A": 1.5, "B": 7, "C": 11, "D": 50, "E": 1, "F": 5, "G": 5, "H": 12, "I": 12,
          "J": 5, "K": 5, "L": 12, "M": 26}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("B1:M1")
ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）【令和6年度版】"
ws["B1"].font = Font(bold=True, size=14)
ws["B1"].alignment = Alignment(horizontal="center")

ws.merge_cells("B3:D3")
ws["B3"] = "事業者名：" + VENDOR
ws.merge_cells("B4:D4")
ws["B4"] = "対象システム：" + SYSTEM
ws.merge_cells("F3:M3")
ws["F3"] = "提出先医療機関名：" + HOSPITAL
ws.merge_cells("F4:M4")
ws["F4"] = "※はい・いいえは該当欄に○、日付は確認した日を記入"
ws["F4"].font = Font(size=9, color="666666")
for c in ("B3", "B4", "F3"):
    ws[c].font = Font(size=11)
    ws[c].border = Border(bottom=thin)

# header rows 6-7
ws.merge_cells("B6:B7"); ws["B6"] = "項番"
ws.merge_cells("C6:D7"); ws["C6"] = "チェック項目"
ws.merge_cells("F6:H6"); ws["F6"] = "1回目"
ws.merge_cells("I6:I7"); ws["I6"] = "目標日"
ws.merge_cells("J6:L6"); ws["J6"] = "2回目"
ws.merge_cells("M6:M7"); ws["M6"] = "備考"
for col, t in zip("FGHJKL", ["はい", "いいえ", "確認日", "はい", "いいえ", "確認日"]):
    ws[f"{col}7"] = t
for r in (6, 7):
    for col in "BCDFGHIJKLM":
        c = ws[f"{col}{r}"]
        c.fill = hdr_fill
        c.alignment = center
        c.border = box
        c.font = Font(bold=True, size=10)

r = 8
entries = []
dev_start = {}
for row in rows:
    if row[0] == "H":
        ws.merge_cells(f"B{r}:M{r}")
        ws[f"B{r}"] = f"{row[1]}　{row[2]}"
        ws[f"B{r}"].font = Font(bold=True)
        for col in "BCDEFGHIJKLM":
            ws[f"{col}{r}"].fill = sec_fill
            ws[f"{col}{r}"].border = box
        r += 1
        continue
    _, sec, dev, no, item, a1, d1, tgt, a2, d2, rem = row
    if dev is None:
        ws.merge_cells(f"C{r}:D{r}")
        ws[f"C{r}"] = item
    else:
        dev_start.setdefault(dev, [r, r])
        dev_start[dev][1] = r
        ws[f"D{r}"] = item
    if no:
        ws[f"B{r}"] = no
    ws[f"F{r}"] = "○" if a1 == "はい" else None
    ws[f"G{r}"] = "○" if a1 == "いいえ" else None
    ws[f"H{r}"] = d1
    if tgt:
        ws[f"I{r}"] = tgt
    if a2:
        ws[f"J{r}"] = "○" if a2 == "はい" else None
        ws[f"K{r}"] = "○" if a2 == "いいえ" else None
    if d2:
        ws[f"L{r}"] = d2
    if rem:
        ws[f"M{r}"] = rem
    for col in "BCDEFGHIJKLM":
        c = ws[f"{col}{r}"]
        c.border = box
        c.alignment = center if col in "BFGHIJKL" else wrap
        if col in "HIL":
            c.number_format = WAREKI_SHORT
        if col in "DM" or (col == "C" and dev is None):
            c.font = Font(size=10)
    ws.row_dimensions[r].height = 30
    e = {"section": dev if dev else sec, "item": item}
    if no:
        e["itemNo"] = no
    e["firstAnswer"] = a1
    e["firstDate"] = d1.isoformat()
    if tgt:
        e["targetDate"] = tgt.isoformat()
    if a2:
        e["secondAnswer"] = a2
    if d2:
        e["secondDate"] = d2.isoformat()
    if rem:
        e["remarks"] = rem
    entries.append(e)
    r += 1

for dev, (a, b) in dev_start.items():
    ws.merge_cells(f"C{a}:C{b}")
    ws[f"C{a}"] = dev
    ws[f"C{a}"].alignment = center
    ws[f"C{a}"].font = Font(bold=True, size=10)

last = r - 1
ws[f"B{last + 2}"] = "※本チェックリストは立入検査時に保健所が確認します。"
ws[f"B{last + 2}"].font = Font(size=9)

ws.print_area = f"A1:M{last + 2}"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = "6:7"
ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.5)
ws.freeze_panes = "F8"
wb.active = 1

tmp = tempfile.mkdtemp(prefix="clv_w9_a_")
raw = os.path.join(tmp, NAME + ".xlsx")
wb.save(raw)
conv = os.path.join(tmp, "conv")
os.makedirs(conv)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", conv, raw],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(conv, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmp)

expected = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "vendorName": VENDOR,
        "targetSystem": SYSTEM,
        "hospitalName": HOSPITAL,
        "entries": entries,
    },
    "planted": [],
    "notes": (
        "Re-saved by LibreOffice. Sheet '" + SHEET + "' is the form; sheet '記入要領' holds instructions only. "
        "Header values share a cell with their label ('事業者名：…', '対象システム：…', '提出先医療機関名：…'). "
        "Answers are ○ marks in the はい / いいえ columns (F/G for 1回目, J/K for 2回目); dates are Excel date cells "
        "shown in 和暦 (R6.10.8). Section heading rows read '1　体制構築' etc.; the section value is given without the "
        "leading number. Device-class rows (サーバ / 端末PC / ネットワーク機器, merged cell in column C) show no item "
        "number, so itemNo is omitted for them. The vendor item wording (1-(1), 2-(1), 2-(2), 3-(1), 3-(2)) is the "
        "drawer's reconstruction of the vendor-side items, since the seeds only quote 1-(1) and 2-(3); the item "
        "values are the texts as written in the workbook. Empty 2回目 cells were simply not checked yet (allowed)."
    ),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", last)

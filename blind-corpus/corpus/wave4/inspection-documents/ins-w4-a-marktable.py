# Generator: ins-w4-a-marktable  (inspection-documents, Okayama hospital; numbered document table with one
# mark column (○ / － / × legend), file-name column, vendor checklist split over two rows, 記入要領 sheet)
# Run with /usr/bin/python3 (openpyxl). Writes NAME.xlsx and NAME.expected.json next to this script.
import json, os, datetime
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "ins-w4-a-marktable"
HERE = os.path.dirname(os.path.abspath(__file__))

thin = Side(style="thin"); border = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
hdr = PatternFill("solid", fgColor="E2EFDA")

wb = Workbook()
ws = wb.active
ws.title = "書類一覧"
for col, w in zip("ABCDE", (7, 40, 8, 38, 36)):
    ws.column_dimensions[col].width = w

ws["A1"] = "別紙1"
ws["A2"] = "サイバーセキュリティ対策関連書類一覧（提出確認表）"
ws["A2"].font = Font(bold=True, size=13)
ws.merge_cells("A2:E2")

ws["A4"] = "医療機関名"; ws["B4"] = "医療法人 緑風会 みどり中央病院"
ws["A5"] = "提出日"; ws["B5"] = datetime.date(2024, 11, 12); ws["B5"].number_format = "yyyy/m/d"
for c in ("A4", "B4", "A5", "B5"):
    ws[c].border = border
ws["A4"].fill = hdr; ws["A5"].fill = hdr
ws["B5"].alignment = Alignment(horizontal="left")

ws["A7"] = "【提出欄】　○＝提出する　　－＝未作成　　×＝作成済みだが提出しない"
ws["A7"].font = Font(size=9)

heads = ["No.", "書類の名称", "提出", "ファイル名", "備考"]
for j, h in enumerate(heads):
    c = ws.cell(row=8, column=1 + j, value=h)
    c.border = border; c.alignment = center; c.fill = hdr; c.font = Font(bold=True)

docs = [
    # No. as written, kind, name, mark, file, remarks
    ("1", "1", "チェックリスト（医療機関確認用）", "○", "01_チェックリスト_医療機関確認用_R6.xlsx", None),
    ("2-1", "2", "チェックリスト（事業者確認用）", "○", "02-1_チェックリスト_事業者確認用_電子カルテ.xlsx",
     "㈱メディコム・システムズ（電子カルテ）"),
    ("2-2", "2", "チェックリスト（事業者確認用）", "○", "02-2_チェックリスト_事業者確認用_レセコン.pdf",
     "㈱岡山ITサポート（レセコン）"),
    ("3", "3", "チェックリスト（最低限の措置編）", "○", "03_チェックリスト_最低限の措置編.xlsx", None),
    ("4", "4", "機器管理台帳", "○", "04_機器管理台帳_20241101.xlsx", None),
    ("5", "5", "インシデント発生時の連絡体制図", "○", "05_連絡体制図.pdf", None),
    ("6", "6", "ネットワーク構成図及びシステム全体構成図", "○", "06_ネットワーク構成図.pdf",
     "システム全体構成図はネットワーク構成図に含めて作成"),
    ("7", "7", "サイバー攻撃を想定した事業継続計画（BCP）", "－", None, "未作成（令和7年度中に策定予定）"),
]
status = {"○": "SUBMITTED", "－": "NOT_CREATED", "×": "NOT_SUBMITTED"}
exp_docs = []
for i, (no, kind, name, mark, fn, rem) in enumerate(docs):
    r = 9 + i
    for j, v in enumerate([no, name, mark, fn, rem]):
        c = ws.cell(row=r, column=1 + j, value=v)
        c.border = border
        c.alignment = center if j in (0, 2) else wrap
    ws.cell(row=r, column=1).number_format = "@"
    d = {"kind": kind, "submission": status[mark]}
    if fn: d["fileName"] = fn
    if rem: d["remarks"] = rem
    exp_docs.append(d)

ws["A18"] = "※ 2 は委託事業者ごと（又はシステムごと）に1行ずつ記入。6・7 は作成している場合に提出。"
ws["A18"].font = Font(size=9)

# instructions sheet
ins = wb.create_sheet("記入要領")
lines = [
    "【記入要領】",
    "1. 医療機関名、提出日を記入してください。",
    "2. 提出欄には、提出する書類に「○」、未作成の書類に「－」、作成済みだが提出しない書類に「×」を記入してください。",
    "3. チェックリスト（事業者確認用）は、事業者ごと又はシステムごとに行を分けて記入してください。",
    "4. ファイル名欄には、電子データで提出する場合のファイル名を記入してください。",
    "5. 書類は立入検査の際に保健所へ提出してください。",
]
for i, t in enumerate(lines):
    ins.cell(row=1 + i, column=1, value=t)
ins.column_dimensions["A"].width = 100

wb.save(os.path.join(HERE, NAME + ".xlsx"))

expected = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "facilityName": "医療法人 緑風会 みどり中央病院",
        "submittedOn": "2024-11-12",
        "documents": exp_docs,
    },
    "planted": [],
    "notes": ("Filled completely and correctly, no planted problem. One mark column '提出' with the legend in A7: "
              "○ = SUBMITTED, － = NOT_CREATED, × = NOT_SUBMITTED. Document 2 (事業者確認用) has two rows "
              "(No. written '2-1' and '2-2', one per vendor), both kind 2. Document 7 (BCP, optional 'if made') is "
              "未作成, which is allowed. 提出日 is an Excel date cell. Sheet '記入要領' holds instructions only."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok")

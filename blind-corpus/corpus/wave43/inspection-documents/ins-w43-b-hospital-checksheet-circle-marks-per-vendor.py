#!/usr/bin/python3
"""Generator for ins-w43-b-hospital-checksheet-circle-marks-per-vendor.xlsx (inspection-documents, R6, 2 planted problems).
A hospital's own 提出チェック表: header as '項目：値' cells, ○ marks under 提出 / 未作成 / 作成済(提出なし),
document 2 split into one row per vendor, attached file names, hidden helper sheet; re-saved by LibreOffice.
Run with: PYTHONPATH=/tmp/clvins_pylib /usr/bin/python3 THIS.py"""
import json, os, shutil, subprocess
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w43-b-hospital-checksheet-circle-marks-per-vendor.xlsx"
FACILITY = "医療法人 清和会 勝央みなみ病院"

# (番号 shown, kind, 書類名 shown, mark column index 0=提出 1=未作成 2=作成済(提出なし) or None, file name, 備考)
ROWS = [
    ("1", 1, "チェックリスト（医療機関確認用）", 0, "01_チェックリスト_医療機関確認用.xlsx", None),
    ("2-1", 2, "チェックリスト（事業者確認用）\n電子カルテ／(株)メディカルシステムズ西日本", 0, "02-1_事業者確認用_電子カルテ.xlsx", None),
    ("2-2", 2, "〃\nレセコン／(株)さんよう医事システム", 0, "02-2_事業者確認用_レセコン.pdf", None),
    ("2-3", 2, "〃\nPACS／(株)ケイエムソリューション", 0, "02-3_事業者確認用_PACS.xlsx", "11/28受領"),
    ("3", 3, "チェックリスト（最低限の措置編）", 0, "03_チェックリスト_最低限の措置編.pdf", None),
    ("4", 4, "機器管理台帳", 1, None, "作成中（R7.1月完成予定）"),            # PLANT: required document not made
    ("5", 5, "インシデント発生時の連絡体制図", None, None, None),                 # PLANT: no answer at all
    ("6", 6, "ネットワーク構成図及びシステム全体構成図", 2, None, "業者作成資料のため院外提出不可、検査時に閲覧で対応"),
    ("7", 7, "サイバー攻撃を想定したBCP", 0, "07_BCP(サイバー攻撃編).docx", "令和6年9月策定"),
]
CANON = ["SUBMITTED", "NOT_CREATED", "NOT_SUBMITTED"]

thin = Side(style="thin"); dbl = Side(style="double")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(vertical="center", wrap_text=True)
cen = Alignment(horizontal="center", vertical="center", wrap_text=True)
HEAD = PatternFill("solid", fgColor="FCE4D6")

wb = Workbook()
ws = wb.active
ws.title = "提出チェック表"
for col, w in zip("ABCDEFGH", [2, 6, 40, 7, 7, 11, 38, 30]):
    ws.column_dimensions[col].width = w
ws.merge_cells("B1:H1")
ws["B1"] = "【立入検査】サイバーセキュリティ対策関連書類　提出チェック表"
ws["B1"].font = Font(size=13, bold=True); ws["B1"].alignment = cen
ws.merge_cells("B3:E3"); ws["B3"] = "医療機関名：" + FACILITY
ws.merge_cells("F3:H3"); ws["F3"] = "提出日：令和6年12月3日"
ws.merge_cells("B4:E4"); ws["B4"] = "提出先：美作保健所"
ws.merge_cells("F4:H4"); ws["F4"] = "担当：医事課　情報システム係　藤原"
for r in (3, 4):
    for c in range(2, 9):
        ws.cell(r, c).border = Border(bottom=thin)
ws["B5"] = "※ 該当欄に○。事業者確認用チェックリストは事業者（システム）ごとに1行。提出はCD-Rにて保健所へ。"
ws["B5"].font = Font(size=9)

H1, H2 = 7, 8
for c, t in [(2, "番号"), (3, "書類名"), (7, "添付ファイル名"), (8, "備考")]:
    ws.merge_cells(start_row=H1, start_column=c, end_row=H2, end_column=c)
    ws.cell(H1, c, t)
ws.merge_cells(start_row=H1, start_column=4, end_row=H1, end_column=6); ws.cell(H1, 4, "提出状況（該当に○）")
for c, t in [(4, "提出"), (5, "未作成"), (6, "作成済\n(提出なし)")]:
    ws.cell(H2, c, t)
for r in (H1, H2):
    for c in range(2, 9):
        ws.cell(r, c).border = B; ws.cell(r, c).fill = HEAD
        ws.cell(r, c).alignment = cen; ws.cell(r, c).font = Font(bold=True)
ws.row_dimensions[H2].height = 30

r = H2 + 1
rowmap = []
for shown, kind, title, mark, fname, rem in ROWS:
    ws.cell(r, 2, shown).alignment = cen
    ws.cell(r, 3, title).alignment = wrap
    if mark is not None:
        ws.cell(r, 4 + mark, "○")
    for c in (4, 5, 6):
        ws.cell(r, c).alignment = cen
    ws.cell(r, 7, fname).alignment = wrap
    ws.cell(r, 8, rem).alignment = wrap
    for c in range(2, 9):
        ws.cell(r, c).border = B
    ws.row_dimensions[r].height = 32 if "\n" in title else 22
    rowmap.append(r)
    r += 1

# hidden helper sheet: the hospital's list of contracted vendors (used to make sure every vendor returned a checklist)
hs = wb.create_sheet("委託事業者一覧")
for i, row in enumerate([("システム", "事業者", "チェックリスト依頼日", "受領"),
                         ("電子カルテ", "(株)メディカルシステムズ西日本", "10/7", "済"),
                         ("レセコン", "(株)さんよう医事システム", "10/7", "済"),
                         ("PACS", "(株)ケイエムソリューション", "10/7", "済")], 1):
    for j, v in enumerate(row, 1):
        hs.cell(i, j, v)
hs.sheet_state = "hidden"

tmp = "/tmp/clvins_work/ins_b_src.xlsx"
wb.save(tmp)
outtmp = "/tmp/clvins_work/ins_b_lo"
os.makedirs(outtmp, exist_ok=True)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outtmp, tmp], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.move(os.path.join(outtmp, "ins_b_src.xlsx"), os.path.join(OUT_DIR, NAME))
print("wrote", NAME)

docs = []
for shown, kind, title, mark, fname, rem in ROWS:
    d = {"kind": str(kind)}
    if mark is not None: d["submission"] = CANON[mark]
    if fname: d["fileName"] = fname
    if rem: d["remarks"] = rem
    docs.append(d)
sh = ws.title
i4 = [x[0] for x in ROWS].index("4"); i5 = [x[0] for x in ROWS].index("5")
exp = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME,
    "values": {"facilityName": FACILITY, "submittedOn": "2024-12-03", "documents": docs},
    "planted": [
        {"cells": [f"{sh}!E{rowmap[i4]}"], "paths": [f"documents[{i4}].submission"],
         "why": "機器管理台帳 (document 4) marked 未作成: 別紙1 asks documents 1-5 unconditionally (only 6 and 7 are 'if made')"},
        {"cells": [f"{sh}!D{rowmap[i5]}", f"{sh}!E{rowmap[i5]}", f"{sh}!F{rowmap[i5]}"], "paths": [f"documents[{i5}].submission"],
         "why": "インシデント発生時の連絡体制図 (document 5): no ○ in any of 提出 / 未作成 / 作成済(提出なし) - required answer missing"},
    ],
    "notes": ("Header as '項目：値' in merged cells: 医療機関名：…, 提出日：令和6年12月3日 (text, 和暦); 提出先 and 担当 have no key. "
              "提出状況 is a ○ in one of three columns: 提出 → SUBMITTED, 未作成 → NOT_CREATED, 作成済(提出なし) → NOT_SUBMITTED. "
              "Document 2 is split into three rows (2-1, 2-2, 2-3), one per vendor/system, all kind 2; the 書類名 of 2-2/2-3 is '〃' "
              "plus system/vendor on a second line. Document 5's row is in documents with kind only (no submission: planted blank). "
              "Hidden sheet 委託事業者一覧 is the hospital's own helper list, not form data. Re-saved by LibreOffice."),
}
with open(os.path.join(OUT_DIR, NAME.replace(".xlsx", ".expected.json")), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)

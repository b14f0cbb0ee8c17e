# Generator for ins-w9-b-vendor-rows.xlsx (inspection-documents, R6, no planted problem)
# Role: the hospital's 医事課 IT person made their own cover list for the 保健所: labels on the left in merged
# cells, one ✓-mark column per status (提出 / 未作成 / 作成済・提出しない), and document 2 split into one
# sub-row per vendor (2-1, 2-2, 2-3) because the notice asks for one checklist per vendor/system.
# A hidden sheet holds the mark list used by a data validation; the file was re-saved by LibreOffice.
import datetime as dt
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave9/inspection-documents"
NAME = "ins-w9-b-vendor-rows"
SHEET = "提出書類一覧"

FACILITY = "岡山県済生会 吉備南病院"
SUBMITTED = dt.date(2024, 11, 12)
HOKENJO = "備前保健所"
MARK = "レ"

# no label, kind, name, status (S/N/X), file name, remarks
DOCS = [
    ("1", 1, "チェックリスト（医療機関確認用）", "S", "R6_CL_医療機関確認用_吉備南.xlsx", None),
    ("2-1", 2, "チェックリスト（事業者確認用）\n電子カルテ：株式会社きびシステム", "S",
     "R6_CL_事業者_きびシステム.pdf", None),
    ("2-2", 2, "チェックリスト（事業者確認用）\nレセコン：株式会社ミナト電算", "S",
     "R6_CL_事業者_ミナト電算.pdf", None),
    ("2-3", 2, "チェックリスト（事業者確認用）\nPACS・検査機器：山陽メディカル株式会社", "S",
     "R6_CL_事業者_山陽メディカル.pdf", "PACSと生化学分析装置を1枚で回答"),
    ("3", 3, "チェックリスト（最低限の措置編）", "S", "R6_CL_最低限の措置_吉備南.xlsx", None),
    ("4", 4, "機器管理台帳", "S", "機器管理台帳_2024年10月.xlsx", None),
    ("5", 5, "インシデント発生時の連絡体制図", "S", "連絡体制図_R6.10.pdf", None),
    ("6", 6, "ネットワーク構成図及びシステム全体構成図", "S", "NW構成図_システム全体構成図.pdf",
     "ネットワーク構成図とシステム全体構成図を\n1ファイルにまとめています"),
    ("7", 7, "サイバー攻撃を想定した事業継続計画（BCP）", "N", None, "策定中（令和7年3月完成予定）"),
]
CANON = {"S": "SUBMITTED", "N": "NOT_CREATED", "X": "NOT_SUBMITTED"}
COLS = {"S": "D", "N": "E", "X": "F"}

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(horizontal="left", vertical="center", wrap_text=True)
lab_fill = PatternFill("solid", fgColor="E2EFDA")

wb = Workbook()
ws = wb.active
ws.title = SHEET
for k, v in {"A": 2, "B": 6, "C": 40, "D": 7, "E": 7, "F": 9, "G": 34, "H": 32}.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("B1:H1")
ws["B1"] = "サイバーセキュリティ対策関連書類一覧（別紙1）　提出書類チェック表"
ws["B1"].font = Font(bold=True, size=13)

labels = [(3, "医療機関名", FACILITY), (4, "提出日", SUBMITTED), (5, "所管保健所", HOKENJO)]
for r, lab, val in labels:
    ws.merge_cells(f"B{r}:C{r}")
    ws[f"B{r}"] = lab
    ws[f"B{r}"].fill = lab_fill
    ws[f"B{r}"].alignment = center
    ws.merge_cells(f"D{r}:G{r}")
    ws[f"D{r}"] = val
    ws[f"D{r}"].alignment = Alignment(horizontal="left", vertical="center")
    for col in "BCDEFG":
        ws[f"{col}{r}"].border = box
ws["D4"].number_format = "yyyy/m/d"

# two-row header
ws.merge_cells("B7:B8"); ws["B7"] = "No."
ws.merge_cells("C7:C8"); ws["C7"] = "書類の名称"
ws.merge_cells("D7:F7"); ws["D7"] = "提出状況（該当欄に「レ」）"
ws["D8"] = "提出"; ws["E8"] = "未作成"; ws["F8"] = "作成済・\n提出しない"
ws.merge_cells("G7:G8"); ws["G7"] = "ファイル名"
ws.merge_cells("H7:H8"); ws["H7"] = "備考"
for r in (7, 8):
    for col in "BCDEFGH":
        c = ws[f"{col}{r}"]
        c.fill = lab_fill
        c.border = box
        c.alignment = center
        c.font = Font(bold=True, size=10)
ws.row_dimensions[8].height = 30

docs = []
r = 9
for no, kind, name, st, fn, rem in DOCS:
    ws[f"B{r}"] = no
    ws[f"C{r}"] = name
    ws[f"{COLS[st]}{r}"] = MARK
    if fn:
        ws[f"G{r}"] = fn
    if rem:
        ws[f"H{r}"] = rem
    for col in "BCDEFGH":
        c = ws[f"{col}{r}"]
        c.border = box
        c.alignment = center if col in "BDEF" else wrap
        c.font = Font(size=10)
    ws.row_dimensions[r].height = 34
    d = {"kind": str(kind), "submission": CANON[st]}
    if fn:
        d["fileName"] = fn
    if rem:
        d["remarks"] = rem
    docs.append(d)
    r += 1
last = r - 1

ws[f"B{last + 2}"] = "※2は事業者ごと（システムごと）に行を分けて記載。6・7は作成している場合のみ提出。"
ws[f"B{last + 2}"].font = Font(size=9)

lst = wb.create_sheet("選択肢")
lst["A1"] = MARK
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="選択肢!$A$1:$A$1", allow_blank=True)
ws.add_data_validation(dv)
dv.add(f"D9:F{last}")

ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1

tmp = tempfile.mkdtemp(prefix="ins_w9_b_")
raw = os.path.join(tmp, NAME + ".xlsx")
wb.save(raw)
conv = os.path.join(tmp, "conv")
os.makedirs(conv)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", conv, raw],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(conv, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmp)

expected = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "facilityName": FACILITY,
        "submittedOn": SUBMITTED.isoformat(),
        "documents": docs,
    },
    "planted": [],
    "notes": (
        "Re-saved by LibreOffice. Sheet '" + SHEET + "' is the form; hidden sheet '選択肢' only holds the mark 'レ' "
        "for a data-validation list. Labels left in merged cells (B:C), values in merged D:G; 提出日 is an Excel "
        "date cell. '所管保健所' (備前保健所) is an extra header field with no key. Status is a 'レ' mark in one of "
        "three columns: 提出 → SUBMITTED, 未作成 → NOT_CREATED, 作成済・提出しない → NOT_SUBMITTED. Document 2 "
        "(事業者確認用) is split into three rows numbered 2-1, 2-2, 2-3, one per vendor (vendor and system written "
        "on the second line of the name cell), so documents[] has 9 objects with kind 2 three times. 7 (BCP, an 'if made' "
        "document) is not yet made; the 作成済・提出しない column is empty throughout. Remarks of 6 contain a line break."
    ),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", last)

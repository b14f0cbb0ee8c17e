#!/usr/bin/python3
# Generator: ins-w10-b-transposed-example-col.xlsx  (inspection-documents, R6, 2 planted problems)
# Role: a small hospital's 事務長 who turned the 別紙1 list sideways to fit one landscape page: documents
# are COLUMNS (No. in full-width digits), the attributes are rows; a 記入例 column sits before document 1;
# answers typed in brackets （提出）/（未作成）; 提出日 year-less full-width; a 記入要領 sheet first.
# Re-saved by LibreOffice.
import json, os, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave10/inspection-documents"
NAME = "ins-w10-b-transposed-example-col"
SHEET = "書類一覧"
HOSP = "医療法人　清心会　高梁さくら病院"

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
CT = Alignment(horizontal="center", vertical="center", wrap_text=True)
WR = Alignment(vertical="top", wrap_text=True)
GRAY = PatternFill("solid", fgColor="EDEDED")
EXF = PatternFill("solid", fgColor="FCE4D6")

wb = Workbook()
g = wb.active
g.title = "記入要領"
g.column_dimensions["A"].width = 100
lines = [
 "【記入要領】サイバーセキュリティ対策関連書類一覧",
 "",
 "１　「書類一覧」シートの各書類（１～７）について、提出の有無を（提出）（未作成）（提出しない）のいずれかで記入してください。",
 "２　提出するファイルの名称を記入してください。複数ある場合はセル内で改行してください。",
 "３　チェックリスト（事業者確認用）は事業者ごと又はシステムごとに分けて提出してください。",
 "４　６（ネットワーク構成図及びシステム全体構成図）、７（BCP）は作成していれば提出してください。",
 "５　「記入例」欄は参考です。消さずにそのままで構いません。",
 "６　提出は立入検査の際に保健所へ（実施時期：令和6年10月1日～令和7年3月31日）。",
]
for i, t in enumerate(lines, 1):
    g.cell(i, 1, t)
g["A1"].font = Font(bold=True, size=12)

ws = wb.create_sheet(SHEET)
ws.column_dimensions["A"].width = 18
ws.column_dimensions["B"].width = 20
for col in "CDEFGHI":
    ws.column_dimensions[col].width = 22
ws.merge_cells("A1:I1")
ws["A1"] = "別紙1　サイバーセキュリティ対策関連書類一覧"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "医療機関名"; ws.merge_cells("B2:E2"); ws["B2"] = HOSP
ws["A3"] = "提出日"; ws["B3"] = "１１／１２"
for a in ("A2", "A3"):
    ws[a].fill = GRAY; ws[a].border = B
for a in ("B2", "C2", "D2", "E2", "B3"):
    ws[a].border = B

NAMES = ["チェックリスト\n（医療機関確認用）", "チェックリスト\n（事業者確認用）", "チェックリスト\n（最低限の措置編）",
         "機器管理台帳", "インシデント発生時の\n連絡体制図", "ネットワーク構成図及び\nシステム全体構成図",
         "サイバー攻撃を想定した\n事業継続計画（BCP）"]
# per document: (status cell text, fileName, remarks)
DATA = [
 ("（提出）", "CL_医療機関確認用_R6.xlsx", None),
 ("（提出）", "CL_事業者確認用_電子カルテ_備中メディカル.xlsx\nCL_事業者確認用_臨床検査_ラボネット岡山.pdf",
  "２社分（電子カルテ、臨床検査システム）"),
 ("（提出）", "CL_最低限の措置編.xlsx", None),
 ("（未作成）", None, "台帳は未整備。年度内に作成予定"),
 (None, None, None),
 ("（提出）", "ネットワーク構成図.pdf", "システム全体構成図は未作成（ネットワーク構成図のみ）"),
 ("（未作成）", None, "未策定"),
]
EXAMPLE = ("（例）", "（例）チェックリスト\n（医療機関確認用）", "（提出）", "例：checklist_hospital.xlsx", "例：〇〇事業者分")
ROWLAB = ["書類No.", "書類の名称", "提出の有無\n（提出・未作成・提出しない）", "提出ファイル名", "備考"]
top = 5
for i, lab in enumerate(ROWLAB):
    c = ws.cell(top + i, 1, lab); c.fill = GRAY; c.border = B; c.alignment = CT; c.font = Font(bold=True, size=9)
ws.cell(top - 1, 2, "記入例").font = Font(color="C00000", bold=True)
for i, v in enumerate(EXAMPLE):
    c = ws.cell(top + i, 2, v); c.fill = EXF; c.border = B; c.alignment = CT; c.font = Font(color="808080", size=9)
FW = "１２３４５６７"
docs = []
for k in range(7):
    col = 3 + k
    st, fn, rm = DATA[k]
    vals = [FW[k], NAMES[k], st, fn, rm]
    for i, v in enumerate(vals):
        c = ws.cell(top + i, col, v); c.border = B
        c.alignment = CT if i < 3 else WR
        c.font = Font(size=9, bold=(i == 0))
    d = {"kind": str(k + 1)}
    if st:
        d["submission"] = {"（提出）": "SUBMITTED", "（未作成）": "NOT_CREATED", "（提出しない）": "NOT_SUBMITTED"}[st]
    if fn: d["fileName"] = fn
    if rm: d["remarks"] = rm
    docs.append(d)
ws.row_dimensions[top + 1].height = 42
ws.row_dimensions[top + 3].height = 48
ws.row_dimensions[top + 4].height = 48
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.active = 1

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
outd = os.path.join(tmp, "lo"); os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))

st_row = top + 2
exp = {
  "form": "inspection-documents",
  "version": "R6",
  "file": NAME + ".xlsx",
  "values": {"facilityName": HOSP, "submittedOn": "2024-11-12", "documents": docs},
  "planted": [
    {"cells": ["%s!F%d" % (SHEET, st_row)], "paths": ["documents[3].submission"],
     "why": "4 機器管理台帳 is （未作成）: the notice asks for the ledger unconditionally (「台帳を提出してください」; only 6 and 7 are 「作成していれば」), so a required document is missing"},
    {"cells": ["%s!G%d" % (SHEET, st_row)], "paths": ["documents[4].submission"],
     "why": "5 インシデント発生時の連絡体制図: 提出の有無 left blank (required answer missing; the document is also required)"},
  ],
  "notes": ("Transposed table on sheet '%s': documents are columns C..I (書類No. as full-width １..７ in row %d), "
            "attributes are rows %d..%d. Column B is a correctly labelled 記入例 (example) column and must be ignored. "
            "Answers are typed in brackets: （提出） -> SUBMITTED, （未作成） -> NOT_CREATED. 提出日 is the year-less "
            "full-width text '１１／１２' (R6 programme -> 2024-11-12). Document 2's file-name cell holds two names "
            "separated by a line break. kind is a string '1'..'7'. A 記入要領 sheet comes first. Re-saved by LibreOffice. "
            "Facility name contains full-width spaces as typed." % (SHEET, top, top, top + 4))
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok")

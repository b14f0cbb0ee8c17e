# Generator: ins-w34-b-cover-sheet-circle-marks.xlsx (inspection-documents, R6) -- 2 planted problems
# Hospital's own cover sheet: "label：value" header cells, ○ in 提出 / 未作成 columns, spacer columns,
# 記入要領 sheet, hidden choices sheet, count formula without cached value (saved by openpyxl).
import sys, json, os
sys.path.insert(0, "/tmp/w34_clv_ins_py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side

OUT = "/work/blind/wave34/inspection-documents"
NAME = "ins-w34-b-cover-sheet-circle-marks"
SHEET = "提出書類一覧"
facility = "医療法人 緑風会 みどり台病院"

# (kind, shown label, mark: "提出"/"未作成"/None, remarks)
docs = [
 (1, "１．チェックリスト（医療機関確認用）", "提出", None),
 (2, "２．チェックリスト（事業者確認用）", "提出", "電子カルテ、医事会計システムの2社分\n（事業者ごとに別葉）"),
 (3, "３．チェックリスト（最低限の措置編）", None, None),                 # PLANTED: no mark at all
 (4, "４．機器管理台帳", "未作成", "作成中（年度内に整備予定）"),          # PLANTED: required document not made
 (5, "５．インシデント発生時の連絡体制図", "提出", None),
 (6, "６．ネットワーク構成図及びシステム全体構成図", "未作成", "構成図は保守業者に作成依頼中"),
 (7, "７．サイバー攻撃を想定した事業継続計画（BCP）", "提出", "令和6年9月策定"),
]

wb = Workbook()
g = wb.active; g.title = "記入要領"
for i, t in enumerate([
    "記入要領",
    "・医療機関名、提出日を記入してください。",
    "・各書類について、提出する場合は「提出」欄に、作成していない場合は「未作成」欄に ○ を記入してください。",
    "・６、７は作成していれば提出してください。",
    "・２は委託事業者ごと（又はシステムごと）に分けて添付してください。",
    "・立入検査の際に保健所へ提出してください。"], 1):
    g.cell(i, 1, t).font = Font(name="ＭＳ Ｐ明朝", size=11, bold=(i == 1))
g.column_dimensions["A"].width = 95

ws = wb.create_sheet(SHEET); wb.active = 1
ch = wb.create_sheet("選択肢"); ch["A1"] = "○"; ch.sheet_state = "hidden"

thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
f = Font(name="ＭＳ Ｐ明朝", size=11)
center = Alignment(horizontal="center", vertical="center")
wrap = Alignment(wrap_text=True, vertical="center")
for col, w in zip("ABCDEFGH", [2, 44, 2, 8, 8, 2, 36, 2]):
    ws.column_dimensions[col].width = w
ws["B1"] = "サイバーセキュリティ対策関連書類　提出書類一覧（令和6年度立入検査）"
ws["B1"].font = Font(name="ＭＳ Ｐ明朝", size=13, bold=True)
ws["B3"] = "医療機関名：" + facility
ws["B4"] = "提出日：令和6年12月3日"
for r in (3, 4):
    ws.cell(r, 2).font = f; ws.cell(r, 2).border = Border(bottom=thin)

ws["B6"] = "書類の名称"; ws["D6"] = "提出"; ws["E6"] = "未作成"; ws["G6"] = "備考"
for c in (2, 4, 5, 7):
    ws.cell(6, c).border = box; ws.cell(6, c).alignment = center; ws.cell(6, c).font = Font(name="ＭＳ Ｐ明朝", size=11, bold=True)

documents = []
rowof = {}
r = 7
for kind, label, mark, rem in docs:
    ws.cell(r, 2, label)
    if mark == "提出": ws.cell(r, 4, "○")
    if mark == "未作成": ws.cell(r, 5, "○")
    if rem: ws.cell(r, 7, rem)
    for c in (2, 4, 5, 7):
        cell = ws.cell(r, c); cell.border = box; cell.font = f
        cell.alignment = center if c in (4, 5) else wrap
    ws.row_dimensions[r].height = 32
    d = {"kind": str(kind)}
    if mark: d["submission"] = {"提出": "SUBMITTED", "未作成": "NOT_CREATED"}[mark]
    if rem: d["remarks"] = rem
    documents.append(d)
    rowof[kind] = r
    r += 1
ws.cell(r + 1, 2, "提出書類数（○の数）").font = f
ws.cell(r + 1, 4, f'=COUNTIF(D7:D{r-1},"○")')   # no cached value (openpyxl)
ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save(os.path.join(OUT, NAME + ".xlsx"))

r3, r4 = rowof[3], rowof[4]
exp = {"form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
       "values": {"facilityName": facility, "submittedOn": "2024-12-03", "documents": documents},
       "planted": [
           {"cells": [f"{SHEET}!D{r3}", f"{SHEET}!E{r3}"], "paths": ["documents[2].submission"],
            "why": "3 チェックリスト（最低限の措置編）: neither 提出 nor 未作成 marked (required answer missing)"},
           {"cells": [f"{SHEET}!E{r4}"], "paths": ["documents[3].submission"],
            "why": "4 機器管理台帳 marked 未作成: it is one of the required documents (別紙1: 台帳を提出してください; only 6 and 7 are 'if made')"}],
       "notes": "Header is label and value in one cell; 提出日 is 和暦 text '令和6年12月3日'. The chosen status is a ○ in the 提出 or 未作成 column (no file-name column). Columns A, C, F, H are blank spacers. The ○-count cell is a COUNTIF formula without a cached value (not a form field). Sheet 記入要領 is instructions; sheet 選択肢 is hidden."}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fp:
    json.dump(exp, fp, ensure_ascii=False, indent=2)
print("ok", r3, r4)

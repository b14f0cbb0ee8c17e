#!/usr/bin/python3
# Generator for ins-w11-b-transposed-dropdown.xlsx (inspection-documents, R6, NO planted problem)
# Role: a hospital's IT person (情報システム係) keeping the 別紙1 list for the 立入検査 as a small sideways
# sheet: documents run across the columns (1, 2-①, 2-②, 3 … 7), the rows are 書類の名称 / 提出区分 /
# 提出ファイル名 / 備考; header values in the same cell as their label; 提出区分 chosen from a drop-down
# fed by a hidden sheet; an instructions sheet first; the file re-saved in LibreOffice.
import json, os, shutil, subprocess
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.utils import get_column_letter

OUT = "/work/blind/wave11/inspection-documents"
NAME = "ins-w11-b-transposed-dropdown"
TMP = os.path.join(OUT, "_tmp_" + NAME)
SHEET = "提出書類一覧"

FACILITY = "医療法人 清和会 吉備高原病院"
SUB_TEXT = "R6.12.3"
SUB_ISO = "2024-12-03"

WORD = {"SUBMITTED": "提出する", "NOT_CREATED": "未作成", "NOT_SUBMITTED": "作成済（提出しない）"}
# columns in sheet order: (shown No., kind, shown title, submission, fileName, remarks)
DOCS = [
    ("1", 1, "チェックリスト（医療機関確認用）", "SUBMITTED", "1_CL医療機関確認用_R6.xlsx", None),
    ("2-①", 2, "チェックリスト（事業者確認用）", "SUBMITTED", "2-1_CL事業者確認用_電子カルテ.xlsx",
     "電子カルテ\n株式会社メディネクスト"),
    ("2-②", 2, "チェックリスト（事業者確認用）", "SUBMITTED", "2-2_CL事業者確認用_PACS.xlsx",
     "PACS\n株式会社ウエストメディカルソリューションズ"),
    ("3", 3, "チェックリスト（最低限の措置編）", "SUBMITTED", "3_CL最低限の措置編.pdf", None),
    ("4", 4, "機器管理台帳", "SUBMITTED", "4_機器管理台帳_2024年11月末.xlsx", "サーバ・PC・ネットワーク機器"),
    ("5", 5, "インシデント発生時の連絡体制図", "SUBMITTED", "5_連絡体制図.pdf", None),
    ("6", 6, "ネットワーク構成図及びシステム全体構成図", "SUBMITTED", "6_ネットワーク構成図.pdf", None),
    ("7", 7, "サイバー攻撃を想定したBCP", "NOT_CREATED", None, "R7年度上期に策定予定"),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="FFF2CC")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)

wb = Workbook()
g = wb.active
g.title = "記入要領"
for i, t in enumerate([
    "立入検査（サイバーセキュリティ対策関係）提出書類チェック表　記入要領",
    "",
    "・県医療推進課 別紙1「サイバーセキュリティ対策関連書類一覧」の7書類について、提出区分を選択する。",
    "・提出区分：提出する／未作成／作成済（提出しない）　※プルダウンから選択",
    "・事業者確認用チェックリスト（No.2）は事業者ごとに列を分ける（足りなければ列を追加）。",
    "・6 構成図、7 BCP は作成していれば提出。",
    "・ファイルは共有フォルダ ¥¥fs01¥情報システム¥立入検査R6¥ に保存。",
], 1):
    g.cell(row=i, column=1, value=t)
g["A1"].font = Font(bold=True, size=12)
g.column_dimensions["A"].width = 95

ws = wb.create_sheet(SHEET)
opt = wb.create_sheet("選択肢")
for i, w in enumerate(WORD.values(), 1):
    opt.cell(row=i, column=1, value=w)
opt.sheet_state = "hidden"
wb.active = 1

ws.column_dimensions["A"].width = 3
ws.column_dimensions["B"].width = 16
for j in range(len(DOCS)):
    ws.column_dimensions[get_column_letter(3 + j)].width = 19

ws["B1"] = "立入検査 提出書類チェック表（別紙1 サイバーセキュリティ対策関連書類一覧）"
ws["B1"].font = Font(bold=True, size=12)
ws["B3"] = "医療機関名：" + FACILITY
ws["B4"] = "提出日：" + SUB_TEXT
ws["F3"] = "作成：情報システム係"
ws["F4"] = "保健所提出用（写し）"
for a in ("B3", "B4"):
    ws[a].font = Font(size=11)

ROWS = [(6, "書類No."), (7, "書類の名称"), (8, "提出区分"), (9, "提出ファイル名"), (10, "備考")]
for r, lab in ROWS:
    c = ws.cell(row=r, column=2, value=lab)
    c.fill = head
    c.font = Font(bold=True, size=10)
    c.border = B
    c.alignment = center
col_of = []
for j, (no, kind, title, sub, fn, rem) in enumerate(DOCS):
    col = 3 + j
    col_of.append(get_column_letter(col))
    ws.cell(row=6, column=col, value=no)
    ws.cell(row=7, column=col, value=title)
    ws.cell(row=8, column=col, value=WORD[sub])
    if fn:
        ws.cell(row=9, column=col, value=fn)
    if rem:
        ws.cell(row=10, column=col, value=rem)
    for r in range(6, 11):
        c = ws.cell(row=r, column=col)
        c.border = B
        c.alignment = center if r in (6, 8) else wrap
        c.font = Font(size=9, bold=(r == 6))
    ws.cell(row=6, column=col).fill = head
ws.row_dimensions[7].height = 45
ws.row_dimensions[9].height = 45
ws.row_dimensions[10].height = 45
last = get_column_letter(2 + len(DOCS))
dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$3", allow_blank=True)
dv.add(f"C8:{last}8")
ws.add_data_validation(dv)
ws["B12"] = "※ 6・7は作成していれば提出（未作成でも可）"
ws["B12"].font = Font(size=9, color="808080")
ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True

os.makedirs(TMP, exist_ok=True)
src = os.path.join(TMP, NAME + ".xlsx")
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(TMP)

docs = []
for no, kind, title, sub, fn, rem in DOCS:
    d = {"kind": kind, "submission": sub}
    if fn:
        d["fileName"] = fn
    if rem:
        d["remarks"] = rem
    docs.append(d)
expected = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "facilityName": FACILITY,
        "submittedOn": SUB_ISO,
        "documents": docs,
    },
    "planted": [],
    "notes": (
        "No planted problem. Vertical (transposed) table on sheet 提出書類一覧: one COLUMN per document (C…J), rows "
        "書類No. / 書類の名称 / 提出区分 / 提出ファイル名 / 備考; documents[] follow the columns left to right. No.2 is split "
        "into two columns '2-①', '2-②' (one per vendor), both kind 2. 提出区分 words: 提出する = SUBMITTED, 未作成 = "
        "NOT_CREATED (BCP not made yet, allowed for 6/7). Header values share the cell with the label "
        "(『医療機関名：…』, 『提出日：R6.12.3』 = 令和6年12月3日). Sheet 記入要領 is instructions, hidden sheet 選択肢 "
        "holds the drop-down list only. F3/F4 are office notes without a key. Re-saved by LibreOffice. Remarks for "
        "2-①/2-② contain a line break."
    ),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", col_of)

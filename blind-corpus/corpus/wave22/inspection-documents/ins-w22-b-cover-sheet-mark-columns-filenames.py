# Generator: ins-w22-b-cover-sheet-mark-columns-filenames.xlsx
# Role: a hospital's 情報システム担当 made its own 提出書類送付票 (cover sheet) listing the files burnt to a CD-R
# for the 保健所; ○ marks in 提出/未作成/提出なし columns, one row per vendor for document 2, file names.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave22/inspection-documents"
NAME = "ins-w22-b-cover-sheet-mark-columns-filenames"
SHEET = "提出書類一覧"
FACILITY = "社会医療法人 吉備会 高梁川中央病院"

# (No shown, kind, name shown, mark column: 提出/未作成/提出なし/None, file name, remarks)
rows = [
    ("１", "1", "チェックリスト（医療機関確認用）", "提出", "01_チェックリスト_医療機関確認用_R6.xlsx", None),
    ("２-1", "2", "チェックリスト（事業者確認用）　電子カルテ", "提出", "02-1_事業者CL_電子カルテ_山陽メディカル.xlsx", "株式会社山陽メディカル"),
    ("２-2", "2", "チェックリスト（事業者確認用）　医事会計（レセコン）", "提出", "02-2_事業者CL_医事会計_ビジコム.pdf", "ビジコム株式会社"),
    ("２-3", "2", "チェックリスト（事業者確認用）　臨床検査システム", "提出", "02-3_事業者CL_検査_ラボネット.pdf", "ラボネット株式会社\n（12/2受領）"),
    ("３", "3", "チェックリスト（最低限の措置編）", "提出", "03_最低限の措置編.xlsx", None),
    # PLANTED 1: no mark, no file name for 機器管理台帳
    ("４", "4", "機器管理台帳", None, None, None),
    ("５", "5", "インシデント発生時の連絡体制図", "提出", "05_連絡体制図_2024.pdf", None),
    ("６", "6", "ネットワーク構成図及びシステム全体構成図", "提出なし", None, "作成済み。院外持出し不可のため当日閲覧で対応"),
    ("７", "7", "サイバー攻撃を想定したBCP", "提出", "07_BCP（サイバー攻撃編）第1版.docx", None),
]
CANON = {"提出": "SUBMITTED", "未作成": "NOT_CREATED", "提出なし": "NOT_SUBMITTED"}
COL = {"提出": 4, "未作成": 5, "提出なし": 6}

thin = Side(style="thin"); hair = Side(style="hair")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="E2EFDA")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SHEET
# A spacer | B No | C 書類名 | D 提出 | E 未作成 | F 提出なし | G spacer | H ファイル名 | I 備考
for k, v in {"A": 2, "B": 6, "C": 44, "D": 7, "E": 7, "F": 8, "G": 2, "H": 44, "I": 30}.items():
    ws.column_dimensions[k].width = v

ws["B1"] = "令和6年度 医療機関立入検査（サイバーセキュリティ対策関係）　提出書類一覧（別紙1）"
ws["B1"].font = Font(size=13, bold=True)
ws["B3"] = "医療機関名：" + FACILITY
ws["B4"] = "提出日：R6.2.14"          # PLANTED 2: wrong year typed (meant R7.2.14)
ws["H3"] = "提出先：備中保健所"
ws["H4"] = "担当：情報システム室　三宅（内線 2215）"
ws.merge_cells("B3:F3"); ws.merge_cells("B4:F4")

hr = 6
heads = {2: "No.", 3: "書類の名称", 4: "提出", 5: "未作成", 6: "提出なし", 8: "ファイル名（CD-R格納）", 9: "備考"}
for c, t in heads.items():
    cell = ws.cell(hr, c, t); cell.border = B; cell.fill = head; cell.alignment = center; cell.font = Font(bold=True)
ws.row_dimensions[hr].height = 24

documents = []
row_of = {}
r = hr + 1
for (no, kind, name, mark, fn, rem) in rows:
    ws.cell(r, 2, no); ws.cell(r, 3, name)
    if mark:
        ws.cell(r, COL[mark], "○")
    ws.cell(r, 8, fn); ws.cell(r, 9, rem)
    for c in (2, 3, 4, 5, 6, 8, 9):
        cell = ws.cell(r, c); cell.border = B
        cell.alignment = center if c in (2, 4, 5, 6) else wrap
    ws.row_dimensions[r].height = 30
    d = {"kind": kind}
    if mark: d["submission"] = CANON[mark]
    if fn: d["fileName"] = fn
    if rem: d["remarks"] = rem
    row_of[len(documents)] = r
    documents.append(d)
    r += 1

last = r - 1
r += 1
ws.cell(r, 3, "提出書類数（○の数）").alignment = Alignment(horizontal="right")
ws.cell(r, 4, f'=COUNTIF(D{hr+1}:D{last},"○")')   # formula, no cached value (openpyxl)
ws.cell(r, 4).alignment = center
r += 2
for t in ["※ 事業者確認用チェックリストは事業者（システム）ごとに1行としています。",
          "※ 6・7は作成していれば提出（岡山県 別紙1による）。"]:
    ws.cell(r, 2, t).font = Font(size=9); r += 1

ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save(os.path.join(OUT, NAME + ".xlsx"))

i4 = 5
assert documents[i4]["kind"] == "4"
expected = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "submittedOn": "2024-02-14", "documents": documents},
    "planted": [
        {"cells": [f"{SHEET}!D{row_of[i4]}", f"{SHEET}!E{row_of[i4]}", f"{SHEET}!F{row_of[i4]}"],
         "paths": [f"documents[{i4}].submission"],
         "why": "4 機器管理台帳（別紙1で提出を求める書類、「作成していれば」の条件なし）の提出区分が空欄（○なし）"},
        {"cells": [f"{SHEET}!B4"], "paths": ["submittedOn"],
         "why": "提出日 R6.2.14（2024-02-14）は実施時期（令和6年10月1日～令和7年3月31日）の外、依頼文（令和6年9月24日）より前：R7.2.14 の年の打ち間違い"},
    ],
    "notes": ("Hospital-made cover sheet. Header is label+value in one cell (医療機関名：…, 提出日：R6.2.14 as text). "
              "○ marks in 提出/未作成/提出なし columns (提出→SUBMITTED, 未作成→NOT_CREATED, 提出なし→NOT_SUBMITTED). "
              "Document 2 is split into three rows (one per vendor/system), each kind '2'. Row for 4 has no mark "
              "(kept in documents with kind only). Blank spacer column G between the marks and ファイル名. "
              "A COUNTIF total below the table is a formula without cached value (not a form field). "
              "提出先/担当 in H3:H4 are not form fields."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", row_of[i4])

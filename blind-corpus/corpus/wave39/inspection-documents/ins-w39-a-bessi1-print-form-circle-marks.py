#!/usr/bin/python3
"""ins-w39-a: 別紙1 サイバーセキュリティ対策関連書類一覧 as a prefecture would print it: title block, label-left
header, bordered table with the notice's 注意点 column, three option columns marked with ○, file name and 備考,
a COUNTIF total without cached value (saved by openpyxl). Filled completely and correctly; no planted problem."""
import sys, os, json, datetime as dt
sys.path.insert(0, "/tmp/clvins_pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave39/inspection-documents"
NAME = "ins-w39-a-bessi1-print-form-circle-marks"
SHEET = "別紙1"
FAC = "医療法人緑風会 みどりヶ丘病院"
SUBMITTED = dt.date(2024, 11, 12)

DOCS = [
 (1, "チェックリスト\n（医療機関確認用）", "令和6年5月13日付け医政参発0513第6号の令和6年度版様式を使用。マニュアルを参照して記入。"),
 (2, "チェックリスト\n（事業者確認用）", "同上。医療情報システムの委託事業者すべてに記入・提出を求めること（事業者ごと又はシステムごとに分ける）。"),
 (3, "チェックリスト\n（最低限の措置編）", "別添様式を使用。「サイバー攻撃リスク低減のための最低限の措置」を参照。"),
 (4, "機器管理台帳", "情報機器（サーバーやPC）、ルータ等を記載した台帳。書式はマニュアル2-(1)参照。"),
 (5, "インシデント発生時の連絡体制図", "サイバーセキュリティの連絡体制を記載したもの。書式はマニュアル3-(1)参照。"),
 (6, "ネットワーク構成図及び\nシステム全体構成図", "作成していれば提出。ガイドライン第6.0版 企画管理編4.4、システム運用編2②参照。"),
 (7, "サイバー攻撃を想定した\n事業継続計画（BCP）", "作成していれば提出。令和6年6月6日付け事務連絡「BCP策定の確認表」参照。"),
]
# kind -> (submission, fileName, remarks)
FILL = {
 1: ("SUBMITTED", "01_チェックリスト(医療機関確認用)_R6.xlsx", None),
 2: ("SUBMITTED", "02-1_事業者確認用_電子カルテ.xlsx\n02-2_事業者確認用_PACS.xlsx\n02-3_事業者確認用_医事会計.xlsx", "委託事業者3社分（電子カルテ・PACS・医事会計）"),
 3: ("SUBMITTED", "03_チェックリスト(最低限の措置編).xlsx", None),
 4: ("SUBMITTED", "04_機器管理台帳_2024年10月.xlsx", None),
 5: ("SUBMITTED", "05_インシデント連絡体制図.pdf", None),
 6: ("SUBMITTED", "06_ネットワーク構成図.pdf", "システム全体構成図は電子カルテ更新時（R7）に作成予定"),
 7: ("NOT_CREATED", None, "令和7年度中に策定予定"),
}
OPTCOL = {"SUBMITTED": 6, "NOT_CREATED": 7, "NOT_SUBMITTED": 8}

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
gray = PatternFill("solid", fgColor="D9D9D9")

wb = Workbook(); ws = wb.active; ws.title = SHEET
for k, v in {"A": 2, "B": 5, "C": 24, "D": 2, "E": 44, "F": 8, "G": 8, "H": 10, "I": 36, "J": 28}.items():
    ws.column_dimensions[k].width = v
ws["J1"] = "別紙1"; ws["J1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B2:J2")
ws["B2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求める\nサイバーセキュリティ対策関連書類一覧"
ws["B2"].font = Font(bold=True, size=13); ws["B2"].alignment = center
ws.row_dimensions[2].height = 36
ws["B4"] = "※ 提出する書類の「提出する」欄に○を、作成していない書類は「未作成」欄に○を記入してください。"
ws["B5"] = "※ 書類は立入検査の際に保健所へ提出してください（提出は任意）。"

for r, lab, val in [(7, "医療機関名", FAC), (8, "提出日", SUBMITTED)]:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(r, 2, lab).fill = gray
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
    c = ws.cell(r, 5, val)
    if isinstance(val, dt.date): c.number_format = 'yyyy"年"m"月"d"日"'; c.alignment = Alignment(horizontal="left")
    for cc in (2, 3, 5, 6): ws.cell(r, cc).border = B

h1, h2 = 10, 11
for c, lab in [(2, "No."), (3, "書類の名称"), (5, "提出にあたっての注意点"), (9, "提出ファイル名"), (10, "備考")]:
    ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c); ws.cell(h1, c, lab)
ws.merge_cells(start_row=h1, start_column=6, end_row=h1, end_column=8); ws.cell(h1, 6, "提出の有無（○）")
ws.cell(h2, 6, "提出する"); ws.cell(h2, 7, "未作成"); ws.cell(h2, 8, "作成済\n(提出しない)")
for rr in (h1, h2):
    for c in [2, 3, 5, 6, 7, 8, 9, 10]:
        cell = ws.cell(rr, c); cell.border = B; cell.fill = gray; cell.alignment = center; cell.font = Font(bold=True)

r = 12; docs = []
for kind, name, note in DOCS:
    sub, fn, rem = FILL[kind]
    ws.cell(r, 2, kind).alignment = center
    ws.cell(r, 3, name).alignment = wrap
    ws.cell(r, 5, note).alignment = wrap; ws.cell(r, 5).font = Font(size=9)
    ws.cell(r, OPTCOL[sub], "○").alignment = center
    for c in (6, 7, 8): ws.cell(r, c).alignment = center
    ws.cell(r, 9, fn).alignment = wrap
    ws.cell(r, 10, rem).alignment = wrap
    for c in [2, 3, 5, 6, 7, 8, 9, 10]: ws.cell(r, c).border = B
    ws.row_dimensions[r].height = 48 if kind != 2 else 60
    d = {"kind": str(kind), "submission": sub}
    if fn: d["fileName"] = fn
    if rem: d["remarks"] = rem
    docs.append(d); r += 1
ws.cell(r, 5, "提出書類数").alignment = Alignment(horizontal="right")
ws.cell(r, 6, f"=COUNTIF(F12:F{r-1},\"○\")").alignment = center
ws.cell(r, 6).border = B
ws.print_area = f"A1:J{r}"
ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1

wb.save(os.path.join(OUT, NAME + ".xlsx"))
exp = {
 "form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
 "values": {"facilityName": FAC, "submittedOn": SUBMITTED.isoformat(), "documents": docs},
 "planted": [],
 "notes": "Choice is a ○ in one of three columns (F 提出する / G 未作成 / H 作成済(提出しない)). Column E is the notice's 注意点 text "
          "(printed by the prefecture, not a remark). Document 2 row lists three vendor files separated by line breaks in one cell. "
          "F19 holds =COUNTIF(...) 提出書類数 saved by openpyxl with no cached value (would be 6); it is not a field. 提出日 is an Excel date cell.",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok")

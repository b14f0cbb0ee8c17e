#!/usr/bin/python3
# Generator for ins-w8-a-printmarks.xlsx (+ expected.json)
# Role: clerk of a (fictional) hospital in 津山市, 岡山県, re-drawing 別紙1 as a print form:
# borders, blank spacer columns, title block, ○ marks in 提出する / 未作成 / 作成済・提出しない columns,
# 提出日 as 和暦 text. Clean (no planted problem).
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave8/inspection-documents"
NAME = "ins-w8-a-printmarks"
FACILITY = "医療法人美作会 美作中央病院"
SUBMITTED_TEXT = "令和6年11月12日"
SUBMITTED = "2024-11-12"

DOCS = [
    ("チェックリスト（医療機関確認用）", "令和6年度版のチェックリスト様式を使用（マニュアル参照）", "SUBMITTED", None),
    ("チェックリスト（事業者確認用）", "すべての医療情報システムの委託事業者分（事業者ごと又はシステムごとに分ける）",
     "SUBMITTED", "3事業者分（電子カルテ、医事会計、PACS）"),
    ("チェックリスト（最低限の措置編）", "県の別添様式を使用", "SUBMITTED", None),
    ("機器管理台帳", "サーバ、PC、ルータ等の機器を記載した台帳（マニュアル2-(1)）", "SUBMITTED", None),
    ("インシデント発生時の連絡体制図", "マニュアル3-(1)参照", "SUBMITTED", None),
    ("ネットワーク構成図及びシステム全体構成図", "作成していれば提出", "SUBMITTED", "ネットワーク構成図、システム全体構成図 各1枚"),
    ("サイバー攻撃を想定した事業継続計画（BCP）", "作成していれば提出", "NOT_CREATED", "令和7年3月までに策定予定"),
]
COLS = {"SUBMITTED": 8, "NOT_CREATED": 9, "NOT_SUBMITTED": 10}   # H, I, J

thin = Side(style="thin"); med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "別紙1"
widths = {"A": 2, "B": 5, "C": 1.5, "D": 34, "E": 1.5, "F": 40, "G": 1.5, "H": 9, "I": 9, "J": 11, "K": 1.5, "L": 30}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws["B2"] = "別紙1"
ws.merge_cells("B3:L3"); ws["B3"] = "サイバーセキュリティ対策関連書類一覧"
ws["B3"].font = Font(size=14, bold=True); ws["B3"].alignment = Alignment(horizontal="center")
ws.merge_cells("B4:L4")
ws["B4"] = "（医療法第25条第1項の規定に基づく立入検査において写しの提供を求める書類）"
ws["B4"].alignment = Alignment(horizontal="center")

ws["D6"] = "医療機関名"; ws.merge_cells("F6:J6"); ws["F6"] = FACILITY
ws["D7"] = "提出日"; ws.merge_cells("F7:J7"); ws["F7"] = SUBMITTED_TEXT
for r in (6, 7):
    ws.cell(r, 4).font = Font(bold=True)
    ws.cell(r, 4).border = B
    for c in range(6, 11):
        ws.cell(r, c).border = Border(bottom=thin)

H1, H2 = 9, 10
for c, t in ((2, "No."), (4, "書類の名称"), (6, "提出にあたっての注意点"), (12, "備考")):
    ws.merge_cells(start_row=H1, start_column=c, end_row=H2, end_column=c)
    ws.cell(H1, c, t)
ws.merge_cells(start_row=H1, start_column=8, end_row=H1, end_column=10); ws.cell(H1, 8, "提出の有無（該当欄に○）")
ws.cell(H2, 8, "提出する"); ws.cell(H2, 9, "未作成"); ws.cell(H2, 10, "作成済・\n提出しない")
for rr in (H1, H2):
    for c in (2, 4, 6, 8, 9, 10, 12):
        cell = ws.cell(rr, c)
        cell.border = B; cell.alignment = CEN; cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
ws.row_dimensions[H2].height = 30

docs = []
r = H2 + 1
for i, (name, note, sub, rm) in enumerate(DOCS, 1):
    ws.cell(r, 2, i); ws.cell(r, 4, name); ws.cell(r, 6, note)
    ws.cell(r, COLS[sub], "○")
    if rm: ws.cell(r, 12, rm)
    for c in (2, 4, 6, 8, 9, 10, 12):
        ws.cell(r, c).border = B
        ws.cell(r, c).alignment = CEN if c in (2, 8, 9, 10) else WRAP
    ws.row_dimensions[r].height = 36
    d = {"kind": str(i), "submission": sub}
    if rm: d["remarks"] = rm
    docs.append(d)
    r += 1

ws.merge_cells(start_row=r + 1, start_column=2, end_row=r + 1, end_column=12)
ws.cell(r + 1, 2, "※ 提出の有無欄の該当する欄に○を付けてください。6・7は作成していれば提出してください。")
ws.merge_cells(start_row=r + 2, start_column=2, end_row=r + 2, end_column=12)
ws.cell(r + 2, 2, "※ 書類は立入検査の際に保健所へ提出してください（提出は任意）。問い合わせ先：岡山県保健医療部医療推進課医事班 086-226-7403")

ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1
ws.print_area = f"A1:L{r + 2}"
ws.sheet_view.showGridLines = False

wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "submittedOn": SUBMITTED, "documents": docs},
    "planted": [],
    "notes": ("問題なし（クリーン）。提出区分は H=提出する / I=未作成 / J=作成済・提出しない の列に○。"
              "提出日は和暦の文字列『令和6年11月12日』。6は提出、7(BCP)は未作成（作成していれば提出の書類なので可）。"
              "C/E/G/K 列は空白のスペーサー列。注意点列は通知文の要約で入力値ではない。")
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok")

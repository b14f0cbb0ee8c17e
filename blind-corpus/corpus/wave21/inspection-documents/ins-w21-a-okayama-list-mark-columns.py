#!/usr/bin/python3
# Generator for ins-w21-a-okayama-list-mark-columns.xlsx (inspection-documents, R6)
# Layout: the prefecture's 別紙1 list as a print-style sheet with spacer column A:
#   No. | 書類の名称 | 提出にあたっての注意点 | 提出状況: 提出する / 未作成 (○ in the chosen column) | ファイル名 | 備考
# header 医療機関名 / 提出日 label-left above the table, 提出日 a real Excel date. No planted problems.
import datetime as dt, json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w21-a-okayama-list-mark-columns"
SHEET = "別紙1"
FAC = "医療法人 緑風会 旭川中央病院"
SUBMIT = dt.date(2024, 11, 12)

DOCS = [
    (1, "チェックリスト（医療機関確認用）",
     "令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を使用すること。",
     "S", "01_チェックリスト_医療機関確認用.xlsx", None),
    (2, "チェックリスト（事業者確認用）",
     "上記と同じ。医療情報システムの委託事業者すべてに記入・提出を求めること（事業者ごと又はシステムごとに分けること）。",
     "S", "02_チェックリスト_事業者確認用（3社分）.zip", "電子カルテ、レセコン、PACSの3社分"),
    (3, "チェックリスト（最低限の措置編）",
     "別添のチェックリスト様式を使用すること。",
     "S", "03_チェックリスト_最低限の措置編.xlsx", None),
    (4, "機器管理台帳",
     "情報機器（サーバーやPC）、ルータ等を記載した台帳。書式はマニュアル2-(1)を参照。",
     "S", "04_機器管理台帳.xlsx", None),
    (5, "インシデント発生時の連絡体制図",
     "サイバーセキュリティの連絡体制を記載したもの。書式はマニュアル3-(1)を参照。",
     "S", "05_連絡体制図.pdf", None),
    (6, "ネットワーク構成図及びシステム全体構成図",
     "作成していれば提出すること。",
     "S", "06_ネットワーク構成図.pdf", "システム全体構成図は未作成（ネットワーク構成図のみ）"),
    (7, "サイバー攻撃を想定した事業継続計画（BCP）",
     "作成していれば提出すること。",
     "N", None, "令和7年度中に策定予定"),
]
CANON = {"S": "SUBMITTED", "N": "NOT_CREATED"}

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
fill = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook()
ws = wb.active
ws.title = SHEET
ws.column_dimensions["A"].width = 2   # spacer
ws["B1"] = "別紙1"
ws["B2"] = "サイバーセキュリティ対策関連書類一覧"
ws["B2"].font = Font(bold=True, size=14)
ws["B3"] = "（医療法第25条第1項の規定に基づく立入検査において写しの提供を求める書類）"
ws["B3"].font = Font(size=9)

ws["B5"] = "医療機関名"
ws.merge_cells("C5:D5")
ws["C5"] = FAC
ws["B6"] = "提出日"
ws["C6"] = SUBMIT
ws["C6"].number_format = 'yyyy"年"m"月"d"日"'
ws["C6"].alignment = Alignment(horizontal="left")
for rr in (5, 6):
    ws.cell(rr, 2).fill = fill
    for c in (2, 3, 4):
        ws.cell(rr, c).border = box

H1, H2 = 8, 9
for c, t in {2: "No.", 3: "書類の名称", 4: "提出にあたっての注意点", 5: "提出状況", 7: "ファイル名", 8: "備考"}.items():
    ws.cell(H1, c, t)
ws.cell(H2, 5, "提出する")
ws.cell(H2, 6, "未作成")
for c in (2, 3, 4, 7, 8):
    ws.merge_cells(start_row=H1, start_column=c, end_row=H2, end_column=c)
ws.merge_cells(start_row=H1, start_column=5, end_row=H1, end_column=6)
for rr in (H1, H2):
    for c in range(2, 9):
        cell = ws.cell(rr, c)
        cell.border = box
        cell.alignment = center
        cell.font = Font(bold=True)
        cell.fill = fill

docs = []
r = H2 + 1
for no, title, note, st, fn, rem in DOCS:
    ws.cell(r, 2, no).alignment = center
    ws.cell(r, 3, title).alignment = wrap
    ws.cell(r, 4, note).alignment = wrap
    ws.cell(r, 4).font = Font(size=9)
    ws.cell(r, 5 if st == "S" else 6, "○")
    ws.cell(r, 7, fn).alignment = wrap
    ws.cell(r, 8, rem).alignment = wrap
    for c in range(2, 9):
        ws.cell(r, c).border = box
    ws.cell(r, 5).alignment = center
    ws.cell(r, 6).alignment = center
    ws.row_dimensions[r].height = 42
    d = {"kind": str(no), "submission": CANON[st]}
    if fn:
        d["fileName"] = fn
    if rem:
        d["remarks"] = rem
    docs.append(d)
    r += 1

ws.cell(r + 1, 2, "※ 6及び7は作成している場合のみ提出してください。提出する書類の「提出する」欄に○を、未作成の場合は「未作成」欄に○を記入してください。").font = Font(size=9)
for k, v in {"B": 5, "C": 30, "D": 46, "E": 9, "F": 9, "G": 34, "H": 28}.items():
    ws.column_dimensions[k].width = v
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
exp = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FAC, "submittedOn": SUBMIT.isoformat(), "documents": docs},
    "planted": [],
    "notes": "Sheet 別紙1, document rows 10-16 (No. 1-7). The choice is a ○ in column E (提出する) or F (未作成). "
             "Document 2 is one row covering three vendors' checklists zipped together. 提出日 is an Excel date cell.",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("wrote", out)

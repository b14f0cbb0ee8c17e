#!/usr/bin/env python3
"""ins-w32-b: the hospital's own submission cover sheet for the 別紙1 documents: header lines as
項目：値 in one cell, 和暦 text date, ○ marks in 提出 / 未作成 / 提出しない columns with a blank spacer
column, the vendor checklist split into one row per vendor (２-①…２-③), full-width numbering.
Run: PYTHONPATH=/tmp/w32_clv_ins_lib /usr/bin/python3 THIS.py"""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w32-b-hospital-cover-sheet-circle-marks"
SHEET = "提出書類チェック表"
FACILITY = "医療法人 緑樹会 総社みどり病院"

# (No shown, kind, name, mark column: 'S' 提出 / 'C' 未作成 / 'N' 提出しない / None, file, remarks)
ROWS = [
    ("１", "1", "チェックリスト（医療機関確認用）", "S", "checklist_iryokikan_R6.xlsx", None),
    ("２-①", "2", "チェックリスト（事業者確認用）\n電子カルテ／株式会社 山陽メディカルシステムズ", "S",
     "checklist_jigyosha_denshikarte.xlsx", None),
    ("２-②", "2", "チェックリスト（事業者確認用）\n院内ネットワーク／有限会社 備中ネットワークサービス", "S",
     "checklist_jigyosha_network.xlsx", "2回目確認済分"),
    ("２-③", "2", "チェックリスト（事業者確認用）\n医事会計・レセコン／株式会社 吉備ソフト", "S",
     "checklist_jigyosha_rececom.pdf", "事業者よりPDFで受領"),
    ("３", "3", "チェックリスト（最低限の措置編）", "S", "saiteigen_sochi.xlsx", None),
    ("４", "4", "機器管理台帳", "C", None, "作成中（R7.1月完成予定）"),        # PLANTED: required doc not created
    ("５", "5", "インシデント発生時の連絡体制図", None, None, None),            # PLANTED: no answer
    ("６", "6", "ネットワーク構成図及びシステム全体構成図", "C", None, "未作成のため提出なし"),
    ("７", "7", "サイバー攻撃を想定した事業継続計画（BCP）", "S", "BCP_cyber_R6.pdf", None),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SHEET
# A No | B 書類名 | C spacer | D 提出 | E 未作成 | F 提出しない | G spacer | H ファイル名 | I 備考
for col, w in zip("ABCDEFGHI", [7, 44, 2, 7, 7, 9, 2, 36, 26]):
    ws.column_dimensions[col].width = w

ws["A1"] = "令和６年度医療機関立入検査（サイバーセキュリティ対策関係）　提出書類チェック表"
ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A1:I1")
ws["A3"] = "医療機関名：" + FACILITY
ws.merge_cells("A3:F3")
ws["A4"] = "提出日：令和6年12月3日（立入検査当日）"
ws.merge_cells("A4:F4")
ws["A5"] = "※ 別紙1「サイバーセキュリティ対策関連書類一覧」の書類について、該当欄に○を付けてください。"
ws["A5"].font = Font(size=9)

H = 7
for c, t in [(1, "No."), (2, "書類名"), (4, "提出"), (5, "未作成"), (6, "提出しない"), (8, "ファイル名（添付）"),
             (9, "備考")]:
    cell = ws.cell(H, c, t)
    cell.alignment = center
    cell.font = Font(bold=True)
for c in (1, 2, 4, 5, 6, 8, 9):
    ws.cell(H, c).border = box

col_of = {"S": 4, "C": 5, "N": 6}
canon = {"S": "SUBMITTED", "C": "NOT_CREATED", "N": "NOT_SUBMITTED"}
r = H + 1
docs, rows_at = [], []
for no, kind, name, mark, fname, rem in ROWS:
    ws.cell(r, 1, no)
    ws.cell(r, 2, name)
    if mark:
        ws.cell(r, col_of[mark], "○")
    if fname:
        ws.cell(r, 8, fname)
    if rem:
        ws.cell(r, 9, rem)
    for c in (1, 2, 4, 5, 6, 8, 9):
        ws.cell(r, c).border = box
        ws.cell(r, c).alignment = center if c in (1, 4, 5, 6) else wrap
    ws.row_dimensions[r].height = 34 if "\n" in name else 22
    d = {"kind": kind}
    if mark:
        d["submission"] = canon[mark]
    if fname:
        d["fileName"] = fname
    if rem:
        d["remarks"] = rem
    docs.append(d)
    rows_at.append(r)
    r += 1
ws.cell(r + 1, 1, "※ ６・７は作成している場合のみ提出。２は委託事業者ごと（又はシステムごと）に提出。").font = Font(size=9)
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
wb.save(os.path.join(HERE, NAME + ".xlsx"))

i4 = [i for i, x in enumerate(ROWS) if x[1] == "4"][0]
i5 = [i for i, x in enumerate(ROWS) if x[1] == "5"][0]
exp = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "submittedOn": "2024-12-03", "documents": docs},
    "planted": [
        {"cells": [f"{SHEET}!E{rows_at[i4]}"], "paths": [f"documents[{i4}].submission"],
         "why": "機器管理台帳（書類4）が「未作成」。別紙1では1〜5は提出を求める書類で、未作成が許されるのは"
                "「作成していれば提出」の6（構成図）と7（BCP）だけ"},
        {"cells": [f"{SHEET}!D{rows_at[i5]}", f"{SHEET}!E{rows_at[i5]}", f"{SHEET}!F{rows_at[i5]}"],
         "paths": [f"documents[{i5}].submission"],
         "why": "インシデント発生時の連絡体制図（書類5）の提出／未作成／提出しないのいずれにも○がない（回答漏れ）"},
    ],
    "notes": ("Header lines are 項目：値 in one cell (A3, A4); 提出日 is text 「令和6年12月3日（立入検査当日）」. "
              "Status is a ○ in one of 提出 (D) / 未作成 (E) / 提出しない (F); columns C and G are blank spacers. "
              "Document 2 is split into three rows (２-①〜２-③), one per vendor, each kind 2; the 書類名 cell carries "
              "'system／vendor' after a line break as pre-typed by the hospital. Row for document 5 exists but has no "
              "mark: it is in documents[] as {kind: '5'} with no submission (planted)."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print(rows_at)

#!/usr/bin/python3
"""ins-w1-e: transposed table (one column per document 1..7; rows 書類 / 提出状況 / 備考), labels above values
(医療機関名, 提出日 'R6.12.3' text), an empty 保健所確認欄 second table below.
Planted: (1) doc 4 機器管理台帳 marked 未作成 though it is not one of the 「作成していれば」 documents;
(2) doc 5 連絡体制図 left with no 提出状況 at all."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.utils import get_column_letter as L

NAME = "ins-w1-e-transposed-missing"
HERE = os.path.dirname(os.path.abspath(__file__))
FACILITY = "医療法人 笠岡会 笠岡ひかり病院"
COLS = [  # (書類, 提出状況, 備考, canonical)
 ("1 チェックリスト\n（医療機関確認用）", "提出", None, "SUBMITTED"),
 ("2 チェックリスト\n（事業者確認用）", "提出", "2事業者分", "SUBMITTED"),
 ("3 チェックリスト\n（最低限の措置編）", "提出", None, "SUBMITTED"),
 ("4 機器管理台帳", "未作成", "台帳は保守業者が管理", "NOT_CREATED"),        # planted 1
 ("5 インシデント発生時の\n連絡体制図", None, None, None),                 # planted 2
 ("6 ネットワーク構成図及び\nシステム全体構成図", "未作成", None, "NOT_CREATED"),
 ("7 サイバー攻撃を想定した\n事業継続計画（BCP）", "未作成", "R7年度策定予定", "NOT_CREATED"),
]
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wb = Workbook(); ws = wb.active; ws.title = "別紙1"
ws.column_dimensions["A"].width = 12
for i in range(7): ws.column_dimensions[L(2 + i)].width = 20
ws["A1"] = "サイバーセキュリティ対策関連書類一覧（提出用）"; ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "医療機関名"; ws["D3"] = "提出日"
ws["A4"] = FACILITY; ws.merge_cells("A4:C4"); ws["D4"] = "R6.12.3"
for c in ("A3", "D3"): ws[c].font = Font(bold=True, size=9)
for c in ("A4", "B4", "C4", "D4"): ws[c].border = Border(bottom=thin)
top = 6
for rr, lab in enumerate(["書類", "提出状況", "備考"]):
    x = ws.cell(top + rr, 1, lab); x.border = box; x.font = Font(bold=True)
    x.fill = PatternFill("solid", fgColor="E7E6E6"); x.alignment = Alignment(horizontal="center", vertical="center")
ws.row_dimensions[top].height = 48; ws.row_dimensions[top + 2].height = 36
docs = []; colof = {}
for i, (nm, st, rem, canon) in enumerate(COLS):
    c = 2 + i; colof[i] = L(c)
    ws.cell(top, c, nm)
    if st: ws.cell(top + 1, c, st)
    if rem: ws.cell(top + 2, c, rem)
    for rr in range(3):
        ws.cell(top + rr, c).border = box
        ws.cell(top + rr, c).alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    d = {"kind": str(i + 1)}
    if canon: d["submission"] = canon
    if rem: d["remarks"] = rem
    docs.append(d)
ws.cell(top + 4, 1, "※提出状況欄には「提出」又は「未作成」を記入。6・7は作成していれば提出。").font = Font(size=9)
# second table (for the health centre; left empty)
t2 = top + 6
ws.cell(t2, 1, "保健所確認欄").font = Font(bold=True)
for c, lab in enumerate(["受付日", "確認者", "医療推進課送付日"], 2):
    ws.cell(t2 + 1, c, lab).border = box; ws.cell(t2 + 2, c).border = box
wb.save(os.path.join(HERE, NAME + ".xlsx"))
S = ws.title
exp = {"form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
       "values": {"facilityName": FACILITY, "submittedOn": "2024-12-03", "documents": docs},
       "planted": [
         {"cells": [f"{S}!{colof[3]}{top+1}"], "paths": ["documents[3].submission"],
          "why": "機器管理台帳 marked 未作成: 別紙1 asks for the ledger outright (「台帳を提出してください」); only documents 6 and 7 are 「作成していれば」"},
         {"cells": [f"{S}!{colof[4]}{top+1}"], "paths": ["documents[4].submission"],
          "why": "インシデント発生時の連絡体制図: 提出状況 left blank — neither 提出 nor 未作成; a required document with no answer"}],
       "notes": "Transposed: one column per document (B..H = documents 1..7), rows 書類 / 提出状況 / 備考. Document names in row 6 carry "
                "their number and a line break. 提出日 'R6.12.3' is 和暦 text = 2024-12-03. Docs 6 and 7 未作成 are allowed. "
                "The 保健所確認欄 table below is for the health centre and is empty (not form fields)."}
json.dump(exp, open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("ok", NAME, colof)

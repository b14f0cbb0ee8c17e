#!/usr/bin/python3
"""ins-w39-b: a hospital's own cover sheet for the 別紙1 package: 項目：値 header cells, 和暦 text date,
full-width numbering, document 2 split into one row per vendor, a 提出有無 text column with a drop-down fed by a
hidden list sheet. Two planted mistakes."""
import sys, os, json
sys.path.insert(0, "/tmp/clvins_pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave39/inspection-documents"
NAME = "ins-w39-b-hospital-cover-sheet-per-vendor-rows"
SHEET = "提出書類一覧"
FAC = "社会医療法人 吉備高原会 高梁さくら病院"
CANON = {"提出": "SUBMITTED", "未作成": "NOT_CREATED", "作成済・提出しない": "NOT_SUBMITTED"}

# (shown no., kind, shown name, 提出有無 cell, file name, remarks)
ROWS = [
 ("１．", 1, "チェックリスト（医療機関確認用）", "提出", "1_医療機関確認用チェックリスト.xlsx",
  "令和5年度版の様式で作成（R6版は次回見直し時に差替え予定）"),                       # PLANTED: wrong version
 ("２－１", 2, "チェックリスト（事業者確認用）電子カルテ", "提出", "2-1_事業者確認用_電子カルテ_吉備システムズ.xlsx", None),
 ("２－２", 2, "チェックリスト（事業者確認用）PACS", "提出", "2-2_事業者確認用_PACS_山陽メディカルシステム.xlsx", None),
 ("２－３", 2, "チェックリスト（事業者確認用）医事会計（レセコン）", "提出", "2-3_事業者確認用_医事会計_中国医療情報サービス.xlsx", "10/25 受領"),
 ("３．", 3, "チェックリスト（最低限の措置編）", "提出 ", "3_最低限の措置編.xlsx", None),
 ("４．", 4, "機器管理台帳", "提出", "4_機器管理台帳.xlsx", "PACS・レセコン分を含む"),
 ("５．", 5, "インシデント発生時の連絡体制図", None, None, None),                              # PLANTED: no answer
 ("６．", 6, "ネットワーク構成図及びシステム全体構成図", "作成済・提出しない", None, "院内機密のため\n立入検査時に閲覧で対応"),
 ("７．", 7, "サイバー攻撃を想定した事業継続計画（BCP）", "提出", "7_BCP（サイバー攻撃編）.pdf", None),
]

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook(); ws = wb.active; ws.title = SHEET
for k, v in {"A": 8, "B": 42, "C": 18, "D": 46, "E": 30}.items():
    ws.column_dimensions[k].width = v
ws["A1"] = "令和6年度 立入検査（サイバーセキュリティ対策関係）提出書類一覧"; ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "医療機関名：" + FAC
ws["A4"] = "提出日：令和6年12月3日"
ws["D3"] = "（別紙1「サイバーセキュリティ対策関連書類一覧」による）"; ws["D3"].font = Font(size=9)

heads = ["番号", "書類名", "提出有無", "添付ファイル名", "備考"]
for c, h in enumerate(heads, 1):
    cell = ws.cell(6, c, h); cell.border = B; cell.alignment = center; cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor="DDEBF7")

lst = wb.create_sheet("リスト")
for i, v in enumerate(CANON, 1):
    lst.cell(i, 1, v)
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="リスト!$A$1:$A$3", allow_blank=True)
ws.add_data_validation(dv)

r = 7; docs = []; cellrow = {}
for no, kind, name, sub, fn, rem in ROWS:
    for c, v in enumerate([no, name, sub, fn, rem], 1):
        cell = ws.cell(r, c, v); cell.border = B
        cell.alignment = center if c in (1, 3) else wrap
    dv.add(ws.cell(r, 3))
    d = {"kind": str(kind)}
    if sub: d["submission"] = CANON[sub.strip()]
    if fn: d["fileName"] = fn
    if rem: d["remarks"] = rem
    cellrow[len(docs)] = r
    docs.append(d); r += 1
ws.cell(r + 1, 1, "※ ２．は委託事業者（システム）ごとに行を分けて記載しています。")

wb.save(os.path.join(OUT, NAME + ".xlsx"))
i5 = next(i for i, d in enumerate(docs) if d["kind"] == "5")
exp = {
 "form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
 "values": {"facilityName": FAC, "submittedOn": "2024-12-03", "documents": docs},
 "planted": [
  {"cells": [f"{SHEET}!C{cellrow[i5]}"], "paths": [f"documents[{i5}].submission"],
   "why": "document 5 (インシデント発生時の連絡体制図) is a required document but its 提出有無 is left blank"},
  {"cells": [f"{SHEET}!E{cellrow[0]}"], "paths": ["documents[0].remarks"],
   "why": "document 1 checklist says it was made on the 令和5年度版 form; the notice requires the 令和6年度版 checklist form (医政参発0513第6号)"},
 ],
 "notes": "Header values share a cell with their label (医療機関名：…, 提出日：令和6年12月3日 as text). Document 2 occupies three rows "
          "(２－１…２－３, one per vendor/system), each kind 2. 提出有無 is text from a drop-down (提出 / 未作成 / 作成済・提出しない) "
          "whose list is on the hidden sheet リスト; C11 has a trailing space ('提出 ').",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", exp["planted"])

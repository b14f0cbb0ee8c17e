#!/usr/bin/python3
# Generator for ins-w21-b-cover-sheet-per-vendor-rows.xlsx (inspection-documents, R6)
# Layout: a hospital-made cover list. Header as 「項目：値」 in one cell, 提出日 as 和暦 text; table
#   番号 (①..⑦, ②-1..②-3) | 書類名 | 提出区分 (dropdown text from hidden sheet) | ファイル名 | 備考
# document 2 split into one row per vendor (line break in the name cell); a COUNTIF total below the table
# saved by openpyxl without a cached value.  Planted: ③ 提出区分 blank; ④ 機器管理台帳 marked 未作成.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w21-b-cover-sheet-per-vendor-rows"
SHEET = "提出書類一覧"
FAC = "社会医療法人 青葉会 青葉記念病院"

ROWS = [
    ("①", 1, "チェックリスト（医療機関確認用）", "提出する", "①医療機関確認用CL_青葉記念病院.xlsx", None),
    ("②-1", 2, "チェックリスト（事業者確認用）\n電子カルテシステム", "提出する", "②-1事業者確認用CL_電子カルテ.xlsx", "株式会社メディカルシステムズ岡山"),
    ("②-2", 2, "チェックリスト（事業者確認用）\n医事会計システム", "提出する", "②-2事業者確認用CL_医事会計.xlsx", "株式会社サンライズ医療情報"),
    ("②-3", 2, "チェックリスト（事業者確認用）\nPACS", "提出する", "②-3事業者確認用CL_PACS.pdf", "株式会社ひかり画像システム（紙で受領しPDF化）"),
    ("③", 3, "チェックリスト（最低限の措置編）", None, None, None),
    ("④", 4, "機器管理台帳", "未作成", None, "現在作成中（令和7年1月完成予定）"),
    ("⑤", 5, "インシデント発生時の連絡体制図", "提出する", "⑤連絡体制図.pdf", None),
    ("⑥", 6, "ネットワーク構成図及びシステム全体構成図", "提出する", "⑥NW構成図_システム全体構成図.pdf", None),
    ("⑦", 7, "サイバー攻撃を想定した事業継続計画（BCP）", "未作成", None, "策定中"),
]
CANON = {"提出する": "SUBMITTED", "未作成": "NOT_CREATED", "作成済（提出しない）": "NOT_SUBMITTED"}

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SHEET
ws["A1"] = "立入検査 提出書類一覧（サイバーセキュリティ対策関係）"
ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "医療機関名：" + FAC
ws["A4"] = "提出日：令和6年12月3日"
ws["A5"] = "担当：情報システム室　山本"

HR = 7
for c, t in enumerate(["番号", "書類名", "提出区分", "ファイル名", "備考"], start=1):
    cell = ws.cell(HR, c, t)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="4472C4")
    cell.alignment = center
    cell.border = box

wl = wb.create_sheet("リスト")
for i, t in enumerate(CANON, start=1):
    wl.cell(i, 1, t)
wl.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$3", allow_blank=True)
ws.add_data_validation(dv)

docs, rowmap = [], {}
r = HR + 1
for lbl, kind, title, st, fn, rem in ROWS:
    vals = [lbl, title, st, fn, rem]
    for c, v in enumerate(vals, start=1):
        cell = ws.cell(r, c, v)
        cell.border = box
        cell.alignment = center if c in (1, 3) else wrap
    dv.add(f"C{r}")
    d = {"kind": str(kind)}
    if st:
        d["submission"] = CANON[st]
    if fn:
        d["fileName"] = fn
    if rem:
        d["remarks"] = rem
    rowmap[lbl] = (r, len(docs))
    docs.append(d)
    r += 1
last = r - 1
ws.cell(r + 1, 2, "提出書類数")
ws.cell(r + 1, 3, f'=COUNTIF(C{HR+1}:C{last},"提出する")')
ws.cell(r + 1, 3).alignment = center

for k, v in {"A": 7, "B": 36, "C": 16, "D": 38, "E": 34}.items():
    ws.column_dimensions[k].width = v

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)

r3, i3 = rowmap["③"]
r4, i4 = rowmap["④"]
exp = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FAC, "submittedOn": "2024-12-03", "documents": docs},
    "planted": [
        {"cells": [f"{SHEET}!C{r3}"], "paths": [f"documents[{i3}].submission"],
         "why": "③ チェックリスト（最低限の措置編）の提出区分が空欄（回答漏れ）"},
        {"cells": [f"{SHEET}!C{r4}"], "paths": [f"documents[{i4}].submission"],
         "why": "④ 機器管理台帳が「未作成」: 「作成していれば提出」とされるのは6（構成図）と7（BCP）だけで、1〜5は提出を求められる書類"},
    ],
    "notes": "Sheet 提出書類一覧, rows 8-16. Document 2 (事業者確認用) takes three rows, one per vendor (②-1..②-3), "
             "each kind 2; the vendor name is in 備考. Header values share a cell with their label (医療機関名：…, "
             "提出日：令和6年12月3日 as text). The row for ③ has no answer at all (planted) but is listed with its kind. "
             "C18 is a COUNTIF formula saved without a cached value (not a field). Hidden sheet リスト holds the dropdown options.",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("wrote", out, rowmap)

#!/usr/bin/python3
"""ins-w17-b: a hospital IT person's own submission list for the 立入検査 documents: label and value in one cell
(「医療機関名：…」, 「提出日：令和6年12月3日」 as text), a file-name column, the status as text from a dropdown
(提出する / 未作成 / 提出しない), document 2 split into one row per vendor (2-①, 2-②, 2-③), no 注意点 column.
Planted: 2 mistakes (see expected.json)."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave17/inspection-documents"
NAME = "ins-w17-b-file-list-vendor-rows"
SHEET = "提出書類リスト"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
hdrfill = PatternFill("solid", fgColor="FFF2CC")

FAC = "一般財団法人 操山会 岡山東部記念病院"
CANON = {"提出する": "SUBMITTED", "未作成": "NOT_CREATED", "提出しない": "NOT_SUBMITTED"}

# (shown no, kind, name, status text or None, file name, remarks)
docs = [
 ("1", 1, "チェックリスト（医療機関確認用）", "提出する", "01_チェックリスト_医療機関確認用_R6.xlsx", None),
 ("2-①", 2, "チェックリスト（事業者確認用）電子カルテ", "提出する", "02-1_事業者CL_電子カルテ_メディネクスト.xlsx", "株式会社メディネクスト西日本"),
 ("2-②", 2, "チェックリスト（事業者確認用）医事会計", "提出する", "02-2_事業者CL_医事会計_吉備メディカル.xlsx", "有限会社吉備メディカルシステム"),
 ("2-③", 2, "チェックリスト（事業者確認用）PACS", "提出する", "02-3_事業者CL_PACS.pdf", "画像システム保守会社（PDFで受領）"),
 ("3", 3, "チェックリスト（最低限の措置編）", "提出する", "03_最低限の措置編チェックリスト.xlsx", None),
 ("4", 4, "機器管理台帳", None, None, "総務課に確認中"),
 ("5", 5, "インシデント発生時の連絡体制図", "未作成", None, "来年度作成予定"),
 ("6", 6, "ネットワーク構成図・システム全体構成図", "未作成", None, None),
 ("7", 7, "サイバー攻撃を想定したBCP", "提出する", "07_BCP_サイバー攻撃編_v1.docx", "令和6年9月策定"),
]

wb = Workbook(); ws = wb.active; ws.title = SHEET
for k, v in {"A": 7, "B": 40, "C": 12, "D": 46, "E": 32}.items():
    ws.column_dimensions[k].width = v
ws["A1"] = "立入検査（サイバーセキュリティ対策関係）提出書類リスト"
ws["A1"].font = Font(size=13, bold=True)
ws["A3"] = f"医療機関名：{FAC}"
ws["A4"] = "提出日：令和6年12月3日"
ws["D3"] = "作成：情報システム室"
ws["D4"] = "提出先：備前保健所"

hr = 6
for col, t in zip("ABCDE", ["No.", "書類名", "提出区分", "ファイル名", "備考"]):
    c = ws[f"{col}{hr}"]; c.value = t; c.border = B; c.alignment = ctr; c.fill = hdrfill; c.font = Font(bold=True)

dv = DataValidation(type="list", formula1='"提出する,未作成,提出しない"', allow_blank=True)
ws.add_data_validation(dv)

out, rowof = [], {}
r = hr + 1
for shown, kind, name, st, fn, rem in docs:
    ws[f"A{r}"] = shown; ws[f"B{r}"] = name
    if st: ws[f"C{r}"] = st
    if fn: ws[f"D{r}"] = fn
    if rem: ws[f"E{r}"] = rem
    dv.add(f"C{r}")
    for col in "ABCDE":
        c = ws[f"{col}{r}"]; c.border = B; c.alignment = ctr if col in "AC" else wrap
    d = {"kind": str(kind)}
    if st: d["submission"] = CANON[st]
    if fn: d["fileName"] = fn
    if rem: d["remarks"] = rem
    rowof[len(out)] = r
    out.append(d); r += 1
r += 1
ws[f"A{r}"] = "※ 6・7は作成していれば提出。2は事業者（システム）ごとに1部。"
ws[f"A{r}"].font = Font(size=9)

wb.save(os.path.join(OUT, NAME + ".xlsx"))
i4, i5 = 5, 6
exp = {
  "form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
  "values": {"facilityName": FAC, "submittedOn": "2024-12-03", "documents": out},
  "planted": [
    {"cells": [f"{SHEET}!C{rowof[i4]}"], "paths": [f"documents[{i4}].submission"],
     "why": "document 4 機器管理台帳: 提出区分 left blank (missing required answer)"},
    {"cells": [f"{SHEET}!C{rowof[i5]}"], "paths": [f"documents[{i5}].submission"],
     "why": "document 5 インシデント発生時の連絡体制図 marked 未作成; only 6 and 7 are 「作成していれば提出」, 1–5 are documents the hospital must hand in"},
  ],
  "notes": ("Sheet 提出書類リスト. Header cells are 「項目：値」 in one cell (A3, A4); 提出日 is text 令和6年12月3日. "
            "Document 2 is split into three rows (No. 2-①/2-②/2-③), one per vendor, each kind \"2\". "
            "D3/D4 (作成者, 提出先 保健所) are not fields. The note line under the table is not data."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", rowof[i4], rowof[i5])

#!/usr/bin/python3
"""ins-w40-b: a hospital's own print-style cover list for the 立入検査 documents: '項目：値' header cells, 提出日 as R6.x.x text,
○ marks in 提出 / 未作成 / 作成済・提出しない columns with blank spacer columns, and document 2 split into one row per vendor.
Two planted problems: document 3 has no mark at all; document 4 (機器管理台帳, required) marked 未作成."""
import sys, json
sys.path.insert(0, "/tmp/clvins-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font

OUT = "/work/blind/wave40/inspection-documents/"
NAME = "ins-w40-b-marks-per-vendor-rows"
SHEET = "提出書類確認表"
FAC = "医療法人 さくら会 津山さくら病院"
COLS = {"SUBMITTED": "E", "NOT_CREATED": "F", "NOT_SUBMITTED": "G"}

# (No shown, kind, name, submission or None, remarks)
docs = [
    ("1", 1, "チェックリスト（医療機関確認用）", "SUBMITTED", None),
    ("2-①", 2, "チェックリスト（事業者確認用）", "SUBMITTED", "電子カルテ（株式会社ホクト医療情報）"),
    ("2-②", 2, "チェックリスト（事業者確認用）", "SUBMITTED", "レセコン（みまさかシステム株式会社）"),
    ("2-③", 2, "チェックリスト（事業者確認用）", "SUBMITTED", "PACS・院内LAN保守（株式会社メディカルイメージング西日本）"),
    ("3", 3, "チェックリスト（最低限の措置編）", None, None),                     # PLANTED: no mark
    ("4", 4, "機器管理台帳", "NOT_CREATED", "作成中（R7.1完成予定）"),            # PLANTED: required document not made
    ("5", 5, "インシデント発生時の連絡体制図", "SUBMITTED", None),
    ("6", 6, "ネットワーク構成図及びシステム全体構成図", "SUBMITTED", "ネットワーク構成図のみ\n（システム全体構成図は未作成）"),
    ("7", 7, "サイバー攻撃を想定した事業継続計画（BCP）", "SUBMITTED", "R6.9策定"),
]

wb = Workbook(); ws = wb.active; ws.title = SHEET
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
for k, v in {"A": 2, "B": 6, "C": 40, "D": 2, "E": 7, "F": 7, "G": 11, "H": 2, "I": 40}.items():
    ws.column_dimensions[k].width = v
ws.merge_cells("B1:I1"); ws["B1"] = "立入検査 提出書類確認表（サイバーセキュリティ対策関係）"
ws["B1"].font = Font(size=14, bold=True); ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:I2"); ws["B2"] = "〔県 別紙1「サイバーセキュリティ対策関連書類一覧」による〕"
ws["B2"].alignment = Alignment(horizontal="center"); ws["B2"].font = Font(size=9)
ws.merge_cells("B4:G4"); ws["B4"] = "医療機関名：" + FAC
ws.merge_cells("B5:G5"); ws["B5"] = "提出日：R6.12.3"
ws.merge_cells("B6:G6"); ws["B6"] = "提出先：美作保健所"

ws.merge_cells("B8:B9"); ws["B8"] = "No."
ws.merge_cells("C8:C9"); ws["C8"] = "書類の名称"
ws.merge_cells("E8:G8"); ws["E8"] = "提出区分（該当に○）"
ws["E9"] = "提出"; ws["F9"] = "未作成"; ws["G9"] = "作成済・\n提出しない"
ws.merge_cells("I8:I9"); ws["I8"] = "備考（事業者名・システム名等）"
for r in (8, 9):
    for c in "BCEFGI":
        ws[f"{c}{r}"].border = box; ws[f"{c}{r}"].font = Font(bold=True)
        ws[f"{c}{r}"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
documents, rowof = [], {}
r = 10
for no, kind, name, sub, rem in docs:
    ws[f"B{r}"] = no; ws[f"C{r}"] = name
    if sub: ws[f"{COLS[sub]}{r}"] = "○"
    if rem: ws[f"I{r}"] = rem
    for c in "BCEFGI":
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].alignment = Alignment(wrap_text=True, vertical="center",
                                            horizontal="center" if c in "BEFG" else None)
    ws.row_dimensions[r].height = 30
    d = {"kind": str(kind)}
    if sub: d["submission"] = sub
    if rem: d["remarks"] = rem
    rowof[kind] = (len(documents), r)
    documents.append(d)
    r += 1
ws[f"B{r+1}"] = "※ 1～5は提出、6・7は作成していれば提出。2は委託事業者ごと（又はシステムごと）に1行。"
ws[f"B{r+1}"].font = Font(size=9)
ws.print_area = f"A1:I{r+1}"
wb.save(OUT + NAME + ".xlsx")

i3, r3 = rowof[3]; i4, r4 = rowof[4]
exp = {"form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
       "values": {"facilityName": FAC, "submittedOn": "2024-12-03", "documents": documents},
       "planted": [
           {"cells": [f"{SHEET}!E{r3}"], "paths": [f"documents[{i3}].submission"],
            "why": "チェックリスト（最低限の措置編）の提出区分が未記入（どの列にも○がない）"},
           {"cells": [f"{SHEET}!F{r4}"], "paths": [f"documents[{i4}].submission"],
            "why": "機器管理台帳は必須書類（1～5は提出、「作成していれば」は6・7のみ）なのに未作成"}],
       "notes": "Header fields share a cell with their label (医療機関名：…, 提出日：R6.12.3 → 2024-12-03). "
                "提出区分 is a ○ in one of three columns (提出→SUBMITTED, 未作成→NOT_CREATED, 作成済・提出しない→NOT_SUBMITTED). "
                "Document 2 has one row per vendor (2-①…2-③, kind 2 each); the vendor/system is in 備考. "
                "提出先 (保健所) is not a field. No file-name column."}
json.dump(exp, open(OUT + NAME + ".expected.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("ok", r3, r4)

# Generator for ins-w9-a-strike-options.xlsx (inspection-documents, R6, 2 planted problems)
# Role: a 保健所 clerk turned the prefecture's 別紙1 table into an answer sheet: each row has the option text
# 「提出する・未作成・提出しない」 and the hospital deletes what does not apply (as on the checklists). Header
# values share a cell with their label; the date is typed as 和暦 text. A 記入要領 sheet is added, and a
# COUNTIF total at the bottom was saved by openpyxl without a cached value.
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave9/inspection-documents"
NAME = "ins-w9-a-strike-options"
SHEET = "別紙1"

FACILITY = "医療法人 緑風会 津山みどり病院"
DATE_TEXT = "令和6年9月20日"          # PLANT: before the programme period (R6.10.1–R7.3.31) and the notice (R6.9.24)
OPTIONS = "提出する・未作成・提出しない"

DOCS = [
    (1, "チェックリスト\n（医療機関確認用）",
     "令和6年度版のチェックリスト様式を使用し、「チェックリストマニュアル」を参照して記入すること。",
     "提出する", "01_チェックリスト_医療機関確認用.xlsx", None),
    (2, "チェックリスト\n（事業者確認用）",
     "上記と同じ。医療情報システムのすべての委託事業者に記入・提出を求めること（事業者ごと又はシステムごとに分ける）。",
     "提出する", "02_チェックリスト_事業者確認用（3社分）.pdf", "電子カルテ、レセコン、PACSの3事業者分"),
    (3, "チェックリスト\n（最低限の措置編）",
     "別添のチェックリスト様式を使用すること（「サイバー攻撃リスク低減のための最低限の措置」参照）。",
     "提出する", "03_チェックリスト_最低限の措置編.xlsx", None),
    (4, "機器管理台帳",
     "サーバーやPC、ルータ等の機器を記載した台帳（書式はマニュアル2-(1)参照）。",
     OPTIONS, None, None),                  # PLANT: options left as printed, no answer chosen
    (5, "インシデント発生時の連絡体制図",
     "サイバーセキュリティの連絡体制を記載したもの（書式はマニュアル3-(1)参照）。",
     "提出する", "05_インシデント連絡体制図.pdf", None),
    (6, "ネットワーク構成図及びシステム全体構成図",
     "作成していれば提出（ガイドライン第6.0版 企画管理編4.4、システム運用編2②参照）。",
     "未作成", None, "令和7年度に業者と作成予定"),
    (7, "サイバー攻撃を想定した事業継続計画（BCP）",
     "作成していれば提出（R6.6.6事務連絡「BCP策定の確認表」参照）。",
     "提出する", "07_BCP_サイバー攻撃編.docx", None),
]
CANON = {"提出する": "SUBMITTED", "未作成": "NOT_CREATED", "提出しない": "NOT_SUBMITTED"}

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(horizontal="left", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SHEET
for k, v in {"A": 2, "B": 5, "C": 24, "D": 46, "E": 18, "F": 34, "G": 24}.items():
    ws.column_dimensions[k].width = v

ws["G1"] = "（別紙1）"
ws["G1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B2:G2")
ws["B2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求める\nサイバーセキュリティ対策関連書類一覧"
ws["B2"].font = Font(bold=True, size=13)
ws["B2"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[2].height = 36

ws.merge_cells("B4:D4")
ws["B4"] = "医療機関名：" + FACILITY
ws.merge_cells("E4:G4")
ws["E4"] = "提出日：" + DATE_TEXT
for c in ("B4", "E4"):
    ws[c].font = Font(size=11)
for col in "BCDEFG":
    ws[f"{col}4"].border = Border(bottom=thin)
ws.merge_cells("B5:G5")
ws["B5"] = "※「提出の有無」欄は、該当しないものを消してください（例：提出する・未作成・提出しない → 提出する）。"
ws["B5"].font = Font(size=9, color="C00000")

heads = ["No.", "書類の名称", "提出にあたっての注意点", "提出の有無", "ファイル名（電子データの場合）", "備考"]
for col, t in zip("BCDEFG", heads):
    c = ws[f"{col}7"]
    c.value = t
    c.font = Font(bold=True, size=10)
    c.fill = PatternFill("solid", fgColor="DDEBF7")
    c.alignment = center
    c.border = box

docs = []
r = 8
rows = {}
for no, name, note, ans, fn, rem in DOCS:
    vals = [no, name, note, ans, fn, rem]
    for col, v in zip("BCDEFG", vals):
        c = ws[f"{col}{r}"]
        c.value = v
        c.border = box
        c.alignment = center if col in "BE" else wrap
        c.font = Font(size=10, color="808080") if col == "D" else Font(size=10)
    ws.row_dimensions[r].height = 44
    d = {"kind": str(no)}
    if ans in CANON:
        d["submission"] = CANON[ans]
    if fn:
        d["fileName"] = fn
    if rem:
        d["remarks"] = rem
    rows[no] = r
    docs.append(d)
    r += 1

ws[f"E{r + 1}"] = "提出書類数"
ws[f"E{r + 1}"].alignment = Alignment(horizontal="right")
ws[f"F{r + 1}"] = f'=COUNTIF(E8:E{r - 1},"提出する")'
ws[f"F{r + 1}"].alignment = Alignment(horizontal="left")
ws[f"B{r + 3}"] = "※書類の提出は任意ですが、提出いただける場合は立入検査の際に保健所へ提出してください。"
ws[f"B{r + 3}"].font = Font(size=9)
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.print_area = f"A1:G{r + 3}"

g = wb.create_sheet("記入要領")
g.column_dimensions["A"].width = 100
for i, t in enumerate([
    "記入要領",
    "1　医療機関名は正式名称で記入してください。",
    "2　提出日は保健所へ提出する日を記入してください。",
    "3　「提出の有無」欄は「提出する」「未作成」「提出しない」のうち該当しないものを消してください。",
    "4　6（構成図）及び7（BCP）は作成している場合のみ提出してください。未作成の場合は「未作成」としてください。",
    "5　電子データで提出する場合はファイル名を記入してください。",
    "6　2（事業者確認用）は事業者ごと又はシステムごとに分けて提出してください。",
], start=1):
    g.cell(row=i, column=1, value=t)
g["A1"].font = Font(bold=True)

wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "facilityName": FACILITY,
        "submittedOn": "2024-09-20",
        "documents": docs,
    },
    "planted": [
        {"cells": [f"{SHEET}!E{rows[4]}"], "paths": ["documents[3].submission"],
         "why": "4 機器管理台帳: the option text 「提出する・未作成・提出しない」 was left as printed, so no answer "
                "was chosen (required answer missing; 機器管理台帳 is not one of the 'if made' documents 6/7)"},
        {"cells": [f"{SHEET}!E4"], "paths": ["submittedOn"],
         "why": "提出日 令和6年9月20日 is before the programme period 令和6年10月1日～令和7年3月31日 (and before the "
                "request letter of 令和6年9月24日); the year or month is wrong"},
    ],
    "notes": (
        "Sheet '別紙1' is the form; '記入要領' is instructions only. Header values share a cell with their label "
        "('医療機関名：…', '提出日：令和6年9月20日' as text). 提出の有無 answers were made by deleting the options "
        "that did not apply from '提出する・未作成・提出しない'; 提出する → SUBMITTED, 未作成 → NOT_CREATED. Row 4 "
        "still holds the full option text, so its submission is omitted (planted). Column D (注意点) is the "
        "prefecture's printed guidance, not remarks. Document names contain a line break in rows 1–3. "
        f"F{r + 1} holds a COUNTIF formula saved by openpyxl without a cached value (not a form field)."
    ),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", rows)

#!/usr/bin/python3
"""ins-w29-b: a hospital IT person's own cover sheet for the inspection package: full-width numbers,
abbreviated document names, a 提出区分 dropdown fed from a hidden sheet, a ファイル名 column (multi-line
for the vendor checklists), the 提出日 / 医療機関名 block at the BOTTOM as in a cover letter
(和暦 text date, '医療機関名：…' in one cell). Two planted problems."""
import sys, json
sys.path.insert(0, "/tmp/clv-ins-w29-lib")  # openpyxl from local wheel if not installed system-wide
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave29/inspection-documents/"
NAME = "ins-w29-b-hospital-cover-filenames"
SHEET = "提出書類一覧"
FAC = "医療法人 清心会 備前みどり病院"

# (No. shown, name shown, 提出区分 cell, canonical or None, file name, remarks)
ROWS = [
    ("１", "チェックリスト（医療機関確認用）R6版", "提出する", "SUBMITTED",
     "01_チェックリスト_医療機関確認用_R6.xlsx", None),
    ("２", "チェックリスト（事業者確認用）", "提出する", "SUBMITTED",
     "02-1_事業者確認用_電子カルテ_山陽メディテック.xlsx\n02-2_事業者確認用_医事会計_富士見メディカルソフト.xlsx\n02-3_事業者確認用_検査システム_ラボリンク.pdf",
     "委託事業者3社分（システムごと）"),
    ("３", "チェックリスト（最低限の措置編）", None, None,
     "03_チェックリスト_最低限の措置編.xlsx", None),
    ("４", "機器管理台帳", "提出する", "SUBMITTED",
     "04_機器管理台帳_2024年11月.xlsx", "サーバ・端末PC・NW機器"),
    ("５", "インシデント発生時の連絡体制図", "未作成", "NOT_CREATED",
     None, "作成中（年内完成予定）"),
    ("６", "ネットワーク構成図・システム全体構成図", "提出する", "SUBMITTED",
     "06_ネットワーク構成図.pdf\n06_システム全体構成図.pdf", None),
    ("７", "BCP（サイバー攻撃を想定）", "未作成", "NOT_CREATED",
     None, "R7年度策定予定 "),
]

wb = Workbook()
ws = wb.active
ws.title = SHEET
lst = wb.create_sheet("選択肢")
for i, v in enumerate(["提出する", "未作成", "作成済・提出しない"], 1):
    lst.cell(i, 1, v)
lst.sheet_state = "hidden"

thin = Side(style="thin"); border = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(vertical="top", wrap_text=True)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
for k, v in {"A": 5, "B": 34, "C": 14, "D": 50, "E": 26}.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "令和6年度 医療機関立入検査（サイバーセキュリティ対策関係）　提出書類一覧"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "（岡山県 別紙1「サイバーセキュリティ対策関連書類一覧」に対応）"
ws["A2"].font = Font(size=9)

HR = 4
for c, h in enumerate(["No.", "書類名", "提出区分", "ファイル名", "備考"], 1):
    cell = ws.cell(HR, c, h); cell.border = border; cell.alignment = center; cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor="FCE4D6")

dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$3", allow_blank=True)
ws.add_data_validation(dv)

docs = []
r = HR + 1
rowmap = {}
for i, (no, name, cls, canon, fn, rem) in enumerate(ROWS):
    for c, v in enumerate([no, name, cls, fn, rem], 1):
        cell = ws.cell(r, c, v); cell.border = border
        cell.alignment = center if c in (1, 3) else wrap
    dv.add(f"C{r}")
    ws.row_dimensions[r].height = 48 if fn and "\n" in fn else 22
    d = {"kind": str(i + 1)}
    if canon: d["submission"] = canon
    if fn: d["fileName"] = fn
    if rem: d["remarks"] = rem
    docs.append(d)
    rowmap[i] = r
    r += 1

r += 1
ws.cell(r, 1, "上記のとおり、立入検査に係る関係書類の写しを提出します。"); r += 2
ws.cell(r, 4, "令和6年12月3日"); date_row = r; r += 1
ws.cell(r, 4, f"医療機関名：{FAC}"); r += 1
ws.cell(r, 4, "担当：事務部 情報管理係　小野 拓也（086-000-0000 内線215）")

ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
wb.save(OUT + NAME + ".xlsx")

planted = [
    {"cells": [f"{SHEET}!C{rowmap[2]}"], "paths": ["documents[2].submission"],
     "why": "No.3 チェックリスト（最低限の措置編）: 提出区分 left blank (the file name was typed but the answer not chosen)"},
    {"cells": [f"{SHEET}!C{rowmap[4]}"], "paths": ["documents[4].submission"],
     "why": "No.5 インシデント発生時の連絡体制図 is 未作成, but it is a required document (only 6 and 7 are 'if made'); "
            "the notice asks for it unconditionally"},
]
exp = {
    "form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
    "values": {"facilityName": FAC, "submittedOn": "2024-12-03", "documents": docs},
    "planted": planted,
    "notes": (f"No. column in full-width digits; document names abbreviated (kind gives the catalogue number). "
              f"提出区分 is a dropdown (hidden sheet 選択肢): 提出する=SUBMITTED, 未作成=NOT_CREATED. "
              f"提出日 is the text '令和6年12月3日' in D{date_row} and 医療機関名 is in '医療機関名：…' in D{date_row+1}, "
              f"both BELOW the table (cover-letter style). Multi-file fileName cells use line breaks. "
              f"Remarks of No.7 has a trailing half-width space as typed ('R7年度策定予定 ')."),
}
json.dump(exp, open(OUT + NAME + ".expected.json", "w"), ensure_ascii=False, indent=2)
print(rowmap, date_row)

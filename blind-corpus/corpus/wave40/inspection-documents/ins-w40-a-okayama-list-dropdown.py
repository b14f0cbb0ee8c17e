#!/usr/bin/python3
"""ins-w40-a: 別紙1 サイバーセキュリティ対策関連書類一覧 as the prefecture would lay it out from the notice:
label-left header (医療機関名, 提出日 as an Excel date), the 7-row table with the notice's 注意点 text, a 提出の有無
dropdown column, ファイル名 and 備考, plus a count formula below (saved by openpyxl, no cached value). No planted problem."""
import sys, json, datetime as dt
sys.path.insert(0, "/tmp/clvins-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave40/inspection-documents/"
NAME = "ins-w40-a-okayama-list-dropdown"
SHEET = "別紙1"
FAC = "医療法人 吉備記念会 吉備高原記念病院"
SUBMITTED = dt.date(2024, 11, 15)
CANON = {"提出する": "SUBMITTED", "未作成": "NOT_CREATED", "作成済・提出しない": "NOT_SUBMITTED"}

docs = [
    (1, "チェックリスト（医療機関確認用）", "令和6年度版のチェックリスト様式を使用し、マニュアルを参照して記入すること。",
     "提出する", "01_チェックリスト_医療機関確認用.pdf", None),
    (2, "チェックリスト（事業者確認用）", "委託事業者ごと又はシステムごとにチェックリストを分けること。",
     "提出する", "02_チェックリスト_事業者確認用（4社分）.pdf", "電子カルテ、レセコン、PACS、院内ネットワーク保守の4社分"),
    (3, "チェックリスト（最低限の措置編）", "別添のチェックリスト様式を使用すること。",
     "提出する", "03_チェックリスト_最低限の措置編.xlsx", None),
    (4, "機器管理台帳", "サーバー、PC、ルータ等を記載した台帳。書式はマニュアル2-(1)参照。",
     "提出する", "04_機器管理台帳_R6.11.xlsx", None),
    (5, "インシデント発生時の連絡体制図", "サイバーセキュリティの連絡体制を記載したもの。書式はマニュアル3-(1)参照。",
     "提出する", "05_連絡体制図.pdf", None),
    (6, "ネットワーク構成図及びシステム全体構成図", "作成していれば提出すること。",
     "提出する", "06_ネットワーク構成図.pdf", "システム全体構成図はネットワーク構成図に含む"),
    (7, "サイバー攻撃を想定した事業継続計画（BCP）", "作成していれば提出すること。",
     "未作成", None, "現在策定中（令和7年3月完成予定）"),
]

wb = Workbook(); ws = wb.active; ws.title = SHEET
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
fill = PatternFill("solid", fgColor="E2EFDA")
for k, v in {"A": 5, "B": 30, "C": 40, "D": 16, "E": 34, "F": 30}.items():
    ws.column_dimensions[k].width = v
ws["A1"] = "別紙1"
ws.merge_cells("A2:F2"); ws["A2"] = "サイバーセキュリティ対策関連書類一覧"
ws["A2"].font = Font(size=14, bold=True); ws["A2"].alignment = Alignment(horizontal="center")
ws.merge_cells("A3:F3")
ws["A3"] = "（医療法第25条第1項の規定に基づく立入検査において写しの提供を求める書類）"
ws["A3"].alignment = Alignment(horizontal="center")
for r, lab in ((5, "医療機関名"), (6, "提出日")):
    ws.merge_cells(f"A{r}:B{r}"); ws[f"A{r}"] = lab; ws[f"A{r}"].fill = fill; ws[f"A{r}"].font = Font(bold=True)
    ws.merge_cells(f"C{r}:D{r}")
    for c in "ABCD":
        ws[f"{c}{r}"].border = box
ws["C5"] = FAC
ws["C6"] = SUBMITTED; ws["C6"].number_format = "yyyy/m/d"; ws["C6"].alignment = Alignment(horizontal="left")

hdr = ["No.", "書類の名称", "提出にあたっての注意点", "提出の有無", "ファイル名", "備考"]
HR = 8
for i, h in enumerate(hdr):
    c = ws.cell(row=HR, column=i + 1, value=h)
    c.border = box; c.fill = fill; c.font = Font(bold=True)
    c.alignment = Alignment(horizontal="center", vertical="center")
dv = DataValidation(type="list", formula1='"提出する,未作成,作成済・提出しない"', allow_blank=True)
ws.add_data_validation(dv)
documents = []
for j, (k, name, note, sub, fn, rem) in enumerate(docs):
    r = HR + 1 + j
    vals = [k, name, note, sub, fn, rem]
    for i, v in enumerate(vals):
        c = ws.cell(row=r, column=i + 1, value=v)
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if i in (0, 3) else None)
    ws.row_dimensions[r].height = 36
    dv.add(f"D{r}")
    d = {"kind": str(k), "submission": CANON[sub]}
    if fn: d["fileName"] = fn
    if rem: d["remarks"] = rem
    documents.append(d)
last = HR + len(docs)
ws[f"C{last+2}"] = "提出する書類の数"; ws[f"C{last+2}"].alignment = Alignment(horizontal="right")
ws[f"D{last+2}"] = f'=COUNTIF(D{HR+1}:D{last},"提出する")'
ws[f"A{last+4}"] = "※ 書類は立入検査の際に保健所へ提出してください。提出は任意です。"
ws[f"A{last+5}"] = "※ 6・7は作成していれば提出してください。未作成の場合は「未作成」を選択してください。"
ws.page_setup.orientation = "landscape"
wb.save(OUT + NAME + ".xlsx")

exp = {"form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
       "values": {"facilityName": FAC, "submittedOn": SUBMITTED.isoformat(), "documents": documents},
       "planted": [],
       "notes": "提出の有無 is a dropdown: 提出する→SUBMITTED, 未作成→NOT_CREATED. 提出日 is an Excel date cell. "
                "The 提出する書類の数 cell is a COUNTIF formula saved by openpyxl without a cached value (not a field). "
                "The 注意点 column is printed guidance, not filled in by the hospital."}
json.dump(exp, open(OUT + NAME + ".expected.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("ok")

# Generator for ins-w27-a-okayama-list-status.xlsx (inspection-documents, R6, no planted problem)
import json, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave27/inspection-documents"
NAME = "ins-w27-a-okayama-list-status"
SHEET = "別紙1"
F = "ＭＳ 明朝"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
gray = PatternFill("solid", fgColor="D9D9D9")

facility = "医療法人清風会　西大寺みどり病院"
submitted = dt.date(2024, 11, 8)

NOTE1 = "令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を使用すること。"
NOTE2 = "上記と同じ。医療機関のネットワークを構成するすべての医療情報システムの委託事業者に対し、漏れなく記入、提出を求めること（事業者ごと又はシステムごとに分けること）。"
NOTE3 = "別添のチェックリスト様式を使用すること。"
NOTE4 = "情報機器（サーバーやPC）、ルータ等の機器等を記載した台帳（マニュアル2-(1)参照）。"
NOTE5 = "サイバーセキュリティの連絡体制を記載したもの（マニュアル3-(1)参照）。"
NOTE6 = "作成していれば提出すること。"
NOTE7 = "作成していれば提出すること。"

# (No shown, kind, name, note, status shown, canonical, file, remarks)
docs = [
  ("1", "1", "チェックリスト（医療機関確認用）", NOTE1, "提出", "SUBMITTED", "01_チェックリスト_医療機関確認用.xlsx", None),
  ("2", "2", "チェックリスト（事業者確認用）", NOTE2, "提出", "SUBMITTED", "02-1_チェックリスト_事業者確認用_電子カルテ.xlsx", "電子カルテシステム（㈱ウエストメディカルシステムズ）"),
  ("2", "2", None, None, "提出", "SUBMITTED", "02-2_チェックリスト_事業者確認用_医事会計.xlsx", "医事会計システム（㈱サンヨー医事コンピュータ）"),
  ("2", "2", None, None, "提出", "SUBMITTED", "02-3_チェックリスト_事業者確認用_PACS.pdf", "PACS（㈱岡山画像システム）"),
  ("3", "3", "チェックリスト（最低限の措置編）", NOTE3, "提出", "SUBMITTED", "03_チェックリスト_最低限の措置編.pdf", None),
  ("4", "4", "機器管理台帳", NOTE4, "提出", "SUBMITTED", "04_機器管理台帳_R6.11.xlsx", None),
  ("5", "5", "インシデント発生時の連絡体制図", NOTE5, "提出", "SUBMITTED", "05_インシデント発生時連絡体制図.pdf", None),
  ("6", "6", "ネットワーク構成図及びシステム全体構成図", NOTE6, "提出", "SUBMITTED", "06_ネットワーク構成図_システム全体構成図.pdf", "2ページ目がシステム全体構成図"),
  ("7", "7", "サイバー攻撃を想定した事業継続計画（BCP）", NOTE7, "未作成", "NOT_CREATED", None, "令和7年3月策定予定（現在作成中）"),
]

wb = Workbook()
ws = wb.active; ws.title = SHEET
for k, v in {"A": 5, "B": 26, "C": 44, "D": 10, "E": 40, "F": 30}.items(): ws.column_dimensions[k].width = v
ws["F1"] = "別紙1"; ws["F1"].alignment = Alignment(horizontal="right"); ws["F1"].font = Font(name=F, size=11)
ws.merge_cells("A2:F2")
ws["A2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求める\nサイバーセキュリティ対策関連書類一覧"
ws["A2"].font = Font(name=F, size=13, bold=True); ws["A2"].alignment = Alignment(horizontal="center", wrap_text=True)
ws.row_dimensions[2].height = 36
for r, lab in ((4, "医療機関名"), (5, "提出日")):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    ws.cell(row=r, column=1, value=lab).fill = gray
    for c in range(1, 5):
        ws.cell(row=r, column=c).border = box; ws.cell(row=r, column=c).font = Font(name=F, size=11)
ws["C4"] = facility
ws["C5"] = submitted; ws["C5"].number_format = "yyyy年m月d日"; ws["C5"].alignment = Alignment(horizontal="left")
ws["A7"] = "※「提出状況」欄は「提出」「未作成」「提出しない」から選択してください。事業者確認用チェックリストは事業者（システム）ごとに1行ずつ記入してください。"
ws["A7"].font = Font(name=F, size=9)
heads = ["No.", "書類の名称", "提出にあたっての注意点", "提出状況", "ファイル名", "備考"]
for c, h in enumerate(heads, 1):
    cell = ws.cell(row=8, column=c, value=h); cell.border = box; cell.fill = gray
    cell.font = Font(name=F, size=10, bold=True); cell.alignment = center
dv = DataValidation(type="list", formula1='"提出,未作成,提出しない"', allow_blank=True)
ws.add_data_validation(dv)
first = 9
documents = []
for i, (no, kind, name, note, st, canon, fn, rem) in enumerate(docs):
    r = first + i
    vals = [no if name else None, name, note, st, fn, rem]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(row=r, column=c, value=v); cell.border = box; cell.font = Font(name=F, size=10)
        cell.alignment = center if c in (1, 4) else wrap
    dv.add(f"D{r}")
    ws.row_dimensions[r].height = 48
    d = {"kind": kind, "submission": canon}
    if fn: d["fileName"] = fn
    if rem: d["remarks"] = rem
    documents.append(d)
# vendor checklist: one printed name spanning its three rows
ws.merge_cells(f"A{first+1}:A{first+3}"); ws[f"A{first+1}"] = "2"
ws.merge_cells(f"B{first+1}:B{first+3}"); ws.merge_cells(f"C{first+1}:C{first+3}")
last = first + len(docs) - 1
ws.cell(row=last + 2, column=4, value="提出ファイル数").font = Font(name=F, size=10)
ws.cell(row=last + 2, column=5, value=f'=COUNTIF(D{first}:D{last},"提出")').font = Font(name=F, size=10)
ws.cell(row=last + 2, column=5).alignment = Alignment(horizontal="left")
ws.page_setup.orientation = "landscape"; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.print_area = f"A1:F{last+2}"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
  "form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
  "values": {"facilityName": facility, "submittedOn": submitted.isoformat(), "documents": documents},
  "planted": [],
  "notes": ("Document 2 (vendor checklists) is three rows (rows 10-12), one per vendor/system, sharing merged No./名称/注意点 cells; "
            "each is its own documents[] entry with kind 2. 提出日 is an Excel date cell. 提出状況 words: 提出→SUBMITTED, 未作成→NOT_CREATED. "
            "E19 holds =COUNTIF(...) saved by openpyxl with no cached value (not a form field). Column C is the printed guidance text, not a remark.")
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", last)

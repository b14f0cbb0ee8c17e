# Generator: ins-w30-a-hospital-cover-list-filenames.xlsx  (inspection-documents, R6, no planted problem)
# Run: PYTHONPATH=/tmp/clvins_py /usr/bin/python3 THIS.py
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w30-a-hospital-cover-list-filenames"
SHEET = "提出書類一覧"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
left = Alignment(vertical="center", wrap_text=True)
F = "ＭＳ 明朝"
fill = PatternFill("solid", fgColor="E2EFDA")

wb = Workbook(); ws = wb.active; ws.title = SHEET
for k, v in {"A": 2, "B": 6, "C": 40, "D": 12, "E": 52, "F": 30}.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("B1:F1")
ws["B1"] = "サイバーセキュリティ対策関連書類一覧（別紙1）　提出書類確認票"
ws["B1"].font = Font(name=F, size=14, bold=True); ws["B1"].alignment = center
ws.merge_cells("B2:F2")
ws["B2"] = "令和6年度医療機関立入検査（サイバーセキュリティ対策関係）支援事業／立入検査時に保健所へ提出"
ws["B2"].font = Font(name=F, size=9); ws["B2"].alignment = center

facility = "医療法人 清和会 吉備の里病院"
hdr = [(4, "医療機関名", facility), (5, "提出日", "令和6年11月8日"), (6, "提出先", "岡山県備前保健所")]
for r, lab, val in hdr:
    c = ws.cell(row=r, column=3, value=lab); c.font = Font(name=F, bold=True); c.fill = fill; c.border = box
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    v = ws.cell(row=r, column=4, value=val); v.font = Font(name=F)
    for cc in (4, 5): ws.cell(row=r, column=cc).border = box

hr = 8
for c, t in zip(range(2, 7), ["No.", "書類の名称", "提出の有無", "ファイル名", "備考"]):
    cell = ws.cell(row=hr, column=c, value=t); cell.font = Font(name=F, bold=True)
    cell.fill = fill; cell.alignment = center; cell.border = box

docs = [
 ("1", "チェックリスト（医療機関確認用）", "有", "SUBMITTED", "01_チェックリスト_医療機関確認用_R6.xlsx", None),
 ("2", "チェックリスト（事業者確認用）", "有", "SUBMITTED",
  "02_事業者確認用_電子カルテ_山陽メディカルシステム.xlsx\n02_事業者確認用_医事会計_ちゅうごく医療情報サービス.xlsx\n02_事業者確認用_PACS_ビジョンメディカル.pdf",
  "委託事業者3社分（システムごと）"),
 ("3", "チェックリスト（最低限の措置編）", "有", "SUBMITTED", "03_チェックリスト_最低限の措置編.xlsx", None),
 ("4", "機器管理台帳", "有", "SUBMITTED", "04_機器管理台帳_20241101.xlsx", None),
 ("5", "インシデント発生時の連絡体制図", "有", "SUBMITTED", "05_インシデント連絡体制図.pdf", None),
 ("6", "ネットワーク構成図及びシステム全体構成図", "有", "SUBMITTED", "06_ネットワーク構成図.pdf\n06_システム全体構成図.pdf", None),
 ("7", "サイバー攻撃を想定した事業継続計画（BCP）", "無（未作成）", "NOT_CREATED", None, "令和7年度中に策定予定"),
]
documents = []
r = hr + 1
for no, name, shown, canon, fn, rem in docs:
    vals = [no, name, shown, fn, rem]
    for c, v in zip(range(2, 7), vals):
        cell = ws.cell(row=r, column=c, value=v); cell.border = box; cell.font = Font(name=F, size=10)
        cell.alignment = center if c in (2, 4) else left
    if fn and "\n" in fn:
        ws.row_dimensions[r].height = 15 * (fn.count("\n") + 1) + 4
    d = {"kind": no, "submission": canon}
    if fn: d["fileName"] = fn
    if rem: d["remarks"] = rem
    documents.append(d)
    r += 1
last = r - 1
ws.cell(row=r + 1, column=3, value="提出書類数（「有」の件数）").font = Font(name=F, size=10)
ws.cell(row=r + 1, column=4, value=f'=COUNTIF(D{hr+1}:D{last},"有")').alignment = center
ws.cell(row=r + 3, column=2, value="※6・7は作成していれば提出。2は事業者ごと又はシステムごとに分けて提出。").font = Font(name=F, size=9)
ws.cell(row=r + 4, column=2, value="担当：情報システム室　藤井（内線215）").font = Font(name=F, size=9)

ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {"form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
       "values": {"facilityName": facility, "submittedOn": "2024-11-08", "documents": documents},
       "planted": [],
       "notes": "Hospital's own cover list. 提出の有無 written as 有 (=SUBMITTED) / '無（未作成）' (=NOT_CREATED). "
                "提出日 is 和暦 text. Document 2 is one row whose ファイル名 cell lists three vendor checklists on "
                "separate lines (\\n). kind given as the catalogue number as a string. 提出書類数 (D17) is an "
                "openpyxl COUNTIF formula without a cached value; 提出先 (保健所) and 担当 lines have no key."}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)

# Generator for ins-w27-b-print-mark-options.xlsx (inspection-documents, R6, 2 planted problems)
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = "/work/blind/wave27/inspection-documents"
NAME = "ins-w27-b-print-mark-options"
SHEET = "提出書類確認票"
F = "ＭＳ Ｐゴシック"
thin = Side(style="thin"); med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

facility = "社会医療法人吉備の里会　吉備高原中央病院"
submitted_text = "令和6年12月3日"

# (mark shown, kind, name shown, option marked (E=提出 F=未作成 G=提出しない or None), canonical, file, remarks)
docs = [
  ("①", "1", "チェックリスト（医療機関確認用）", "E", "SUBMITTED", "checklist_iryokikan_R6.xlsx", None),
  ("②", "2", "チェックリスト（事業者確認用）\n※事業者・システムごと", "E", "SUBMITTED",
   "checklist_jigyosha_電子カルテ.xlsx\nchecklist_jigyosha_レセコン.xlsx\nchecklist_jigyosha_検査システム.pdf", "3社分（電子カルテ・レセコン・臨床検査）"),
  ("③", "3", "チェックリスト（最低限の措置編）", None, None, None, None),
  ("④", "4", "機器管理台帳", "E", "SUBMITTED", "機器管理台帳_2024.xlsx", None),
  ("⑤", "5", "インシデント発生時の連絡体制図", "F", "NOT_CREATED", None, "事業者と調整中"),
  ("⑥", "6", "ネットワーク構成図及びシステム全体構成図", "E", "SUBMITTED", "ネットワーク構成図.pdf", None),
  ("⑦", "7", "サイバー攻撃を想定したBCP", "F", "NOT_CREATED", None, "R7年度策定予定"),
]

wb = Workbook()
ws = wb.active; ws.title = SHEET
# A, D, H are blank spacer columns
for k, v in {"A": 2, "B": 5, "C": 34, "D": 1.5, "E": 7, "F": 7, "G": 8, "H": 1.5, "I": 38, "J": 26}.items():
    ws.column_dimensions[k].width = v
ws.merge_cells("B2:J2")
ws["B2"] = "令和6年度 医療機関立入検査（サイバーセキュリティ対策関係）提出書類確認票"
ws["B2"].font = Font(name=F, size=13, bold=True); ws["B2"].alignment = Alignment(horizontal="center")
ws.merge_cells("B4:G4"); ws["B4"] = "医療機関名：" + facility
ws.merge_cells("I4:J4"); ws["I4"] = "提出日：" + submitted_text
for a in ("B4", "I4"): ws[a].font = Font(name=F, size=11)
for c in range(2, 8): ws.cell(row=4, column=c).border = Border(bottom=thin)
for c in (9, 10): ws.cell(row=4, column=c).border = Border(bottom=thin)
ws["B5"] = "（別紙1「サイバーセキュリティ対策関連書類一覧」の各書類について、該当欄に○を付けてください）"
ws["B5"].font = Font(name=F, size=9)

heads = {2: "番号", 3: "書類", 5: "提出", 6: "未作成", 7: "提出しない", 9: "添付ファイル名", 10: "備考"}
for c, h in heads.items():
    cell = ws.cell(row=7, column=c, value=h); cell.border = box
    cell.font = Font(name=F, size=10, bold=True); cell.alignment = center
    cell.fill = PatternFill("solid", fgColor="FFF2CC")
documents = []
for i, (mk, kind, name, opt, canon, fn, rem) in enumerate(docs):
    r = 8 + i
    vals = {2: mk, 3: name, 5: None, 6: None, 7: None, 9: fn, 10: rem}
    if opt: vals[ord(opt) - 64] = "○"
    for c, v in vals.items():
        cell = ws.cell(row=r, column=c, value=v); cell.border = box; cell.font = Font(name=F, size=10)
        cell.alignment = center if c in (2, 5, 6, 7) else wrap
    ws.row_dimensions[r].height = 50 if fn and "\n" in fn else 30
    d = {"kind": kind}
    if canon: d["submission"] = canon
    if fn: d["fileName"] = fn
    if rem: d["remarks"] = rem
    documents.append(d)
ws["B16"] = "※⑥⑦は作成している場合のみ提出。"; ws["B16"].font = Font(name=F, size=9)
ws.merge_cells("I18:J18"); ws["I18"] = "保健所受付印"; ws["I18"].alignment = center
ws.merge_cells("I19:J22")
for r in range(18, 23):
    for c in (9, 10): ws.cell(row=r, column=c).border = box
ws.page_setup.orientation = "landscape"; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1
ws.print_area = "A1:J22"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
  "form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
  "values": {"facilityName": facility, "submittedOn": "2024-12-03", "documents": documents},
  "planted": [
    {"cells": [f"{SHEET}!E10", f"{SHEET}!F10", f"{SHEET}!G10"], "paths": ["documents[2].submission"],
     "why": "③ チェックリスト（最低限の措置編）の提出状況が空欄（○なし）。必須書類（別紙1の3）の回答漏れ"},
    {"cells": [f"{SHEET}!F12"], "paths": ["documents[4].submission"],
     "why": "⑤ インシデント発生時の連絡体制図が「未作成」。別紙1では5は提出必須（「作成していれば」は6・7のみ）"},
  ],
  "notes": ("Label and value share one cell (「医療機関名：…」, 「提出日：令和6年12月3日」 as text). 提出状況 is a ○ in one of three option "
            "columns E 提出 / F 未作成 / G 提出しない; columns A, D, H are blank spacers. Document ② lists three vendor-checklist files "
            "in one cell with line breaks (one row, one documents[] entry). Row ③ has no mark and no file: documents[2] is {kind: 3} only.")
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok")

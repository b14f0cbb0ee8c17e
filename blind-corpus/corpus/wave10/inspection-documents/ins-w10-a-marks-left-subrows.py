#!/usr/bin/python3
# Generator: ins-w10-a-marks-left-subrows.xlsx  (inspection-documents, R6, no planted problem)
# Role: hospital 医事課 staff preparing the 別紙1 list for the 保健所 inspection. Print form with a blank
# spacer column; the submission status is marked with ○ in three option columns LEFT of the document
# name; document 2 is split into one sub-row per vendor (No. and name merged vertically); the official
# 注意点 text copied into the rightmost column; a second small table (提出担当者) below.
import json, os, datetime
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave10/inspection-documents"
NAME = "ins-w10-a-marks-left-subrows"
HOSP = "医療法人 旭水会 東岡山中央病院"
SUBMITTED = datetime.date(2024, 11, 20)

NOTE = {
 1: "令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を使用すること。",
 2: "上記と同じ。医療情報システムの委託事業者に対し、漏れなくチェックリストの記入、提出を求めること。（事業者ごと又はシステムごとにチェックリストを分けること）",
 3: "別添のチェックリスト様式を使用すること。",
 4: "情報機器(サーバーやPC)、ルータ等の機器等を記載した台帳を提出すること。（マニュアル2-(1)参照）",
 5: "サイバーセキュリティの連絡体制を記載したものを提出すること。（マニュアル3-(1)参照）",
 6: "作成していれば提出すること。",
 7: "作成していれば提出すること。",
}
NAMEJ = {
 1: "チェックリスト\n（医療機関確認用）",
 2: "チェックリスト\n（事業者確認用）",
 3: "チェックリスト\n（最低限の措置編）",
 4: "機器管理台帳",
 5: "インシデント発生時の\n連絡体制図",
 6: "ネットワーク構成図及び\nシステム全体構成図",
 7: "サイバー攻撃を想定した\n事業継続計画（BCP）",
}
# rows: (kind, status 'S'/'N'/'X', fileName, remarks)
ROWS = [
 (1, "S", "01_チェックリスト_医療機関確認用_R6.xlsx", None),
 (2, "S", "02-1_事業者確認用_電子カルテ_吉備メディカル.xlsx", "電子カルテ（株式会社吉備メディカルシステムズ）"),
 (2, "S", "02-2_事業者確認用_PACS_山陽メディカルネット.pdf", "PACS・RIS（山陽メディカルネット株式会社）"),
 (2, "S", "02-3_事業者確認用_医事会計_瀬戸内システム.pdf", "医事会計システム（瀬戸内システム開発株式会社）"),
 (3, "S", "03_チェックリスト_最低限の措置編.xlsx", None),
 (4, "S", "04_機器管理台帳_2024年10月.xlsx", None),
 (5, "S", "05_連絡体制図.pdf", None),
 (6, "S", "06_ネットワーク構成図.pdf", "システム全体構成図はネットワーク構成図に含めて作成"),
 (7, "N", None, "未策定。「BCP策定の確認表」を用いて令和7年度中に策定予定"),
]
CODE = {"S": "SUBMITTED", "N": "NOT_CREATED", "X": "NOT_SUBMITTED"}

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
CT = Alignment(horizontal="center", vertical="center", wrap_text=True)
WR = Alignment(vertical="center", wrap_text=True)
HF = PatternFill("solid", fgColor="E2EFDA")

wb = Workbook()
ws = wb.active
ws.title = "別紙1"
for k, v in {"A": 2, "B": 7, "C": 7, "D": 8, "E": 5, "F": 24, "G": 38, "H": 30, "I": 40}.items():
    ws.column_dimensions[k].width = v
ws["I1"] = "別紙1"; ws["I1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B2:I2")
ws["B2"] = "サイバーセキュリティ対策関連書類一覧"
ws["B2"].font = Font(bold=True, size=14); ws["B2"].alignment = Alignment(horizontal="center")
ws.merge_cells("B3:I3")
ws["B3"] = "（医療法第25条第1項の規定に基づく立入検査において写しの提供を求める書類）"
ws["B3"].alignment = Alignment(horizontal="center"); ws["B3"].font = Font(size=9)
ws.merge_cells("B5:G5"); ws["B5"] = "医療機関名：" + HOSP; ws["B5"].font = Font(size=11, bold=True)
ws.merge_cells("B6:D6"); ws["B6"] = "提出日"
ws.merge_cells("E6:F6"); ws["E6"] = SUBMITTED
ws["E6"].number_format = '[$-411]ggge"年"m"月"d"日"'
ws["E6"].alignment = Alignment(horizontal="left")

h = 8
ws.merge_cells(start_row=h, start_column=2, end_row=h, end_column=4)
ws.cell(h, 2, "提出状況（該当欄に○）")
ws.cell(h + 1, 2, "提出\nする"); ws.cell(h + 1, 3, "未作成"); ws.cell(h + 1, 4, "作成済\n(提出せず)")
for col, t in ((5, "No."), (6, "書類の名称"), (7, "提出ファイル名"), (8, "備考（事業者名・システム名等）"), (9, "提出にあたっての注意点")):
    ws.merge_cells(start_row=h, start_column=col, end_row=h + 1, end_column=col)
    ws.cell(h, col, t)
for rr in (h, h + 1):
    for cc in range(2, 10):
        c = ws.cell(rr, cc); c.border = B; c.alignment = CT; c.fill = HF; c.font = Font(bold=True, size=9)
ws.row_dimensions[h + 1].height = 30

r = h + 2
docs = []
cells = {}
span = {}
for kind, st, fn, rm in ROWS:
    mark_col = {"S": 2, "N": 3, "X": 4}[st]
    for cc in range(2, 10):
        c = ws.cell(r, cc); c.border = B; c.alignment = WR if cc >= 7 else CT; c.font = Font(size=9)
    ws.cell(r, mark_col, "○").font = Font(size=12)
    if fn: ws.cell(r, 7, fn)
    if rm: ws.cell(r, 8, rm)
    span.setdefault(kind, []).append(r)
    d = {"kind": str(kind), "submission": CODE[st]}
    if fn: d["fileName"] = fn
    if rm: d["remarks"] = rm
    docs.append(d)
    ws.row_dimensions[r].height = 36
    r += 1
for kind, rs in span.items():
    for col, val in ((5, kind), (6, NAMEJ[kind]), (9, NOTE[kind])):
        if len(rs) > 1:
            ws.merge_cells(start_row=rs[0], start_column=col, end_row=rs[-1], end_column=col)
        c = ws.cell(rs[0], col, val)
        c.alignment = CT if col == 5 else WR
        c.font = Font(size=8 if col == 9 else 9)
last = r - 1

# second table: person in charge (not part of the keys)
r = last + 2
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6); ws.cell(r, 2, "【提出担当者】").font = Font(bold=True)
r += 1
for lab, val in (("所属", "医事課（医療情報担当）"), ("氏名", "藤原　千尋"), ("電話", "086-200-1234（内線215）")):
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4); ws.cell(r, 2, lab)
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=7); ws.cell(r, 5, val)
    for cc in range(2, 8):
        ws.cell(r, cc).border = B
    r += 1
ws.cell(r + 1, 2, "※ 6・7は作成していれば提出。未作成の場合は「未作成」欄に○を付けてください。").font = Font(size=8)

ws.print_area = "A1:I%d" % (r + 1)
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = 9
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
  "form": "inspection-documents",
  "version": "R6",
  "file": NAME + ".xlsx",
  "values": {"facilityName": HOSP, "submittedOn": SUBMITTED.isoformat(), "documents": docs},
  "planted": [],
  "notes": ("Status is a ○ in one of three columns LEFT of the document name: B 提出する -> SUBMITTED, C 未作成 -> "
            "NOT_CREATED, D 作成済(提出せず) -> NOT_SUBMITTED. Document 2 has three rows (one per vendor), No. and name "
            "merged vertically, so documents[] has three objects with kind '2'. kind is given as a string '1'..'7'. "
            "提出日 is an Excel date cell shown in 和暦 (令和6年11月20日). Column I is the notice's 注意点 text (not data); "
            "the 提出担当者 table below is not part of the keys. Document 7 (BCP) not yet made is allowed (「作成していれば」).")
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", len(docs), "rows", h + 2, last)

#!/usr/bin/python3
"""ins-w29-a: 別紙1 サイバーセキュリティ対策関連書類一覧 as a prefecture would hand it out:
title block, label-left header, the 7 documents with the notice's 注意点 text, three mark columns
(提出 / 未作成 / 作成済・提出しない) with ○, 提出日 as an Excel date, a COUNTIF total saved without a
cached value. Filled completely and correctly, no planted problem."""
import sys, json, datetime as dt
sys.path.insert(0, "/tmp/clv-ins-w29-lib")  # openpyxl from local wheel if not installed system-wide
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave29/inspection-documents/"
NAME = "ins-w29-a-official-list-mark-columns"
SHEET = "別紙1"
FAC = "医療法人 旭川会 旭川東病院"
SUBMITTED_ON = dt.date(2024, 11, 12)

DOCS = [
    ("チェックリスト（医療機関確認用）",
     "令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を使用すること。"
     "記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照。"),
    ("チェックリスト（事業者確認用）",
     "上記と同じ。医療機関のネットワークを構成するすべての医療情報システムの委託事業者に対し、漏れなく記入・提出を求めること"
     "（事業者ごと又はシステムごとにチェックリストを分けること）。"),
    ("チェックリスト（最低限の措置編）",
     "別添のチェックリスト様式を使用すること（「サイバー攻撃リスク低減のための最低限の措置」を参照）。"),
    ("機器管理台帳",
     "情報機器（サーバーやPC）、ルータ等のシステムやネットワークを構築する際に用いられる機器等を記載した台帳（マニュアル2-(1)参照）。"),
    ("インシデント発生時の連絡体制図",
     "診療継続及び医療情報システムの復旧を迅速に行う目的でサイバーセキュリティの連絡体制を記載したもの（マニュアル3-(1)参照）。"),
    ("ネットワーク構成図及びシステム全体構成図",
     "作成していれば提出してください（ガイドライン第6.0版 企画管理編4.4、システム運用編2②参照）。"),
    ("サイバー攻撃を想定した事業継続計画（BCP）",
     "作成していれば提出してください（令和6年6月6日付け事務連絡「BCP策定の確認表」参照）。"),
]
# (mark column: D=提出 E=未作成 F=作成済・提出しない, canonical, remarks)
FILL = [
    ("D", "SUBMITTED", None),
    ("D", "SUBMITTED", "3事業者分（電子カルテ：㈱メディカルシステムズ岡山、医事会計：富士見メディカルソフト㈱、PACS：㈱ラジオネット）"),
    ("D", "SUBMITTED", None),
    ("D", "SUBMITTED", "令和6年10月末時点"),
    ("D", "SUBMITTED", None),
    ("D", "SUBMITTED", "ネットワーク構成図・システム全体構成図 各1部"),
    ("E", "NOT_CREATED", "令和7年3月策定予定"),
]

wb = Workbook()
ws = wb.active
ws.title = SHEET
thin = Side(style="thin"); border = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(vertical="center", wrap_text=True)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
for k, v in {"A": 5, "B": 26, "C": 52, "D": 7, "E": 7, "F": 9, "G": 30}.items():
    ws.column_dimensions[k].width = v

ws["G1"] = "別紙1"; ws["G1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A2:G2"); ws["A2"] = "サイバーセキュリティ対策関連書類一覧"
ws["A2"].font = Font(bold=True, size=14); ws["A2"].alignment = center
ws.merge_cells("A3:G3")
ws["A3"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求めるサイバーセキュリティ対策関連書類"
ws["A3"].alignment = center

hdr = [(5, "医療機関名", FAC), (6, "提出日", SUBMITTED_ON), (7, "担当者（所属・氏名）", "情報システム室　藤原 美咲")]
for r, lab, val in hdr:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
    ws.cell(r, 1, lab).alignment = center
    ws.cell(r, 1).fill = PatternFill("solid", fgColor="FFF2CC")
    ws.cell(r, 3, val).alignment = Alignment(horizontal="left", vertical="center")
    for c in range(1, 8):
        ws.cell(r, c).border = border
ws["C6"].number_format = 'yyyy"年"m"月"d"日"'

ws.merge_cells("A8:G8")
ws["A8"] = "※ 各書類について、該当する「提出状況」欄に○を記入してください。書類は立入検査の際に保健所へ提出してください。"

ws.merge_cells("A10:A11"); ws["A10"] = "No."
ws.merge_cells("B10:B11"); ws["B10"] = "書類の名称"
ws.merge_cells("C10:C11"); ws["C10"] = "提出にあたっての注意点"
ws.merge_cells("D10:F10"); ws["D10"] = "提出状況（該当に○）"
ws["D11"] = "提出"; ws["E11"] = "未作成"; ws["F11"] = "作成済・\n提出しない"
ws.merge_cells("G10:G11"); ws["G10"] = "備考"
for r in (10, 11):
    for c in range(1, 8):
        cell = ws.cell(r, c); cell.border = border; cell.alignment = center; cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
ws.row_dimensions[11].height = 30

docs = []
r = 12
for i, ((title, note), (col, canon, rem)) in enumerate(zip(DOCS, FILL), 1):
    ws.cell(r, 1, i); ws.cell(r, 2, title); ws.cell(r, 3, note)
    ws[f"{col}{r}"] = "○"
    if rem: ws.cell(r, 7, rem)
    for c in range(1, 8):
        cell = ws.cell(r, c); cell.border = border
        cell.alignment = center if c in (1, 4, 5, 6) else wrap
    ws.cell(r, 3).font = Font(size=9)
    ws.row_dimensions[r].height = 58
    d = {"kind": str(i), "submission": canon}
    if rem: d["remarks"] = rem
    docs.append(d)
    r += 1

ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
ws.cell(r, 1, "提出書類数").alignment = Alignment(horizontal="right", vertical="center")
ws.cell(r, 4, f'=COUNTIF(D12:D{r-1},"○")')   # no cached value (openpyxl)
for c in range(1, 8):
    ws.cell(r, c).border = border
ws.cell(r, 4).alignment = center

ws.page_setup.orientation = "portrait"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
wb.save(OUT + NAME + ".xlsx")

exp = {
    "form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
    "values": {"facilityName": FAC, "submittedOn": SUBMITTED_ON.isoformat(), "documents": docs},
    "planted": [],
    "notes": ("Submission shown by ○ in one of three columns D=提出 (SUBMITTED), E=未作成 (NOT_CREATED), "
              "F=作成済・提出しない (NOT_SUBMITTED). 提出日 is an Excel date cell. The 提出書類数 total D19 is a COUNTIF "
              "formula saved by openpyxl without a cached value (should be 6). 担当者 row has no key. "
              "The form has no file-name column."),
}
json.dump(exp, open(OUT + NAME + ".expected.json", "w"), ensure_ascii=False, indent=2)

#!/usr/bin/python3
"""ins-w17-a: 別紙1 サイバーセキュリティ対策関連書類一覧 as a prefecture office would print it:
title block, label-left header with merged cells, the official 提出にあたっての注意点 column, the status as a ○ mark
in one of three columns (提出する / 未作成 / 作成済・提出しない), blank spacer column A, borders. Filled correctly."""
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave17/inspection-documents"
NAME = "ins-w17-a-besshi1-notes-mark-columns"
SHEET = "別紙1"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="E7E6E6")

FAC = "医療法人社団 千光会 旭川中央病院"
SUB = dt.date(2024, 11, 12)

docs = [
 (1, "チェックリスト\n（医療機関確認用）",
  "令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」（以下「マニュアル」という。）を参照してください。",
  "SUBMITTED", None),
 (2, "チェックリスト\n（事業者確認用）",
  "上記と同じ。なお、医療機関のネットワークを構成するすべての医療情報システム（電子カルテ、レセプトコンピューター、医療機器など）の委託事業者に対し、漏れなくチェックリストの記入、提出を求めてください。（事業者ごと又はシステムごとにチェックリストを分けること）",
  "SUBMITTED", "4事業者分（電子カルテ、医事会計、PACS、検査システム）"),
 (3, "チェックリスト\n（最低限の措置編）",
  "別添のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、令和6年8月1日付け事務連絡「医療機関等におけるサイバーセキュリティ対策の取組みについて」の別添「サイバー攻撃リスク低減のための最低限の措置」を参照してください。",
  "SUBMITTED", None),
 (4, "機器管理台帳",
  "情報機器（サーバーやPC）、ルータ等のシステムやネットワークを構築する際に用いられる機器等を記載した台帳を提出してください。台帳の書式については、マニュアル2-(1)を参照してください。",
  "SUBMITTED", "R6.10.31時点"),
 (5, "インシデント発生時の\n連絡体制図",
  "診療継続及び医療情報システムの復旧を迅速に行う目的でサイバーセキュリティの連絡体制を記載したものを提出してください。連絡体制図の書式については、マニュアル3-(1)を参照してください。",
  "SUBMITTED", None),
 (6, "ネットワーク構成図及び\nシステム全体構成図",
  "システム全体構成図及びネットワーク構成図を作成していれば提出してください。構成図については、「医療情報システムの安全管理に関するガイドライン第6.0版」企画管理編4.4、システム運用編2②を参照してください。",
  "SUBMITTED", "ネットワーク構成図のみ（システム全体構成図は作成中）"),
 (7, "サイバー攻撃を想定した\n事業継続計画（BCP）",
  "サイバー攻撃を想定した事業継続計画（BCP）を作成していれば提出してください。BCPについては、令和6年6月6日付け事務連絡「サイバー攻撃を想定した事業継続計画（BCP）策定の確認表」についてを参照してください。",
  "NOT_CREATED", "令和7年3月策定予定"),
]
COLS = {"SUBMITTED": "E", "NOT_CREATED": "F", "NOT_SUBMITTED": "G"}

wb = Workbook(); ws = wb.active; ws.title = SHEET
for k, v in {"A": 2, "B": 5, "C": 22, "D": 60, "E": 8, "F": 8, "G": 10, "H": 26}.items():
    ws.column_dimensions[k].width = v
ws["H1"] = "（別紙1）"; ws["H1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B2:H2")
ws["B2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求める\nサイバーセキュリティ対策関連書類一覧"
ws["B2"].font = Font(size=13, bold=True); ws["B2"].alignment = ctr; ws.row_dimensions[2].height = 36

for r, lab in ((4, "医療機関名"), (5, "提出日")):
    ws.merge_cells(f"B{r}:C{r}"); ws[f"B{r}"] = lab; ws[f"B{r}"].fill = grey; ws[f"B{r}"].alignment = ctr
    ws.merge_cells(f"D{r}:E{r}")
    for col in "BCDE": ws[f"{col}{r}"].border = B
ws["D4"] = FAC
ws["D5"] = SUB; ws["D5"].number_format = 'ggge"年"m"月"d"日"'; ws["D5"].alignment = Alignment(horizontal="left")

ws.merge_cells("B7:H7")
ws["B7"] = "※ 各書類について、該当する欄に「○」を記入してください。6及び7は作成している場合に提出してください。"

h1, h2 = 9, 10
ws.merge_cells(f"B{h1}:B{h2}"); ws[f"B{h1}"] = "No."
ws.merge_cells(f"C{h1}:C{h2}"); ws[f"C{h1}"] = "書類の名称"
ws.merge_cells(f"D{h1}:D{h2}"); ws[f"D{h1}"] = "提出にあたっての注意点"
ws.merge_cells(f"E{h1}:G{h1}"); ws[f"E{h1}"] = "提出状況（○を記入）"
ws[f"E{h2}"] = "提出する"; ws[f"F{h2}"] = "未作成"; ws[f"G{h2}"] = "作成済・\n提出しない"
ws.merge_cells(f"H{h1}:H{h2}"); ws[f"H{h1}"] = "備考"
for r in (h1, h2):
    for col in "BCDEFGH":
        c = ws[f"{col}{r}"]; c.border = B; c.alignment = ctr; c.fill = grey; c.font = Font(bold=True)
ws.row_dimensions[h2].height = 30

r = h2 + 1
out = []
for kind, name, note, st, rem in docs:
    ws[f"B{r}"] = kind; ws[f"C{r}"] = name; ws[f"D{r}"] = note
    ws[f"{COLS[st]}{r}"] = "○"
    if rem: ws[f"H{r}"] = rem
    for col in "BCDEFGH":
        c = ws[f"{col}{r}"]; c.border = B
        c.alignment = wrap if col in "CDH" else ctr
    ws[f"D{r}"].font = Font(size=9)
    ws.row_dimensions[r].height = 78
    d = {"kind": str(kind), "submission": st}
    if rem: d["remarks"] = rem
    out.append(d); r += 1
r += 1
ws.merge_cells(f"B{r}:H{r}")
ws[f"B{r}"] = "※ 書類は立入検査の際に保健所へ提出してください。（問い合わせ先）岡山県保健医療部医療推進課医事班　TEL 086-226-7403"
ws[f"B{r}"].font = Font(size=9)
ws.print_area = f"A1:H{r}"
ws.page_setup.orientation = "portrait"
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1

wb.save(os.path.join(OUT, NAME + ".xlsx"))
exp = {
  "form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
  "values": {"facilityName": FAC, "submittedOn": SUB.isoformat(), "documents": out},
  "planted": [],
  "notes": ("Sheet 別紙1. Status is a ○ in one of E (提出する → SUBMITTED), F (未作成 → NOT_CREATED), G (作成済・提出しない → "
            "NOT_SUBMITTED). 提出日 D5 is an Excel date cell shown in 和暦 format (令和6年11月12日). Column D is the printed "
            "注意点 text, not a hospital entry. Document 7 (BCP) 未作成 is allowed (作成していれば提出). No file-name column."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok")

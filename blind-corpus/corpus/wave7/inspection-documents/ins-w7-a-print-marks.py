# Generator for ins-w7-a-print-marks (inspection-documents, R6) -- clean, no planted problem.
# Role: 岡山県医療推進課 drew 別紙1 as a print-style sheet (spacer columns, borders, ○ in mark columns);
# the 事務長 of a hospital in 岡山市南区 filled it and inserted two extra rows under No.2 (one per vendor).
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

NAME = "ins-w7-a-print-marks"
OUT = os.path.dirname(os.path.abspath(__file__))
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9D9D9")
C = Alignment(horizontal="center", vertical="center", wrap_text=True); WRAP = Alignment(vertical="center", wrap_text=True)

wb = Workbook(); ws = wb.active; ws.title = "別紙1"
widths = {"A": 2, "B": 5, "C": 30, "D": 40, "E": 2, "F": 7, "G": 7, "H": 7, "I": 2, "J": 40, "K": 30, "L": 2}
for k, v in widths.items(): ws.column_dimensions[k].width = v

ws["K1"] = "（別紙1）"; ws["K1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B2:K2"); ws["B2"] = "サイバーセキュリティ対策関連書類一覧"; ws["B2"].font = Font(bold=True, size=14); ws["B2"].alignment = C
ws.merge_cells("B3:K3"); ws["B3"] = "（医療法第25条第1項の規定に基づく立入検査において写しの提供を求める書類）"; ws["B3"].alignment = C

ws.merge_cells("B5:C5"); ws["B5"] = "医療機関名"
ws.merge_cells("D5:H5"); ws["D5"] = "医療法人 旭川会 岡山みなみ記念病院"
ws.merge_cells("B6:C6"); ws["B6"] = "提出日"
ws.merge_cells("D6:H6"); ws["D6"] = "令和6年11月12日"
for r in (5, 6):
    for c in range(2, 9): ws.cell(row=r, column=c).border = B
    ws.cell(row=r, column=2).fill = HEAD; ws.cell(row=r, column=2).font = Font(bold=True)

ws["B8"] = "※「提出の有無」欄の該当するところに○を付けてください。事業者確認用チェックリストは事業者ごと又はシステムごとに行を追加して記入してください。"

# two-row header: spacer columns E and I stay empty
for col, lab in [(2, "No"), (3, "書類の名称"), (4, "提出にあたっての注意点"), (10, "ファイル名"), (11, "備考")]:
    ws.merge_cells(start_row=10, start_column=col, end_row=11, end_column=col); ws.cell(row=10, column=col, value=lab)
ws.merge_cells("F10:H10"); ws["F10"] = "提出の有無"
ws["F11"] = "提出する"; ws["G11"] = "未作成"; ws["H11"] = "提出しない"
for r in (10, 11):
    for c in (2, 3, 4, 6, 7, 8, 10, 11):
        cell = ws.cell(row=r, column=c); cell.border = B; cell.fill = HEAD; cell.font = Font(bold=True); cell.alignment = C

NOTE = {
 1: "令和6年度版のチェックリスト様式を使用（マニュアル参照）",
 2: "上記と同じ。医療情報システムの委託事業者すべてに記入・提出を求めること（事業者ごと又はシステムごと）",
 3: "別添の様式を使用（「サイバー攻撃リスク低減のための最低限の措置」参照）",
 4: "サーバー・PC・ルータ等の機器を記載した台帳（マニュアル2-(1)参照）",
 5: "サイバーセキュリティの連絡体制を記載したもの（マニュアル3-(1)参照）",
 6: "作成していれば提出",
 7: "作成していれば提出",
}
NAMES = {1: "チェックリスト（医療機関確認用）", 2: "チェックリスト（事業者確認用）", 3: "チェックリスト（最低限の措置編）",
         4: "機器管理台帳", 5: "インシデント発生時の連絡体制図", 6: "ネットワーク構成図及びシステム全体構成図",
         7: "サイバー攻撃を想定した事業継続計画（BCP）"}
MARKCOL = {"SUBMITTED": 6, "NOT_CREATED": 7, "NOT_SUBMITTED": 8}
# (No shown, kind, name shown, status, file, remarks)
rows = [
 ("1", 1, NAMES[1], "SUBMITTED", "01_チェックリスト_医療機関確認用_R6.xlsx", None),
 ("2", 2, NAMES[2], "SUBMITTED", "02-1_事業者確認用_電子カルテ_吉備システム.xlsx", "電子カルテ（吉備システム株式会社）"),
 ("2", 2, "〃", "SUBMITTED", "02-2_事業者確認用_医事会計_おかやま医事ソフト.pdf", "医事会計システム（株式会社おかやま医事ソフト）"),
 ("2", 2, "〃", "SUBMITTED", "02-3_事業者確認用_PACS_瀬戸内メディカルイメージング.pdf", "PACS（瀬戸内メディカルイメージング株式会社）"),
 ("3", 3, NAMES[3], "SUBMITTED", "03_チェックリスト_最低限の措置編.xlsx", None),
 ("4", 4, NAMES[4], "SUBMITTED", "04_機器管理台帳_20241101.xlsx", None),
 ("5", 5, NAMES[5], "SUBMITTED", "05_インシデント連絡体制図.pdf", None),
 ("6", 6, NAMES[6], "SUBMITTED", "06_ネットワーク構成図.pdf", "システム全体構成図はネットワーク構成図に記載"),
 ("7", 7, NAMES[7], "NOT_CREATED", None, "令和7年度中に策定予定"),
]
docs = []
r = 12
first2 = None
for no, kind, name, st, fn, rem in rows:
    ws.cell(row=r, column=2, value=int(no)); ws.cell(row=r, column=3, value=name)
    if kind == 2 and first2 is None: first2 = r
    if kind != 2 or name != "〃":
        ws.cell(row=r, column=4, value=NOTE[kind])
    ws.cell(row=r, column=MARKCOL[st], value="○")
    if fn: ws.cell(row=r, column=10, value=fn)
    if rem: ws.cell(row=r, column=11, value=rem)
    for c in (2, 3, 4, 6, 7, 8, 10, 11):
        ws.cell(row=r, column=c).border = B
        ws.cell(row=r, column=c).alignment = C if c in (2, 6, 7, 8) else WRAP
    ws.row_dimensions[r].height = 36
    d = {"kind": kind, "submission": st}
    if fn: d["fileName"] = fn
    if rem: d["remarks"] = rem
    docs.append(d); r += 1
ws.merge_cells(start_row=first2, start_column=4, end_row=first2 + 2, end_column=4)

ws.cell(row=r + 1, column=2, value="※ 提出は任意です。立入検査の際に保健所へ提出してください。（問い合わせ先：岡山県保健医療部医療推進課医事班 086-226-7403）")
ws.print_area = f"A1:L{r+1}"
ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

wb.save(os.path.join(OUT, NAME + ".xlsx"))
exp = {
 "form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
 "values": {"facilityName": "医療法人 旭川会 岡山みなみ記念病院", "submittedOn": "2024-11-12", "documents": docs},
 "planted": [],
 "notes": ("Clean file. Print layout with blank spacer columns A, E, I, L. 提出の有無 is a ○ in one of three mark columns "
           "(F 提出する / G 未作成 / H 提出しない). Document 2 has three rows (one per vendor/system; the two inserted rows "
           "read 〃 in 書類の名称 and repeat No 2), so documents[] has 9 rows. 提出日 is 和暦 text. Document 7 (BCP) "
           "not created, which the notice allows (作成していれば提出)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", len(docs))

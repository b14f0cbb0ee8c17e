# Generator for ins-w13-a-marks-vendor-rows.xlsx (2 planted problems)
# The 別紙1 table as a prefecture would re-draw it for printing: notes column copied from the notice,
# ○ marks in three option columns (提出する / 未作成 / 作成済・提出しない), document 2 split into one row per
# vendor with merged No./name cells, 提出日 as 和暦 text, an extra 所管保健所 field.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave13/inspection-documents"
NAME = "ins-w13-a-marks-vendor-rows"
SHEET = "別紙1"

wb = Workbook()
ws = wb.active
ws.title = SHEET
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
for col, w in {"A": 2, "B": 5, "C": 26, "D": 44, "E": 8, "F": 8, "G": 10, "H": 28, "I": 30}.items():
    ws.column_dimensions[col].width = w

ws["B1"] = "別紙1"
ws.merge_cells("B2:I2")
ws["B2"] = "サイバーセキュリティ対策関連書類一覧"
ws["B2"].font = Font(size=14, bold=True); ws["B2"].alignment = center
ws.merge_cells("B3:I3")
ws["B3"] = "（医療法第25条第1項の規定に基づく立入検査において写しの提供を求める書類）"
ws["B3"].alignment = center

FAC = "社会医療法人旭川会 旭東中央病院"
for r, lab, val in [(5, "医療機関名", FAC), (6, "提出日", "令和6年11月12日"), (7, "所管保健所", "備前保健所")]:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(r, 2, lab)
    ws.cell(r, 4, val)
    for c in range(2, 5):
        ws.cell(r, c).border = box
ws.merge_cells("B9:I9")
ws["B9"] = "※ 該当する欄に○を記入してください。チェックリスト（事業者確認用）は事業者ごと又はシステムごとに行を追加してください。"
ws["B9"].font = Font(size=9)

# header rows 11-12
ws.merge_cells("B11:B12"); ws["B11"] = "No."
ws.merge_cells("C11:C12"); ws["C11"] = "書類の名称"
ws.merge_cells("D11:D12"); ws["D11"] = "提出にあたっての注意点"
ws.merge_cells("E11:G11"); ws["E11"] = "提出の有無（○）"
ws["E12"] = "提出する"; ws["F12"] = "未作成"; ws["G12"] = "作成済・\n提出しない"
ws.merge_cells("H11:H12"); ws["H11"] = "ファイル名"
ws.merge_cells("I11:I12"); ws["I11"] = "備考"
for rr in (11, 12):
    for c in range(2, 10):
        ws.cell(rr, c).border = box; ws.cell(rr, c).alignment = center
        ws.cell(rr, c).fill = PatternFill("solid", fgColor="E2EFDA")

NOTE_CL = "令和6年度版のチェックリスト様式（令和6年5月13日付け医政参発0513第6号）を使用し、マニュアルを参照して記入"
docs = [
    # kind, name, note, mark col (E/F/G or None), fileName, remarks
    ("1", "チェックリスト\n（医療機関確認用）", NOTE_CL, "E", "01_CL_医療機関確認用.xlsx", None),
    ("2", "チェックリスト\n（事業者確認用）\n※事業者ごと又はシステムごと", "上記と同じ。すべての医療情報システムの委託事業者に漏れなく記入・提出を求めること", "E", "02-1_CL_事業者_電子カルテ.xlsx", "電子カルテ（株式会社メディカルシステムズ岡山）"),
    ("2", None, None, "E", "02-2_CL_事業者_医事会計.pdf", "医事会計システム（おかやま医事システム株式会社）"),
    ("2", None, None, "E", "02-3_CL_事業者_PACS.pdf", "PACS（山陽画像システム株式会社）"),
    ("3", "チェックリスト\n（最低限の措置編）", "別添のチェックリスト様式を使用（令和6年8月1日付け事務連絡「最低限の措置」参照）", None, None, None),
    ("4", "機器管理台帳", "サーバー、PC、ルータ等を記載した台帳（書式はマニュアル2-(1)参照）", "E", "04_機器管理台帳_R6.11.xlsx", None),
    ("5", "インシデント発生時の連絡体制図", "サイバーセキュリティの連絡体制を記載したもの（書式はマニュアル3-(1)参照）", "F", None, "現在作成中"),
    ("6", "ネットワーク構成図及び\nシステム全体構成図", "作成していれば提出（ガイドライン第6.0版 企画管理編4.4、システム運用編2②参照）", "E", "06_ネットワーク構成図.pdf", "システム全体構成図は電子カルテ事業者作成のもの"),
    ("7", "サイバー攻撃を想定した\n事業継続計画（BCP）", "作成していれば提出（令和6年6月6日付け事務連絡「BCP策定の確認表」参照）", "F", None, "令和7年度中に策定予定"),
]
SUB = {"E": "SUBMITTED", "F": "NOT_CREATED", "G": "NOT_SUBMITTED"}
documents = []
rowmap = []
r = 13
for kind, name, note, mark, fn, rem in docs:
    if name is not None:
        ws.cell(r, 2, int(kind)).alignment = center
        ws.cell(r, 3, name).alignment = wrap
        ws.cell(r, 4, note).alignment = wrap
        ws.cell(r, 4).font = Font(size=9)
    if mark:
        ws[f"{mark}{r}"] = "○"
    if fn: ws.cell(r, 8, fn).alignment = wrap
    if rem: ws.cell(r, 9, rem).alignment = wrap
    for c in range(2, 10):
        ws.cell(r, c).border = box
        if c in (5, 6, 7): ws.cell(r, c).alignment = center
    ws.row_dimensions[r].height = 42
    doc = {"kind": kind}
    if mark: doc["submission"] = SUB[mark]
    if fn: doc["fileName"] = fn
    if rem: doc["remarks"] = rem
    documents.append(doc)
    rowmap.append(r)
    r += 1
# merge the document-2 block (rows 14-16)
for col in ("B", "C", "D"):
    ws.merge_cells(f"{col}14:{col}16")

ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = f"A1:I{r}"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

i3 = 4; i5 = 6
planted = [
    {"cells": [f"{SHEET}!E{rowmap[i3]}", f"{SHEET}!F{rowmap[i3]}", f"{SHEET}!G{rowmap[i3]}"], "paths": [f"documents[{i3}].submission"],
     "why": "Document 3 チェックリスト（最低限の措置編）: no ○ in any of 提出する / 未作成 / 作成済・提出しない (required answer missing)"},
    {"cells": [f"{SHEET}!F{rowmap[i5]}"], "paths": [f"documents[{i5}].submission"],
     "why": "Document 5 インシデント発生時の連絡体制図 marked 未作成: only documents 6 and 7 are 'if made' (作成していれば); 1-5 are to be submitted"},
]
expected = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FAC, "submittedOn": "2024-11-12", "documents": documents},
    "planted": planted,
    "notes": ("submission is shown by a ○ in one of three columns E 提出する / F 未作成 / G 作成済・提出しない. Document 2 has three rows "
              "(one per vendor, No./name/note cells merged over B14:D16); each is its own documents[] entry with kind '2'. The document-3 row "
              "(documents[4]) has no mark at all and is listed with kind only. kind is given as a string '1'..'7'. 提出日 is 和暦 text "
              "'令和6年11月12日'. '所管保健所' is an extra field with no key. The 注意点 column is preprinted text, not an answer."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", rowmap)

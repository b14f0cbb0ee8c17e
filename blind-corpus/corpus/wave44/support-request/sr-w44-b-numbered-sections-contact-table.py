# Generator for sr-w44-b-numbered-sections-contact-table.xlsx
# A hospital's own re-drawing of the Kagawa 回答様式 (the FAX form retyped in Excel): numbered sections,
# 「項目：値」 in one cell for the basic data, contacts as a small horizontal table, ○ before the chosen
# option, plus a 記入要領 sheet. Saved by openpyxl. Planted: wrong check digit, 担当者② Mail missing.
import sys, os
sys.path.insert(0, "/tmp/w44sr-pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w44-b-numbered-sections-contact-table"

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="DDEBF7")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

for col, w in zip("ABCDEF", [3, 18, 24, 16, 32, 4]):
    ws.column_dimensions[col].width = w

ws["A1"] = "「医療機関におけるサイバーセキュリティ確保事業」支援の希望調査　回答様式"
ws["A1"].font = Font(size=14, bold=True)
ws["A2"] = "香川県医務国保課医療企画G 宛（FAX 087-806-0248）　回答期限：令和7年2月28日（金）"
ws["A2"].font = Font(size=9)
ws["A4"] = "■ 当病院は、当該事業の支援を希望します。"
ws["A4"].font = Font(size=12, bold=True)

ws["A6"] = "１．医療機関情報"
ws["A6"].font = Font(bold=True)
basic = [
    "医療機関コード：37-1-03-0456-7",          # planted: check digit should be 3
    "病院名（正式名称）：社会医療法人 みなと会　みなと丸亀病院",
    "郵便番号：〒763-0033",
    "住所：香川県丸亀市中府町一丁目5番9号",
    "電話番号：０８７７-２２-５１８０",
]
for i, txt in enumerate(basic):
    r = 7 + i
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    ws.cell(r, 2, txt).alignment = wrap
    for c in range(2, 6):
        ws.cell(r, c).border = B

ws["A13"] = "２．担当者（①・②は必須、③は任意）"
ws["A13"].font = Font(bold=True)
heads = ["区分", "所属・役職", "氏名", "Mail アドレス"]
for j, h in enumerate(heads):
    c = ws.cell(14, 2 + j, h); c.fill = hdr; c.alignment = center; c.border = B
contacts = [
    ("担当者①【必須】", "情報システム室 係長", "宮武 翔太", "s-miyatake@minato-marugame.jp"),
    ("担当者②【必須】", "総務課 主事", "香西 美咲", None),   # planted: Mail アドレス left blank
    ("担当者③", None, None, None),
]
for i, row in enumerate(contacts):
    r = 15 + i
    for j, v in enumerate(row):
        c = ws.cell(r, 2 + j, v); c.border = B; c.alignment = wrap
    ws.row_dimensions[r].height = 20

ws["A19"] = "３．サイバーセキュリティ調査における回答データの活用の可否（※「記入要領」シート参照）"
ws["A19"].font = Font(bold=True)
ws["A20"] = "（該当する方の左欄に○）"
ws["A20"].font = Font(size=9)
ws["B21"] = "○"; ws["C21"] = "可"; ws["D21"] = None; ws["E21"] = "不可"
for col in "BCDE":
    ws[f"{col}21"].border = B
    ws[f"{col}21"].alignment = center

ws["A23"] = "４．備考"
ws["A23"].font = Font(bold=True)
ws.merge_cells("B24:E25")
ws["B24"] = "特になし"
ws["B24"].alignment = Alignment(wrap_text=True, vertical="top")
for r in (24, 25):
    for c in range(2, 6):
        ws.cell(r, c).border = B

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1

g = wb.create_sheet("記入要領")
g.column_dimensions["A"].width = 100
notes = [
    "【記入要領】",
    "・令和7年度に当該事業の支援を希望される場合は、令和7年2月28日（金）までにFAXにてご回答ください。",
    "・担当者①・②は必須です。所属・役職、氏名、Mail アドレスをすべて記入してください。",
    "・令和6年度に支援を受けられた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため"
    "令和8年1月までに現地調査を完了できない病院は対象外です。",
    "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
    "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも"
    "活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。",
]
for i, t in enumerate(notes, start=1):
    g.cell(i, 1, t).alignment = Alignment(wrap_text=True, vertical="top")
g["A1"].font = Font(bold=True)

wb.save(os.path.join(HERE, NAME + ".xlsx"))
print("saved", NAME + ".xlsx")

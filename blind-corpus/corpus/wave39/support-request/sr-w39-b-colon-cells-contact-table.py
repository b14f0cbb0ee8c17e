#!/usr/bin/python3
# Generator for sr-w39-b-colon-cells-contact-table.xlsx (support-request, 2 planted problems).
# Run: PYTHONPATH=/tmp/w39sr_pylib /usr/bin/python3 sr-w39-b-colon-cells-contact-table.py
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w39-b-colon-cells-contact-table.xlsx"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
head = PatternFill("solid", fgColor="DDEBF7")

wb = Workbook()
ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["A"].width = 100
lines = [
    "【記入要領】",
    "1 「回答票」シートの各欄に入力してください（「：」の後ろに続けて入力）。",
    "2 医療機関コードは7桁（郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）で記入してください。",
    "3 担当者①、担当者②は必須です。担当者③は任意ですが、記入する場合は全項目を記入してください。",
    "4 「3 対象要件の確認」は、該当する欄に○を記入してください。",
    "   令和6年度に支援を受けた病院、電子カルテシステム未導入の病院、令和8年1月までに現地調査を完了できない病院は対象外です。",
    "5 回答データの活用の可否は、「可」「不可」のいずれかの左欄に○を記入してください。",
    "6 提出期限：令和7年2月28日（金）　FAX 087-806-0248（香川県医務国保課医療企画G 宛）",
]
for i, t in enumerate(lines, 1):
    ins.cell(i, 1, t)
ins["A1"].font = Font(bold=True)

ws = wb.create_sheet("回答票")
for col, w in zip("ABCDEFG", (4, 22, 20, 18, 30, 8, 8)):
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:G1")
ws["A1"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査　回答票"
ws["A1"].font = Font(size=13, bold=True)
ws["A1"].alignment = ctr
ws.merge_cells("A2:G2")
ws["A2"] = "当病院は、当該事業の支援を希望します。"
ws["A2"].alignment = ctr

ws["A4"] = "1 医療機関情報"
ws["A4"].font = Font(bold=True)
basic = [
    "医療機関コード（7桁）：1547827",
    "病院名（正式名称）：社会医療法人三豊会　さぬき西部病院",
    "郵便番号：768-0061",
    "住所：香川県観音寺市坂本町五丁目3番21号",
    "電話番号：０８７５－２５－３１１８",
]
for i, t in enumerate(basic):
    rr = 5 + i
    ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=7)
    ws.cell(rr, 2, t).alignment = wrap
    for c in range(2, 8):
        ws.cell(rr, c).border = B

ws["A11"] = "2 担当者（①②は必須）"
ws["A11"].font = Font(bold=True)
hdr = ["区分", "所属・役職", "氏名", "Mailアドレス"]
ws.merge_cells("E12:G12")
for c, t in zip((2, 3, 4, 5), hdr):
    ws.cell(12, c, t).alignment = ctr
    ws.cell(12, c).fill = head
rows = [
    ("担当者①【必須】", "情報システム課　課長", "綾田　浩二", "ayata@sanuki-seibu.jp"),
    ("担当者②【必須】", "事務局　医事課長", "真鍋　聡子", None),   # planted: mail left blank
    ("担当者③（任意）", None, None, None),
]
for i, (lab, dept, name, mail) in enumerate(rows):
    rr = 13 + i
    ws.merge_cells(start_row=rr, start_column=5, end_row=rr, end_column=7)
    ws.cell(rr, 2, lab).alignment = wrap
    if dept: ws.cell(rr, 3, dept).alignment = wrap
    if name: ws.cell(rr, 4, name).alignment = wrap
    if mail: ws.cell(rr, 5, mail).alignment = wrap
for rr in range(12, 16):
    for c in range(2, 8):
        ws.cell(rr, c).border = B

ws["A17"] = "3 対象要件の確認（該当する欄に○）"
ws["A17"].font = Font(bold=True)
ws.merge_cells("B18:E18")
ws["B18"] = "確認事項"
ws["F18"] = "はい"
ws["G18"] = "いいえ"
for c in (2, 6, 7):
    ws.cell(18, c).alignment = ctr
    ws.cell(18, c).fill = head
qs = [
    "(1) 令和6年度に本事業の支援を受けていない",
    "(2) 電子カルテシステムを導入している",
    "(3) 令和8年1月までに現地調査を完了できる（電子カルテ更改等による支障がない）",
]
for i, q in enumerate(qs):
    rr = 19 + i
    ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=5)
    ws.cell(rr, 2, q).alignment = wrap
    ws.cell(rr, 6, "○").alignment = ctr
for rr in range(18, 22):
    for c in range(2, 8):
        ws.cell(rr, c).border = B

ws["A23"] = "4 サイバーセキュリティ調査における回答データの活用の可否（※）"
ws["A23"].font = Font(bold=True)
# B24: mark cell for 可 (left empty), D24: mark cell for 不可
ws["C24"] = "可"
ws["D24"] = "○"
ws["E24"] = "不可"
for c in (2, 3, 4, 5):
    ws.cell(24, c).alignment = ctr
    ws.cell(24, c).border = B
ws.merge_cells("A25:G26")
ws["A25"] = ("※ 国が令和6年1月31日付け事務連絡により実施した病院におけるサイバーセキュリティ対策の実態調査の回答内容を"
             "当該事業でも活用させていただく可能性があります。ご了解いただける場合は「可」、ご了解いただけない場合は「不可」。")
ws["A25"].alignment = Alignment(wrap_text=True, vertical="top")
ws["A25"].font = Font(size=9)

ws["A28"] = "5 備考"
ws["A28"].font = Font(bold=True)
ws.merge_cells("B29:G31")
ws["B29"] = "現地調査の日程は外来診療のない土曜午前を希望します。"
ws["B29"].alignment = Alignment(wrap_text=True, vertical="top")
for rr in range(29, 32):
    for c in range(2, 8):
        ws.cell(rr, c).border = B

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
wb.active = 1
wb.save(os.path.join(HERE, NAME))
print("wrote", NAME)

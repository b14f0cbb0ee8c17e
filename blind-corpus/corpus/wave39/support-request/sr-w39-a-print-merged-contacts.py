#!/usr/bin/python3
# Generator for sr-w39-a-print-merged-contacts.xlsx (support-request, Kagawa 回答様式, no planted problem).
# Run: PYTHONPATH=/tmp/w39sr_pylib /usr/bin/python3 sr-w39-a-print-merged-contacts.py
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w39-a-print-merged-contacts.xlsx"

thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
ws.column_dimensions["A"].width = 2      # spacer
ws.column_dimensions["B"].width = 16
ws.column_dimensions["C"].width = 14
ws.column_dimensions["D"].width = 52
ws.column_dimensions["E"].width = 2      # spacer

ws["D1"] = "（別紙）"
ws["D1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B2:D3")
ws["B2"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws["B2"].alignment = center
ws["B2"].font = Font(size=14, bold=True)
ws.row_dimensions[2].height = 22
ws.row_dimensions[3].height = 22
ws.merge_cells("B4:D4")
ws["B4"] = "（送付先　香川県医務国保課医療企画G 宛　FAX 087-806-0248）"
ws["B4"].alignment = Alignment(horizontal="right")
ws.merge_cells("B6:D6")
ws["B6"] = "当病院は、当該事業の支援を希望します。"
ws["B6"].font = Font(size=12)

r = 8
def single(label, value):
    global r
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(r, 2, label).alignment = wrap
    ws.cell(r, 4, value).alignment = wrap
    for c in (2, 3, 4):
        ws.cell(r, c).border = B
    ws.row_dimensions[r].height = 24
    r += 1

single("医療機関コード", "37-1-02-1234-5")
single("病院名（正式名称）", "医療法人社団讃岐会　城東記念病院")
single("郵便番号", "763-0034")
single("住所", "香川県丸亀市大手町三丁目2番8号")
single("電話番号", "0877-23-4567")

def contact(label, dept, name, mail):
    global r
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 2, end_column=2)
    ws.cell(r, 2, label).alignment = wrap
    for i, (sub, val) in enumerate((("所属・役職", dept), ("氏名", name), ("Mail アドレス", mail))):
        ws.cell(r + i, 3, sub).alignment = wrap
        ws.cell(r + i, 4, val).alignment = wrap
        for c in (2, 3, 4):
            ws.cell(r + i, c).border = B
        ws.row_dimensions[r + i].height = 22
    r += 3

contact("担当者①\n【必須】", "医療情報管理室　室長", "大西　健一", "k-onishi@joto-kinen.or.jp")
contact("担当者②\n【必須】", "事務部　総務課　係長", "香西 美由紀", "m-kozai@joto-kinen.or.jp")
contact("担当者③", "医療情報管理室　主任（SE）", "三好　拓也", "t-miyoshi@joto-kinen.or.jp")

# 活用の可否: template cell read "可 ・ 不可"; the hospital deleted 不可
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
ws.cell(r, 2, "サイバーセキュリティ調査における回答データの活用の可否(※)").alignment = wrap
ws.cell(r, 4, "可").alignment = Alignment(horizontal="center", vertical="center")
for c in (2, 3, 4):
    ws.cell(r, c).border = B
ws.row_dimensions[r].height = 40
r += 1
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
ws.cell(r, 2, "備考").alignment = wrap
ws.cell(r, 4, "電子カルテは令和4年更新済みで、次回更改は令和10年度予定です。\n現地調査は平日午後であれば対応可能です。").alignment = wrap
for c in (2, 3, 4):
    ws.cell(r, c).border = B
ws.row_dimensions[r].height = 48
r += 2
ws.merge_cells(start_row=r, start_column=2, end_row=r + 3, end_column=4)
ws.cell(r, 2, "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
              "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも"
              "活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。").alignment = Alignment(wrap_text=True, vertical="top")
ws.cell(r, 2).font = Font(size=9)

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = f"A1:E{r+3}"

wb.save(os.path.join(HERE, NAME))
print("wrote", os.path.join(HERE, NAME))

# Generator for sr-w46-a-fax-print-label-left.xlsx (support-request, Kagawa 回答様式, FAX print style)
# run: PYTHONPATH=/tmp/w46srhs_py /usr/bin/python3 sr-w46-a-fax-print-label-left.py
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sr-w46-a-fax-print-label-left.xlsx")
wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
for col, w in {"A": 2, "B": 14, "C": 16, "D": 22, "E": 18, "F": 14, "G": 2}.items():
    ws.column_dimensions[col].width = w

ws["F1"] = "別紙"
ws["F1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B2:F3")
ws["B2"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws["B2"].font = Font(size=14, bold=True)
ws["B2"].alignment = center
ws.row_dimensions[2].height = 24
ws.row_dimensions[3].height = 24
ws.merge_cells("B4:F4")
ws["B4"] = "（送付先　香川県医務国保課医療企画G宛　FAX 087-806-0248）　回答期限：令和7年2月28日（金）"
ws["B4"].font = Font(size=9)
ws.merge_cells("B6:F6")
ws["B6"] = "当病院は、当該事業の支援を希望します。"
ws["B6"].font = Font(size=12, bold=True)
ws["B6"].alignment = Alignment(horizontal="center")

def field(row, label, value):
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
    ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=6)
    ws.cell(row, 2, label).alignment = wrap
    c = ws.cell(row, 4, value)
    c.alignment = wrap
    c.number_format = "@"
    ws.row_dimensions[row].height = 22

field(8, "医療機関コード", "3710321088")
field(9, "病院名（正式名称）", "医療法人社団 讃岐会 高松みなと病院")
field(10, "郵便番号", "〒760-0065 ")          # habit: 〒 and a trailing space
field(11, "住所", "香川県高松市朝日町三丁目8番12号")
field(12, "電話番号", "０８７－８２１－５５３０")   # habit: full-width digits

contacts = [
    ("担当者①\n【必須】", ("事務部 情報システム課 課長", "山下 浩二", "k-yamashita@takamatsu-minato.example.jp")),
    ("担当者②\n【必須】", ("事務部 総務課 主任", "大西 真由美", "m-onishi@takamatsu-minato.example.jp")),
    ("担当者③", ("診療情報管理室 室長", "香西 徹", "t-kozai@takamatsu-minato.example.jp")),
]
r = 13
for label, vals in contacts:
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 2, end_column=2)
    ws.cell(r, 2, label).alignment = center
    for i, sub in enumerate(["所属・役職", "氏名", "Mail アドレス"]):
        ws.cell(r + i, 3, sub).alignment = wrap
        ws.merge_cells(start_row=r + i, start_column=4, end_row=r + i, end_column=6)
        ws.cell(r + i, 4, vals[i]).alignment = wrap
        ws.row_dimensions[r + i].height = 20
    r += 3
# r == 22
ws.merge_cells("B22:C22")
ws["B22"] = "サイバーセキュリティ調査における回答データの活用の可否(※)"
ws["B22"].alignment = wrap
ws.row_dimensions[22].height = 44
ws.merge_cells("D22:F22")
ws["D22"] = "可"            # originally 「可 ・ 不可」; the hospital deleted 「・ 不可」
ws["D22"].alignment = center
ws.merge_cells("B23:C23")
ws["B23"] = "備考"
ws["B23"].alignment = wrap
ws.merge_cells("D23:F23")
ws["D23"] = "電子カルテは令和4年に更新済み（次回更新は令和10年予定）。\n現地調査の日程は火・木曜日を希望します。"
ws["D23"].alignment = wrap
ws.row_dimensions[23].height = 48

for row in ws.iter_rows(min_row=8, max_row=23, min_col=2, max_col=6):
    for c in row:
        c.border = box

ws.merge_cells("B25:F28")
ws["B25"] = ("※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
             "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも"
             "活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。")
ws["B25"].font = Font(size=8)
ws["B25"].alignment = Alignment(wrap_text=True, vertical="top")

# second table: 確認事項 (checkmarks)
ws.merge_cells("B30:F30")
ws["B30"] = "【確認事項】該当する場合は右欄に✓を記入してください（対象外となる病院の確認のため）"
ws["B30"].font = Font(bold=True, size=10)
ws.merge_cells("B31:E31")
ws["B31"] = "確認事項"
ws["F31"] = "該当欄(✓)"
for c in ("B31", "F31"):
    ws[c].alignment = center
    ws[c].fill = PatternFill("solid", fgColor="DDEBF7")
items = [
    "令和6年度に本事業の支援を受けていない",
    "電子カルテシステムを導入している",
    "電子カルテシステムの更改等の予定はなく、令和8年1月までに現地調査を完了できる",
]
for i, t in enumerate(items):
    rr = 32 + i
    ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=5)
    ws.cell(rr, 2, t).alignment = wrap
    ws.cell(rr, 6, "✓").alignment = center
    ws.row_dimensions[rr].height = 30
for row in ws.iter_rows(min_row=31, max_row=34, min_col=2, max_col=6):
    for c in row:
        c.border = box

ws.print_area = "A1:G35"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save(OUT)
print("saved", OUT)

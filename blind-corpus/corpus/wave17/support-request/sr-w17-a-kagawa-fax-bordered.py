# Generator: sr-w17-a-kagawa-fax-bordered.xlsx
# Role: Kagawa prefecture 医務国保課 draws the 回答様式 as a print/FAX sheet; hospital IT person fills it.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w17-a-kagawa-fax-bordered"

def cd(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

code = "371012468"; code += cd(code)

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin"); med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 16
ws.column_dimensions["C"].width = 14
ws.column_dimensions["D"].width = 22
ws.column_dimensions["E"].width = 22
ws.column_dimensions["F"].width = 10
ws.column_dimensions["G"].width = 2

ws["F1"] = "（別紙）"
ws["F1"].alignment = Alignment(horizontal="right")
ws["B2"] = "送付先　香川県医務国保課医療企画G 宛　（FAX 087-806-0248）"
ws["B2"].font = Font(size=9)
ws.merge_cells("B4:F5")
ws["B4"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws["B4"].font = Font(size=13, bold=True)
ws["B4"].alignment = center
ws.row_dimensions[4].height = 22; ws.row_dimensions[5].height = 22
ws.merge_cells("B7:F7")
ws["B7"] = "当病院は、当該事業の支援を希望します。"
ws["B7"].font = Font(size=12)
ws["B7"].alignment = Alignment(horizontal="center")

r = 9
def simple(label, value, height=24):
    global r
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    ws.cell(r, 2, label).alignment = wrap
    ws.cell(r, 4, value).alignment = wrap
    for c in range(2, 7):
        ws.cell(r, c).border = box
    ws.row_dimensions[r].height = height
    r += 1
    return r - 1

cells = {}
cells["hospitalCode"] = simple("医療機関コード", int(code))
ws.cell(cells["hospitalCode"], 4).number_format = "0"
ws.cell(cells["hospitalCode"], 4).alignment = Alignment(horizontal="left", vertical="center")
cells["hospitalName"] = simple("病院名（正式名称）", "医療法人社団讃陽会　さぬき中央病院")
cells["postalCode"] = simple("郵便番号", "760-0074")
cells["address"] = simple("住所", "香川県高松市桜町三丁目8番21号")
cells["phoneNumber"] = simple("電話番号", "087-861-4107")

contacts = [
    ("担当者①\n【必須】", "事務部 情報システム課 課長", "香西 健一", "k-kozai@sanuki-chuo-hp.jp"),
    ("担当者②\n【必須】", "事務部 総務課 主任", "多田 由美", "y-tada@sanuki-chuo-hp.jp"),
    ("担当者③", "診療情報管理室 室長", "大西 真理子", "m-onishi@sanuki-chuo-hp.jp"),
]
for i, (lab, dep, nm, em) in enumerate(contacts, start=1):
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 2, end_column=2)
    ws.cell(r, 2, lab).alignment = center
    for j, (sub, val) in enumerate([("所属・役職", dep), ("氏名", nm), ("Mail アドレス", em)]):
        ws.cell(r + j, 3, sub).alignment = wrap
        ws.merge_cells(start_row=r + j, start_column=4, end_row=r + j, end_column=6)
        ws.cell(r + j, 4, val).alignment = wrap
        for c in range(2, 7):
            ws.cell(r + j, c).border = box
        ws.row_dimensions[r + j].height = 22
    r += 3

# 活用の可否: original text "可 ・ 不可"; the filler deleted 不可
cells["dataUse"] = simple("サイバーセキュリティ調査における回答データの活用の可否(※)", "可", height=44)
ws.cell(cells["dataUse"], 4).alignment = center
cells["remarks"] = simple("備考", "電子カルテは令和5年更新済みです。\n現地調査は平日の午後を希望します。", height=48)
r += 1
ws.merge_cells(start_row=r, start_column=2, end_row=r + 3, end_column=6)
ws.cell(r, 2, "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
              "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも"
              "活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。")
ws.cell(r, 2).font = Font(size=9)
ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")
r += 5
ws.cell(r, 2, "回答期限：令和7年2月28日（金）").font = Font(size=9)

ws.print_area = f"A1:G{r}"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

wb.save(os.path.join(OUT, NAME + ".xlsx"))
print(code, cells)

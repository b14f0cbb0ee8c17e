# Generator: sr-w41-b-sections-contact-table-checks.xlsx
# Hospital IT person's own Excel version of the Kagawa 回答様式: numbered sections, 「項目：値」 lines,
# contacts as a horizontal table with a 記入例 row, a 確認事項 Q&A block, ○ beside the chosen 可/不可,
# and a 記入要領 sheet placed first. Saved by openpyxl only.
import sys, os
sys.path.insert(0, "/tmp/sr_hs_pylib")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave41/support-request"
NAME = "sr-w41-b-sections-contact-table-checks.xlsx"

wb = Workbook()
guide = wb.active
guide.title = "記入要領"
lines = [
    "「医療機関におけるサイバーセキュリティ確保事業」支援希望調査　記入要領",
    "",
    "1. 「回答様式」シートの黄色セルに入力してください。",
    "2. 医療機関コードは10桁で記入してください。",
    "3. 担当者①・②は必須です（所属・役職、氏名、Mailアドレスをすべて記入）。担当者③は任意です。",
    "4. 回答データの活用の可否は、「可」「不可」のいずれかの左欄に○を付けてください。",
    "5. 令和7年2月28日（金）までに、印刷のうえFAX（087-806-0248）で香川県医務国保課医療企画G宛に送付してください。",
    "※ 令和6年度に支援を受けた病院、電子カルテ未導入の病院、電子カルテ更改のため令和8年1月までに現地調査を完了できない病院は対象外です。",
]
for i, t in enumerate(lines, 1):
    guide.cell(i, 1, t).font = Font(name="游ゴシック", size=12 if i == 1 else 11, bold=(i == 1))
guide.column_dimensions["A"].width = 120

ws = wb.create_sheet("回答様式")
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
yellow = PatternFill("solid", fgColor="FFF2CC")
grey = PatternFill("solid", fgColor="D9D9D9")
g = lambda sz=11, b=False, color=None: Font(name="游ゴシック", size=sz, bold=b, color=color)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
for col, w in zip("ABCDEF", [18, 24, 16, 12, 12, 16]):
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:F1")
ws["A1"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査に係る回答様式"
ws["A1"].font = g(13, True); ws["A1"].alignment = center
ws.row_dimensions[1].height = 30
ws.merge_cells("A3:F3")
ws["A3"] = "当病院は、当該事業の支援を希望します。"
ws["A3"].font = g(12, True)

ws["A5"] = "１．医療機関の情報"; ws["A5"].font = g(11, True)
info = [
    "医療機関コード（10桁）：37 1 05 0871 3",
    "病院名（正式名称）：社会医療法人　讃岐会　丸亀さぬき中央病院",
    "郵便番号：763-0034",
    "住所：香川県丸亀市大手町三丁目１番８号",
    "電話番号：0877-23-5500",
]
for i, t in enumerate(info):
    r = 6 + i
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    c = ws.cell(r, 1, t); c.font = g(); c.fill = yellow; c.border = B
    for cc in range(2, 7): ws.cell(r, cc).border = B

ws["A12"] = "２．担当者（①・②は必須、③は任意）"; ws["A12"].font = g(11, True)
hdr = ["区分", "所属・役職", "氏名", "Mailアドレス"]
for j, h in enumerate(hdr):
    ws.cell(13, 1 + j, h).font = g(10, True)
ws.merge_cells("D13:F13")
contacts = [
    ("記入例", "総務課　係長", "香川　花子", "hanako.kagawa@example.jp"),
    ("担当者①【必須】", "事務局　企画情報課長", "宮武　和也", "miyatake@marugame-sanuki.jp"),
    ("担当者②【必須】", "企画情報課　システム管理係", "真鍋　彩", None),
    ("担当者③", None, None, None),
]
for i, (lab, dept, name, mail) in enumerate(contacts):
    r = 14 + i
    ws.cell(r, 1, lab); ws.cell(r, 2, dept); ws.cell(r, 3, name); ws.cell(r, 4, mail)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    for cc in range(1, 7):
        ws.cell(r, cc).border = B
        ws.cell(r, cc).alignment = wrap
        ws.cell(r, cc).font = g(10, color=("808080" if i == 0 else None))
        if i > 0 and cc > 1: ws.cell(r, cc).fill = yellow
    ws.row_dimensions[r].height = 22
for cc in range(1, 7):
    ws.cell(13, cc).border = B; ws.cell(13, cc).fill = grey; ws.cell(13, cc).alignment = center

ws["A19"] = "３．確認事項（該当する場合は「はい」を選択）"; ws["A19"].font = g(11, True)
ws.cell(20, 1, "No."); ws.cell(20, 2, "確認事項"); ws.cell(20, 5, "回答")
ws.merge_cells("B20:D20"); ws.merge_cells("E20:F20")
qs = [
    ("1", "令和6年度に本事業の支援を受けていない", "はい"),
    ("2", "電子カルテシステムを導入している", "はい"),
    ("3", "令和8年1月までに現地調査を完了できる（電子カルテ更改の予定なし）", "はい"),
]
dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
for i, (no, q, a) in enumerate(qs):
    r = 21 + i
    ws.cell(r, 1, no); ws.cell(r, 2, q); ws.cell(r, 5, a)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
    dv.add(ws.cell(r, 5))
    ws.row_dimensions[r].height = 30
for r in range(20, 24):
    for cc in range(1, 7):
        ws.cell(r, cc).border = B
        ws.cell(r, cc).font = g(10, (r == 20))
        ws.cell(r, cc).alignment = center if cc in (1, 5, 6) or r == 20 else wrap
        if r == 20: ws.cell(r, cc).fill = grey
        elif cc >= 5: ws.cell(r, cc).fill = yellow

ws.merge_cells("A25:F25")
ws["A25"] = "４．サイバーセキュリティ調査における回答データの活用の可否（※）"; ws["A25"].font = g(11, True)
ws["B26"] = "○"; ws["C26"] = "可"; ws["D26"] = None; ws["E26"] = "不可"
for c in ("B26", "C26", "D26", "E26"):
    ws[c].border = B; ws[c].alignment = center; ws[c].font = g(12)
ws["B26"].fill = yellow; ws["D26"].fill = yellow
ws.merge_cells("A27:F28")
ws["A27"] = ("※ 国が令和6年1月31日付け事務連絡により実施した病院におけるサイバーセキュリティ対策の実態調査で回答いただいた内容を"
             "当該事業でも活用させていただく可能性があり、ご了解いただける場合は「可」、ご了解いただけない場合は「不可」としてください。")
ws["A27"].font = g(9); ws["A27"].alignment = Alignment(wrap_text=True, vertical="top")

ws["A30"] = "５．備考"; ws["A30"].font = g(11, True)
ws.merge_cells("A31:F33")
ws["A31"] = "オンラインバックアップ体制の整備支援もあわせて希望します。"
ws["A31"].alignment = Alignment(wrap_text=True, vertical="top"); ws["A31"].fill = yellow
for r in range(31, 34):
    for cc in range(1, 7): ws.cell(r, cc).border = B

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 1
wb.active = 1
wb.save(os.path.join(OUT, NAME))
print("saved", NAME)

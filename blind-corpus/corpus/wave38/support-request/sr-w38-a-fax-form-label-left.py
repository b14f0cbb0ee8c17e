# Generator: sr-w38-a-fax-form-label-left.xlsx
# Kagawa-style FAX answer form (回答様式) drawn from the notice, label left, merged group labels, A4 print.
# Run: PYTHONPATH=/tmp/hsr_pylib /usr/bin/python3 sr-w38-a-fax-form-label-left.py
import os, json
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w38-a-fax-form-label-left"

wb = Workbook()
ws = wb.active
ws.title = "回答様式"

thin = Side(style="thin")
med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
mincho = "ＭＳ 明朝"
f_norm = Font(name=mincho, size=11)
f_title = Font(name=mincho, size=14, bold=True)
f_small = Font(name=mincho, size=9)
grey = PatternFill("solid", fgColor="F2F2F2")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

ws.column_dimensions["A"].width = 2      # spacer
ws.column_dimensions["B"].width = 20
ws.column_dimensions["C"].width = 14
ws.column_dimensions["D"].width = 22
ws.column_dimensions["E"].width = 22
ws.column_dimensions["F"].width = 16
ws.column_dimensions["G"].width = 2      # spacer

ws["F1"] = "（別紙）"
ws["F1"].font = f_norm
ws["F1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B2:F2")
ws["B2"] = "送付先　香川県医務国保課医療企画Ｇ　宛　（FAX　087-806-0248）"
ws["B2"].font = f_norm

ws.merge_cells("B4:F5")
ws["B4"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws["B4"].font = f_title
ws["B4"].alignment = center
ws.row_dimensions[4].height = 22
ws.row_dimensions[5].height = 22

ws.merge_cells("B7:F7")
ws["B7"] = "当病院は、当該事業の支援を希望します。"
ws["B7"].font = Font(name=mincho, size=12)

r = 9
def label_row(row, label, value, height=26):
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
    ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=6)
    ws.cell(row, 2, label)
    if value is not None:
        ws.cell(row, 4, value)
    ws.row_dimensions[row].height = height

# filled values (busy hospital IT person)
code7 = "0123450"   # 7-digit form (郡市区01 + 2345 + check 0); prefecture 37 known -> 3710123450
vals = {
    "医療機関コード": code7,
    "病院名（正式名称）": "医療法人社団 讃陽会 屋島ヶ丘病院",
    "郵便番号": "761-0113",
    "住所": "香川県高松市屋島西町２２８５番地１",
    "電話番号": "087-841-3306",
}
for lab, v in vals.items():
    label_row(r, lab, v)
    r += 1
# 医療機関コード kept as text so the leading zero stays
ws["D9"].number_format = "@"

contacts = [
    ("担当者①\n【必須】", ("事務部 情報システム課 課長", "香西 大輔 ", "kozai.d@yashimagaoka-hp.or.jp")),
    ("担当者②\n【必須】", ("事務部 総務課 主任", "三木 彩", "miki.aya@yashimagaoka-hp.or.jp")),
    ("担当者③", ("医療情報管理室 診療情報管理士", "多田 健一", "tada.k@yashimagaoka-hp.or.jp")),
]
for grp, (dept, name, mail) in contacts:
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 2, end_column=2)
    ws.cell(r, 2, grp)
    for i, (sub, v) in enumerate((("所属・役職", dept), ("氏名", name), ("Mail アドレス", mail))):
        ws.cell(r + i, 3, sub)
        ws.merge_cells(start_row=r + i, start_column=4, end_row=r + i, end_column=6)
        ws.cell(r + i, 4, v)
        ws.row_dimensions[r + i].height = 22
    r += 3

# 活用の可否: printed "可 ・ 不可", the filler deleted "・ 不可"
label_row(r, "サイバーセキュリティ調査における回答データの活用の可否(※)", "可", height=40)
row_kahi = r
r += 1
label_row(r, "備考", "電子カルテ（令和3年導入）の更改予定はありません。\n現地調査は平日の午後を希望します。", height=60)
row_biko = r
r += 1
last = r - 1

for row in ws.iter_rows(min_row=9, max_row=last, min_col=2, max_col=6):
    for c in row:
        c.border = box
        c.font = f_norm
        if c.column <= 3:
            c.alignment = center if c.column == 2 else wrap
            c.fill = grey
        else:
            c.alignment = Alignment(vertical="center", wrap_text=True)

ws.merge_cells(start_row=r + 1, start_column=2, end_row=r + 4, end_column=6)
ws.cell(r + 1, 2, "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
        "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも活用させていただく"
        "可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。")
ws.cell(r + 1, 2).font = f_small
ws.cell(r + 1, 2).alignment = Alignment(wrap_text=True, vertical="top")

ws.print_area = f"A1:G{r + 4}"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
print("saved", out, "kahi row", row_kahi, "biko row", row_biko)

#!/usr/bin/python3
"""sr-w23-a: Kagawa-style FAX reply form (one sheet, print layout, label left, merged label cells),
filled by the hospital's 医事課. No planted problem."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.page import PageMargins

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sr-w23-a-fax-form-label-left.xlsx")

wb = Workbook()
ws = wb.active
ws.title = "回答様式"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
F = "ＭＳ 明朝"

ws.column_dimensions["A"].width = 2      # spacer
ws.column_dimensions["B"].width = 16
ws.column_dimensions["C"].width = 16
ws.column_dimensions["D"].width = 50
ws.column_dimensions["E"].width = 2      # spacer

def put(ref, val, bold=False, size=10.5, align=wrap):
    c = ws[ref]
    c.value = val
    c.font = Font(name=F, bold=bold, size=size)
    c.alignment = align
    return c

# --- title block / send-to block above the form ---
put("B1", "（送付先　香川県医務国保課医療企画Ｇ宛　ＦＡＸ　087-806-0248）", size=9)
ws.merge_cells("B1:D1")
put("D2", None)
put("C2", "記入日", size=9, align=Alignment(horizontal="right"))
put("D2", "=TODAY()", size=9, align=Alignment(horizontal="left"))
ws["D2"].number_format = 'yyyy"年"m"月"d"日"'
put("B4", "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式",
    bold=True, size=12, align=center)
ws.merge_cells("B4:D4")
ws.row_dimensions[4].height = 36
put("B6", "当病院は、当該事業の支援を希望します。", size=11, align=Alignment(horizontal="center"))
ws.merge_cells("B6:D6")

r = 8
def simple(label, value, height=24):
    global r
    put(f"B{r}", label, align=center)
    ws.merge_cells(f"B{r}:C{r}")
    put(f"D{r}", value)
    for col in "BCD":
        ws[f"{col}{r}"].border = box
    ws.row_dimensions[r].height = height
    r += 1

simple("医療機関コード", "0123674")                       # 7-digit form (郡市区+番号+検証)
simple("病院名（正式名称）", "医療法人玉藻会　玉藻記念病院")
simple("郵便番号", "〒760-0017")
simple("住所", "香川県高松市番町二丁目３番15号")
simple("電話番号", "087-831-4620")

def contact(label, dept, name, mail):
    global r
    put(f"B{r}", label, align=center)
    ws.merge_cells(f"B{r}:B{r+2}")
    for i, (sub, v) in enumerate((("所属・役職", dept), ("氏名", name), ("Mail アドレス", mail))):
        put(f"C{r+i}", sub, align=center)
        put(f"D{r+i}", v)
        for col in "BCD":
            ws[f"{col}{r+i}"].border = box
        ws.row_dimensions[r + i].height = 22
    r += 3

contact("担当者①\n【必須】", "事務部　医事課長", "香西　修一", "kozai@tamamo-hp.or.jp")
contact("担当者②\n【必須】", "情報システム室　主任", "多田　美香", "tada-m@tamamo-hp.or.jp")
contact("担当者③", "事務部長", "大西　隆", "onishi@tamamo-hp.or.jp")

put(f"B{r}", "サイバーセキュリティ調査における回答データの活用の可否(※)", align=center)
ws.merge_cells(f"B{r}:C{r}")
put(f"D{r}", "○可　・　不可", align=Alignment(horizontal="center", vertical="center"))
for col in "BCD":
    ws[f"{col}{r}"].border = box
ws.row_dimensions[r].height = 40
r += 1
simple("備考", "電子カルテは令和5年更新済みで、令和8年1月までの更改予定はありません。\n現地調査は平日午後を希望します。", height=48)

r += 1
put(f"B{r}", "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
    "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも活用させていただく"
    "可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。", size=9)
ws.merge_cells(f"B{r}:D{r}")
ws.row_dimensions[r].height = 60

ws.print_area = f"A1:E{r}"
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.6)

wb.save(OUT)
print("saved", OUT)

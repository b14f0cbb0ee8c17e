#!/usr/bin/python3
"""Kagawa-style FAX 回答様式, drawn by the prefecture's 医療企画G, filled by a hospital's 事務部.
Single sheet, print layout, merged label cells; the filler deleted 「不可」 from 「可 ・ 不可」."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.page import PageMargins

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sr-w24-a-fax-form-merged-labels.xlsx")

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
mincho = "ＭＳ 明朝"
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

for col, w in zip("ABCDEFG", (2, 20, 14, 14, 14, 14, 14)):
    ws.column_dimensions[col].width = w

def put(ref, text, **kw):
    c = ws[ref]
    c.value = text
    c.font = Font(name=mincho, size=kw.get("size", 11), bold=kw.get("bold", False))
    c.alignment = kw.get("align", wrap)
    return c

def frame(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box

put("G1", "（別紙）", align=Alignment(horizontal="right"))
ws.merge_cells("B2:G2")
put("B2", "送付先　香川県医務国保課医療企画G 宛（FAX 087-806-0248）", size=10)
ws.merge_cells("B4:G5")
put("B4", "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式", size=14, bold=True, align=center)
ws.row_dimensions[4].height = 24
ws.row_dimensions[5].height = 24
ws.merge_cells("B7:G7")
put("B7", "当病院は、当該事業の支援を希望します。", size=12, align=Alignment(horizontal="center"))

simple = [
    (9, "医療機関コード", "37-1-01-2345-0"),
    (10, "病院名（正式名称）", "医療法人社団 讃陽会 高松みなと病院"),
    (11, "郵便番号", "〒760-0066"),
    (12, "住所", "香川県高松市福岡町三丁目12番5号"),
    (13, "電話番号", "０８７－８２１－４５６７"),
]
for r, label, val in simple:
    ws.merge_cells(f"B{r}:C{r}")
    ws.merge_cells(f"D{r}:G{r}")
    put(f"B{r}", label)
    put(f"D{r}", val)
    frame(f"B{r}:G{r}")
    ws.row_dimensions[r].height = 22

contacts = [
    (14, "担当者①\n【必須】", ("事務部 情報システム課 課長", "山下 健一 ", "k-yamashita@takamatsu-minato.or.jp")),
    (17, "担当者②\n【必須】", ("事務部 総務課 主任", "大西 美咲", "m-onishi@takamatsu-minato.or.jp")),
    (20, "担当者③", ("", "", "")),
]
for r, label, vals in contacts:
    ws.merge_cells(f"B{r}:B{r+2}")
    put(f"B{r}", label, align=center)
    for i, (sub, v) in enumerate(zip(("所属・役職", "氏名", "Mail アドレス"), vals)):
        ws.merge_cells(f"D{r+i}:G{r+i}")
        put(f"C{r+i}", sub)
        put(f"D{r+i}", v if v else None)
        ws.row_dimensions[r + i].height = 22
    frame(f"B{r}:G{r+2}")

ws.merge_cells("B23:C23")
ws.merge_cells("D23:G23")
put("B23", "サイバーセキュリティ調査における回答データの活用の可否(※)", size=10)
put("D23", "可", align=center)   # 「可 ・ 不可」 -> filler deleted 「 ・ 不可」
frame("B23:G23")
ws.row_dimensions[23].height = 40

ws.merge_cells("B24:C24")
ws.merge_cells("D24:G24")
put("B24", "備考")
put("D24", "電子カルテは令和3年導入（更改予定なし）。\n現地調査は火・木曜日の午後を希望します。")
frame("B24:G24")
ws.row_dimensions[24].height = 48

ws.merge_cells("B26:G29")
put("B26", "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
    "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも活用させていただく"
    "可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。", size=9,
    align=Alignment(wrap_text=True, vertical="top"))

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = "A1:G29"
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.8)
wb.save(OUT)
print("saved", OUT)

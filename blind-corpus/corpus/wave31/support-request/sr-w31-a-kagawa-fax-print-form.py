#!/usr/bin/env python3
"""sr-w31-a: Kagawa-style FAX 回答様式, one print sheet, labels left with merged 担当者 blocks.
Run: PYTHONPATH=/tmp/sr_hs_py /usr/bin/python3 sr-w31-a-kagawa-fax-print-form.py"""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sr-w31-a-kagawa-fax-print-form.xlsx")
FONT = "ＭＳ 明朝"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
shade = PatternFill("solid", fgColor="F2F2F2")

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 16
ws.column_dimensions["C"].width = 14
for c in "DEF":
    ws.column_dimensions[c].width = 18
ws.column_dimensions["G"].width = 2

def put(ref, val, size=10.5, bold=False, h="left", v="center", wrap=True):
    c = ws[ref]
    c.value = val
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    return c

def frame(rng, fill=None):
    for row in ws[rng]:
        for c in row:
            c.border = box
            if fill:
                c.fill = fill

put("F1", "（別紙）", h="right")
ws.merge_cells("B2:F2")
put("B2", "（送付先　香川県医務国保課医療企画Ｇ 宛　ＦＡＸ　０８７－８０６－０２４８）", size=9)
ws.merge_cells("B4:F5")
put("B4", "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式",
    size=13, bold=True, h="center")
ws.row_dimensions[4].height = 20
ws.row_dimensions[5].height = 20
ws.merge_cells("B7:F7")
put("B7", "当病院は、当該事業の支援を希望します。", size=11, h="center")

simple = [
    (9, "医療機関コード", "3710115241"),
    (10, "病院名（正式名称）", "社会医療法人 讃陽会 高松なぎさ病院"),
    (11, "郵便番号", "760-0065"),
    (12, "住所", "香川県高松市朝日町三丁目4番12号"),
    (13, "電話番号", "087-851-2207"),
]
for r, label, val in simple:
    ws.merge_cells(f"B{r}:C{r}")
    ws.merge_cells(f"D{r}:F{r}")
    put(f"B{r}", label)
    put(f"D{r}", val)
    frame(f"B{r}:C{r}", shade)
    frame(f"D{r}:F{r}")
    ws.row_dimensions[r].height = 24

contacts = [
    (14, "担当者①\n【必須】", ("医療情報管理室 室長", "三好 健太郎 ", "k-miyoshi@nagisa-hp.example.jp")),
    (17, "担当者②\n【必須】", ("事務部 総務課 係長", "大西 由美", "y-onishi@nagisa-hp.example.jp")),
    (20, "担当者③", ("情報システム課 主任", "香西 翔", "s-kozai@nagisa-hp.example.jp")),
]
for r0, label, vals in contacts:
    ws.merge_cells(f"B{r0}:B{r0+2}")
    put(f"B{r0}", label)
    for i, (sub, val) in enumerate(zip(("所属・役職", "氏名", "Mail アドレス"), vals)):
        r = r0 + i
        ws.merge_cells(f"D{r}:F{r}")
        put(f"C{r}", sub)
        put(f"D{r}", val)
        frame(f"C{r}:C{r}", shade)
        frame(f"D{r}:F{r}")
        ws.row_dimensions[r].height = 22
    frame(f"B{r0}:B{r0+2}", shade)

# 活用の可否: the printed text was 「可 ・ 不可」; the filler deleted 「・ 不可」 and left 「可」
ws.merge_cells("B23:C23")
ws.merge_cells("D23:F23")
put("B23", "サイバーセキュリティ調査における回答データの活用の可否(※)", size=9)
put("D23", "可", h="center")
frame("B23:C23", shade)
frame("D23:F23")
ws.row_dimensions[23].height = 40

ws.merge_cells("B24:C24")
ws.merge_cells("D24:F24")
put("B24", "備考")
put("D24", "電子カルテは令和4年度に更新済み（次回更新は令和10年度予定）。\n"
           "ご連絡は平日8:30～17:15に担当者①へお願いします。", v="top")
frame("B24:C24", shade)
frame("D24:F24")
ws.row_dimensions[24].height = 60

ws.merge_cells("B26:F29")
put("B26", "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
           "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも"
           "活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。",
    size=9, v="top")

ws.print_area = "A1:G29"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.horizontalCentered = True
wb.save(OUT)
print("wrote", OUT)

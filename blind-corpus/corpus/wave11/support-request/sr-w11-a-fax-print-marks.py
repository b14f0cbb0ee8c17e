# Generator for sr-w11-a-fax-print-marks.xlsx
# Role: 病院の事務担当者. The prefecture's 回答様式 was retyped into Excel as a print-ready A4 sheet
# (bordered, merged label cells, spacer columns) so that it can be printed and sent by FAX.
# 活用の可否 is answered with a ○ mark beside 可; the declarations are answered by deleting the unwanted option.
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.page import PageMargins

OUT = "/work/blind/wave11/support-request"
NAME = "sr-w11-a-fax-print-marks.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "回答様式"

thin = Side(style="thin")
med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
font = Font(name="ＭＳ 明朝", size=11)
bold = Font(name="ＭＳ 明朝", size=11, bold=True)
title_font = Font(name="ＭＳ 明朝", size=13, bold=True)
small = Font(name="ＭＳ 明朝", size=9)
wrap_c = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap_l = Alignment(horizontal="left", vertical="center", wrap_text=True)
top_l = Alignment(horizontal="left", vertical="top", wrap_text=True)

# columns: A spacer | B label1 | C label2 | D mark | E option | F mark | G option | H spacer
widths = {"A": 2.5, "B": 14, "C": 16, "D": 5, "E": 14, "F": 5, "G": 22, "H": 2.5}
for col, w in widths.items():
    ws.column_dimensions[col].width = w


def put(cell, value, f=font, al=wrap_l):
    ws[cell] = value
    ws[cell].font = f
    ws[cell].alignment = al


def border_range(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box


put("G1", "（送付先 香川県医務国保課医療企画G宛\n　FAX 087-806-0248）", small, Alignment(horizontal="right", vertical="top", wrap_text=True))
ws.row_dimensions[1].height = 28
put("B2", "（別紙）", font)
ws.merge_cells("B3:G4")
put("B3", "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式", title_font, wrap_c)
ws.row_dimensions[3].height = 22
ws.row_dimensions[4].height = 22
ws.merge_cells("B6:G6")
put("B6", "当病院は、当該事業の支援を希望します。", bold, Alignment(horizontal="center", vertical="center"))
ws.row_dimensions[6].height = 24

simple = [
    (8, "医療機関コード", "37-1-05-1234-8"),
    (9, "病院名（正式名称）", "社会医療法人 瀬戸内会 丸亀みなと病院"),
    (10, "郵便番号", "〒763-0034"),
    (11, "住所", "香川県丸亀市大手町四丁目7番21号"),
    (12, "電話番号", "０８７７－２３－５６１０"),
]
for r, label, val in simple:
    ws.merge_cells(f"B{r}:C{r}")
    ws.merge_cells(f"D{r}:G{r}")
    put(f"B{r}", label, font, wrap_l)
    put(f"D{r}", val, font, wrap_l)
    ws.row_dimensions[r].height = 24
    border_range(f"B{r}:G{r}")

contacts = [
    (13, "担当者①\n【必須】", ("情報システム室 室長", "香西 健一", "kozai.k@marugame-minato.example.jp")),
    (16, "担当者②\n【必須】", ("事務部 総務課 主任", "大西 麻衣", "onishi.m@marugame-minato.example.jp")),
    (19, "担当者③", ("医療情報管理室 診療情報管理士", "十河 真由美", "sogo.m@marugame-minato.example.jp")),
]
for r0, label, vals in contacts:
    ws.merge_cells(f"B{r0}:B{r0 + 2}")
    put(f"B{r0}", label, font, wrap_c)
    for i, sub in enumerate(["所属・役職", "氏名", "Mail アドレス"]):
        r = r0 + i
        put(f"C{r}", sub, font, wrap_l)
        ws.merge_cells(f"D{r}:G{r}")
        put(f"D{r}", vals[i], font, wrap_l)
        ws.row_dimensions[r].height = 22
        border_range(f"B{r}:G{r}")

# 活用の可否: ○ typed into the mark cell in front of 可
r = 22
ws.merge_cells(f"B{r}:C{r}")
put(f"B{r}", "サイバーセキュリティ調査における回答データの活用の可否（※）", font, wrap_l)
put(f"D{r}", "○", bold, wrap_c)
put(f"E{r}", "可", font, Alignment(horizontal="left", vertical="center"))
put(f"F{r}", None, font, wrap_c)
put(f"G{r}", "不可", font, Alignment(horizontal="left", vertical="center"))
ws.row_dimensions[r].height = 40
border_range(f"B{r}:G{r}")

r = 23
ws.merge_cells(f"B{r}:C{r}")
ws.merge_cells(f"D{r}:G{r}")
put(f"B{r}", "備考", font, wrap_l)
put(f"D{r}", "電子カルテは令和3年度に更新済み（次回更改は令和9年度予定）。\n現地調査は平日午後を希望します。", font, top_l)
ws.row_dimensions[r].height = 48
border_range(f"B{r}:G{r}")

ws.merge_cells("B25:G25")
put("B25", "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
    "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも活用"
    "させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。"
    "（該当する方の左欄に○を記入）", small, top_l)
ws.row_dimensions[25].height = 52

ws.merge_cells("B27:G27")
put("B27", "【確認事項】（対象要件の確認のため、該当しない方を消してください）", bold, wrap_l)
decl = [
    (28, "１．令和6年度に本事業の支援を受けていない", "はい"),
    (29, "２．電子カルテシステムを導入している", "はい"),
    (30, "３．電子カルテ更改等の予定がなく、令和8年1月までに現地調査を完了できる", "はい"),
]
for r, q, a in decl:
    ws.merge_cells(f"B{r}:E{r}")
    ws.merge_cells(f"F{r}:G{r}")
    put(f"B{r}", q, font, wrap_l)
    put(f"F{r}", a, font, wrap_c)   # originally 「はい ・ いいえ」; the filler deleted 「・ いいえ」
    ws.row_dimensions[r].height = 30
    border_range(f"B{r}:G{r}")

put("B32", "回答日：令和7年2月20日", font, Alignment(horizontal="left", vertical="center"))

# print setup (A4 portrait, one page)
ws.print_area = "A1:H32"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.7, bottom=0.6)
ws.print_options.horizontalCentered = True
ws.sheet_view.showGridLines = False

wb.save(os.path.join(OUT, NAME))
print("wrote", NAME)

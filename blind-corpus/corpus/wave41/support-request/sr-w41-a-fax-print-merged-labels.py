# Generator: sr-w41-a-fax-print-merged-labels.xlsx
# Kagawa 回答様式 redrawn by a hospital's 医事課 as a print (FAX) sheet; saved by openpyxl, re-saved by LibreOffice.
import sys, os, subprocess, shutil
sys.path.insert(0, "/tmp/sr_hs_pylib")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.worksheet.page import PageMargins

OUT = "/work/blind/wave41/support-request"
NAME = "sr-w41-a-fax-print-merged-labels.xlsx"
TMP = "/tmp/sr_hs_work/a_src"
os.makedirs(TMP, exist_ok=True)

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin"); med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
mincho = "ＭＳ 明朝"
def f(sz=11, b=False): return Font(name=mincho, size=sz, bold=b)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

# column widths: A spacer, B label, C sub label, D..G value, H spacer
for col, w in zip("ABCDEFGH", [2, 16, 14, 14, 14, 14, 14, 2]):
    ws.column_dimensions[col].width = w

ws["F1"] = "（送付先　香川県医務国保課医療企画Ｇ宛"
ws["F2"] = "　ＦＡＸ　087-806-0248）"
for c in ("F1", "F2"): ws[c].font = f(10)

ws.merge_cells("B4:G5")
ws["B4"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws["B4"].font = f(13, True); ws["B4"].alignment = center
ws.row_dimensions[4].height = 20; ws.row_dimensions[5].height = 20

ws.merge_cells("B7:G7")
ws["B7"] = "当病院は、当該事業の支援を希望します。"
ws["B7"].font = f(12); ws["B7"].alignment = Alignment(horizontal="left", vertical="center")

row = 9
def simple(label, value, height=24):
    global row
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
    ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=7)
    ws.cell(row, 2, label).font = f(); ws.cell(row, 2).alignment = wrap
    ws.cell(row, 4, value).font = f(); ws.cell(row, 4).alignment = wrap
    ws.row_dimensions[row].height = height
    row += 1

simple("医療機関コード", "0304126")
ws.cell(row - 1, 4).number_format = "@"
simple("病院名（正式名称）", "医療法人社団　瀬戸内会　坂出みなと病院")
simple("郵便番号", "〒762-0003")
simple("住所", "香川県坂出市久米町二丁目４番１５号")
simple("電話番号", "０８７７－４６－２１５１")

def contact(label, dept, name, mail):
    global row
    ws.merge_cells(start_row=row, start_column=2, end_row=row + 2, end_column=2)
    ws.cell(row, 2, label).font = f(); ws.cell(row, 2).alignment = wrap
    for i, (sub, val) in enumerate([("所属・役職", dept), ("氏名", name), ("Mail アドレス", mail)]):
        r = row + i
        ws.cell(r, 3, sub).font = f(); ws.cell(r, 3).alignment = wrap
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
        ws.cell(r, 4, val).font = f(); ws.cell(r, 4).alignment = wrap
        ws.row_dimensions[r].height = 24
    row += 3

contact("担当者①\n【必須】", "事務部 医事課　課長", "三好　健一", "k-miyoshi@sakaide-minato-hp.or.jp")
contact("担当者②\n【必須】", "情報システム室　主任", "大西　真由美", "m-onishi@sakaide-minato-hp.or.jp ")
contact("担当者③", "診療情報管理室　診療情報管理士", "香西　亮", "r-kozai@sakaide-minato-hp.or.jp")

ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=7)
ws.cell(row, 2, "サイバーセキュリティ調査における回答データの活用の可否(※)").font = f(10)
ws.cell(row, 2).alignment = wrap
ws.cell(row, 4, "可").font = f(); ws.cell(row, 4).alignment = center   # 「・不可」を消して提出
ws.row_dimensions[row].height = 36
DATAUSE_ROW = row
row += 1
ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=7)
ws.cell(row, 2, "備考").font = f(); ws.cell(row, 2).alignment = wrap
ws.cell(row, 4, "電子カルテは令和4年更新済み（次回更改は令和9年度予定）。\n連絡は担当者②へお願いします。").font = f()
ws.cell(row, 4).alignment = Alignment(wrap_text=True, vertical="top")
ws.row_dimensions[row].height = 54
LAST = row

for r in range(9, LAST + 1):
    for c in range(2, 8):
        ws.cell(r, c).border = B

row = LAST + 2
ws.merge_cells(start_row=row, start_column=2, end_row=row + 3, end_column=7)
ws.cell(row, 2, "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
                "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも活用させて"
                "いただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。").font = f(9)
ws.cell(row, 2).alignment = Alignment(wrap_text=True, vertical="top")

ws.print_area = f"A1:H{row + 3}"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.6)

src = os.path.join(TMP, NAME)
wb.save(src)
# re-save with LibreOffice (as the hospital's PC would)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print("saved", os.path.join(OUT, NAME))

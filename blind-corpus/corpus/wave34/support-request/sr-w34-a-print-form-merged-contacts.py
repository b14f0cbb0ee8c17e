# Generator for sr-w34-a-print-form-merged-contacts.xlsx
# Kagawa-style FAX 回答様式, print layout with borders and merged contact blocks,
# filled by a hospital office clerk; saved by openpyxl, then re-saved by LibreOffice.
import sys, os, subprocess, shutil
sys.path.insert(0, "/tmp/sr-hs-pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w34-a-print-form-merged-contacts.xlsx"
TMP = "/tmp/sr-hs-build/sr-a"
os.makedirs(TMP, exist_ok=True)

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="F2F2F2")

ws.column_dimensions["A"].width = 2     # spacer
ws.column_dimensions["B"].width = 16
ws.column_dimensions["C"].width = 16
ws.column_dimensions["D"].width = 30
ws.column_dimensions["E"].width = 22
ws.column_dimensions["F"].width = 2     # spacer

ws["E1"] = "（別紙）"
ws["E1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B2:E3")
ws["B2"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws["B2"].alignment = center
ws["B2"].font = Font(size=13, bold=True)
ws.row_dimensions[2].height = 22
ws.row_dimensions[3].height = 22
ws["B5"] = "（送付先　香川県医務国保課医療企画Ｇ宛　ＦＡＸ　087-806-0248）"
ws["B5"].font = Font(size=9)
ws.merge_cells("B7:E7")
ws["B7"] = "当病院は、当該事業の支援を希望します。"
ws["B7"].font = Font(size=12, bold=True)
ws["B7"].alignment = Alignment(horizontal="center")

def boxed(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box

# single fields: label B:C merged, value D:E merged
single = [
    (9, "医療機関コード", 3710204565),
    (10, "病院名（正式名称）", "医療法人社団 瀬戸内会 丸亀みなと病院"),
    (11, "郵便番号", "763-0055"),
    (12, "住所", "香川県丸亀市新田町１２３番地"),
    (13, "電話番号", "0877-21-3456"),
]
for r, label, val in single:
    ws.merge_cells(f"B{r}:C{r}")
    ws.merge_cells(f"D{r}:E{r}")
    ws[f"B{r}"] = label
    ws[f"B{r}"].fill = grey
    ws[f"B{r}"].alignment = wrap
    ws[f"D{r}"] = val
    ws[f"D{r}"].alignment = Alignment(horizontal="left", vertical="center")
    boxed(f"B{r}:E{r}")
    ws.row_dimensions[r].height = 24

contacts = [
    (14, "担当者①\n【必須】", ("事務部 総務課 課長", "大西　健一", "k-onishi@marugame-minato-hp.jp")),
    (17, "担当者②\n【必須】", ("医療情報管理室 主任", "山下　早紀", "s-yamashita@marugame-minato-hp.jp")),
    (20, "担当者③", ("事務部 医事課 係長", "香川　大輔", "d-kagawa@marugame-minato-hp.jp ")),  # trailing space typed
]
for r, label, vals in contacts:
    ws.merge_cells(f"B{r}:B{r+2}")
    ws[f"B{r}"] = label
    ws[f"B{r}"].alignment = center
    ws[f"B{r}"].fill = grey
    for i, sub in enumerate(["所属・役職", "氏名", "Mail アドレス"]):
        ws[f"C{r+i}"] = sub
        ws[f"C{r+i}"].fill = grey
        ws.merge_cells(f"D{r+i}:E{r+i}")
        ws[f"D{r+i}"] = vals[i]
        ws.row_dimensions[r + i].height = 20
    boxed(f"B{r}:E{r+2}")

# 活用の可否: the printed "可 ・ 不可" with 不可 deleted by the hospital
ws.merge_cells("B23:C23")
ws["B23"] = "サイバーセキュリティ調査における回答データの活用の可否(※)"
ws["B23"].alignment = wrap
ws["B23"].fill = grey
ws.merge_cells("D23:E23")
ws["D23"] = "可"
ws["D23"].alignment = Alignment(horizontal="center", vertical="center")
boxed("B23:E23")
ws.row_dimensions[23].height = 42

ws.merge_cells("B24:C24")
ws["B24"] = "備考"
ws["B24"].fill = grey
ws["B24"].alignment = wrap
ws.merge_cells("D24:E24")
ws["D24"] = "現地調査は平日午後を希望します。\n電子カルテは令和3年更新済（次回更新は令和10年度予定）。"
ws["D24"].alignment = wrap
boxed("B24:E24")
ws.row_dimensions[24].height = 48

ws.merge_cells("B26:E29")
ws["B26"] = ("※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査に"
             "ついて（依頼）」により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答"
             "いただいた内容を当該事業でも活用させていただく可能性があり、ご了解いただける場合は、「可」と、"
             "ご了解いただけない場合は、「不可」と記載してください。")
ws["B26"].alignment = Alignment(wrap_text=True, vertical="top")
ws["B26"].font = Font(size=9)

ws.print_area = "A1:F29"
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

tmp_path = os.path.join(TMP, NAME)
wb.save(tmp_path)
# re-save through LibreOffice, as the hospital's PC did
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT_DIR, tmp_path],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print("wrote", os.path.join(OUT_DIR, NAME))

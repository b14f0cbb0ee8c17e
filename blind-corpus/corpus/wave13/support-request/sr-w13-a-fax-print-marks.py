#!/usr/bin/python3
# Generator for sr-w13-a-fax-print-marks.xlsx
# Role: Kagawa prefecture's 回答様式 drawn for FAX (A4 portrait, borders, spacer columns),
# filled by a hospital's 情報システム課, then opened and saved again in LibreOffice.
# No planted problem.
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT_DIR = "/work/blind/wave13/support-request"
NAME = "sr-w13-a-fax-print-marks"

thin = Side(style="thin")
med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
FONT = "ＭＳ 明朝"


def f(size=11, bold=False):
    return Font(name=FONT, size=size, bold=bold)


def border_range(ws, rng, border=box):
    for row in ws[rng]:
        for c in row:
            c.border = border


wb = Workbook()
ws = wb.active
ws.title = "回答様式"

# columns: A spacer | B group label | C sub label | D mark | E..H value | I spacer
widths = {"A": 2.5, "B": 14, "C": 16, "D": 5, "E": 12, "F": 5, "G": 12, "H": 14, "I": 2.5}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws["H1"] = "（別紙）"
ws["H1"].font = f(10)
ws["H1"].alignment = Alignment(horizontal="right")

ws.merge_cells("B2:H2")
ws["B2"] = "送付先　香川県医務国保課医療企画Ｇ宛　ＦＡＸ　０８７－８０６－０２４８"
ws["B2"].font = f(10)

ws.merge_cells("B4:H5")
ws["B4"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws["B4"].font = f(14, True)
ws["B4"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[4].height = 22
ws.row_dimensions[5].height = 22

ws.merge_cells("B7:H7")
ws["B7"] = "当病院は、当該事業の支援を希望します。"
ws["B7"].font = f(12, True)
ws["B7"].alignment = Alignment(horizontal="center")

ws.merge_cells("F8:H8")
ws["F8"] = "記入日：令和７年２月２０日"
ws["F8"].font = f(10)
ws["F8"].alignment = Alignment(horizontal="right")

simple = [
    (9, "医療機関コード", "37 1 05 1234 8"),
    (10, "病院名（正式名称）", "医療法人社団 瀬戸内会 坂出中央病院"),
    (11, "郵便番号", "〒７６２－００３１"),
    (12, "住所", "香川県坂出市文京町二丁目１番５号"),
    (13, "電話番号", "0877-46-5131"),
]
for r, label, val in simple:
    ws.merge_cells(f"B{r}:C{r}")
    ws.merge_cells(f"D{r}:H{r}")
    ws[f"B{r}"] = label
    ws[f"D{r}"] = val
    ws[f"B{r}"].font = f(11)
    ws[f"D{r}"].font = f(11)
    ws[f"B{r}"].alignment = Alignment(vertical="center")
    ws[f"D{r}"].alignment = Alignment(vertical="center")
    ws.row_dimensions[r].height = 24
    border_range(ws, f"B{r}:H{r}")

contacts = [
    (14, "担当者①\n【必須】", ("事務部 情報システム課 課長", "三好 健一", "k-miyoshi@sakaide-chuo.or.jp")),
    (17, "担当者②\n【必須】", ("事務部 情報システム課 主任", "大西 由美", "y-onishi@sakaide-chuo.or.jp ")),
    (20, "担当者③", ("診療情報管理室 室長", "真鍋 俊介", "manabe@sakaide-chuo.or.jp")),
]
for r0, glabel, vals in contacts:
    ws.merge_cells(f"B{r0}:B{r0 + 2}")
    ws[f"B{r0}"] = glabel
    ws[f"B{r0}"].font = f(11)
    ws[f"B{r0}"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for i, sub in enumerate(["所属・役職", "氏名", "Mail アドレス"]):
        r = r0 + i
        ws[f"C{r}"] = sub
        ws[f"C{r}"].font = f(10)
        ws.merge_cells(f"D{r}:H{r}")
        ws[f"D{r}"] = vals[i]
        ws[f"D{r}"].font = f(11)
        ws.row_dimensions[r].height = 22
    border_range(ws, f"B{r0}:H{r0 + 2}")

# 活用の可否: mark column before each option (D mark, E 可, F mark, G 不可)
r = 23
ws.merge_cells(f"B{r}:C{r}")
ws[f"B{r}"] = "サイバーセキュリティ調査における回答データの活用の可否(※)"
ws[f"B{r}"].font = f(10)
ws[f"B{r}"].alignment = Alignment(vertical="center", wrap_text=True)
ws.row_dimensions[r].height = 36
ws[f"D{r}"] = "○"
ws[f"E{r}"] = "可"
ws[f"F{r}"] = None
ws[f"G{r}"] = "不可"
ws[f"H{r}"] = "←該当に○"
for c in "DEFGH":
    ws[f"{c}{r}"].font = f(11) if c != "H" else f(8)
    ws[f"{c}{r}"].alignment = Alignment(horizontal="center", vertical="center")
border_range(ws, f"B{r}:H{r}")

r = 24
ws.merge_cells(f"B{r}:C{r}")
ws.merge_cells(f"D{r}:H{r}")
ws[f"B{r}"] = "備考"
ws[f"D{r}"] = "現地調査の日程は火曜・木曜の午後を希望します。"
ws[f"D{r}"].alignment = Alignment(vertical="top", wrap_text=True)
ws.row_dimensions[r].height = 40
for c in ("B", "D"):
    ws[f"{c}{r}"].font = f(11)
border_range(ws, f"B{r}:H{r}")

ws.merge_cells("B26:H28")
ws["B26"] = ("※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
             "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも"
             "活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。")
ws["B26"].font = f(8)
ws["B26"].alignment = Alignment(wrap_text=True, vertical="top")

# eligibility confirmation (marks in column B, text C:H)
ws.merge_cells("B30:H30")
ws["B30"] = "【確認事項】以下に該当する場合は、□欄にレ点を付してください。"
ws["B30"].font = f(10, True)
checks = [
    (31, "令和６年度に本事業の支援を受けていない。"),
    (32, "電子カルテシステムを導入している。"),
    (33, "電子カルテシステムの更改等がなく、令和８年１月までに現地調査を完了できる。"),
]
for r, text in checks:
    ws[f"B{r}"] = "レ"
    ws[f"B{r}"].alignment = Alignment(horizontal="right")
    ws[f"B{r}"].font = f(11)
    ws.merge_cells(f"C{r}:H{r}")
    ws[f"C{r}"] = text
    ws[f"C{r}"].font = f(10)

# hidden helper sheet for the drop-down lists
lst = wb.create_sheet("選択肢")
lst["A1"] = "○"
lst["B1"] = "レ"
lst.sheet_state = "hidden"
dv1 = DataValidation(type="list", formula1="選択肢!$A$1", allow_blank=True)
dv1.add("D23")
dv1.add("F23")
dv2 = DataValidation(type="list", formula1="選択肢!$B$1", allow_blank=True)
dv2.add("B31:B33")
ws.add_data_validation(dv1)
ws.add_data_validation(dv2)

ws.print_area = "A1:I33"
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.horizontalCentered = True
ws.sheet_view.showGridLines = False

# save with openpyxl, then let LibreOffice re-save it
tmp = tempfile.mkdtemp(dir=OUT_DIR, prefix="_tmp_")
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
conv = os.path.join(tmp, "conv")
os.makedirs(conv)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", conv, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.move(os.path.join(conv, NAME + ".xlsx"), os.path.join(OUT_DIR, NAME + ".xlsx"))
shutil.rmtree(tmp)
print("wrote", os.path.join(OUT_DIR, NAME + ".xlsx"))

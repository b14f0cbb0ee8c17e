#!/usr/bin/python3
"""sr-w16-a: Kagawa-style printable 回答様式 (label left, merged 担当者 labels), filled correctly.
Saved by openpyxl, then re-saved by LibreOffice (soffice --headless)."""
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w16-a-kagawa-print-label-left.xlsx"

def luhn(n9):
    s = 0
    for i, ch in enumerate(reversed(n9)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return str((10 - s % 10) % 10)

CODE = "371011234" + luhn("371011234")
assert CODE == "3710112347"

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin"); med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
mincho = Font(name="ＭＳ 明朝", size=11)
gothic_b = Font(name="ＭＳ ゴシック", size=14, bold=True)
gray = PatternFill("solid", fgColor="F2F2F2")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
left = Alignment(horizontal="left", vertical="center", wrap_text=True)

for col, w in {"A": 2, "B": 16, "C": 15, "D": 22, "E": 22, "F": 14, "G": 2}.items():
    ws.column_dimensions[col].width = w

ws["F1"] = "（別紙）"; ws["F1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B2:F3")
ws["B2"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws["B2"].font = gothic_b; ws["B2"].alignment = center
ws.row_dimensions[2].height = 24; ws.row_dimensions[3].height = 24
ws.merge_cells("B5:F5")
ws["B5"] = "送付先：香川県健康福祉部医務国保課医療企画G 宛　（FAX 087-806-0248）　回答期限：令和7年2月28日（金）"
ws["B5"].font = Font(name="ＭＳ 明朝", size=9)
ws.merge_cells("B7:F7")
ws["B7"] = "当病院は、当該事業の支援を希望します。"
ws["B7"].font = Font(name="ＭＳ 明朝", size=12, bold=True); ws["B7"].alignment = center
ws.row_dimensions[7].height = 28

r = 9
def single(label, value, height=26):
    global r
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    ws.cell(r, 2, label)
    ws.cell(r, 4, value)
    ws.row_dimensions[r].height = height
    r += 1

single("医療機関コード", CODE)
single("病院名（正式名称）", "医療法人社団 瀬戸内会　高松みなと病院")
single("郵便番号", "760-0066")
single("住所", "香川県高松市福岡町三丁目12番8号")
single("電話番号", "087-851-4470")

contacts = [
    ("担当者①\n【必須】", "情報システム課　課長", "宮脇　達也", "t-miyawaki@setouchi-minato.or.jp"),
    ("担当者②\n【必須】", "事務部医事課　主任", "真鍋　由香", "y-manabe@setouchi-minato.or.jp"),
    ("担当者③", "診療情報管理室　室長", "大西　健二", "k-onishi@setouchi-minato.or.jp"),
]
for lab, dept, name, mail in contacts:
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 2, end_column=2)
    ws.cell(r, 2, lab)
    for i, (sub, val) in enumerate([("所属・役職", dept), ("氏名", name), ("Mail アドレス", mail)]):
        ws.cell(r + i, 3, sub)
        ws.merge_cells(start_row=r + i, start_column=4, end_row=r + i, end_column=6)
        ws.cell(r + i, 4, val)
        ws.row_dimensions[r + i].height = 22
    r += 3

# 活用の可否: printed "可 ・ 不可"; the filler deleted 不可 and left 可
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
ws.cell(r, 2, "サイバーセキュリティ調査における回答データの活用の可否(※)")
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
ws.cell(r, 4, "可")
ws.row_dimensions[r].height = 40
DATAUSE_ROW = r
r += 1
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
ws.cell(r, 2, "備考")
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
ws.cell(r, 4, "電子カルテ（令和3年導入）の更改予定はありません。\n現地調査は平日13時以降を希望します。")
ws.row_dimensions[r].height = 48
LAST = r

for row in ws.iter_rows(min_row=9, max_row=LAST, min_col=2, max_col=6):
    for c in row:
        c.border = box
        c.font = mincho
        if c.column <= 3:
            c.fill = gray
            c.alignment = center if c.column == 2 else left
        else:
            c.alignment = left

r = LAST + 2
ws.merge_cells(start_row=r, start_column=2, end_row=r + 3, end_column=6)
ws.cell(r, 2, "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
              "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも"
              "活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。")
ws.cell(r, 2).font = Font(name="ＭＳ 明朝", size=9)
ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")

# hidden list sheet for the 可/不可 drop-down
lst = wb.create_sheet("list")
lst["A1"] = "可"; lst["A2"] = "不可"
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=list!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv); dv.add(f"D{DATAUSE_ROW}")

ws.print_area = f"A1:G{r + 3}"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

tmp = tempfile.mkdtemp()
raw = os.path.join(tmp, NAME)
wb.save(raw)
out = tempfile.mkdtemp()
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", out, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(out, NAME), os.path.join(HERE, NAME))
print("wrote", NAME)

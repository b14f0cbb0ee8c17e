# Generator for hs-w34-a-one-sheet-quota-above-list.xlsx
# Prefecture office (岡山県) 別紙様式: one sheet, prefecture name, quota table with COUNTIF check
# columns (formulas without cached values, openpyxl save), then the selected-hospital list.
# Dropdown lists live on a hidden sheet "リスト".
import sys, os
sys.path.insert(0, "/tmp/sr-hs-pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w34-a-one-sheet-quota-above-list.xlsx"

BANDS = [("20～99床", 3), ("100～199床", 2), ("200～399床", 2), ("400床以上", 1)]
HOSPITALS = [
    ("3310115237", "医療法人 吉備会 吉備高原病院", 58, "20～99床", "○", "中山間地域で唯一の入院医療機関"),
    ("3310145085", "医療法人社団 旭水会 旭東病院", 84, "20～99床", "○", "立入検査でバックアップ体制が不十分"),
    ("3310211903", "津山みどり病院", 46, "20～99床", "○", None),
    ("3310302173", "医療法人 倉敷南会 倉敷南中央病院", 150, "100～199床", "○", "二次救急（病院群輪番制）参加"),
    ("3310512664", "玉野港南病院", 180, "100～199床", "○", "立入検査でVPN装置の管理が不十分"),
    ("3310608843", "社会医療法人 備前会 備前総合病院", 320, "200～399床", "○", "救急告示病院・災害拠点病院"),
    ("3310129717", "岡山西部医療センター", 245, "200～399床", "○", "地域医療支援病院"),
    ("3310313451", "岡山県南総合医療センター", 610, "400床以上", "○", "三次救急を担い、診療停止時の地域医療への影響が大きい"),
]

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="E2EFDA")
bold = Font(bold=True)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

for col, w in zip("ABCDEFGH", (5, 14, 34, 9, 13, 11, 44, 2)):
    ws.column_dimensions[col].width = w

ws["G1"] = "別紙様式"
ws["G1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A2:G2")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」の実施に係る支援対象病院の選定結果"
ws["A2"].font = Font(size=13, bold=True)
ws["A2"].alignment = Alignment(horizontal="center")

ws["B4"] = "都道府県名"
ws["B4"].fill = head
ws["B4"].border = box
ws["C4"] = "岡山県"
ws["C4"].border = box

ws["A6"] = "１　病床規模別の支援枠"
ws["A6"].font = bold
for j, h in enumerate(["病床規模", "支援枠", "選定数", "過不足"]):
    c = ws.cell(row=7, column=2 + j, value=h)
    c.fill = head
    c.font = bold
    c.border = box
    c.alignment = center
FIRST, LAST = 17, 17 + len(HOSPITALS) - 1
for i, (band, quota) in enumerate(BANDS):
    r = 8 + i
    ws.cell(row=r, column=2, value=band)
    ws.cell(row=r, column=3, value=quota)
    ws.cell(row=r, column=4, value=f'=COUNTIF($E${FIRST}:$E${LAST + 10},B{r})')
    ws.cell(row=r, column=5, value=f'=D{r}-C{r}')
    for j in range(2, 6):
        ws.cell(row=r, column=j).border = box
r = 8 + len(BANDS)
ws.cell(row=r, column=2, value="合計")
ws.cell(row=r, column=3, value=f"=SUM(C8:C{r-1})")
ws.cell(row=r, column=4, value=f"=SUM(D8:D{r-1})")
ws.cell(row=r, column=5, value=f"=D{r}-C{r}")
for j in range(2, 6):
    ws.cell(row=r, column=j).border = box
    ws.cell(row=r, column=j).font = bold
ws["B13"] = "※ 過不足が0となるよう選定すること（支援枠の病院を過不足なく選定）。"
ws["B13"].font = Font(size=9)

ws["A15"] = "２　選定した支援対象病院"
ws["A15"].font = bold
for j, h in enumerate(["No.", "医療機関コード", "病院名", "病床数", "病床規模区分", "電子カルテ導入\n(○/×)", "選定理由（任意）"]):
    c = ws.cell(row=16, column=1 + j, value=h)
    c.fill = head
    c.font = bold
    c.border = box
    c.alignment = center
ws.row_dimensions[16].height = 30
for i, (code, name, beds, band, ehr, reason) in enumerate(HOSPITALS):
    r = FIRST + i
    vals = [i + 1, code, name, beds, band, ehr, reason]
    for j, v in enumerate(vals):
        c = ws.cell(row=r, column=1 + j, value=v)
        c.border = box
    ws.cell(row=r, column=2).number_format = "@"
    ws.cell(row=r, column=6).alignment = Alignment(horizontal="center")
    ws.cell(row=r, column=7).alignment = Alignment(wrap_text=True, vertical="center")
# empty bordered rows left under the list (form had room for more)
for r in range(LAST + 1, LAST + 4):
    for j in range(1, 8):
        ws.cell(row=r, column=j).border = box

# hidden list sheet for dropdowns
lst = wb.create_sheet("リスト")
for i, (band, _) in enumerate(BANDS):
    lst.cell(row=1 + i, column=1, value=band)
lst["B1"] = "○"
lst["B2"] = "×"
lst.sheet_state = "hidden"
dv_band = DataValidation(type="list", formula1=f"リスト!$A$1:$A${len(BANDS)}", allow_blank=True)
dv_ehr = DataValidation(type="list", formula1="リスト!$B$1:$B$2", allow_blank=True)
ws.add_data_validation(dv_band)
ws.add_data_validation(dv_ehr)
dv_band.add(f"E{FIRST}:E{LAST + 3}")
dv_ehr.add(f"F{FIRST}:F{LAST + 3}")

ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.print_area = f"A1:G{LAST + 3}"
wb.save(os.path.join(OUT_DIR, NAME))
print("wrote", os.path.join(OUT_DIR, NAME))

# Generator for hs-w44-a-one-sheet-quota-above-list.xlsx
# Prefecture (Tottori) → MHLW 別紙様式 as drawn on one sheet: title + notes, 都道府県名, quota table with
# COUNTIF 選定数 formulas (saved by openpyxl: no cached values), then the hospital list with a labelled 記入例 row.
import sys, os
sys.path.insert(0, "/tmp/w44sr-pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w44-a-one-sheet-quota-above-list"

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="D9D9D9")
ex = PatternFill("solid", fgColor="FFF2CC")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)

for col, w in zip("ABCDEFGH", [2, 8, 14, 34, 9, 13, 12, 40]):
    ws.column_dimensions[col].width = w

ws["H1"] = "別紙様式"
ws["H1"].alignment = Alignment(horizontal="right")
ws["B2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院（令和6年度）"
ws["B2"].font = Font(size=14, bold=True)

ws["B4"] = "都道府県名"
ws["B4"].fill = hdr
ws.merge_cells("B4:C4")
ws["D4"] = "鳥取県"
for c in ("B4", "C4", "D4"):
    ws[c].border = B
    ws[c].alignment = center

ws["B6"] = "１．病床規模別の支援枠"
ws["B6"].font = Font(bold=True)
heads = ["病床規模", None, "支援枠", "選定数", "過不足"]
# quota table in B7:G.. (病床規模 merged B:C)
ws.merge_cells("B7:C7")
ws["B7"] = "病床規模"; ws["D7"] = "支援枠"; ws["E7"] = "選定数"; ws["F7"] = "過不足"
for c in ("B7", "C7", "D7", "E7", "F7"):
    ws[c].fill = hdr; ws[c].alignment = center; ws[c].border = B
quotas = [("20～99床", 5), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]
first, last = 17, 27   # data rows of the hospital list (記入例 is row 16, not counted)
for i, (band, q) in enumerate(quotas):
    r = 8 + i
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(r, 2, band)
    ws.cell(r, 4, q)
    ws.cell(r, 5, f'=COUNTIF($F${first}:$F${last},B{r})')
    ws.cell(r, 6, f"=E{r}-D{r}")
    for c in range(2, 7):
        ws.cell(r, c).border = B; ws.cell(r, c).alignment = center
r = 12
ws.merge_cells("B12:C12")
ws["B12"] = "合計"
ws["D12"] = "=SUM(D8:D11)"; ws["E12"] = "=SUM(E8:E11)"; ws["F12"] = "=E12-D12"
for c in range(2, 7):
    ws.cell(r, c).border = B; ws.cell(r, c).alignment = center; ws.cell(r, c).font = Font(bold=True)
ws["G8"] = "※支援枠の数の病院を過不足なく選定してください（過不足欄が0となるように）。"
ws["G8"].font = Font(size=9, color="C00000")

ws["B14"] = "２．支援対象病院一覧（電子カルテシステムを導入している病院に限る）"
ws["B14"].font = Font(bold=True)
cols = ["No.", "医療機関コード\n（10桁）", "病院名", "病床数", "病床規模区分", "電子カルテ\n導入", "選定理由（任意）"]
for j, h in enumerate(cols):
    c = ws.cell(15, 2 + j, h); c.fill = hdr; c.alignment = center; c.border = B
ws.row_dimensions[15].height = 30

example = ("記入例", "3110100009", "○○病院", 150, "100～199床", "有", "地域の二次救急医療を担っており、診療停止時の影響が大きいため")
rows = [
    ("3110102153", "湖東記念病院", 52, "20～99床", "有", None),
    ("3110103292", "医療法人 千代川会 千代川病院", 88, "20～99床", "有", "立入検査でセキュリティ対策が不十分と思われたため"),
    ("3110201088", "米子浜の里病院", 45, "20～99床", "有", None),
    ("3110202201", "医療法人社団 弓浜会 弓浜記念病院", 60, "20～99床", "有", None),
    ("3110301177", "倉吉みどり病院", 30, "20～99床", "有", "立入検査でセキュリティ対策が不十分と思われたため"),
    ("3110104415", "鳥取東部リハビリテーション病院", 150, "100～199床", "有", None),
    ("3110203449", "米子東山病院", 199, "100～199床", "有", "二次救急医療機関"),
    ("3110302324", "倉吉中央病院", 120, "100～199床", "有", "二次救急医療機関\n中部圏域の救急輪番の中心"),
    ("3110105636", "鳥取市民健康病院", 310, "200～399床", "有", "地域の救急等の主要な診療機能を担う病院"),
    ("3110401456", "境港総合病院", 220, "200～399床", "有", "二次救急医療機関"),
    ("3110106774", "大山医療センター", 450, "400床以上", "有", "三次救急・災害拠点病院であり、地域医療への影響が大きいため"),
]
for j, v in enumerate(example):
    c = ws.cell(16, 2 + j, v); c.fill = ex; c.border = B
    c.alignment = center if j in (0, 1, 3, 4, 5) else wrap
    c.font = Font(color="7F7F7F", italic=True)
for i, row in enumerate(rows):
    r = first + i
    vals = (i + 1,) + row
    for j, v in enumerate(vals):
        c = ws.cell(r, 2 + j, v); c.border = B
        c.alignment = center if j in (0, 1, 3, 4, 5) else wrap
        if j == 1:
            c.number_format = "@"
    ws.row_dimensions[r].height = 30 if (row[5] and len(row[5]) > 18) else 18
assert first + len(rows) - 1 == last

ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.print_title_rows = "15:15"

wb.save(os.path.join(HERE, NAME + ".xlsx"))
print("saved", NAME + ".xlsx")

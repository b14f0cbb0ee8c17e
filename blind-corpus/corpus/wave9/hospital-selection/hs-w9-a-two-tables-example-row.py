#!/usr/bin/python3
# Generator for hs-w9-a-two-tables-example-row.xlsx
# Role: 岡山県 保健医療部 official who makes the 別紙様式 for MHLW on one sheet: the quota table
# (bands across, 支援枠 / 選定数 rows, COUNTIF formulas left uncached by openpyxl) above the hospital list;
# the list keeps a correctly labelled 記入例 row, codes are numeric cells, 病床数 is numeric with a "床"
# display format, 電子カルテ導入 is ○, rows sorted by code (bands interleaved). A hidden sheet feeds drop-downs.
# No planted problem: every band exactly filled, beds inside bands, all have EHR, codes valid.
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave9/hospital-selection"
NAME = "hs-w9-a-two-tables-example-row.xlsx"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="D9E1F2")
exfill = PatternFill("solid", fgColor="F2F2F2")
FN = "ＭＳ Ｐゴシック"
wrap = Alignment(wrap_text=True, vertical="center")
cen = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
for col, w in zip("ABCDEFG", (9, 15, 30, 11, 14, 12, 46)):
    ws.column_dimensions[col].width = w


def cell(ref, v, font=None, al=wrap, border=True, fill=None, fmt=None):
    c = ws[ref]
    c.value = v
    c.font = font or Font(name=FN, size=10.5)
    c.alignment = al
    if border:
        c.border = box
    if fill:
        c.fill = fill
    if fmt:
        c.number_format = fmt
    return c


cell("G1", "（別紙様式）", Font(name=FN, size=10.5), Alignment(horizontal="right"), border=False)
ws.merge_cells("A2:G2")
cell("A2", "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院の選定について",
     Font(name=FN, size=14, bold=True), Alignment(horizontal="center"), border=False)
ws.merge_cells("A4:C4")
cell("A4", "都道府県名：岡山県", Font(name=FN, size=12, bold=True), Alignment(horizontal="left"), border=False)
ws.merge_cells("E4:G4")
cell("E4", "（担当）保健医療部 医療推進課　TEL 086-226-7381", Font(name=FN, size=9),
     Alignment(horizontal="right"), border=False)

# ---- table 1: quotas (bands across) ----
cell("A6", "１．病床規模別の支援枠", Font(name=FN, size=11, bold=True), Alignment(horizontal="left"), border=False)
bands = ["20～99床", "100～199床", "200～399床", "400床以上"]
quotas = [4, 3, 2, 1]
cell("A7", "病床規模", al=cen, fill=hdr)
cell("A8", "支援枠", al=cen, fill=hdr)
cell("A9", "選定数", al=cen, fill=hdr)
ws.merge_cells("A7:B7")
ws.merge_cells("A8:B8")
ws.merge_cells("A9:B9")
for r in (7, 8, 9):
    ws[f"B{r}"].border = box
cols = "CDEF"
for col, b, q in zip(cols, bands, quotas):
    cell(f"{col}7", b, al=cen, fill=hdr)
    cell(f"{col}8", q, al=cen)
    cell(f"{col}9", f'=COUNTIF($E$15:$E$24,{col}7)', al=cen)
cell("G7", "合計", al=cen, fill=hdr)
cell("G8", "=SUM(C8:F8)", al=cen)
cell("G9", "=SUM(C9:F9)", al=cen)

# ---- table 2: selected hospitals ----
cell("A11", "２．支援対象病院", Font(name=FN, size=11, bold=True), Alignment(horizontal="left"), border=False)
ws.merge_cells("A12:G12")
cell("A12", "※支援枠の数の病院を過不足なく選定すること。電子カルテ導入欄は導入済みの場合「○」。選定理由は任意。",
     Font(name=FN, size=9), Alignment(horizontal="left"), border=False)
heads = ["No.", "医療機関コード\n（10桁）", "病院名", "病床数", "病床規模区分", "電子カルテ\n導入", "選定理由（任意）"]
for col, h in zip("ABCDEFG", heads):
    cell(f"{col}13", h, Font(name=FN, size=10.5, bold=True), cen, fill=hdr)
ws.row_dimensions[13].height = 30

ex = ["記入例", 3310000000, "○○病院", 150, "100～199床", "○", "（例）地域の二次救急を担っている"]
exfont = Font(name=FN, size=10, italic=True, color="7F7F7F")
for col, v in zip("ABCDEFG", ex):
    cell(f"{col}14", v, exfont, cen if col in "ABDEF" else wrap, fill=exfill,
         fmt="0" if col == "B" else ('0"床"' if col == "D" else None))

rows = [
    (3310101187, "医療法人 旭水会 旭川中央病院", 312, "200～399床", "○",
     "岡山市北区の二次救急輪番の中核。\n停止時の地域医療への影響が大きい"),
    (3310105212, "医療法人 清心会 京山記念病院", 48, "20～99床", "○", ""),
    (3310109842, "西大寺第一病院", 156, "100～199床", "○", "立入検査でバックアップ体制が不十分"),
    (3310202076, "倉敷港南総合病院", 562, "400床以上", "○", "救命救急センター、災害拠点病院"),
    (3310303312, "津山みどり病院", 120, "100～199床", "○", "県北の救急告示病院"),
    (3310401199, "玉野臨港病院", 92, "20～99床", "○", "立入検査でパスワード管理等が不十分"),
    (3310604537, "医療法人 朝陽会 笠岡あさひ病院", 60, "20～99床", "○", ""),
    (3310802750, "井原ひまわり病院", 35, "20～99床", "○", "へき地医療拠点"),
    (3311001337, "高梁中央会病院", 199, "100～199床", "○", "地域の二次救急を担っている"),
    (3311200640, "新見渓水病院", 250, "200～399床", "○", "新見医療圏の中核病院"),
]
r = 15
for i, (code, name, beds, band, ehr, reason) in enumerate(rows, start=1):
    cell(f"A{r}", i, al=cen)
    cell(f"B{r}", code, al=cen, fmt="0")
    cell(f"C{r}", name)
    cell(f"D{r}", beds, al=cen, fmt='0"床"')
    cell(f"E{r}", band, al=cen)
    cell(f"F{r}", ehr, al=cen)
    cell(f"G{r}", reason if reason else None)
    ws.row_dimensions[r].height = 30 if "\n" in reason else 20
    r += 1

# hidden list sheet + drop-downs
wl = wb.create_sheet("選択肢")
for i, b in enumerate(bands, start=1):
    wl.cell(row=i, column=1, value=b)
wl.cell(row=1, column=2, value="○")
wl.cell(row=2, column=2, value="×")
wl.sheet_state = "hidden"
dv1 = DataValidation(type="list", formula1="=選択肢!$A$1:$A$4", allow_blank=True)
dv2 = DataValidation(type="list", formula1="=選択肢!$B$1:$B$2", allow_blank=True)
ws.add_data_validation(dv1)
ws.add_data_validation(dv2)
dv1.add("E15:E24")
dv2.add("F15:F24")

ws.freeze_panes = "A14"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
ws.print_title_rows = "13:13"

wb.active = 0
wb.save(os.path.join(OUT, NAME))
print("wrote", NAME)

#!/usr/bin/python3
"""別紙様式 drawn by 鳥取県 医療政策課: one sheet, 都道府県名 in one cell (label：value), quota table on top
with COUNTIF 選定数/過不足 columns (formulas, no cached values: saved by openpyxl), hospital list below.
Codes typed as numbers. Filled completely and correctly."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hs-w24-a-quota-table-above-list.xlsx")
wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hfill = PatternFill("solid", fgColor="E2EFDA")
font = "游ゴシック"
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
for col, w in zip("ABCDEFGH", (2, 14, 15, 34, 9, 13, 11, 40)):
    ws.column_dimensions[col].width = w

def put(ref, v, bold=False, align=wrap, fill=None, border=False, size=11, fmt=None):
    c = ws[ref]
    c.value = v
    c.font = Font(name=font, size=size, bold=bold)
    c.alignment = align
    if fill: c.fill = fill
    if border: c.border = box
    if fmt: c.number_format = fmt
    return c

put("H1", "別紙様式", align=Alignment(horizontal="right"))
ws.merge_cells("B2:H2")
put("B2", "「医療機関におけるサイバーセキュリティ確保事業」の実施に係る支援対象病院の選定について", bold=True, size=13, align=center)
put("B4", "都道府県名：鳥取県", bold=True, size=12)
ws.merge_cells("E4:H4")
put("E4", "（担当）鳥取県福祉保健部 医療政策課　TEL 0857-26-7195", size=10, align=Alignment(horizontal="right"))

put("B6", "１．病床規模別の支援枠", bold=True)
for ref, t in (("B7", "病床規模"), ("C7", "支援枠"), ("D7", "選定数（自動計算）"), ("E7", "過不足")):
    put(ref, t, fill=hfill, border=True, align=center)
bands = [("20～99床", 4), ("100～199床", 3), ("200～399床", 2), ("400床以上", 2)]
FIRST, LAST = 16, 40
for i, (b, q) in enumerate(bands):
    r = 8 + i
    put(f"B{r}", b, border=True, align=center)
    put(f"C{r}", q, border=True, align=center)
    put(f"D{r}", f"=COUNTIF($F${FIRST}:$F${LAST},B{r})", border=True, align=center)
    put(f"E{r}", f"=D{r}-C{r}", border=True, align=center)
put("B12", "合計", border=True, align=center, bold=True)
put("C12", "=SUM(C8:C11)", border=True, align=center, bold=True)
put("D12", "=SUM(D8:D11)", border=True, align=center, bold=True)
put("E12", "=D12-C12", border=True, align=center, bold=True)
ws.merge_cells("F7:H9")
put("F7", "※支援枠の数の病院を過不足なく選定してください。\n※電子カルテシステムを導入している病院に限ります。", size=9,
    align=Alignment(wrap_text=True, vertical="top"))

put("B14", "２．支援対象病院", bold=True)
for ref, t in (("B15", "No."), ("C15", "医療機関コード"), ("D15", "病院名"), ("E15", "病床数"),
               ("F15", "病床規模区分"), ("G15", "電子カルテ\n導入"), ("H15", "選定理由（任意）")):
    put(ref, t, fill=hfill, border=True, align=center)
ws.row_dimensions[15].height = 32
hosp = [
    (3110101239, "医療法人 湖山会 湖東病院", 48, "20～99床", "立入検査においてセキュリティ対策が不十分"),
    (3110207895, "医療法人 東伯会 やまびこ病院", 60, "20～99床", None),
    (3110303215, "社会医療法人 仁和会 米子北浜病院", 92, "20～99床", "二次救急（救急告示病院）"),
    (3110406547, "医療法人 清風会 智頭みどり病院", 35, "20～99床", "へき地医療を担う地域唯一の病院"),
    (3110104563, "医療法人 明和会 鳥取千代病院", 150, "100～199床", "二次救急（救急告示病院）"),
    (3110501479, "倉吉やすらぎ病院", 120, "100～199床", None),
    (3110202581, "境港みなと総合病院", 199, "100～199床", "地域の救急医療を担う\n（夜間救急の受入多数）"),
    (3110303694, "米子中央医療センター", 310, "200～399床", "地域医療支援病院、二次救急"),
    (3110604711, "倉吉東部総合病院", 230, "200～399床", "立入検査においてセキュリティ対策が不十分"),
    (3110109877, "鳥取県東部中央病院", 518, "400床以上", "救命救急センター、災害拠点病院"),
    (3110105826, "西部大学医学部附属病院", 680, "400床以上", "特定機能病院、災害拠点病院"),
]
for i, (code, name, beds, band, reason) in enumerate(hosp):
    r = FIRST + i
    put(f"B{r}", i + 1, border=True, align=center)
    put(f"C{r}", code, border=True, align=center, fmt="0")
    put(f"D{r}", name, border=True)
    put(f"E{r}", beds, border=True, align=center)
    put(f"F{r}", band, border=True, align=center)
    put(f"G{r}", "有", border=True, align=center)
    put(f"H{r}", reason, border=True)
    ws.row_dimensions[r].height = 30 if reason and "\n" in reason else 20
for r in range(FIRST + len(hosp), FIRST + len(hosp) + 3):   # a few empty bordered rows left in the table
    for col in "BCDEFGH":
        ws[f"{col}{r}"].border = box

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.freeze_panes = "B16"
wb.save(OUT)
print("saved", OUT)

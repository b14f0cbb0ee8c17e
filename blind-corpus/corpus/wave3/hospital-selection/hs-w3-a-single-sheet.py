#!/usr/bin/python3
"""hs-w3-a-single-sheet: Okayama's 別紙様式 on one sheet — header, quota table with COUNTIF/SUM formulas
(saved by openpyxl, no cached values), then the hospital list after a correctly labelled 記入例 row.
Filled completely and correctly. Regenerate: /usr/bin/python3 hs-w3-a-single-sheet.py"""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w3-a-single-sheet"


def check_digit(n9):
    s = 0
    for i, ch in enumerate(reversed(n9)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)


def code(gun, num, pref="33"):
    n9 = pref + "1" + gun + num
    return n9 + check_digit(n9)


thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
GREY = PatternFill("solid", fgColor="EDEDED")
F = "ＭＳ Ｐゴシック"

QUOTAS = [("20～99床", 4), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]
HOSP = [
    # code, name, beds, band, reason
    (code("01", "1203"), "医療法人 旭川会 旭川東病院", 60, "20～99床", None),
    (code("05", "0417"), "吉備高原病院", 45, "20～99床", None),
    (code("12", "3008"), "医療法人社団 牛窓会 うしまど病院", 88, "20～99床", "立入検査においてセキュリティ対策が不十分と認められたため"),
    (code("04", "2251"), "児島中央病院", 32, "20～99床", None),
    (code("02", "1186"), "倉敷みなみ病院", 150, "100～199床", "二次救急医療機関"),
    (code("08", "0032"), "津山第一病院", 199, "100～199床", "県北地域の二次救急を担う"),
    (code("07", "5540"), "玉野協立病院", 120, "100～199床", None),
    (code("01", "0876"), "岡山西総合病院", 320, "200～399床", "救急告示病院、地域医療支援病院"),
    (code("11", "0309"), "備前市民病院", 210, "200～399床", "へき地医療拠点病院"),
    (code("01", "0015"), "岡山中央医療センター", 512, "400床以上", "救命救急センターを有し、診療停止時の地域医療への影響が大きい"),
]

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
widths = {"A": 8, "B": 15, "C": 34, "D": 9, "E": 13, "F": 11, "G": 46}
for col, w in widths.items():
    ws.column_dimensions[col].width = w


def cell(ref, v, bold=False, fill=None, align=None, size=10, border=True, italic=False, color=None):
    c = ws[ref]
    c.value = v
    c.font = Font(name=F, bold=bold, size=size, italic=italic, color=color)
    if fill:
        c.fill = fill
    if border:
        c.border = box
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    return c


ws["G1"] = "別紙様式"
ws["G1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A2:G2")
cell("A2", "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院の選定結果", bold=True, size=14,
     align="center", border=False)
ws.merge_cells("A3:G3")
cell("A3", "※ 病床規模別に示された支援枠の数の病院を過不足なく選定すること。支援対象は電子カルテシステムを導入している病院に限る。",
     size=9, border=False)
ws.merge_cells("A4:G4")
cell("A4", "※ 提出期限：令和6年3月15日（金）　提出先：厚生労働省医政局 医療情報室", size=9, border=False)

ws.merge_cells("A6:B6")
cell("A6", "都道府県名", bold=True, fill=HEAD, align="center")
ws["B6"].border = box
cell("C6", "岡山県", align="center")

# quota table with formulas (openpyxl: no cached values)
cell("A8", "【支援枠】", bold=True, border=False)
for col, h in zip("ABCDE", ["", "病床規模", "支援枠", "選定数", "過不足"]):
    if col == "A":
        continue
    cell(f"{col}9", h, bold=True, fill=HEAD, align="center")
first_q = 10
for i, (band, q) in enumerate(QUOTAS):
    r = first_q + i
    cell(f"B{r}", band, align="center")
    cell(f"C{r}", q, align="center")
    cell(f"D{r}", f'=COUNTIF($E$17:$E$40,B{r})', align="center")
    cell(f"E{r}", f'=D{r}-C{r}', align="center")
rt = first_q + len(QUOTAS)
cell(f"B{rt}", "合計", bold=True, align="center", fill=GREY)
cell(f"C{rt}", f"=SUM(C{first_q}:C{rt-1})", align="center", fill=GREY)
cell(f"D{rt}", f"=SUM(D{first_q}:D{rt-1})", align="center", fill=GREY)
cell(f"E{rt}", f"=D{rt}-C{rt}", align="center", fill=GREY)

# hospital list
cell("A15", "【選定病院一覧】", bold=True, border=False)
hdr = ["No.", "医療機関コード\n（10桁）", "病院名", "病床数", "病床規模区分", "電子カルテ\n導入", "選定理由（任意）"]
for col, h in zip("ABCDEFG", hdr):
    cell(f"{col}16", h, bold=True, fill=HEAD, align="center")
ws.row_dimensions[16].height = 30
# correctly labelled example row (must be ignored)
ex = ["記入例", code("07", "1236"), "○○病院", 150, "100～199床", "○", "救急等の主要な診療機能を担っている"]
for col, v in zip("ABCDEFG", ex):
    cell(f"{col}17", v, fill=GREY, italic=True, color="808080", align="center" if col in "ABDEF" else None)
# example row sits at 17; COUNTIF range starts at 18 so the example is not counted
for i in range(len(QUOTAS)):
    ws[f"D{first_q+i}"].value = f'=COUNTIF($E$18:$E$40,B{first_q+i})'

r = 18
for n, (cd, name, beds, band, reason) in enumerate(HOSP, 1):
    vals = [n, cd, name, beds, band, "○", reason]
    for col, v in zip("ABCDEFG", vals):
        c = cell(f"{col}{r}", v, align="center" if col in "ABDEF" else None)
        if col == "B":
            c.number_format = "@"
    r += 1
for rr in range(r, r + 3):   # a few empty bordered rows left for additions
    for col in "ABCDEFG":
        ws[f"{col}{rr}"].border = box

opt = wb.create_sheet("リスト")
for i, (band, _) in enumerate(QUOTAS, 1):
    opt.cell(row=i, column=1, value=band)
opt["B1"] = "○"
opt["B2"] = "×"
opt.sheet_state = "hidden"
dv1 = DataValidation(type="list", formula1="=リスト!$A$1:$A$4", allow_blank=True)
dv2 = DataValidation(type="list", formula1="=リスト!$B$1:$B$2", allow_blank=True)
ws.add_data_validation(dv1)
ws.add_data_validation(dv2)
dv1.add("E18:E40")
dv2.add("F18:F40")
ws.freeze_panes = "A17"

wb.save(os.path.join(HERE, NAME + ".xlsx"))
for h in HOSP:
    print(h[0], h[1], h[2], h[3])
print("example", ex[1])

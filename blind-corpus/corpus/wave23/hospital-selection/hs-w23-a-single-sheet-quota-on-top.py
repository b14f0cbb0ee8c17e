#!/usr/bin/python3
"""hs-w23-a: prefecture (Okayama) 別紙様式 on one sheet: title block, 都道府県名 in a `label：value` cell,
quota table on top (with COUNTIF/SUM formulas left uncached by openpyxl), selected-hospital list below.
No planted problem: every band is filled exactly to its quota."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side


def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return nine + str((10 - s % 10) % 10)


OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hs-w23-a-single-sheet-quota-on-top.xlsx")

QUOTAS = [("20～99床", 4), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]
# (9-digit stem, name, beds, band, ehr mark, reason)
HOSP = [
    ("331011052", "岡山県立岡山中央医療センター", 612, "400床以上", "○",
     "三次救急・災害拠点病院であり、地域医療への影響が大きい"),
    ("331020718", "倉敷水島総合病院", 348, "200～399床", "○", "二次救急の輪番病院"),
    ("331010291", "医療法人旭川会　旭川東病院", 226, "200～399床", "○",
     "令和5年度立入検査でバックアップ体制が不十分"),
    ("331020344", "医療法人社団玉島会　玉島中央病院", 181, "100～199床", "○", "二次救急病院"),
    ("331030125", "津山第一病院", 164, "100～199床", "○", None),
    ("331010879", "社会医療法人清風会　岡山南病院", "120", "100～199床", "○",
     "外部ネットワーク接続（リモート保守）が多く、\n立入検査で対策不十分と判断"),
    ("331040066", "医療法人高梁会　高梁城下病院", 96, "20～99床", "○", "へき地医療拠点病院"),
    ("331050233", "医療法人笠岡会　笠岡港病院", 60, "20～99床", "○", None),
    ("331010457", "医療法人操山会　操山リハビリテーション病院", 48, "20～99床", "○", None),
    ("331060019", "真庭北部病院", 32, "20～99床", "○", "地域で唯一の有床病院"),
]

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="D9E1F2")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
widths = {"A": 6, "B": 15, "C": 38, "D": 9, "E": 13, "F": 11, "G": 44}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws["G1"] = "（別紙様式）"
ws["G1"].alignment = Alignment(horizontal="right")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院の選定について"
ws["A2"].font = Font(bold=True, size=13)
ws.merge_cells("A2:G2")
ws["A2"].alignment = Alignment(horizontal="center")
ws["A4"] = "都道府県名：岡山県"
ws["A4"].font = Font(bold=True, size=11)
ws.merge_cells("A4:C4")
ws["E4"] = "担当：保健医療部医療推進課　℡086-226-7381"
ws["E4"].font = Font(size=9)
ws.merge_cells("E4:G4")

ws["A6"] = "１．病床規模別の支援枠"
ws["A6"].font = Font(bold=True)
ws["B7"] = "病床規模"; ws["C7"] = "支援枠（病院数）"; ws["D7"] = "選定数"
for ref in ("B7", "C7", "D7"):
    ws[ref].fill = hdr; ws[ref].border = box; ws[ref].alignment = center; ws[ref].font = Font(bold=True)
r = 8
for band, q in QUOTAS:
    ws.cell(r, 2, band)
    ws.cell(r, 3, q)
    ws.cell(r, 4, f'=COUNTIF($E$18:$E$40,B{r})')
    for c in (2, 3, 4):
        ws.cell(r, c).border = box
        ws.cell(r, c).alignment = center
    r += 1
ws.cell(r, 2, "合計"); ws.cell(r, 3, "=SUM(C8:C11)"); ws.cell(r, 4, "=SUM(D8:D11)")
for c in (2, 3, 4):
    ws.cell(r, c).border = box; ws.cell(r, c).alignment = center; ws.cell(r, c).font = Font(bold=True)
ws["E8"] = "※支援枠は国から示された数（過不足なく選定）"
ws["E8"].font = Font(size=9)

ws["A16"] = "２．選定した支援対象病院"
ws["A16"].font = Font(bold=True)
heads = ["No.", "医療機関コード\n（10桁）", "病院名", "病床数", "病床規模区分", "電子カルテ\n導入", "選定理由（任意）"]
for j, t in enumerate(heads, 1):
    c = ws.cell(17, j, t)
    c.fill = hdr; c.border = box; c.alignment = center; c.font = Font(bold=True)
ws.row_dimensions[17].height = 32
r = 18
for n, (stem, name, beds, band, ehr, reason) in enumerate(HOSP, 1):
    vals = [n, luhn(stem), name, beds, band, ehr, reason]
    for j, v in enumerate(vals, 1):
        c = ws.cell(r, j, v)
        c.border = box
        c.alignment = center if j in (1, 2, 4, 5, 6) else wrap
    if reason and "\n" in reason:
        ws.row_dimensions[r].height = 30
    r += 1
ws.cell(r + 1, 1, "※電子カルテ導入欄は、導入済みの場合「○」を記入。選定理由は任意記載。").font = Font(size=9)

ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
wb.save(OUT)
print("saved", OUT)
for stem, name, beds, band, ehr, reason in HOSP:
    print(luhn(stem), name, beds, band)

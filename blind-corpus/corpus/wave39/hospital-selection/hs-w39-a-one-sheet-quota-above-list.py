#!/usr/bin/python3
# Generator for hs-w39-a-one-sheet-quota-above-list.xlsx (hospital-selection, Okayama, no planted problem).
# Run: PYTHONPATH=/tmp/w39sr_pylib /usr/bin/python3 hs-w39-a-one-sheet-quota-above-list.py
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w39-a-one-sheet-quota-above-list.xlsx"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")
grey = PatternFill("solid", fgColor="D9D9D9")

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
for col, w in zip("ABCDEFG", (5, 14, 30, 9, 13, 11, 48)):
    ws.column_dimensions[col].width = w

ws["G1"] = "別紙様式"
ws["G1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A2:G2")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院（令和6年度）"
ws["A2"].font = Font(size=13, bold=True)
ws["A2"].alignment = ctr

ws.merge_cells("A4:B4")
ws["A4"] = "都道府県名"
ws["A4"].fill = grey
ws["C4"] = "岡山県"
for c in (1, 2, 3):
    ws.cell(4, c).border = B
    ws.cell(4, c).alignment = ctr

ws["A6"] = "１．病床規模別の支援枠"
ws["A6"].font = Font(bold=True)
ws.merge_cells("A7:B7")
ws["A7"] = "病床規模"
ws["C7"] = "支援枠（病院数）"
ws["D7"] = "選定数"
quotas = [("20～99床", 4), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]
for i, (band, q) in enumerate(quotas):
    rr = 8 + i
    ws.merge_cells(start_row=rr, start_column=1, end_row=rr, end_column=2)
    ws.cell(rr, 1, band)
    ws.cell(rr, 3, q)
    ws.cell(rr, 4, f'=COUNTIF($E$16:$E$30,A{rr})')
ws.merge_cells("A12:B12")
ws["A12"] = "計"
ws["C12"] = "=SUM(C8:C11)"
ws["D12"] = "=SUM(D8:D11)"
for rr in range(7, 13):
    for c in (1, 2, 3, 4):
        ws.cell(rr, c).border = B
        ws.cell(rr, c).alignment = ctr
        if rr == 7:
            ws.cell(rr, c).fill = grey
ws["E8"] = "※支援枠の数の病院を過不足なく選定すること"
ws["E8"].font = Font(size=9, color="C00000")

ws["A14"] = "２．支援対象病院一覧"
ws["A14"].font = Font(bold=True)
hdr = ["No.", "医療機関コード\n（10桁）", "病院名", "病床数", "病床規模区分", "電子カルテ\n導入", "選定理由（任意）"]
for c, t in enumerate(hdr, 1):
    ws.cell(15, c, t).alignment = ctr
    ws.cell(15, c).fill = grey
ws.row_dimensions[15].height = 30
hosp = [
    ("3310104181", "岡山県済生記念総合病院", 612, "400床以上", "有", "救命救急センターを有し、県南東部の三次救急を担う。診療停止時の地域医療への影響が極めて大きい。"),
    ("3310105626", "岡山旭川中央病院", 356, "200～399床", "有", "二次救急輪番・災害拠点病院"),
    ("3310207331", "倉敷南部医療センター", 248, "200～399床", "有", "地域における救急等の主要な診療機能を担っている"),
    ("3310302173", "津山東部病院", 180, "100～199床", "有", "県北の二次救急を担う"),
    ("3310400852", "玉野みなと病院", 132, "100～199床", "有", "立入検査においてセキュリティ対策が不十分と思われるため"),
    ("3310903418", "井原記念病院", 150, "100～199床", "有", None),
    ("3310502699", "笠岡ひかり病院", 96, "20～99床", "有", "立入検査においてセキュリティ対策が不十分と思われるため"),
    ("3311301448", "新見あさひ病院", 60, "20～99床", "有", "へき地医療拠点病院"),
    ("3310109156", "岡山西大寺協立病院", 45, "20～99床", "有", None),
    ("3310705086", "真庭北房病院", 38, "20～99床", "有", None),
]
for i, (code, name, beds, band, ehr, reason) in enumerate(hosp):
    rr = 16 + i
    ws.cell(rr, 1, i + 1).alignment = ctr
    ws.cell(rr, 2, code).alignment = ctr
    ws.cell(rr, 2).number_format = "@"
    ws.cell(rr, 3, name).alignment = wrap
    ws.cell(rr, 4, beds).alignment = ctr
    ws.cell(rr, 5, band).alignment = ctr
    ws.cell(rr, 6, ehr).alignment = ctr
    if reason:
        ws.cell(rr, 7, reason).alignment = wrap
for rr in range(15, 31):        # blank bordered rows left for more hospitals, up to row 30
    for c in range(1, 8):
        ws.cell(rr, c).border = B

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.print_title_rows = "15:15"
wb.save(os.path.join(HERE, NAME))
print("wrote", NAME)

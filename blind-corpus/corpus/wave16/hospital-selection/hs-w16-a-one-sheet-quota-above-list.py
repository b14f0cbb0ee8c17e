#!/usr/bin/python3
"""hs-w16-a: one sheet 別紙様式 (岡山県): quota table with COUNTIF check columns (formulas, no cached values)
above the selected-hospital list; a labelled 記入例 row to ignore. Filled correctly. Saved by openpyxl."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w16-a-one-sheet-quota-above-list.xlsx"

def luhn(n9):
    s = 0
    for i, ch in enumerate(reversed(n9)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return str((10 - s % 10) % 10)

def code(gun, no):
    n9 = "33" + "1" + gun + no
    return n9 + luhn(n9)

BANDS = [("20～99床", 3), ("100～199床", 2), ("200～399床", 2), ("400床以上", 1)]
HOSP = [  # (gun, no, name, beds, band, ehr, reason)
    ("01", "0017", "岡山県南医療センター", 520, "400床以上", "あり", "三次救急医療機関。地域の救急等の主要な診療機能を担う"),
    ("01", "2051", "岡山東中央病院", 312, "200～399床", "あり", "二次救急医療機関（輪番）"),
    ("12", "0339", "総社みどり総合病院", 230, "200～399床", "あり", "令和5年度立入検査でセキュリティ対策が不十分"),
    ("02", "1108", "倉敷水島協同病院", 155, "100～199床", "あり", "二次救急医療機関、災害時の地域拠点"),
    ("19", "0057", "備前さつき病院", 120, "100～199床", "あり", ""),
    ("20", "1234", "吉備高原記念病院", 48, "20～99床", "あり", "立入検査で対策不十分（バックアップ未整備）"),
    ("07", "0415", "津山やまびこ病院", 86, "20～99床", "あり", "へき地医療拠点病院"),
    ("15", "0622", "笠岡港町病院", 60, "20～99床", "あり", ""),
]

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
hfill = PatternFill("solid", fgColor="D9E1F2"); ex_fill = PatternFill("solid", fgColor="EDEDED")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
for col, w in {"A": 6, "B": 16, "C": 30, "D": 9, "E": 13, "F": 13, "G": 44}.items():
    ws.column_dimensions[col].width = w

ws["G1"] = "別紙様式"; ws["G1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A2:G2")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院の選定について"
ws["A2"].font = Font(bold=True, size=14); ws["A2"].alignment = center
ws["A4"] = "都道府県名"; ws.merge_cells("A4:B4")
ws["C4"] = "岡山県"
for c in ("A4", "B4", "C4"):
    ws[c].border = box
ws["A4"].fill = hfill; ws["A4"].alignment = center

ws["A6"] = "１．支援枠（病床規模別）"; ws["A6"].font = Font(bold=True)
ws["B7"] = "病床規模"; ws["C7"] = "支援枠（病院数）"; ws["D7"] = "選定数"; ws["E7"] = "過不足"
r = 8
for band, q in BANDS:
    ws.cell(r, 2, band); ws.cell(r, 3, q)
    ws.cell(r, 4, f'=COUNTIF($E$19:$E$40,B{r})')
    ws.cell(r, 5, f'=D{r}-C{r}')
    r += 1
ws.cell(r, 2, "合計"); ws.cell(r, 3, f"=SUM(C8:C{r-1})"); ws.cell(r, 4, f"=SUM(D8:D{r-1})"); ws.cell(r, 5, f"=D{r}-C{r}")
for row in ws.iter_rows(min_row=7, max_row=r, min_col=2, max_col=5):
    for c in row:
        c.border = box; c.alignment = center
for c in ws[7][1:5]:
    c.fill = hfill; c.font = Font(bold=True)
ws["G8"] = "※選定数・過不足は自動計算（過不足が0になるよう選定してください）"
ws["G8"].font = Font(size=9); ws["G8"].alignment = wrap

ws["A15"] = "２．支援対象病院一覧"; ws["A15"].font = Font(bold=True)
ws["A16"] = "※支援枠の病院数を過不足なく選定してください。電子カルテシステムを導入している病院が対象です。"
ws["A16"].font = Font(size=9)
H = 17
for i, t in enumerate(["No.", "医療機関コード\n（10桁）", "病院名", "病床数", "病床規模区分", "電子カルテ導入\n（あり／なし）", "選定理由（任意）"], 1):
    c = ws.cell(H, i, t); c.fill = hfill; c.font = Font(bold=True)
ws.row_dimensions[H].height = 32
# labelled example row
ex = ["記入例", "3310712363", "○○病院", 150, "100～199床", "あり", "地域の救急等の主要な診療機能を担っている"]
for i, v in enumerate(ex, 1):
    c = ws.cell(H + 1, i, v); c.fill = ex_fill; c.font = Font(italic=True, color="7F7F7F")
for k, (gun, no, name, beds, band, ehr, reason) in enumerate(HOSP, 1):
    rr = H + 1 + k
    ws.cell(rr, 1, k); ws.cell(rr, 2, code(gun, no)); ws.cell(rr, 3, name)
    ws.cell(rr, 4, beds); ws.cell(rr, 5, band); ws.cell(rr, 6, ehr)
    if reason:
        ws.cell(rr, 7, reason)
LASTROW = H + 1 + len(HOSP) + 2   # two spare empty bordered rows
for row in ws.iter_rows(min_row=H, max_row=LASTROW, min_col=1, max_col=7):
    for c in row:
        c.border = box
        c.alignment = wrap if c.column in (3, 7) else center
ws.cell(LASTROW + 2, 1, "提出期限：令和6年3月15日（金）　提出先：厚生労働省医政局参事官付医療情報室")
ws.cell(LASTROW + 2, 1).font = Font(size=9)
ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 1
wb.save(os.path.join(HERE, NAME))
print("wrote", NAME)
for k, h in enumerate(HOSP):
    print(k, code(h[0], h[1]), h[2])

#!/usr/bin/python3
# Generator: hs-w12-a-two-tables-countif.xlsx  (hospital-selection, clean: no planted problem)
# Role: Okayama prefecture 医療推進課 official preparing the 別紙様式 for MHLW: one sheet, quota table on top
# with COUNTIF check formulas (saved by openpyxl, so no cached results), hospital list below.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave12/hospital-selection"
NAME = "hs-w12-a-two-tables-countif"

def luhn(n9):
    s = 0
    for i, ch in enumerate(reversed(n9)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10

def code(gun, no):
    n9 = "331" + gun + no
    return n9 + str(luhn(n9))

quotas = [("20～99床", 3), ("100～199床", 2), ("200～399床", 2), ("400床以上", 1)]
hosp = [
    ("01", "1187", "医療法人旭会　おかやま東病院", 58, "20～99床", "救急告示病院（二次救急医療を担う）"),
    ("05", "2031", "倉敷みなと病院", 96, "20～99床", None),
    ("12", "0459", "医療法人高梁川会　びっちゅう中央病院", 42, "20～99床", "令和5年度立入検査においてセキュリティ対策が不十分と認められたため"),
    ("01", "3325", "岡山北部記念病院", 150, "100～199床", "地域の救急医療の中核\n（二次救急輪番制に参加）"),
    ("08", "0772", "津山さくら病院", 120, "100～199床", None),
    ("05", "0106", "倉敷中央協同病院", 312, "200～399床", "災害拠点病院"),
    ("03", "0214", "玉野市立玉野みなと病院", 220, "200～399床", "立入検査で対策不十分"),
    ("01", "0011", "岡山県総合医療センター", 620, "400床以上", "三次救急（救命救急センター）、災害拠点病院"),
]

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
cen = Alignment(horizontal="center", vertical="center", wrap_text=True)
head = PatternFill("solid", fgColor="DDEBF7")
for col, w in {"A": 12, "B": 16, "C": 34, "D": 10, "E": 13, "F": 12, "G": 40}.items():
    ws.column_dimensions[col].width = w

ws["G1"] = "（別紙様式）"
ws["G1"].alignment = Alignment(horizontal="right")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院の選定について"
ws["A2"].font = Font(bold=True, size=13)
ws.merge_cells("A2:G2")
ws["A4"] = "都道府県名：岡山県"
ws["A4"].font = Font(bold=True, size=12)
ws.merge_cells("A4:C4")
ws["G4"] = "提出日：令和6年3月14日"
ws["G4"].alignment = Alignment(horizontal="right")

ws["A6"] = "１．病床規模別の支援枠及び選定数"
ws["A6"].font = Font(bold=True)
for j, t in enumerate(["病床規模", "支援枠", "選定数", "過不足"], 1):
    c = ws.cell(row=7, column=j, value=t); c.fill = head; c.border = box; c.alignment = cen; c.font = Font(bold=True)
r = 8
for band, q in quotas:
    ws.cell(row=r, column=1, value=band)
    ws.cell(row=r, column=2, value=q)
    ws.cell(row=r, column=3, value=f'=COUNTIF($E$19:$E$60,A{r})')
    ws.cell(row=r, column=4, value=f'=C{r}-B{r}')
    for j in range(1, 5):
        ws.cell(row=r, column=j).border = box; ws.cell(row=r, column=j).alignment = cen
    r += 1
ws.cell(row=r, column=1, value="計")
ws.cell(row=r, column=2, value="=SUM(B8:B11)")
ws.cell(row=r, column=3, value="=SUM(C8:C11)")
ws.cell(row=r, column=4, value="=C12-B12")
for j in range(1, 5):
    ws.cell(row=r, column=j).border = box; ws.cell(row=r, column=j).alignment = cen
    ws.cell(row=r, column=j).font = Font(bold=True)
ws["E8"] = "※過不足欄が全て0になることを確認"
ws["E8"].font = Font(size=9, color="C00000")
ws.merge_cells("E8:G8")

ws["A16"] = "２．支援対象病院一覧"
ws["A16"].font = Font(bold=True)
ws["A17"] = "※電子カルテシステムを導入している病院に限る。選定理由は任意記載。"
ws["A17"].font = Font(size=9)
hdrs = ["No.", "医療機関コード\n（10桁）", "病院名", "病床数", "病床規模区分", "電子カルテ導入\n（有・無）", "選定理由（任意）"]
for j, t in enumerate(hdrs, 1):
    c = ws.cell(row=18, column=j, value=t); c.fill = head; c.border = box; c.alignment = cen; c.font = Font(bold=True)
ws.row_dimensions[18].height = 32
rows = []
for i, (g, n, name, beds, band, reason) in enumerate(hosp):
    r = 19 + i
    cd = code(g, n)
    vals = [i + 1, cd, name, beds, band, "有", reason]
    for j, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=j, value=v); c.border = box
        c.alignment = cen if j in (1, 2, 4, 5, 6) else wrap
    ws.cell(row=r, column=2).number_format = "@"
    if reason and "\n" in reason:
        ws.row_dimensions[r].height = 30
    h = {"hospitalCode": cd, "hospitalName": name, "beds": beds, "band": band, "ehr": "あり"}
    if reason:
        h["reason"] = reason
    rows.append(h)
# a few empty bordered rows left below the list (as drawn for printing)
for r in range(27, 30):
    for j in range(1, 8):
        ws.cell(row=r, column=j).border = box

ws.print_area = "A1:G29"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": "岡山県",
        "quotas": [{"band": b, "quota": q} for b, q in quotas],
        "hospitals": rows,
    },
    "planted": [],
    "notes": ("Clean file. One sheet 別紙様式 with two tables: quota table A7:D12 (band | 支援枠 | 選定数 =COUNTIF | 過不足) and the hospital list A18:G26. "
              "Row 12 '計' is a total row, not a band. Formulas were saved by openpyxl and have no cached values. "
              "都道府県名 is in one cell with its label ('都道府県名：岡山県', A4). 電子カルテ導入 written '有' (= あり). "
              "'提出日：令和6年3月14日' (G4) has no key. Rows 27-29 are empty bordered rows. Codes are 10-digit text cells."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok")

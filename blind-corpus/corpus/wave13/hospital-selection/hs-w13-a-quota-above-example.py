#!/usr/bin/python3
# Generator for hs-w13-a-quota-above-example.xlsx
# Role: Okayama prefecture official (医療推進課) filling the MHLW 別紙様式: quota table on top with
# COUNTIF check columns (formulas, no cached values: saved by openpyxl), the list of selected
# hospitals below it after a correctly labelled 記入例 row. No planted problem.
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
import datetime

OUT_DIR = "/work/blind/wave13/hospital-selection"
NAME = "hs-w13-a-quota-above-example"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="FFF2CC")
grey = PatternFill("solid", fgColor="E7E6E6")
FONT = "ＭＳ ゴシック"


def luhn(nine):
    t = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        t += d // 10 + d % 10
    return (10 - t % 10) % 10


def code(pref, gun, num):
    nine = f"{pref:02d}1{gun:02d}{num:04d}"
    return nine + str(luhn(nine))


PREF = 33
BANDS = [("20～99床", 4), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]
HOSP = [
    # gun, num, name, beds, band, reason
    (7, 412, "医療法人 吉備高原病院", 48, "20～99床", "中山間地域で唯一の救急告示病院"),
    (16, 38, "医療法人社団 牛窓みなと病院", 60, "20～99床", "立入検査でセキュリティ対策が不十分"),
    (21, 157, "医療法人 笠岡ひかり病院", 92, "20～99床", None),
    (23, 9, "新見あさひ病院", 35, "20～99床", "へき地医療拠点病院"),
    (13, 240, "医療法人 玉野協立病院", 150, "100～199床", "二次救急医療機関"),
    (8, 1103, "総社中央病院", 118, "100～199床", None),
    (27, 66, "医療法人 真庭川辺病院", 199, "100～199床", "立入検査でセキュリティ対策が不十分"),
    (2, 3315, "倉敷西部医療センター", 312, "200～399床", "地域医療支援病院・二次救急"),
    (12, 72, "津山第一病院", 205, "200～399床", "透析医療を担う"),
    (1, 1880, "岡山南総合病院", 480, "400床以上", "救命救急センター。診療停止時の地域への影響が大きい"),
]

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
for col, w in {"A": 6, "B": 18, "C": 34, "D": 9, "E": 14, "F": 12, "G": 44}.items():
    ws.column_dimensions[col].width = w

ws["A1"] = "（別紙様式）"
ws.merge_cells("A2:G2")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院一覧（令和６年度）"
ws["A2"].font = Font(name=FONT, size=14, bold=True)
ws["A2"].alignment = Alignment(horizontal="center")

ws["B4"] = "都道府県名"
ws["C4"] = "岡山県"
ws["B4"].fill = hdr
for c in ("B4", "C4"):
    ws[c].border = box
    ws[c].font = Font(name=FONT, size=11, bold=(c == "B4"))
ws["F4"] = "担当課"
ws["G4"] = "岡山県保健医療部医療推進課"
ws["F5"] = "提出日"
ws["G5"] = datetime.date(2024, 3, 14)
ws["G5"].number_format = "yyyy/m/d"
ws["G5"].alignment = Alignment(horizontal="left")

ws["A7"] = "１　支援枠（病床規模別）"
ws["A7"].font = Font(name=FONT, bold=True)
QH = 8
for i, h in enumerate(["病床規模", "支援枠", "選定数", "過不足"]):
    c = ws.cell(row=QH, column=2 + i, value=h)
    c.fill = hdr
    c.border = box
    c.font = Font(name=FONT, bold=True)
    c.alignment = Alignment(horizontal="center")

LH = 16          # list header row
EX = LH + 1      # 記入例 row
FIRST = EX + 1   # first data row
LAST = FIRST + len(HOSP) - 1

for i, (band, quota) in enumerate(BANDS):
    r = QH + 1 + i
    ws.cell(row=r, column=2, value=band)
    ws.cell(row=r, column=3, value=quota)
    ws.cell(row=r, column=4, value=f"=COUNTIF($E${FIRST}:$E${LAST},B{r})")
    ws.cell(row=r, column=5, value=f"=D{r}-C{r}")
    for col in range(2, 6):
        ws.cell(row=r, column=col).border = box
        ws.cell(row=r, column=col).font = Font(name=FONT)
tot = QH + 1 + len(BANDS)
ws.cell(row=tot, column=2, value="合計")
ws.cell(row=tot, column=3, value=f"=SUM(C{QH + 1}:C{tot - 1})")
ws.cell(row=tot, column=4, value=f"=SUM(D{QH + 1}:D{tot - 1})")
ws.cell(row=tot, column=5, value=f"=D{tot}-C{tot}")
for col in range(2, 6):
    ws.cell(row=tot, column=col).border = box
    ws.cell(row=tot, column=col).fill = grey
    ws.cell(row=tot, column=col).font = Font(name=FONT, bold=True)
ws.cell(row=tot + 1, column=2, value="※過不足が０になるよう選定すること（支援枠の調整は3/1までに国へ相談）").font = Font(name=FONT, size=9)

ws.cell(row=LH - 1, column=1, value="２　支援対象病院").font = Font(name=FONT, bold=True)
heads = ["No.", "医療機関コード\n（10桁）", "病院名", "病床数", "病床規模区分", "電子カルテ導入\n（導入済は○）", "選定理由（任意）"]
for i, h in enumerate(heads, start=1):
    c = ws.cell(row=LH, column=i, value=h)
    c.fill = hdr
    c.border = box
    c.font = Font(name=FONT, bold=True)
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[LH].height = 30

example = ["記入例", "3310112345", "（例）医療法人○○会　○○病院", 150, "100～199床", "○", "地域の救急医療を担っている"]
for i, v in enumerate(example, start=1):
    c = ws.cell(row=EX, column=i, value=v)
    c.border = box
    c.fill = grey
    c.font = Font(name=FONT, color="7F7F7F", italic=True)

for n, (gun, num, name, beds, band, reason) in enumerate(HOSP, start=1):
    r = FIRST + n - 1
    vals = [n, int(code(PREF, gun, num)), name, beds, band, "○", reason]
    for i, v in enumerate(vals, start=1):
        c = ws.cell(row=r, column=i, value=v)
        c.border = box
        c.font = Font(name=FONT)
        if i in (1, 4, 6):
            c.alignment = Alignment(horizontal="center")
    ws.cell(row=r, column=2).number_format = "0"

ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.print_title_rows = f"{LH}:{LH}"

path = os.path.join(OUT_DIR, NAME + ".xlsx")
wb.save(path)
print("wrote", path)
for n, h in enumerate(HOSP):
    print(FIRST + n, code(PREF, h[0], h[1]))

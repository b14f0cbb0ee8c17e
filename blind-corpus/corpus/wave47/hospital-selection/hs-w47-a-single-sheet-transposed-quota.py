# Generator for hs-w47-a-single-sheet-transposed-quota.xlsx
# 岡山県 医療推進課 clerk: one sheet 別紙様式; the quota table laid out horizontally (bands across, 支援枠 and a
# COUNTIF 選定数 row below), then the selected-hospital table with a correctly labelled 記入例 row.
# Re-saved by LibreOffice so the formulas carry cached values. No planted problem.
import os, shutil, subprocess, sys, tempfile
sys.path.insert(0, "/tmp/sr-hs-obi-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w47-a-single-sheet-transposed-quota.xlsx"


def cd(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return str((10 - s % 10) % 10)


def code(pref, gun, num):
    nine = f"{pref}1{gun}{num}"
    return nine + cd(nine)


BANDS = [("20～99床", 4), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]
HOSP = [  # (gun, num, name, beds, band, reason)
    ("01", "2041", "医療法人 旭水会 旭川東病院", 58, "20～99床", "地域の救急告示病院であり、診療停止時の影響が大きい"),
    ("01", "3127", "医療法人 清風会 西大寺みなと病院", 92, "20～99床", "二次救急輪番病院"),
    ("07", "0519", "医療法人 緑陽会 高梁やまびこ病院", 45, "20～99床", "立入検査においてセキュリティ対策が不十分と思われるため"),
    ("11", "0086", "医療法人社団 三石会 備前ひかり病院", 30, "20～99床", None),
    ("02", "1508", "医療法人 水仙会 倉敷すいせん病院", 160, "100～199床", "救急告示病院（二次救急）"),
    ("05", "0633", "医療法人 葵会 津山あおい病院", 120, "100～199床", "県北地域の救急医療を担う"),
    ("02", "2294", "医療法人 玉島会 玉島中央病院", 199, "100～199床", "立入検査で対策不十分（バックアップ未整備）"),
    ("01", "4410", "社会医療法人 東備会 岡山東部総合病院", 310, "200～399床", "地域医療支援病院・救急医療の中核"),
    ("03", "0172", "医療法人 潮会 笠岡さざなみ病院", 200, "200～399床", "井笠圏域の二次救急を担う"),
    ("01", "0015", "独立行政法人 岡山みどり医療センター", 512, "400床以上", "三次救急医療機関、災害拠点病院"),
]

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="DDEBF7")
f = Font(name="ＭＳ Ｐゴシック", size=11)
b = Font(name="ＭＳ Ｐゴシック", size=11, bold=True)
for col, w in zip("ABCDEFG", (8, 15, 36, 9, 13, 12, 44)):
    ws.column_dimensions[col].width = w

ws["G1"] = "別紙様式"
ws["G1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A2:G2")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院の選定について（回答）"
ws["A2"].font = Font(name="ＭＳ Ｐゴシック", size=13, bold=True)
ws["A2"].alignment = Alignment(horizontal="center")

ws["A4"] = "都道府県名"
ws["A4"].font = b
ws.merge_cells("A4:B4")
ws["C4"] = "岡山県"
for c in ("A4", "B4", "C4"):
    ws[c].border = box

# quota table, transposed: row 7 bands, row 8 支援枠, row 9 選定数 (formula)
ws["A6"] = "１．支援枠（病床規模別）"
ws["A6"].font = b
ws.merge_cells("A7:B7"); ws["A7"] = "病床規模"
ws.merge_cells("A8:B8"); ws["A8"] = "支援枠（病院数）"
ws.merge_cells("A9:B9"); ws["A9"] = "選定数"
cols = "CDEF"
for (band, q), col in zip(BANDS, cols):
    ws[f"{col}7"] = band
    ws[f"{col}8"] = q
    ws[f"{col}9"] = f'=COUNTIF($E$14:$E$40,{col}7)'
ws["G7"] = "合計"
ws["G8"] = "=SUM(C8:F8)"
ws["G9"] = "=SUM(C9:F9)"
for r in (7, 8, 9):
    for col in "ABCDEFG":
        ws[f"{col}{r}"].border = box
        ws[f"{col}{r}"].alignment = Alignment(horizontal="center")
        if r == 7 or col in "AB":
            ws[f"{col}{r}"].fill = hdr

ws["A11"] = "２．選定した支援対象病院"
ws["A11"].font = b
heads = ["No.", "医療機関コード\n（10桁）", "病院名", "病床数", "病床規模区分", "電子カルテ\n導入の有無", "選定理由（任意）"]
for c, h in enumerate(heads, start=1):
    cell = ws.cell(12, c, h)
    cell.fill = hdr
    cell.border = box
    cell.font = b
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[12].height = 32
ex = ["記入例", "3310112345", "○○病院", 150, "100～199床", "有", "地域の救急医療を担っているため"]
for c, v in enumerate(ex, start=1):
    cell = ws.cell(13, c, v)
    cell.border = box
    cell.font = Font(name="ＭＳ Ｐゴシック", size=11, italic=True, color="808080")
r = 14
for i, (gun, num, name, beds, band, reason) in enumerate(HOSP, start=1):
    cc = code("33", gun, num)
    if i == 6:
        cc = cc + " "   # trailing space typed by the clerk
    vals = [i, cc, name, beds, band, "有", reason]
    for c, v in enumerate(vals, start=1):
        cell = ws.cell(r, c, v)
        cell.border = box
        cell.font = f
        cell.alignment = Alignment(vertical="center", wrap_text=(c == 7))
    ws.cell(r, 2).number_format = "@"
    r += 1
ws.cell(r + 1, 1, "※ 支援枠の病院数を過不足なく選定すること。電子カルテシステムを導入している病院に限る。").font = Font(name="ＭＳ Ｐゴシック", size=9)
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4

tmpd = tempfile.mkdtemp()
src = os.path.join(tmpd, NAME)
wb.save(src)
outd = os.path.join(tmpd, "lo")
os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME), os.path.join(OUT, NAME))
shutil.rmtree(tmpd)
for gun, num, name, beds, band, reason in HOSP:
    print(code("33", gun, num), name, beds, band)

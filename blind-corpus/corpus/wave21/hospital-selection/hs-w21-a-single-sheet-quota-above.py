# Generator for hs-w21-a-single-sheet-quota-above.xlsx (hospital-selection, Okayama;
# one sheet: title, 都道府県名 in a label:value cell, quota table with COUNTIF (no cached value), hospital list)
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w21-a-single-sheet-quota-above"

def luhn(d9):
    s = 0
    for i, ch in enumerate(reversed(d9)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return (10 - s % 10) % 10

def code(gun, no):
    d9 = "33" + "1" + gun + no
    return d9 + str(luhn(d9))

quotas = [("20～99床", 3), ("100～199床", 2), ("200～399床", 2), ("400床以上", 1)]
R1 = "地域の救急等の主要な診療機能を担っており、診療停止時の地域医療への影響が大きい"
R2 = "立入検査においてセキュリティ対策が不十分と思われる"
hosp = [  # gun, no, name, beds, band, reason
    ("01", "1102", "医療法人 旭会 旭川東病院", 60, "20～99床", R2),
    ("07", "2310", "医療法人社団 吉備会 吉備高原病院", 48, "20～99床", None),
    ("11", "0457", "医療法人 牛窓会 瀬戸内みなと病院", 92, "20～99床", "へき地の二次救急を担う"),
    ("02", "3208", "医療法人 清心会 岡山南部病院", 150, "100～199床", R1),
    ("05", "1934", "社会医療法人 高梁会 高梁中央病院", 180, "100～199床", R2),
    ("03", "1451", "倉敷西総合病院", 312, "200～399床", R1),
    ("04", "0625", "津山みどり病院", 235, "200～399床", None),
    ("01", "0078", "岡山県南総合医療センター", 560, "400床以上", "三次救急・災害拠点病院"),
]

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="E2EFDA")
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
for col, w in zip("ABCDEFGH", (6, 15, 36, 9, 13, 11, 48, 2)):
    ws.column_dimensions[col].width = w

ws["A1"] = "（別紙様式）"
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院選定結果"
ws["A2"].font = Font(bold=True, size=13)
ws.merge_cells("A2:G2")
ws["A2"].alignment = Alignment(horizontal="center")
ws["A4"] = "都道府県名：岡山県"
ws["A4"].font = Font(bold=True, size=12)
ws.merge_cells("A4:C4")
ws["E4"] = "担当：岡山県保健医療部 医療推進課　TEL 086-226-7381"
ws["E4"].font = Font(size=9)
ws.merge_cells("E4:G4")

ws["A6"] = "１．病床規模別の支援枠"
ws["A6"].font = Font(bold=True)
for c, t in zip("BCD", ("病床規模", "支援枠（病院数）", "選定数")):
    ws[f"{c}7"] = t
    ws[f"{c}7"].fill = hdr; ws[f"{c}7"].border = box; ws[f"{c}7"].alignment = ctr
q0 = 8
for i, (band, q) in enumerate(quotas):
    r = q0 + i
    ws[f"B{r}"] = band
    ws[f"C{r}"] = q
    for c in "BCD":
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].alignment = ctr
qend = q0 + len(quotas) - 1
ws[f"B{qend + 1}"] = "合計"
ws[f"C{qend + 1}"] = f"=SUM(C{q0}:C{qend})"
ws[f"D{qend + 1}"] = f"=SUM(D{q0}:D{qend})"
for c in "BCD":
    ws[f"{c}{qend + 1}"].border = box
    ws[f"{c}{qend + 1}"].alignment = ctr
    ws[f"{c}{qend + 1}"].font = Font(bold=True)

t = qend + 3
ws[f"A{t}"] = "２．選定した支援対象病院"
ws[f"A{t}"].font = Font(bold=True)
h = t + 1
heads = ["No.", "医療機関コード\n（10桁）", "病院名", "病床数", "病床規模区分", "電子カルテ\n導入（○）", "選定理由（任意）"]
for c, txt in enumerate(heads, 1):
    cell = ws.cell(h, c, txt)
    cell.fill = hdr; cell.border = box; cell.alignment = ctr; cell.font = Font(bold=True)
ws.row_dimensions[h].height = 32
first = h + 1
rows = []
for i, (gun, no, name, beds, band, reason) in enumerate(hosp):
    r = first + i
    vals = [i + 1, code(gun, no), name, beds, band, "○", reason]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v)
        cell.border = box
        cell.alignment = ctr if c in (1, 2, 4, 5, 6) else wrap
    ws.cell(r, 2).number_format = "@"
    ws.row_dimensions[r].height = 30
    rows.append(r)
last = first + len(hosp) - 1
for i in range(len(quotas)):
    r = q0 + i
    ws[f"D{r}"] = f'=COUNTIF($E${first}:$E${last + 5},B{r})'   # no cached value (openpyxl)

ws.cell(last + 2, 1, "※ 支援枠の病院数を過不足なく選定すること。電子カルテシステムを導入している病院に限る。").font = Font(size=9)
ws.print_area = f"A1:G{last + 2}"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))

hs = []
for (gun, no, name, beds, band, reason) in hosp:
    d = {"hospitalCode": code(gun, no), "hospitalName": name, "beds": beds, "band": band, "ehr": "あり"}
    if reason:
        d["reason"] = reason
    hs.append(d)
exp = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": "岡山県",
        "quotas": [{"band": b, "quota": q} for b, q in quotas],
        "hospitals": hs,
    },
    "planted": [],
    "notes": (f"One sheet 別紙様式. 都道府県名 in label:value cell A4 ('都道府県名：岡山県'). Quota table B7:D{qend + 1}: "
              f"bands B{q0}:B{qend}, 支援枠 C{q0}:C{qend}; column D 選定数 is =COUNTIF formulas and the 合計 row "
              f"{qend + 1} is =SUM — saved by openpyxl, so no cached values; the 合計 row is not a band. "
              f"Hospital list rows {first}-{last}, codes as 10-digit text in column B, 電子カルテ導入 marked ○ (=あり). "
              "Prefecture contact line E4 is not a form field. Counts per band equal the quotas (3/2/2/1)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
print(q0, qend, first, last)

# Generator: hospital-selection, workbook a (one sheet: header, quota table with COUNTIF check column, hospital list).
# No planted problem.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w45-a-single-sheet-two-tables"

def luhn(d9):
    s = 0
    for i, ch in enumerate(reversed(d9)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return (10 - s % 10) % 10

def code(gun, num, pref="33"):
    d9 = pref + "1" + gun + num
    return d9 + str(luhn(d9))

quotas = [("20～99床", 4), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]
hospitals = [
    # gun, num, name, beds, band, ehr mark, reason
    ("01", "2047", "医療法人 旭水会 岡山南総合病院", 86, "20～99床", "有", "地域の二次救急を担う"),
    ("04", "1163", "笠岡しおかぜ病院", 60, "20～99床", "有", ""),
    ("09", "3021", "医療法人社団 清和会 真庭高原病院", 52, "20～99床", "有", "立入検査でバックアップ体制が不十分と指摘"),
    ("10", "0578", "新見ふるさと病院", 99, "20～99床", "有", "へき地医療拠点病院"),
    ("02", "4419", "倉敷みなと病院", 180, "100～199床", "有", "救急告示病院\n（年間救急搬送 約1,800件）"),
    ("03", "0825", "津山東中央病院", 150, "100～199床", "有", "県北の救急医療を担う"),
    ("05", "2290", "玉野海浜病院", 120, "100～199床", "有", ""),
    ("01", "5536", "岡山市民記念病院", 350, "200～399床", "有", "地域医療支援病院・災害拠点病院"),
    ("02", "0117", "倉敷西部病院", 212, "200～399床", "有", "立入検査で対策が不十分と思われるため"),
    ("01", "0063", "岡山県央総合医療センター", 612, "400床以上", "有", "三次救急（救命救急センター）"),
]

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="FFF2CC")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
for col, w in zip("ABCDEFG", [6, 16, 34, 10, 14, 12, 40]):
    ws.column_dimensions[col].width = w

ws["G1"] = "（別紙様式）"; ws["G1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A2:G2")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院（令和6年度）"
ws["A2"].font = Font(bold=True, size=14); ws["A2"].alignment = center

ws.merge_cells("A4:B4"); ws["A4"] = "都道府県名"; ws["C4"] = "岡山県"
for c in ("A4", "B4", "C4"):
    ws[c].border = B
ws["A4"].fill = hdr; ws["A4"].alignment = center

ws["A6"] = "１　病床規模別の支援枠"; ws["A6"].font = Font(bold=True)
ws.merge_cells("A7:B7"); ws["A7"] = "病床規模"; ws["C7"] = "支援枠（病院数）"; ws["D7"] = "選定数"
for c in ("A7", "B7", "C7", "D7"):
    ws[c].border = B; ws[c].fill = hdr; ws[c].alignment = center
first_h, last_h = 17, 17 + len(hospitals) - 1
for i, (band, q) in enumerate(quotas):
    r = 8 + i
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 1, band); ws.cell(r, 3, q)
    ws.cell(r, 4, f'=COUNTIF($E${first_h}:$E${last_h},A{r})')   # no cached value (openpyxl)
    for c in range(1, 5):
        ws.cell(r, c).border = B
    ws.cell(r, 1).alignment = center; ws.cell(r, 3).alignment = center; ws.cell(r, 4).alignment = center
r = 8 + len(quotas)
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
ws.cell(r, 1, "計"); ws.cell(r, 3, "=SUM(C8:C11)"); ws.cell(r, 4, "=SUM(D8:D11)")
for c in range(1, 5):
    ws.cell(r, c).border = B; ws.cell(r, c).alignment = center

ws["A14"] = "２　選定した支援対象病院"; ws["A14"].font = Font(bold=True)
ws["A15"] = "※電子カルテ導入欄は、導入済みの場合「有」と記入。選定理由は任意。"; ws["A15"].font = Font(size=9)
heads = ["No.", "医療機関コード", "病院名", "病床数", "病床規模区分", "電子カルテ導入", "選定理由"]
for j, h in enumerate(heads, 1):
    c = ws.cell(16, j, h); c.border = B; c.fill = hdr; c.alignment = center
rows = []
for i, (gun, num, name, beds, band, ehr, reason) in enumerate(hospitals):
    r = first_h + i
    cd = code(gun, num)
    vals = [i + 1, cd, name, beds, band, ehr, reason or None]
    for j, v in enumerate(vals, 1):
        c = ws.cell(r, j, v); c.border = B; c.alignment = wrap
    for j in (1, 4, 5, 6):
        ws.cell(r, j).alignment = center
    if "\n" in reason:
        ws.row_dimensions[r].height = 32
    h = {"hospitalCode": cd, "hospitalName": name, "beds": beds, "band": band, "ehr": "あり"}
    if reason:
        h["reason"] = reason
    rows.append(h)
ws.freeze_panes = "A17"
ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True
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
    "notes": ("One sheet 別紙様式: quota table (rows 8-11) with a 選定数 COUNTIF column and a 計 row (=SUM), all formulas "
              "saved by openpyxl without cached values; they are not fields. Hospital list rows 17-26. 電子カルテ導入 "
              "written as 有 (→ あり). 10-digit codes as text, check digits valid. Counts per band equal the quotas."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)

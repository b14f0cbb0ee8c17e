# Generator: hs-w37-a-single-sheet-quota-then-list.xlsx
# Tottori prefecture's 別紙様式 on one sheet: header (date, 都道府県名), quota table with a COUNTIF 選定数 column
# and a SUM total row (formulas saved by openpyxl, no cached values), then the list of selected hospitals.
# Filled completely and correctly (every band exactly at quota).
# run: PYTHONPATH=/tmp/sr-hs-py /usr/bin/python3 THIS.py
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w37-a-single-sheet-quota-then-list"

def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

PREF = "鳥取県"
quotas = [("20～99床", 4), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]
# (郡市区+番号 6 digits, name, beds, band index, reason)
H = [
    ("010213", "鳥取県立湖東中央病院", 431, 3, "県東部の三次救急・災害拠点病院。診療停止時の地域医療への影響が大きい"),
    ("010457", "鳥取湖山赤十字記念病院", 318, 2, "二次救急輪番の中核病院"),
    ("020118", "米子弓浜医療センター", 262, 2, "県西部の地域医療支援病院"),
    ("010622", "医療法人社団 千代川会 千代川病院", 172, 1, "立入検査においてセキュリティ対策が不十分と認められた"),
    ("030094", "倉吉打吹病院", 149, 1, "県中部の救急告示病院"),
    ("020733", "社会医療法人 皆生会 皆生温泉病院", 120, 1, None),
    ("040251", "医療法人 大山会 大山ふもと病院", 96, 0, "へき地医療拠点病院"),
    ("010815", "岩美浦富病院", 60, 0, None),
    ("050037", "日南山間部総合病院", 45, 0, "立入検査においてバックアップ体制の不備を指摘"),
    ("020906", "医療法人 境港みなと会 みなと病院", 38, 0, None),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head = PatternFill("solid", fgColor="DDEBF7")

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
for c, w in zip("ABCDEFG", (6, 16, 34, 9, 14, 12, 46)):
    ws.column_dimensions[c].width = w
ws["A1"] = "（別紙様式）"
ws["G1"] = "令和6年3月14日"
ws["G1"].alignment = Alignment(horizontal="right")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院選定結果（令和6年度支援分）"
ws.merge_cells("A2:G2")
ws["A2"].font = Font(bold=True, size=12)
ws["A2"].alignment = center
ws["A4"] = "都道府県名"
ws.merge_cells("A4:B4")
ws["C4"] = PREF
for c in ("A4", "B4", "C4"):
    ws[c].border = box
ws["A4"].fill = head

ws["A6"] = "１．病床規模別の支援枠"
ws["A6"].font = Font(bold=True)
ws["A7"], ws["C7"], ws["D7"], ws["E7"] = "病床規模", "", "支援枠", "選定数"
ws.merge_cells("A7:C7")
for c in ("A7", "D7", "E7"):
    ws[c].fill = head
    ws[c].alignment = center
first_list_row = 16
last_list_row = first_list_row + 39   # room for rows
for i, (band, q) in enumerate(quotas):
    r = 8 + i
    ws.cell(row=r, column=1, value=band)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(row=r, column=4, value=q).alignment = center
    ws.cell(row=r, column=5, value=f"=COUNTIF($E${first_list_row}:$E${last_list_row},A{r})").alignment = center
ws["A12"] = "合計"
ws.merge_cells("A12:C12")
ws["D12"] = "=SUM(D8:D11)"
ws["E12"] = "=SUM(E8:E11)"
ws["D12"].alignment = center
ws["E12"].alignment = center
for row in ws["A7:E12"]:
    for c in row:
        c.border = box

ws["A14"] = "２．支援対象病院　※選定理由は任意（例：地域における救急等の主要な診療機能を担っている、立入検査等で対策が不十分 等）"
ws["A14"].font = Font(bold=True)
hdr = ["No.", "医療機関コード", "病院名", "病床数", "病床規模区分", "電子カルテ導入", "選定理由"]
for j, t in enumerate(hdr, 1):
    c = ws.cell(row=15, column=j, value=t)
    c.fill = head
    c.alignment = center
    c.border = box
hospitals = []
for i, (six, name, beds, bi, reason) in enumerate(H):
    r = first_list_row + i
    nine = "31" + "1" + six
    code = nine + luhn(nine)
    vals = [i + 1, code, name, beds, quotas[bi][0], "有", reason]
    for j, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=j, value=v)
        c.border = box
        c.alignment = wrap if j in (3, 7) else center
    ws.cell(row=r, column=2).number_format = "@"
    h = {"hospitalCode": code, "hospitalName": name, "beds": beds, "band": quotas[bi][0], "ehr": "あり"}
    if reason:
        h["reason"] = reason
    hospitals.append(h)
ws.freeze_panes = "A16"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
wb.save(os.path.join(OUT, NAME + ".xlsx"))

# sanity: counts equal quotas, beds in band
bounds = [(20, 99), (100, 199), (200, 399), (400, 10**6)]
for bi, (band, q) in enumerate(quotas):
    n = sum(1 for h in hospitals if h["band"] == band)
    assert n == q, (band, n, q)
for h in hospitals:
    lo, hi = bounds[[b for b, _ in quotas].index(h["band"])]
    assert lo <= h["beds"] <= hi, h

expected = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": PREF,
        "quotas": [{"band": b, "quota": q} for b, q in quotas],
        "hospitals": hospitals,
    },
    "planted": [],
    "notes": ("One sheet 別紙様式. Quota table A8:D11 (band text in merged A:C, 支援枠 in D); row 12 「合計」 is a total row, "
              "not a band. Column E 選定数 and row 12 are formulas (COUNTIF/SUM) saved by openpyxl without cached values. "
              "電子カルテ導入 written 「有」 = あり. Hospital codes are 10-digit text cells (prefecture 31, valid check digits). "
              "The header date 令和6年3月14日 is the submission date, not a form key."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok")

# Generator: hs-w22-a-single-sheet-quota-on-top.xlsx (Okayama; one sheet: quota table above the
# selected-hospital list; COUNTIF/SUM formulas saved by openpyxl without cached values)
import os, json
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

def luhn(d9):
    s = 0
    for i, ch in enumerate(reversed(d9)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return str((10 - s % 10) % 10)
assert luhn("341071236") == "2"
def code(gun, num):
    d9 = "33" + "1" + gun + num
    return d9 + luhn(d9)

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w22-a-single-sheet-quota-on-top"
QUOTAS = [("20～99床", 4), ("100～199床", 4), ("200～399床", 3), ("400床以上", 1)]
HOSP = [  # gun, num, name, beds, band, reason
    ("01", "2103", "医療法人 旭会 東岡山病院", 48, "20～99床", ""),
    ("06", "1187", "医療法人社団 吉備会 ふくべ整形外科病院", 60, "20～99床", "立入検査（令和5年度）で対策が不十分と思われる"),
    ("11", "0452", "真庭みどり病院", 85, "20～99床", "中山間地域の救急告示病院"),
    ("21", "0336", "医療法人 蒜山会 高原病院", 99, "20～99床", ""),
    ("01", "5510", "社会医療法人 岡南会 岡南中央病院", 120, "100～199床", "二次救急医療を担う"),
    ("02", "0784", "倉敷みなと病院", 150, "100～199床", "二次救急医療を担う"),
    ("03", "1129", "医療法人 美作会 津山東病院", 175, "100～199床", ""),
    ("04", "0267", "玉野臨海病院", 199, "100～199床", "立入検査で対策が不十分と思われる"),
    ("02", "3398", "社会医療法人 水島会 水島協和病院", 250, "200～399床", "地域の救急等の主要な診療機能を担う"),
    ("05", "0641", "笠岡市民総合病院", 310, "200～399床", "地域の救急等の主要な診療機能を担う"),
    ("01", "7725", "医療法人 西大寺会 西大寺記念病院", 382, "200～399床", ""),
    ("01", "0019", "岡山県央医療センター", 612, "400床以上", "三次救急・災害拠点病院"),
]

wb = Workbook(); ws = wb.active; ws.title = "別紙様式"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
hdr = PatternFill("solid", fgColor="FFF2CC")

ws["A1"] = "（別紙様式）"
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院（令和6年度）"
ws["A2"].font = Font(bold=True, size=13)
ws["A4"] = "都道府県名：岡山県"
ws["A4"].font = Font(bold=True, size=12)
ws["E4"] = "担当：岡山県保健医療部医療推進課　TEL 086-226-7381"

ws["A6"] = "１　支援枠"
ws["A6"].font = Font(bold=True)
for c, t in enumerate(["病床規模", "支援枠", "選定数"], 1):
    cell = ws.cell(7, c, t); cell.fill = hdr; cell.alignment = center; cell.border = box
first_h = 16
last_h = first_h + len(HOSP) - 1
for i, (band, q) in enumerate(QUOTAS):
    r = 8 + i
    ws.cell(r, 1, band); ws.cell(r, 2, q)
    ws.cell(r, 3, f'=COUNTIF($E${first_h}:$E${last_h},A{r})')
    for c in range(1, 4):
        ws.cell(r, c).border = box; ws.cell(r, c).alignment = center
rt = 8 + len(QUOTAS)
ws.cell(rt, 1, "計"); ws.cell(rt, 2, f"=SUM(B8:B{rt-1})"); ws.cell(rt, 3, f"=SUM(C8:C{rt-1})")
for c in range(1, 4):
    ws.cell(rt, c).border = box; ws.cell(rt, c).alignment = center

ws.cell(first_h - 2, 1, "２　選定した支援対象病院").font = Font(bold=True)
heads = ["No.", "医療機関コード（10桁）", "病院名", "病床数", "病床規模区分", "電子カルテ導入\n（導入済みは○）", "選定理由（任意）"]
for c, t in enumerate(heads, 1):
    cell = ws.cell(first_h - 1, c, t); cell.fill = hdr; cell.alignment = center; cell.border = box
codes = []
for i, (gun, num, name, beds, band, reason) in enumerate(HOSP):
    r = first_h + i
    cd = code(gun, num); codes.append(cd)
    vals = [i + 1, cd, name, beds, band, "○", reason or None]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v); cell.border = box
        cell.alignment = center if c in (1, 2, 4, 5, 6) else wrap
ws.cell(last_h + 2, 1, "※ 病床規模別の支援枠の病院数を過不足なく選定すること。")
for col, w in zip("ABCDEFG", [12, 20, 38, 9, 14, 15, 44]):
    ws.column_dimensions[col].width = w
ws.row_dimensions[first_h - 1].height = 32
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "hospital-selection", "version": "R6", "file": NAME + ".xlsx",
    "values": {
        "prefecture": "岡山県",
        "quotas": [{"band": b, "quota": q} for b, q in QUOTAS],
        "hospitals": [dict({"hospitalCode": cd, "hospitalName": h[2], "beds": h[3], "band": h[4], "ehr": "あり"},
                           **({"reason": h[5]} if h[5] else {})) for cd, h in zip(codes, HOSP)],
    },
    "planted": [],
    "notes": "Single sheet 別紙様式. 都道府県名 is label and value in one cell (A4 '都道府県名：岡山県'). Quota table A7:C12 "
             "(選定数 column C and the 計 row are COUNTIF/SUM formulas saved by openpyxl without cached values; not keyed). "
             "Hospital rows 16-27; 電子カルテ導入 marked ○ (= あり). Blank 選定理由 cells omitted. E4 is the prefecture's "
             "contact line (not a key).",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print(codes)

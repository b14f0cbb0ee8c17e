"""hs-w2-d: Ehime prefecture official: 「都道府県名：愛媛県」 in one cell, hospital list grouped by band with the band
cell MERGED vertically over its rows (band column first), quota table placed to the RIGHT of the list (second table
on the same sheet), 電子カルテ as 導入済/未導入, 提出日 as 令和 text, hidden master sheet; saved by openpyxl.
Planted: (1) one selected hospital has 電子カルテ 未導入, (2) one code carries prefecture digits 37 (香川) on an
愛媛県 submission."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "hs-w2-d-ehime-grouped-bands"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "選定結果"

def check_digit(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

def code(pref, gun, no):
    nine = f"{pref}1{gun}{no}"
    return nine + check_digit(nine)

QUOTAS = [("20床以上100床未満", 3), ("100床以上200床未満", 2), ("200床以上", 2)]
H = [  # code, name, beds, band, ehr written, reason
    (code("38", "02", "0915"), "医療法人　今治しまなみ病院", 56, "20床以上100床未満", "導入済", "島しょ部の救急を担う"),
    (code("38", "06", "0342"), "医療法人　西条石鎚病院", 92, "20床以上100床未満", "未導入", "平成30年度立入検査で指摘、対策不十分"),  # planted
    (code("38", "08", "0127"), "医療法人　大洲肱川病院", 38, "20床以上100床未満", "導入済", ""),
    (code("38", "05", "1460"), "医療法人　新居浜東病院", 160, "100床以上200床未満", "導入済", "二次救急"),
    (code("37", "09", "0283"), "社会医療法人　宇和島きさいや病院", 118, "100床以上200床未満", "導入済", "南予地域の主要な診療機能"),  # planted
    (code("38", "01", "4002"), "地方独立行政法人　松山中央医療センター", 480, "200床以上", "導入済", "三次救急・災害拠点病院"),
    (code("38", "07", "0539"), "社会医療法人　伊予三島病院", 205, "200床以上", "導入済", ""),
]

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="FFF2CC")
wb = Workbook(); ws = wb.active; ws.title = SHEET
for col, w in {"A": 20, "B": 5, "C": 14, "D": 38, "E": 8, "F": 13, "G": 34, "H": 3, "I": 20, "J": 9}.items():
    ws.column_dimensions[col].width = w
ws["A1"] = "別紙様式　支援対象病院の選定"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "都道府県名：愛媛県"
ws["A3"] = "提出日：令和6年3月15日"

for c, t in zip("ABCDEFG", ["病床規模区分", "No.", "医療機関コード", "病院名", "病床数", "電子カルテ導入", "選定理由"]):
    ws[f"{c}5"] = t; ws[f"{c}5"].fill = hdr; ws[f"{c}5"].border = B
    ws[f"{c}5"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
r = 6
band_rows = {}
for i, (cd, nm, beds, band, e, why) in enumerate(H):
    band_rows.setdefault(band, []).append(r)
    for c, v in zip("BCDEFG", [i + 1, cd, nm, beds, e, why or None]):
        ws[f"{c}{r}"] = v; ws[f"{c}{r}"].border = B
    ws[f"C{r}"].number_format = "@"
    ws[f"A{r}"].border = B
    r += 1
for band, rows in band_rows.items():
    ws[f"A{rows[0]}"] = band
    ws[f"A{rows[0]}"].alignment = Alignment(vertical="center", wrap_text=True)
    if len(rows) > 1:
        ws.merge_cells(f"A{rows[0]}:A{rows[-1]}")

ws["I5"] = "病床規模"; ws["J5"] = "支援枠"
for c in "IJ": ws[f"{c}5"].fill = hdr; ws[f"{c}5"].border = B
for i, (band, n) in enumerate(QUOTAS):
    ws[f"I{6+i}"] = band; ws[f"J{6+i}"] = n
    for c in "IJ": ws[f"{c}{6+i}"].border = B
ws["I9"] = "合計"; ws["J9"] = 7
for c in "IJ": ws[f"{c}9"].border = B
ws["I11"] = "※国から示された支援枠"; ws["I11"].font = Font(size=9)

m = wb.create_sheet("区分マスタ")
m["A1"] = "病床規模区分"
for i, (band, _) in enumerate(QUOTAS, 2):
    m[f"A{i}"] = band
m["B1"] = "電子カルテ"; m["B2"] = "導入済"; m["B3"] = "未導入"
m.sheet_state = "hidden"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "hospital-selection", "version": "R6", "file": NAME + ".xlsx",
    "values": {
        "prefecture": "愛媛県",
        "quotas": [{"band": b, "quota": n} for b, n in QUOTAS],
        "hospitals": [dict({"hospitalCode": cd, "hospitalName": nm, "beds": beds, "band": band,
                            "ehr": "あり" if e == "導入済" else "なし"},
                           **({"reason": why} if why else {})) for cd, nm, beds, band, e, why in H],
    },
    "planted": [
        {"cells": [f"{SHEET}!F7"], "paths": ["hospitals[1].ehr"],
         "why": "医療法人 西条石鎚病院 is marked 電子カルテ 未導入; the programme supports only hospitals that have "
                "an electronic medical record system (every selected hospital must have 電子カルテ)."},
        {"cells": [f"{SHEET}!C10"], "paths": ["hospitals[4].hospitalCode"],
         "why": f"医療機関コード {H[4][0]} starts with 37 (香川県) but the submission is for 愛媛県 (38); the code's "
                "prefecture digits must match 都道府県名 (its check digit itself is valid)."},
    ],
    "notes": "Band column A comes first and is merged vertically over each band's rows (A6:A8, A9:A10, A11:A12): every "
             "hospital in those rows has that band. Quota table is a second table to the right (I5:J8) with a typed "
             "合計 7 in J9 (not a band). 都道府県名 and 提出日 are label and value in one cell (A2, A3; 提出日 has no key). "
             "電子カルテ 導入済 → あり, 未導入 → なし. Hidden sheet 区分マスタ holds list values only. Counts per band "
             "equal the quotas (3/2/2); 平成 in a 選定理由 text is part of the free text.",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
print("ok", band_rows)

# Generator: hs-w4-a-twosheet-hyphen  (hospital-selection, 静岡県, 2 sheets, two-row header)
# Run with /usr/bin/python3 (openpyxl). Writes NAME.xlsx and NAME.expected.json next to this script.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "hs-w4-a-twosheet-hyphen"
HERE = os.path.dirname(os.path.abspath(__file__))

def check_digit(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

def code10(pref, gun, num):
    nine = f"{pref}1{gun}{num}"
    return nine + check_digit(nine)

def hyph(c):
    return f"{c[0:2]}-{c[2]}-{c[3:5]}-{c[5:9]}-{c[9]}"

thin = Side(style="thin"); border = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
hdr_fill = PatternFill("solid", fgColor="DDEBF7")

wb = Workbook()
ws = wb.active
ws.title = "支援枠"
ws["A1"] = "別紙様式　「医療機関におけるサイバーセキュリティ確保事業」支援対象病院の選定について"
ws["A1"].font = Font(bold=True, size=12)
ws["A3"] = "都道府県名"; ws["B3"] = "静岡県"
ws["A3"].fill = hdr_fill
for c in ("A3", "B3"): ws[c].border = border
ws["A5"] = "病床規模"; ws["B5"] = "支援枠（病院数）"
quotas = [("20～99床", 3), ("100～199床", 2), ("200床以上", 2)]
for i, (band, q) in enumerate(quotas):
    ws.cell(row=6 + i, column=1, value=band)
    ws.cell(row=6 + i, column=2, value=q)
ws["A9"] = "合計"; ws["B9"] = "=SUM(B6:B8)"   # formula saved by openpyxl: no cached value
for r in range(5, 10):
    for c in (1, 2):
        ws.cell(row=r, column=c).border = border
        ws.cell(row=r, column=c).alignment = center
for c in ("A5", "B5"): ws[c].fill = hdr_fill
ws["A11"] = "※支援枠は令和6年2月15日付け事務連絡で示された数。選定病院は「選定病院一覧」シートに記入。"
ws.column_dimensions["A"].width = 16; ws.column_dimensions["B"].width = 18

ws2 = wb.create_sheet("選定病院一覧")
ws2["A1"] = "選定した支援対象病院（静岡県）"; ws2["A1"].font = Font(bold=True, size=12)
# two-row header
ws2["A3"] = "No."; ws2.merge_cells("A3:A4")
ws2["B3"] = "医療機関"; ws2.merge_cells("B3:D3")
ws2["B4"] = "医療機関コード"; ws2["C4"] = "病院名"; ws2["D4"] = "病床数"
ws2["E3"] = "病床規模区分"; ws2.merge_cells("E3:E4")
ws2["F3"] = "電子カルテ"; ws2["F4"] = "導入（有/無）"
ws2["G3"] = "選定理由"; ws2.merge_cells("G3:G4")
for r in (3, 4):
    for c in range(1, 8):
        cell = ws2.cell(row=r, column=c); cell.border = border; cell.alignment = center; cell.fill = hdr_fill

P = "22"
hospitals = [
    # gun, num, name, beds, band, ehr-written, reason
    ("01", "0456", "さくら台病院", 48, "20～99床", "有", "地域の二次救急（輪番）を担っている"),
    ("03", "1122", "富士見が丘病院", 72, "20～99床", "有", None),
    ("05", "0789", "清水港中央病院", 96, "20～99床", "有り", "立入検査で対策不十分（アクセスログ未管理）"),
    ("02", "2345", "駿河台記念病院", 150, "100～199床", "有", "救急告示病院"),
    ("07", "0033", "掛川南病院", 199, "100～199床", "有", None),
    ("01", "3001", "静岡中央総合病院", 420, "200床以上", "有", "災害拠点病院・三次救急"),
    ("04", "1500", "沼津東医療センター", 310, "200床以上", "有", "地域医療支援病院"),
    # added by the filler BELOW the bordered table (row 12) -> 3rd hospital in 200床以上 (quota 2)
    ("06", "0888", "伊豆湾岸病院", 228, "200床以上", "有", "立入検査でセキュリティ対策が不十分"),
]
codes = [code10(P, g, n) for g, n, *_ in hospitals]
# planted: wrong check digit on the 2nd hospital (富士見が丘病院)
good2 = codes[1]
bad2 = good2[:9] + str((int(good2[9]) + 3) % 10)
codes[1] = bad2

rows_written = []
for i, (h, code) in enumerate(zip(hospitals, codes)):
    r = 5 + i
    g, n, name, beds, band, ehr, reason = h
    ws2.cell(row=r, column=1, value=i + 1)
    ws2.cell(row=r, column=2, value=hyph(code) if i != 3 else code)  # one code typed without hyphens
    ws2.cell(row=r, column=3, value=name)
    ws2.cell(row=r, column=4, value=beds)
    ws2.cell(row=r, column=5, value=band)
    ws2.cell(row=r, column=6, value=ehr)
    if reason: ws2.cell(row=r, column=7, value=reason)
    rows_written.append(r)
    if r <= 11:   # original bordered table was 7 rows (= total quota); row 12 was added by hand
        for c in range(1, 8):
            ws2.cell(row=r, column=c).border = border
for col, w in zip("ABCDEFG", (5, 18, 22, 8, 13, 12, 40)):
    ws2.column_dimensions[col].width = w

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)

expected = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": "静岡県",
        "quotas": [{"band": b, "quota": q} for b, q in quotas],
        "hospitals": [],
    },
    "planted": [
        {"cells": ["支援枠!B8", "選定病院一覧!E10", "選定病院一覧!E11", "選定病院一覧!E12"],
         "paths": ["quotas[2].quota", "hospitals[5].band", "hospitals[6].band", "hospitals[7].band"],
         "why": "200床以上: 支援枠 2 but 3 hospitals selected (the 3rd, 伊豆湾岸病院, added in row 12 below the bordered table); 過不足なく violated"},
        {"cells": ["選定病院一覧!B6"], "paths": ["hospitals[1].hospitalCode"],
         "why": f"wrong check digit: {bad2} (correct check digit for {bad2[:9]} is {good2[9]})"},
    ],
    "notes": ("Quota sheet row 9 '合計' holds =SUM(B6:B8) saved by openpyxl without a cached value; it is a total, "
              "not a band, so it is not in quotas. Hospital codes written with hyphens (NN-N-NN-NNNN-N) except row 8 "
              "(no hyphens). 電子カルテ written 有 / 有り -> あり. Column A 'No.' has no key."),
}
for h, code in zip(hospitals, codes):
    g, n, name, beds, band, ehr, reason = h
    d = {"hospitalCode": code, "hospitalName": name, "beds": beds, "band": band, "ehr": "あり"}
    if reason: d["reason"] = reason
    expected["values"]["hospitals"].append(d)
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", out)

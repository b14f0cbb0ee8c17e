#!/usr/bin/python3
"""hs-w1-b: 長野県. Three sheets: 記入要領 (instructions), 支援枠 (都道府県名 + quota table with
COUNTIF formulas, no cached values), 選定病院 (two-row merged header, 電子カルテ as ○/×).
Planted: band 200～499床 has 5 hospitals against a quota of 4; one hospital marked × (no EHR)."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w1-b-nagano-two-sheets-maru"
PREF, PREF_NO = "長野県", "20"


def check_digit(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return (10 - s % 10) % 10


def code10(pref, gun, num, tensu="1"):
    nine = f"{pref}{tensu}{gun}{num}"
    return nine + str(check_digit(nine))


QUOTAS = [("20～199床", 6), ("200～499床", 4), ("500床以上", 2)]
HOSP = [  # (郡市区, 番号, name, beds, band, mark, reason)
    ("01", "0742", "あずみ野リハビリテーション病院", 96, "20～199床", "○", None),
    ("02", "1135", "上田しなの川病院", 158, "20～199床", "○", "地域の二次救急を担う"),
    ("04", "0263", "諏訪湖畔記念病院", 80, "20～199床", "○", None),
    ("06", "0519", "木曽谷ひのき病院", 41, "20～199床", "×", "へき地医療拠点病院"),
    ("08", "0077", "飯田りんご並木病院", 187, "20～199床", "○", None),
    ("11", "0390", "佐久高原病院", 124, "20～199床", "○", "立入検査で対策不十分"),
    ("01", "2016", "長野善光寺通り病院", 236, "200～499床", "○", None),
    ("03", "0658", "松本アルプス総合病院", 412, "200～499床", "○", "救急告示病院"),
    ("05", "0104", "伊那谷中央病院", 318, "200～499床", "○", None),
    ("09", "0221", "千曲川医療センター", 275, "200～499床", "○", None),
    ("02", "0830", "信州東部総合病院", 203, "200～499床", "○", "地域医療支援病院"),
    ("01", "0015", "信濃大学附属みなみ病院", 688, "500床以上", "○", "三次救急"),
    ("03", "0049", "中信地域医療センター", 540, "500床以上", "○", "災害拠点病院"),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="DDDDDD")

wb = Workbook()
ins = wb.active
ins.title = "記入要領"
lines = [
    "【記入要領】支援対象病院の選定（別紙様式）",
    "",
    "1．「支援枠」シートに都道府県名を記入してください。支援枠は厚生労働省から示された数です。",
    "2．「選定病院」シートに、病床規模区分ごとに支援枠の数の病院を過不足なく記入してください。",
    "3．電子カルテ導入欄は、導入している場合は○、導入していない場合は×を記入してください。",
    "   （支援の対象は電子カルテシステムを導入している病院です。）",
    "4．医療機関コードは10桁で記入してください。",
    "5．選定理由は任意です（例：地域の救急医療を担っている、立入検査で対策が不十分 等）。",
    "提出期限：令和6年3月15日（金）",
]
for i, t in enumerate(lines, 1):
    ins.cell(i, 1, t)
ins.column_dimensions["A"].width = 100

qs = wb.create_sheet("支援枠")
qs["A1"] = "病床規模別支援枠"
qs["A1"].font = Font(size=13, bold=True)
qs["A3"], qs["B3"] = "都道府県名", PREF
qs["A3"].fill = grey
for c in ("A3", "B3"):
    qs[c].border = box
hdr = ["病床規模区分", "支援枠", "選定数", "過不足"]
for j, h in enumerate(hdr, 1):
    c = qs.cell(5, j, h)
    c.font = Font(bold=True)
    c.fill = grey
    c.border = box
for i, (band, q) in enumerate(QUOTAS):
    r = 6 + i
    qs.cell(r, 1, band).border = box
    qs.cell(r, 2, q).border = box
    qs.cell(r, 3, f"=COUNTIF(選定病院!$E$5:$E$40,A{r})").border = box
    qs.cell(r, 4, f"=C{r}-B{r}").border = box
qs.cell(9, 1, "計").border = box
qs.cell(9, 2, "=SUM(B6:B8)").border = box
qs.cell(9, 3, "=SUM(C6:C8)").border = box
for col, w in zip("ABCD", [16, 10, 10, 10]):
    qs.column_dimensions[col].width = w

hs = wb.create_sheet("選定病院")
hs["A1"] = "支援対象病院一覧"
hs["A1"].font = Font(size=13, bold=True)
for rng, txt in [("A3:A4", "No."), ("B3:B4", "医療機関コード"), ("C3:C4", "病院名"),
                 ("D3:E3", "病床"), ("F3:F4", "電子カルテ導入\n（○／×）"), ("G3:G4", "選定理由（任意）")]:
    hs.merge_cells(rng)
    hs[rng.split(":")[0]] = txt
hs["D4"], hs["E4"] = "病床数", "規模区分"
for row in hs.iter_rows(min_row=3, max_row=4, max_col=7):
    for c in row:
        c.border = box
        c.fill = grey
        c.font = Font(bold=True)
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
hospitals = []
for i, (g, n, name, beds, band, mark, reason) in enumerate(HOSP, 1):
    r = 4 + i
    code = code10(PREF_NO, g, n)
    for j, v in enumerate([i, code, name, beds, band, mark, reason], 1):
        c = hs.cell(r, j, v)
        c.border = box
    hs.cell(r, 2).number_format = "@"
    hs.cell(r, 6).alignment = Alignment(horizontal="center")
    h = {"hospitalCode": code, "hospitalName": name, "beds": beds, "band": band,
         "ehr": "あり" if mark == "○" else "なし"}
    if reason:
        h["reason"] = reason
    hospitals.append(h)
for col, w in zip("ABCDEFG", [5, 14, 32, 8, 12, 12, 30]):
    hs.column_dimensions[col].width = w

wb.active = 1
wb.save(os.path.join(HERE, NAME + ".xlsx"))

band2 = [i for i, h in enumerate(hospitals) if h["band"] == "200～499床"]
noehr = [i for i, h in enumerate(hospitals) if h["ehr"] == "なし"]
expected = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": PREF,
        "quotas": [{"band": b, "quota": q} for b, q in QUOTAS],
        "hospitals": hospitals,
    },
    "planted": [
        {"cells": ["支援枠!B7"] + [f"選定病院!E{5 + i}" for i in band2],
         "paths": ["quotas[1].quota"] + [f"hospitals[{i}].band" for i in band2],
         "why": "band 200～499床: quota 4 but 5 hospitals selected (過不足なく violated: one too many)"},
        {"cells": [f"選定病院!F{5 + i}" for i in noehr],
         "paths": [f"hospitals[{i}].ehr" for i in noehr],
         "why": "木曽谷ひのき病院 is marked × (電子カルテ not introduced); the programme supports only hospitals with an EHR"},
    ],
    "notes": "都道府県名 is on sheet 支援枠 (B3); hospitals on sheet 選定病院 with a two-row merged header (rows 3-4), data rows 5-17. "
             "電子カルテ written ○/× (○→あり, ×→なし). 支援枠 sheet has COUNTIF/SUM formulas saved by openpyxl without cached values "
             "(選定数, 過不足, 計) — not keys. 記入要領 is an instructions-only sheet.",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", NAME)

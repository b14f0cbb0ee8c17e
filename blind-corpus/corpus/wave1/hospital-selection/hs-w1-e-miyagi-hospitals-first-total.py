#!/usr/bin/python3
"""hs-w1-e: 宮城県. One sheet, blocks in a different order: header, HOSPITALS table first, a 合計
row (=COUNTA/=SUM saved by openpyxl, NO cached value), then the quota table below it
(「【参考】…支援枠」, with COUNTIF 選定数 and a 計 row, also uncached). Codes written with spaces
(04 1 01 0615 x), 電子カルテ as 有/無, hospitals' band written short (小規模) while the quota table
says 小規模（20～99床）, a 選定理由 with a line break.
Planted: (1) two hospitals share one code (copied down); (2) a code with prefecture digits 07 (福島県)."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w1-e-miyagi-hospitals-first-total"
PREF, PREF_NO = "宮城県", "04"


def check_digit(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return (10 - s % 10) % 10


def code10(pref, gun, num, tensu="1"):
    nine = f"{pref}{tensu}{gun}{num}"
    return nine + str(check_digit(nine))


def spaced(c):
    return f"{c[0:2]} {c[2]} {c[3:5]} {c[5:9]} {c[9]}"


QUOTAS = [("小規模（20～99床）", 6, "小規模"), ("中規模（100～299床）", 5, "中規模"), ("大規模（300床以上）", 3, "大規模")]
HOSP = [  # (pref digits, 郡市区, 番号, name, beds, band, reason)
    ("04", "01", "0615", "仙台青葉通り病院", 84, "小規模", None),
    ("04", "03", "0207", "石巻日和山病院", 56, "小規模", "沿岸部の救急告示病院"),
    ("04", "05", "0139", "気仙沼大島病院", 39, "小規模", None),
    ("04", "07", "0448", "登米はさま病院", 72, "小規模", None),
    ("04", "02", "0381", "塩竈まがき病院", 95, "小規模", "立入検査で対策不十分"),
    ("07", "09", "0062", "白石蔵王病院", 60, "小規模", None),             # planted: 07 = 福島県
    ("04", "01", "2290", "仙台広瀬川病院", 140, "中規模", None),
    ("04", "04", "0175", "名取閖上病院", 118, "中規模", None),
    ("04", "06", "0523", "大崎古川病院", 262, "中規模", "救急告示病院\n立入検査で対策不十分"),
    ("04", "06", "0523", "仙台泉ヶ岳病院", 199, "中規模", None),           # planted: code copied from the row above
    ("04", "08", "0094", "栗原くりこま病院", 105, "中規模", "地域の二次救急を担う"),
    ("04", "01", "0027", "東北みやぎ総合医療センター", 620, "大規模", "救命救急センター\n災害拠点病院"),
    ("04", "01", "0043", "仙台港総合病院", 348, "大規模", None),
    ("04", "03", "0019", "石巻湾岸医療センター", 410, "大規模", "地域医療支援病院"),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook()
ws = wb.active
ws.title = "提出用"
ws["G1"] = "別紙様式"
ws["G1"].alignment = Alignment(horizontal="right")
ws["A2"] = "令和６年度　医療機関におけるサイバーセキュリティ確保事業　支援対象病院選定一覧"
ws["A2"].font = Font(size=13, bold=True)
ws["A4"], ws["B4"] = "都道府県名", PREF
ws["A5"], ws["B5"] = "担当", "保健福祉部 医療政策課 医療情報班"
for c in ("A4", "B4", "A5", "B5"):
    ws[c].border = box
ws["A4"].fill = head
ws["A5"].fill = head

hdr = ["No", "医療機関コード", "医療機関名", "許可病床数", "規模", "電子カルテ\n（有・無）", "選定理由"]
for j, h in enumerate(hdr, 1):
    c = ws.cell(7, j, h)
    c.fill = head
    c.border = box
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
hospitals = []
for i, (p, g, n, name, beds, band, reason) in enumerate(HOSP, 1):
    r = 7 + i
    code = code10(p, g, n)
    for j, v in enumerate([i, spaced(code), name, beds, band, "有", reason], 1):
        c = ws.cell(r, j, v)
        c.border = box
        c.alignment = Alignment(vertical="top", wrap_text=(j == 7))
    h = {"hospitalCode": code, "hospitalName": name, "beds": beds, "band": band, "ehr": "あり"}
    if reason:
        h["reason"] = reason
    hospitals.append(h)
last = 7 + len(HOSP)          # 21
tot = last + 1                # 22
ws.cell(tot, 1, "合計")
ws.merge_cells(start_row=tot, start_column=1, end_row=tot, end_column=2)
ws.cell(tot, 3, f"=COUNTA(C8:C{last})")
ws.cell(tot, 4, f"=SUM(D8:D{last})")
for j in range(1, 8):
    ws.cell(tot, j).border = box

q0 = tot + 2                  # 24
ws.cell(q0, 1, "【参考】厚生労働省から示された病床規模別支援枠")
ws.cell(q0, 1).font = Font(bold=True)
for j, h in enumerate(["病床規模", "支援枠", "選定数"], 1):
    c = ws.cell(q0 + 1, j, h)
    c.fill = head
    c.border = box
for k, (band, q, short) in enumerate(QUOTAS):
    r = q0 + 2 + k
    ws.cell(r, 1, band).border = box
    ws.cell(r, 2, q).border = box
    ws.cell(r, 3, f'=COUNTIF($E$8:$E${last},"{short}")').border = box
rs = q0 + 2 + len(QUOTAS)     # 29
ws.cell(rs, 1, "計").border = box
ws.cell(rs, 2, f"=SUM(B{q0 + 2}:B{rs - 1})").border = box
ws.cell(rs, 3, f"=SUM(C{q0 + 2}:C{rs - 1})").border = box

for col, w in zip("ABCDEFG", [22, 18, 28, 11, 8, 11, 30]):
    ws.column_dimensions[col].width = w
wb.save(os.path.join(HERE, NAME + ".xlsx"))

dup = [i for i, h in enumerate(hospitals) if h["hospitalCode"] == code10("04", "06", "0523")]
bad = [i for i, h in enumerate(hospitals) if not h["hospitalCode"].startswith(PREF_NO)]
expected = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": PREF,
        "quotas": [{"band": b, "quota": q} for b, q, _ in QUOTAS],
        "hospitals": hospitals,
    },
    "planted": [
        {"cells": [f"提出用!B{8 + i}" for i in dup],
         "paths": [f"hospitals[{i}].hospitalCode" for i in dup],
         "why": f"duplicate 医療機関コード {hospitals[dup[0]]['hospitalCode']}: 大崎古川病院 and 仙台泉ヶ岳病院 carry the same code (copied down)"},
        {"cells": [f"提出用!B{8 + i}" for i in bad],
         "paths": [f"hospitals[{i}].hospitalCode" for i in bad],
         "why": f"code {hospitals[bad[0]]['hospitalCode']} starts with 07 (福島県) but 都道府県名 is 宮城県 (04); check digit itself is valid"},
    ],
    "notes": "Hospitals table comes FIRST (header row 7, data rows 8-21); row 22 is a 合計 row with =COUNTA/=SUM formulas saved by "
             "openpyxl without cached values (not a hospital). The quota table follows below (header row 25, bands rows 26-28, "
             "row 29 計 =SUM; column C 選定数 are uncached COUNTIFs, not keys). Codes are written with spaces (「04 1 01 0615 x」) and "
             "given here as 10 digits. 電子カルテ written 有 → あり. Hospitals' 規模 written short (小規模/中規模/大規模) while the quota "
             "bands read 小規模（20～99床） etc. — both kept as written; they refer to the same bands. Counts per band are exact (6/5/3). "
             "Two 選定理由 contain a line break.",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", NAME)

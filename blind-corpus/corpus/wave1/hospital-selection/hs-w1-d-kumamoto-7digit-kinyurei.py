#!/usr/bin/python3
"""hs-w1-d: 熊本県. One visible sheet + a hidden list sheet (data-validation sources).
Title block with 提出日 (和暦 text), 都道府県名 in merged cells (label left), quota table with
merged band cells and quotas typed as TEXT, heading, two-row merged header, a correctly
labelled 記入例 row, 7-digit 医療機関コード, 病床数 as text with 床.
Planted: (1) 荒尾有明病院 230床 but put in 100床以上200床未満; (2) wrong check digit on 八代不知火病院."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w1-d-kumamoto-7digit-kinyurei"
PREF, PREF_NO = "熊本県", "43"


def check_digit(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return (10 - s % 10) % 10


def code10(pref, gun, num, tensu="1"):
    nine = f"{pref}{tensu}{gun}{num}"
    return nine + str(check_digit(nine))


B1, B2, B3 = "20床以上100床未満", "100床以上200床未満", "200床以上"
QUOTAS = [(B1, 5), (B2, 3), (B3, 3)]
HOSP = [  # (郡市区, 番号, name, beds, band, reason, wrong_check)
    ("01", "0520", "熊本江津湖病院", 76, B1, None, False),
    ("02", "0314", "八代不知火病院", 58, B1, "立入検査時に対策不十分との指摘", True),
    ("05", "0127", "人吉球磨川病院", 44, B1, None, False),
    ("08", "0462", "天草ひまわり病院", 90, B1, "離島・半島部の救急を担う", False),
    ("03", "0288", "玉名くすのき病院", 63, B1, None, False),
    ("01", "1873", "熊本水前寺病院", 182, B2, None, False),
    ("04", "0096", "荒尾有明病院", 230, B2, "二次救急輪番病院", False),
    ("06", "0701", "菊池渓谷病院", 121, B2, None, False),
    ("01", "0034", "熊本城東総合病院", 455, B3, "救命救急センター", False),
    ("07", "0152", "阿蘇五岳医療センター", 214, B3, "へき地医療拠点病院", False),
    ("02", "0011", "八代みなと総合病院", 302, B3, "地域の救急医療の中心", False),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="E2EFDA")
ex = PatternFill("solid", fgColor="F2F2F2")

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
ws["A1"] = "（別紙様式）"
ws.merge_cells("A2:G2")
ws["A2"] = "支援対象病院選定結果報告書"
ws["A2"].font = Font(size=14, bold=True)
ws["A2"].alignment = Alignment(horizontal="center")
ws["G3"] = "令和6年3月13日"
ws["G3"].alignment = Alignment(horizontal="right")
for r, lab, val in [(5, "都道府県名", PREF), (6, "担当部署", "健康福祉部 医療政策課"), (7, "電話番号", "096-000-1234（内線 3456）")]:
    ws.merge_cells(f"A{r}:B{r}")
    ws.merge_cells(f"C{r}:D{r}")
    ws[f"A{r}"], ws[f"C{r}"] = lab, val
    ws[f"A{r}"].fill = head
    for col in "ABCD":
        ws[f"{col}{r}"].border = box

ws["A9"] = "■　病床規模別支援枠"
ws["A9"].font = Font(bold=True)
ws.merge_cells("A10:B10")
ws["A10"], ws["C10"] = "病床規模", "支援枠"
for i, (band, q) in enumerate(QUOTAS):
    r = 11 + i
    ws.merge_cells(f"A{r}:B{r}")
    ws[f"A{r}"] = band
    ws[f"C{r}"] = str(q)          # quota typed as text
    ws[f"C{r}"].number_format = "@"
    ws[f"C{r}"].alignment = Alignment(horizontal="right")
for row in ws.iter_rows(min_row=10, max_row=13, max_col=3):
    for c in row:
        c.border = box
for c in ("A10", "C10"):
    ws[c].fill = head

ws["A15"] = "■　選定病院（医療機関コードは7桁、病床数は許可病床数を記入）"
ws["A15"].font = Font(bold=True)
for rng, txt in [("A16:A17", "No."), ("B16:B17", "医療機関コード\n（7桁）"), ("C16:C17", "病院名"),
                 ("D16:E16", "病床"), ("G16:G17", "選定理由（任意）")]:
    ws.merge_cells(rng)
    ws[rng.split(":")[0]] = txt
ws["D17"], ws["E17"] = "病床数", "規模区分"
ws["F16"], ws["F17"] = "電子カルテ", "導入状況"
for row in ws.iter_rows(min_row=16, max_row=17, max_col=7):
    for c in row:
        c.border = box
        c.fill = head
        c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
example = ["記入例", "0112345", "○○病院", "150床", B2, "あり", "地域の二次救急を担っているため"]
for j, v in enumerate(example, 1):
    c = ws.cell(18, j, v)
    c.border = box
    c.fill = ex
    c.font = Font(italic=True, color="808080")

hospitals, planted_rows = [], {}
for i, (g, n, name, beds, band, reason, wrong) in enumerate(HOSP, 1):
    r = 18 + i
    code = code10(PREF_NO, g, n)
    if wrong:
        code = code[:9] + str((int(code[9]) + 3) % 10)
        planted_rows["check"] = (i - 1, r)
    seven = code[3:]
    for j, v in enumerate([i, seven, name, f"{beds}床", band, "あり", reason], 1):
        c = ws.cell(r, j, v)
        c.border = box
    ws.cell(r, 2).number_format = "@"
    ws.cell(r, 4).alignment = Alignment(horizontal="right")
    h = {"hospitalCode": code, "hospitalName": name, "beds": beds, "band": band, "ehr": "あり"}
    if reason:
        h["reason"] = reason
    hospitals.append(h)
    if name == "荒尾有明病院":
        planted_rows["beds"] = (i - 1, r)
last = 18 + len(HOSP)
ws.cell(last + 2, 1, "※1　記入例の行は集計の対象外です（削除しないでください）。")
ws.cell(last + 3, 1, "※2　支援対象は電子カルテシステムを導入している病院です。支援枠の数を過不足なく選定してください。")

lst = wb.create_sheet("リスト")
for i, b in enumerate([B1, B2, B3], 1):
    lst.cell(i, 1, b)
lst["B1"], lst["B2"] = "あり", "なし"
lst.sheet_state = "hidden"
dv1 = DataValidation(type="list", formula1="=リスト!$A$1:$A$3", allow_blank=True)
dv2 = DataValidation(type="list", formula1="=リスト!$B$1:$B$2", allow_blank=True)
ws.add_data_validation(dv1)
ws.add_data_validation(dv2)
dv1.add(f"E19:E40")
dv2.add(f"F19:F40")

for col, w in zip("ABCDEFG", [7, 14, 26, 9, 20, 11, 34]):
    ws.column_dimensions[col].width = w
wb.save(os.path.join(HERE, NAME + ".xlsx"))

bi, br = planted_rows["beds"]
ci, cr = planted_rows["check"]
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
        {"cells": [f"別紙様式!D{br}", f"別紙様式!E{br}"],
         "paths": [f"hospitals[{bi}].beds", f"hospitals[{bi}].band"],
         "why": "荒尾有明病院 has 230床 but is classified 100床以上200床未満 (病床数 outside its band; it belongs in 200床以上)"},
        {"cells": [f"別紙様式!B{cr}"],
         "paths": [f"hospitals[{ci}].hospitalCode"],
         "why": f"7-digit code {hospitals[ci]['hospitalCode'][3:]} (expands to {hospitals[ci]['hospitalCode']}) has a wrong check digit "
                f"(correct would be {code10(PREF_NO, '02', '0314')[9]})"},
    ],
    "notes": "Codes written as 7 digits (郡市区+番号+検証) in column B; hospitalCode given as the 10-digit expansion 43 + 1 + 7 digits. "
             "Row 18 is a correctly labelled 記入例 row (A18 = 記入例) and must be ignored; data rows 19-29. "
             "病床数 written as text with 床 (e.g. 「76床」); quotas C11:C13 written as text digits. "
             "Band counts by the written 規模区分 match every quota exactly (5/3/3); if the reader re-bands 荒尾有明病院 by its 230 beds, "
             "100床以上200床未満 would hold 2 and 200床以上 4 — a consequence of the same planted mistake, not a separate one. "
             "Hidden sheet リスト holds data-validation lists only.",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", NAME)

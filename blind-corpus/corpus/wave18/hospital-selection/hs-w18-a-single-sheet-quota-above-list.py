#!/usr/bin/python3
"""hs-w18-a: Okayama prefecture office, one sheet: header, quota table with COUNTIF check, then the list.
Saved by openpyxl (formulas without cached values). Correctly labelled 記入例 row above the data."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w18-a-single-sheet-quota-above-list"

def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

def code10(pref, gun, num):
    nine = f"{pref:02d}1{gun:02d}{num:04d}"
    return nine + luhn(nine)

PREF = "岡山県"
BANDS = [("20～99床", 6), ("100～199床", 5), ("200～399床", 3), ("400床以上", 2)]
# (gun, num, name, beds, band, reason)
H = [
    (1, 1123, "医療法人 旭川会 旭東中央病院", 180, "100～199床", "二次救急医療機関（輪番）。地域の救急医療を担っている"),
    (2, 2045, "倉敷みなと総合病院", 452, "400床以上", "地域医療支援病院・災害拠点病院"),
    (3, 318, "医療法人社団 美作会 津山東病院", 96, "20～99床", "立入検査でバックアップ体制が不十分と判断"),
    (1, 4410, "岡山北部記念病院", 312, "200～399床", "救急告示病院。地域への影響が大きい"),
    (5, 1207, "玉野ひかり病院", 60, "20～99床", ""),
    (8, 533, "医療法人 高梁川会 総社西病院", 148, "100～199床", "立入検査で対策不十分（パスワード管理）"),
    (1, 3091, "社会医療法人 岡山光生会 光生病院", 521, "400床以上", "三次救急・周産期母子医療センター"),
    (6, 812, "笠岡さくら病院", 42, "20～99床", ""),
    (2, 3368, "医療法人 水島会 水島協同病院", 286, "200～399床", "二次救急・透析医療"),
    (10, 127, "新見中央病院", 99, "20～99床", "へき地医療拠点病院"),
    (4, 1556, "井原市民病院", 120, "100～199床", "地域の救急医療を担う公立病院"),
    (12, 644, "医療法人 真庭会 真庭勝山病院", 55, "20～99床", "立入検査で対策不十分"),
    (2, 5120, "倉敷西総合病院", 199, "100～199床", ""),
    (1, 6672, "医療法人 後楽会 岡山後楽園前病院", 20, "20～99床", ""),
    (9, 415, "赤磐医療センター", 200, "200～399床", "二次救急医療機関"),
    (11, 903, "備前おかやま病院", 100, "100～199床", ""),
]

thin = Side(style="thin"); med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
ex_font = Font(color="808080", italic=True)

wb = Workbook(); ws = wb.active; ws.title = "別紙様式"
ws.column_dimensions["A"].width = 6
ws.column_dimensions["B"].width = 15
ws.column_dimensions["C"].width = 38
ws.column_dimensions["D"].width = 9
ws.column_dimensions["E"].width = 13
ws.column_dimensions["F"].width = 12
ws.column_dimensions["G"].width = 48

ws["G1"] = "（別紙様式）"; ws["G1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A2:G2")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」令和6年度 支援対象病院 選定結果"
ws["A2"].font = Font(size=14, bold=True); ws["A2"].alignment = Alignment(horizontal="center")

ws["A4"] = "都道府県名"; ws.merge_cells("A4:B4")
ws["C4"] = PREF
for c in ("A4", "B4", "C4"):
    ws[c].border = B
ws["A4"].fill = hdr_fill; ws["A4"].font = Font(bold=True)
ws["E4"] = "担当：岡山県保健医療部医療推進課"
ws["E5"] = "TEL 086-226-7000（内線）"

ws["A7"] = "１．病床規模別の支援枠"; ws["A7"].font = Font(bold=True)
for col, t in zip("BCD", ("病床規模", "支援枠（病院数）", "選定数")):
    ws[f"{col}8"] = t; ws[f"{col}8"].fill = hdr_fill; ws[f"{col}8"].border = B; ws[f"{col}8"].font = Font(bold=True)
r = 9
first_data, last_data = 16, 16 + len(H) - 1
for band, q in BANDS:
    ws[f"B{r}"] = band; ws[f"C{r}"] = q
    ws[f"D{r}"] = f'=COUNTIF($E${first_data}:$E${last_data},B{r})'
    for col in "BCD":
        ws[f"{col}{r}"].border = B
    r += 1
ws[f"B{r}"] = "合計"; ws[f"C{r}"] = f"=SUM(C9:C{r-1})"; ws[f"D{r}"] = f"=SUM(D9:D{r-1})"
for col in "BCD":
    ws[f"{col}{r}"].border = B; ws[f"{col}{r}"].font = Font(bold=True)
ws["E9"] = "※支援枠と選定数が一致していることを確認してください（過不足なく選定）"
ws["E9"].font = Font(size=9, color="C00000")

ws["A13"] = "２．選定した支援対象病院"; ws["A13"].font = Font(bold=True)
heads = ("No.", "医療機関コード\n（10桁）", "病院名", "病床数", "病床規模区分", "電子カルテ\n導入", "選定理由（任意）")
for i, t in enumerate(heads):
    c = ws.cell(row=14, column=1 + i, value=t)
    c.fill = hdr_fill; c.border = B; c.font = Font(bold=True)
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[14].height = 32
ex = ("記入例", "3310100000", "○○病院", 150, "100～199床", "有", "地域の救急等の主要な診療機能を担っている")
for i, v in enumerate(ex):
    c = ws.cell(row=15, column=1 + i, value=v); c.font = ex_font; c.border = B

dv_band = DataValidation(type="list", formula1='"20～99床,100～199床,200～399床,400床以上"', allow_blank=True)
dv_ehr = DataValidation(type="list", formula1='"有,無"', allow_blank=True)
ws.add_data_validation(dv_band); ws.add_data_validation(dv_ehr)

hospitals = []
for k, (gun, num, name, beds, band, reason) in enumerate(H):
    r = first_data + k
    code = code10(33, gun, num)
    vals = (k + 1, code, name, beds, band, "有", reason or None)
    for i, v in enumerate(vals):
        c = ws.cell(row=r, column=1 + i, value=v); c.border = B
    ws.cell(row=r, column=2).number_format = "@"
    ws.cell(row=r, column=7).alignment = Alignment(wrap_text=True)
    dv_band.add(f"E{r}"); dv_ehr.add(f"F{r}")
    h = {"hospitalCode": code, "hospitalName": name, "beds": beds, "band": band, "ehr": "あり"}
    if reason:
        h["reason"] = reason
    hospitals.append(h)

ws.cell(row=last_data + 2, column=1, value="※ 電子カルテシステムを導入している病院に限ります。行が不足する場合は適宜追加してください。").font = Font(size=9)
ws.print_area = f"A1:G{last_data + 2}"
ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
ws.freeze_panes = "A16"

wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "hospital-selection", "version": "R6", "file": NAME + ".xlsx",
    "values": {
        "prefecture": PREF,
        "quotas": [{"band": b, "quota": q} for b, q in BANDS],
        "hospitals": hospitals,
    },
    "planted": [],
    "notes": "Quota table B9:C12 (row 13 is a 合計 row, formulas, not a band). 選定数 column D and totals are COUNTIF/SUM "
             "formulas saved by openpyxl without cached values. Row 15 is a correctly labelled 記入例 row (must be ignored). "
             "電子カルテ導入 written as 有 (canonical あり). All codes are 10-digit text cells, Okayama (33).",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)

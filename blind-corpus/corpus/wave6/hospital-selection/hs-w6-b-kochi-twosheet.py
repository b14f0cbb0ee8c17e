#!/usr/bin/python3
"""hs-w6-b-kochi-twosheet: 高知県 drawing the 別紙様式 as two sheets (支援枠 as a transposed table, 選定病院 list),
7-digit codes written 郡市区-番号-検証, 電子カルテ as ○ mark, reasons with line breaks, some 病床数 as text,
hidden list sheet for data validation, formulas without cached values (saved by openpyxl only).
Planted: (1) band 100-299床 has 3 hospitals for a 支援枠 of 2; (2) wrong check digit on one code."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w6-b-kochi-twosheet"

def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

def seven(gun, num, wrong=None):
    chk = luhn("391" + gun + num)
    if wrong is not None:
        assert wrong != chk
        chk = wrong
    return f"{gun}-{num}-{chk}"

BANDS = [("20-99床", 3), ("100-299床", 2), ("300床以上", 1)]
HOSP = [  # 7-digit code, name, beds (int or text), band, reason
    (seven("01", "0345"), "高知はりまや橋病院", 326, "300床以上", "救命救急センター\n災害拠点病院"),
    (seven("01", "0511", wrong="4"), "医療法人鏡川会　鏡川病院", 88, "20-99床", "立入検査で対策不十分\n（ID・パスワードの管理）"),
    (seven("02", "0167"), "南国やまもも病院", "142", "100-299床", "二次救急"),
    (seven("03", "0409"), "土佐中村総合病院", 210, "100-299床", "幡多地域の中核病院\n（救急告示）"),
    (seven("04", "0188"), "須崎くろしお病院", 64, "20-99床", None),
    (seven("11", "0052"), "室戸岬病院", "110", "100-299床", "室戸地域の救急告示病院"),
    (seven("21", "0033"), "香美ものべ病院", 52, "20-99床", None),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
fill = PatternFill("solid", fgColor="FFF2CC")
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
lft = Alignment(horizontal="left", vertical="center", wrap_text=True)

wb = Workbook()
s1 = wb.active
s1.title = "支援枠"
s1["A1"] = "別紙様式　支援対象病院の選定について（その１　支援枠）"
s1["A1"].font = Font(bold=True, size=13)
s1["A3"] = "都道府県名：高知県"
s1["A3"].font = Font(bold=True)
s1["E3"] = "提出日 R6.3.13"
s1["A5"] = "病床規模"; s1["A6"] = "支援枠"; s1["A7"] = "選定数（自動）"
for j, (band, q) in enumerate(BANDS):
    col = "BCD"[j]
    s1[f"{col}5"] = band
    s1[f"{col}6"] = q
    s1[f"{col}7"] = f"=COUNTIF(選定病院!$E$5:$E$30,{col}5)"
s1["E5"] = "計"; s1["E6"] = "=SUM(B6:D6)"; s1["E7"] = "=SUM(B7:D7)"
for r in (5, 6, 7):
    for col in "ABCDE":
        s1[f"{col}{r}"].border = box; s1[f"{col}{r}"].alignment = ctr
    s1[f"A{r}"].fill = fill
for col in "BCDE":
    s1[f"{col}5"].fill = fill
s1["A9"] = "※支援枠は令和6年2月15日付け厚生労働省事務連絡で示された数（病床規模別）"
s1["A10"] = "※選定数は「選定病院」シートから自動計算"
s1.column_dimensions["A"].width = 16
for col in "BCDE":
    s1.column_dimensions[col].width = 13

s2 = wb.create_sheet("選定病院")
s2["A1"] = "別紙様式　支援対象病院の選定について（その２　選定病院一覧）"
s2["A1"].font = Font(bold=True, size=13)
for rng in ("A3:A4", "C3:C4", "D3:D4", "E3:E4", "G3:G4"):
    s2.merge_cells(rng)
s2["A3"] = "No"; s2["B3"] = "医療機関コード"; s2["B4"] = "（郡市区-番号-検証）"
s2["C3"] = "病院名"; s2["D3"] = "病床数"; s2["E3"] = "病床規模区分"
s2["F3"] = "電子カルテ導入"; s2["F4"] = "（導入済に○）"; s2["G3"] = "選定理由"
for r in (3, 4):
    for col in "ABCDEFG":
        s2[f"{col}{r}"].border = box; s2[f"{col}{r}"].alignment = ctr; s2[f"{col}{r}"].fill = fill
for i, (code7, name, beds, band, reason) in enumerate(HOSP):
    r = 5 + i
    s2[f"A{r}"] = i + 1
    s2[f"B{r}"] = code7
    s2[f"C{r}"] = name
    s2[f"D{r}"] = beds
    s2[f"E{r}"] = band
    s2[f"F{r}"] = "○"
    s2[f"G{r}"] = reason
    for col in "ABCDEFG":
        s2[f"{col}{r}"].border = box
        s2[f"{col}{r}"].alignment = lft if col in "CG" else ctr
    if reason and "\n" in reason:
        s2.row_dimensions[r].height = 30
last = 5 + len(HOSP)
s2[f"C{last}"] = "以下余白"
s2[f"C{last}"].alignment = ctr
widths = {"A": 5, "B": 16, "C": 28, "D": 8, "E": 13, "F": 14, "G": 34}
for k, v in widths.items():
    s2.column_dimensions[k].width = v

lst = wb.create_sheet("list")
for i, (band, _) in enumerate(BANDS, start=1):
    lst[f"A{i}"] = band
lst["B1"] = "○"
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="list!$A$1:$A$3", allow_blank=True)
dv2 = DataValidation(type="list", formula1="list!$B$1:$B$1", allow_blank=True)
s2.add_data_validation(dv); s2.add_data_validation(dv2)
dv.add("E5:E30"); dv2.add("F5:F30")

wb.save(os.path.join(HERE, NAME + ".xlsx"))
print("wrote", NAME + ".xlsx")
for h in HOSP:
    print(h[0], h[1])

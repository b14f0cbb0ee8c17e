#!/usr/bin/python3
# hs-w14-a: 岡山県 → 厚生労働省 別紙様式, drawn by a prefecture official for printing.
# One sheet: 都道府県名 in the same cell as its label, quota table transposed (bands across),
# 選定数 row as COUNTIF formulas (saved by openpyxl: no cached values), hospital list with
# 7-digit codes as text, 電子カルテ as ○/×, a correctly labelled 記入例 row, bordered rows 1–10
# and an 11th hospital added below the printed table.
# Planted: band 20床以上100床未満 has 6 hospitals for a quota of 5; one hospital has 電子カルテ ×.
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave14/hospital-selection"
NAME = "hs-w14-a-print-7digit-example.xlsx"

def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

def seven(gun_num):            # '011021' -> 7-digit code with check for prefecture 33, table 1
    return gun_num + luhn("331" + gun_num)

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="EDEDED")
wrap = Alignment(wrap_text=True, vertical="center")
cen = Alignment(horizontal="center", vertical="center", wrap_text=True)
F = Font(name="ＭＳ ゴシック", size=10)
for c, w in {"A": 6, "B": 14, "C": 30, "D": 12, "E": 20, "F": 11, "G": 34}.items():
    ws.column_dimensions[c].width = w

ws["G1"] = "別紙様式"; ws["G1"].alignment = Alignment(horizontal="right")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院（令和6年度支援分）選定結果"
ws["A2"].font = Font(name="ＭＳ ゴシック", size=12, bold=True); ws.merge_cells("A2:G2")
ws["A3"] = "都道府県名：岡山県"; ws["A3"].font = Font(name="ＭＳ ゴシック", size=11, bold=True)
ws.merge_cells("A3:C3")
ws["E3"] = "提出日：令和6年3月14日"; ws.merge_cells("E3:G3"); ws["E3"].alignment = Alignment(horizontal="right")

ws["A5"] = "１　支援枠（病床規模別）"; ws["A5"].font = Font(bold=True)
bands = ["20床以上100床未満", "100床以上200床未満", "200床以上"]
quotas = [5, 3, 2]
ws["B6"] = "病床規模"; ws["B7"] = "支援枠"; ws["B8"] = "選定数"
for col, band, q in zip("CDE", bands, quotas):
    ws[f"{col}6"] = band; ws[f"{col}7"] = q
    ws[f"{col}8"] = f'=COUNTIF($E$13:$E$30,{col}6)'
ws["F6"] = "計"; ws["F7"] = "=SUM(C7:E7)"; ws["F8"] = "=SUM(C8:E8)"
for r in (6, 7, 8):
    ws.row_dimensions[r].height = 30 if r == 6 else 18
    for col in "BCDEF":
        ws[f"{col}{r}"].border = B; ws[f"{col}{r}"].alignment = cen; ws[f"{col}{r}"].font = F
for col in "BCDEF":
    ws[f"{col}6"].fill = grey
ws["G7"] = "※支援枠は国から示された数を記入"; ws["G7"].font = Font(size=9)

ws["A10"] = "２　選定した支援対象病院"; ws["A10"].font = Font(bold=True)
heads = ["No.", "医療機関コード\n（7桁）", "病院名", "病床数", "病床規模区分", "電子カルテ\n導入(○/×)", "選定理由（任意）"]
for col, h in zip("ABCDEFG", heads):
    ws[f"{col}11"] = h; ws[f"{col}11"].fill = grey; ws[f"{col}11"].border = B
    ws[f"{col}11"].alignment = cen; ws[f"{col}11"].font = Font(name="ＭＳ ゴシック", size=10, bold=True)
ws.row_dimensions[11].height = 30
ex = ["記入例", "0112345", "○○病院", 150, "100床以上200床未満", "○", "救急告示病院（二次救急）"]
for col, v in zip("ABCDEFG", ex):
    ws[f"{col}12"] = v; ws[f"{col}12"].border = B; ws[f"{col}12"].alignment = cen if col != "G" else wrap
    ws[f"{col}12"].font = Font(name="ＭＳ ゴシック", size=10, italic=True, color="808080")

H = [
    ("011021", "岡山みなみ総合医療センター", 412, bands[2], "○", "救命救急センター・災害拠点病院\n（地域医療への影響大）"),
    ("023056", "倉敷水島記念病院", 268, bands[2], "○", "二次救急輪番の中核病院"),
    ("014012", "岡山北部中央病院", 180, bands[1], "○", "地域の救急告示病院"),
    ("030210", "津山城東病院", 135, bands[1], "×", "立入検査でセキュリティ対策が不十分"),   # planted: no EHR
    ("045017", "玉島ひかり病院", 102, bands[1], "○", None),
    ("052048", "笠岡こうなん病院", 96, bands[0], "○", "救急告示病院"),
    ("011107", "医療法人 清和会 西大寺すこやか病院", 58, bands[0], "○", None),
    ("060312", "高梁さくら病院", 45, bands[0], "○", "立入検査で対策不十分"),
    ("071055", "新見やまびこ病院", 72, bands[0], "○", "へき地医療拠点病院"),
    ("013001", "岡山あさひ病院", 20, bands[0], "○", None),
    ("021120", "倉敷ふなお病院", 88, bands[0], "○", "夜間救急の受入れ"),           # added below the table: 6th of band 1
]
r = 13
for i, (gn, name, beds, band, ehr, why) in enumerate(H, 1):
    vals = [i, seven(gn), name, beds, band, ehr, why]
    for col, v in zip("ABCDEFG", vals):
        c = ws[f"{col}{r}"]
        c.value = v; c.font = F
        c.alignment = wrap if col in "CG" else cen
        if col == "B":
            c.number_format = "@"
        if i <= 10:
            c.border = B
    ws.row_dimensions[r].height = 30 if why and "\n" in why else 18
    r += 1

ws["A25"] = "※ 医療機関コードは7桁（郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）で記入。"
ws["A25"].font = Font(size=9)
ws["A26"] = "※ 電子カルテシステムを導入している病院を選定すること。"; ws["A26"].font = Font(size=9)

ws.print_area = "A1:G26"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 1; ws.page_setup.fitToWidth = 1
ws.print_title_rows = "11:11"
wb.save(os.path.join(OUT, NAME))
print("saved", NAME)

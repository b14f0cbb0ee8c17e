# Generator: hs-w19-a-single-sheet-quota-formulas.xlsx
# Role: Okayama prefecture 医療推進課 filling the 別紙様式 for MHLW on one sheet:
# quota table (with COUNTIF/SUM formulas saved by openpyxl, no cached values) above the list of selected hospitals.
# Complete and correct, nothing planted.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave19/hospital-selection"
NAME = "hs-w19-a-single-sheet-quota-formulas"
SHEET = "別紙様式"

wb = Workbook()
ws = wb.active
ws.title = SHEET
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
W = Alignment(vertical="center", wrap_text=True)
hdr = PatternFill("solid", fgColor="E2EFDA")

for col, w in zip("ABCDEFG", (14, 14, 34, 9, 13, 12, 44)):
    ws.column_dimensions[col].width = w

ws["A1"] = "（別紙様式）"
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院（令和6年度）"
ws["A2"].font = Font(size=13, bold=True)
ws["A4"] = "都道府県名：岡山県"
ws["A4"].font = Font(bold=True, size=12)
ws["E4"] = "担当：保健医療部医療推進課　086-224-2111（内線2713）"

ws["A6"] = "１．病床規模別の支援枠"
ws["A6"].font = Font(bold=True)
for c, h in zip("ABCD", ("病床規模", "支援枠", "選定数", "過不足")):
    ws[c + "7"] = h; ws[c + "7"].fill = hdr; ws[c + "7"].border = B; ws[c + "7"].alignment = C
quotas = [("20～99床", 3), ("100～199床", 2), ("200～399床", 2), ("400床以上", 1)]
LIST_FIRST, LIST_LAST = 16, 40
r = 8
for band, q in quotas:
    ws[f"A{r}"] = band
    ws[f"B{r}"] = q
    ws[f"C{r}"] = f'=COUNTIF($E${LIST_FIRST}:$E${LIST_LAST},A{r})'
    ws[f"D{r}"] = f"=C{r}-B{r}"
    for c in "ABCD":
        ws[f"{c}{r}"].border = B; ws[f"{c}{r}"].alignment = C
    r += 1
ws[f"A{r}"] = "合計"
ws[f"B{r}"] = f"=SUM(B8:B{r-1})"
ws[f"C{r}"] = f"=SUM(C8:C{r-1})"
ws[f"D{r}"] = f"=C{r}-B{r}"
for c in "ABCD":
    ws[f"{c}{r}"].border = B; ws[f"{c}{r}"].alignment = C; ws[f"{c}{r}"].font = Font(bold=True)
# r == 12
ws["A14"] = "２．選定した支援対象病院"
ws["A14"].font = Font(bold=True)
heads = ("医療機関コード", "病院名", "病床数", "病床規模区分", "電子カルテ導入", "選定理由（任意）")
# 医療機関コード spans A:B (merged) for width
cols = ("A", "C", "D", "E", "F", "G")
ws.merge_cells("A15:B15")
for c, h in zip(cols, heads):
    ws[c + "15"] = h; ws[c + "15"].fill = hdr; ws[c + "15"].alignment = C
for c in "ABCDEFG":
    ws[c + "15"].border = B

hospitals = [
    ("3310101237", "医療法人 旭東会 旭東中央病院", 452, "400床以上", "救命救急センターを有し、県南東部の三次救急を担う"),
    ("3310104561", "岡山西部総合病院", 318, "200～399床", "二次救急・災害拠点病院"),
    ("3310207893", "医療法人 水島会 水島臨港病院", 256, "200～399床", "立入検査でセキュリティ対策が不十分（VPN装置のファームウェア未更新）"),
    ("3310311026", "津山みのり病院", 168, "100～199床", "県北地域の二次救急医療を担う"),
    ("3310503341", "玉野みなと病院", 120, "100～199床", None),
    ("3310605674", "笠岡ひだまり病院", 85, "20～99床", "立入検査等においてセキュリティ対策が不十分と思われる"),
    ("3310708908", "医療法人 井原やまびこ会 井原やまびこ病院", 52, "20～99床", None),
    ("3311112233", "真庭高原病院", 38, "20～99床", "へき地医療拠点病院"),
]
r = LIST_FIRST
for code, name, beds, band, reason in hospitals:
    ws.merge_cells(f"A{r}:B{r}")
    ws[f"A{r}"] = code
    ws[f"A{r}"].number_format = "@"
    ws[f"C{r}"] = name
    ws[f"D{r}"] = beds
    ws[f"E{r}"] = band
    ws[f"F{r}"] = "○"
    ws[f"G{r}"] = reason
    for c in "ABCDEFG":
        ws[f"{c}{r}"].border = B
        ws[f"{c}{r}"].alignment = W if c in "CG" else C
    r += 1
ws[f"A{r+1}"] = "※電子カルテ導入欄は、導入済みの場合「○」。選定理由は任意記載。"
ws[f"A{r+1}"].font = Font(size=9)
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
wb.save(os.path.join(OUT, NAME + ".xlsx"))

hs = []
for code, name, beds, band, reason in hospitals:
    d = {"hospitalCode": code, "hospitalName": name, "beds": beds, "band": band, "ehr": "あり"}
    if reason:
        d["reason"] = reason
    hs.append(d)
expected = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": "岡山県",
        "quotas": [{"band": b, "quota": q} for b, q in quotas],
        "hospitals": hs,
    },
    "planted": [],
    "notes": "都道府県名 is in one cell as '都道府県名：岡山県' (A4). Quota table A7:D12 has 選定数/過不足/合計 formula "
             "columns saved by openpyxl without cached values (選定数 would be 3,2,2,1 = quota). 医療機関コード cells are "
             "merged A:B per row, stored as text. 電子カルテ導入 written '○' -> あり. Rows 20 and 22 have no 選定理由 (optional).",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)

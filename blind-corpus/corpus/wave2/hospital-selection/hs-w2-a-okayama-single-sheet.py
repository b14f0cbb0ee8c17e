"""hs-w2-a: Okayama prefecture official, one sheet: 都道府県名 label-left, quota table with COUNTIF/差 formulas
(saved by openpyxl, no cached values), then the selected-hospital table ordered by band, 提出日 as an Excel date.
No planted problems."""
import json, os, datetime
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "hs-w2-a-okayama-single-sheet"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "別紙様式"

def check_digit(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

def code(gun, no):
    nine = f"331{gun}{no}"
    return nine + check_digit(nine)

QUOTAS = [("20～99床", 4), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]
H = [  # code, name, beds, band, ehr, reason
    (code("01", "2011"), "医療法人　青樹会　岡山東中央病院", 58, "20～99床", "あり", "立入検査で対策不十分（バックアップ未整備）"),
    (code("02", "1187"), "医療法人　玉島会　くらしき玉島病院", 82, "20～99床", "あり", ""),
    (code("09", "0452"), "医療法人社団　吉備高原病院", 40, "20～99床", "あり", "へき地の主要な診療機能を担う"),
    (code("05", "3306"), "医療法人　津山城東病院", 96, "20～99床", "あり", ""),
    (code("07", "1240"), "社会医療法人　備前さくら病院", 150, "100～199床", "あり", "二次救急（救急告示病院）"),
    (code("02", "2093"), "医療法人　倉敷みなみ総合病院", 199, "100～199床", "あり", ""),
    (code("04", "0711"), "医療法人　笠岡ベイサイド病院", 120, "100～199床", "あり", "立入検査でパスワード管理が不十分"),
    (code("01", "5520"), "岡山市立せとうち市民病院", 304, "200～399床", "あり", "地域医療支援病院・二次救急"),
    (code("10", "0158"), "社会医療法人　総社中央病院", 236, "200～399床", "あり", "救急等の主要な診療機能を担う"),
    (code("01", "6004"), "独立行政法人　岡山北部医療センター", 458, "400床以上", "あり", "三次救急・災害拠点病院"),
]

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="DDEBF7")
wb = Workbook(); ws = wb.active; ws.title = SHEET
for col, w in {"A": 2, "B": 12, "C": 16, "D": 38, "E": 9, "F": 14, "G": 13, "H": 40}.items():
    ws.column_dimensions[col].width = w
ws["B1"] = "別紙様式"
ws["B2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院の選定結果（令和6年度支援分）"
ws["B2"].font = Font(bold=True, size=13)
ws["B4"] = "都道府県名"; ws["B4"].border = B; ws["B4"].fill = hdr
ws["C4"] = "岡山県"; ws["C4"].border = B
ws["F4"] = "提出日"; ws["F4"].border = B; ws["F4"].fill = hdr
ws["G4"] = datetime.date(2024, 3, 14); ws["G4"].number_format = "ggge年m月d日"; ws["G4"].border = B

ws["B6"] = "１．病床規模別の支援枠"; ws["B6"].font = Font(bold=True)
for c, t in zip("BCDE", ["病床規模", "支援枠", "選定数", "過不足"]):
    ws[f"{c}7"] = t; ws[f"{c}7"].fill = hdr; ws[f"{c}7"].border = B
first, last = 16, 16 + len(H) - 1
for i, (band, q) in enumerate(QUOTAS):
    r = 8 + i
    ws[f"B{r}"] = band; ws[f"C{r}"] = q
    ws[f"D{r}"] = f'=COUNTIF($F${first}:$F${last},B{r})'
    ws[f"E{r}"] = f"=D{r}-C{r}"
    for c in "BCDE": ws[f"{c}{r}"].border = B
ws["B12"] = "合計"; ws["C12"] = "=SUM(C8:C11)"; ws["D12"] = "=SUM(D8:D11)"; ws["E12"] = "=D12-C12"
for c in "BCDE": ws[f"{c}12"].border = B
ws["F8"] = "※過不足が0になるよう選定すること"; ws["F8"].font = Font(size=9, color="C00000")

ws["B14"] = "２．選定した支援対象病院"; ws["B14"].font = Font(bold=True)
for c, t in zip("BCDEFGH", ["No.", "医療機関コード（10桁）", "病院名", "病床数", "病床規模区分", "電子カルテ導入", "選定理由"]):
    ws[f"{c}15"] = t; ws[f"{c}15"].fill = hdr; ws[f"{c}15"].border = B
    ws[f"{c}15"].alignment = Alignment(horizontal="center", wrap_text=True)
for i, (cd, nm, beds, band, ehr, why) in enumerate(H):
    r = first + i
    vals = [i + 1, cd, nm, beds, band, ehr, why or None]
    for c, v in zip("BCDEFGH", vals):
        ws[f"{c}{r}"] = v; ws[f"{c}{r}"].border = B
    ws[f"C{r}"].number_format = "@"
ws[f"D{last+1}"] = "計"; ws[f"E{last+1}"] = f"=SUM(E{first}:E{last})"
ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "hospital-selection", "version": "R6", "file": NAME + ".xlsx",
    "values": {
        "prefecture": "岡山県",
        "quotas": [{"band": b, "quota": q} for b, q in QUOTAS],
        "hospitals": [dict({"hospitalCode": cd, "hospitalName": nm, "beds": beds, "band": band, "ehr": ehr},
                           **({"reason": why} if why else {})) for cd, nm, beds, band, ehr, why in H],
    },
    "planted": [],
    "notes": "Quota table B7:E12 (病床規模 | 支援枠 | 選定数 | 過不足); 選定数/過不足/合計 are COUNTIF/SUM formulas saved by "
             "openpyxl without cached values (not fields). Hospital table B15:H25, codes are 10-digit text cells; 計 row "
             "26 is a SUM formula. 提出日 G4 is an Excel date 2024-03-14 shown in 和暦 format (no key). Every band is "
             "filled exactly to its quota (4/3/2/1).",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
print("ok")

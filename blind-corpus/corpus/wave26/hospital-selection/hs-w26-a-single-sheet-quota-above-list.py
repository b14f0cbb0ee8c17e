# Generator: hospital-selection, workbook a (Okayama; one sheet: header, quota table with COUNTIF check
# column (formulas, no cached values), then the selected-hospital list; ○ for 電子カルテ). No planted problem.
import os, json
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "hs-w26-a-single-sheet-quota-above-list.xlsx")

def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

def code(gun, num, pref="33"):
    nine = pref + "1" + gun + num
    return nine + luhn(nine)

QUOTAS = [("20～99床", 4), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]
HOSP = [
    ("01", "2104", "医療法人 旭水会 旭川中央病院", 60, "20～99床", ""),
    ("03", "1187", "医療法人 吉備会 吉備高原病院", 45, "20～99床", "中山間地域の救急告示病院"),
    ("05", "0932", "医療法人社団 清風会 西大寺清風病院", 88, "20～99床", ""),
    ("12", "0415", "医療法人 真庭会 真庭さくら病院", 36, "20～99床", "立入検査においてセキュリティ対策が不十分（バックアップ未整備）"),
    ("01", "3326", "医療法人 操山会 操山記念病院", 150, "100～199床", "二次救急輪番病院"),
    ("02", "0758", "社会医療法人 水島協同会 水島みなと病院", 180, "100～199床", ""),
    ("07", "0293", "医療法人 備中会 高梁ひかり病院", 120, "100～199床", "へき地医療拠点病院として地域医療への影響が大きい"),
    ("01", "1462", "社会医療法人 岡南会 岡南総合病院", 312, "200～399床", "救急告示病院・災害拠点病院"),
    ("02", "2049", "医療法人 倉敷紀念会 倉敷西病院", 245, "200～399床", ""),
    ("01", "0051", "地方独立行政法人 岡山県東部医療センター", 520, "400床以上", "三次救急を担い、診療停止時の地域医療への影響が大きい"),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="D9E1F2")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
for col, w in {"A": 5, "B": 15, "C": 38, "D": 9, "E": 13, "F": 11, "G": 46}.items():
    ws.column_dimensions[col].width = w

ws["G1"] = "別紙様式"
ws["G1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A2:G2")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院（令和6年度）"
ws["A2"].font = Font(bold=True, size=14)
ws["A2"].alignment = Alignment(horizontal="center")
ws["A4"] = "都道府県名"
ws["A4"].fill = hdr
ws.merge_cells("A4:B4")
ws["C4"] = "岡山県"
for c in ("A4", "B4", "C4"):
    ws[c].border = box
ws["E4"] = "担当：岡山県保健医療部医療推進課"
ws["E4"].font = Font(size=9)

ws["A6"] = "１．病床規模別の支援枠"
ws["A6"].font = Font(bold=True)
r = 7
for c, t in zip("BCD", ["病床規模", "支援枠（病院数）", "選定数"]):
    ws[f"{c}{r}"] = t
    ws[f"{c}{r}"].fill = hdr
    ws[f"{c}{r}"].alignment = center
    ws[f"{c}{r}"].border = box
q_first = r + 1
q_last = r + len(QUOTAS)
list_first = q_last + 5          # data rows of the hospital table start here
list_last = list_first + len(HOSP) - 1
for band, n in QUOTAS:
    r += 1
    ws[f"B{r}"] = band
    ws[f"C{r}"] = n
    ws[f"D{r}"] = f"=COUNTIF($E${list_first}:$E${list_last},B{r})"
    for c in "BCD":
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].alignment = center
r += 1
ws[f"B{r}"] = "合計"
ws[f"C{r}"] = f"=SUM(C{q_first}:C{q_last})"
ws[f"D{r}"] = f"=SUM(D{q_first}:D{q_last})"
for c in "BCD":
    ws[f"{c}{r}"].border = box
    ws[f"{c}{r}"].alignment = center
ws[f"E{r}"] = "※支援枠と選定数が一致すること（過不足なく）"
ws[f"E{r}"].font = Font(size=9, color="C00000")

r += 2
ws[f"A{r}"] = "２．支援対象病院"
ws[f"A{r}"].font = Font(bold=True)
r += 1
heads = ["No.", "医療機関コード\n（10桁）", "病院名", "病床数", "病床規模区分", "電子カルテ\n導入", "選定理由（任意）"]
for c, t in zip("ABCDEFG", heads):
    ws[f"{c}{r}"] = t
    ws[f"{c}{r}"].fill = hdr
    ws[f"{c}{r}"].alignment = center
    ws[f"{c}{r}"].border = box
ws.row_dimensions[r].height = 30
assert r + 1 == list_first
hospitals = []
for i, (gun, num, name, beds, band, reason) in enumerate(HOSP, 1):
    r += 1
    cd = code(gun, num)
    vals = [i, cd, name, beds, band, "○", reason or None]
    for c, v in zip("ABCDEFG", vals):
        cell = ws[f"{c}{r}"]
        if v is not None:
            cell.value = v
        cell.border = box
        cell.alignment = wrap if c in "CG" else center
    ws[f"B{r}"].number_format = "@"
    h = {"hospitalCode": cd, "hospitalName": name, "beds": beds, "band": band, "ehr": "あり"}
    if reason:
        h["reason"] = reason
    hospitals.append(h)
r += 2
ws[f"A{r}"] = "（提出期限：令和6年3月15日（金）　提出先：厚生労働省医政局参事官付医療情報室）"
ws[f"A{r}"].font = Font(size=9)

ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
wb.save(OUT)

values = {"prefecture": "岡山県",
          "quotas": [{"band": b, "quota": n} for b, n in QUOTAS],
          "hospitals": hospitals}
print(json.dumps(values, ensure_ascii=False, indent=2))

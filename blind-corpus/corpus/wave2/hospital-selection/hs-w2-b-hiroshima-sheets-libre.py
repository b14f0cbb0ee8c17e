"""hs-w2-b: Hiroshima prefecture official, three sheets (記入要領 / 支援枠 / 選定病院), 都道府県名 as 「都道府県名：広島県」
in one cell, a correctly labelled 記入例 row that must be ignored, hyphenated codes, 電子カルテ as ○, hospitals in
selection order (not sorted by band), two rows added below the pre-bordered table; re-saved by LibreOffice.
No planted problems."""
import json, os, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "hs-w2-b-hiroshima-sheets-libre"
OUT = os.path.dirname(os.path.abspath(__file__))

def check_digit(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

def code(gun, no):
    nine = f"341{gun}{no}"
    return nine + check_digit(nine)

def hy(c):
    return f"{c[:2]}-{c[2]}-{c[3:5]}-{c[5:9]}-{c[9]}"

QUOTAS = [("20～199床", 6), ("200～499床", 3), ("500床以上", 1)]
H = [  # code, name, beds, band, reason
    (code("01", "3125"), "医療法人　己斐会　広島西風病院", 88, "20～199床", ""),
    (code("06", "0419"), "社会医療法人　呉港湾病院", 312, "200～499床", "二次救急・災害拠点病院"),
    (code("11", "0273"), "医療法人　尾道しまなみ病院", 45, "20～199床", "島しょ部の主要な診療機能を担う"),
    (code("12", "2208"), "医療法人　福山ばら病院", 172, "20～199床", ""),
    (code("01", "7001"), "地方独立行政法人　広島東部医療センター", 612, "500床以上", "三次救急（救命救急センター）"),
    (code("15", "0064"), "医療法人　三次高原病院", 60, "20～199床", "立入検査で対策不十分"),
    (code("20", "1135"), "医療法人　東広島西条病院", 199, "20～199床", ""),
    (code("21", "0590"), "社会医療法人　廿日市宮島病院", 240, "200～499床", "救急等の主要な診療機能を担う"),
    (code("13", "0347"), "医療法人　府中ふるさと病院", 120, "20～199床", ""),                       # added row
    (code("08", "0826"), "医療法人　竹原みなと病院", 210, "200～499床", "立入検査でバックアップ体制不十分"),  # added row
]

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="FCE4D6"); grey = PatternFill("solid", fgColor="F2F2F2")
wb = Workbook()
g = wb.active; g.title = "記入要領"
for i, t in enumerate([
        "支援対象病院の選定　記入要領",
        "1) 「支援枠」シートの支援枠（国から示された数）の病院を、病床規模別に過不足なく選定すること。",
        "2) 「選定病院」シートに1病院1行で記入。医療機関コードは10桁（ハイフン可）。",
        "3) 電子カルテ導入欄は、導入済みの場合に「○」。（電子カルテ未導入の病院は支援対象外）",
        "4) 選定理由は任意（例：救急等の主要な診療機能を担う、立入検査で対策不十分 など）。",
        "5) 提出期限：令和6年3月15日（金）"], 1):
    g.cell(row=i, column=1, value=t)
g.column_dimensions["A"].width = 100

q = wb.create_sheet("支援枠")
q["A1"] = "都道府県名：広島県"; q["A1"].font = Font(bold=True, size=12)
q.column_dimensions["A"].width = 22; q.column_dimensions["B"].width = 18
q["A3"] = "病床規模区分"; q["B3"] = "支援枠（病院数）"
for c in "AB": q[f"{c}3"].fill = hdr; q[f"{c}3"].border = B
for i, (band, n) in enumerate(QUOTAS):
    q[f"A{4+i}"] = band; q[f"B{4+i}"] = n
    for c in "AB": q[f"{c}{4+i}"].border = B
q["A7"] = "合計"; q["B7"] = "=SUM(B4:B6)"
for c in "AB": q[f"{c}7"].border = B

s = wb.create_sheet("選定病院"); wb.active = 2
for col, w in {"A": 7, "B": 17, "C": 40, "D": 9, "E": 14, "F": 12, "G": 36}.items():
    s.column_dimensions[col].width = w
s["A1"] = "支援対象病院一覧（広島県）"; s["A1"].font = Font(bold=True, size=12)
for c, t in zip("ABCDEFG", ["No.", "医療機関コード", "病院名", "病床数", "病床規模区分", "電子カルテ導入（○）", "選定理由（任意）"]):
    s[f"{c}3"] = t; s[f"{c}3"].fill = hdr; s[f"{c}3"].border = B
    s[f"{c}3"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ex = ["記入例", "34-1-07-1236-2", "○○病院", 150, "20～199床", "○", "救急告示病院"]
for c, v in zip("ABCDEFG", ex):
    s[f"{c}4"] = v; s[f"{c}4"].fill = grey; s[f"{c}4"].border = B
    s[f"{c}4"].font = Font(italic=True, color="7F7F7F")
# pre-bordered rows 5..12 (8 rows); the filler added rows 13-14 without borders
for r in range(5, 13):
    for c in "ABCDEFG": s[f"{c}{r}"].border = B
for i, (cd, nm, beds, band, why) in enumerate(H):
    r = 5 + i
    for c, v in zip("ABCDEFG", [i + 1, hy(cd), nm, beds, band, "○", why or None]):
        s[f"{c}{r}"] = v
    s[f"F{r}"].alignment = Alignment(horizontal="center")

tmp = tempfile.mkdtemp()
wb.save(os.path.join(tmp, NAME + ".xlsx"))
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, os.path.join(tmp, NAME + ".xlsx")],
               check=True, capture_output=True)

exp = {
    "form": "hospital-selection", "version": "R6", "file": NAME + ".xlsx",
    "values": {
        "prefecture": "広島県",
        "quotas": [{"band": b, "quota": n} for b, n in QUOTAS],
        "hospitals": [dict({"hospitalCode": cd, "hospitalName": nm, "beds": beds, "band": band, "ehr": "あり"},
                           **({"reason": why} if why else {})) for cd, nm, beds, band, why in H],
    },
    "planted": [],
    "notes": "Re-saved by LibreOffice (合計 on 支援枠!B7 now has a cached value 10; not a field). 都道府県名 is in one cell "
             "'都道府県名：広島県' (支援枠!A1). Quota table on sheet 支援枠 A3:B6; hospital list on sheet 選定病院 from row 5. "
             "Row 4 is a correctly labelled 記入例 row (grey italic, code 34-1-07-1236-2 = the catalogue example) that must "
             "be ignored. Codes written with hyphens (NN-N-NN-NNNN-N). 電子カルテ導入 marked ○ → あり. Rows 13-14 were "
             "added below the pre-bordered table (no borders) and are real data. Hospitals are in selection order, not "
             "sorted by band; counts per band equal the quotas (6/3/1). 記入要領 sheet is instructions only.",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
print("ok")

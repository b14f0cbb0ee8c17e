# Generator: hs-w17-a-single-sheet-seven-digit.xlsx
# Role: Okayama prefecture 医療推進課 official draws the 別紙様式 on one sheet: header block, quota table with
# COUNTIF/SUM formulas (saved by openpyxl, no cached values), then the selected-hospital list with 7-digit codes
# and a correctly labelled 記入例 row above the data.
import os, json
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w17-a-single-sheet-seven-digit"

def cd(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

PREF = "33"  # 岡山県
def seven(six):
    return six + cd(PREF + "1" + six)

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head = PatternFill("solid", fgColor="E2EFDA")
grey = PatternFill("solid", fgColor="EDEDED")

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
for col, w in zip("ABCDEFGH", [6, 14, 30, 9, 13, 12, 40, 2]):
    ws.column_dimensions[col].width = w

ws["G1"] = "（別紙様式）"; ws["G1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A2:G2")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院一覧（令和6年度）"
ws["A2"].font = Font(size=13, bold=True); ws["A2"].alignment = center
ws["A4"] = "都道府県名"; ws["A4"].border = box; ws["A4"].fill = head
ws.merge_cells("A4:B4")
ws["C4"] = "岡山県"; ws["C4"].border = box
ws["E4"] = "提出日"; ws["F4"] = "令和6年3月13日"
ws["E5"] = "担当"; ws["F5"] = "保健医療部 医療推進課 医療情報班 086-226-7000"

# quota table
ws["A7"] = "１　病床規模別の支援枠"; ws["A7"].font = Font(bold=True)
for c, t in zip([1, 3, 4], ["病床規模", "支援枠", "選定数"]):
    x = ws.cell(8, c, t); x.fill = head; x.border = box; x.alignment = center
ws.merge_cells("A8:B8")
bands = [("20～99床", 4), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]
qrow0 = 9
for i, (b, q) in enumerate(bands):
    r = qrow0 + i
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 1, b).alignment = center
    ws.cell(r, 3, q).alignment = center
    ws.cell(r, 4, f'=COUNTIF($E$18:$E$40,A{r})').alignment = center
    for c in range(1, 5): ws.cell(r, c).border = box
tr = qrow0 + len(bands)
ws.merge_cells(start_row=tr, start_column=1, end_row=tr, end_column=2)
ws.cell(tr, 1, "計").alignment = center
ws.cell(tr, 3, f"=SUM(C{qrow0}:C{tr-1})").alignment = center
ws.cell(tr, 4, f"=SUM(D{qrow0}:D{tr-1})").alignment = center
for c in range(1, 5): ws.cell(tr, c).border = box

# hospitals
ws["A15"] = "２　選定した支援対象病院（支援枠の数を過不足なく選定すること。医療機関コードは7桁で記入）"
ws["A15"].font = Font(bold=True)
hdr = ["No.", "医療機関コード\n（7桁）", "病院名", "病床数", "病床規模区分", "電子カルテ\n導入", "選定理由（任意）"]
for c, t in enumerate(hdr, start=1):
    x = ws.cell(16, c, t); x.fill = head; x.border = box; x.alignment = center
ws.row_dimensions[16].height = 32
ex = ["記入例", "0112345", "○○病院", 150, "100～199床", "○", "二次救急医療機関"]
for c, v in enumerate(ex, start=1):
    x = ws.cell(17, c, v); x.fill = grey; x.border = box; x.font = Font(italic=True, color="808080")
    x.alignment = center if c != 3 and c != 7 else wrap

hosp = [
    ("017043", "医療法人吉備会　吉備の里病院", 48, "20～99床", "立入検査においてセキュリティ対策が不十分と思われるため"),
    ("102118", "牛窓みなと病院", 60, "20～99床", None),
    ("154206", "医療法人社団清風会　真庭さくら病院", 85, "20～99床", "へき地医療を担う病院\n電子カルテ更新から年数が経過"),
    ("087311", "井原中央病院", 92, "20～99床", None),
    ("024152", "倉敷西部病院", 150, "100～199床", "二次救急医療機関"),
    ("061047", "社会医療法人鶴山会　津山東病院", 120, "100～199床", "二次救急医療機関\n地域の救急医療の中核"),
    ("073385", "笠岡さんよう病院", 199, "100～199床", None),
    ("011276", "岡山中央医療センター", 320, "200～399床", "地域医療支援病院\n救急等の主要な診療機能を担う"),
    ("112054", "玉野記念病院", 210, "200～399床", "立入検査で対策不十分"),
    ("010032", "岡山県南総合病院", 520, "400床以上", "災害拠点病院・三次救急\n診療停止時の地域への影響が大きい"),
]
rows = []
for i, (six, name, beds, band, reason) in enumerate(hosp, start=1):
    r = 17 + i
    vals = [i, seven(six), name, beds, band, "○", reason]
    for c, v in enumerate(vals, start=1):
        x = ws.cell(r, c, v); x.border = box
        x.alignment = wrap if c in (3, 7) else center
    ws.row_dimensions[r].height = 30
    rows.append((r, "331" + seven(six), name, beds, band, reason))
ws.cell(17 + len(hosp) + 2, 1, "※ 電子カルテシステムを導入している病院に限る。").font = Font(size=9)

ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "hospital-selection", "version": "R6", "file": NAME + ".xlsx",
    "values": {
        "prefecture": "岡山県",
        "quotas": [{"band": b, "quota": q} for b, q in bands],
        "hospitals": [dict({"hospitalCode": code, "hospitalName": name, "beds": beds, "band": band, "ehr": "あり"},
                           **({"reason": reason} if reason else {})) for (r, code, name, beds, band, reason) in rows],
    },
    "planted": [],
    "notes": ("One sheet '別紙様式'. Quota table A8:D13 (病床規模 merged A:B, 支援枠 C, 選定数 D = COUNTIF formulas; "
              "row 13 '計' = SUM formulas; openpyxl-saved so formulas have NO cached values - 選定数 and 計 are not values). "
              "Hospital list header row 16; row 17 is a correctly labelled 記入例 row (grey, 'No.'=記入例) and is not data. "
              "Data rows 18-27. 医療機関コード written as 7-digit TEXT (郡市区+番号+検証); expanded here to 10 digits with "
              "岡山県=33 and 点数表番号 1. 電子カルテ導入 marked '○' = あり. Blank 選定理由 omitted. "
              "Counts per band equal quotas exactly (4/3/2/1). 提出日 and 担当 in E4:F5 are not form keys.")
}
json.dump(exp, open(os.path.join(OUT, NAME + ".expected.json"), "w"), ensure_ascii=False, indent=2)
print([x[:2] for x in rows])

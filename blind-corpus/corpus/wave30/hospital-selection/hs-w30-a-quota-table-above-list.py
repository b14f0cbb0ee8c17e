# Generator: hs-w30-a-quota-table-above-list.xlsx (hospital-selection, no planted problem)
# One sheet: header, quota table with COUNTIF check columns (formulas, no cached values), hospital list below.
# Run: PYTHONPATH=/tmp/sr_hs_pylib /usr/bin/python3 THIS.py
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w30-a-quota-table-above-list"

def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

def code(gun, num):
    nine = "33" + "1" + gun + num      # 岡山県 33, 医科 1
    return nine + luhn(nine)

quotas = [("20～99床", 7), ("100～199床", 5), ("200～399床", 4), ("400床以上", 2)]
# (郡市区, 番号, name, beds, band, reason)
H = [
    ("01", "1012", "医療法人 旭水会 旭川ほとり病院", 48, "20～99床", "二次救急（輪番）を担う"),
    ("01", "2207", "医療法人社団 清和会 きよみ台病院", 60, "20～99床", ""),
    ("02", "0316", "医療法人 真備会 まきび記念病院", 85, "20～99床", "立入検査でバックアップ体制が不十分"),
    ("03", "0741", "医療法人 吉備会 吉備高原病院", 99, "20～99床", "中山間地域の救急告示病院"),
    ("05", "0128", "医療法人 笠岡港会 港町病院", 32, "20～99床", ""),
    ("07", "0459", "医療法人 蒜山会 ひるぜん中央病院", 54, "20～99床", "へき地医療拠点病院"),
    ("10", "0063", "医療法人 美作会 みまさか内科病院", 40, "20～99床", "立入検査でパスワード管理が不十分"),
    ("01", "3350", "医療法人 後楽会 後楽園前病院", 150, "100～199床", "救急告示病院（年間救急車受入約1,200件）"),
    ("02", "1184", "社会医療法人 水島会 水島協和病院", 199, "100～199床", "二次救急・災害時の後方支援"),
    ("04", "0207", "医療法人 井笠会 井原さくら病院", 120, "100～199床", ""),
    ("06", "0385", "医療法人 高梁会 高梁川病院", 106, "100～199床", "地域で唯一の人工透析施設"),
    ("08", "0091", "医療法人 勝英会 勝央中央病院", 178, "100～199床", "立入検査で外部接続点の把握が不十分"),
    ("01", "0026", "岡山市立 北区総合医療センター", 354, "200～399床", "地域医療支援病院・二次救急"),
    ("02", "0057", "倉敷中央第二病院", 260, "200～399床", "二次救急・災害拠点病院"),
    ("09", "0014", "津山中央医療センター", 399, "200～399床", "県北の救急医療の中核"),
    ("11", "0030", "玉野海浜総合病院", 210, "200～399床", ""),
    ("01", "0011", "岡山県立 中央総合病院", 650, "400床以上", "三次救急（救命救急センター）"),
    ("02", "0019", "倉敷みなと総合医療センター", 512, "400床以上", "基幹災害拠点病院"),
]
rows = [(code(g, n), name, beds, band, reason) for g, n, name, beds, band, reason in H]

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
hdr = PatternFill("solid", fgColor="D9E1F2")
widths = {"A": 2, "B": 6, "C": 14, "D": 34, "E": 9, "F": 13, "G": 11, "H": 40}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws["H1"] = "別紙様式"
ws["H1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B2:H2")
ws["B2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院の選定結果"
ws["B2"].font = Font(size=14, bold=True)
ws["B2"].alignment = center
ws.merge_cells("B4:C4")
ws["B4"] = "都道府県名"
ws["B4"].fill = hdr
ws.merge_cells("D4:E4")
ws["D4"] = "岡山県"
for c in ("B4", "C4", "D4", "E4"):
    ws[c].border = box
    ws[c].alignment = center

ws["B6"] = "１．病床規模別の支援枠"
ws["B6"].font = Font(bold=True)
qh = 7
for col, t in zip("CDEF", ["病床規模", "支援枠（病院数）", "選定数", "過不足"]):
    ws[f"{col}{qh}"] = t
for i, (band, q) in enumerate(quotas):
    r = qh + 1 + i
    ws[f"C{r}"] = band
    ws[f"D{r}"] = q
    ws[f"E{r}"] = f'=COUNTIF($F$15:$F$60,C{r})'
    ws[f"F{r}"] = f'=E{r}-D{r}'
tot = qh + 1 + len(quotas)
ws[f"C{tot}"] = "合計"
ws[f"D{tot}"] = f"=SUM(D{qh+1}:D{tot-1})"
ws[f"E{tot}"] = f"=SUM(E{qh+1}:E{tot-1})"
ws[f"F{tot}"] = f"=E{tot}-D{tot}"
for r in range(qh, tot + 1):
    for col in "CDEF":
        ws[f"{col}{r}"].border = box
        ws[f"{col}{r}"].alignment = center
        if r == qh:
            ws[f"{col}{r}"].fill = hdr
            ws[f"{col}{r}"].font = Font(bold=True)

ws["B13"] = "２．選定した支援対象病院（支援枠の数を過不足なく選定）"
ws["B13"].font = Font(bold=True)
lh = 14
for col, t in zip("BCDEFGH", ["No.", "医療機関コード\n（10桁）", "病院名", "病床数", "病床規模区分", "電子カルテ\n導入", "選定理由"]):
    c = ws[f"{col}{lh}"]
    c.value = t
    c.fill = hdr
    c.font = Font(bold=True)
    c.alignment = center
    c.border = box
ws.row_dimensions[lh].height = 30
for i, (cd, name, beds, band, reason) in enumerate(rows):
    r = lh + 1 + i
    vals = [i + 1, cd, name, beds, band, "○", reason or None]
    for col, v in zip("BCDEFGH", vals):
        c = ws[f"{col}{r}"]
        c.value = v
        c.border = box
        c.alignment = center if col in "BCEFG" else wrap
    ws[f"C{r}"].number_format = "@"
ws[f"B{lh + len(rows) + 2}"] = "※電子カルテ導入欄は、導入済みの場合「○」を記入。選定理由は任意。"
ws[f"B{lh + len(rows) + 2}"].font = Font(size=9)

ws.print_title_rows = f"{lh}:{lh}"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save(os.path.join(OUT, NAME + ".xlsx"))

hospitals = []
for cd, name, beds, band, reason in rows:
    h = {"hospitalCode": cd, "hospitalName": name, "beds": beds, "band": band, "ehr": "あり"}
    if reason:
        h["reason"] = reason
    hospitals.append(h)
expected = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": "岡山県",
        "quotas": [{"band": b, "quota": q} for b, q in quotas],
        "hospitals": hospitals,
    },
    "planted": [],
    "notes": ("Quota table C8:D11; row 12 「合計」 is a SUM total, not a band. Columns E/F (選定数, 過不足) are COUNTIF/"
              "difference formulas saved by openpyxl without cached values. 電子カルテ導入 marked ○ (= あり) for every "
              "hospital. 選定理由 blank for 4 hospitals (optional). Counts per band equal the quotas (7/5/4/2)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)

# Generator: hs-w4-b-onesheet-transposed  (hospital-selection, 熊本県, one print-style sheet,
# transposed quota table, notes between tables, 7-digit codes, ○ marks, labelled 記入例 row)
# Run with /usr/bin/python3 (openpyxl). Writes NAME.xlsx and NAME.expected.json next to this script.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "hs-w4-b-onesheet-transposed"
HERE = os.path.dirname(os.path.abspath(__file__))
PREF = "43"  # 熊本県

def check_digit(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

def code10(gun, num):
    nine = f"{PREF}1{gun}{num}"
    return nine + check_digit(nine)

thin = Side(style="thin"); med = Side(style="medium")
border = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="F2F2F2")
example_fill = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
ws.column_dimensions["A"].width = 2   # blank spacer column (print style)
for col, w in zip("BCDEFGH", (7, 14, 26, 9, 14, 11, 36)):
    ws.column_dimensions[col].width = w

ws["B1"] = "（別紙様式）"
ws["B2"] = "「医療機関におけるサイバーセキュリティ確保事業」　支援対象病院選定結果"
ws["B2"].font = Font(bold=True, size=13)
ws.merge_cells("B2:H2")
ws["B4"] = "都道府県名：熊本県"
ws["B4"].font = Font(bold=True)
ws.merge_cells("B4:D4")

ws["B6"] = "１．病床規模別の支援枠"
ws["B6"].font = Font(bold=True)
# transposed quota table: bands across, 支援枠 in the row below
bands = [("20～99床", 4), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]
ws["B7"] = "病床規模"; ws.merge_cells("B7:C7")
ws["B8"] = "支援枠"; ws.merge_cells("B8:C8")
for j, (b, q) in enumerate(bands):
    ws.cell(row=7, column=4 + j, value=b)
    ws.cell(row=8, column=4 + j, value=q)
for r in (7, 8):
    for c in range(2, 8):
        ws.cell(row=r, column=c).border = border
        ws.cell(row=r, column=c).alignment = center
    ws.cell(row=r, column=2).fill = grey

# notes between the tables
ws["B10"] = "※ 各病床規模の支援枠と同数の病院を過不足なく選定すること。"
ws["B11"] = "※ 支援対象は電子カルテシステムを導入している病院に限る。電子カルテ導入欄は導入済みの場合「○」。"
ws["B12"] = "※ 医療機関コードは７桁（郡市区番号２桁＋医療機関番号４桁＋検証番号１桁）で記入。"

ws["B14"] = "２．選定病院一覧"
ws["B14"].font = Font(bold=True)
headers = ["No.", "医療機関コード\n（7桁）", "病院名", "病床数", "病床規模区分", "電子カルテ\n導入", "選定理由"]
for j, h in enumerate(headers):
    c = ws.cell(row=15, column=2 + j, value=h)
    c.border = border; c.alignment = center; c.fill = grey; c.font = Font(bold=True)
ws.row_dimensions[15].height = 30

example = ["記入例", "0112345", "○○病院", 150, "100～199床", "○", "地域の二次救急を担う"]
for j, v in enumerate(example):
    c = ws.cell(row=16, column=2 + j, value=v)
    c.border = border; c.fill = example_fill; c.font = Font(color="808080", italic=True)

hospitals = [
    # gun, num, name, beds (int or text), band, reason
    ("01", "0012", "熊本城東病院", 45, "20～99床", "中山間地域からの救急受入れが多い"),
    ("02", "0101", "阿蘇みどり病院", "85", "20～99床", None),
    ("03", "0250", "天草西浜病院", 60, "20～99床", "離島・へき地医療を担う\n（近隣に代替医療機関なし）"),
    ("01", "0777", "水前寺リハビリテーション病院", 99, "20～99床", None),
    ("04", "0330", "八代港南病院", 120, "100～199床", "立入検査でパスワード管理が不十分"),
    ("05", "0045", "玉名中央病院", "180", "100～199床", None),
    ("01", "1500", "健軍総合病院", 160, "100～199床", "二次救急輪番病院"),
    ("01", "0010", "くまもと市民中央病院", 350, "200～399床", "地域医療支援病院"),
    ("06", "0200", "人吉球磨医療センター", 252, "200～399床", "球磨圏域の中核病院"),
    ("01", "0003", "肥後総合医療センター", 520, "400床以上", "三次救急・基幹災害拠点病院"),
]
exp_h = []
for i, (g, n, name, beds, band, reason) in enumerate(hospitals):
    r = 17 + i
    full = code10(g, n)
    seven = full[3:]
    vals = [i + 1, seven, name, beds, band, "○", reason]
    for j, v in enumerate(vals):
        c = ws.cell(row=r, column=2 + j, value=v)
        c.border = border
        c.alignment = center if j in (0, 1, 3, 4, 5) else wrap
    ws.cell(row=r, column=3).number_format = "@"
    d = {"hospitalCode": full, "hospitalName": name, "beds": int(beds), "band": band, "ehr": "あり"}
    if reason: d["reason"] = reason
    exp_h.append(d)
ws.cell(row=16, column=3).number_format = "@"

ws["B28"] = "※ 行が不足する場合は適宜追加してください。"
ws.page_setup.orientation = "landscape"
ws.print_area = "A1:H28"

wb.save(os.path.join(HERE, NAME + ".xlsx"))

expected = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": "熊本県",
        "quotas": [{"band": b, "quota": q} for b, q in bands],
        "hospitals": exp_h,
    },
    "planted": [],
    "notes": ("Filled completely and correctly, no planted problem. Quota table is transposed (bands across row 7, "
              "支援枠 in row 8). Hospital codes are written as 7-digit text (郡市区+番号+検証); expected gives the "
              "10-digit code with 熊本県 43 and 点数表番号 1. Row 16 is a correctly labelled 記入例 row (shaded) and must be "
              "ignored. 電子カルテ導入 '○' -> あり. 病床数 in rows 18 and 22 are numbers stored as text ('85', '180'). "
              "The reason in row 19 contains a line break. 都道府県名 shares one cell with its label (B4)."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok")

"""hs-w42-b: Nagano prefecture's submission split over two sheets: 支援枠 (quota table transposed: bands across,
支援枠 and a COUNTIF 選定数 row below) and 選定病院 (list with a labelled 記入例 row, 7-digit codes, ○/× for
電子カルテ). Two planted problems. Saved by openpyxl only (formulas have no cached value).
Run: PYTHONPATH=/tmp/w42-srhs-py /usr/bin/python3 hs-w42-b-quota-sheet-transposed-list-sheet.py"""
import os, json
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w42-b-quota-sheet-transposed-list-sheet"

def luhn(n9):
    s = 0
    for i, ch in enumerate(reversed(n9)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10

def code7(gun, num):
    n9 = "201" + gun + num
    return gun + num + str(luhn(n9))

B1, B2, B3, B4 = "20床以上100床未満", "100床以上200床未満", "200床以上300床未満", "300床以上"
quotas = [(B1, 4), (B2, 3), (B3, 2), (B4, 1)]
# (7-digit code, name, beds as written, band, 電子カルテ mark, reason)
hospitals = [
    (code7("13", "0274"), "医療法人 千曲会 戸倉上山田温泉病院", 72, B1, "○", "二次救急輪番参加"),
    (code7("19", "0031"), "木曽谷中央病院", 45, B1, "×", "圏域で唯一の入院医療機関\n（停止時の影響大）"),   # PLANTED: no EHR
    (code7("06", "0518"), "医療法人 諏訪湖会 下諏訪みずうみ病院", "90", B1, "○", None),
    (code7("21", "0107"), "飯山北信病院", 60, B1, "○", "R5立入検査で\nバックアップ体制不十分"),
    (code7("09", "0622"), "上伊那協立病院", 120, B2, "○", "二次救急"),
    (code7("10", "0345"), "医療法人 安曇野会 穂高さくら病院", "150", B2, "○", None),
    (code7("03", "0881"), "佐久東部総合病院", 199, B2, "○", "地域医療支援病院"),
    (code7("03", "1206"), "小諸浅間病院", 110, B2, "○", "R5立入検査で対策不十分"),          # PLANTED: 4th in a band of 3
    (code7("02", "0413"), "松本南部医療センター", 250, B3, "○", "二次救急、災害拠点病院"),
    (code7("04", "0069"), "上田千曲川総合病院", 280, B3, "○", None),
    (code7("01", "1150"), "長野市民中央病院", 420, B4, "○", "救命救急センター"),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
f = Font(name="メイリオ", size=10)
fb = Font(name="メイリオ", size=10, bold=True)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head = PatternFill("solid", fgColor="E2EFDA")
exfill = PatternFill("solid", fgColor="EDEDED")

wb = Workbook()
# --- sheet 1: 支援枠 (transposed) ---
qs = wb.active
qs.title = "支援枠"
qs.column_dimensions["A"].width = 3
qs.column_dimensions["B"].width = 12
for col in "CDEF":
    qs.column_dimensions[col].width = 20
qs["B1"] = "長野県　病床規模別支援枠（令和6年度）"; qs["B1"].font = Font(name="メイリオ", size=12, bold=True)
qs["B2"] = "※厚生労働省から示された支援枠"; qs["B2"].font = Font(name="メイリオ", size=9)
qs["B4"] = "病床規模"
qs["B5"] = "支援枠"
qs["B6"] = "選定数"
for j, (band, q) in enumerate(quotas):
    col = "CDEF"[j]
    qs[f"{col}4"] = band
    qs[f"{col}5"] = q
    qs[f"{col}6"] = f"=COUNTIF(選定病院!$F$6:$F$30,{col}4)"
for r in (4, 5, 6):
    for col in "BCDEF":
        c = qs[f"{col}{r}"]
        c.border = box; c.alignment = center; c.font = fb if (r == 4 or col == "B") else f
        if r == 4 or col == "B":
            c.fill = head

# --- sheet 2: 選定病院 ---
ws = wb.create_sheet("選定病院")
for col, w in {"A": 7, "B": 12, "C": 36, "D": 8, "E": 3, "F": 20, "G": 12, "H": 30}.items():
    ws.column_dimensions[col].width = w
ws["A1"] = "別紙様式　支援対象病院一覧"; ws["A1"].font = Font(name="メイリオ", size=12, bold=True)
ws["A2"] = "都道府県名：長野県"; ws["A2"].font = fb
ws["F2"] = "R6.3.14 提出"
hdr = {"A4": "No.", "B4": "医療機関\nコード(7桁)", "C4": "病院名", "D4": "病床数", "F4": "病床規模区分",
       "G4": "電子カルテ\n（○／×）", "H4": "選定理由（任意）"}
for ref, t in hdr.items():
    ws[ref] = t
for col in "ABCDFGH":
    c = ws[f"{col}4"]; c.font = fb; c.fill = head; c.border = box; c.alignment = center
ws.row_dimensions[4].height = 32
# labelled example row
ex = {"A5": "記入例", "B5": "0112345", "C5": "○○病院", "D5": 150, "F5": B2, "G5": "○", "H5": "二次救急医療機関"}
for ref, v in ex.items():
    ws[ref] = v
for col in "ABCDFGH":
    c = ws[f"{col}5"]; c.fill = exfill; c.border = box; c.font = Font(name="メイリオ", size=10, italic=True, color="808080")
    c.alignment = center
for i, (cd, nm, beds, band, mark, why) in enumerate(hospitals):
    r = 6 + i
    vals = {"A": i + 1, "B": cd, "C": nm, "D": beds, "F": band, "G": mark, "H": why}
    for col, v in vals.items():
        c = ws[f"{col}{r}"]
        c.value = v
        c.border = box; c.font = f
        c.alignment = wrap if col in "CH" else center
    ws[f"B{r}"].number_format = "@"
    if why and "\n" in why:
        ws.row_dimensions[r].height = 30

wb.active = 1
out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)

def hobj(h):
    cd, nm, beds, band, mark, why = h
    o = {"hospitalCode": "201" + cd, "hospitalName": nm, "beds": int(beds), "band": band,
         "ehr": "あり" if mark == "○" else "なし"}
    if why:
        o["reason"] = why
    return o

band2_rows = [i for i, h in enumerate(hospitals) if h[3] == B2]
expected = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": "長野県",
        "quotas": [{"band": b, "quota": q} for b, q in quotas],
        "hospitals": [hobj(h) for h in hospitals],
    },
    "planted": [
        {"cells": ["支援枠!D5"] + [f"選定病院!F{6+i}" for i in band2_rows],
         "paths": ["quotas[1].quota"] + [f"hospitals[{i}].band" for i in band2_rows],
         "why": "band 100床以上200床未満: 支援枠 3 but 4 hospitals selected (must be 過不足なく; one too many)"},
        {"cells": ["選定病院!G7"], "paths": ["hospitals[1].ehr"],
         "why": "木曽谷中央病院 marked × for 電子カルテ: only hospitals with an EHR can be selected"},
    ],
    "notes": "Two sheets. 支援枠 is transposed: bands in C4:F4, 支援枠 in C5:F5, row 6 選定数 is a COUNTIF formula without a "
             "cached value (openpyxl save). 選定病院: 都道府県名 in one cell A2 (「都道府県名：長野県」); row 5 is a labelled "
             "記入例 row (not data); data rows 6-16. Codes written as 7-digit (郡市区+番号+検証); values give the 10-digit "
             "expansion with 長野県 20 and 点数表番号 1 (all check digits valid). 病床数 in rows 8 and 11 typed as text "
             "('90', '150'). 電子カルテ ○ -> あり, × -> なし. Column E is an empty spacer. Reasons with line breaks kept as \\n.",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("ok", band2_rows)

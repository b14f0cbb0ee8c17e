"""hs-w2-c: Kagawa prefecture official: 都道府県名 label ABOVE its value, quota table transposed (bands across
columns, 支援枠 in the row below, 計 =SUM without cached value), hospital list with 病床数 typed as text with 床
(some full-width digits), 電子カルテ as 有, 提出日 as text R6.3.13, saved by openpyxl.
Planted: (1) band 100～299床 has 3 hospitals for a quota of 2 (過不足なく violated), (2) one code with a wrong
check digit."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "hs-w2-c-kagawa-transposed-quota"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "支援対象病院"

def check_digit(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

def code(gun, no, bad=False):
    nine = f"371{gun}{no}"
    cd = check_digit(nine)
    if bad:
        cd = str((int(cd) + 5) % 10)
    return nine + cd

QUOTAS = [("99床以下", 3), ("100～299床", 2), ("300床以上", 1)]
BAD_NINE = "371040588"
H = [  # code, name, beds(int), beds(as written), band, ehr written, reason
    (code("03", "1016"), "医療法人　丸亀城南病院", 48, "48床", "99床以下", "有", "立入検査で対策不十分"),
    (code("04", "0588", bad=True), "医療法人　坂出いそかぜ病院", 72, "７２床", "99床以下", "有", ""),
    (code("06", "0231"), "医療法人　観音寺ことひき病院", 95, "95床", "99床以下", "有", "地域の救急告示病院"),
    (code("01", "2740"), "社会医療法人　高松栗林病院", 180, "180床", "100～299床", "有", "二次救急の中核"),
    (code("05", "0619"), "医療法人　善通寺さぬき病院", 120, "１２０床", "100～299床", "有", ""),
    (code("08", "0077"), "医療法人　さぬき東かがわ病院", 260, "260床", "100～299床", "有", "立入検査でアクセス管理が不十分"),
    (code("01", "3058"), "地方独立行政法人　香川中央総合医療センター", 420, "420床", "300床以上", "有", "救命救急センター・災害拠点病院"),
]

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="E4DFEC")
wb = Workbook(); ws = wb.active; ws.title = SHEET
for col, w in {"A": 2, "B": 16, "C": 40, "D": 12, "E": 14, "F": 11, "G": 34}.items():
    ws.column_dimensions[col].width = w
ws["G1"] = "（別紙様式）"; ws["G1"].alignment = Alignment(horizontal="right")
ws["B2"] = "支援対象病院の選定について（報告）"; ws["B2"].font = Font(bold=True, size=13)
ws["B4"] = "都道府県名"; ws["B4"].fill = hdr; ws["B4"].border = B
ws["B5"] = "香川県"; ws["B5"].border = B
ws["G4"] = "提出日：R6.3.13"

ws["B7"] = "病床規模"; ws["B8"] = "支援枠"
for i, (band, n) in enumerate(QUOTAS):
    c = "CDE"[i]
    ws[f"{c}7"] = band; ws[f"{c}8"] = n
ws["F7"] = "計"; ws["F8"] = "=SUM(C8:E8)"
for r in (7, 8):
    for c in "BCDEF":
        ws[f"{c}{r}"].border = B
        ws[f"{c}{r}"].alignment = Alignment(horizontal="center")
    ws[f"B{r}"].fill = hdr
for c in "CDEF": ws[f"{c}7"].fill = hdr

for c, t in zip("BCDEFG", ["医療機関コード", "病院名", "病床数", "規模区分", "電子カルテ", "選定理由"]):
    ws[f"{c}10"] = t; ws[f"{c}10"].fill = hdr; ws[f"{c}10"].border = B
for i, (cd, nm, _, bw, band, e, why) in enumerate(H):
    r = 11 + i
    for c, v in zip("BCDEFG", [cd, nm, bw, band, e, why or None]):
        ws[f"{c}{r}"] = v; ws[f"{c}{r}"].border = B
    ws[f"B{r}"].number_format = "@"
    ws[f"D{r}"].alignment = Alignment(horizontal="right")
ws["B19"] = "※病床数は許可病床数（一般・療養の合計）"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

over_rows = [11 + i for i, h in enumerate(H) if h[4] == "100～299床"]
bad_row = 11 + [i for i, h in enumerate(H) if h[0].startswith(BAD_NINE)][0]
bad_code = H[bad_row - 11][0]
exp = {
    "form": "hospital-selection", "version": "R6", "file": NAME + ".xlsx",
    "values": {
        "prefecture": "香川県",
        "quotas": [{"band": b, "quota": n} for b, n in QUOTAS],
        "hospitals": [dict({"hospitalCode": cd, "hospitalName": nm, "beds": beds, "band": band, "ehr": "あり"},
                           **({"reason": why} if why else {})) for cd, nm, beds, _, band, e, why in H],
    },
    "planted": [
        {"cells": [f"{SHEET}!D8"] + [f"{SHEET}!E{r}" for r in over_rows],
         "paths": ["quotas[1].quota"] + [f"hospitals[{r-11}].band" for r in over_rows],
         "why": "Band 100～299床 has 支援枠 2 but 3 hospitals are selected in it (rows "
                + ", ".join(str(r) for r in over_rows) + "); the notice requires 過不足なく (exactly the quota)."},
        {"cells": [f"{SHEET}!B{bad_row}"], "paths": [f"hospitals[{bad_row-11}].hospitalCode"],
         "why": f"医療機関コード {bad_code}: the Luhn check over {BAD_NINE} gives {check_digit(BAD_NINE)}, not {bad_code[-1]}."},
    ],
    "notes": "都道府県名 label B4 with the value below it in B5. Quota table is transposed: bands in C7:E7, 支援枠 in "
             "C8:E8; F8 is =SUM without a cached value (not a field). 病床数 typed as text with 床, two of them with "
             "full-width digits (７２床, １２０床) → integers. 電子カルテ 有 → あり. 提出日 'R6.3.13' is text in G4 (no key). "
             "B19 is a note, not a row. Other bands match their quotas (99床以下 3/3, 300床以上 1/1).",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
print("ok", over_rows, bad_row, bad_code)

#!/usr/bin/python3
"""hs-w1-a: 香川県. One sheet: title block, 都道府県名 in one cell (label：value),
quota table (bands as rows), ONE blank row, then the hospitals table directly.
All consistent — no planted problem."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w1-a-kagawa-single-sheet"
PREF, PREF_NO = "香川県", "37"


def check_digit(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return (10 - s % 10) % 10


def code10(pref, gun, num, tensu="1"):
    nine = f"{pref}{tensu}{gun}{num}"
    return nine + str(check_digit(nine))


QUOTAS = [("20～99床", 4), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]
# (郡市区, 番号, name, beds, band, ehr, reason)
HOSP = [
    ("01", "1024", "医療法人瀬戸風会 高松こうなん病院", 68, "20～99床", "あり", "立入検査においてバックアップ体制が不十分"),
    ("03", "0457", "丸亀やまびこ病院", 45, "20～99床", "あり", None),
    ("06", "0812", "さぬき東部記念病院", 92, "20～99床", "あり", None),
    ("09", "0233", "小豆島おりーぶ病院", 52, "20～99床", "あり", "島しょ部の中核病院（診療停止時の代替なし）"),
    ("01", "2210", "高松西ヶ丘病院", 148, "100～199床", "あり", None),
    ("02", "0915", "坂出浜街道病院", 120, "100～199床", "あり", "二次救急輪番"),
    ("04", "0306", "善通寺みどり台病院", 199, "100～199床", "あり", None),
    ("01", "3057", "香川なぎさ医療センター", 312, "200～399床", "あり", "二次救急・災害拠点病院"),
    ("05", "0128", "観音寺さくら総合病院", 246, "200～399床", "あり", "地域の救急医療の中心"),
    ("01", "0016", "讃岐中央総合病院", 528, "400床以上", "あり", "救命救急センター"),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
ws["G1"] = "（別紙様式）"
ws["G1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A2:G2")
ws["A2"] = "医療機関におけるサイバーセキュリティ確保事業　支援対象病院（令和6年度）"
ws["A2"].font = Font(size=14, bold=True)
ws["A2"].alignment = Alignment(horizontal="center")
ws.merge_cells("A4:C4")
ws["A4"] = f"都道府県名：{PREF}"
ws["A4"].font = Font(bold=True)

# quota table, rows 6..10
ws["B6"], ws["C6"] = "病床規模", "支援枠"
for c in ("B6", "C6"):
    ws[c].font = Font(bold=True)
    ws[c].border = box
r = 7
for band, q in QUOTAS:
    ws.cell(r, 2, band).border = box
    ws.cell(r, 3, q).border = box
    r += 1
# r == 11 : blank row
r += 1  # header at row 12
hdr = ["No.", "医療機関コード", "病院名", "病床数", "病床規模区分", "電子カルテ導入", "選定理由"]
for j, h in enumerate(hdr, 1):
    c = ws.cell(r, j, h)
    c.font = Font(bold=True)
    c.border = box
    c.alignment = Alignment(horizontal="center", wrap_text=True)
hdr_row = r
hospitals = []
for i, (g, n, name, beds, band, ehr, reason) in enumerate(HOSP, 1):
    r += 1
    code = code10(PREF_NO, g, n)
    vals = [i, code, name, beds, band, ehr, reason]
    for j, v in enumerate(vals, 1):
        c = ws.cell(r, j, v)
        c.border = box
    ws.cell(r, 2).number_format = "@"
    h = {"hospitalCode": code, "hospitalName": name, "beds": beds, "band": band, "ehr": ehr}
    if reason:
        h["reason"] = reason
    hospitals.append(h)
r += 2
ws.cell(r, 1, "※　支援対象は電子カルテシステムを導入している病院に限る。")
ws.cell(r + 1, 1, "※　病床規模別の支援枠の数を過不足なく選定すること。選定理由は任意。")

for col, w in zip("ABCDEFG", [6, 16, 34, 9, 14, 14, 40]):
    ws.column_dimensions[col].width = w

wb.save(os.path.join(HERE, NAME + ".xlsx"))

expected = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": PREF,
        "quotas": [{"band": b, "quota": q} for b, q in QUOTAS],
        "hospitals": hospitals,
    },
    "planted": [],
    "notes": "都道府県名 is written together with its label in one merged cell A4 (「都道府県名：香川県」). "
             "Quota table B6:C10, one blank row (11), hospitals header on row 12, data rows 13-22. "
             "Codes are 10-digit text cells. All bands filled exactly to quota; no planted problem.",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", NAME)

#!/usr/bin/python3
"""hs-w28-a: prefecture office's 別紙様式 on one sheet: 都道府県名, quota table with a COUNTIF 選定数 column
(formulas, no cached values: saved by openpyxl), then the selected-hospital list. Correct, nothing planted."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave28/hospital-selection"
NAME = "hs-w28-a-single-sheet-quota-above"


def luhn_check(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)


def code(gun, num):
    nine = "33" + "1" + gun + num
    return nine + luhn_check(nine)


PREF = "岡山県"
QUOTAS = [("20～99床", 4), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]
HOSP = [  # code, name, beds, band, ehr, reason
    (code("01", "2208"), "医療法人 旭水会 旭川東病院", 60, "20～99床", "あり", ""),
    (code("02", "0315"), "医療法人社団 吉備の里病院", 48, "20～99床", "あり", "立入検査で対策不十分（令和5年度）"),
    (code("05", "1127"), "医療法人 高梁川会 総社西病院", 92, "20～99床", "あり", ""),
    (code("08", "0442"), "医療法人 真庭慈恵会 真庭中央病院", 35, "20～99床", "あり", "中山間地域で唯一の有床病院"),
    (code("01", "3361"), "医療法人 操南会 岡山南記念病院", 150, "100～199床", "あり", "二次救急医療機関"),
    (code("02", "1809"), "一般財団法人 水島臨港会 水島港南病院", 199, "100～199床", "あり", "二次救急医療機関"),
    (code("04", "0276"), "医療法人 吉井川会 東備第一病院", 120, "100～199床", "あり", ""),
    (code("01", "0954"), "社会医療法人 桃花会 岡山桃花病院", 310, "200～399床", "あり", "地域医療支援病院\n救急告示"),
    (code("03", "0518"), "地方独立行政法人 津山みどり医療センター", 256, "200～399床", "あり", "二次救急医療機関"),
    (code("02", "0021"), "倉敷備中総合医療センター", 612, "400床以上", "あり", "三次救急（救命救急センター）"),
]

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")
fill = PatternFill("solid", fgColor="E2EFDA")
for col, w in zip("ABCDEFG", (6, 16, 40, 10, 14, 12, 36)):
    ws.column_dimensions[col].width = w

ws["A1"] = "（別紙様式）"
ws.merge_cells("A2:G2")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」令和6年度 支援対象病院一覧"
ws["A2"].font = Font(size=13, bold=True)
ws["A2"].alignment = center
ws["A4"] = "都道府県名"
ws["A4"].fill = fill
ws.merge_cells("A4:B4")
ws["C4"] = PREF
for ref in ("A4", "B4", "C4"):
    ws[ref].border = box

ws["A6"] = "■ 病床規模別 支援枠"
ws["A6"].font = Font(bold=True)
ws.merge_cells("A7:B7")
for col, h in ((1, "病床規模"), (3, "支援枠（病院数）"), (4, "選定数")):
    c = ws.cell(7, col, h)
    c.alignment = center
    c.fill = fill
first_h = 16
last_h = first_h + len(HOSP) - 1
for i, (band, q) in enumerate(QUOTAS):
    r = 8 + i
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 1, band).alignment = center
    ws.cell(r, 3, q).alignment = center
    ws.cell(r, 4, f'=COUNTIF($E${first_h}:$E${last_h},A{r})').alignment = center
qr_last = 8 + len(QUOTAS) - 1
r = qr_last + 1
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
ws.cell(r, 1, "計").alignment = center
ws.cell(r, 3, f"=SUM(C8:C{qr_last})").alignment = center
ws.cell(r, 4, f"=SUM(D8:D{qr_last})").alignment = center
for row in ws.iter_rows(min_row=7, max_row=r, min_col=1, max_col=4):
    for c in row:
        c.border = box
assert r == 12


ws["A14"] = "■ 選定病院"
ws["A14"].font = Font(bold=True)
hdr = ["No.", "医療機関コード", "病院名", "病床数", "病床規模区分", "電子カルテ\n導入", "選定理由（任意）"]
ws.row_dimensions[first_h - 1].height = 30
for i, h in enumerate(hdr):
    c = ws.cell(first_h - 1, 1 + i, h)
    c.alignment = center
    c.fill = fill
    c.border = box
for i, (cd, nm, beds, band, ehr, reason) in enumerate(HOSP):
    r = first_h + i
    vals = [i + 1, cd, nm, beds, band, ehr, reason or None]
    for j, v in enumerate(vals):
        c = ws.cell(r, 1 + j, v)
        c.border = box
        c.alignment = center if j in (0, 1, 3, 4, 5) else wrap
    ws.cell(r, 2).number_format = "@"
    if "\n" in reason:
        ws.row_dimensions[r].height = 30
r = last_h + 2
ws.cell(r, 1, "※ 病床規模別の支援枠どおり過不足なく選定すること。電子カルテシステム導入済みの病院に限る。").font = Font(size=9)
ws.print_area = f"A1:G{r}"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "landscape"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

hosp = []
for cd, nm, beds, band, ehr, reason in HOSP:
    h = {"hospitalCode": cd, "hospitalName": nm, "beds": beds, "band": band, "ehr": ehr}
    if reason:
        h["reason"] = reason
    hosp.append(h)
expected = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": PREF,
        "quotas": [{"band": b, "quota": q} for b, q in QUOTAS],
        "hospitals": hosp,
    },
    "planted": [],
    "notes": "One sheet. Quota table A7:D12 (band in merged A:B, 支援枠 in C, 選定数 D = COUNTIF formula and 計 row = SUM, "
             "saved by openpyxl so no cached values; the 計 row is not a band). Hospital list header row 15, data rows 16-25. "
             "Codes are 10-digit text cells. Reasons optional (blank for 3 hospitals); one reason has a line break.",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)

#!/usr/bin/python3
"""hs-w1-c: 岐阜県. Print-style single sheet with a narrow spacer column A and borders.
Quota table TRANSPOSED (bands across columns, 支援枠 row below, 計 column with =SUM),
a 選定数 row of COUNTIFs, then a heading and the hospitals table; codes written with hyphens
(21-1-01-1234-5); a 合計 row under the hospitals table (=COUNTA / =SUM).
Saved by openpyxl then RE-SAVED BY LIBREOFFICE (formula results cached).
All consistent — no planted problem."""
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w1-c-gifu-transposed-quota"
PREF, PREF_NO = "岐阜県", "21"


def check_digit(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return (10 - s % 10) % 10


def code10(pref, gun, num, tensu="1"):
    nine = f"{pref}{tensu}{gun}{num}"
    return nine + str(check_digit(nine))


def hyph(c):
    return f"{c[0:2]}-{c[2]}-{c[3:5]}-{c[5:9]}-{c[9]}"


QUOTAS = [("～99床", 5), ("100～199床", 4), ("200～299床", 2), ("300床以上", 1)]
HOSP = [  # (郡市区, 番号, name, beds, band, reason)
    ("01", "1307", "岐阜長良川クリニック病院", 60, "～99床", None),
    ("03", "0482", "大垣みずのみやこ病院", 88, "～99床", "立入検査で対策が不十分"),
    ("07", "0215", "飛騨高山ほおのき病院", 47, "～99床", "山間部の救急告示病院"),
    ("05", "0633", "多治見美濃焼通り病院", 72, "～99床", None),
    ("10", "0091", "郡上八幡清流病院", 35, "～99床", None),
    ("01", "2546", "岐阜金華山病院", 160, "100～199床", None),
    ("04", "0718", "関刃物の里病院", 112, "100～199床", "二次救急輪番"),
    ("06", "0359", "中津川恵那山病院", 195, "100～199床", None),
    ("08", "0140", "各務原かかみ野病院", 138, "100～199床", "立入検査で対策が不十分"),
    ("03", "0025", "西濃総合医療センター", 284, "200～299床", "地域の救急医療の中心"),
    ("09", "0062", "可茂中央病院", 220, "200～299床", None),
    ("01", "0008", "岐阜県央総合病院", 610, "300床以上", "救命救急センター・災害拠点病院"),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="DCE6F1")

wb = Workbook()
ws = wb.active
ws.title = "支援対象病院"
ws.column_dimensions["A"].width = 2
ws["H1"] = "別紙様式"
ws["H1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B2:H2")
ws["B2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院の選定について（報告）"
ws["B2"].font = Font(size=13, bold=True)
ws["B2"].alignment = Alignment(horizontal="center")
ws["B4"], ws["C4"] = "都道府県名", PREF
ws["B4"].fill = head
for c in ("B4", "C4"):
    ws[c].border = box

ws["B6"] = "１　病床規模別の支援枠及び選定数"
ws["B6"].font = Font(bold=True)
ws["B7"] = "病床規模"
ws["B8"] = "支援枠"
ws["B9"] = "選定数"
cols = "CDEF"
for col, (band, q) in zip(cols, QUOTAS):
    ws[f"{col}7"] = band
    ws[f"{col}8"] = q
    ws[f"{col}9"] = f'=COUNTIF($F$13:$F$24,{col}7)'
ws["G7"] = "計"
ws["G8"] = "=SUM(C8:F8)"
ws["G9"] = "=SUM(C9:F9)"
for row in ws.iter_rows(min_row=7, max_row=9, min_col=2, max_col=7):
    for c in row:
        c.border = box
        c.alignment = Alignment(horizontal="center")
for c in ws[7][1:7]:
    c.fill = head
for r in (7, 8, 9):
    ws[f"B{r}"].fill = head

# row 10 blank
ws["B11"] = "２　支援対象病院"
ws["B11"].font = Font(bold=True)
hdr = ["No.", "医療機関コード", "病院名", "病床数", "病床規模", "電子カルテ", "選定理由"]
for j, h in enumerate(hdr, 2):
    c = ws.cell(12, j, h)
    c.fill = head
    c.border = box
    c.alignment = Alignment(horizontal="center")
hospitals = []
for i, (g, n, name, beds, band, reason) in enumerate(HOSP, 1):
    r = 12 + i
    code = code10(PREF_NO, g, n)
    for j, v in enumerate([i, hyph(code), name, beds, band, "あり", reason], 2):
        ws.cell(r, j, v).border = box
    h = {"hospitalCode": code, "hospitalName": name, "beds": beds, "band": band, "ehr": "あり"}
    if reason:
        h["reason"] = reason
    hospitals.append(h)
last = 12 + len(HOSP)
tot = last + 1
ws.cell(tot, 2, "合計")
ws.merge_cells(start_row=tot, start_column=2, end_row=tot, end_column=3)
ws.cell(tot, 4, f"=COUNTA(D13:D{last})")
ws.cell(tot, 5, f"=SUM(E13:E{last})")
for j in range(2, 9):
    ws.cell(tot, j).border = box
    ws.cell(tot, j).fill = head
ws.cell(tot + 2, 2, "（注）電子カルテシステムを導入している病院を、病床規模別の支援枠の数だけ過不足なく選定すること。")
for col, w in zip("BCDEFGH", [12, 18, 30, 9, 12, 11, 34]):
    ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
outdir = os.path.join(tmp, "out")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                "--convert-to", "xlsx", "--outdir", outdir, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
shutil.rmtree(tmp)

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
    "notes": "Quota table is transposed: bands in C7:F7, 支援枠 in C8:F8, 計 column G (=SUM) and a 選定数 row 9 (COUNTIF) — "
             "G and row 9 are not quota bands. Hospital codes are written with hyphens (21-1-01-1307-x) and given here as 10 digits. "
             "Row 25 is a 合計 row (=COUNTA, =SUM) — not a hospital. Column A is an empty spacer. "
             "File re-saved by LibreOffice, so formula results are cached. No planted problem.",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", NAME)

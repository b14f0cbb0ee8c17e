# Generator for hs-w47-b-hospitals-first-quota-sheet.xlsx
# 徳島県 clerk: several sheets. 支援対象病院 first (「都道府県名：徳島県」 in one cell, band column first, hyphenated
# codes, ○/× for 電子カルテ), then 支援枠 (vertical quota table with COUNTIF 選定数 — saved by openpyxl, so no
# cached values), and a hidden リスト sheet feeding the drop-downs.
# Planted: 99床以下 has 5 hospitals for a quota of 4; one 200床～299床 hospital has 電子カルテ ×.
import os, sys
sys.path.insert(0, "/tmp/sr-hs-obi-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w47-b-hospitals-first-quota-sheet.xlsx"


def cd(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return str((10 - s % 10) % 10)


def hyph(pref, gun, num):
    nine = f"{pref}1{gun}{num}"
    return f"{pref}-1-{gun}-{num}-{cd(nine)}", nine + cd(nine)


BANDS = [("99床以下", 4), ("100床～199床", 2), ("200床～299床", 1), ("300床以上", 1)]
HOSP = [  # band, gun, num, name, beds, ehr, reason
    ("99床以下", "01", "1183", "医療法人 眉山会 しんまち川病院", 76, "○", "救急告示病院"),
    ("99床以下", "02", "0457", "医療法人 渦潮会 鳴門うずしお病院", "48", "○", None),
    ("99床以下", "03", "0209", "医療法人 橘会 小松島たちばな病院", 60, "○", "立入検査においてセキュリティ対策が不十分"),
    ("99床以下", "05", "0031", "医療法人 剣山会 美馬つるぎ病院", 39, "○", "へき地医療を担う"),
    ("99床以下", "01", "2750", "医療法人 新緑会 徳島みなみ病院", 95, "○", "夜間救急に対応"),
    ("100床～199床", "04", "0362", "医療法人 那賀会 阿南なかがわ病院", 148, "○", "二次救急輪番病院"),
    ("100床～199床", "01", "0821", "医療法人 藍住会 吉野川あい病院", 180, "○", None),
    ("200床～299床", "06", "0114", "社会医療法人 県西会 三好中央病院", 236, "×", "県西部の救急医療の中核"),
    ("300床以上", "01", "0008", "徳島県立 あわ総合医療センター", 420, "○", "三次救急医療機関・災害拠点病院"),
]

wb = Workbook()
ws = wb.active
ws.title = "支援対象病院"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="FFF2CC")
f = Font(name="游ゴシック", size=10)
for col, w in zip("ABCDEF", (14, 18, 36, 9, 11, 40)):
    ws.column_dimensions[col].width = w
ws["A1"] = "別紙様式"
ws["A2"] = "令和6年度 医療機関におけるサイバーセキュリティ確保事業 支援対象病院一覧"
ws["A2"].font = Font(name="游ゴシック", size=12, bold=True)
ws["A4"] = "都道府県名：徳島県"
ws["A4"].font = Font(name="游ゴシック", size=11, bold=True)
heads = ["病床規模区分", "医療機関コード", "医療機関名", "病床数", "電子カルテ\n（○/×）", "選定理由"]
for c, h in enumerate(heads, start=1):
    cell = ws.cell(6, c, h)
    cell.fill = hdr
    cell.border = box
    cell.font = Font(name="游ゴシック", size=10, bold=True)
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[6].height = 30
r = 7
for band, gun, num, name, beds, ehr, reason in HOSP:
    hc, _ = hyph("36", gun, num)
    for c, v in enumerate([band, hc, name, beds, ehr, reason], start=1):
        cell = ws.cell(r, c, v)
        cell.border = box
        cell.font = f
    ws.cell(r, 5).alignment = Alignment(horizontal="center")
    r += 1
last = r - 1
for rr in range(r, r + 3):   # a few empty bordered rows left in the table
    for c in range(1, 7):
        ws.cell(rr, c).border = box

# hidden list sheet
lst = wb.create_sheet("リスト")
for i, (band, _) in enumerate(BANDS, start=1):
    lst.cell(i, 1, band)
lst["B1"] = "○"
lst["B2"] = "×"
lst.sheet_state = "hidden"
dv1 = DataValidation(type="list", formula1="=リスト!$A$1:$A$4", allow_blank=True)
dv2 = DataValidation(type="list", formula1="=リスト!$B$1:$B$2", allow_blank=True)
ws.add_data_validation(dv1)
ws.add_data_validation(dv2)
dv1.add(f"A7:A30")
dv2.add(f"E7:E30")

q = wb.create_sheet("支援枠", 1)
for col, w in zip("ABCD", (16, 10, 10, 10)):
    q.column_dimensions[col].width = w
q["A1"] = "支援枠（厚生労働省提示）と選定数"
q["A1"].font = Font(name="游ゴシック", size=11, bold=True)
for c, h in enumerate(["病床規模", "支援枠", "選定数", "差"], start=1):
    q.cell(3, c, h).fill = hdr
    q.cell(3, c).border = box
for i, (band, quota) in enumerate(BANDS):
    rr = 4 + i
    q.cell(rr, 1, band)
    q.cell(rr, 2, quota)
    q.cell(rr, 3, f"=COUNTIF(支援対象病院!$A$7:$A$30,A{rr})")
    q.cell(rr, 4, f"=C{rr}-B{rr}")
    for c in range(1, 5):
        q.cell(rr, c).border = box
q["A8"] = "合計"
q["B8"] = "=SUM(B4:B7)"
q["C8"] = "=SUM(C4:C7)"
q["D8"] = "=C8-B8"
for c in range(1, 5):
    q.cell(8, c).border = box

wb.save(os.path.join(OUT, NAME))
for band, gun, num, name, beds, ehr, reason in HOSP:
    print(hyph("36", gun, num), name)
print("last row", last)

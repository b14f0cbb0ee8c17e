# Generator: hs-w37-b-transposed-quota-two-sheets.xlsx
# Fukui prefecture's version: sheet 支援枠 with 「都道府県名：福井県」 in one cell and a transposed quota table
# (bands across, rows 支援枠 / 選定数 / 過不足), sheet 選定病院一覧 (band first, codes as numbers, ○ for 電子カルテ,
# a correctly labelled 記入例 row), hidden sheet リスト for the drop-downs; re-saved by LibreOffice (cached formulas).
# Planted: band 200～299床 has 3 hospitals for a quota of 2; a hospital with 120 beds filed under 50～99床.
# run: PYTHONPATH=/tmp/sr-hs-py /usr/bin/python3 THIS.py
import json, os, subprocess, tempfile, shutil
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w37-b-transposed-quota-two-sheets"

def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

PREF = "福井県"
quotas = [("20～49床", 3), ("50～99床", 3), ("100～199床", 3), ("200～299床", 2), ("300床以上", 2)]
# rows in the order typed (largest band first); beds as int, or str where typed as text
H = [
    ("300床以上", "010128", "福井県立足羽中央病院", 602, "三次救急医療機関・基幹災害拠点病院\n診療停止時の県全域への影響が大きい"),
    ("300床以上", "010345", "福井九十九橋赤十字病院", 388, "二次救急の中核、地域医療支援病院"),
    ("200～299床", "020071", "敦賀気比の松原病院", 284, "嶺南地域の救急告示病院"),
    ("200～299床", "010566", "医療法人 足羽会 足羽山記念病院", 233, "立入検査でセキュリティ対策が不十分と認められた"),
    ("200～299床", "030219", "越前武生中央病院", 210, "丹南地域の二次救急輪番病院"),
    ("100～199床", "040152", "大野城下町病院", 180, "へき地医療拠点病院"),
    ("100～199床", "010783", "社会医療法人 春江会 春江病院", "150", None),
    ("100～199床", "050044", "小浜若狭病院", 104, "嶺南西部の救急告示病院"),
    ("50～99床", "010897", "医療法人 新田塚会 新田塚病院", 120, None),   # planted: 120 beds in 50～99床
    ("50～99床", "060038", "鯖江めがね通り病院", 88, None),
    ("50～99床", "030472", "医療法人 今立会 今立病院", 60, "立入検査においてバックアップ未整備を指摘"),
    ("20～49床", "010951", "福井東安居クリニック病院", "45", None),
    ("20～49床", "070016", "美浜さざなみ病院", 40, None),
    ("20～49床", "020385", "医療法人 金ケ崎会 金ケ崎病院", 32, None),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head = PatternFill("solid", fgColor="FCE4D6")
exfill = PatternFill("solid", fgColor="EDEDED")

wb = Workbook()
q = wb.active
q.title = "支援枠"
q["A1"] = f"都道府県名：{PREF}"
q["A1"].font = Font(bold=True, size=12)
q["A2"] = "医療機関におけるサイバーセキュリティ確保事業　病床規模別支援枠及び選定数"
q.column_dimensions["A"].width = 14
for c in "BCDEFG":
    q.column_dimensions[c].width = 13
q["A4"] = "病床規模"
for j, (band, n) in enumerate(quotas):
    col = 2 + j
    q.cell(row=4, column=col, value=band)
    q.cell(row=5, column=col, value=n)
    L = q.cell(row=4, column=col).column_letter
    q.cell(row=6, column=col, value=f"=COUNTIF(選定病院一覧!$B$5:$B$60,{L}4)")
    q.cell(row=7, column=col, value=f"={L}6-{L}5")
q["G4"] = "計"
q["A5"], q["A6"], q["A7"] = "支援枠", "選定数", "過不足"
q["G5"] = "=SUM(B5:F5)"
q["G6"] = "=SUM(B6:F6)"
q["G7"] = "=G6-G5"
for row in q["A4:G7"]:
    for c in row:
        c.border = box
        c.alignment = center
for c in q[4]:
    if c.value:
        c.fill = head
q["A9"] = "※支援枠の病院数を過不足なく選定すること（過不足欄が0であることを確認）。"
q["A10"] = "※支援枠の調整が必要な場合は3月1日（金）までに厚生労働省医療情報室へ相談。"

s = wb.create_sheet("選定病院一覧")
for c, w in zip("ABCDEFG", (7, 13, 14, 34, 9, 11, 44)):
    s.column_dimensions[c].width = w
s["A1"] = f"支援対象病院一覧（{PREF}）"
s["A1"].font = Font(bold=True, size=12)
hdr = ["No.", "病床規模区分", "医療機関コード", "病院名", "病床数", "電子カルテ\n導入", "選定理由（任意）"]
for j, t in enumerate(hdr, 1):
    c = s.cell(row=3, column=j, value=t)
    c.fill = head
    c.alignment = center
    c.border = box
s.row_dimensions[3].height = 30
example = ["記入例", "100～199床", "18XXXXXXXX", "○○病院", 150, "○", "地域の救急医療を担う病院"]
for j, v in enumerate(example, 1):
    c = s.cell(row=4, column=j, value=v)
    c.fill = exfill
    c.font = Font(italic=True, color="808080")
    c.border = box
    c.alignment = center
hospitals = []
for i, (band, six, name, beds, reason) in enumerate(H):
    r = 5 + i
    nine = "18" + "1" + six
    code = nine + luhn(nine)
    vals = [i + 1, band, int(code), name, beds, "○", reason]
    for j, v in enumerate(vals, 1):
        c = s.cell(row=r, column=j, value=v)
        c.border = box
        c.alignment = wrap if j in (4, 7) else center
    s.cell(row=r, column=3).number_format = "0"
    if reason and "\n" in reason:
        s.row_dimensions[r].height = 30
    h = {"hospitalCode": code, "hospitalName": name, "beds": int(beds), "band": band, "ehr": "あり"}
    if reason:
        h["reason"] = reason
    hospitals.append(h)
s.freeze_panes = "A5"

lst = wb.create_sheet("リスト")
for i, (band, _) in enumerate(quotas, 1):
    lst.cell(row=i, column=1, value=band)
lst["B1"], lst["B2"] = "○", "×"
lst.sheet_state = "hidden"
dv1 = DataValidation(type="list", formula1="リスト!$A$1:$A$5", allow_blank=True)
dv2 = DataValidation(type="list", formula1="リスト!$B$1:$B$2", allow_blank=True)
s.add_data_validation(dv1)
s.add_data_validation(dv2)
dv1.add("B5:B60")
dv2.add("F5:F60")

tmp = tempfile.mkdtemp(prefix="hsb-", dir="/tmp/sr-hs-py")
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmp)

# indexes for the planted problems
over = [i for i, h in enumerate(hospitals) if h["band"] == "200～299床"]
bad = [i for i, h in enumerate(hospitals) if h["band"] == "50～99床" and h["beds"] > 99]
expected = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": PREF,
        "quotas": [{"band": b, "quota": n} for b, n in quotas],
        "hospitals": hospitals,
    },
    "planted": [
        {"cells": ["支援枠!E5"] + [f"選定病院一覧!B{5+i}" for i in over],
         "paths": ["quotas[3].quota"] + [f"hospitals[{i}].band" for i in over],
         "why": "band 200～299床: quota 2 but 3 hospitals selected (過不足なく required; one too many)"},
        {"cells": [f"選定病院一覧!E{5+i}" for i in bad] + [f"選定病院一覧!B{5+i}" for i in bad],
         "paths": [f"hospitals[{i}].beds" for i in bad] + [f"hospitals[{i}].band" for i in bad],
         "why": "病床数 120 is outside its band 50～99床"},
    ],
    "notes": ("都道府県名 written in one cell as 「都道府県名：福井県」 (支援枠!A1). Quota table is transposed: bands across 支援枠!B4:F4, "
              "支援枠 row 5; rows 6 (選定数, COUNTIF) and 7 (過不足) and column G (計) are formulas, not quota rows/bands. "
              "Workbook re-saved by LibreOffice, so formulas carry cached values. 選定病院一覧 row 4 is a labelled 記入例 row "
              "and must be ignored; data rows start at row 5. Hospital codes are numeric cells (10 digits, prefecture 18, "
              "valid check digits). 病床数 of rows 11 and 16 typed as text (\"150\", \"45\"). 電子カルテ導入 ○ = あり. "
              "Hidden sheet リスト holds drop-down lists only."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", over, bad)

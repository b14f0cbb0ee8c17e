#!/usr/bin/python3
"""hs-w23-b: prefecture (Hiroshima) workbook with several sheets: 表紙 (都道府県名 label left),
支援枠 (transposed quota table: bands across), 選定病院一覧 (list grouped by band, biggest first,
codes written with hyphens, 電子カルテ 有/無), hidden sheet リスト for drop-downs; re-saved by LibreOffice.
Planted: 100床～299床 band has 4 hospitals for a quota of 3; one selected hospital has 電子カルテ 無."""
import os
import shutil
import subprocess
import tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation


def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return nine + str((10 - s % 10) % 10)


def hy(code):
    return f"{code[0:2]}-{code[2]}-{code[3:5]}-{code[5:9]}-{code[9]}"


HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w23-b-three-sheets-transposed-quota.xlsx"

QUOTAS = [("99床以下", 3), ("100床～299床", 3), ("300床以上", 2)]
HOSP = [  # stem, name, beds, band, ehr, reason
    ("341012215", "広島市立広島東部医療センター", 455, "300床以上", "有", "救命救急センター、災害拠点病院"),
    ("341030408", "呉港湾総合病院", 318, "300床以上", "有", "地域医療支援病院（呉二次保健医療圏の中核）"),
    ("341050172", "医療法人社団三原会　三原中央病院", 262, "100床～299床", "有", "二次救急告示病院"),
    ("341012053", "医療法人翠光会　広島西風病院", 199, "100床～299床", "有",
     "令和5年度の立入検査でサイバーセキュリティ対策が不十分"),
    ("341070339", "福山ばら総合病院", 150, "100床～299床", "有", "二次救急告示病院"),
    ("341080064", "医療法人尾道会　尾道しまなみ病院", 108, "100床～299床", "有", "島しょ部の救急受入れ"),
    ("341090117", "医療法人庄原会　庄原高原病院", 88, "99床以下", "有", "中山間地域の基幹病院"),
    ("341012606", "医療法人慈恩会　安佐北リハビリ病院", 54, "99床以下", "無", None),
    ("341100025", "江田島さくら病院", 39, "99床以下", "有", None),
]

wb = Workbook()
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="E2EFDA")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)

# --- 表紙 ---
cv = wb.active
cv.title = "表紙"
cv.column_dimensions["A"].width = 18
cv.column_dimensions["B"].width = 50
cv["A1"] = "別紙様式"
cv["A3"] = "医療機関におけるサイバーセキュリティ確保事業　支援対象病院の選定結果"
cv["A3"].font = Font(bold=True, size=13)
rows = [("都道府県名", "広島県"), ("担当部署", "健康福祉局医療介護基盤課"), ("担当者", "医療情報係　木原"),
        ("電話番号", "082-513-3064"), ("提出日", "R6.3.14")]
for i, (k, v) in enumerate(rows, 5):
    cv.cell(i, 1, k).border = box
    cv.cell(i, 1).fill = hdr
    cv.cell(i, 2, v).border = box
cv["A11"] = "※支援対象病院は、病床規模別に示された支援枠の数を過不足なく選定すること。"
cv["A11"].font = Font(size=9)

# --- 支援枠 (transposed) ---
qs = wb.create_sheet("支援枠")
qs.column_dimensions["A"].width = 14
qs["A1"] = "病床規模別支援枠"
qs["A1"].font = Font(bold=True, size=12)
qs["A3"] = "病床規模"; qs["A4"] = "支援枠"; qs["A5"] = "選定数"
for j, (band, q) in enumerate(QUOTAS, 2):
    col = chr(64 + j)
    qs.column_dimensions[col].width = 14
    qs.cell(3, j, band); qs.cell(4, j, q)
    qs.cell(5, j, f"=COUNTIF(選定病院一覧!$A$4:$A$30,{col}3)")
tot = chr(64 + len(QUOTAS) + 2)
qs[f"{tot}3"] = "計"
qs[f"{tot}4"] = f"=SUM(B4:{chr(64 + len(QUOTAS) + 1)}4)"
qs[f"{tot}5"] = f"=SUM(B5:{chr(64 + len(QUOTAS) + 1)}5)"
for rr in (3, 4, 5):
    for cc in range(1, len(QUOTAS) + 3):
        c = qs.cell(rr, cc)
        c.border = box; c.alignment = center
        if rr == 3 or cc == 1:
            c.fill = hdr

# --- 選定病院一覧 ---
ls = wb.create_sheet("選定病院一覧")
ls["A1"] = "選定病院一覧（広島県）"
ls["A1"].font = Font(bold=True, size=12)
heads = ["病床規模区分", "医療機関コード", "病院名", "病床数", "電子カルテ", "選定理由"]
w = [14, 17, 36, 8, 10, 44]
for j, (t, ww) in enumerate(zip(heads, w), 1):
    ls.column_dimensions[chr(64 + j)].width = ww
    c = ls.cell(3, j, t)
    c.fill = hdr; c.border = box; c.alignment = center; c.font = Font(bold=True)
r = 4
for stem, name, beds, band, ehr, reason in HOSP:
    for j, v in enumerate([band, hy(luhn(stem)), name, beds, ehr, reason], 1):
        c = ls.cell(r, j, v)
        c.border = box
        c.alignment = center if j in (1, 2, 4, 5) else wrap
    r += 1
ls.freeze_panes = "A4"

lst = wb.create_sheet("リスト")
for i, (band, q) in enumerate(QUOTAS, 1):
    lst.cell(i, 1, band)
lst["B1"] = "有"; lst["B2"] = "無"
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$3", allow_blank=True)
dv2 = DataValidation(type="list", formula1="=リスト!$B$1:$B$2", allow_blank=True)
ls.add_data_validation(dv); ls.add_data_validation(dv2)
dv.add("A4:A30"); dv2.add("E4:E30")

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "src", NAME)
os.makedirs(os.path.dirname(src))
wb.save(src)
outdir = os.path.join(tmp, "out")
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME), os.path.join(HERE, NAME))
shutil.rmtree(tmp)
print("saved", os.path.join(HERE, NAME))
for stem, name, beds, band, ehr, reason in HOSP:
    print(luhn(stem), name, beds, band, ehr)

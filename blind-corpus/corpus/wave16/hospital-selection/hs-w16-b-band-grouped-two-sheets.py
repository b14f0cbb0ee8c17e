#!/usr/bin/python3
"""hs-w16-b: 広島県. Sheet 支援枠 = transposed quota table (bands across columns); sheet 選定病院一覧 = hospitals
grouped by band (band label merged down the group), 7-digit codes, EHR as ○/×. Re-saved by LibreOffice.
Planted: 100床以上200床未満 has 4 hospitals for a quota of 3; one selected hospital has no EHR (×)."""
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w16-b-band-grouped-two-sheets.xlsx"

def luhn(n9):
    s = 0
    for i, ch in enumerate(reversed(n9)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return str((10 - s % 10) % 10)

def code7(gun, no):
    return gun + no + luhn("34" + "1" + gun + no)

BANDS = [("20床以上100床未満", 4), ("100床以上200床未満", 3), ("200床以上400床未満", 2), ("400床以上", 1)]
GROUPS = {
    "20床以上100床未満": [
        ("10", "0231", "庄原やすらぎ病院", 52, "○", "中山間地域の救急告示病院"),
        ("09", "0412", "三次きりの病院", 95, "○", "救急告示病院\n（地域の主要な診療機能）"),
        ("21", "0058", "江田島みなと病院", 40, "○", ""),
        ("17", "0109", "神石高原中央病院", 72, "×", "立入検査でセキュリティ対策が不十分"),   # planted: no EHR
    ],
    "100床以上200床未満": [
        ("05", "0723", "尾道しまなみ病院", 168, "○", "二次救急医療機関"),
        ("12", "0318", "東広島西条病院", 140, "○", "立入検査で対策不十分\n（アカウント管理）"),
        ("14", "0086", "廿日市宮島口病院", 199, "○", ""),
        ("08", "0160", "府中みどり病院", 112, "○", "二次救急医療機関"),              # planted: 4th in a quota of 3
    ],
    "200床以上400床未満": [
        ("02", "0547", "呉ベイサイド病院", 356, "○", "地域医療支援病院"),
        ("07", "1025", "福山ばら総合病院", 248, "○", "二次救急医療機関、災害拠点病院"),
    ],
    "400床以上": [
        ("01", "2209", "広島中央医療センター", 605, "○", "三次救急医療機関"),
    ],
}

thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
hfill = PatternFill("solid", fgColor="E2EFDA")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)

wb = Workbook()
q = wb.active
q.title = "支援枠"
q["A1"] = "都道府県名：広島県"
q["A1"].font = Font(bold=True, size=12)
q["A2"] = "病床規模別の支援枠（厚生労働省提示）"
q["A4"] = "病床規模"; q["A5"] = "支援枠"
for i, (band, n) in enumerate(BANDS):
    q.cell(4, 2 + i, band); q.cell(5, 2 + i, n)
for row in q.iter_rows(min_row=4, max_row=5, min_col=1, max_col=1 + len(BANDS)):
    for c in row:
        c.border = box; c.alignment = center
q["A4"].fill = hfill; q["A5"].fill = hfill
q.column_dimensions["A"].width = 12
for col in "BCDE":
    q.column_dimensions[col].width = 20
q["A7"] = "※過不足なく選定すること。調整が必要な場合は3月1日までに医療情報室へ相談。"
q["A7"].font = Font(size=9)

s = wb.create_sheet("選定病院一覧")
s["A1"] = "支援対象病院一覧（広島県）"
s["A1"].font = Font(bold=True, size=13)
s["F1"] = "提出日：R6.3.13"
heads = ["病床規模区分", "No.", "医療機関コード\n（7桁）", "病院名", "病床数", "電子カルテ\n導入", "選定理由"]
for i, t in enumerate(heads, 1):
    c = s.cell(3, i, t); c.fill = hfill; c.font = Font(bold=True); c.alignment = center
s.row_dimensions[3].height = 32
r = 4; no = 1
for band, _ in BANDS:
    rows = GROUPS[band]
    top = r
    for gun, num, name, beds, ehr, reason in rows:
        s.cell(r, 2, no); s.cell(r, 3, code7(gun, num)); s.cell(r, 4, name)
        s.cell(r, 5, beds); s.cell(r, 6, ehr)
        if reason:
            s.cell(r, 7, reason)
        r += 1; no += 1
    s.cell(top, 1, band)
    if r - 1 > top:
        s.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
LAST = r - 1
for row in s.iter_rows(min_row=3, max_row=LAST, min_col=1, max_col=7):
    for c in row:
        c.border = box
        c.alignment = wrap if c.column in (4, 7) else center
for col, w in {"A": 20, "B": 5, "C": 12, "D": 24, "E": 8, "F": 10, "G": 36}.items():
    s.column_dimensions[col].width = w
s.cell(LAST + 2, 1, "※医療機関コードは7桁（郡市区番号＋医療機関番号＋検証番号）。電子カルテ導入：○＝導入済、×＝未導入")
s.cell(LAST + 2, 1).font = Font(size=9)

tmp = tempfile.mkdtemp(); raw = os.path.join(tmp, NAME); wb.save(raw)
out = tempfile.mkdtemp()
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", out, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(out, NAME), os.path.join(HERE, NAME))
print("wrote", NAME)

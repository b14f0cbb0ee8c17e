#!/usr/bin/env python3
"""Generator: hs-w29-b-transposed-quota-two-sheets.xlsx
Prefecture (長野県) office: sheet 支援枠 with a transposed quota table (bands across, 支援枠 and 選定数 as rows),
sheet 選定病院一覧 grouped by band with a labelled 記入例 row. Saved by openpyxl (formulas uncached)."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave29/hospital-selection"
NAME = "hs-w29-b-transposed-quota-two-sheets.xlsx"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head = PatternFill("solid", fgColor="FCE4D6")
exfill = PatternFill("solid", fgColor="EDEDED")

wb = Workbook()
q = wb.active
q.title = "支援枠"
for col, w in {"A": 2, "B": 18, "C": 18, "D": 18, "E": 14, "F": 8}.items():
    q.column_dimensions[col].width = w
q["B1"] = "医療機関におけるサイバーセキュリティ確保事業　支援対象病院の選定について（別紙様式）"
q["B1"].font = Font(bold=True, size=12)
q["B3"] = "都道府県名：長野県"
q["B3"].font = Font(bold=True)
q["E3"] = "令和6年3月12日"
bands = ["20床以上100床未満", "100床以上200床未満", "200床以上"]
quota = [3, 2, 2]
q["B5"] = "病床規模"
q["B6"] = "支援枠（病院数）"
q["B7"] = "選定数"
for i, (b, n) in enumerate(zip(bands, quota)):
    col = "CDE"[i]
    q[f"{col}5"] = b
    q[f"{col}6"] = n
    q[f"{col}7"] = f"=COUNTIF(選定病院一覧!$B$5:$B$30,{col}5)"
q["F5"] = "計"
q["F6"] = "=SUM(C6:E6)"
q["F7"] = "=SUM(C7:E7)"
for row in q.iter_rows(min_row=5, max_row=7, min_col=2, max_col=6):
    for c in row:
        c.border = box
        c.alignment = center
for col in "BCDEF":
    q[f"{col}5"].fill = head
q["B9"] = "※支援枠は厚生労働省から示された数。選定数が支援枠と一致するよう過不足なく選定すること。"
q["B9"].font = Font(size=9)

ws = wb.create_sheet("選定病院一覧")
for col, w in {"A": 7, "B": 20, "C": 34, "D": 17, "E": 8, "F": 10, "G": 42}.items():
    ws.column_dimensions[col].width = w
ws["A1"] = "支援対象病院一覧（長野県）"
ws["A1"].font = Font(bold=True, size=12)
H = 3
for col, t in zip("ABCDEFG", ["No.", "病床規模区分", "医療機関名", "医療機関コード", "病床数", "電子カルテ", "選定の理由（任意）"]):
    ws[f"{col}{H}"] = t
    ws[f"{col}{H}"].fill = head
    ws[f"{col}{H}"].alignment = center
    ws[f"{col}{H}"].border = box
example = ["記入例", "100床以上200床未満", "医療法人○○会　○○病院", "20-1-01-2345-6", "150", "有", "二次救急医療機関として地域の救急医療を担う"]
for col, v in zip("ABCDEFG", example):
    c = ws[f"{col}{H+1}"]
    c.value = v
    c.fill = exfill
    c.font = Font(color="7F7F7F", italic=True)
    c.border = box
    c.alignment = center if col not in "CG" else wrap

rows = [
    ("20床以上100床未満", "医療法人 千曲会 千曲川温泉病院", "20-1-01-0226-3", "62", "有", "地域の救急告示病院"),
    ("20床以上100床未満", "安曇野みどり病院", "20-1-02-0519-9", 88, "有", ""),
    ("20床以上100床未満", "木曽ふくしま病院", "20-1-03-1087-4", 46, "無", "木曽圏域の唯一の入院医療機関"),
    ("100床以上200床未満", "上田城南病院", "20-1-04-0333-1", "150", "有", "立入検査でセキュリティ対策が不十分と思われる"),
    ("100床以上200床未満", "諏訪湖畔病院", "20-1-01-1294-0", 199, "有", "二次救急輪番"),
    ("100床以上200床未満", "伊那中央リハビリテーション病院", "20-1-03-0765-6", 120, "有", "回復期の受入れ中核"),
    ("200床以上", "北信濃総合病院", "20-1-06-0148-8", 420, "有", "救命救急センター、災害拠点病院\n診療停止時の地域への影響大"),
    ("200床以上", "松本あがた病院", "20-1-01-2017-4", 236, "有", ""),
]
r = H + 2
for i, (band, name, code, beds, ehr, reason) in enumerate(rows, 1):
    for col, v in zip("ABCDEFG", [i, band, name, code, beds, ehr, reason or None]):
        c = ws[f"{col}{r}"]
        c.value = v
        c.border = box
        c.alignment = wrap if col in "CG" else center
    if "\n" in reason:
        ws.row_dimensions[r].height = 30
    r += 1
ws.freeze_panes = "A4"
wb.save(os.path.join(OUT, NAME))
print("saved", NAME, "rows", H + 2, "to", r - 1)

#!/usr/bin/python3
# Generator for hs-w7-a-transposed-quota.xlsx
# Role: 福井県 健康福祉部 地域医療課 (prefecture) filling the 別紙様式 for MHLW on one sheet.
# Layout: `都道府県名：福井県` in one cell; the quota table transposed (bands across columns, 支援枠 row,
# a 選定数 row and a 計 column as formulas saved by openpyxl without cached values); then the selected-hospital
# table with a correctly labelled 記入例 row (to be ignored); 7-digit hospital codes stored as text; 電子カルテ
# as ○; 選定理由 optional, one with a line break. Clean file.
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w7-a-transposed-quota"


def check_digit(s9):
    t = 0
    for i, ch in enumerate(reversed(s9)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        t += d // 10 + d % 10
    return (10 - t % 10) % 10


PREF = "18"
bands = [("20～99床", 3), ("100～299床", 2), ("300床以上", 1)]
hospitals = [
    # gun, number, name, beds, band, reason
    ("01", "0412", "福井中央総合病院", 410, "300床以上", "三次救急医療機関であり、診療停止時の地域医療への影響が大きい"),
    ("03", "0158", "社会医療法人 気比会 敦賀みなと病院", 232, "100～299床", "二次救急（救急告示病院）\n嶺南地域の主要な診療機能を担う"),
    ("04", "0226", "医療法人 丹南会 越前たけふ病院", 150, "100～299床", "立入検査で対策不十分（連絡体制図未整備）"),
    ("07", "0089", "医療法人 誠友会 鯖江北病院", 48, "20～99床", None),
    ("05", "0133", "大野こぶし病院", 85, "20～99床", "へき地医療を担う"),
    ("09", "0071", "医療法人 わかさ会 小浜わかさ病院", 60, "20～99床", None),
]

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="DDDDDD")

for col, w in {"A": 2, "B": 8, "C": 13, "D": 34, "E": 9, "F": 13, "G": 10, "H": 40}.items():
    ws.column_dimensions[col].width = w

ws["H1"] = "別紙様式"
ws["H1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B2:H2")
ws["B2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院の選定について"
ws["B2"].font = Font(size=13, bold=True)
ws["B2"].alignment = center
ws.merge_cells("B4:D4")
ws["B4"] = "都道府県名：福井県"
ws["B4"].font = Font(size=12, bold=True)

ws["B6"] = "１．病床規模別の支援枠"
ws["B6"].font = Font(bold=True)
# transposed quota table: B=row label, C..E = bands, F = 計
ws.merge_cells("B7:C7")
ws.merge_cells("B8:C8")
ws.merge_cells("B9:C9")
ws["B7"] = "病床規模"
ws["B8"] = "支援枠"
ws["B9"] = "選定数"
cols = ["D", "E", "F"]
ws.column_dimensions["D"].width = 34
for (band, q), col in zip(bands, cols):
    ws[f"{col}7"] = band
    ws[f"{col}8"] = q
    ws[f"{col}9"] = f'=COUNTIF($F$15:$F$40,{col}7)'
ws["G7"] = "計"
ws["G8"] = "=SUM(D8:F8)"
ws["G9"] = "=SUM(D9:F9)"
for r in (7, 8, 9):
    for c in "BCDEFG":
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].alignment = center
    ws[f"B{r}"].fill = grey

ws["B11"] = "２．選定した支援対象病院"
ws["B11"].font = Font(bold=True)
ws["B12"] = "※ 支援枠の数の病院を病床規模別に過不足なく選定してください。医療機関コードは7桁（郡市区番号＋医療機関番号＋検証番号）。"
ws["B12"].font = Font(size=9)
heads = ["No.", "医療機関コード\n（7桁）", "病院名", "病床数", "病床規模区分", "電子カルテ\n導入（○）", "選定理由（任意）"]
for i, h in enumerate(heads):
    c = ws.cell(13, 2 + i, h)
    c.border = box
    c.alignment = center
    c.fill = grey
ws.row_dimensions[13].height = 30
example = ["記入例", "0112345", "○○病院", 150, "100～299床", "○", "救急告示病院"]
for i, v in enumerate(example):
    c = ws.cell(14, 2 + i, v)
    c.border = box
    c.font = Font(italic=True, color="808080")
    c.alignment = center if i != 6 else wrap

written = []
for n, (gun, num, name, beds, band, reason) in enumerate(hospitals, start=1):
    r = 14 + n
    base = PREF + "1" + gun + num
    code10 = base + str(check_digit(base))
    written.append(code10)
    vals = [n, code10[3:], name, beds, band, "○", reason]
    for i, v in enumerate(vals):
        c = ws.cell(r, 2 + i, v)
        c.border = box
        c.alignment = center if i not in (2, 6) else wrap
    ws.cell(r, 3).number_format = "@"
    if reason and "\n" in reason:
        ws.row_dimensions[r].height = 30
for r in range(21, 24):  # empty bordered spare rows
    for c in range(2, 9):
        ws.cell(r, c).border = box

ws["B25"] = "（担当）福井県健康福祉部地域医療課　医療情報担当"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 1
wb.save(os.path.join(HERE, NAME + ".xlsx"))
for h, code in zip(hospitals, written):
    print(code, code[3:], h[2], h[3], h[4])

# Generator for hs-w46-a-one-sheet-quota-above-list.xlsx (hospital-selection, 岡山県; one sheet: header,
# quota table with COUNTIF formulas (no cached values, openpyxl save), then the selected-hospital list).
# run: PYTHONPATH=/tmp/w46srhs_py /usr/bin/python3 hs-w46-a-one-sheet-quota-above-list.py
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hs-w46-a-one-sheet-quota-above-list.xlsx")
wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head = PatternFill("solid", fgColor="FCE4D6")
for col, w in {"A": 6, "B": 16, "C": 34, "D": 10, "E": 14, "F": 12, "G": 44}.items():
    ws.column_dimensions[col].width = w

ws["G1"] = "別紙様式"
ws["G1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A2:G2")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院の選定について（回答）"
ws["A2"].font = Font(bold=True, size=13)
ws["A2"].alignment = Alignment(horizontal="center")

ws.merge_cells("A4:B4")
ws["A4"] = "都道府県名"
ws["C4"] = "岡山県"
ws.merge_cells("A5:B5")
ws["A5"] = "担当部署・連絡先"
ws["C5"] = "保健医療部 医療推進課 医療情報班（内線2461）"
for r in (4, 5):
    for col in range(1, 4):
        ws.cell(r, col).border = box
    ws.cell(r, 1).fill = head

ws["A7"] = "１．病床規模別の支援枠と選定数"
ws["A7"].font = Font(bold=True)
hdr = ["病床規模", "支援枠", "選定数", "過不足"]
ws.merge_cells("A8:B8")
ws["A8"] = hdr[0]
ws["C8"] = hdr[1]; ws["D8"] = hdr[2]; ws["E8"] = hdr[3]
bands = [("20～99床", 4), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]
for i, (b, q) in enumerate(bands):
    r = 9 + i
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 1, b)
    ws.cell(r, 3, q)
    ws.cell(r, 4, f'=COUNTIF($E$17:$E$40,A{r})')
    ws.cell(r, 5, f'=D{r}-C{r}')
ws.merge_cells("A13:B13")
ws["A13"] = "合計"
ws["C13"] = "=SUM(C9:C12)"
ws["D13"] = "=SUM(D9:D12)"
ws["E13"] = "=D13-C13"
for row in ws.iter_rows(min_row=8, max_row=13, min_col=1, max_col=5):
    for c in row:
        c.border = box
        c.alignment = center
for col in range(1, 6):
    ws.cell(8, col).fill = head

ws["A15"] = "２．選定した支援対象病院（病床規模区分ごとに支援枠と同数を記載）"
ws["A15"].font = Font(bold=True)
h2 = ["No.", "医療機関コード", "病院名", "病床数", "病床規模区分", "電子カルテ導入", "選定理由（任意）"]
for i, h in enumerate(h2, start=1):
    c = ws.cell(16, i, h); c.fill = head; c.border = box; c.alignment = center
hosp = [
    ("3310104579", "医療法人 旭川会 岡山東病院", 58, "20～99床", "有", "二次救急（救急告示病院）"),
    ("3310200187", "医療法人社団 吉備の里病院", 42, "20～99床", "有", None),
    ("3311102267", "医療法人 高梁中央病院", 96, "20～99床", "有", "令和5年度立入検査でセキュリティ対策が不十分と思われたため"),
    ("3311500650", "医療法人 真庭さくら病院", 75, "20～99床", "有", "へき地医療を担う地域の中核病院"),
    ("3310302546", "医療法人 水島会 倉敷みずしま病院", 152, "100～199床", "有", "二次救急（病院群輪番制）"),
    ("3310601194", "医療法人 玉野港南病院", 120, "100～199床", "有", None),
    ("3312007127", "医療法人 津山北病院", 189, "100～199床", "有", "立入検査で対策不十分\n（VPN機器の更新未実施）"),
    ("3310512201", "岡山西部総合病院", 310, "200～399床", "有", "地域医療支援病院\n災害拠点病院"),
    ("3310700400", "社会医療法人 笠岡協立病院", 248, "200～399床", "有", "救急等の主要な診療機能を担っており、影響が大きい"),
    ("3310815034", "岡山県南医療センター", 612, "400床以上", "有", "三次救急（救命救急センター）"),
]
for n, h in enumerate(hosp, start=1):
    r = 16 + n
    vals = [n] + list(h)
    for i, v in enumerate(vals, start=1):
        c = ws.cell(r, i, v); c.border = box
        c.alignment = wrap if i in (3, 7) else center
    ws.cell(r, 2).number_format = "@"
    ws.row_dimensions[r].height = 30
dv = DataValidation(type="list", formula1="=$A$9:$A$12", allow_blank=True)
ws.add_data_validation(dv)
dv.add("E17:E40")
dv2 = DataValidation(type="list", formula1='"有,無"', allow_blank=True)
ws.add_data_validation(dv2)
dv2.add("F17:F40")

ws["A28"] = "※ 電子カルテシステムを導入している病院に限る。支援枠の過不足がないよう選定すること。"
ws["A28"].font = Font(size=9)
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "landscape"
wb.save(OUT)
print("saved", OUT)

#!/usr/bin/python3
"""hs-w48-a: prefecture's 別紙様式 on one sheet: 都道府県名, quota table with COUNTIF check column
(openpyxl formulas, no cached values), then the list of selected hospitals. No planted problem."""
import sys, os
sys.path.insert(0, "/tmp/w48lib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hs-w48-a-single-sheet-quota-then-list.xlsx")
wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="E2EFDA")
wrap = Alignment(wrap_text=True, vertical="center")
for col, w in zip("ABCDEFG", [6, 16, 34, 9, 14, 12, 40]):
    ws.column_dimensions[col].width = w

def put(ref, val, bold=False, fill=None, border=True, align=None):
    c = ws[ref]; c.value = val
    c.alignment = align or wrap
    if bold: c.font = Font(bold=True)
    if fill: c.fill = fill
    if border: c.border = box

ws["A1"] = "（別紙様式）"
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」令和6年度 支援対象病院 選定結果"
ws["A2"].font = Font(bold=True, size=13)
put("A4", "都道府県名", bold=True, fill=head); ws.merge_cells("A4:B4")
put("C4", "岡山県")

ws["A6"] = "１　病床規模別の支援枠"; ws["A6"].font = Font(bold=True)
put("A7", "病床規模", bold=True, fill=head); put("B7", None, fill=head); ws.merge_cells("A7:B7")
put("C7", "支援枠（病院数）", bold=True, fill=head)
put("D7", "選定数", bold=True, fill=head)
quotas = [("20～99床", 3), ("100～199床", 2), ("200～399床", 2), ("400床以上", 1)]
for i, (band, q) in enumerate(quotas):
    r = 8 + i
    put(f"A{r}", band); put(f"B{r}", None); ws.merge_cells(f"A{r}:B{r}")
    put(f"C{r}", q, align=Alignment(horizontal="center"))
    put(f"D{r}", f'=COUNTIF($E$17:$E$24,A{r})', align=Alignment(horizontal="center"))
put("A12", "計", bold=True); put("B12", None); ws.merge_cells("A12:B12")
put("C12", "=SUM(C8:C11)", align=Alignment(horizontal="center"))
put("D12", "=SUM(D8:D11)", align=Alignment(horizontal="center"))

ws["A14"] = "２　選定した支援対象病院"; ws["A14"].font = Font(bold=True)
ws["A15"] = "※支援枠の病院数を過不足なく選定すること。選定理由は任意。"
ws["A15"].font = Font(size=9)
for col, lab in zip("ABCDEFG", ["No.", "医療機関コード", "病院名", "病床数", "病床規模区分", "電子カルテ導入", "選定理由"]):
    put(f"{col}16", lab, bold=True, fill=head, align=Alignment(horizontal="center", vertical="center", wrap_text=True))
hospitals = [
    ("3310101286", "岡山きぼう病院", 48, "20～99床", "あり", ""),
    ("3310105121", "医療法人 吉備の里 ひまわり病院", 60, "20～99床", "あり", "立入検査でセキュリティ対策が不十分と思われるため"),
    ("3310202076", "倉敷みずしま記念病院", 92, "20～99床", "あり", ""),
    ("3310303312", "津山城東病院", 150, "100～199床", "あり", "地域の二次救急を担っており、診療停止時の影響が大きいため"),
    ("3310109446", "岡山旭川中央病院", 186, "100～199床", "あり", ""),
    ("3310400886", "玉野港南病院", 230, "200～399床", "あり", "救急告示病院。立入検査で対策不十分と思われるため"),
    ("3310107705", "岡山南部総合病院", 352, "200～399床", "あり", "災害拠点病院"),
    ("3310503127", "備中総合医療センター", 420, "400床以上", "あり", "地域医療支援病院・救命救急センターを有し、地域医療への影響が大きいため"),
]
for i, (code, name, beds, band, ehr, reason) in enumerate(hospitals):
    r = 17 + i
    put(f"A{r}", i + 1, align=Alignment(horizontal="center"))
    put(f"B{r}", code); ws[f"B{r}"].number_format = "@"
    put(f"C{r}", name); put(f"D{r}", beds, align=Alignment(horizontal="right"))
    put(f"E{r}", band); put(f"F{r}", ehr, align=Alignment(horizontal="center"))
    put(f"G{r}", reason or None)
    ws.row_dimensions[r].height = 30
ws["A26"] = "担当：岡山県 医療推進課 医療情報担当"
ws["A26"].font = Font(size=9)
ws.page_setup.orientation = "landscape"
ws.print_area = "A1:G26"
wb.save(OUT)
print("saved", OUT)

#!/usr/bin/env python3
"""hs-w31-a: Shimane prefecture's 別紙様式 on one sheet: header, quota table (with COUNTIF check columns and a
SUM total, saved by openpyxl so formulas have no cached value), then the selected-hospital list below.
Run: PYTHONPATH=/tmp/sr_hs_py /usr/bin/python3 hs-w31-a-quota-table-above-list.py"""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hs-w31-a-quota-table-above-list.xlsx")
FONT = "ＭＳ ゴシック"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
for k, v in {"A": 5, "B": 14, "C": 34, "D": 9, "E": 13, "F": 11, "G": 40}.items():
    ws.column_dimensions[k].width = v

def put(ref, val, size=10.5, bold=False, h="left", wrap=True, fill=None, border=False, fmt=None):
    c = ws[ref]
    c.value = val
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if fill:
        c.fill = fill
    if border:
        c.border = box
    if fmt:
        c.number_format = fmt
    return c

put("G1", "（別紙様式）", h="right")
ws.merge_cells("A2:G2")
put("A2", "「医療機関におけるサイバーセキュリティ確保事業」令和6年度 支援対象病院", size=13, bold=True, h="center")
put("A4", "都道府県名", fill=head, border=True)
ws.merge_cells("A4:B4")
ws["B4"].border = box
put("C4", "島根県", border=True)
put("E4", "担当課", fill=head, border=True)
ws.merge_cells("F4:G4")
put("F4", "島根県健康福祉部医療政策課", border=True)
ws["G4"].border = box
ws.merge_cells("A5:G5")
put("A5", "※ 病床規模別に示された支援枠の数の病院を過不足なく選定すること。支援対象は電子カルテシステムを導入している病院に限る。", size=9)

put("A7", "１．病床規模別の支援枠", bold=True, wrap=False)
for ref, t in (("B8", "病床規模"), ("C8", "支援枠"), ("D8", "選定数"), ("E8", "過不足")):
    put(ref, t, fill=head, border=True, h="center")
quotas = [("20～99床", 4), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]
FIRST, LAST = 17, 40  # list area used by COUNTIF
for i, (band, q) in enumerate(quotas):
    r = 9 + i
    put(f"B{r}", band, border=True, h="center")
    put(f"C{r}", q, border=True, h="center")
    put(f"D{r}", f"=COUNTIF($E${FIRST}:$E${LAST},B{r})", border=True, h="center")
    put(f"E{r}", f"=D{r}-C{r}", border=True, h="center")
put("B13", "計", border=True, h="center", bold=True)
put("C13", "=SUM(C9:C12)", border=True, h="center")
put("D13", "=SUM(D9:D12)", border=True, h="center")
put("E13", "=D13-C13", border=True, h="center")

put("A15", "２．支援対象病院一覧", bold=True, wrap=False)
heads = ["No.", "医療機関コード\n（10桁）", "病院名", "病床数", "病床規模区分", "電子カルテ\n導入（有・無）", "選定理由（任意）"]
for j, t in enumerate(heads):
    put(f"{'ABCDEFG'[j]}16", t, fill=head, border=True, h="center", size=9)
ws.row_dimensions[16].height = 30
hospitals = [
    (3210102459, "松江しんじ湖病院", 312, "200～399床", "有", "地域の救急医療（二次救急）を担う中核病院"),
    ("3210108738", "医療法人 八雲会 八雲台病院", 65, "20～99床", "有", "立入検査でセキュリティ対策が不十分"),
    ("3210203182", "浜田あさひ病院", 148, "100～199床", "有", None),
    ("3210305623", "出雲ひかわ中央病院", 455, "400床以上", "有", "三次救急医療機関・災害拠点病院\n診療停止時の地域医療への影響大"),
    ("3210111070", "医療法人 湖北会 松江北病院", 96, "20～99床", "有", None),
    ("3210402917", "益田みどりが丘病院", 180, "100～199床", "有", "地域の救急医療を担う"),
    ("3210507343", "安来さくら病院", 52, "20～99床", "有", "立入検査で対策不十分（バックアップ未整備）"),
    ("3210601583", "雲南ふるさと病院", "124", "100～199床", "有", None),
    ("3210104190", "松江くにびき病院", 236, "200～399床", "有", "二次救急・地域医療支援病院"),
    ("3210209262", "浜田まるやま病院", 38, "20～99床", "有", None),
]
for i, row in enumerate(hospitals):
    r = FIRST + i
    put(f"A{r}", i + 1, border=True, h="center")
    code, name, beds, band, ehr, reason = row
    put(f"B{r}", code, border=True, h="center", fmt="0" if isinstance(code, int) else "@")
    put(f"C{r}", name, border=True)
    put(f"D{r}", beds, border=True, h="right")
    put(f"E{r}", band, border=True, h="center")
    put(f"F{r}", ehr, border=True, h="center")
    put(f"G{r}", reason, border=True, size=9)
    ws.row_dimensions[r].height = 30 if reason and "\n" in reason else 20
# empty bordered rows left for additions, up to the COUNTIF range end
for r in range(FIRST + len(hospitals), FIRST + len(hospitals) + 3):
    for col in "ABCDEFG":
        ws[f"{col}{r}"].border = box

ws.print_title_rows = "16:16"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save(OUT)
print("wrote", OUT)

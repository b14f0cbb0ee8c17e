#!/usr/bin/python3
# Generator for hs-w10-a-merged-band-groups.xlsx (hospital-selection, clean: no planted problem)
# Role: 岡山県 保健医療部 staff returning the 別紙様式 to MHLW.
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave10/hospital-selection"
NAME = "hs-w10-a-merged-band-groups.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "別紙様式（岡山県）"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
right = Alignment(horizontal="right", vertical="center")
gray = PatternFill("solid", fgColor="F2F2F2")
fb = Font(name="ＭＳ ゴシック", size=10)
fbb = Font(name="ＭＳ ゴシック", size=10, bold=True)

widths = {"A": 2, "B": 13, "C": 5, "D": 12, "E": 34, "F": 9, "G": 11, "H": 40, "I": 2}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

def put(ref, val, font=fb, align=wrap, merge=None, border=False, fill=None):
    c = ws[ref]
    c.value = val; c.font = font; c.alignment = align
    if fill: c.fill = fill
    if merge:
        ws.merge_cells(merge)
    if border:
        cells = [x for row in ws[merge] for x in row] if merge else [c]
        for x in cells:
            x.border = box

put("B1", "（別紙様式）")
put("G1", "提出日：令和6年3月14日", align=right, merge="G1:H1")
put("B2", "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院（令和６年度支援分）",
    font=Font(name="ＭＳ ゴシック", size=12, bold=True), align=center, merge="B2:H2")
ws.row_dimensions[2].height = 24
put("B4", "都道府県名：岡山県", font=fbb, merge="B4:D4", border=True)

# ---- table 1: quota, horizontal (bands across) ----
put("B6", "１　支援枠（国から示された病床規模別の数）", font=fbb, merge="B6:H6")
bands = ["20～99床", "100～199床", "200～399床", "400床以上"]
quotas = [5, 3, 2, 1]
cols = ["D", "E", "F", "G"]
put("B7", "病床規模", align=center, merge="B7:C7", border=True, fill=gray)
put("B8", "支援枠", align=center, merge="B8:C8", border=True, fill=gray)
put("B9", "選定数", align=center, merge="B9:C9", border=True, fill=gray)
for col, b, q in zip(cols, bands, quotas):
    put(f"{col}7", b, align=center, border=True, fill=gray)
    put(f"{col}8", q, align=center, border=True)
put("H7", "計", align=center, border=True, fill=gray)
put("H8", "=SUM(D8:G8)", align=center, border=True)

# ---- table 2: selected hospitals, first column = merged band group label ----
put("B11", "２　選定した支援対象病院", font=fbb, merge="B11:H11")
heads = ["病床規模区分", "No.", "医療機関コード\n（7桁）", "病院名", "病床数", "電子カルテ\n導入（○/×）", "選定理由（任意）"]
for col, h in zip("BCDEFGH", heads):
    put(f"{col}12", h, align=center, border=True, fill=gray)
ws.row_dimensions[12].height = 30

hospitals = {
    "20～99床": [
        ("0112036", "医療法人旭川会　西大寺みどり病院", 58, "地域の二次救急輪番病院"),
        ("0145184", "玉島港南病院", 92, None),
        ("0260041", "美作高原病院", 45, "立入検査においてバックアップ体制が不十分"),
        ("0311521", "備前日生ふれあい病院", 30, None),
        ("0512078", "真庭湯原温泉病院", 76, None),
    ],
    "100～199床": [
        ("0716307", "笠岡みなみ病院", 150, "地域の救急告示病院"),
        ("0820190", "井原中央病院", 199, None),
        ("0904580", "総社東病院", 112, None),
    ],
    "200～399床": [
        ("1133064", "倉敷みなと総合病院", 312, "災害拠点病院"),
        ("1209278", "津山北部医療センター", 200, "地域医療支援病院"),
    ],
    "400床以上": [
        ("0128727", "岡山東部総合医療センター", 455, "救命救急センター\n（診療停止時の地域医療への影響大）"),
    ],
}
r = 13
no = 1
count_cells = {}
for b, col in zip(bands, cols):
    rows = hospitals[b]
    first = r
    for code, name, beds, reason in rows:
        put(f"C{r}", no, align=center, border=True)
        put(f"D{r}", code, align=center, border=True)
        put(f"E{r}", name, border=True)
        put(f"F{r}", beds, align=right, border=True)
        ws[f"F{r}"].number_format = '0"床"'
        put(f"G{r}", "○", align=center, border=True)
        put(f"H{r}", reason, border=True)
        ws.row_dimensions[r].height = 30 if reason and "\n" in reason else 18
        r += 1; no += 1
    put(f"B{first}", b, align=center, merge=(f"B{first}:B{r-1}" if r - 1 > first else None), border=True)
    count_cells[col] = f"=COUNTA(E{first}:E{r-1})"
for col in cols:
    put(f"{col}9", count_cells[col], align=center, border=True)
put("H9", "=SUM(D9:G9)", align=center, border=True)

r += 1
put(f"B{r}", "※ 病床数は令和6年1月1日現在の許可病床数。医療機関コードは都道府県番号(33)・点数表番号(1)を除く7桁。", merge=f"B{r}:H{r}")
put(f"B{r+1}", "※ 電子カルテ導入は県の令和5年度医療機能調査の回答による。", merge=f"B{r+1}:H{r+1}")
put(f"B{r+3}", "【担当】岡山県保健医療部医療推進課　医療情報担当（担当者名・連絡先は送付メールに記載）", merge=f"B{r+3}:H{r+3}")

ws.print_area = f"A1:I{r+3}"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.freeze_panes = None

wb.save(os.path.join(OUT, NAME))
print("wrote", NAME)

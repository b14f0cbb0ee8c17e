#!/usr/bin/python3
# Generator for hs-w10-b-instructions-repeated-header.xlsx (hospital-selection, 2 planted problems)
# Role: 長野県 健康福祉部 staff; workbook with a 記入要領 sheet, a vertical 支援枠 sheet and the hospital list
# printed over two pages with the header row copied by hand at the page break.
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.pagebreak import Break

OUT = "/work/blind/wave10/hospital-selection"
NAME = "hs-w10-b-instructions-repeated-header.xlsx"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head_fill = PatternFill("solid", fgColor="FFF2CC")
ex_fill = PatternFill("solid", fgColor="E7E6E6")
f = Font(name="Meiryo UI", size=10)
fb = Font(name="Meiryo UI", size=10, bold=True)

wb = Workbook()

# ---- sheet 1: 記入要領 ----
ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["A"].width = 100
lines = [
    "【記入要領】支援対象病院の選定（別紙様式）",
    "",
    "１　「支援枠」シートの病床規模別の支援枠は、国の事務連絡（令和6年2月15日）で示された数です（変更不可）。",
    "２　支援枠の数の病院を過不足なく選定してください（調整が必要な場合は3月1日までに国へ相談）。",
    "３　「選定病院」シートには、医療機関コード（10桁）、病院名、病床数、病床規模区分、電子カルテの導入有無を記入。",
    "４　選定理由は任意（例：救急等の主要な診療機能を担う、立入検査で対策不十分と思われる 等）。",
    "５　灰色の行は記入例です。削除せずそのまま提出して差し支えありません。",
    "６　提出期限：令和6年3月15日（金）",
]
for i, t in enumerate(lines, 1):
    ins[f"A{i}"] = t
    ins[f"A{i}"].font = fb if i == 1 else f
    ins[f"A{i}"].alignment = wrap

# ---- sheet 2: 支援枠 (vertical) ----
q = wb.create_sheet("支援枠")
for k, v in {"A": 16, "B": 12, "C": 30}.items():
    q.column_dimensions[k].width = v
q["A1"] = "支援枠（病床規模別）"; q["A1"].font = fb
q["A2"] = "都道府県名"; q["B2"] = "長野県"
for c in ("A2", "B2"):
    q[c].border = box; q[c].font = f
q["A2"].fill = head_fill
for col, h in zip("ABC", ["病床規模", "支援枠", "備考"]):
    q[f"{col}4"] = h; q[f"{col}4"].font = fb; q[f"{col}4"].border = box
    q[f"{col}4"].alignment = center; q[f"{col}4"].fill = head_fill
quota_rows = [("20～99床", 6, None), ("100～199床", 3, None), ("200～499床", 2, None),
              ("500床以上", 1, "国への枠調整相談なし")]
for i, (b, n, note) in enumerate(quota_rows):
    r = 5 + i
    q[f"A{r}"] = b; q[f"B{r}"] = n; q[f"C{r}"] = note
    q[f"B{r}"].number_format = '0"病院"'
    for col in "ABC":
        q[f"{col}{r}"].border = box; q[f"{col}{r}"].font = f
        q[f"{col}{r}"].alignment = center if col != "C" else wrap
q["A9"] = "合計"; q["B9"] = "=SUM(B5:B8)"; q["B9"].number_format = '0"病院"'
for col in "AB":
    q[f"{col}9"].border = box; q[f"{col}9"].font = fb; q[f"{col}9"].alignment = center

# ---- sheet 3: 選定病院 ----
ws = wb.create_sheet("選定病院")
for k, v in {"A": 7, "B": 18, "C": 32, "D": 9, "E": 12, "F": 11, "G": 36, "H": 20}.items():
    ws.column_dimensions[k].width = v
ws["A1"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院一覧"
ws["A1"].font = Font(name="Meiryo UI", size=12, bold=True)
ws.merge_cells("A1:G1")
ws["A2"] = "都道府県名"; ws["B2"] = "長野県"
ws["F2"] = "作成：R6.3.13"
for c in ("A2", "B2"):
    ws[c].border = box; ws[c].font = f
ws["A2"].fill = head_fill

HEAD = ["No.", "医療機関コード", "病院名", "病床数", "病床規模区分", "電子カルテ\n導入", "選定理由（任意）", "県メモ（提出時非表示）"]
def header(r):
    for col, h in zip("ABCDEFGH", HEAD):
        c = ws[f"{col}{r}"]
        c.value = h; c.font = fb; c.alignment = center; c.border = box; c.fill = head_fill
    ws.row_dimensions[r].height = 30

def row(r, vals, fill=None):
    for col, v in zip("ABCDEFGH", vals):
        c = ws[f"{col}{r}"]
        c.value = v; c.font = f; c.border = box
        c.alignment = wrap if col in "CGH" else center
        if fill: c.fill = fill

header(4)
row(5, ["記入例", "20-1-xx-xxxx-x", "○○病院", "150床", "100～199床", "有", "地域の救急告示病院", None], fill=ex_fill)

page1 = [
    (1, "20 1 01 1118 1", "医療法人千曲会　上山田みどり病院", "８５床", "20～99床", "有", None, "保健所推薦"),
    (2, "20-1-02-4406-5", "信濃大町ひまわり病院", "６０床", "20～99床", "有", None, None),
    (3, "20-1-03-7712-1", "木曽福島中央病院", "４８床", "20～99床", "有", "木曽医療圏の二次救急を担う", None),
    (4, "2010450258", "南佐久高原病院", "１０２床", "20～99床", "導入済", None, "R5に増床"),
    (5, "20-1-05-3390-5", "飯綱やまびこ病院", "３９床", "20～99床", "有", None, None),
    (6, "20-1-06-8841-0", "安曇野穂高病院", "９９床", "20～99床", "有", None, None),
]
page2 = [
    (7, "20-1-07-4160-7", "諏訪湖畔病院", "１２０床", "100～199床", "有", None, None),
    (8, "20-1-08-6627-1", "伊那谷中央病院", "１８８床", "100～199床", "有", "立入検査においてパスワード管理等の対策が不十分", "R5立入検査"),
    (9, "20-1-09-1203-4", "上田城南病院", "１５０床", "100～199床", "有", None, None),
    (10, "20-1-10-2259-3", "須坂東病院", "１３５床", "100～199床", "有", None, "市から要望"),
    (11, "20-1-11-0874-9", "松本平総合医療センター", "４２０床", "200～499床", "有", "災害拠点病院", None),
    (12, "20-1-12-3361-2", "飯田南信総合病院", "２７８床", "200～499床", "有", None, None),
    (13, "20-1-13-0045-2", "長野中央市民病院", "６５０床", "500床以上", "有", "救命救急センター・基幹災害拠点病院\n（診療停止時の影響が大きい）", None),
]
r = 6
for v in page1:
    row(r, list(v)); r += 1
ws.row_breaks.append(Break(id=r - 1))   # page 1 ends after the 6th hospital
ws[f"A{r}"] = "（つづき）"; ws[f"A{r}"].font = f
r += 1
header(r)          # header copied by hand at the top of page 2
r += 1
for v in page2:
    row(r, list(v)); ws.row_dimensions[r].height = 32 if v[6] and "\n" in v[6] else 18
    r += 1
ws.column_dimensions["H"].hidden = True

ws.print_area = f"A1:G{r}"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True

wb.active = 2
wb.save(os.path.join(OUT, NAME))
print("wrote", NAME)

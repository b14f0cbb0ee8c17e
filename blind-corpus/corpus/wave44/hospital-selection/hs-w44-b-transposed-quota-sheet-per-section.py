# Generator for hs-w44-b-transposed-quota-sheet-per-section.xlsx
# Prefecture (Tokushima) → MHLW: several sheets (記入要領 / 支援枠 with a transposed quota table /
# 選定病院 list with 7-digit codes and ○/× for 電子カルテ / hidden リスト sheet feeding drop-downs),
# then re-saved by LibreOffice so the COUNTIF/SUM formulas carry cached values.
# Planted: 100～199床 has 4 hospitals for a quota of 3; one selected hospital has no 電子カルテ (×).
import sys, os, subprocess, shutil
sys.path.insert(0, "/tmp/w44sr-pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w44-b-transposed-quota-sheet-per-section"

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="E2EFDA")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)

wb = Workbook()
g = wb.active
g.title = "記入要領"
g.column_dimensions["A"].width = 110
guide = [
    "【記入要領】「医療機関におけるサイバーセキュリティ確保事業」の実施に係る支援対象病院の選定（別紙様式）",
    "１　「支援枠」シートに、国から示された病床規模別の支援枠を転記してください。",
    "２　「選定病院」シートに、支援枠の数の病院を過不足なく記入してください（選定数は自動計算されます）。",
    "３　支援の対象は電子カルテシステムを導入している病院です。電子カルテ欄に導入済みの場合は○を記入してください。",
    "４　医療機関コードは7桁（郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）で記入してください。",
    "５　選定理由は任意です（例：地域における救急等の主要な診療機能を担っている、立入検査等で対策が不十分と思われる）。",
    "提出期限：令和6年3月15日（金）　提出先：厚生労働省医政局参事官付医療情報室",
]
for i, t in enumerate(guide, start=1):
    g.cell(i, 1, t).alignment = Alignment(wrap_text=True)
g["A1"].font = Font(bold=True)

# ---- 支援枠 (transposed quota table: bands across) ----
q = wb.create_sheet("支援枠")
q.column_dimensions["A"].width = 2
q.column_dimensions["B"].width = 12
for col in "CDEFG":
    q.column_dimensions[col].width = 13
q["B1"] = "支援対象病院の選定（別紙様式）"
q["B1"].font = Font(size=13, bold=True)
q["B2"] = "都道府県名：徳島県"
q["B2"].font = Font(size=12, bold=True)
q["E2"] = "提出日：令和6年3月12日"
q["E2"].alignment = Alignment(horizontal="left")
q["B3"] = "担当：徳島県保健福祉部医療政策課　TEL 088-621-2211"
q["B3"].font = Font(size=9)
bands = ["99床以下", "100～199床", "200～499床", "500床以上"]
quota = [4, 3, 2, 1]
q["B5"] = "病床規模"; q["B6"] = "支援枠"; q["B7"] = "選定数"
for j, (b, n) in enumerate(zip(bands, quota)):
    col = 3 + j
    q.cell(5, col, b)
    q.cell(6, col, n)
    L = q.cell(5, col).column_letter
    q.cell(7, col, f"=COUNTIF(選定病院!$B$5:$B$40,{L}5)")
q["G5"] = "計"; q["G6"] = "=SUM(C6:F6)"; q["G7"] = "=SUM(C7:F7)"
for r in (5, 6, 7):
    for c in range(2, 8):
        cell = q.cell(r, c); cell.border = B; cell.alignment = center
        if r == 5 or c == 2:
            cell.fill = hdr
q["B9"] = "※選定数は「選定病院」シートの病床規模区分から自動計算。支援枠と一致していることを確認のこと。"
q["B9"].font = Font(size=9)

# ---- 選定病院 ----
s = wb.create_sheet("選定病院")
for col, w in zip("ABCDEFG", [6, 13, 13, 32, 11, 11, 44]):
    s.column_dimensions[col].width = w
s["A1"] = "選定病院一覧（徳島県）"
s["A1"].font = Font(size=13, bold=True)
s["A2"] = "※医療機関コードは7桁、電子カルテ欄は導入済○"
s["A2"].font = Font(size=9)
heads = ["番号", "病床規模区分", "医療機関コード\n（7桁）", "医療機関名", "許可病床数", "電子カルテ", "選定理由"]
for j, h in enumerate(heads):
    c = s.cell(4, 1 + j, h); c.fill = hdr; c.alignment = center; c.border = B
s.row_dimensions[4].height = 30
rows = [
    ("99床以下", "0102349", "医療法人 眉山会　眉山台病院", 48, "○", None),
    ("99床以下", "0103511", "吉野川リハビリテーション病院", "90", "○", None),
    ("99床以下", "0201174", "鳴門うずしお病院", 60, "×", "立入検査でセキュリティ対策が不十分と思われるため"),  # planted: no EHR
    ("99床以下", "0400636", "阿南つばき病院", 35, "○", None),
    ("100～199床", "0104766", "徳島かちどき病院", 180, "○", "二次救急"),
    ("100～199床", "0202289", "小松島みなと病院", 110, "○", None),
    ("100～199床", "0301461", "美馬西部病院", 150, "○", "西部圏域の救急を担う"),
    ("100～199床", "0106126", "医療法人 新町会　新町川病院", 125, "○", None),   # planted: 4th of a quota of 3
    ("200～499床", "0105995", "徳島県央総合病院", 350, "○", "地域の救急等の主要な診療機能を担っており、診療停止時の影響が大きい"),
    ("200～499床", "0203394", "鳴門中央病院", 240, "○", None),
    ("500床以上", "0500781", "徳島東部医療センター", 620, "○", "三次救急医療機関"),
]
for i, row in enumerate(rows):
    r = 5 + i
    s.cell(r, 1, i + 1)
    for j, v in enumerate(row):
        s.cell(r, 2 + j, v)
    s.cell(r, 3).number_format = "@"
    for c in range(1, 8):
        s.cell(r, c).border = B
        s.cell(r, c).alignment = wrap if c in (4, 7) else center
# empty bordered rows left for more entries
for r in range(5 + len(rows), 20):
    for c in range(1, 8):
        s.cell(r, c).border = B

# ---- hidden list sheet for drop-downs ----
h = wb.create_sheet("リスト")
for i, b in enumerate(bands, start=1):
    h.cell(i, 1, b)
h["B1"] = "○"; h["B2"] = "×"
h.sheet_state = "hidden"
dv1 = DataValidation(type="list", formula1="リスト!$A$1:$A$4", allow_blank=True)
dv2 = DataValidation(type="list", formula1="リスト!$B$1:$B$2", allow_blank=True)
s.add_data_validation(dv1); s.add_data_validation(dv2)
dv1.add("B5:B40"); dv2.add("F5:F40")

wb.active = 1
tmp = os.path.join("/tmp", NAME + ".openpyxl.xlsx")
wb.save(tmp)
outdir = "/tmp/w44hs-lo"
os.makedirs(outdir, exist_ok=True)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, tmp], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".openpyxl.xlsx"), os.path.join(HERE, NAME + ".xlsx"))
print("saved", NAME + ".xlsx")

#!/usr/bin/python3
"""hs-w6-a-shimane-print: 島根県 医療政策課 drawing 別紙様式 as a print-style single sheet.
Quota table (with COUNTIF 選定数 / 過不足 and a 合計 row) above the hospital list; 10-digit codes as numbers;
電子カルテ 有; re-saved by LibreOffice (formula results cached). No planted problem."""
import os, shutil, subprocess
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w6-a-shimane-print"

def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

def code(nine):
    assert len(nine) == 9 and nine[:3] == "321"
    return nine + luhn(nine)

BANDS = [("20～99床", 3), ("100～199床", 2), ("200～399床", 2), ("400床以上", 1)]
HOSP = [  # code9, name, beds, band, ehr, reason
    ("321010123", "島根県立しんじ湖中央病院", 412, "400床以上", "有", "三次救急・災害拠点病院であり、診療停止時の地域医療への影響が大きい"),
    ("321020456", "出雲ひかわ総合病院", 286, "200～399床", "有", "二次救急輪番の中核病院"),
    ("321030211", "浜田あさひ病院", 224, "200～399床", "有", "立入検査においてVPN装置の管理等の対策が不十分と思われるため"),
    ("321110087", "安来港南病院", 158, "100～199床", "有", "地域の救急告示病院（夜間救急の受入れ多数）"),
    ("321040078", "益田高津記念病院", 120, "100～199床", "有", None),
    ("321210044", "医療法人やまびこ会　雲南やまびこ病院", 96, "20～99床", "有", "中山間地域で唯一の救急告示病院"),
    ("321010298", "松江北堀病院", 45, "20～99床", "有", "立入検査においてバックアップ体制が不十分と思われるため"),
    ("321050334", "大田石見銀山病院", 60, "20～99床", "有", None),
]

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
thin = Side(style="thin"); med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
left = Alignment(horizontal="left", vertical="center", wrap_text=True)

widths = {"A": 2, "B": 6, "C": 16, "D": 36, "E": 9, "F": 13, "G": 12, "H": 46, "I": 2}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws["B1"] = "（別紙様式）"
ws.merge_cells("B2:H2")
ws["B2"] = "「医療機関におけるサイバーセキュリティ確保事業」令和6年度支援対象病院の選定結果"
ws["B2"].font = Font(bold=True, size=14); ws["B2"].alignment = center
ws.row_dimensions[2].height = 28
ws["H3"] = "令和6年3月14日提出"
ws["H3"].alignment = Alignment(horizontal="right")

ws.merge_cells("B4:C4"); ws["B4"] = "都道府県名"
ws.merge_cells("D4:E4"); ws["D4"] = "島根県"
for c in ("B4", "C4", "D4", "E4"):
    ws[c].border = box
ws["B4"].fill = hdr_fill; ws["B4"].alignment = center; ws["D4"].alignment = center
ws["F4"] = "担当：健康福祉部医療政策課　医療情報G（内線 2345）"

ws["B6"] = "１．病床規模別の支援枠と選定数"; ws["B6"].font = Font(bold=True)
ws.merge_cells("B7:C7"); ws["B7"] = "病床規模"
ws["D7"] = "支援枠（病院数）"; ws["E7"] = "選定数"; ws["F7"] = "過不足"
for c in ("B7", "C7", "D7", "E7", "F7"):
    ws[c].fill = hdr_fill; ws[c].alignment = center; ws[c].border = box
first_h, last_h = 16, 16 + len(HOSP) - 1
r = 8
for band, q in BANDS:
    ws.merge_cells(f"B{r}:C{r}")
    ws[f"B{r}"] = band
    ws[f"D{r}"] = q
    ws[f"E{r}"] = f'=COUNTIF($F${first_h}:$F${last_h},B{r})'
    ws[f"F{r}"] = f"=E{r}-D{r}"
    for c in "BCDEF":
        ws[f"{c}{r}"].border = box; ws[f"{c}{r}"].alignment = center
    r += 1
ws.merge_cells(f"B{r}:C{r}"); ws[f"B{r}"] = "合計"
ws[f"D{r}"] = f"=SUM(D8:D{r-1})"; ws[f"E{r}"] = f"=SUM(E8:E{r-1})"; ws[f"F{r}"] = f"=E{r}-D{r}"
for c in "BCDEF":
    ws[f"{c}{r}"].border = box; ws[f"{c}{r}"].alignment = center; ws[f"{c}{r}"].font = Font(bold=True)

ws["B14"] = "２．支援対象病院一覧"; ws["B14"].font = Font(bold=True)
heads = ["No.", "医療機関コード\n（10桁）", "病院名", "病床数", "病床規模区分", "電子カルテ導入\n（有・無）", "選定理由（任意）"]
for i, h in enumerate(heads):
    c = ws.cell(row=15, column=2 + i, value=h)
    c.fill = hdr_fill; c.alignment = center; c.border = box
ws.row_dimensions[15].height = 32
for n, (c9, name, beds, band, ehr, reason) in enumerate(HOSP, start=1):
    rr = 15 + n
    ws.cell(rr, 2, n)
    cc = ws.cell(rr, 3, int(code(c9))); cc.number_format = "0"
    ws.cell(rr, 4, name)
    ws.cell(rr, 5, beds)
    ws.cell(rr, 6, band)
    ws.cell(rr, 7, ehr)
    ws.cell(rr, 8, reason)
    for col in range(2, 9):
        ws.cell(rr, col).border = box
        ws.cell(rr, col).alignment = left if col in (4, 8) else center
ws[f"B{last_h+2}"] = "※ 各病床規模の支援枠の数と選定数が一致していること（過不足なく選定）を確認の上、提出してください。"
ws[f"B{last_h+3}"] = "※ 支援対象は電子カルテシステムを導入している病院に限ります。"
ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
ws.print_area = f"A1:I{last_h+3}"

tmp = os.path.join(HERE, "_tmp_" + NAME)
os.makedirs(tmp, exist_ok=True)
raw = os.path.join(tmp, NAME + ".xlsx")
wb.save(raw)
subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo", "--headless", "--convert-to", "xlsx",
                "--outdir", HERE, raw], check=True, capture_output=True)
shutil.rmtree(tmp)
print("wrote", os.path.join(HERE, NAME + ".xlsx"))
for c9, name, *_ in HOSP:
    print(code(c9), name)

#!/usr/bin/env python3
"""Generator: hs-w29-a-single-sheet-quota-then-list.xlsx
Prefecture (岡山県) office: one sheet 別紙様式 — title, 都道府県名, quota table with COUNTIF check columns
(formulas, no cached values: saved by openpyxl), then the list of selected hospitals."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave29/hospital-selection"
NAME = "hs-w29-a-single-sheet-quota-then-list.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head = PatternFill("solid", fgColor="E2EFDA")

for col, w in {"A": 5, "B": 16, "C": 34, "D": 9, "E": 13, "F": 10, "G": 44}.items():
    ws.column_dimensions[col].width = w

ws["G1"] = "（別紙様式）"
ws["G1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A2:G2")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」令和6年度支援対象病院　選定結果"
ws["A2"].font = Font(bold=True, size=13)
ws["A2"].alignment = center

ws.merge_cells("A4:B4")
ws["A4"] = "都道府県名"
ws["A4"].fill = head
ws["A4"].alignment = center
ws["C4"] = "岡山県"
for c in ("A4", "B4", "C4"):
    ws[c].border = box
ws["E4"] = "担当："
ws["F4"] = "保健医療部医療推進課　医療情報G"

# quota table
ws["A6"] = "１．病床規模別の支援枠"
ws["A6"].font = Font(bold=True)
QH = 7
for col, t in zip("BCDE", ["病床規模", "支援枠（病院数）", "選定数", "過不足"]):
    ws[f"{col}{QH}"] = t
quotas = [("20～99床", 4), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]
LIST_FIRST, LIST_LAST = 17, 26
r = QH + 1
for band, q in quotas:
    ws[f"B{r}"] = band
    ws[f"C{r}"] = q
    ws[f"D{r}"] = f'=COUNTIF($E${LIST_FIRST}:$E${LIST_LAST},B{r})'
    ws[f"E{r}"] = f"=D{r}-C{r}"
    r += 1
ws[f"B{r}"] = "合計"
ws[f"C{r}"] = f"=SUM(C{QH+1}:C{r-1})"
ws[f"D{r}"] = f"=SUM(D{QH+1}:D{r-1})"
ws[f"E{r}"] = f"=D{r}-C{r}"
for row in ws.iter_rows(min_row=QH, max_row=r, min_col=2, max_col=5):
    for c in row:
        c.border = box
        c.alignment = center
for col in "BCDE":
    ws[f"{col}{QH}"].fill = head
QTOTAL = r

ws["A14"] = "２．支援対象病院一覧"
ws["A14"].font = Font(bold=True)
ws["A15"] = "※病床規模区分は上表の区分を記入。選定理由は任意。"
ws["A15"].font = Font(size=9)
LH = 16
for col, t in zip("ABCDEFG", ["No.", "医療機関コード", "病院名", "病床数", "病床規模区分", "電子カルテ導入", "選定理由"]):
    ws[f"{col}{LH}"] = t
    ws[f"{col}{LH}"].fill = head
    ws[f"{col}{LH}"].alignment = center
    ws[f"{col}{LH}"].border = box

hospitals = [
    ("3310110188", "岡山中央医療センター", 452, "400床以上", "○", "三次救急・災害拠点病院であり、診療停止時の地域医療への影響が大きい"),
    ("3310122068", "医療法人 旭川会 旭川記念病院", 318, "200～399床", "○", "二次救急輪番の中核"),
    ("3310304575", "倉敷港南総合病院", 265, "200～399床", "○", "地域医療支援病院\n救急搬送受入件数が県南西部で上位"),
    ("3310502335", "社会医療法人 吉備の里会 きびの里病院", 187, "100～199床", "○", "令和5年度立入検査でセキュリティ対策が不十分と思われた"),
    ("3310115526", "岡山東部リハビリテーション病院", 160, "100～199床", "○", ""),
    ("3310211804", "医療法人 笠岡湾会 笠岡湾岸病院", 120, "100～199床", "○", "へき地医療拠点病院"),
    ("3310126697", "医療法人 後楽会 後楽園前病院", 96, "20～99床", "○", "外部接続（遠隔読影）の回線が多い"),
    ("3310703149", "津山北部病院", 78, "20～99床", "○", "地域で唯一の救急告示病院"),
    ("3310200286", "玉野みなと病院", 52, "20～99床", "○", "立入検査で対策不十分（バックアップ未整備）"),
    ("3311004117", "医療法人 高梁川会 高梁やすらぎ病院", 45, "20～99床", "○", ""),
]
r = LIST_FIRST
for i, (code, name, beds, band, ehr, reason) in enumerate(hospitals, 1):
    vals = [i, code, name, beds, band, ehr, reason or None]
    for col, v in zip("ABCDEFG", vals):
        c = ws[f"{col}{r}"]
        c.value = v
        c.border = box
        c.alignment = wrap if col in "CG" else center
    ws[f"B{r}"].number_format = "@"
    if reason and "\n" in reason:
        ws.row_dimensions[r].height = 30
    r += 1
assert r - 1 == LIST_LAST
ws[f"A{r+1}"] = "※電子カルテ導入欄は、導入済みの場合「○」を記入。"
ws[f"A{r+1}"].font = Font(size=9)
ws.page_setup.orientation = "landscape"
wb.save(os.path.join(OUT, NAME))
print("saved", NAME, "quota total row", QTOTAL)

# Generator for hs-w36-a-single-sheet-quota-then-list.xlsx
# Run: PYTHONPATH=/tmp/sr_hs_py /usr/bin/python3 hs-w36-a-single-sheet-quota-then-list.py
# Saved by openpyxl: the COUNTIF / difference formulas have no cached value.
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hs-w36-a-single-sheet-quota-then-list.xlsx")
wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="D9D9D9")
c_al = Alignment(horizontal="center", vertical="center", wrap_text=True)
w_al = Alignment(vertical="center", wrap_text=True)

widths = {"A": 2, "B": 5, "C": 15, "D": 34, "E": 9, "F": 13, "G": 11, "H": 46}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws["H1"] = "（別紙様式）"
ws["H1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B2:H2")
ws["B2"] = "「医療機関におけるサイバーセキュリティ確保事業」令和6年度支援対象病院 選定結果"
ws["B2"].font = Font(bold=True, size=14)
ws["B2"].alignment = c_al
ws.merge_cells("B4:D4")
ws["B4"] = "都道府県名：静岡県"
ws["B4"].font = Font(bold=True, size=12)
ws.merge_cells("F4:H4")
ws["F4"] = "担当：健康福祉部医療局 医療政策課"
ws["F4"].alignment = Alignment(horizontal="right")

# --- 1 支援枠 ---
ws["B6"] = "１．病床規模別の支援枠"
ws["B6"].font = Font(bold=True)
ws.merge_cells("B7:C7")
ws["B7"] = "病床規模"
ws["D7"] = "支援枠（病院数）"
ws["E7"] = "選定数"
ws["F7"] = "過不足"
for c in ("B7", "C7", "D7", "E7", "F7"):
    ws[c].fill = hdr
    ws[c].border = box
    ws[c].alignment = c_al
quotas = [("20～99床", 3), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]
r = 8
LIST_FIRST, LIST_LAST = 16, 24
for band, q in quotas:
    ws.merge_cells(f"B{r}:C{r}")
    ws[f"B{r}"] = band
    ws[f"D{r}"] = q
    ws[f"E{r}"] = f'=COUNTIF($F${LIST_FIRST}:$F${LIST_LAST},B{r})'
    ws[f"F{r}"] = f"=E{r}-D{r}"
    for c in ("B", "C", "D", "E", "F"):
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].alignment = c_al
    r += 1
ws.merge_cells(f"B{r}:C{r}")
ws[f"B{r}"] = "合計"
ws[f"D{r}"] = "=SUM(D8:D11)"
ws[f"E{r}"] = "=SUM(E8:E11)"
ws[f"F{r}"] = f"=E{r}-D{r}"
for c in ("B", "C", "D", "E", "F"):
    ws[f"{c}{r}"].border = box
    ws[f"{c}{r}"].alignment = c_al
    ws[f"{c}{r}"].font = Font(bold=True)

# --- 2 選定病院 ---
ws["B14"] = "２．選定した支援対象病院"
ws["B14"].font = Font(bold=True)
heads = ["No.", "医療機関コード\n（10桁）", "病院名", "病床数", "病床規模区分", "電子カルテ\n導入", "選定理由（任意）"]
for i, h in enumerate(heads):
    c = ws.cell(row=15, column=2 + i, value=h)
    c.fill = hdr
    c.border = box
    c.alignment = c_al
ws.row_dimensions[15].height = 32
rows = [
    ("2210101537", "医療法人 富士見会 富士見台病院", 68, "20～99床", "有", ""),
    ("2210304271", "医療法人社団 駿河会 清水港南病院", 92, "20～99床", "有", "立入検査で対策不十分（バックアップ体制未整備）"),
    ("2210211849", "医療法人 安倍川会 あべ川リハビリテーション病院", 45, "20～99床", "有", ""),
    ("2210522104", "社会医療法人 遠州会 浜松東病院", 180, "100～199床", "有", "二次救急を担い、地域医療への影響が大きい"),
    ("2210600819", "医療法人 伊豆温泉会 伊東なぎさ病院", "152", "100～199床", "有", ""),
    ("2210407199", "医療法人 大井川会 島田みどり病院", 120, "100～199床", "有", "立入検査で対策不十分"),
    ("2210703365", "沼津中央医療センター", 312, "200～399床", "有", "救急告示病院・災害拠点病院"),
    ("2211205626", "富士宮総合病院", 245, "200～399床", "有", "地域周産期母子医療センター"),
    ("2210900458", "県立東部総合医療センター", 586, "400床以上", "有", "三次救急（救命救急センター）を担い、診療停止時の影響が極めて大きい"),
]
r = 16
for n, row in enumerate(rows, 1):
    vals = [n] + list(row)
    for i, v in enumerate(vals):
        c = ws.cell(row=r, column=2 + i, value=(v if v != "" else None))
        c.border = box
        c.alignment = c_al if i in (0, 1, 3, 4, 5) else w_al
    ws.cell(row=r, column=3).number_format = "@"
    if isinstance(row[2], str):
        ws.cell(row=r, column=5).number_format = "@"
    r += 1
assert r - 1 == LIST_LAST
ws[f"B{r+1}"] = "※ 病床数は許可病床数（令和6年1月1日現在）。電子カルテ導入は令和5年度病床機能報告等により確認。"
ws[f"B{r+1}"].font = Font(size=9)
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
wb.save(OUT)
print("saved", OUT)

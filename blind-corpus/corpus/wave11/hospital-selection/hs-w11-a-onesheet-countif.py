# Generator for hs-w11-a-onesheet-countif.xlsx
# Role: 岡山県 医療推進課の担当者. One sheet 別紙様式: header (都道府県名, 提出日), the quota table with
# COUNTIF 選定数 / 過不足 formulas (saved by openpyxl: no cached values), then the list of selected hospitals.
# 医療機関コード pasted from the 医療機関名簿 as numbers. Planted: one band over its quota, one hospital without 電子カルテ.
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave11/hospital-selection"
NAME = "hs-w11-a-onesheet-countif.xlsx"


def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)


def code10(pref, gun, num):
    nine = f"{pref}1{gun}{num}"
    return nine + luhn(nine)


PREF = "33"
quotas = [("20～99床", 3), ("100～199床", 4), ("200～399床", 2), ("400床以上", 1)]
hospitals = [
    # gun, num, name, beds, band, ehr, reason
    ("01", "0123", "岡山東部記念病院", 58, "20～99床", "あり", "救急告示病院（二次救急）"),
    ("04", "0571", "備前ひまわり病院", 42, "20～99床", "なし", "立入検査でセキュリティ対策が不十分"),
    ("12", "0233", "高梁中央病院", 96, "20～99床", "あり", None),
    ("02", "1045", "倉敷みずしま病院", 148, "100～199床", "あり", "二次救急・災害時の後方支援"),
    ("03", "0388", "津山さくら病院", 120, "100～199床", "あり", "美作圏域の中核病院"),
    ("01", "2210", "岡山旭川病院", 199, "100～199床", "あり", None),
    ("06", "0419", "玉野港南病院", 163, "100～199床", "あり", "立入検査（令和5年度）でバックアップ体制が不十分"),
    ("09", "0125", "総社リバーサイド病院", 104, "100～199床", "あり", None),
    ("02", "0007", "倉敷西総合病院", 312, "200～399床", "あり", "地域医療支援病院・二次救急"),
    ("05", "0661", "笠岡ベイ総合病院", 228, "200～399床", "あり", "災害拠点病院"),
    ("01", "0002", "岡山県南医療センター", 645, "400床以上", "あり", "三次救急（救命救急センター）"),
]

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
f = Font(name="ＭＳ Ｐゴシック", size=11)
fb = Font(name="ＭＳ Ｐゴシック", size=11, bold=True)
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
left = Alignment(horizontal="left", vertical="center", wrap_text=True)

for col, w in {"A": 2, "B": 14, "C": 16, "D": 26, "E": 14, "F": 14, "G": 16, "H": 40}.items():
    ws.column_dimensions[col].width = w

ws["H1"] = "（別紙様式）"
ws["H1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B2:H2")
ws["B2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院の選定について"
ws["B2"].font = Font(name="ＭＳ Ｐゴシック", size=14, bold=True)
ws["B2"].alignment = Alignment(horizontal="center")

ws["B4"] = "都道府県名"
ws["C4"] = "岡山県"
ws["G4"] = "提出日"
ws["H4"] = "令和6年3月14日"
ws["G5"] = "担当"
ws["H5"] = "保健医療部 医療推進課 医療情報班（内線 2711）"
for c in ("B4", "G4", "G5"):
    ws[c].font = fb
    ws[c].fill = hdr_fill
    ws[c].border = box
for c in ("C4", "H4", "H5"):
    ws[c].font = f
    ws[c].border = box

ws["B7"] = "１．病床規模別の支援枠"
ws["B7"].font = fb
for j, h in enumerate(["病床規模", "支援枠", "選定数", "過不足"], start=2):
    c = ws.cell(row=8, column=j, value=h)
    c.font = fb
    c.fill = hdr_fill
    c.border = box
    c.alignment = center

LIST_TOP = 17
LIST_BOTTOM = LIST_TOP + 29
r = 9
for band, q in quotas:
    ws.cell(row=r, column=2, value=band)
    ws.cell(row=r, column=3, value=q)
    ws.cell(row=r, column=4, value=f"=COUNTIF($F${LIST_TOP}:$F${LIST_BOTTOM},B{r})")
    ws.cell(row=r, column=5, value=f"=D{r}-C{r}")
    for j in range(2, 6):
        ws.cell(row=r, column=j).border = box
        ws.cell(row=r, column=j).font = f
        ws.cell(row=r, column=j).alignment = center
    r += 1
ws.cell(row=r, column=2, value="合計")
ws.cell(row=r, column=3, value=f"=SUM(C9:C{r - 1})")
ws.cell(row=r, column=4, value=f"=SUM(D9:D{r - 1})")
ws.cell(row=r, column=5, value=f"=D{r}-C{r}")
for j in range(2, 6):
    ws.cell(row=r, column=j).border = box
    ws.cell(row=r, column=j).font = fb
    ws.cell(row=r, column=j).alignment = center

ws["B15"] = "２．選定した病院（支援枠の数を過不足なく選定）"
ws["B15"].font = fb
heads = ["No.", "医療機関コード\n（10桁）", "病院名", "病床数\n（許可病床）", "病床規模区分",
         "電子カルテ導入\n（あり・なし）", "選定理由（任意）"]
for j, h in enumerate(heads, start=2):
    c = ws.cell(row=16, column=j, value=h)
    c.font = fb
    c.fill = hdr_fill
    c.border = box
    c.alignment = center
ws.row_dimensions[16].height = 32

r = LIST_TOP
for i, (gun, num, name, beds, band, ehr, reason) in enumerate(hospitals, start=1):
    vals = [i, int(code10(PREF, gun, num)), name, beds, band, ehr, reason]
    for j, v in enumerate(vals, start=2):
        c = ws.cell(row=r, column=j, value=v)
        c.font = f
        c.border = box
        c.alignment = left if j in (4, 8) else center
    ws.cell(row=r, column=3).number_format = "0"
    r += 1
# a few empty bordered rows left for more hospitals
for rr in range(r, r + 3):
    for j in range(2, 9):
        ws.cell(row=rr, column=j).border = box

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0


wb.save(os.path.join(OUT, NAME))
for i, h in enumerate(hospitals):
    print(LIST_TOP + i, code10(PREF, h[0], h[1]), h[2])

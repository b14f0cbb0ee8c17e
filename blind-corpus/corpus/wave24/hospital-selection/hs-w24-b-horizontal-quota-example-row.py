#!/usr/bin/python3
"""別紙様式 drawn by 秋田県 医務薬事課: 記入要領 sheet first; 選定病院一覧 sheet with label-left header,
quota table laid out horizontally (bands across columns, 支援枠 / 選定数 rows), a grey labelled 記入例 row above
the list, ○/× for 電子カルテ, hidden リスト sheet feeding drop-downs. Re-saved by LibreOffice.
Planted: 100～299床 has 4 hospitals for a quota of 3; one hospital marked × (no 電子カルテ)."""
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w24-b-horizontal-quota-example-row.xlsx"
OUT = os.path.join(HERE, NAME)

wb = Workbook()
g = wb.active
g.title = "記入要領"
for i, t in enumerate([
    "記入要領",
    "・病床規模別の支援枠の数の病院を過不足なく選定してください（厚生労働省 令和6年2月15日付事務連絡）。",
    "・支援の対象は電子カルテシステムを導入している病院です。「電子カルテ」欄は導入済みなら○を記入してください。",
    "・医療機関コードは10桁（都道府県番号05から）で記入してください。",
    "・病床数は許可病床数を記入し、病床規模区分はプルダウンから選択してください。",
    "・選定理由は任意です（例：地域における救急等の主要な診療機能を担う、立入検査等で対策が不十分 等）。",
    "・灰色の記入例の行は消さずにそのまま提出して差し支えありません。",
    "・提出期限：令和6年3月15日（金）",
], start=1):
    g.cell(row=i, column=1, value=t).font = Font(name="ＭＳ Ｐゴシック", size=11, bold=(i == 1))
g.column_dimensions["A"].width = 100

ws = wb.create_sheet("選定病院一覧")
lst = wb.create_sheet("リスト")
bands = [("100床未満", 5), ("100～299床", 3), ("300床以上", 2)]
for i, (b, _) in enumerate(bands, start=1):
    lst.cell(row=i, column=1, value=b)
lst["B1"], lst["B2"] = "○", "×"
lst.sheet_state = "hidden"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hfill = PatternFill("solid", fgColor="FCE4D6")
grey = PatternFill("solid", fgColor="D9D9D9")
font = "ＭＳ Ｐゴシック"
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
for col, w in zip("ABCDEFG", (9, 15, 32, 11, 13, 10, 42)):
    ws.column_dimensions[col].width = w

def put(ref, v, bold=False, align=wrap, fill=None, border=False, size=11, color=None):
    c = ws[ref]
    c.value = v
    c.font = Font(name=font, size=size, bold=bold, color=color)
    c.alignment = align
    if fill: c.fill = fill
    if border: c.border = box
    return c

ws.merge_cells("A1:G1")
put("A1", "支援対象病院一覧（別紙様式）　医療機関におけるサイバーセキュリティ確保事業", bold=True, size=13, align=center)
for r, lab, val in ((3, "都道府県名", "秋田県"), (4, "担当部署", "健康福祉部 医務薬事課"), (5, "電話番号", "018-860-1405")):
    put(f"A{r}", lab, fill=hfill, border=True)
    ws.merge_cells(f"B{r}:C{r}")
    put(f"B{r}", val, border=True)
    ws[f"C{r}"].border = box

put("A7", "【病床規模別 支援枠】", bold=True)
put("A8", "病床規模", fill=hfill, border=True, align=center)
put("A9", "支援枠", fill=hfill, border=True, align=center)
put("A10", "選定数", fill=hfill, border=True, align=center)
FIRST, LAST = 14, 40
cols = "BCD"
for col, (b, q) in zip(cols, bands):
    put(f"{col}8", b, border=True, align=center, bold=True)
    put(f"{col}9", q, border=True, align=center)
    put(f"{col}10", f"=COUNTIF($E${FIRST}:$E${LAST},{col}8)", border=True, align=center)
put("E8", "計", border=True, align=center, bold=True)
put("E9", "=SUM(B9:D9)", border=True, align=center)
put("E10", "=SUM(B10:D10)", border=True, align=center)

for col, t in zip("ABCDEFG", ("No.", "医療機関コード", "医療機関名", "許可病床数", "病床規模区分", "電子カルテ", "選定理由（任意）")):
    put(f"{col}12", t, fill=hfill, border=True, align=center, bold=True)
ex = ("記入例", "0512345678", "○○病院", 150, "100～299床", "○", "地域の救急医療を担う（救急告示病院）")
for col, v in zip("ABCDEFG", ex):
    put(f"{col}13", v, fill=grey, border=True, align=center if col not in "CG" else wrap, color="595959")

hosp = [
    ("0510101231", "医療法人 仁泉会 秋田川反病院", 85, "100床未満", "○", "立入検査でセキュリティ対策が不十分と判断"),
    ("0510202344", "医療法人 明徳会 能代みなと病院", 60, "100床未満", "○", None),
    ("0510303456", "横手よつば病院", "88", "100床未満", "○", None),
    ("0510404569", "医療法人 大曲ひまわり病院", 42, "100床未満", "×", "地域の二次救急輪番に参加"),
    ("0510505670", "鹿角たかだ病院", 99, "100床未満", "○", "地域で唯一の救急告示病院"),
    ("0510606783", "湯沢中央病院", 180, "100～299床", "○", "二次救急輪番"),
    ("0510107899", "秋田北部総合病院", 250, "100～299床", "○", "災害拠点病院"),
    ("0510208911", "由利本荘あおば病院", 120, "100～299床", "○", None),
    ("0510309123", "男鹿はまなす病院", 160, "100～299床", "○", "立入検査で対策不十分"),
    ("0510701352", "秋田県央医療センター", 450, "300床以上", "○", "救命救急センター、災害拠点病院"),
    ("0510802465", "北秋田中央病院", 320, "300床以上", "○", "地域医療支援病院"),
]
for i, row in enumerate(hosp):
    r = FIRST + i
    put(f"A{r}", i + 1, border=True, align=center)
    for col, v in zip("BCDEFG", row):
        put(f"{col}{r}", v, border=True, align=center if col not in "CG" else wrap)
for r in range(FIRST + len(hosp), FIRST + len(hosp) + 4):
    for col in "ABCDEFG":
        ws[f"{col}{r}"].border = box

dv1 = DataValidation(type="list", formula1="リスト!$A$1:$A$3", allow_blank=True)
dv2 = DataValidation(type="list", formula1="リスト!$B$1:$B$2", allow_blank=True)
ws.add_data_validation(dv1)
ws.add_data_validation(dv2)
dv1.add(f"E{FIRST}:E{LAST}")
dv2.add(f"F{FIRST}:F{LAST}")

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.active = 1

tmpdir = tempfile.mkdtemp()
tmp = os.path.join(tmpdir, NAME)
wb.save(tmp)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, tmp], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmpdir)
print("saved (LibreOffice re-save)", OUT)

# Generator: hs-w41-a-quota-top-single-sheet.xlsx
# Okayama prefecture 医療推進課 answer to MHLW: one sheet, 都道府県名 header, quota table on top with
# COUNTIF check column (formulas left uncached: saved by openpyxl only), selected hospitals below.
import sys, os
sys.path.insert(0, "/tmp/sr_hs_pylib")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = "/work/blind/wave41/hospital-selection"
NAME = "hs-w41-a-quota-top-single-sheet.xlsx"

def cd(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

BANDS = [("20～99床", 3), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]
HOSP = [  # 9-digit stem, name, beds, band, ehr mark, reason
    ("331010123", "医療法人　旭川会　旭川東病院", 48, "20～99床", "○", "立入検査においてセキュリティ対策が不十分と思われるため"),
    ("331050567", "医療法人社団　吉備の里病院", 72, "20～99床", "○", None),
    ("331150044", "医療法人　高梁川会　新見中央病院", 95, "20～99床", "○", "へき地医療拠点病院"),
    ("331010456", "医療法人　操山会　岡山操山病院", 150, "100～199床", "○", "二次救急（救急告示病院）"),
    ("331020789", "医療法人　児島会　倉敷児島中央病院", 128, "100～199床", "○", None),
    ("331060218", "社会医療法人　美作会　津山みどりが丘病院", 199, "100～199床", "○", "県北地域の救急医療を担っている"),
    ("331030234", "社会医療法人　備前会　玉野港湾病院", 312, "200～399床", "○", "二次救急、災害拠点病院"),
    ("331080312", "総社吉備路総合病院", 254, "200～399床", "○", "立入検査で対策不十分（パスワード管理）"),
    ("331010901", "独立行政法人　岡山中央医療センター", 610, "400床以上", "○", "三次救急、災害拠点病院"),
]

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdrfill = PatternFill("solid", fgColor="DDEBF7")
ft = lambda b=False, sz=11: Font(name="ＭＳ Ｐゴシック", size=sz, bold=b)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
for col, w in zip("ABCDEFG", [6, 16, 36, 10, 14, 12, 40]):
    ws.column_dimensions[col].width = w

ws["G1"] = "（別紙様式）"; ws["G1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A2:G2")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院の選定について（回答）"
ws["A2"].font = ft(True, 14); ws["A2"].alignment = center
ws.row_dimensions[2].height = 28

ws["B4"] = "都道府県名"; ws["C4"] = "岡山県"
for c in ("B4", "C4"): ws[c].border = B; ws[c].font = ft(True)
ws["B4"].fill = hdrfill; ws["B4"].alignment = center
ws["E4"] = "担当：保健医療部医療推進課　医療情報班"; ws["E4"].font = ft(False, 9)

ws["A6"] = "１　支援枠"; ws["A6"].font = ft(True)
for j, h in enumerate(["病床規模", "支援枠", "選定数"]):
    c = ws.cell(7, 2 + j, h); c.font = ft(True); c.fill = hdrfill; c.alignment = center; c.border = B
first, last = 17, 17 + len(HOSP) - 1
for i, (band, q) in enumerate(BANDS):
    r = 8 + i
    ws.cell(r, 2, band); ws.cell(r, 3, q)
    ws.cell(r, 4, f'=COUNTIF($E${first}:$E${last + 10},B{r})')
    for cc in range(2, 5):
        ws.cell(r, cc).border = B; ws.cell(r, cc).alignment = center
r = 8 + len(BANDS)
ws.cell(r, 2, "合計"); ws.cell(r, 3, f"=SUM(C8:C{r - 1})"); ws.cell(r, 4, f"=SUM(D8:D{r - 1})")
for cc in range(2, 5):
    ws.cell(r, cc).border = B; ws.cell(r, cc).alignment = center; ws.cell(r, cc).font = ft(True)

ws["A14"] = "２　選定した支援対象病院"; ws["A14"].font = ft(True)
ws["A15"] = "※支援枠の数の病院を過不足なく記入。電子カルテ導入欄は導入済みの場合○。"; ws["A15"].font = ft(False, 9)
hdr = ["No.", "医療機関コード\n（10桁）", "病院名", "病床数", "病床規模区分", "電子カルテ\n導入", "選定理由（任意）"]
for j, h in enumerate(hdr):
    c = ws.cell(16, 1 + j, h); c.font = ft(True); c.fill = hdrfill; c.alignment = center; c.border = B
ws.row_dimensions[16].height = 32
for i, (stem, name, beds, band, ehr, reason) in enumerate(HOSP):
    r = first + i
    vals = [i + 1, stem + cd(stem), name, beds, band, ehr, reason]
    for j, v in enumerate(vals):
        c = ws.cell(r, 1 + j, v); c.border = B
        c.alignment = wrap if j in (2, 6) else center
    ws.cell(r, 2).number_format = "@"
    ws.row_dimensions[r].height = 22
for r in range(last + 1, last + 4):  # spare empty bordered rows
    for cc in range(1, 8): ws.cell(r, cc).border = B

ws.print_title_rows = "16:16"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
wb.save(os.path.join(OUT, NAME))
print("saved", NAME)

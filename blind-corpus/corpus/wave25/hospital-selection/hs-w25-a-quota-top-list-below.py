# Generator: hospital-selection, workbook a (no planted problem).
# Role: 岡山県 保健医療部 医療推進課 staff fills the MHLW 別紙様式 as drawn in-house:
# one sheet, title block, 都道府県名 label-left, quota table (with COUNTIF/SUM formulas, saved by
# openpyxl so no cached values) above the selected-hospital list.
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave25/hospital-selection/hs-w25-a-quota-top-list-below.xlsx"
wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="DDEBF7")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")
for col, w in {"A": 6, "B": 16, "C": 34, "D": 10, "E": 14, "F": 12, "G": 46}.items():
    ws.column_dimensions[col].width = w

ws["G1"] = "別紙様式"; ws["G1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A2:G2")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」の実施に係る支援対象病院の選定について"
ws["A2"].font = Font(bold=True, size=13); ws["A2"].alignment = center
ws.merge_cells("A3:G3")
ws["A3"] = "（各都道府県別病床規模別の支援枠の数の病院を過不足なく選定すること）"
ws["A3"].alignment = center; ws["A3"].font = Font(size=9)

ws.merge_cells("A5:B5")
ws["A5"] = "都道府県名"; ws["A5"].fill = head; ws["A5"].alignment = center
ws["C5"] = "岡山県"
for c in "ABC":
    ws[f"{c}5"].border = box

ws["A7"] = "１　支援枠"; ws["A7"].font = Font(bold=True)
for col, h in zip("BCDE", ["病床規模", "支援枠（病院数）", "選定数", "過不足"]):
    ws[f"{col}8"] = h; ws[f"{col}8"].fill = head; ws[f"{col}8"].alignment = center; ws[f"{col}8"].border = box
quotas = [("20～99床", 3), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]
for r, (band, q) in enumerate(quotas, start=9):
    ws[f"B{r}"] = band
    ws[f"C{r}"] = q
    ws[f"D{r}"] = f'=COUNTIF($E$17:$E$40,B{r})'
    ws[f"E{r}"] = f"=D{r}-C{r}"
    for col in "BCDE":
        ws[f"{col}{r}"].border = box
        ws[f"{col}{r}"].alignment = center
ws["B13"] = "合計"
ws["C13"] = "=SUM(C9:C12)"
ws["D13"] = "=SUM(D9:D12)"
ws["E13"] = "=D13-C13"
for col in "BCDE":
    ws[f"{col}13"].border = box; ws[f"{col}13"].alignment = center; ws[f"{col}13"].font = Font(bold=True)

ws["A15"] = "２　選定した支援対象病院"; ws["A15"].font = Font(bold=True)
heads = ["No.", "医療機関コード\n（10桁）", "病院名", "病床数", "病床規模区分", "電子カルテ\n導入（○）",
         "選定理由（任意）"]
for i, h in enumerate(heads):
    c = ws.cell(row=16, column=i + 1, value=h); c.fill = head; c.alignment = center; c.border = box
ws.row_dimensions[16].height = 30
hospitals = [
    ("3310104587", "医療法人 吉備会 吉備高原病院", 60, "20～99床", "○", None),
    ("3310501196", "医療法人社団 高梁川会 川辺内科病院", 92, "20～99床", "○",
     "立入検査（令和5年度）においてセキュリティ対策が不十分と思われたため"),
    ("3311003416", "医療法人 清心会 牛窓みなと病院", 48, "20～99床", "○", None),
    ("3310122043", "医療法人 旭川会 おかやま東病院", 120, "100～199床", "○",
     "二次救急医療機関（救急告示病院）"),
    ("3310307768", "社会医療法人 玉島会 玉島中央病院", 155, "100～199床", "○", None),
    ("3310406255", "医療法人 美作会 津山南病院", 199, "100～199床", "○",
     "県北地域の救急医療を担っており、診療停止時の地域医療への影響が大きい"),
    ("3310708536", "総社医療生活協同組合 総社きび病院", 250, "200～399床", "○", None),
    ("3310200872", "医療法人 倉敷会 倉敷西部病院", 380, "200～399床", "○",
     "地域医療支援病院。救急等の主要な診療機能を担う"),
    ("3310109107", "岡山県南総合医療センター", 640, "400床以上", "○",
     "三次救急医療機関（救命救急センター）"),
]
for r, (code, name, beds, band, ehr, reason) in enumerate(hospitals, start=17):
    vals = [r - 16, code, name, beds, band, ehr, reason]
    for i, v in enumerate(vals):
        c = ws.cell(row=r, column=i + 1, value=v); c.border = box
        c.alignment = center if i in (0, 1, 3, 4, 5) else wrap
    ws.row_dimensions[r].height = 30
for r in range(26, 29):   # a few empty bordered rows left in the table
    for i in range(7):
        ws.cell(row=r, column=i + 1).border = box

ws["A30"] = "※ 電子カルテシステムを導入している病院に限る。"
ws["A31"] = "※ 提出期限：令和6年3月15日（金）"
ws["A32"] = "（担当）岡山県保健医療部医療推進課　TEL 086-226-7381"
for a in ("A30", "A31", "A32"):
    ws[a].font = Font(size=9)
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
wb.save(OUT)
print("saved", OUT)

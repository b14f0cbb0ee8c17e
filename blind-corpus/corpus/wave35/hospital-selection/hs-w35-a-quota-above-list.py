# Generator for hs-w35-a-quota-above-list.xlsx
# Role: Okayama prefecture 医療推進課 official filling the MHLW 別紙様式 on one sheet:
# quota table (with COUNTIF/SUM formulas left uncached by openpyxl) above the selected-hospital list.
# Run: PYTHONPATH=/tmp/w35_srhs_lib /usr/bin/python3 hs-w35-a-quota-above-list.py
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hs-w35-a-quota-above-list.xlsx")
wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="E2EFDA")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
for col, w in zip("ABCDEFG", (14, 16, 34, 10, 14, 14, 44)):
    ws.column_dimensions[col].width = w

ws["G1"] = "（別紙様式）"
ws["G1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A2:G2")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院一覧（令和6年度）"
ws["A2"].font = Font(size=14, bold=True)
ws["A2"].alignment = center

ws["A4"] = "都道府県名"
ws["B4"] = "岡山県"
for c in ("A4", "B4"):
    ws[c].border = box
    ws[c].alignment = center
ws["A4"].fill = hdr
ws["E4"] = "担当：保健医療部 医療推進課"
ws["E5"] = "TEL：086-226-0000（内線）"

ws["A6"] = "１．支援枠（病床規模別）"
ws["A6"].font = Font(bold=True)
for c, t in zip("ABC", ("病床規模", "支援枠", "選定数")):
    ws[f"{c}7"] = t
    ws[f"{c}7"].fill = hdr
    ws[f"{c}7"].alignment = center
    ws[f"{c}7"].border = box
quotas = [("20～99床", 3), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]
for i, (band, q) in enumerate(quotas):
    r = 8 + i
    ws[f"A{r}"] = band
    ws[f"B{r}"] = q
    ws[f"C{r}"] = f'=COUNTIF($E$16:$E$40,A{r})'
    for c in "ABC":
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].alignment = center
ws["A12"] = "合計"
ws["B12"] = "=SUM(B8:B11)"
ws["C12"] = "=SUM(C8:C11)"
for c in "ABC":
    ws[f"{c}12"].border = box
    ws[f"{c}12"].alignment = center
    ws[f"{c}12"].font = Font(bold=True)

ws["A14"] = "２．選定病院"
ws["A14"].font = Font(bold=True)
heads = ("No.", "医療機関コード", "病院名", "病床数", "病床規模区分", "電子カルテ導入", "選定理由")
for c, t in zip("ABCDEFG", heads):
    ws[f"{c}15"] = t
    ws[f"{c}15"].fill = hdr
    ws[f"{c}15"].alignment = center
    ws[f"{c}15"].border = box
hosp = [
    ("3310101013", "岡山東町病院", 58, "20～99床", "有", "立入検査において対策が不十分と認められたため"),
    ("3310204569", "倉敷みずしま記念病院", 96, "20～99床", "有", "二次救急医療機関"),
    ("3310603216", "美作さくら病院", 45, "20～99床", "有", None),
    ("3310112341", "医療法人 旭川会 岡山北病院", 150, "100～199床", "有", "地域の救急医療を担っており、診療停止時の影響が大きい"),
    ("3310321074", "玉島協同病院", 120, "100～199床", "有", None),
    ("3310711886", "総社みどり病院", 199, "100～199床", "有", "立入検査において対策が不十分と認められたため"),
    ("3310455120", "井笠地域医療センター", 312, "200～399床", "有", "地域医療支援病院・二次救急"),
    ("3310108778", "岡山南部総合病院", 280, "200～399床", "有", "災害拠点病院"),
    ("3310512342", "吉備高原総合医療センター", 620, "400床以上", "有", "三次救急（救命救急センター）"),
]
dv_band = DataValidation(type="list", formula1="=$A$8:$A$11", allow_blank=True)
dv_ehr = DataValidation(type="list", formula1='"有,無"', allow_blank=True)
ws.add_data_validation(dv_band)
ws.add_data_validation(dv_ehr)
for i, (code, name, beds, band, ehr, reason) in enumerate(hosp):
    r = 16 + i
    ws[f"A{r}"] = i + 1
    ws[f"B{r}"] = code
    ws[f"C{r}"] = name
    ws[f"D{r}"] = beds
    ws[f"E{r}"] = band
    ws[f"F{r}"] = ehr
    if reason:
        ws[f"G{r}"] = reason
    dv_band.add(f"E{r}")
    dv_ehr.add(f"F{r}")
    for c in "ABCDEFG":
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].alignment = wrap if c in "CG" else center
    ws[f"B{r}"].number_format = "@"
ws["A26"] = "※ 病床規模別の支援枠の病院を過不足なく選定すること。電子カルテシステムを導入している病院に限る。"
ws["A26"].font = Font(size=9)
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
wb.save(OUT)
print("saved", OUT)

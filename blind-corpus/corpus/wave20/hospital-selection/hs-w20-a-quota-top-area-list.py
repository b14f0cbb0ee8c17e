#!/usr/bin/python3
# Generator for hs-w20-a-quota-top-area-list.xlsx
# Role: 鳥取県 医療政策課 staff filling the 別紙様式 for MHLW (支援対象病院の選定, 令和6年度).
# One sheet: header, quota table with COUNTIF/過不足 check formulas (openpyxl save, no cached values),
# then the hospital list ordered by 二次医療圏 (not by band).
import json
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave20/hospital-selection"
NAME = "hs-w20-a-quota-top-area-list.xlsx"
PREF = "31"  # 鳥取県


def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10


def code(gun, num):
    nine = PREF + "1" + gun + num
    return nine + str(luhn(nine))


QUOTAS = [("20～99床", 4), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]

# (圏域, code, name, beds, band, ehr-as-written, reason)
HOSP = [
    ("東部", code("01", "1021"), "鳥取みなみ中央病院", 452, "400床以上", "有",
     "地域の救急医療（二次救急・災害拠点病院）を担っており、診療停止時の影響が大きい"),
    ("東部", code("01", "1187"), "社会医療法人 千代会 千代川病院", 112, "100～199床", "有",
     "立入検査においてセキュリティ対策が不十分（パスワード管理・アカウント管理）"),
    ("東部", code("02", "0315"), "智頭ふるさと病院", 48, "20～99床", "有", "へき地医療拠点病院"),
    ("東部", code("03", "0422"), "岩美ひかり病院", 70, "20～99床", "有", None),
    ("東部", code("04", "0109"), "医療法人 八東会 八頭かわはら病院", 99, "20～99床", "有", "救急告示病院"),
    ("中部", code("05", "0236"), "倉吉はくと医療センター", 236, "200～399床", "有",
     "立入検査においてセキュリティ対策が不十分（オフラインバックアップ未整備）"),
    ("中部", code("06", "0154"), "湯梨浜こころの病院", 95, "20～99床", "有", None),
    ("西部", code("07", "1302"), "米子西部総合病院", 310, "200～399床", "有",
     "二次救急・周産期医療を担っており、サイバー攻撃による診療停止の影響が大きい"),
    ("西部", code("08", "0511"), "境港さかえ病院", 180, "100～199床", "有", "救急告示病院"),
    ("西部", code("09", "0260"), "医療法人 大山会 大山ふもと病院", 150, "100～199床", "有", None),
]

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
F = Font(name="游ゴシック", size=10)
FB = Font(name="游ゴシック", size=10, bold=True)
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hd = PatternFill("solid", fgColor="FFF2CC")

for col, w in zip("ABCDEFGHI", [2, 6, 8, 14, 34, 8, 12, 10, 50]):
    ws.column_dimensions[col].width = w

ws["I1"] = "（別紙様式）"
ws["I1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B2:I2")
ws["B2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院の選定について"
ws["B2"].font = Font(name="游ゴシック", size=13, bold=True)
ws["B2"].alignment = Alignment(horizontal="center")

ws.merge_cells("B4:C4")
ws["B4"] = "都道府県名"
ws["B4"].font = FB
ws["D4"] = "鳥取県"
for c in ("B4", "C4", "D4"):
    ws[c].border = box
ws["F4"] = "担当"
ws["G4"] = "鳥取県福祉保健部 医療政策課　医療情報担当"
ws["F5"] = "連絡先"
ws["G5"] = "内線 7193"

# quota table
ws["B7"] = "１．支援枠（病床規模別）"
ws["B7"].font = FB
r0 = 8
for ref, t in [(f"B{r0}", "病床規模"), (f"E{r0}", "支援枠"), (f"F{r0}", "選定数"), (f"G{r0}", "過不足")]:
    ws[ref] = t
ws.merge_cells(f"B{r0}:D{r0}")
for col in "BCDEFG":
    ws[f"{col}{r0}"].fill = hd
    ws[f"{col}{r0}"].font = FB
    ws[f"{col}{r0}"].border = box
    ws[f"{col}{r0}"].alignment = Alignment(horizontal="center")
LIST_FIRST, LIST_LAST = 17, 17 + len(HOSP) - 1
for i, (band, q) in enumerate(QUOTAS):
    r = r0 + 1 + i
    ws.merge_cells(f"B{r}:D{r}")
    ws[f"B{r}"] = band
    ws[f"E{r}"] = q
    ws[f"F{r}"] = f'=COUNTIF($G${LIST_FIRST}:$G${LIST_LAST},B{r})'
    ws[f"G{r}"] = f"=F{r}-E{r}"
    for col in "BCDEFG":
        ws[f"{col}{r}"].border = box
        ws[f"{col}{r}"].font = F
rt = r0 + 1 + len(QUOTAS)
ws.merge_cells(f"B{rt}:D{rt}")
ws[f"B{rt}"] = "合計"
ws[f"E{rt}"] = f"=SUM(E{r0+1}:E{rt-1})"
ws[f"F{rt}"] = f"=SUM(F{r0+1}:F{rt-1})"
ws[f"G{rt}"] = f"=F{rt}-E{rt}"
for col in "BCDEFG":
    ws[f"{col}{rt}"].border = box
    ws[f"{col}{rt}"].font = FB
ws[f"H{r0+1}"] = "※過不足が0になるよう選定"
ws[f"H{r0+1}"].font = Font(name="游ゴシック", size=8, color="C00000")

# hospital list
ws["B15"] = "２．支援対象病院"
ws["B15"].font = FB
heads = ["No.", "二次医療圏", "医療機関コード", "病院名", "病床数", "病床規模区分", "電子カルテ導入", "選定理由（任意）"]
for j, t in enumerate(heads):
    c = ws.cell(row=16, column=2 + j, value=t)
    c.fill = hd
    c.font = FB
    c.border = box
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[16].height = 28
for i, (area, cd, nm, beds, band, ehr, reason) in enumerate(HOSP):
    r = LIST_FIRST + i
    vals = [i + 1, area, cd, nm, beds, band, ehr, reason]
    for j, v in enumerate(vals):
        c = ws.cell(row=r, column=2 + j, value=v)
        c.font = F
        c.border = box
        c.alignment = Alignment(vertical="center", wrap_text=(j == 7),
                                horizontal="center" if j in (0, 1, 6) else None)
    ws.cell(row=r, column=4).number_format = "@"
    ws.row_dimensions[r].height = 30 if reason and len(reason) > 25 else 18

ws.print_area = f"A1:I{LIST_LAST}"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
wb.save(f"{OUT}/{NAME}")

# dump the expected values for checking
exp = {
    "prefecture": "鳥取県",
    "quotas": [{"band": b, "quota": q} for b, q in QUOTAS],
    "hospitals": [],
}
for area, cd, nm, beds, band, ehr, reason in HOSP:
    h = {"hospitalCode": cd, "hospitalName": nm, "beds": beds, "band": band, "ehr": "あり"}
    if reason:
        h["reason"] = reason
    exp["hospitals"].append(h)
print(json.dumps(exp, ensure_ascii=False, indent=2))

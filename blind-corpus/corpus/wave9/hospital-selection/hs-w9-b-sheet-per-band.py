#!/usr/bin/python3
# Generator for hs-w9-b-sheet-per-band.xlsx
# Role: 島根県 健康福祉部 official who split the selection into one sheet per 病床規模 band (so each
# 保健所 could fill its own list), with a 表紙 sheet holding 都道府県名 (label above value) and a vertical
# quota table whose 選定数 column counts the band sheets. The band of each hospital is only in the band
# sheet's heading cell (「病床規模区分：…」), codes are hyphenated text, 電子カルテ is 有/無.
# Re-saved by LibreOffice (formula results cached).
# Planted problems (3): band 99床以下 has 4 hospitals for a quota of 3; one hospital's 電子カルテ is 無;
# one hospital on the 200床以上 sheet has 185 beds.
import os
import shutil
import subprocess
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill

OUT = "/work/blind/wave9/hospital-selection"
NAME = "hs-w9-b-sheet-per-band.xlsx"
TMP = os.path.join(OUT, "_tmp_hs_b")

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="E2EFDA")
FN = "游ゴシック"
cen = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)

bands = [
    ("99床以下", 3, [
        ("32-1-01-0226-9", "医療法人 湖水会 松江しんじ湖病院", 88, "有", "松江圏域の二次救急輪番病院"),
        ("32-1-02-0057-6", "浜田港南病院", 52, "有", "立入検査でアクセス権限管理が不十分"),
        ("32-1-03-0188-7", "出雲ひかわ病院", 45, "有", ""),
        ("32-1-04-0063-0", "益田高津川病院", 30, "有", "益田圏域の救急告示病院。\n支援枠の追加を国へ相談予定"),
    ]),
    ("100～199床", 2, [
        ("32-1-01-0749-0", "松江北堀病院", 140, "有", "地域の二次救急を担っている"),
        ("32-1-02-0305-9", "社会医療法人 西浜会 浜田西病院", 175, "無", "立入検査でバックアップが未整備"),
    ]),
    ("200床以上", 2, [
        ("32-1-01-0412-5", "松江城東総合病院", 420, "有", "救命救急センター・災害拠点病院"),
        ("32-1-01-0837-3", "出雲中央医療センター", 185, "有", "地域医療支援病院"),
    ]),
]

wb = Workbook()
ws = wb.active
ws.title = "表紙"
for col, w in zip("ABCDE", (3, 16, 10, 10, 34)):
    ws.column_dimensions[col].width = w
ws["B1"] = "別紙様式"
ws["B2"] = "医療機関におけるサイバーセキュリティ確保事業　支援対象病院選定結果"
ws["B2"].font = Font(name=FN, size=13, bold=True)
ws["B4"] = "都道府県名"
ws["B4"].font = Font(name=FN, bold=True)
ws["B4"].fill = hdr
ws["B4"].border = box
ws["B5"] = "島根県"
ws["B5"].font = Font(name=FN, size=12)
ws["B5"].border = box
ws["B7"] = "病床規模別支援枠"
ws["B7"].font = Font(name=FN, bold=True)
for col, h in zip("BCDE", ("病床規模", "支援枠", "選定数", "備考")):
    c = ws[f"{col}8"]
    c.value = h
    c.font = Font(name=FN, bold=True)
    c.fill = hdr
    c.border = box
    c.alignment = cen
r = 9
for band, quota, hosp in bands:
    ws[f"B{r}"] = band
    ws[f"C{r}"] = quota
    ws[f"D{r}"] = f"=COUNTA('{band}'!B5:B20)"
    ws[f"E{r}"] = f"シート「{band}」参照"
    for col in "BCDE":
        ws[f"{col}{r}"].border = box
        ws[f"{col}{r}"].alignment = cen if col != "E" else wrap
    r += 1
ws[f"B{r}"] = "計"
ws[f"C{r}"] = f"=SUM(C9:C{r-1})"
ws[f"D{r}"] = f"=SUM(D9:D{r-1})"
for col in "BCDE":
    ws[f"{col}{r}"].border = box
    ws[f"{col}{r}"].alignment = cen
ws[f"B{r+2}"] = "※選定病院は病床規模ごとのシートに記入。提出期限：令和6年3月15日（金）"
ws[f"B{r+2}"].font = Font(name=FN, size=9)

for band, quota, hosp in bands:
    s = wb.create_sheet(band)
    for col, w in zip("ABCDEF", (6, 18, 32, 9, 11, 40)):
        s.column_dimensions[col].width = w
    s["A1"] = f"病床規模区分：{band}"
    s["A1"].font = Font(name=FN, size=12, bold=True)
    s["A2"] = f"支援枠：{quota}病院"
    s["A2"].font = Font(name=FN, size=11)
    for col, h in zip("ABCDEF", ("No.", "医療機関コード", "病院名", "病床数", "電子カルテ\n（有・無）", "選定理由")):
        c = s[f"{col}4"]
        c.value = h
        c.font = Font(name=FN, bold=True)
        c.fill = hdr
        c.border = box
        c.alignment = cen
    s.row_dimensions[4].height = 30
    rr = 5
    for i, (code, name, beds, ehr, reason) in enumerate(hosp, start=1):
        vals = [i, code, name, beds, ehr, reason if reason else None]
        for col, v in zip("ABCDEF", vals):
            c = s[f"{col}{rr}"]
            c.value = v
            c.border = box
            c.font = Font(name=FN, size=10.5)
            c.alignment = cen if col in "ABDE" else wrap
        if "\n" in reason:
            s.row_dimensions[rr].height = 32
        rr += 1
    for k in range(3):  # empty bordered rows for more entries
        for col in "ABCDEF":
            s[f"{col}{rr}"].border = box
        rr += 1

wb.active = 0
os.makedirs(TMP, exist_ok=True)
src = os.path.join(TMP, NAME)
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(TMP)
print("wrote", NAME, "(re-saved by LibreOffice)")

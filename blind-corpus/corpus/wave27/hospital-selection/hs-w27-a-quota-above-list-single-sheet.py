#!/usr/bin/python3
"""hs-w27-a: Okayama prefecture 別紙様式, one sheet: quota table (band | 支援枠 | 選定数 formula | 過不足) above the
selected-hospital list. Saved by openpyxl (COUNTIF/SUM formulas have no cached value)."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave27/hospital-selection"
NAME = "hs-w27-a-quota-above-list-single-sheet"

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="FFF2CC")
for col, w in zip("ABCDEFG", [12, 16, 34, 10, 14, 14, 44]):
    ws.column_dimensions[col].width = w

def cell(ref, value, bold=False, fill=None, align="left", border=True, numfmt=None):
    c = ws[ref]
    c.value = value
    c.font = Font(name="ＭＳ ゴシック", size=10, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    if fill:
        c.fill = fill
    if border:
        c.border = box
    if numfmt:
        c.number_format = numfmt
    return c

cell("G1", "別紙様式", align="right", border=False)
ws.merge_cells("A2:G2")
cell("A2", "「医療機関におけるサイバーセキュリティ確保事業」令和6年度 支援対象病院の選定結果", bold=True, align="center", border=False)
cell("A4", "都道府県名", bold=True, fill=hdr)
cell("B4", "岡山県")
cell("A5", "担当部署", bold=True, fill=hdr)
ws.merge_cells("B5:C5")
cell("B5", "保健医療部 医療推進課")
ws["C5"].border = box

cell("A7", "１．病床規模別の支援枠", bold=True, border=False)
for ref, v in zip(["A8", "B8", "C8", "D8"], ["病床規模", "支援枠", "選定数", "過不足"]):
    cell(ref, v, bold=True, fill=hdr, align="center")
quotas = [("20～99床", 5), ("100～199床", 4), ("200～399床", 2), ("400床以上", 1)]
first_h, n_h = 17, 12
for i, (band, q) in enumerate(quotas):
    r = 9 + i
    cell(f"A{r}", band, align="center")
    cell(f"B{r}", q, align="center")
    cell(f"C{r}", f"=COUNTIF($E${first_h}:$E${first_h + n_h - 1},A{r})", align="center")
    cell(f"D{r}", f"=C{r}-B{r}", align="center")
cell("A13", "合計", bold=True, align="center")
cell("B13", "=SUM(B9:B12)", align="center")
cell("C13", "=SUM(C9:C12)", align="center")
cell("D13", "=C13-B13", align="center")
cell("A14", "※ 支援枠の数の病院を過不足なく選定してください（過不足欄が0となること）。", border=False)

cell("A15", "２．支援対象病院一覧", bold=True, border=False)
heads = ["No.", "医療機関コード", "病院名", "病床数", "病床規模区分", "電子カルテ導入", "選定理由"]
for j, h in enumerate(heads):
    c = ws.cell(16, 1 + j)
    c.value = h
    c.font = Font(name="ＭＳ ゴシック", size=10, bold=True)
    c.fill = hdr
    c.border = box
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

hospitals = [
    (3310101187, "岡山北町病院", 60, "20～99床", "立入検査においてセキュリティ対策が不十分と思われるため"),
    (3310104728, "医療法人 清和会 旭川ほとり病院", 88, "20～99床", None),
    (3310203058, "倉敷みなみ病院", 45, "20～99床", "救急告示病院（二次救急）"),
    (3310505197, "医療法人 緑風会 真庭高原病院", 52, "20～99床", "へき地医療拠点病院"),
    (3310804137, "井原せせらぎ病院", 99, "20～99床", None),
    (3310302272, "津山しらさぎ病院", 150, "100～199床", "地域の二次救急医療を担っている"),
    (3310401348, "玉野臨海病院", 120, "100～199床", None),
    (3310600667, "総社つばさ病院", 199, "100～199床", "立入検査で対策不十分（パスワード管理等）"),
    (3310108398, "岡山西大寺記念病院", 130, "100～199床", None),
    (3310206481, "倉敷みずしま総合病院", 350, "200～399床", "災害拠点病院\n二次救急医療機関"),
    (3310702810, "笠岡ベイサイド病院", 210, "200～399床", "地域の救急等の主要な診療機能を担っている"),
    (3310901768, "岡山県南総合医療センター", 520, "400床以上", "救命救急センター（三次救急）\n地域医療支援病院"),
]
for i, (code, name, beds, band, reason) in enumerate(hospitals):
    r = first_h + i
    cell(f"A{r}", i + 1, align="center")
    cell(f"B{r}", code, align="center", numfmt="0")
    cell(f"C{r}", name)
    cell(f"D{r}", beds, align="right")
    cell(f"E{r}", band, align="center")
    cell(f"F{r}", "有", align="center")
    cell(f"G{r}", reason)

dv1 = DataValidation(type="list", formula1='"20～99床,100～199床,200～399床,400床以上"', allow_blank=True)
dv2 = DataValidation(type="list", formula1='"有,無"', allow_blank=True)
ws.add_data_validation(dv1)
ws.add_data_validation(dv2)
dv1.add(f"E{first_h}:E{first_h + n_h - 1}")
dv2.add(f"F{first_h}:F{first_h + n_h - 1}")
ws.freeze_panes = "A17"
ws.page_setup.orientation = "landscape"

wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": "岡山県",
        "quotas": [{"band": b, "quota": q} for b, q in quotas],
        "hospitals": [
            dict({"hospitalCode": str(code), "hospitalName": name, "beds": beds, "band": band, "ehr": "あり"},
                 **({"reason": reason} if reason else {}))
            for code, name, beds, band, reason in hospitals
        ],
    },
    "planted": [],
    "notes": ("Single sheet 別紙様式: quota table A8:D13 (row 13 is a 合計 row, not a band); hospital list A16:G28. "
              "医療機関コード are numeric cells (10 digits, all check digits valid, prefecture 33). 電子カルテ導入 written 有 -> あり. "
              "選定数/過不足/合計 are formulas saved by openpyxl without cached values. Per band the count equals the quota "
              "(5/4/2/1, 12 hospitals)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok")

#!/usr/bin/python3
"""hs-w18-b: Shizuoka prefecture office. Sheet 1 (表紙・支援枠): prefecture in a '項目：値' cell, horizontal quota table
(bands across columns). Sheet 2 (選定病院一覧): list sorted by band, 7-digit codes, beds as text, 電子カルテ ○/×.
Hidden list sheet for dropdowns. Re-saved by LibreOffice.
Planted: band 100床以上200床未満 has 5 hospitals for a quota of 4; one hospital with 電子カルテ ×."""
import json, os, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w18-b-two-sheets-horizontal-quota-7digit"

def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

PREFNO = 22
PREF = "静岡県"
BANDS = [("20床以上100床未満", 7), ("100床以上200床未満", 4), ("200床以上400床未満", 3), ("400床以上", 2)]
# (gun, num, name, beds, band, ehr, reason)
H = [
    (3, 1184, "医療法人社団 駿河会 沼津港南病院", 88, 0, "○", "救急告示病院"),
    (5, 402, "富士宮愛生病院", 45, 0, "○", ""),
    (9, 2231, "医療法人 大井川会 島田北病院", 70, 0, "○", "立入検査において対策不十分"),
    (12, 617, "伊東温泉記念病院", 58, 0, "○", ""),
    (14, 935, "医療法人社団 裾野会 裾野中央病院", 32, 0, "○", ""),
    (17, 1408, "菊川みどり病院", 94, 0, "○", "地域の二次救急を担う"),
    (20, 276, "牧之原浜病院", 50, 0, "○", ""),
    (1, 5521, "静岡城北病院", 156, 1, "○", "二次救急輪番"),
    (4, 3307, "富士いずみ病院", 110, 1, "○", ""),
    (7, 1842, "医療法人 藤の会 藤枝駅前病院", 199, 1, "○", "立入検査において対策不十分"),
    (10, 746, "掛川東部病院", 128, 1, "○", ""),
    (13, 1120, "磐田南総合病院", 172, 1, "○", "救急告示病院"),
    (2, 6030, "浜松遠州総合病院", 318, 2, "○", "二次救急・災害拠点病院"),
    (8, 1955, "焼津中央病院", 240, 2, "×", "地域の救急医療"),
    (6, 871, "三島柿田川病院", 205, 2, "○", ""),
    (1, 7214, "社会医療法人 駿府会 駿府総合病院", 612, 3, "○", "救命救急センター"),
    (2, 8102, "浜松北総合医療センター", 455, 3, "○", "地域医療支援病院"),
]
TOO_MANY_BAND = 1   # band index with one hospital too many
EHR_NO_ROW = 13      # index in H of the × hospital

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
fill = PatternFill("solid", fgColor="E2EFDA")

wb = Workbook()
ws = wb.active; ws.title = "表紙・支援枠"
ws.column_dimensions["A"].width = 14
for col in "BCDEF":
    ws.column_dimensions[col].width = 19
ws["A1"] = "別紙様式"
ws["A2"] = "医療機関におけるサイバーセキュリティ確保事業　支援対象病院の選定について（報告）"
ws["A2"].font = Font(size=13, bold=True)
ws["A4"] = f"都道府県名：{PREF}"; ws["A4"].font = Font(bold=True, size=12)
ws["A5"] = "提出日：令和6年3月14日"
ws["A6"] = "担当部署：静岡県健康福祉部医療局地域医療課"

ws["A8"] = "【病床規模別支援枠】"
ws["A9"] = "病床規模"; ws["A10"] = "支援枠"; ws["A11"] = "選定病院数"
for rr in (9, 10, 11):
    ws[f"A{rr}"].fill = fill; ws[f"A{rr}"].border = B; ws[f"A{rr}"].font = Font(bold=True)
for i, (band, q) in enumerate(BANDS):
    col = "BCDE"[i]
    ws[f"{col}9"] = band; ws[f"{col}10"] = q
    ws[f"{col}11"] = f"=COUNTIF('選定病院一覧'!$D$5:$D$40,{col}9)"
    for rr in (9, 10, 11):
        ws[f"{col}{rr}"].border = B; ws[f"{col}{rr}"].alignment = Alignment(horizontal="center")
ws["F9"] = "計"; ws["F10"] = "=SUM(B10:E10)"; ws["F11"] = "=SUM(B11:E11)"
for rr in (9, 10, 11):
    ws[f"F{rr}"].border = B; ws[f"F{rr}"].alignment = Alignment(horizontal="center")
ws["A13"] = "※支援枠は厚生労働省から示された数。選定病院の一覧は「選定病院一覧」シートに記載。"
ws["A13"].font = Font(size=9)

ls = wb.create_sheet("選定病院一覧")
widths = {"A": 5, "B": 14, "C": 36, "D": 20, "E": 8, "F": 10, "G": 36}
for k, v in widths.items():
    ls.column_dimensions[k].width = v
ls["A1"] = f"支援対象病院一覧（{PREF}）"; ls["A1"].font = Font(bold=True, size=12)
ls["A2"] = "医療機関コードは7桁（郡市区番号＋医療機関番号＋検証番号）で記載"; ls["A2"].font = Font(size=9)
heads = ("No", "医療機関コード\n（7桁）", "病院名", "病床規模区分", "病床数", "電子カルテ\n（○/×）", "選定理由")
for i, t in enumerate(heads):
    c = ls.cell(row=4, column=1 + i, value=t)
    c.fill = fill; c.border = B; c.font = Font(bold=True)
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ls.row_dimensions[4].height = 30

lst = wb.create_sheet("リスト")
for i, (band, _) in enumerate(BANDS):
    lst.cell(row=1 + i, column=1, value=band)
lst["B1"] = "○"; lst["B2"] = "×"
lst.sheet_state = "hidden"
dv1 = DataValidation(type="list", formula1="リスト!$A$1:$A$4", allow_blank=True)
dv2 = DataValidation(type="list", formula1="リスト!$B$1:$B$2", allow_blank=True)
ls.add_data_validation(dv1); ls.add_data_validation(dv2)

hospitals = []
planted_too_many_cells = []
for k, (gun, num, name, beds, bi, ehr, reason) in enumerate(H):
    r = 5 + k
    nine = f"{PREFNO:02d}1{gun:02d}{num:04d}"
    code10 = nine + luhn(nine)
    code7 = code10[3:]
    band = BANDS[bi][0]
    vals = (k + 1, code7, name, band, str(beds), ehr, reason or None)
    for i, v in enumerate(vals):
        c = ls.cell(row=r, column=1 + i, value=v); c.border = B
    ls.cell(row=r, column=2).number_format = "@"
    ls.cell(row=r, column=5).number_format = "@"
    ls.cell(row=r, column=5).alignment = Alignment(horizontal="right")
    dv1.add(f"D{r}"); dv2.add(f"F{r}")
    h = {"hospitalCode": code10, "hospitalName": name, "beds": beds, "band": band,
         "ehr": "あり" if ehr == "○" else "なし"}
    if reason:
        h["reason"] = reason
    hospitals.append(h)
    if bi == TOO_MANY_BAND:
        planted_too_many_cells.append(f"選定病院一覧!D{r}")

tmp = tempfile.mkdtemp()
raw = os.path.join(tmp, NAME + ".xlsx")
wb.save(raw)
outdir = os.path.join(tmp, "lo"); os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmp)

ehr_row = 5 + EHR_NO_ROW
exp = {
    "form": "hospital-selection", "version": "R6", "file": NAME + ".xlsx",
    "values": {
        "prefecture": PREF,
        "quotas": [{"band": b, "quota": q} for b, q in BANDS],
        "hospitals": hospitals,
    },
    "planted": [
        {"cells": ["表紙・支援枠!C10"] + planted_too_many_cells,
         "paths": ["quotas[1].quota"] + [f"hospitals[{i}].band" for i, h in enumerate(H) if h[4] == TOO_MANY_BAND],
         "why": "病床規模 100床以上200床未満: 支援枠 4 but 5 hospitals selected (must be 過不足なく, one too many)"},
        {"cells": [f"選定病院一覧!F{ehr_row}"], "paths": [f"hospitals[{EHR_NO_ROW}].ehr"],
         "why": "焼津中央病院 has 電子カルテ × (なし); only hospitals with an EHR may be selected"},
    ],
    "notes": "Prefecture given as '都道府県名：静岡県' in one cell (A4). Quota table is horizontal (bands in B9:E9, quotas "
             "B10:E10, F = 計, row 11 COUNTIF formulas; LibreOffice re-save so cached values exist). Codes written as the "
             "7-digit form (郡市区+番号+検証) as text; values give the 10-digit expansion with 22 (静岡県) and 点数表番号 1. "
             "病床数 written as text numbers. 電子カルテ ○/× → あり/なし. Hidden sheet 'リスト' holds dropdown lists only. "
             "The 200床以上400床未満 band count is 3 = quota even though one of its hospitals (×) is ineligible.",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)

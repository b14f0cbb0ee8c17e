#!/usr/bin/python3
"""hs-w5-a: Okayama prefecture's 別紙様式 on one sheet: 都道府県名 in a label:value cell, quota table with
COUNTIF 選定数 / 過不足 columns, then the selected-hospital list below; re-saved by LibreOffice (formulas cached).

Planted problems (2):
  1. 100～199床: 支援枠 3 but 4 hospitals selected (over quota, 過不足 shows +1).
  2. One 20～99床 hospital has 電子カルテ導入 「無」.
Regenerates hs-w5-a-single-sheet-countif.xlsx and .expected.json in this folder.
"""
import json
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w5-a-single-sheet-countif"
SHEET = "別紙様式"


def check_digit(n9):
    s = 0
    for i, ch in enumerate(reversed(n9)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10


def code(gun, num):
    n9 = "33" + "1" + gun + num
    return n9 + str(check_digit(n9))


QUOTAS = [("20～99床", 4), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]

EHR_MAP = {"有": "あり", "無": "なし"}
# (gun, num, name, beds, band, ehr as written, reason)
HOSP = [
    ("01", "2184", "医療法人 あさひ会 岡山あさひ台病院", 60, "20～99床", "有", "立入検査で対策不十分"),
    ("05", "0327", "玉野みなと病院", 48, "20～99床", "有", ""),
    ("11", "0415", "医療法人社団 美作会 勝央ひだまり病院", 92, "20～99床", "無", "地域唯一の病院"),   # planted 2
    ("09", "1106", "高梁川記念病院", 75, "20～99床", "有", "立入検査で対策不十分"),
    ("01", "3052", "岡山東和会病院", 158, "100～199床", "有", "二次救急（救急告示病院）"),
    ("02", "1773", "倉敷すずらん記念病院", 120, "100～199床", "有", ""),
    ("03", "0648", "津山城東病院", 199, "100～199床", "有", "救急等の主要な診療機能を担う"),
    ("04", "0521", "井笠中央病院", 140, "100～199床", "有", "立入検査で対策不十分"),                 # 4th in band: planted 1
    ("02", "2290", "社会医療法人 水島協和会 水島臨港総合病院", 310, "200～399床", "有", "二次救急・災害拠点病院"),
    ("01", "4417", "岡山南部医療センター", 264, "200～399床", "有", "救急等の主要な診療機能を担う"),
    ("01", "0019", "地方独立行政法人 岡山北ヶ丘総合医療センター", 652, "400床以上", "有", "三次救急（救命救急センター）"),
]

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9D9D9")
FONT = "ＭＳ ゴシック"

wb = Workbook()
ws = wb.active
ws.title = SHEET
for col, w in {"A": 6, "B": 16, "C": 44, "D": 10, "E": 14, "F": 12, "G": 34}.items():
    ws.column_dimensions[col].width = w


def cell(ref, v, bold=False, h="left", fill=None, border=False, size=10.5, wrap=False):
    c = ws[ref]
    c.value = v
    c.font = Font(name=FONT, bold=bold, size=size)
    c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)
    if fill:
        c.fill = fill
    if border:
        c.border = BOX
    return c


cell("A1", "別紙様式")
cell("G1", "令和6年3月14日", h="right")
ws.merge_cells("A3:G3")
cell("A3", "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院の選定結果", bold=True, h="center", size=13)
cell("A5", "都道府県名：岡山県", size=11)
ws.merge_cells("A5:C5")

cell("A7", "１．病床規模別の支援枠と選定数", bold=True)
for ref, v in zip(["B8", "C8", "D8", "E8"], ["病床規模", "支援枠", "選定数", "過不足"]):
    cell(ref, v, bold=True, h="center", fill=HEAD, border=True)
FIRST, LAST = 17, 17 + len(HOSP) - 1
for i, (band, q) in enumerate(QUOTAS):
    r = 9 + i
    cell(f"B{r}", band, h="center", border=True)
    cell(f"C{r}", q, h="center", border=True)
    cell(f"D{r}", f"=COUNTIF($E${FIRST}:$E${LAST + 10},B{r})", h="center", border=True)
    cell(f"E{r}", f"=D{r}-C{r}", h="center", border=True)
r = 9 + len(QUOTAS)
cell(f"B{r}", "合計", h="center", border=True, fill=HEAD)
cell(f"C{r}", f"=SUM(C9:C{r - 1})", h="center", border=True)
cell(f"D{r}", f"=SUM(D9:D{r - 1})", h="center", border=True)
cell(f"E{r}", f"=D{r}-C{r}", h="center", border=True)

cell("A15", "２．選定した支援対象病院", bold=True)
heads = ["No.", "医療機関コード", "病院名", "病床数", "病床規模区分", "電子カルテ導入", "選定理由"]
for j, h in enumerate(heads):
    c = ws.cell(row=16, column=1 + j, value=h)
    c.font = Font(name=FONT, bold=True)
    c.fill = HEAD
    c.border = BOX
    c.alignment = Alignment(horizontal="center", vertical="center")

for i, (gun, num, name, beds, band, ehr, reason) in enumerate(HOSP):
    r = FIRST + i
    vals = [i + 1, code(gun, num), name, beds, band, ehr, reason or None]
    for j, v in enumerate(vals):
        c = ws.cell(row=r, column=1 + j, value=v)
        c.font = Font(name=FONT)
        c.border = BOX
        c.alignment = Alignment(horizontal="left" if j in (2, 6) else "center", vertical="center")
    ws.cell(row=r, column=2).number_format = "@"
# a few empty bordered rows left for additions
for r in range(LAST + 1, LAST + 4):
    for j in range(7):
        ws.cell(row=r, column=1 + j).border = BOX

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True

tmpdir = os.path.join(HERE, "_tmp_" + NAME)
os.makedirs(tmpdir, exist_ok=True)
tmp = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(tmp)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, tmp],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmpdir)

hospitals = []
for gun, num, name, beds, band, ehr, reason in HOSP:
    h = {"hospitalCode": code(gun, num), "hospitalName": name, "beds": beds, "band": band, "ehr": EHR_MAP[ehr]}
    if reason:
        h["reason"] = reason
    hospitals.append(h)
ehr_idx = [i for i, h in enumerate(HOSP) if h[5] == "無"][0]
expected = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": "岡山県",
        "quotas": [{"band": b, "quota": q} for b, q in QUOTAS],
        "hospitals": hospitals,
    },
    "planted": [
        {"cells": [f"{SHEET}!C10", f"{SHEET}!D10"], "paths": ["quotas[1].quota"],
         "why": "100～199床: 支援枠 3 but 4 hospitals selected (hospitals[4]..hospitals[7], rows 21-24); "
                "「過不足なく」 violated (too many). 選定数 D10 = COUNTIF = 4, 過不足 E10 = +1"},
        {"cells": [f"{SHEET}!F{FIRST + ehr_idx}"], "paths": [f"hospitals[{ehr_idx}].ehr"],
         "why": "電子カルテ導入 「無」: only hospitals with an electronic medical record system are eligible"},
    ],
    "notes": ("都道府県名 written as 「都道府県名：岡山県」 in one cell (A5, merged A5:C5). 電子カルテ導入 written 有/無. "
              "Quota table B8:E13 has formula columns 選定数 (COUNTIF) and 過不足 and a 合計 row (=SUM, 10 vs 11) "
              "which are not form values; the file was re-saved by LibreOffice so their results are cached. "
              "医療機関コード are 10-digit text cells with valid check digits. 作成日 G1 「令和6年3月14日」 is not a form key. "
              "Rows 28-30 are empty bordered rows."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)

#!/usr/bin/python3
"""hs-w15-b: Aomori's submission in two sheets: a cover sheet with 都道府県名 (label left)
and the quota table transposed (bands across columns), and a list sheet where the
hospitals are grouped by band with the band cell merged down over its group, 7-digit
codes with hyphens and ○/× for 電子カルテ. Re-saved by LibreOffice.
Planted: band 100床以上200床未満 has 3 hospitals for a quota of 2; one hospital has no EHR (×)."""
import os, json, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "hs-w15-b-two-sheets-transposed-quota-grouped"

def luhn(nine):
    s = 0
    for i, d in enumerate(reversed([int(c) for c in nine])):
        p = d * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return str((10 - s % 10) % 10)

PREF = "02"
QUOTAS = [("20床以上100床未満", 3), ("100床以上200床未満", 2), ("200床以上", 2)]
GROUPS = [  # band, [(7-digit body without check: 郡市区2+番号4, name, beds, ehr mark, reason)]
    ("20床以上100床未満", [
        ("011287", "医療法人　やまなみ会　黒石やまなみ病院", 45, "○", None),
        ("030562", "五所川原みどり病院", 72, "○", "西北五地域の救急告示病院"),
        ("050418", "医療法人　桜会　三沢さくらの病院", 96, "○", None),
    ]),
    ("100床以上200床未満", [
        ("020943", "十和田こまき病院", 160, "○", "救急告示病院"),
        ("080176", "医療法人社団　りんご台会　弘前りんご台病院", 118, "○", "立入検査で対策不十分"),
        ("060321", "むつ湾総合病院", 190, "○", "下北地域の二次救急を担う"),
    ]),
    ("200床以上", [
        ("040655", "青森東部中央病院", 350, "○", "二次救急の中核、災害拠点病院"),
        ("070884", "八戸しおかぜ病院", 230, "×", "電子カルテ 令和6年10月稼働予定"),
    ]),
]

wb = Workbook()
cv = wb.active
cv.title = "表紙・支援枠"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="FCE4D6")
cal = Alignment(horizontal="center", vertical="center", wrap_text=True)
wal = Alignment(vertical="center", wrap_text=True)

cv["B2"] = "支援対象病院の選定について（回答）"
cv["B2"].font = Font(bold=True, size=14)
cv["F1"] = "令和6年3月13日"
rows = [("都道府県名", "青森県"), ("担当部署", "青森県健康医療福祉部医療薬務課"),
        ("担当者", "医療企画グループ　主査　工藤"), ("電話", "017-734-9287")]
for i, (k, v) in enumerate(rows):
    r = 4 + i
    cv.cell(r, 2, k).border = box
    cv.cell(r, 2).fill = hdr
    cv.cell(r, 3, v).border = box
    cv.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
cv["B10"] = "■ 病床規模別 支援枠"
cv["B10"].font = Font(bold=True)
cv.cell(11, 2, "病床規模")
cv.cell(12, 2, "支援枠（病院数）")
for j, (band, q) in enumerate(QUOTAS):
    cv.cell(11, 3 + j, band)
    cv.cell(12, 3 + j, q)
cv.cell(11, 3 + len(QUOTAS), "計")
cv.cell(12, 3 + len(QUOTAS), "=SUM(C12:%s12)" % chr(ord("C") + len(QUOTAS) - 1))
for r in (11, 12):
    for c in range(2, 4 + len(QUOTAS)):
        cv.cell(r, c).border = box
        cv.cell(r, c).alignment = cal
        if r == 11 or c == 2:
            cv.cell(r, c).fill = hdr
cv["B14"] = "※ 選定病院は「選定病院一覧」シートのとおり。支援枠の調整相談：なし"
for col, w in zip("ABCDEFG", [2, 18, 20, 20, 20, 10, 10]):
    cv.column_dimensions[col].width = w

ls = wb.create_sheet("選定病院一覧")
ls["A1"] = "選定病院一覧（青森県）"
ls["A1"].font = Font(bold=True, size=12)
heads = ["No", "病床規模区分", "医療機関コード\n（7桁）", "病院名", "病床数", "電子カルテ\n導入", "選定理由"]
for c, t in enumerate(heads, 1):
    cell = ls.cell(3, c, t)
    cell.fill = hdr
    cell.border = box
    cell.alignment = cal
    cell.font = Font(bold=True)
r = 4
n = 1
hospitals = []
for band, items in GROUPS:
    top = r
    for body, name, beds, mark, reason in items:
        nine = PREF + "1" + body
        seven = body + luhn(nine)
        written = "%s-%s-%s" % (seven[:2], seven[2:6], seven[6])
        ls.cell(r, 1, n)
        if r == top:
            ls.cell(r, 2, band)
        ls.cell(r, 3, written)
        ls.cell(r, 4, name)
        ls.cell(r, 5, beds)
        ls.cell(r, 6, mark)
        ls.cell(r, 7, reason)
        for c in range(1, 8):
            ls.cell(r, c).border = box
            ls.cell(r, c).alignment = wal if c in (4, 7) else cal
        h = {"hospitalCode": nine + luhn(nine), "hospitalName": name, "beds": beds, "band": band,
             "ehr": "あり" if mark == "○" else "なし", "_row": r}
        if reason:
            h["reason"] = reason
        hospitals.append(h)
        r += 1
        n += 1
    ls.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
ls.cell(r + 1, 1, "※ 電子カルテ導入：○＝導入済、×＝未導入")
for col, w in zip("ABCDEFG", [5, 18, 13, 40, 8, 10, 36]):
    ls.column_dimensions[col].width = w

tmpdir = tempfile.mkdtemp()
src = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", tmpdir + "/out", src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(tmpdir, "out", NAME + ".xlsx"), NAME + ".xlsx")
shutil.rmtree(tmpdir)

band2_rows = [h["_row"] for h in hospitals if h["band"] == "100床以上200床未満"]
band2_idx = [i for i, h in enumerate(hospitals) if h["band"] == "100床以上200床未満"]
noehr = [(i, h["_row"]) for i, h in enumerate(hospitals) if h["ehr"] == "なし"]
for h in hospitals:
    del h["_row"]
exp = {
    "form": "hospital-selection", "version": "R6", "file": NAME + ".xlsx",
    "values": {
        "prefecture": "青森県",
        "quotas": [{"band": b, "quota": q} for b, q in QUOTAS],
        "hospitals": hospitals,
    },
    "planted": [
        {"cells": ["表紙・支援枠!D12", "選定病院一覧!B%d" % band2_rows[0]],
         "paths": ["quotas[1].quota"] + ["hospitals[%d].band" % i for i in band2_idx],
         "why": "band 100床以上200床未満: 支援枠 2 but 3 hospitals selected (must be 過不足なく); total 8 against 7"},
        {"cells": ["選定病院一覧!F%d" % noehr[0][1]], "paths": ["hospitals[%d].ehr" % noehr[0][0]],
         "why": "電子カルテ × (未導入, planned for R6.10): the programme supports only hospitals with an EHR"},
    ],
    "notes": ("Cover sheet: 都道府県名 label left (B4/C4); quota table transposed (bands across C11:E11, quotas C12:E12, "
              "F = 計 SUM formula, not a band). List sheet: 病床規模区分 is merged down over each group (value only in "
              "the group's top cell, B4/B7/B10). Codes written as 7-digit with hyphens (e.g. 01-1287-6); expanded to "
              "10 digits with 青森県 02 and 点数表番号 1. 電子カルテ ○ -> あり, × -> なし. Re-saved by LibreOffice."),
}
json.dump(exp, open(NAME + ".expected.json", "w"), ensure_ascii=False, indent=2)

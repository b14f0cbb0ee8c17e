#!/usr/bin/python3
"""hs-w15-a: Okayama's 別紙様式 on one sheet: 都道府県名 in a 「項目：値」 cell, the quota
table (with COUNTIF check column and a 合計 row, formulas saved by openpyxl without cached
values) above the list of selected hospitals. Filled completely and correctly."""
import json
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "hs-w15-a-one-sheet-quota-above-list"

def luhn(nine):
    s = 0
    for i, d in enumerate(reversed([int(c) for c in nine])):
        p = d * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return str((10 - s % 10) % 10)

QUOTAS = [("20～99床", 3), ("100～199床", 2), ("200～399床", 2), ("400床以上", 1)]
HOSP = [  # 9-digit base, name, beds, band, ehr as written, reason
    ("331010482", "医療法人　旭川会　旭東中央病院", 48, "20～99床", "有", None),
    ("331020617", "医療法人　西浜会　倉敷西浜病院", 60, "20～99床", "有", None),
    ("331080359", "医療法人　高梁会　高梁やまびこ病院", 85, "20～99床", "有", "中山間地域で唯一の二次救急を担う"),
    ("331050233", "津山なかやま記念病院", 150, "100～199床", "有", "救急告示病院"),
    ("331030771", "玉野みなと総合病院", 199, "100～199床", "有", "立入検査で対策不十分（オフラインバックアップ未整備）"),
    ("331010935", "岡山東総合医療センター", 312, "200～399床", "有", "地域医療支援病院、二次救急の中核"),
    ("331020208", "倉敷南部医療センター", 280, "200～399床", "有", "災害拠点病院"),
    ("331012740", "岡山県南総合病院", 520, "400床以上", "有", "救命救急センター（三次救急）"),
]

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="E2EFDA")
cal = Alignment(horizontal="center", vertical="center", wrap_text=True)
wal = Alignment(vertical="center", wrap_text=True)

ws["G1"] = "別紙様式"
ws["G1"].alignment = Alignment(horizontal="right")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院（令和６年度）"
ws["A2"].font = Font(bold=True, size=13)
ws.merge_cells("A2:G2")
ws["A3"] = "都道府県名：岡山県"
ws["A3"].font = Font(bold=True, size=11)
ws.merge_cells("A3:C3")
ws["E3"] = "提出日：令和6年3月12日　岡山県保健医療部医療推進課"
ws.merge_cells("E3:G3")

ws["A5"] = "１．病床規模別の支援枠"
ws["A5"].font = Font(bold=True)
for c, t in enumerate(["No.", "病床規模", "支援枠（病院数）", "選定数", "過不足"], 1):
    ws.cell(6, c, t)
r0 = 7
for i, (band, q) in enumerate(QUOTAS):
    r = r0 + i
    ws.cell(r, 1, i + 1)
    ws.cell(r, 2, band)
    ws.cell(r, 3, q)
    ws.cell(r, 4, '=COUNTIF($E$17:$E$24,B%d)' % r)
    ws.cell(r, 5, '=IF(D%d=C%d,"○","要確認")' % (r, r))
rt = r0 + len(QUOTAS)
ws.cell(rt, 2, "合計")
ws.cell(rt, 3, "=SUM(C%d:C%d)" % (r0, rt - 1))
ws.cell(rt, 4, "=SUM(D%d:D%d)" % (r0, rt - 1))
for r in range(6, rt + 1):
    for c in range(1, 6):
        ws.cell(r, c).border = box
        ws.cell(r, c).alignment = cal
        if r == 6:
            ws.cell(r, c).fill = hdr

ws["A14"] = "２．選定した支援対象病院"
ws["A14"].font = Font(bold=True)
ws["A15"] = "※ 各病床規模の支援枠の数を過不足なく選定すること。電子カルテシステムを導入している病院に限る。"
ws["A15"].font = Font(size=9)
heads = ["No.", "医療機関コード（10桁）", "病院名", "病床数", "病床規模区分", "電子カルテ導入（有・無）", "選定理由（任意）"]
for c, t in enumerate(heads, 1):
    cell = ws.cell(16, c, t)
    cell.fill = hdr
    cell.border = box
    cell.alignment = cal
    cell.font = Font(bold=True, size=10)
for i, (base, name, beds, band, ehr, reason) in enumerate(HOSP):
    r = 17 + i
    vals = [i + 1, base + luhn(base), name, beds, band, ehr, reason]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v)
        cell.border = box
        cell.alignment = cal if c in (1, 2, 4, 5, 6) else wal
    ws.cell(r, 2).number_format = "@"

for col, w in zip("ABCDEFG", [6, 16, 34, 9, 14, 12, 40]):
    ws.column_dimensions[col].width = w
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 1

wb.save(NAME + ".xlsx")

exp = {
    "form": "hospital-selection", "version": "R6", "file": NAME + ".xlsx",
    "values": {
        "prefecture": "岡山県",
        "quotas": [{"band": b, "quota": q} for b, q in QUOTAS],
        "hospitals": [dict({"hospitalCode": b + luhn(b), "hospitalName": n, "beds": beds, "band": band,
                            "ehr": "あり"}, **({"reason": rs} if rs else {}))
                      for b, n, beds, band, e, rs in HOSP],
    },
    "planted": [],
    "notes": ("One sheet. 都道府県名 is in a single cell '都道府県名：岡山県' (A3). Quota table rows 7-10; row 11 is a 合計 "
              "row (not a band). Columns D/E of the quota table and the 合計 row are formulas saved by openpyxl without "
              "cached values. 電子カルテ導入 written '有' -> あり. 選定理由 left blank for the first two hospitals."),
}
json.dump(exp, open(NAME + ".expected.json", "w"), ensure_ascii=False, indent=2)

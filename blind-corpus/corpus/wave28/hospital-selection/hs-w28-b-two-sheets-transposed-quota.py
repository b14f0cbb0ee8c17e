#!/usr/bin/python3
"""hs-w28-b: prefecture office workbook with 記入要領 sheet, a 支援枠 sheet whose quota table runs across
(bands as columns) and a 選定病院 sheet with a labelled 記入例 row, hyphenated codes and ○/× for 電子カルテ.
Re-saved by LibreOffice (formula results cached).
Planted: band 99床以下 has 4 hospitals for a quota of 3; one selected hospital has 電子カルテ ×."""
import json, os, subprocess, tempfile, shutil
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave28/hospital-selection"
NAME = "hs-w28-b-two-sheets-transposed-quota"


def luhn_check(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)


def code(gun, num):
    nine = "22" + "1" + gun + num
    c = nine + luhn_check(nine)
    return c, f"{c[:2]}-{c[2]}-{c[3:5]}-{c[5:9]}-{c[9]}"


PREF = "静岡県"
QUOTAS = [("99床以下", 3), ("100床～299床", 2), ("300床以上", 1)]
# (gun, num), name, beds as written, beds int, band, ehr mark, reason
HOSP = [
    (("01", "1652"), "医療法人社団 駿河会 駿府東病院", 58, "99床以下", "○", ""),
    (("13", "0294"), "医療法人 富岳会 富士見ヶ丘病院", "88", "99床以下", "○", "立入検査（R5）で対策不十分"),
    (("21", "0733"), "医療法人社団 遠州会 浜名湖北病院", 41, "99床以下", "○", ""),
    (("05", "0419"), "医療法人 伊豆海会 下田みなと病院", "72", "99床以下", "○", "賀茂医療圏の救急告示病院"),
    (("21", "2178"), "社会医療法人 天竜会 天竜川中央病院", 184, "100床～299床", "○", "二次救急（輪番）"),
    (("11", "0856"), "医療法人 大井会 島田大井病院", 230, "100床～299床", "×", "地域の透析医療を担う"),
    (("01", "0120"), "静岡県央総合医療センター", 506, "300床以上", "○", "救命救急センター・災害拠点病院"),
]

wb = Workbook()
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")
fill = PatternFill("solid", fgColor="FCE4D6")
grey = PatternFill("solid", fgColor="EDEDED")

# --- 記入要領
ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["A"].width = 100
lines = [
    "【記入要領】支援対象病院の選定（別紙様式）",
    "",
    "１　「支援枠」シートの都道府県名を記入してください。支援枠は国から示された数です。",
    "２　「選定病院」シートに、支援対象として選定した病院を１行に１病院ずつ記入してください。",
    "３　支援枠の数の病院を、病床規模別に過不足なく選定してください。",
    "４　支援の対象は電子カルテシステムを導入している病院です（電子カルテ欄は ○／× で記入）。",
    "５　選定理由は任意です（例：救急等の主要な診療機能を担っている、立入検査等で対策が不十分 等）。",
    "６　記入例の行は削除せずにそのまま提出して構いません。",
    "提出期限：令和6年3月15日（金）　提出先：厚生労働省医政局参事官付医療情報室",
]
for i, t in enumerate(lines):
    ins.cell(1 + i, 1, t)
ins["A1"].font = Font(bold=True, size=12)

# --- 支援枠 (transposed)
q = wb.create_sheet("支援枠")
q.column_dimensions["A"].width = 16
for col in "BCDE":
    q.column_dimensions[col].width = 16
q["A1"] = "医療機関におけるサイバーセキュリティ確保事業　支援枠（令和6年度）"
q["A1"].font = Font(bold=True, size=12)
q["A3"] = "都道府県名"
q["A3"].fill = fill
q["B3"] = PREF
q["A3"].border = box
q["B3"].border = box
q["A5"] = "病床規模"
q["A6"] = "支援枠"
q["A7"] = "選定数"
for i, (band, n) in enumerate(QUOTAS):
    col = 2 + i
    L = q.cell(5, col).column_letter
    q.cell(5, col, band)
    q.cell(6, col, n)
    q.cell(7, col, f"=COUNTIF(選定病院!$E$6:$E$40,{L}5)")
tc = 2 + len(QUOTAS)
TL = q.cell(5, tc).column_letter
q.cell(5, tc, "合計")
q.cell(6, tc, f"=SUM(B6:{q.cell(6, tc-1).column_letter}6)")
q.cell(7, tc, f"=SUM(B7:{q.cell(7, tc-1).column_letter}7)")
for row in q.iter_rows(min_row=5, max_row=7, min_col=1, max_col=tc):
    for c in row:
        c.border = box
        c.alignment = center
for r in (5, 6, 7):
    q.cell(r, 1).fill = fill
q["A8"] = "※選定数は「選定病院」シートから自動計算"
q["A8"].font = Font(size=9)

# --- 選定病院
s = wb.create_sheet("選定病院")
for col, w in zip("ABCDEFG", (8, 36, 18, 9, 14, 11, 34)):
    s.column_dimensions[col].width = w
s["A1"] = "支援対象病院一覧（静岡県）"
s["A1"].font = Font(bold=True, size=12)
s["A2"] = "※電子カルテ導入：○＝導入済　×＝未導入"
s["A2"].font = Font(size=9)
hdr = ["No.", "病院名", "医療機関コード\n（10桁）", "病床数", "病床規模区分", "電子カルテ\n導入", "選定理由（任意）"]
s.row_dimensions[4].height = 32
for i, h in enumerate(hdr):
    c = s.cell(4, 1 + i, h)
    c.alignment = center
    c.fill = fill
    c.border = box
ex = ["記入例", "医療法人○○会 ○○病院", "22-1-XX-XXXX-X", 150, "100床～299床", "○", "二次救急医療機関"]
for j, v in enumerate(ex):
    c = s.cell(5, 1 + j, v)
    c.fill = grey
    c.border = box
    c.font = Font(color="808080", italic=True)
    c.alignment = center if j != 1 and j != 6 else wrap
rows = {}
for i, ((gun, num), nm, beds, band, mark, reason) in enumerate(HOSP):
    r = 6 + i
    c10, hy = code(gun, num)
    vals = [i + 1, nm, hy, beds, band, mark, reason or None]
    for j, v in enumerate(vals):
        c = s.cell(r, 1 + j, v)
        c.border = box
        c.alignment = center if j in (0, 2, 3, 4, 5) else wrap
    rows[i] = r
s.freeze_panes = "A6"

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.active = 1
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
               stdout=subprocess.DEVNULL)
shutil.rmtree(tmp)

hosp = []
for (gun, num), nm, beds, band, mark, reason in HOSP:
    c10, hy = code(gun, num)
    h = {"hospitalCode": c10, "hospitalName": nm, "beds": int(beds), "band": band,
         "ehr": "あり" if mark == "○" else "なし"}
    if reason:
        h["reason"] = reason
    hosp.append(h)
ehr_idx = [i for i, h in enumerate(HOSP) if h[4] == "×"][0]
expected = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": PREF,
        "quotas": [{"band": b, "quota": n} for b, n in QUOTAS],
        "hospitals": hosp,
    },
    "planted": [
        {"cells": ["支援枠!B6", "支援枠!B7"], "paths": ["quotas[0].quota"],
         "why": "病床規模 99床以下: 支援枠 3 に対し 4 病院を選定（選定病院!E6:E9）; 支援枠は過不足なく選定すること"},
        {"cells": [f"選定病院!F{rows[ehr_idx]}"], "paths": [f"hospitals[{ehr_idx}].ehr"],
         "why": "電子カルテ導入が × (なし) の病院を選定; 支援対象は電子カルテシステムを導入している病院のみ"},
    ],
    "notes": "Sheets: 記入要領 (instructions only), 支援枠 (quota table transposed: bands across B5:D5, 支援枠 B6:D6, "
             "選定数 row 7 = COUNTIF formulas, 合計 column E is not a band), 選定病院 (header row 4; row 5 is a grey, "
             "correctly labelled 記入例 row to ignore; data rows 6-12). Codes written hyphenated 22-1-GG-NNNN-C; "
             "電子カルテ written ○/× (○=あり, ×=なし). 病床数 of two rows (88, 72) are text cells. "
             "Re-saved by LibreOffice, so formula results are cached.",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print(rows, [code(*h[0]) for h in HOSP])

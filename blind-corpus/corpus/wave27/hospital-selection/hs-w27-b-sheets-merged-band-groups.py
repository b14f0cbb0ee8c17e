#!/usr/bin/python3
"""hs-w27-b: Kagawa prefecture, several sheets: 支援枠 (transposed quota table, 都道府県名 as label：value in one cell),
選定病院一覧 (hospitals grouped by band with a vertically merged band column, 7-digit codes, bed counts as text, ○ for EHR),
hidden リスト sheet. Re-saved by LibreOffice."""
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave27/hospital-selection"
NAME = "hs-w27-b-sheets-merged-band-groups"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="E2EFDA")

def cell(ws, ref, value, bold=False, fill=None, align="left", border=True):
    c = ws[ref]
    c.value = value
    c.font = Font(name="游ゴシック", size=10, bold=bold)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    if fill:
        c.fill = fill
    if border:
        c.border = box
    return c

wb = Workbook()
q = wb.active
q.title = "支援枠"
for col, w in zip("ABCDE", [20, 14, 14, 14, 10]):
    q.column_dimensions[col].width = w
cell(q, "E1", "別紙様式", align="right", border=False)
cell(q, "A2", "医療機関におけるサイバーセキュリティ確保事業　支援対象病院の選定について（回答）", bold=True, border=False)
cell(q, "A4", "都道府県名：香川県", bold=True, border=False)
cell(q, "A6", "病床規模別支援枠", bold=True, border=False)
bands = ["20～99床", "100～199床", "200床以上"]
quotas = [3, 2, 2]
cell(q, "A7", "病床規模", bold=True, fill=hdr, align="center")
cell(q, "A8", "支援枠（病院数）", bold=True, fill=hdr, align="center")
for j, (b, n) in enumerate(zip(bands, quotas)):
    col = "BCD"[j]
    cell(q, f"{col}7", b, bold=True, fill=hdr, align="center")
    cell(q, f"{col}8", n, align="center")
cell(q, "E7", "計", bold=True, fill=hdr, align="center")
cell(q, "E8", "=SUM(B8:D8)", align="center")
cell(q, "A10", "※ 各病床規模の支援枠の数の病院を過不足なく選定し、「選定病院一覧」シートに記入すること。", border=False)

s = wb.create_sheet("選定病院一覧")
for col, w in zip("ABCDEFG", [12, 5, 14, 34, 12, 10, 40]):
    s.column_dimensions[col].width = w
cell(s, "A1", "支援対象病院一覧（香川県）", bold=True, border=False)
heads = ["病床規模区分", "No.", "医療機関コード\n（7桁）", "医療機関名", "許可病床数", "電子カルテ\n導入", "選定理由（任意）"]
for j, h in enumerate(heads):
    cell(s, f"{'ABCDEFG'[j]}3", h, bold=True, fill=hdr, align="center")
s.row_dimensions[3].height = 30
rows = [
    # band, 7-digit code, name, beds(text), reason
    ("20～99床", "0300892", "坂出しおかぜ病院", "48", "救急告示病院"),
    ("20～99床", "0301262", "医療法人 翠松会 宇多津ひかり病院", "76", None),
    ("20～99床", "0403852", "善通寺こんぴら台病院", "92", "立入検査においてセキュリティ対策が不十分"),
    ("100～199床", "1204119", "さぬき東かがわ病院", "160", "地域の二次救急を担っている"),
    ("100～199床", "0507637", "観音寺ことひき病院", "118", None),
    ("100～199床", "0607023", "三豊やまなみ病院", "140", "救急・透析医療の地域拠点"),
    ("200床以上", "0209556", "高松セントラル病院", "185", None),
    ("200床以上", "0701487", "高松湾岸総合医療センター", "430", "救命救急センター\n災害拠点病院"),
]
start = 4
for i, (band, code, name, beds, reason) in enumerate(rows):
    r = start + i
    cell(s, f"A{r}", band if (i == 0 or rows[i - 1][0] != band) else None, align="center")
    cell(s, f"B{r}", i + 1, align="center")
    c = cell(s, f"C{r}", code, align="center")
    c.number_format = "@"
    cell(s, f"D{r}", name)
    cell(s, f"E{r}", beds, align="right")
    cell(s, f"F{r}", "○", align="center")
    cell(s, f"G{r}", reason)
# merge the band column per group
i = 0
while i < len(rows):
    j = i
    while j + 1 < len(rows) and rows[j + 1][0] == rows[i][0]:
        j += 1
    if j > i:
        s.merge_cells(f"A{start + i}:A{start + j}")
    i = j + 1

lst = wb.create_sheet("リスト")
for i, b in enumerate(bands, 1):
    lst.cell(i, 1, b)
lst.cell(1, 2, "○")
lst.cell(2, 2, "×")
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="リスト!$B$1:$B$2", allow_blank=True)
s.add_data_validation(dv)
dv.add(f"F{start}:F{start + len(rows) - 1}")

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
outdir = os.path.join(tmp, "lo")
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmp)

expected = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": "香川県",
        "quotas": [{"band": b, "quota": n} for b, n in zip(bands, quotas)],
        "hospitals": [
            dict({"hospitalCode": "371" + code, "hospitalName": name, "beds": int(beds), "band": band, "ehr": "あり"},
                 **({"reason": reason} if reason else {}))
            for band, code, name, beds, reason in rows
        ],
    },
    "planted": [
        {"cells": ["支援枠!C8", "選定病院一覧!A7", "選定病院一覧!D9"],
         "paths": ["quotas[1].quota", "hospitals[3].band", "hospitals[4].band", "hospitals[5].band"],
         "why": "band 100～199床: 支援枠 2 but 3 hospitals selected (rows 7-9) — must be filled exactly (過不足なく), one too many"},
        {"cells": ["選定病院一覧!E10"], "paths": ["hospitals[6].beds"],
         "why": "高松セントラル病院 has 185 beds but is listed under 200床以上; 病床数 is outside its band"},
    ],
    "notes": ("都道府県名 given as '都道府県名：香川県' in one cell (支援枠!A4). Quota table is transposed (bands across B7:D7, "
              "quotas in B8:D8; E is a 計 column, not a band). 病床規模区分 is a vertically merged cell per group "
              "(A4:A6, A7:A9, A10:A11); each hospital's band is the merged value. 医療機関コード written as 7-digit text; "
              "expanded with 香川県 (37) and 点数表番号 1 to 10 digits (all check digits valid). 許可病床数 are text cells. "
              "電子カルテ導入 marked ○ -> あり. Hidden sheet リスト holds dropdown values only. Re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok")

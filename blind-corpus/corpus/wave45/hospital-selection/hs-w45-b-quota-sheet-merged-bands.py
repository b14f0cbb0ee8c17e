# Generator: hospital-selection, workbook b (two sheets: transposed quota table on 支援枠; hospital list on
# 選定病院一覧 grouped by a vertically merged band column, 7-digit codes). Re-saved by LibreOffice.
# Planted: band 100～299床 has 4 hospitals for a quota of 3; one hospital's 電子カルテ is 未導入.
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w45-b-quota-sheet-merged-bands"
PREF = "06"

def luhn(d9):
    s = 0
    for i, ch in enumerate(reversed(d9)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return (10 - s % 10) % 10

def code7(gun, num):
    return gun + num + str(luhn(PREF + "1" + gun + num))

quotas = [("20～99床", 4), ("100～299床", 3), ("300床以上", 2)]
groups = [
    ("20～99床", [
        ("最上川さくら病院", "06", "3318", "48床", 48, "導入済", "地域の一次・二次救急を担う"),
        ("医療法人 慈光会 天童温泉病院", "05", "0274", 96, 96, "導入済", ""),
        ("蔵王みはらし病院", "01", "7752", "60床", 60, "未導入", "精神科救急"),          # planted: no EHR
        ("置賜ふれあい病院", "08", "1145", 75, 75, "導入済", "立入検査でセキュリティ対策が不十分"),
    ]),
    ("100～299床", [
        ("酒田港中央病院", "04", "0936", 199, 199, "導入済", "庄内地域の救急告示病院"),
        ("社会医療法人 清明会 米沢東病院", "02", "2261", "150床", 150, "導入済", ""),
        ("鶴岡しらゆり病院", "03", "1583", 240, 240, "導入済", "透析・救急"),
        ("新庄もがみ記念病院", "07", "0427", 112, 112, "導入済", "最上地域の中核病院"),  # 4th in a band of 3
    ]),
    ("300床以上", [
        ("山形県立中央医療センター", "01", "0015", 620, 620, "導入済", "救命救急センター\n災害拠点病院"),
        ("山形市民総合病院", "01", "3409", "368床", 368, "導入済", "地域医療支援病院"),
    ]),
]

wb = Workbook()
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="E2EFDA")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")

qs = wb.active
qs.title = "支援枠"
qs.column_dimensions["A"].width = 16
for col in "BCDE":
    qs.column_dimensions[col].width = 14
qs["A1"] = "別紙様式"
qs.merge_cells("A2:E2"); qs["A2"] = "支援対象病院の選定について"
qs["A2"].font = Font(bold=True, size=14); qs["A2"].alignment = center
qs["A4"] = "都道府県名"; qs["B4"] = "山形県"
qs.merge_cells("B4:C4")
for c in ("A4", "B4", "C4"):
    qs[c].border = B
qs["A4"].fill = hdr
qs["A6"] = "病床規模"; qs["A7"] = "支援枠"
for j, (band, q) in enumerate(quotas):
    qs.cell(6, 2 + j, band); qs.cell(7, 2 + j, q)
qs.cell(6, 5, "合計"); qs.cell(7, 5, "=SUM(B7:D7)")
for r in (6, 7):
    for c in range(1, 6):
        qs.cell(r, c).border = B; qs.cell(r, c).alignment = center
    qs.cell(r, 1).fill = hdr
qs["A9"] = "※支援枠の数の病院を過不足なく選定すること。選定病院は「選定病院一覧」シートに記入。"
qs["A9"].font = Font(size=9)

ls = wb.create_sheet("選定病院一覧")
for col, w in zip("ABCDEFG", [14, 5, 32, 14, 9, 11, 34]):
    ls.column_dimensions[col].width = w
ls.merge_cells("A1:G1"); ls["A1"] = "山形県　支援対象病院一覧（令和6年度支援分）"
ls["A1"].font = Font(bold=True, size=13)
ls["A2"] = "※医療機関コードは7桁（郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）で記入"
ls["A2"].font = Font(size=9)
heads = ["病床規模区分", "No.", "病院名", "医療機関コード", "病床数", "電子カルテ", "選定理由"]
for j, h in enumerate(heads, 1):
    c = ls.cell(4, j, h); c.border = B; c.fill = hdr; c.alignment = center

r = 5; n = 1
rows = []; band_cells = {}
ehr_cell = None
for band, hs in groups:
    start = r
    for name, gun, num, beds_written, beds, ehr, reason in hs:
        c7 = code7(gun, num)
        ls.cell(r, 2, n); ls.cell(r, 3, name); ls.cell(r, 4, c7)
        ls.cell(r, 5, beds_written); ls.cell(r, 6, ehr)
        if reason:
            ls.cell(r, 7, reason)
        if "\n" in reason:
            ls.row_dimensions[r].height = 30
        for c in range(1, 8):
            ls.cell(r, c).border = B
            ls.cell(r, c).alignment = center if c in (2, 4, 5, 6) else wrap
        h = {"hospitalCode": PREF + "1" + c7, "hospitalName": name, "beds": beds, "band": band,
             "ehr": "あり" if ehr == "導入済" else "なし"}
        if reason:
            h["reason"] = reason
        rows.append(h)
        if ehr == "未導入":
            ehr_cell = f"選定病院一覧!F{r}"; ehr_idx = len(rows) - 1
        r += 1; n += 1
    ls.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
    ls.cell(start, 1, band).alignment = center
    band_cells[band] = (start, r - 1)
ls.freeze_panes = "A5"
ls.page_setup.orientation = "landscape"

tmpd = tempfile.mkdtemp(prefix="hs_b_")
src = os.path.join(tmpd, NAME + ".xlsx")
wb.save(src)
outd = os.path.join(tmpd, "out"); os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmpd)

s1, e1 = band_cells["100～299床"]
first_idx = sum(len(g[1]) for g in groups[:1])
expected = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": "山形県",
        "quotas": [{"band": b, "quota": q} for b, q in quotas],
        "hospitals": rows,
    },
    "planted": [
        {"cells": ["支援枠!C7", f"選定病院一覧!A{s1}", f"選定病院一覧!C{e1}"],
         "paths": ["quotas[1].quota"] + [f"hospitals[{first_idx + k}].band" for k in range(e1 - s1 + 1)],
         "why": "band 100～299床: quota 3 but 4 hospitals selected (支援枠を過不足なく選定していない: too many)"},
        {"cells": [ehr_cell], "paths": [f"hospitals[{ehr_idx}].ehr"],
         "why": "電子カルテ 未導入: the programme supports only hospitals that have an EHR system"},
    ],
    "notes": ("Two sheets. 支援枠: transposed quota table (bands across row 6, quotas in row 7, 合計 =SUM). "
              "選定病院一覧: 病床規模区分 is a vertically merged cell per band group (A5:A8, A9:A12, A13:A14); each "
              "hospital's band is its group's merged value. Codes written as 7 digits (text); expanded with 山形県 (06) "
              "and 点数表番号 1 to 10 digits, check digits valid. Some 病床数 written as text with 床 (e.g. '150床'). "
              "電子カルテ 導入済 → あり, 未導入 → なし. Workbook re-saved by LibreOffice (formula results cached)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print(band_cells, ehr_cell)

#!/usr/bin/python3
# Generator: hs-w12-b-transposed-quota-merged-bands.xlsx  (hospital-selection, 2 planted problems)
# Role: Miyazaki prefecture 医療政策課 staff: quota table drawn horizontally (bands across), hospitals grouped
# by band with the band written once in a vertically merged cell, codes with spaces, bed counts as text,
# ○ marks for 電子カルテ; 記入要領 sheet + hidden list sheet; re-saved by LibreOffice (cached formula results).
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave12/hospital-selection"
NAME = "hs-w12-b-transposed-quota-merged-bands"

def luhn(n9):
    s = 0
    for i, ch in enumerate(reversed(n9)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10

def code(gun, no):
    n9 = "451" + gun + no
    return n9 + str(luhn(n9))

quotas = [("20床～99床", 4), ("100床～199床", 2), ("200床～299床", 1), ("300床以上", 1)]
groups = [
    ("20床～99床", [
        ("01", "2056", "医療法人日向会 宮崎南病院", 48, "救急告示病院"),
        ("03", "1102", "延岡みなと病院", 89, None),
        ("06", "0317", "都城西病院", 60, "立入検査（R5.11）で対策が不十分"),
        ("02", "0824", "日南中央病院", 35, None),
        ("04", "0911", "小林記念病院", 72, "西諸地域の二次救急を担う"),   # 5th in a band whose quota is 4 (planted)
    ]),
    ("100床～199床", [
        ("01", "3390", "宮崎北病院", 160, "二次救急輪番"),
        ("03", "0045", "県北総合病院", 128, "県北地域の中核病院\n（災害拠点病院）"),
    ]),
    ("200床～299床", [
        ("06", "0208", "都城中央病院", 312, "地域医療支援病院"),          # 312 beds is outside 200～299 (planted)
    ]),
    ("300床以上", [
        ("01", "0010", "宮崎中央医療センター", 450, "救命救急センター・災害拠点病院"),
    ]),
]

wb = Workbook()
ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["A"].width = 100
for i, t in enumerate([
    "記入要領",
    "・支援枠は国から示された病床規模別の数を記載（変更不可）。",
    "・選定数が支援枠と一致すること（過不足なく選定）。「判定」欄が全てOKになることを確認。",
    "・医療機関コードは10桁（都道府県番号 点数表番号 郡市区番号 医療機関番号 検証番号）。",
    "・電子カルテ導入欄は、導入済みの場合○を選択。",
    "・選定理由は任意（例：地域の救急医療を担う、立入検査で対策不十分 等）。",
], 1):
    ins.cell(row=i, column=1, value=t).font = Font(bold=(i == 1))

ws = wb.create_sheet("選定病院一覧")
lst = wb.create_sheet("list")
lst["A1"] = "○"; lst["A2"] = "×"
lst.sheet_state = "hidden"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
cen = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")
grey = PatternFill("solid", fgColor="E7E6E6")
for col, w in {"A": 3, "B": 16, "C": 16, "D": 18, "E": 30, "F": 12, "G": 12, "H": 36}.items():
    ws.column_dimensions[col].width = w

ws["B1"] = "医療機関におけるサイバーセキュリティ確保事業　支援対象病院選定表（別紙様式）"
ws["B1"].font = Font(bold=True, size=13)
ws["B2"] = "都道府県名"; ws["B2"].fill = grey; ws["B2"].border = box; ws["B2"].alignment = cen
ws["C2"] = "宮崎県"; ws["C2"].border = box; ws["C2"].alignment = cen
ws["G2"] = "提出日"; ws["G2"].alignment = cen
ws["H2"] = "R6.3.14"

# transposed quota table: bands across columns C..F, total in G
ws["B4"] = "病床規模"; ws["B5"] = "支援枠（国提示）"; ws["B6"] = "選定数"; ws["B7"] = "判定"
for r in range(4, 8):
    ws.cell(row=r, column=2).fill = grey
    ws.cell(row=r, column=2).border = box
    ws.cell(row=r, column=2).alignment = cen
first = 11
ranges = []
r = first
for band, hs in groups:
    ranges.append((r, r + len(hs) - 1))
    r += len(hs)
for j, ((band, q), (r0, r1)) in enumerate(zip(quotas, ranges)):
    col = 3 + j
    L = "CDEF"[j]
    ws.cell(row=4, column=col, value=band)
    ws.cell(row=5, column=col, value=q)
    ws.cell(row=6, column=col, value=f"=COUNTA(D{r0}:D{r1})")
    ws.cell(row=7, column=col, value=f'=IF({L}6={L}5,"OK","要確認")')
    for rr in range(4, 8):
        ws.cell(row=rr, column=col).border = box
        ws.cell(row=rr, column=col).alignment = cen
ws["G4"] = "合計"; ws["G5"] = "=SUM(C5:F5)"; ws["G6"] = "=SUM(C6:F6)"; ws["G7"] = '=IF(G6=G5,"OK","要確認")'
for rr in range(4, 8):
    ws.cell(row=rr, column=7).border = box
    ws.cell(row=rr, column=7).alignment = cen

hdr = ["病床規模区分", "No.", "医療機関コード", "病院名", "病床数（床）", "電子カルテ\n導入", "選定理由（任意）"]
for j, t in enumerate(hdr, 2):
    c = ws.cell(row=10, column=j, value=t); c.fill = grey; c.border = box; c.alignment = cen; c.font = Font(bold=True)
ws.row_dimensions[10].height = 30

rows = []
r = first
no = 1
for (band, hs), (r0, r1) in zip(groups, ranges):
    ws.cell(row=r0, column=2, value=band)
    if r1 > r0:
        ws.merge_cells(start_row=r0, start_column=2, end_row=r1, end_column=2)
    for (g, n, name, beds, reason) in hs:
        cd = code(g, n)
        written = f"{cd[0:2]} {cd[2]} {cd[3:5]} {cd[5:9]} {cd[9]}"
        vals = {3: no, 4: written, 5: name, 6: str(beds), 7: "○", 8: reason}
        for col, v in vals.items():
            c = ws.cell(row=r, column=col, value=v)
            c.alignment = wrap if col in (5, 8) else cen
        ws.cell(row=r, column=6).number_format = "@"
        h = {"hospitalCode": cd, "hospitalName": name, "beds": beds, "band": band, "ehr": "あり"}
        if reason:
            h["reason"] = reason
        rows.append(h)
        if reason and "\n" in reason:
            ws.row_dimensions[r].height = 30
        r += 1
        no += 1
last = r - 1
for rr in range(first, last + 1):
    for col in range(2, 9):
        ws.cell(row=rr, column=col).border = box
    ws.cell(row=rr, column=2).alignment = cen
dv = DataValidation(type="list", formula1="list!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
dv.add(f"G{first}:G{last + 5}")
ws.freeze_panes = "B11"
wb.active = 1
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "landscape"

tmpd = tempfile.mkdtemp(dir=OUT)
src = os.path.join(tmpd, NAME + ".xlsx")
wb.save(src)
outd = os.path.join(tmpd, "lo")
os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.move(os.path.join(outd, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmpd)

expected = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": "宮崎県",
        "quotas": [{"band": b, "quota": q} for b, q in quotas],
        "hospitals": rows,
    },
    "planted": [
        {"cells": ["選定病院一覧!C5", "選定病院一覧!C6"], "paths": ["quotas[0].quota"],
         "why": "band 20床～99床: 支援枠 4 but 5 hospitals selected (rows 11-15); 「過不足なく」 requires exactly 4"},
        {"cells": ["選定病院一覧!F18"], "paths": ["hospitals[7].beds"],
         "why": "都城中央病院 has 312 beds but is listed under 200床～299床 (outside the band; it belongs to 300床以上)"},
    ],
    "notes": ("Quota table is transposed: bands across C4:F4, 支援枠 in row 5, 選定数 (=COUNTA, cached by LibreOffice) row 6, 判定 row 7; "
              "G column '合計' is a total, not a band. Hospital list rows 11-19: 病床規模区分 written once per band in a vertically merged "
              "cell in column B (B11:B15, B16:B17, B18, B19) — each hospital's band is that merged value. Codes written with spaces "
              "('45 1 01 2056 x'); 病床数 are text cells; 電子カルテ '○' = あり (drop-down from hidden sheet 'list'). "
              "'提出日 R6.3.14' (H2) has no key. Sheets: 記入要領, 選定病院一覧, hidden list. Re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok")

# Generator: hs-w19-b-transposed-quota-seven-digit.xlsx
# Role: Hiroshima prefecture 医療介護基盤課 staff. Workbook with 記入要領 sheet, a transposed quota sheet
# (bands across columns), the list sheet with 7-digit codes, a labelled 記入例 row and dropdowns fed from a
# hidden リスト sheet; re-saved by LibreOffice.
# Planted: band 50～99床 has 3 hospitals for a quota of 2; a 98-bed hospital filed under 100～299床.
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave19/hospital-selection"
NAME = "hs-w19-b-transposed-quota-seven-digit"

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
W = Alignment(vertical="center", wrap_text=True)
hdr = PatternFill("solid", fgColor="FCE4D6")
ex = PatternFill("solid", fgColor="EDEDED")

wb = Workbook()
# --- 記入要領
g = wb.active
g.title = "記入要領"
g.column_dimensions["A"].width = 100
lines = [
    "【記入要領】支援対象病院の選定（別紙様式）",
    "1. 「支援枠」シートの病床規模別の支援枠の数の病院を、過不足なく選定してください。",
    "2. 「選定病院一覧」シートに、病床規模区分ごとにまとめて記入してください（区分はプルダウンから選択）。",
    "3. 医療機関コードは7桁（郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）で記入してください。",
    "4. 電子カルテシステムを導入している病院が対象です（電子カルテ欄は「有」）。",
    "5. 選定理由は任意です（例：地域の救急等の主要な診療機能を担う、立入検査で対策が不十分と思われる 等）。",
    "6. 記入例の行はそのままで構いません（集計対象外）。",
    "提出期限：令和6年3月15日（金）",
]
for i, t in enumerate(lines, 1):
    g.cell(i, 1, t)
g["A1"].font = Font(bold=True, size=12)

# --- 支援枠 (transposed)
q = wb.create_sheet("支援枠")
q["A1"] = "広島県　病床規模別支援枠（令和6年度）"
q["A1"].font = Font(bold=True, size=12)
bands = ["20～49床", "50～99床", "100～299床", "300床以上"]
quotas = [2, 2, 2, 1]
q["A3"] = "病床規模"; q["A4"] = "支援枠（病院数）"
for i, (b, n) in enumerate(zip(bands, quotas)):
    col = chr(ord("B") + i)
    q[f"{col}3"] = b
    q[f"{col}4"] = n
q["F3"] = "計"; q["F4"] = 7
q.column_dimensions["A"].width = 18
for col in "BCDEF":
    q.column_dimensions[col].width = 13
for r in (3, 4):
    for col in "ABCDEF":
        q[f"{col}{r}"].border = B; q[f"{col}{r}"].alignment = C
        if r == 3 or col == "A":
            q[f"{col}{r}"].fill = hdr

# --- 選定病院一覧
s = wb.create_sheet("選定病院一覧")
s["A1"] = "別紙様式　「医療機関におけるサイバーセキュリティ確保事業」支援対象病院一覧"
s["A1"].font = Font(bold=True, size=12)
s["A3"] = "都道府県名"
s["A3"].fill = hdr; s["A3"].border = B
s["A4"] = "広島県"
s["A4"].border = B
heads = ("No.", "病床規模区分", "医療機関コード（7桁）", "医療機関名", "病床数", "電子カルテ\n（有・無）", "選定理由（任意）")
for col, h in zip("ABCDEFG", heads):
    s[f"{col}6"] = h; s[f"{col}6"].fill = hdr; s[f"{col}6"].border = B; s[f"{col}6"].alignment = C
s.row_dimensions[6].height = 32
for col, w in zip("ABCDEFG", (8, 13, 14, 34, 8, 11, 44)):
    s.column_dimensions[col].width = w
example = ("記入例", "100～299床", "0123456", "○○病院", 150, "有", "地域の救急医療を担う")
hospitals = [
    # (band as written, 7-digit code, full 10-digit, name, beds as entered, reason)
    ("20～49床", "0102143", "3410102143", "医療法人社団 白島会 白島病院", 42, None),
    ("20～49床", "0103372", "3410103372", "広島江波病院", 36, "立入検査でセキュリティ対策が不十分"),
    ("50～99床", "0204584", "3410204584", "呉港南病院", 96, "二次救急（病院群輪番制）参加病院"),
    ("50～99床", "0305696", "3410305696", "竹原みどり病院", 68, None),
    ("50～99床", "0406726", "3410406726", "医療法人 三原会 三原中央病院", 75, "立入検査等においてセキュリティ対策が不十分と思われる"),
    ("100～299床", "0507812", "3410507812", "尾道しまなみ病院", 98, "しまなみ地域の救急医療を担う"),
    ("100～299床", "0708931", "3410708931", "福山東部病院", "214", "地域の二次救急の中核病院"),
    ("300床以上", "1310042", "3411310042", "西条さくら総合病院", 356, "救命救急センター、災害拠点病院"),
]
rows = [example] + [(i + 1, b, c7, n, beds, "有", rsn) for i, (b, c7, c10, n, beds, rsn) in enumerate(hospitals)]
r = 7
for row in rows:
    for col, v in zip("ABCDEFG", row):
        cell = s[f"{col}{r}"]
        cell.value = v
        cell.border = B
        cell.alignment = W if col in "DG" else C
        if col == "C":
            cell.number_format = "@"
        if row[0] == "記入例":
            cell.fill = ex; cell.font = Font(color="808080", italic=True)
    r += 1
# spare blank bordered rows
for rr in range(r, r + 4):
    s[f"A{rr}"] = rr - 7
    for col in "ABCDEFG":
        s[f"{col}{rr}"].border = B; s[f"{col}{rr}"].alignment = C

# --- hidden list sheet + dropdowns
L = wb.create_sheet("リスト")
for i, b in enumerate(bands, 1):
    L.cell(i, 1, b)
L["B1"] = "有"; L["B2"] = "無"
L.sheet_state = "hidden"
dv1 = DataValidation(type="list", formula1="リスト!$A$1:$A$4", allow_blank=True)
dv2 = DataValidation(type="list", formula1="リスト!$B$1:$B$2", allow_blank=True)
s.add_data_validation(dv1); s.add_data_validation(dv2)
dv1.add("B8:B19"); dv2.add("F8:F19")
s.page_setup.orientation = "landscape"
s.page_setup.paperSize = s.PAPERSIZE_A4
wb.active = 2

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
outdir = os.path.join(tmp, "lo")
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmp)

hs = []
for b, c7, c10, n, beds, rsn in hospitals:
    d = {"hospitalCode": c10, "hospitalName": n, "beds": int(beds), "band": b, "ehr": "あり"}
    if rsn:
        d["reason"] = rsn
    hs.append(d)
expected = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": "広島県",
        "quotas": [{"band": b, "quota": n} for b, n in zip(bands, quotas)],
        "hospitals": hs,
    },
    "planted": [
        {"cells": ["支援枠!C4", "選定病院一覧!B12"], "paths": ["quotas[1].quota", "hospitals[4].band"],
         "why": "50～99床 の支援枠は 2 だが 3 病院を選定している（過不足なく選定の違反：1病院超過）"},
        {"cells": ["選定病院一覧!E13", "選定病院一覧!B13"], "paths": ["hospitals[5].beds", "hospitals[5].band"],
         "why": "病床数 98 が病床規模区分 100～299床 の範囲外（50～99床 に該当）"},
    ],
    "notes": "Codes are written as 7 digits (選定病院一覧!C8:C15, text); values give the 10-digit expansion with "
             "広島県=34 and 点数表番号 1 (e.g. 0102143 -> 3410102143). Quota table is transposed on sheet 支援枠 "
             "(bands in B3:E3, quotas in B4:E4; F3:F4 is a typed total 計=7, not a band). Row 7 of 選定病院一覧 is a "
             "correctly labelled 記入例 and must be ignored; rows 16-19 are blank numbered spare rows. 電子カルテ '有' -> "
             "あり. 病床数 of 福山東部病院 (E14) typed as text '214'. Hidden sheet リスト feeds the dropdowns. "
             "Workbook re-saved by LibreOffice. The 98-bed row is counted in band 100～299床 as written, so by the "
             "written bands only 50～99床 is over its quota (3 vs 2).",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)

# Generator: hs-w17-b-quota-sheet-dropdown-list.xlsx
# Role: Hiroshima prefecture 医療介護政策課 official; workbook with a '支援枠' sheet (prefecture label above value,
# quota table transposed: bands across), a '選定病院' sheet (band column first, dropdowns fed by a hidden 'リスト'
# sheet, 電子カルテ 有/無), re-saved by LibreOffice (formulas cached).
import os, json, subprocess, tempfile, shutil
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w17-b-quota-sheet-dropdown-list"

def cd(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)
def full(pref, six):
    nine = pref + "1" + six
    return nine + cd(nine)

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head = PatternFill("solid", fgColor="FCE4D6")

wb = Workbook()
q = wb.active
q.title = "支援枠"
for col, w in zip("ABCDE", [14, 14, 14, 14, 10]):
    q.column_dimensions[col].width = w
q["A1"] = "別紙様式　支援対象病院の選定（医療機関におけるサイバーセキュリティ確保事業）"
q["A1"].font = Font(bold=True, size=12)
q["A3"] = "都道府県名"; q["A3"].fill = head; q["A3"].border = box
q.merge_cells("A4:B4")
q["A4"] = "広島県"; q["A4"].border = box; q["B4"].border = box
bands = [("20～99床", 3), ("100～299床", 3), ("300床以上", 2)]
q["A6"] = "病床規模"; q["A7"] = "支援枠"; q["A8"] = "選定数"
cols = "BCD"
for (b, n), c in zip(bands, cols):
    q[f"{c}6"] = b; q[f"{c}7"] = n
    q[f"{c}8"] = f"=COUNTIF(選定病院!$A$4:$A$60,{c}6)"
q["E6"] = "計"; q["E7"] = "=SUM(B7:D7)"; q["E8"] = "=SUM(B8:D8)"
for r in (6, 7, 8):
    for c in "ABCDE":
        q[f"{c}{r}"].border = box; q[f"{c}{r}"].alignment = center
    q[f"A{r}"].fill = head
for c in "BCDE": q[f"{c}6"].fill = head
q["A10"] = "※ 支援枠の病院数を過不足なく選定してください（選定数＝支援枠）。"
q["A10"].font = Font(size=9)
q["A11"] = "※ 電子カルテシステムを導入している病院に限ります。"
q["A11"].font = Font(size=9)

s = wb.create_sheet("選定病院")
for col, w in zip("ABCDEFG", [13, 5, 14, 32, 8, 10, 42]):
    s.column_dimensions[col].width = w
s["A1"] = "支援対象病院一覧"; s["A1"].font = Font(bold=True, size=12)
s["E1"] = "令和6年3月14日 作成"
hdr = ["病床規模区分", "No.", "医療機関コード", "病院名", "病床数", "電子カルテ", "選定理由"]
for c, t in enumerate(hdr, start=1):
    x = s.cell(3, c, t); x.fill = head; x.border = box; x.alignment = center

P = "34"
hosp = [
    ("20～99床", full(P, "021347"), "医療法人信和会　府中やまて病院", 72, "有", "立入検査においてセキュリティ対策が不十分と思われる病院"),
    ("20～99床", full(P, "145062"), "安芸太田みどり病院", 45, "有", "へき地医療拠点病院"),
    ("20～99床", full(P, "088215"), "尾道しまなみ病院", 96, "有", None),
    ("100～299床", full(P, "010458"), "広島東部中央病院", 240, "有", "二次救急医療機関（輪番制）"),
    ("100～299床", full(P, "052276"), "社会医療法人仁風会　三原さくら病院", "198", "有", "二次救急医療機関\n地域の救急医療を担う"),
    ("100～299床", full(P, "103117"), "東広島西条記念病院", 160, "有", None),
    ("100～299床", full(P, "031509"), "呉港湾病院", 121, "有", "立入検査で対策不十分"),          # planted: 4th in a band of 3
    ("300床以上", full(P, "014420"), "広島中央総合医療センター", 455, "有", "災害拠点病院\n救急等の主要な診療機能を担う"),
    ("300床以上", full("33", "070193"), "福山みなみ総合病院", 362, "有", "地域医療支援病院"),     # planted: code prefix 33
]
rows = []
for i, (band, code, name, beds, ehr, reason) in enumerate(hosp, start=1):
    r = 3 + i
    vals = [band, i, code, name, beds, ehr, reason]
    for c, v in enumerate(vals, start=1):
        x = s.cell(r, c, v); x.border = box
        x.alignment = wrap if c in (4, 7) else center
    s.row_dimensions[r].height = 30
    rows.append(r)

lst = wb.create_sheet("リスト")
for i, (b, _) in enumerate(bands, start=1):
    lst.cell(i, 1, b)
lst["B1"] = "有"; lst["B2"] = "無"
lst.sheet_state = "hidden"
dv1 = DataValidation(type="list", formula1="リスト!$A$1:$A$3", allow_blank=True)
dv2 = DataValidation(type="list", formula1="リスト!$B$1:$B$2", allow_blank=True)
s.add_data_validation(dv1); s.add_data_validation(dv2)
dv1.add("A4:A60"); dv2.add("F4:F60")

tmpd = tempfile.mkdtemp()
src = os.path.join(tmpd, NAME + ".xlsx")
wb.save(src)
subprocess.run(["soffice", "-env:UserInstallation=file://" + tmpd + "/profile", "--headless",
                "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmpd)

exp = {
    "form": "hospital-selection", "version": "R6", "file": NAME + ".xlsx",
    "values": {
        "prefecture": "広島県",
        "quotas": [{"band": b, "quota": n} for b, n in bands],
        "hospitals": [dict({"hospitalCode": code, "hospitalName": name, "beds": int(beds), "band": band,
                            "ehr": "あり" if ehr == "有" else "なし"}, **({"reason": reason} if reason else {}))
                      for (band, code, name, beds, ehr, reason) in hosp],
    },
    "planted": [
        {"cells": ["支援枠!C7", "選定病院!A10"], "paths": ["quotas[1].quota", "hospitals[6].band"],
         "why": "band 100～299床: 支援枠 3 but 4 hospitals selected (rows 7-10 of 選定病院); must be 過不足なく, one too many"},
        {"cells": ["選定病院!C12"], "paths": ["hospitals[8].hospitalCode"],
         "why": "医療機関コード " + full("33", "070193") + " starts with 33 (岡山県) but 都道府県名 is 広島県 (34); check digit itself is valid"},
    ],
    "notes": ("Sheets: 支援枠 (prefecture label above value: A3 label, A4:B4 merged value; quota table transposed - "
              "row 6 病床規模 bands in B6:D6, row 7 支援枠, row 8 選定数 = COUNTIF formulas, E = 計 SUM; LibreOffice cached "
              "the results), 選定病院 (header row 3, data rows 4-12, band column first), hidden sheet リスト (dropdown "
              "source only, not data). 病床数 of 三原さくら病院 (row 8) is TEXT '198'. 電子カルテ written 有 = あり. "
              "10-digit codes as text. Blank 選定理由 omitted. Other bands match their quotas (3 and 2).")
}
json.dump(exp, open(os.path.join(OUT, NAME + ".expected.json"), "w"), ensure_ascii=False, indent=2)
print(rows, [h[1] for h in hosp])

# Generator: hs-w22-b-two-sheets-transposed-quota.xlsx (Nagano; sheet 支援枠 with a transposed quota table,
# sheet 選定病院一覧 with 7-digit codes and dropdowns fed by a hidden sheet; re-saved by LibreOffice)
import os, json, subprocess, shutil
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

def luhn(d9):
    s = 0
    for i, ch in enumerate(reversed(d9)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return str((10 - s % 10) % 10)
assert luhn("341071236") == "2"
def seven(gun, num):
    d9 = "20" + "1" + gun + num
    return gun + num + luhn(d9), d9 + luhn(d9)

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w22-b-two-sheets-transposed-quota"
B1, B2, B3, B4 = "99床以下", "100床以上199床以下", "200床以上399床以下", "400床以上"
QUOTAS = [(B1, 3), (B2, 3), (B3, 2), (B4, 1)]
# gun, num, name, beds(as written), band, reason, code style
HOSP = [
    ("05", "0418", "医療法人 千曲会 上山田温泉病院", 56, B1, "", "plain"),
    ("13", "0276", "木曽みたけ病院", "72", B1, "木曽地域の救急告示病院\n（代替医療機関が遠方）", "plain"),
    ("08", "1135", "医療法人 安曇野会 穂高中央病院", 94, B1, "", "hyphen"),
    ("02", "0921", "社会医療法人 善光会 長野北病院", 118, B2, "二次救急輪番病院", "plain"),
    ("03", "0543", "松本なぎさ病院", "148", B2, "", "plain"),
    ("06", "0187", "医療法人 諏訪湖会 湖畔病院", 163, B2, "立入検査（R5）で\nバックアップ体制が不十分", "plain"),
    ("10", "0352", "伊那中央記念病院", 190, B2, "", "plain"),            # 4th in band B2 -> over quota
    ("04", "0712", "上田千曲総合病院", 228, B3, "地域医療支援病院\n二次救急", "plain"),
    ("04", "0712", "佐久平市民病院", 355, B3, "二次救急・へき地医療拠点", "plain"),  # planted: code copied from row above
    ("01", "0064", "長野県北信医療センター", 520, B4, "救命救急センター\n災害拠点病院", "plain"),
]

wb = Workbook()
q = wb.active; q.title = "支援枠"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
hdr = PatternFill("solid", fgColor="E2EFDA")
q["A1"] = "別紙様式　支援対象病院の選定について（令和6年度支援分）"
q["A1"].font = Font(bold=True, size=13)
q["A3"] = "都道府県名"; q["B3"] = "長野県"
q["A3"].border = box; q["B3"].border = box; q["A3"].fill = hdr
q["D3"] = "提出日"; q["E3"] = "令和6年3月14日"
q["A5"] = "病床規模"; q["A6"] = "支援枠（病院数）"; q["A7"] = "選定数"
for i, (band, n) in enumerate(QUOTAS):
    col = 2 + i
    q.cell(5, col, band); q.cell(6, col, n)
    L = q.cell(5, col).column_letter
    q.cell(7, col, f"=COUNTIF(選定病院一覧!$E$4:$E$40,{L}5)")
q.cell(5, 6, "合計"); q.cell(6, 6, "=SUM(B6:E6)"); q.cell(7, 6, "=SUM(B7:E7)")
for r in range(5, 8):
    for c in range(1, 7):
        cell = q.cell(r, c); cell.border = box; cell.alignment = center
        if r == 5 or c == 1: cell.fill = hdr
q["A9"] = "※ 病床規模別の支援枠の数の病院を過不足なく選定してください。選定数は「選定病院一覧」シートから自動計算されます。"
q.column_dimensions["A"].width = 18
for col in "BCDEF":
    q.column_dimensions[col].width = 16
q.row_dimensions[5].height = 32

s = wb.create_sheet("選定病院一覧")
s["A1"] = "選定病院一覧（長野県）"; s["A1"].font = Font(bold=True, size=12)
s["A2"] = "※医療機関コードは7桁（郡市区番号＋医療機関番号＋検証番号）で記入"
heads = ["No", "医療機関コード", "病院名", "病床数", "病床規模", "電子カルテ\n（有・無）", "選定理由"]
for c, t in enumerate(heads, 1):
    cell = s.cell(3, c, t); cell.fill = hdr; cell.border = box; cell.alignment = center
codes10 = []
for i, (gun, num, name, beds, band, reason, style) in enumerate(HOSP):
    r = 4 + i
    c7, c10 = seven(gun, num); codes10.append(c10)
    written = c7 if style == "plain" else f"{c7[:2]}-{c7[2:6]}-{c7[6]}"
    vals = [i + 1, written, name, beds, band, "有", reason or None]
    for c, v in enumerate(vals, 1):
        cell = s.cell(r, c, v); cell.border = box
        cell.alignment = wrap if c in (3, 7) else center
    s.cell(r, 2).number_format = "@"
for col, w in zip("ABCDEFG", [5, 14, 34, 8, 20, 11, 32]):
    s.column_dimensions[col].width = w
s.row_dimensions[3].height = 30

lst = wb.create_sheet("リスト")
for i, (band, _) in enumerate(QUOTAS, 1):
    lst.cell(i, 1, band)
lst["B1"] = "有"; lst["B2"] = "無"
lst.sheet_state = "hidden"
dv1 = DataValidation(type="list", formula1="リスト!$A$1:$A$4", allow_blank=True)
dv2 = DataValidation(type="list", formula1="リスト!$B$1:$B$2", allow_blank=True)
s.add_data_validation(dv1); s.add_data_validation(dv2)
dv1.add("E4:E40"); dv2.add("F4:F40")

tmp = os.path.join(OUT, "_tmp_hs_b"); os.makedirs(tmp, exist_ok=True)
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmp)

hosp_vals = []
for c10, h in zip(codes10, HOSP):
    d = {"hospitalCode": c10, "hospitalName": h[2], "beds": int(h[3]), "band": h[4], "ehr": "あり"}
    if h[5]: d["reason"] = h[5]
    hosp_vals.append(d)
exp = {
    "form": "hospital-selection", "version": "R6", "file": NAME + ".xlsx",
    "values": {"prefecture": "長野県", "quotas": [{"band": b, "quota": n} for b, n in QUOTAS], "hospitals": hosp_vals},
    "planted": [
        {"cells": ["支援枠!C6", "選定病院一覧!E7", "選定病院一覧!E8", "選定病院一覧!E9", "選定病院一覧!E10"],
         "paths": ["quotas[1].quota", "hospitals[3].band", "hospitals[4].band", "hospitals[5].band", "hospitals[6].band"],
         "why": "病床規模「100床以上199床以下」の支援枠は3だが4病院を選定（過不足なく選定すべきところ1病院超過）"},
        {"cells": ["選定病院一覧!B12"], "paths": ["hospitals[8].hospitalCode"],
         "why": "医療機関コードの重複: 佐久平市民病院のコードが上の行（上田千曲総合病院）のコード " + codes10[7][3:] + " をコピーしたまま（本来の自院コードではない）"},
    ],
    "notes": "Codes are written as 7-digit text (郡市区+番号+検証); expanded to 10 digits with 長野県=20 and 点数表番号 1. "
             "Row 6 (穂高中央病院) code written with hyphens '" + codes10[2][3:5] + "-" + codes10[2][5:9] + "-" + codes10[2][9] + "'. 病床数 of 木曽みたけ病院 ('72') and 松本なぎさ病院 ('148') "
             "are text cells. 電子カルテ '有' = あり. Quota table on sheet 支援枠 is transposed (bands across B5:E5, 支援枠 in "
             "B6:E6; 選定数 row 7 and 合計 column F are formulas, cached by LibreOffice, not keyed). Hidden sheet リスト holds "
             "dropdown values only. 提出日 (支援枠!E3) is not a key. Reasons contain line breaks.",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print(codes10)

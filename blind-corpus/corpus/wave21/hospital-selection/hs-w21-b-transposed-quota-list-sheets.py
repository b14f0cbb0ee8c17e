# Generator for hs-w21-b-transposed-quota-list-sheets.xlsx (hospital-selection, Shizuoka;
# 記入要領 sheet, 支援枠 sheet with a transposed quota table, 選定病院一覧 with a labelled 記入例 row,
# hidden リスト sheet for dropdowns; re-saved by LibreOffice)
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w21-b-transposed-quota-list-sheets"

def luhn(d9):
    s = 0
    for i, ch in enumerate(reversed(d9)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return (10 - s % 10) % 10

def code(gun, no):
    d9 = "22" + "1" + gun + no
    return d9 + str(luhn(d9))

def hy(c):
    return f"{c[0:2]}-{c[2]}-{c[3:5]}-{c[5:9]}-{c[9]}"

quotas = [("99床以下", 4), ("100～299床", 3), ("300床以上", 2)]
hosp = [  # gun, no, name, area, beds (value as typed), band, ehr, reason
    ("01", "4102", "医療法人 伊豆会 下田みなと病院", "賀茂", 56, "99床以下", "有", "地域で唯一の救急告示病院"),
    ("03", "2277", "医療法人社団 富岳会 富士宮北病院", "富士", 88, "99床以下", "有", None),
    ("05", "0913", "医療法人 安倍会 静岡安倍川病院", "静岡", 42, "99床以下", "有", "立入検査で対策不十分\n（バックアップ未整備）"),
    ("07", "3350", "医療法人 遠州会 掛川東病院", "中東遠", 75, "99床以下", "有", None),
    ("09", "1186", "医療法人 浜名会 湖西さざなみ病院", "西部", 94, "99床以下", "有", "立入検査で対策不十分"),
    ("02", "5524", "沼津千本記念病院", "駿東田方", 199, "100～299床", "有", "二次救急輪番"),
    ("04", "0071", "医療法人 蒲原会 清水港中央病院", "静岡", "120", "100～299床", "無", None),   # beds typed as text
    ("08", "6408", "社会医療法人 天竜会 浜松北部病院", "西部", 258, "100～299床", "有", "地域の救急等の主要な診療機能を担う"),
    ("06", "0035", "静岡県東部総合医療センター", "駿東田方", 420, "300床以上", "有", "救命救急センター\n災害拠点病院"),
    ("10", "2219", "志太榛原総合病院", "志太榛原", 338, "300床以上", "有", "二次救急・地域医療支援病院"),
]

wb = Workbook()
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="FCE4D6")
gray = PatternFill("solid", fgColor="EDEDED")
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)

g = wb.active
g.title = "記入要領"
for i, t in enumerate([
    "【記入要領】支援対象病院の選定（別紙様式）",
    "・「支援枠」シートに都道府県名を記入してください。病床規模別の支援枠は厚生労働省から示された数を記入してください。",
    "・「選定病院一覧」シートに、病床規模別に支援枠の数の病院を過不足なく記入してください。",
    "・医療機関コードは10桁（都道府県番号2桁＋点数表番号1桁＋郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）を記入してください。",
    "・支援対象は電子カルテシステムを導入している病院に限ります。",
    "・選定理由は任意です（例：地域における救急等の主要な診療機能を担っている、立入検査等でセキュリティ対策が不十分 等）。",
    "・記入例の行は削除せずにそのまま提出して差し支えありません。",
    "・提出期限：令和6年3月15日（金）",
], 1):
    g.cell(i, 1, t)
g["A1"].font = Font(bold=True, size=12)
g.column_dimensions["A"].width = 120

lst = wb.create_sheet("リスト")
for i, (b, _) in enumerate(quotas, 1):
    lst.cell(i, 1, b)
lst["B1"] = "有"; lst["B2"] = "無"
lst.sheet_state = "hidden"

q = wb.create_sheet("支援枠", 1)
q["A1"] = "別紙様式　「医療機関におけるサイバーセキュリティ確保事業」支援対象病院の選定"
q["A1"].font = Font(bold=True, size=13)
q["A3"] = "都道府県名"
q["A3"].fill = hdr; q["A3"].border = box; q["A3"].alignment = ctr
q["A4"] = "静岡県"
q["A4"].border = box; q["A4"].alignment = ctr; q["A4"].font = Font(size=12, bold=True)
q.column_dimensions["A"].width = 14
q["A6"] = "病床規模"
q["A7"] = "支援枠"
q["A8"] = "選定数"
for i, (b, n) in enumerate(quotas):
    col = chr(ord("B") + i)
    q[f"{col}6"] = b
    q[f"{col}7"] = n
    q[f"{col}8"] = f"=COUNTIF(選定病院一覧!$F$5:$F$60,{col}6)"
    q.column_dimensions[col].width = 13
tcol = chr(ord("B") + len(quotas))
q[f"{tcol}6"] = "計"
q[f"{tcol}7"] = f"=SUM(B7:{chr(ord(tcol) - 1)}7)"
q[f"{tcol}8"] = f"=SUM(B8:{chr(ord(tcol) - 1)}8)"
for r in (6, 7, 8):
    for c in range(1, len(quotas) + 3):
        cell = q.cell(r, c)
        cell.border = box
        cell.alignment = ctr
        if r == 6 or c == 1:
            cell.fill = hdr
q["A10"] = "※ 選定数は「選定病院一覧」シートから自動計算されます。"
q["A10"].font = Font(size=9)

ws = wb.create_sheet("選定病院一覧", 2)
wb.active = 1
ws["A1"] = "選定病院一覧（静岡県）"
ws["A1"].font = Font(bold=True, size=13)
heads = ["No.", "医療機関コード", "病院名", "二次医療圏", "病床数", "病床規模区分", "電子カルテ\n導入", "選定理由"]
for c, (t, w) in enumerate(zip(heads, (7, 17, 34, 11, 8, 13, 10, 40)), 1):
    cell = ws.cell(3, c, t)
    cell.fill = hdr; cell.border = box; cell.alignment = ctr; cell.font = Font(bold=True)
    ws.column_dimensions[chr(64 + c)].width = w
ws.row_dimensions[3].height = 30
ex = ["記入例", "22-1-99-9999-9", "医療法人○○会 ○○病院", "○○", 80, "99床以下", "有", "地域の救急医療を担う"]
for c, v in enumerate(ex, 1):
    cell = ws.cell(4, c, v)
    cell.fill = gray; cell.border = box
    cell.font = Font(italic=True, color="808080")
    cell.alignment = ctr if c != 3 and c != 8 else wrap
dv_band = DataValidation(type="list", formula1="リスト!$A$1:$A$3", allow_blank=True)
dv_ehr = DataValidation(type="list", formula1="リスト!$B$1:$B$2", allow_blank=True)
ws.add_data_validation(dv_band); ws.add_data_validation(dv_ehr)
first = 5
for i, (gun, no, name, area, beds, band, ehr, reason) in enumerate(hosp):
    r = first + i
    vals = [i + 1, hy(code(gun, no)), name, area, beds, band, ehr, reason]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v)
        cell.border = box
        cell.alignment = wrap if c in (3, 8) else ctr
    ws.row_dimensions[r].height = 32
    dv_band.add(f"F{r}"); dv_ehr.add(f"G{r}")
last = first + len(hosp) - 1
ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0

tmpd = tempfile.mkdtemp()
src = os.path.join(tmpd, NAME + ".xlsx")
wb.save(src)
outd = os.path.join(tmpd, "lo")
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, src],
               check=True, capture_output=True)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmpd)

hs = []
for (gun, no, name, area, beds, band, ehr, reason) in hosp:
    d = {"hospitalCode": code(gun, no), "hospitalName": name, "beds": int(beds), "band": band,
         "ehr": "あり" if ehr == "有" else "なし"}
    if reason:
        d["reason"] = reason
    hs.append(d)
ehr_idx = [i for i, h in enumerate(hosp) if h[6] == "無"][0]
exp = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": "静岡県",
        "quotas": [{"band": b, "quota": n} for b, n in quotas],
        "hospitals": hs,
    },
    "planted": [
        {"cells": ["支援枠!B7", "支援枠!B8", f"選定病院一覧!F{first + 4}"],
         "paths": ["quotas[0].quota", "hospitals[4].band"],
         "why": "99床以下: 支援枠 4 but 5 hospitals selected (rows 5-9) — not 過不足なく (one too many)"},
        {"cells": [f"選定病院一覧!G{first + ehr_idx}"], "paths": [f"hospitals[{ehr_idx}].ehr"],
         "why": "電子カルテ導入 '無' — only hospitals with an electronic medical record system may be selected"},
    ],
    "notes": ("都道府県名: label A3 above value A4 on sheet 支援枠. Quota table is transposed: bands B6:D6, 支援枠 B7:D7; "
              "column E '計' is a =SUM total, not a band; row 8 選定数 is =COUNTIF (cached by LibreOffice re-save). "
              "選定病院一覧 row 4 is a correctly labelled 記入例 (grey) and must be ignored; data rows 5-14. "
              "Codes written with hyphens (22-1-01-4102-x). 電子カルテ 有/無 via dropdown from hidden sheet リスト. "
              f"Row {first + 6} 病床数 typed as text '120'. 選定理由 may contain line breaks. "
              "Column D 二次医療圏 is extra (no key). 記入要領 sheet is instructions only. Band scheme differs from the "
              "usual 4 bands on purpose (3 bands: 99床以下 / 100～299床 / 300床以上)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
print(first, last, ehr_idx)

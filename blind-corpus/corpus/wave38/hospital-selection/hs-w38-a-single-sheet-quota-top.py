# Generator: hs-w38-a-single-sheet-quota-top.xlsx
# Okayama prefecture office's 別紙様式: one sheet, 都道府県名 at the top, quota table (with COUNTIF check columns and
# a 合計 row, formulas saved by openpyxl without cached values), then the list of selected hospitals.
# Run: PYTHONPATH=/tmp/hsr_pylib /usr/bin/python3 hs-w38-a-single-sheet-quota-top.py
import os, json
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w38-a-single-sheet-quota-top"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
fn = Font(name="ＭＳ Ｐゴシック", size=11)
fb = Font(name="ＭＳ Ｐゴシック", size=11, bold=True)
fill = PatternFill("solid", fgColor="FFF2CC")
cen = Alignment(horizontal="center", vertical="center", wrap_text=True)
lef = Alignment(vertical="center", wrap_text=True)

QUOTAS = [("20～99床", 5), ("100～199床", 4), ("200～399床", 3), ("400床以上", 2)]
HOSP = [
    ("3310101237", "医療法人 旭水会 岡山東部病院", 58, "20～99床", "有", "立入検査において対策が不十分"),
    ("3310134568", "医療法人社団 吉備の里病院", 92, "20～99床", "有", None),
    ("3310202100", "医療法人 寿光会 倉敷みなと病院", 45, "20～99床", "有", None),
    ("3310111871", "医療法人 和気西病院", 80, "20～99床", "有", "救急告示病院（地域の救急医療を担う）"),
    ("3310304567", "医療法人 清心会 津山北病院", 36, "20～99床", "有", None),
    ("3310511021", "社会医療法人 緑風会 玉野中央病院", 150, "100～199床", "有", "二次救急医療機関"),
    ("3310407774", "医療法人 高梁川病院", 120, "100～199床", "有", "へき地医療拠点病院"),
    ("3310109016", "医療法人 済生館 岡山西病院", 199, "100～199床", "有", None),
    ("3310603323", "医療法人 真庭やまなみ病院", 104, "100～199床", "有", "立入検査において対策が不十分"),
    ("3310115450", "医療法人 仁和会 岡山南総合病院", 312, "200～399床", "有", "二次救急医療機関"),
    ("3310800440", "笠岡港湾病院", 210, "200～399床", "有", None),
    ("3310306786", "美作総合病院", 380, "200～399床", "有", "災害拠点病院・二次救急医療機関"),
    ("3310102664", "岡山みどり医療センター", 512, "400床以上", "有", "三次救急（救命救急センター）"),
    ("3310211507", "倉敷臨海総合病院", 620, "400床以上", "有", "地域医療支援病院・災害拠点病院"),
]

wb = Workbook()
ws = wb.active
ws.title = "別紙様式"
for k, v in {"A": 6, "B": 16, "C": 34, "D": 10, "E": 14, "F": 12, "G": 36}.items():
    ws.column_dimensions[k].width = v

ws["G1"] = "（別紙様式）"
ws["G1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A2:G2")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援対象病院の選定について"
ws["A2"].font = Font(name="ＭＳ Ｐゴシック", size=14, bold=True)
ws["A2"].alignment = Alignment(horizontal="center")
ws["G3"] = "提出日：令和6年3月14日"
ws["G3"].alignment = Alignment(horizontal="right")

ws.merge_cells("A4:B4")
ws["A4"] = "都道府県名"
ws["A4"].font = fb
ws["A4"].fill = fill
ws["A4"].alignment = cen
ws["C4"] = "岡山県"
for c in ("A4", "B4", "C4"):
    ws[c].border = box

ws["A6"] = "１　病床規模別の支援枠"
ws["A6"].font = fb
hdr_q = ["病床規模", "支援枠", "選定数", "過不足"]
for i, t in enumerate(hdr_q):
    c = ws.cell(7, 2 + i, t)
    c.font = fb; c.fill = fill; c.border = box; c.alignment = cen

first_h, last_h = 17, 17 + len(HOSP) - 1
for i, (band, q) in enumerate(QUOTAS):
    r = 8 + i
    ws.cell(r, 2, band)
    ws.cell(r, 3, q)
    ws.cell(r, 4, f'=COUNTIF($E${first_h}:$E${last_h},B{r})')
    ws.cell(r, 5, f'=D{r}-C{r}')
    for cc in range(2, 6):
        ws.cell(r, cc).border = box
        ws.cell(r, cc).alignment = cen
rt = 8 + len(QUOTAS)
ws.cell(rt, 2, "合計")
ws.cell(rt, 3, f"=SUM(C8:C{rt-1})")
ws.cell(rt, 4, f"=SUM(D8:D{rt-1})")
ws.cell(rt, 5, f"=D{rt}-C{rt}")
for cc in range(2, 6):
    ws.cell(rt, cc).border = box
    ws.cell(rt, cc).alignment = cen
    ws.cell(rt, cc).font = fb

ws["A14"] = "２　支援対象病院"
ws["A14"].font = fb
ws["C14"] = "※病床規模ごとに支援枠の数を過不足なく選定すること。電子カルテシステム導入病院に限る。"
ws["C14"].font = Font(name="ＭＳ Ｐゴシック", size=9)
heads = ["No.", "医療機関コード", "病院名", "病床数", "病床規模区分", "電子カルテ導入", "選定理由（任意）"]
for i, t in enumerate(heads):
    c = ws.cell(16, 1 + i, t)
    c.font = fb; c.fill = fill; c.border = box; c.alignment = cen
ws.row_dimensions[16].height = 30

for i, (code, name, beds, band, ehr, reason) in enumerate(HOSP):
    r = first_h + i
    vals = [i + 1, code, name, beds, band, ehr, reason]
    for j, v in enumerate(vals):
        c = ws.cell(r, 1 + j, v)
        c.border = box
        c.font = fn
        c.alignment = lef if j in (2, 6) else cen
    ws.cell(r, 2).number_format = "@"

ws.freeze_panes = "A17"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True

wb.save(os.path.join(HERE, NAME + ".xlsx"))

exp = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": "岡山県",
        "quotas": [{"band": b, "quota": q} for b, q in QUOTAS],
        "hospitals": [
            dict({"hospitalCode": c, "hospitalName": n, "beds": bd, "band": bn, "ehr": "あり"},
                 **({"reason": rs} if rs else {}))
            for c, n, bd, bn, e, rs in HOSP
        ],
    },
    "planted": [],
    "notes": ("One sheet 別紙様式. Quota table B7:E12: 選定数 (COUNTIF) and 過不足 columns are formulas saved by openpyxl "
              "without cached values; row 12 '合計' is a SUM total row, not a band. 電子カルテ導入 written as '有' (canonical あり). "
              "選定理由 left blank for some hospitals (optional). 提出日 in G3 is not a form key. Hospital list rows 17-30."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("saved")

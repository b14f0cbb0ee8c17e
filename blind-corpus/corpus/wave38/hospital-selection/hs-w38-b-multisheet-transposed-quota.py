# Generator: hs-w38-b-multisheet-transposed-quota.xlsx
# Kagawa prefecture office's working file: 記入要領 sheet, 支援枠 sheet with a transposed quota table (bands across),
# 選定病院一覧 sheet (band column first, 7-digit codes, ○ for 電子カルテ, a labelled 記入例 row), hidden リスト sheet
# feeding drop-downs. Saved by openpyxl, then re-saved by LibreOffice (formulas cached).
# Planted: band 20床以上100床未満 has 6 selected against a quota of 5; 三豊中央病院 has 212 beds under 100床以上200床未満.
# Run: PYTHONPATH=/tmp/hsr_pylib /usr/bin/python3 hs-w38-b-multisheet-transposed-quota.py
import os, json, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w38-b-multisheet-transposed-quota"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
fn = Font(name="メイリオ", size=10)
fb = Font(name="メイリオ", size=10, bold=True)
fex = Font(name="メイリオ", size=10, italic=True, color="808080")
fill = PatternFill("solid", fgColor="E2EFDA")
exfill = PatternFill("solid", fgColor="EDEDED")
cen = Alignment(horizontal="center", vertical="center", wrap_text=True)
lef = Alignment(vertical="center", wrap_text=True)

B1, B2, B3 = "20床以上100床未満", "100床以上200床未満", "200床以上"
QUOTAS = [(B1, 5), (B2, 3), (B3, 3)]
HOSP = [  # band, code7, name, beds, ehr mark, reason
    (B1, "0105176", "医療法人 玉藻会 高松北病院", 48, "○", "立入検査で対策不十分"),
    (B1, "0128020", "医療法人社団 栗林の森病院", 95, "○", None),
    (B1, "0203344", "医療法人 白鳥会 東かがわ病院", 60, "○", "地域の二次救急を担う"),
    (B1, "0307459", "医療法人 讃岐会 坂出ひかり病院", "85", "○", None),
    (B1, "0401187", "医療法人 琴平やすらぎ病院", 52, "○", None),
    (B1, "0506639", "医療法人 観音寺みなと病院", 33, "○", "立入検査で対策不十分"),   # planted: 6th in a band of 5
    (B2, "0109590", "医療法人 五色台病院", 140, "○", "二次救急医療機関"),
    (B2, "0602701", "医療法人 三豊中央病院", 212, "○", None),                      # planted: 212 beds not in 100-199
    (B2, "0114848", "医療法人社団 屋島総合病院", 178, "○", "救急告示病院"),
    (B3, "0209010", "さぬき医療センター", 420, "○", "救命救急センター\n災害拠点病院"),
    (B3, "0700463", "しょうどしま記念病院", 234, "○", "離島の中核病院"),
    (B3, "0133277", "高松臨港総合病院", 301, "○", "災害拠点病院"),
]

wb = Workbook()
# ---- 記入要領
wi = wb.active
wi.title = "記入要領"
wi.column_dimensions["A"].width = 110
txt = [
    "支援対象病院の選定（別紙様式）記入要領",
    "・「支援枠」シートの病床規模ごとの支援枠の数の病院を過不足なく選定すること（令和6年2月15日付け事務連絡）。",
    "・支援対象は電子カルテシステムを導入している病院に限る。電子カルテ欄に○を記入。",
    "・医療機関コードは7桁（郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）で記入。",
    "・選定理由は任意（例：地域における救急等の主要な診療機能を担う病院、立入検査等で対策が不十分と思われる病院）。",
    "・記入例の行は削除しないこと（集計対象外）。",
    "・提出期限：令和6年3月15日（金）",
]
for i, t in enumerate(txt, 1):
    wi.cell(i, 1, t).font = fb if i == 1 else fn

# ---- 支援枠 (transposed)
wq = wb.create_sheet("支援枠")
wq.column_dimensions["A"].width = 4
wq.column_dimensions["B"].width = 14
for col in "CDEF":
    wq.column_dimensions[col].width = 20
wq["B1"] = "病床規模別 支援枠"
wq["B1"].font = Font(name="メイリオ", size=13, bold=True)
wq["B2"] = "都道府県名：香川県"
wq["B2"].font = fb
labels = ["病床規模", "支援枠", "選定数"]
for i, t in enumerate(labels):
    c = wq.cell(3 + i, 2, t)
    c.font = fb; c.fill = fill; c.border = box; c.alignment = cen
for j, (band, q) in enumerate(QUOTAS):
    col = 3 + j
    wq.cell(3, col, band)
    wq.cell(4, col, q)
    L = wq.cell(3, col).column_letter
    wq.cell(5, col, f"=COUNTIF(選定病院一覧!$B$5:$B$40,{L}3)")
    for r in (3, 4, 5):
        wq.cell(r, col).border = box
        wq.cell(r, col).alignment = cen
        wq.cell(r, col).font = fb if r == 3 else fn
    wq.cell(3, col).fill = fill
wq.cell(3, 6, "計"); wq.cell(4, 6, "=SUM(C4:E4)"); wq.cell(5, 6, "=SUM(C5:E5)")
for r in (3, 4, 5):
    wq.cell(r, 6).border = box; wq.cell(r, 6).alignment = cen
wq.cell(3, 6).fill = fill; wq.cell(3, 6).font = fb
wq["B7"] = "※ 支援枠の調整が必要な場合は3月1日（金）までに厚生労働省医療情報室へ相談"
wq["B7"].font = Font(name="メイリオ", size=8)

# ---- 選定病院一覧
wl = wb.create_sheet("選定病院一覧")
for k, v in {"A": 7, "B": 20, "C": 14, "D": 32, "E": 9, "F": 11, "G": 30}.items():
    wl.column_dimensions[k].width = v
wl["A1"] = "支援対象病院一覧（令和6年度支援分）"
wl["A1"].font = Font(name="メイリオ", size=13, bold=True)
wl.merge_cells("A2:G2")
wl["A2"] = "病床規模区分ごとにまとめて記入してください。"
wl["A2"].font = Font(name="メイリオ", size=8)
heads = ["No.", "病床規模区分", "医療機関コード\n（7桁）", "医療機関名", "病床数", "電子カルテ\n導入", "選定理由（任意）"]
for i, t in enumerate(heads):
    c = wl.cell(3, 1 + i, t)
    c.font = fb; c.fill = fill; c.border = box; c.alignment = cen
wl.row_dimensions[3].height = 34
ex = ["記入例", B1, "0100000", "○○○病院", 50, "○", "地域の救急医療を担う"]
for i, v in enumerate(ex):
    c = wl.cell(4, 1 + i, v)
    c.font = fex; c.fill = exfill; c.border = box; c.alignment = cen if i not in (3, 6) else lef
for i, (band, code, name, beds, ehr, reason) in enumerate(HOSP):
    r = 5 + i
    for j, v in enumerate([i + 1, band, code, name, beds, ehr, reason]):
        c = wl.cell(r, 1 + j, v)
        c.font = fn; c.border = box
        c.alignment = lef if j in (3, 6) else cen
    wl.cell(r, 3).number_format = "@"
    if isinstance(beds, str):
        wl.cell(r, 5).number_format = "@"
wl.row_dimensions[14].height = 32
# blank bordered rows left for additions
for r in range(5 + len(HOSP), 5 + len(HOSP) + 3):
    for j in range(1, 8):
        wl.cell(r, j).border = box

# ---- hidden list sheet + drop-downs
wh = wb.create_sheet("リスト")
for i, (b, _) in enumerate(QUOTAS, 1):
    wh.cell(i, 1, b)
wh["B1"] = "○"; wh["B2"] = "×"
wh.sheet_state = "hidden"
dv1 = DataValidation(type="list", formula1="リスト!$A$1:$A$3", allow_blank=True)
dv2 = DataValidation(type="list", formula1="リスト!$B$1:$B$2", allow_blank=True)
wl.add_data_validation(dv1); wl.add_data_validation(dv2)
dv1.add("B5:B40"); dv2.add("F5:F40")

wl.freeze_panes = "A5"
wb.active = 2

tmpd = tempfile.mkdtemp(prefix="hs_b_")
raw = os.path.join(tmpd, NAME + ".xlsx")
wb.save(raw)
outd = os.path.join(tmpd, "lo"); os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
shutil.rmtree(tmpd)

exp = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": "香川県",
        "quotas": [{"band": b, "quota": q} for b, q in QUOTAS],
        "hospitals": [
            dict({"hospitalCode": "371" + code, "hospitalName": name, "beds": int(beds), "band": band, "ehr": "あり"},
                 **({"reason": reason} if reason else {}))
            for band, code, name, beds, ehr, reason in HOSP
        ],
    },
    "planted": [
        {"cells": ["支援枠!C4", "支援枠!C5"], "paths": ["quotas[0].quota"],
         "why": "20床以上100床未満: 支援枠 5 but 6 hospitals selected (選定病院一覧 rows 5-10); 過不足なく requires exactly 5"},
        {"cells": ["選定病院一覧!E12"], "paths": ["hospitals[7].beds"],
         "why": "医療法人 三豊中央病院 has 212 beds, outside its stated band 100床以上200床未満"},
    ],
    "notes": ("Sheets: 記入要領, 支援枠 (transposed quota table: bands in C3:E3, 支援枠 in C4:E4, 選定数 COUNTIF in row 5, "
              "column F '計' is a total, not a band), 選定病院一覧, hidden リスト (drop-down sources). 都道府県名 is the "
              "label:value cell 支援枠!B2 '都道府県名：香川県'. Row 4 of 選定病院一覧 is a labelled 記入例 and is not data; "
              "data rows 5-16. Codes are 7-digit text; expanded with 香川県 37 and 点数表番号 1 to 10 digits (all check "
              "digits valid). 電子カルテ導入 written as ○ (canonical あり). Beds in E8 written as text '85'. Reason in G14 "
              "has a line break. Re-saved by LibreOffice."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("saved")

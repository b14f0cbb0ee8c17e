#!/usr/bin/python3
"""hs-w3-b-two-sheets: Hiroshima's version — a cover sheet 表紙 (label-in-cell header, transposed quota table
with numbers typed as text) and a list sheet 選定病院一覧 (spacer column, hyphenated codes, beds as '48床' text,
電子カルテ 有/無). Re-saved by LibreOffice (COUNTIF results cached). Hidden sheet _選択肢.
Planted: band ～99床 has 6 hospitals for a quota of 5; 福山南病院 310 beds in band 100～299床;
東広島記念病院's code carries prefecture 35 (山口県) instead of 34.
Regenerate: /usr/bin/python3 hs-w3-b-two-sheets.py  (needs soffice)"""
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w3-b-two-sheets"


def check_digit(n9):
    s = 0
    for i, ch in enumerate(reversed(n9)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)


def hcode(gun, num, pref="34"):
    n9 = pref + "1" + gun + num
    return f"{pref}-1-{gun}-{num}-{check_digit(n9)}"


thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="E2EFDA")
F = "Meiryo UI"

BANDS = [("～99床", "5"), ("100～299床", "3"), ("300床以上", "2")]
HOSP = [
    (hcode("01", "4410"), "医療法人 宮島会 宮島病院", "48床", "～99床", "有", None),
    (hcode("06", "0128"), "三原港病院", "72床", "～99床", "有", "立入検査で対策不十分"),
    (hcode("09", "2093"), "府中北病院", "95床", "～99床", "有", None),
    (hcode("13", "0051"), "安芸太田病院", "30床", "～99床", "有", "へき地の唯一の病院"),
    (hcode("15", "0377"), "世羅高原病院", "64床", "～99床", "有", None),
    (hcode("05", "1702"), "尾道東病院", "99床", "～99床", "有", None),                        # 6th in ～99床
    (hcode("02", "3315"), "呉みなと病院", "180床", "100～299床", "有", "救急告示病院\n（二次救急）"),
    (hcode("07", "0664"), "福山南病院", "310床", "100～299床", "有", None),                   # beds outside band
    (hcode("10", "0236", pref="35"), "東広島記念病院", "260床", "100～299床", "有",           # wrong prefecture
     "地域医療支援病院"),
    (hcode("01", "0019"), "広島北部総合病院", "420床", "300床以上", "有", "災害拠点病院・救命救急センター"),
    (hcode("03", "0580"), "県西医療センター", "350床", "300床以上", "有", "地域の中核病院"),
]

wb = Workbook()
cov = wb.active
cov.title = "表紙"
cov.sheet_view.showGridLines = False
for col, w in {"A": 14, "B": 14, "C": 14, "D": 14, "E": 10}.items():
    cov.column_dimensions[col].width = w
cov["E1"] = "別紙様式"
cov.merge_cells("A3:E3")
cov["A3"] = "医療機関におけるサイバーセキュリティ確保事業\n支援対象病院選定票"
cov["A3"].font = Font(name=F, bold=True, size=14)
cov["A3"].alignment = Alignment(horizontal="center", wrap_text=True)
cov.row_dimensions[3].height = 40
cov["A5"] = "都道府県名：広島県"
cov["A6"] = "提出日：令和6年3月12日"
cov["A7"] = "担当：健康福祉局 医療介護政策課（内線 3052）"
for r in (5, 6, 7):
    cov[f"A{r}"].font = Font(name=F, size=11)
cov["A9"] = "■支援枠（厚生労働省提示）と選定数"
cov["A9"].font = Font(name=F, bold=True)
rows = [["病床規模"] + [b for b, _ in BANDS] + ["計"],
        ["支援枠"] + [q for _, q in BANDS] + ["10"]]
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        c = cov.cell(row=10 + i, column=1 + j, value=v)
        c.border = box
        c.number_format = "@"
        c.alignment = Alignment(horizontal="center")
        c.font = Font(name=F, bold=(i == 0 or j == 0))
        if i == 0 or j == 0:
            c.fill = HEAD
cov["A12"] = "選定数"
cov["A12"].fill = HEAD
cov["A12"].font = Font(name=F, bold=True)
for j, col in enumerate("BCD"):
    cov[f"{col}12"] = f"=COUNTIF(選定病院一覧!$F$5:$F$30,{col}10)"
cov["E12"] = "=SUM(B12:D12)"
for col in "ABCDE":
    cov[f"{col}12"].border = box
    cov[f"{col}12"].alignment = Alignment(horizontal="center")
cov.merge_cells("A14:E16")
cov["A14"] = ("※支援枠の数の病院を過不足なく選定してください（支援枠の調整が必要な場合は3月1日までに国へ相談）。\n"
              "※選定病院の一覧は「選定病院一覧」シートに記入。")
cov["A14"].alignment = Alignment(wrap_text=True, vertical="top")
cov["A14"].font = Font(name=F, size=9)

ls = wb.create_sheet("選定病院一覧")
for col, w in {"A": 6, "B": 2, "C": 18, "D": 28, "E": 11, "F": 12, "G": 10, "H": 36}.items():
    ls.column_dimensions[col].width = w
ls["A1"] = "選定病院一覧（広島県）"
ls["A1"].font = Font(name=F, bold=True, size=13)
ls["A2"] = "※病床数は許可病床数。電子カルテは「有」「無」で記入。"
ls["A2"].font = Font(name=F, size=9)
hdr = {"A": "番号", "C": "医療機関コード", "D": "医療機関名", "E": "許可病床数", "F": "規模区分", "G": "電子カルテ",
       "H": "選定理由・備考"}
for col, h in hdr.items():
    c = ls[f"{col}4"]
    c.value = h
    c.fill = HEAD
    c.font = Font(name=F, bold=True)
    c.border = box
    c.alignment = Alignment(horizontal="center")
for i, (cd, name, beds, band, ehr, reason) in enumerate(HOSP):
    r = 5 + i
    for col, v in zip("ACDEFGH", [i + 1, cd, name, beds, band, ehr, reason]):
        c = ls[f"{col}{r}"]
        c.value = v
        c.border = box
        c.font = Font(name=F)
        c.alignment = Alignment(horizontal="left" if col in "DH" else "center", vertical="center", wrap_text=True)
    if reason and "\n" in reason:
        ls.row_dimensions[r].height = 30

opt = wb.create_sheet("_選択肢")
for i, (b, _) in enumerate(BANDS, 1):
    opt.cell(row=i, column=1, value=b)
opt["B1"] = "有"
opt["B2"] = "無"
opt.sheet_state = "hidden"
dv1 = DataValidation(type="list", formula1="=_選択肢!$A$1:$A$3", allow_blank=True)
dv2 = DataValidation(type="list", formula1="=_選択肢!$B$1:$B$2", allow_blank=True)
ls.add_data_validation(dv1)
ls.add_data_validation(dv2)
dv1.add("F5:F30")
dv2.add("G5:G30")

tmp = tempfile.mkdtemp()
raw = os.path.join(tmp, NAME + ".xlsx")
wb.save(raw)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", os.path.join(tmp, "out"), raw],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(tmp, "out", NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
for h in HOSP:
    print(h[:4])

#!/usr/bin/python3
# Generator for hs-w20-b-cover-transposed-band-blocks.xlsx
# Role: 高知県 医療政策課 staff, 別紙様式 to MHLW drawn as two sheets: 表紙 (都道府県名 in one cell with its
# label, transposed quota table: bands across) and 選定病院一覧 (hospitals grouped in blocks per band, band
# written once in a vertically merged cell, 7-digit codes, ○/× for 電子カルテ). Hidden 選択肢 sheet.
# Saved by openpyxl, then re-saved by LibreOffice.
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave20/hospital-selection"
NAME = "hs-w20-b-cover-transposed-band-blocks.xlsx"
PREF = "39"  # 高知県


def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10


def code7(gun, num):
    nine = PREF + "1" + gun + num
    return gun + num + str(luhn(nine))


QUOTAS = [("99床以下", 6), ("100～299床", 4), ("300床以上", 2)]

# band -> rows of (code7, name, beds-as-written, ehr-as-written, reason)
BLOCKS = [
    ("99床以下", [
        (code7("11", "0042"), "四万十ひなた病院", 60, "○", "へき地医療拠点病院"),
        (code7("07", "0118"), "医療法人 黒潮会 室戸みさき病院", 45, "×", "救急告示病院"),  # PLANTED: no EHR
        (code7("09", "0203"), "須崎うらのうち病院", 88, "○", None),
        (code7("05", "0027"), "香美ものべ病院", "52", "○", None),
        (code7("08", "0311"), "仁淀川リハビリテーション病院", 99, "○", None),
        (code7("12", "0095"), "宿毛すくも協立病院", 74, "○", "立入検査においてセキュリティ対策が不十分"),
    ]),
    ("100～299床", [   # PLANTED: 5 hospitals for a quota of 4
        (code7("01", "1460"), "高知はりまや記念病院", 199, "○", "救急告示病院（二次救急）"),
        (code7("03", "0156"), "南国ごめん総合病院", "260", "○", "地域の救急医療を担う"),
        (code7("10", "0084"), "土佐清水あしずり病院", 120, "○", "へき地医療拠点病院・救急告示病院"),
        (code7("06", "0132"), "安芸たのたの病院", 150, "○", None),
        (code7("08", "0427"), "いの町すこやか病院", 108, "○", "立入検査において対策不十分（バックアップ未整備）"),
    ]),
    ("300床以上", [
        (code7("01", "1013"), "高知くろしお医療センター", 620, "○",
         "救命救急センター・災害拠点病院\n診療停止時の県全体への影響が大きい"),
        (code7("01", "1245"), "高知かがみ川総合病院", 344, "○", "地域医療支援病院・二次救急"),
    ]),
]

wb = Workbook()
cov = wb.active
cov.title = "表紙"
lst = wb.create_sheet("選定病院一覧")
opt = wb.create_sheet("選択肢")
opt.sheet_state = "hidden"

F = Font(name="ＭＳ ゴシック", size=10)
FB = Font(name="ＭＳ ゴシック", size=10, bold=True)
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hd = PatternFill("solid", fgColor="E2EFDA")

# ---- hidden options
for i, v in enumerate(["○", "×"], 1):
    opt.cell(row=i, column=1, value=v)
for i, (b, _) in enumerate(QUOTAS, 1):
    opt.cell(row=i, column=2, value=b)

# ---- 表紙
for col, w in zip("ABCDEF", [2, 16, 14, 14, 14, 10]):
    cov.column_dimensions[col].width = w
cov["F1"] = "別紙様式"
cov["F1"].alignment = Alignment(horizontal="right")
cov.merge_cells("B2:F2")
cov["B2"] = "「医療機関におけるサイバーセキュリティ確保事業」の実施に係る支援対象病院の選定結果"
cov["B2"].font = Font(name="ＭＳ ゴシック", size=12, bold=True)
cov["B2"].alignment = Alignment(horizontal="center", wrap_text=True)
cov.row_dimensions[2].height = 32
cov["B4"] = "都道府県名：高知県"
cov["B4"].font = FB
cov["B5"] = "提出日：令和6年3月14日"
cov["B6"] = "担当課：高知県健康政策部 医療政策課"

cov["B8"] = "■支援枠（厚生労働省提示）"
cov["B8"].font = FB
cov["B9"] = "病床規模"
cov["B10"] = "支援枠"
for j, (b, q) in enumerate(QUOTAS):
    col = "CDE"[j]
    cov[f"{col}9"] = b
    cov[f"{col}10"] = q
cov["F9"] = "計"
cov["F10"] = "=SUM(C10:E10)"
for r in (9, 10):
    for col in "BCDEF":
        c = cov[f"{col}{r}"]
        c.border = box
        c.font = FB if (r == 9 or col == "B") else F
        c.alignment = Alignment(horizontal="center")
        if r == 9 or col == "B":
            c.fill = hd
cov.merge_cells("B12:F14")
cov["B12"] = ("※支援枠の病院を過不足なく選定すること。選定病院は「選定病院一覧」シートのとおり。\n"
              "※医療機関コードは7桁（郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）で記載。")
cov["B12"].alignment = Alignment(vertical="top", wrap_text=True)
cov["B12"].font = Font(name="ＭＳ ゴシック", size=9)

# ---- 選定病院一覧
for col, w in zip("ABCDEFG", [12, 5, 12, 32, 8, 10, 46]):
    lst.column_dimensions[col].width = w
lst["A1"] = "選定病院一覧（高知県）"
lst["A1"].font = Font(name="ＭＳ ゴシック", size=12, bold=True)
heads = ["病床規模区分", "No.", "医療機関コード\n（7桁）", "病院名", "病床数", "電子カルテ\n導入（○×）", "選定理由（任意）"]
for j, t in enumerate(heads):
    c = lst.cell(row=3, column=1 + j, value=t)
    c.font = FB
    c.fill = hd
    c.border = box
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
lst.row_dimensions[3].height = 30

dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
lst.add_data_validation(dv)

r = 4
n = 1
band_first_row = {}
ehr_rows = {}
for band, rows in BLOCKS:
    first = r
    band_first_row[band] = first
    for cd, nm, beds, ehr, reason in rows:
        vals = [None, n, cd, nm, beds, ehr, reason]
        for j, v in enumerate(vals):
            c = lst.cell(row=r, column=1 + j, value=v)
            c.font = F
            c.border = box
            c.alignment = Alignment(vertical="center", wrap_text=(j == 6),
                                    horizontal="center" if j in (1, 2, 5) else None)
        lst.cell(row=r, column=3).number_format = "@"
        dv.add(f"F{r}")
        ehr_rows[nm] = r
        lst.row_dimensions[r].height = 30 if reason and "\n" in reason else 18
        r += 1
        n += 1
    lst.cell(row=first, column=1, value=band)
    lst.merge_cells(start_row=first, start_column=1, end_row=r - 1, end_column=1)
    a = lst.cell(row=first, column=1)
    a.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    a.font = FB
    for rr in range(first, r):
        lst.cell(row=rr, column=1).border = box
lst.freeze_panes = "A4"
lst.print_title_rows = "3:3"
lst.page_setup.orientation = "landscape"
lst.page_setup.paperSize = lst.PAPERSIZE_A4

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, "src", NAME)
os.makedirs(os.path.dirname(src))
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", tmp, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(tmp, NAME), os.path.join(OUT, NAME))
shutil.rmtree(tmp)

exp = {"prefecture": "高知県", "quotas": [{"band": b, "quota": q} for b, q in QUOTAS], "hospitals": []}
for band, rows in BLOCKS:
    for cd, nm, beds, ehr, reason in rows:
        full = PREF + "1" + cd
        h = {"hospitalCode": full, "hospitalName": nm, "beds": int(beds), "band": band,
             "ehr": "あり" if ehr == "○" else "なし"}
        if reason:
            h["reason"] = reason
        exp["hospitals"].append(h)
print(json.dumps({"values": exp, "band_first_row": band_first_row, "ehr_rows": ehr_rows},
                 ensure_ascii=False, indent=2))

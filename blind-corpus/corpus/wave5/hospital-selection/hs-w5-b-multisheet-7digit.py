#!/usr/bin/python3
"""hs-w5-b: Aomori prefecture's workbook split over several sheets: 記入要領, 支援枠 (都道府県名 label-above,
quota table transposed: bands across columns, =SUM total without cached value), 選定病院一覧 (band column first,
7-digit 医療機関コード, ○ for 電子カルテ, a labelled 記入例 row, multi-line reasons) and a hidden 集計 sheet
(COUNTIF formulas, no cached values). Saved by openpyxl only.

No planted problem: counts equal quotas in every band, beds inside bands, every hospital has 電子カルテ,
codes unique with valid check digits and prefecture 02.
Regenerates hs-w5-b-multisheet-7digit.xlsx and .expected.json in this folder.
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w5-b-multisheet-7digit"
PREF_NO = "02"


def check_digit(n9):
    s = 0
    for i, ch in enumerate(reversed(n9)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10


def code10(gun, num):
    n9 = PREF_NO + "1" + gun + num
    return n9 + str(check_digit(n9))


QUOTAS = [("20～99床", 3), ("100～299床", 3), ("300～499床", 2), ("500床以上", 1)]

# (band, gun, num, name, beds (as written), reason)
HOSP = [
    ("20～99床", "03", "1127", "医療法人 白神会 鰺ヶ沢しらかみ病院", 58, "地域で唯一の二次救急輪番病院"),
    ("20～99床", "06", "0284", "十和田湖畔リハビリテーション病院", "52", None),
    ("20～99床", "01", "3391", "医療法人 雪柳会 浪岡ゆきやなぎ病院", 96, "立入検査において\nセキュリティ対策が不十分と認められたため"),
    ("100～299床", "02", "0716", "八戸臨海中央病院", 272, "救急告示病院\n（八戸圏域の救急の中核）"),
    ("100～299床", "05", "0153", "五所川原北西病院", 180, None),
    ("100～299床", "04", "0448", "弘前桜ヶ丘病院", 104, "立入検査で対策不十分"),
    ("300～499床", "07", "0025", "むつ下北総合医療センター", 434, "下北圏域唯一の救急医療機関"),
    ("300～499床", "01", "0541", "青森港北病院", 301, "地域における救急等の主要な診療機能を担っている"),
    ("500床以上", "01", "0012", "青森県立みちのく中央医療センター", 684, "三次救急・災害拠点病院"),
]
EX = ("（記入例）", "100～299床", "0123456", "○○病院", 150, "○", "救急告示病院")

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="E2EFDA")
GRAY = PatternFill("solid", fgColor="EDEDED")
FONT = "Meiryo UI"
F = Font(name=FONT, size=10)
FB = Font(name=FONT, size=10, bold=True)

wb = Workbook()

# --- 記入要領 ---------------------------------------------------------------
ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["A"].width = 100
text = [
    "【記入要領】支援対象病院の選定（別紙様式）",
    "・「支援枠」シートの都道府県名及び病床規模別の支援枠を確認してください（支援枠は厚生労働省から示された数）。",
    "・「選定病院一覧」シートに、病床規模区分ごとに支援枠と同数の病院を過不足なく記入してください。",
    "・医療機関コードは7桁（郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）で記入してください。",
    "・電子カルテ導入欄は、導入済みの場合「○」を記入してください（未導入の病院は支援対象外）。",
    "・選定理由は任意です（例：地域における救急等の主要な診療機能を担っている、立入検査等で対策が不十分）。",
    "・記入例の行は削除しなくて構いません（集計対象外）。",
    "・提出期限：令和6年3月15日（金）",
]
for i, t in enumerate(text, start=1):
    c = ins.cell(row=i, column=1, value=t)
    c.font = FB if i == 1 else F
    c.alignment = Alignment(wrap_text=True)

# --- 支援枠 -------------------------------------------------------------------
qs = wb.create_sheet("支援枠")
qs.column_dimensions["A"].width = 14
for col in "BCDEF":
    qs.column_dimensions[col].width = 13
qs["A1"] = "別紙様式"
qs["A1"].font = F
qs["A2"] = "医療機関におけるサイバーセキュリティ確保事業　支援対象病院（令和6年度）"
qs["A2"].font = Font(name=FONT, size=12, bold=True)
qs["A4"] = "都道府県名"
qs["A4"].font = FB
qs["A4"].fill = HEAD
qs["A4"].border = BOX
qs["A5"] = "青森県"
qs["A5"].font = Font(name=FONT, size=11)
qs["A5"].border = BOX
qs["A5"].alignment = Alignment(horizontal="center")
qs["D4"] = "作成日"
qs["D4"].font = FB
qs["D5"] = "R6.3.12"
qs["D5"].font = F

qs["A7"] = "病床規模別の支援枠"
qs["A7"].font = FB
qs["A8"] = "病床規模"
qs["A9"] = "支援枠（病院数）"
for ref in ("A8", "A9"):
    qs[ref].font = FB
    qs[ref].fill = HEAD
    qs[ref].border = BOX
    qs[ref].alignment = Alignment(wrap_text=True, vertical="center")
for j, (band, q) in enumerate(QUOTAS):
    col = 2 + j
    c1 = qs.cell(row=8, column=col, value=band)
    c2 = qs.cell(row=9, column=col, value=q)
    for c in (c1, c2):
        c.font = F
        c.border = BOX
        c.alignment = Alignment(horizontal="center", vertical="center")
    c1.fill = HEAD
tc = 2 + len(QUOTAS)
c = qs.cell(row=8, column=tc, value="合計")
c.font = FB
c.fill = HEAD
c.border = BOX
c.alignment = Alignment(horizontal="center")
last_col_letter = chr(ord("A") + tc - 2)
c = qs.cell(row=9, column=tc, value=f"=SUM(B9:{last_col_letter}9)")
c.font = F
c.border = BOX
c.alignment = Alignment(horizontal="center")
qs.row_dimensions[9].height = 30
qs["A11"] = "※支援枠の調整が必要な場合は、3月1日（金）までに厚生労働省医政局医療情報室へ相談すること。"
qs["A11"].font = Font(name=FONT, size=9)

# --- 選定病院一覧 -----------------------------------------------------------
ls = wb.create_sheet("選定病院一覧")
widths = {"A": 11, "B": 13, "C": 16, "D": 40, "E": 9, "F": 12, "G": 42}
for col, w in widths.items():
    ls.column_dimensions[col].width = w
ls["A1"] = "選定病院一覧（青森県）"
ls["A1"].font = Font(name=FONT, size=12, bold=True)
heads = ["No.", "病床規模区分", "医療機関コード\n（7桁）", "病院名", "病床数", "電子カルテ\n導入", "選定理由（任意）"]
for j, h in enumerate(heads):
    c = ls.cell(row=3, column=1 + j, value=h)
    c.font = FB
    c.fill = HEAD
    c.border = BOX
    c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ls.row_dimensions[3].height = 32

# 記入例 row (correctly labelled, grey, must be ignored)
for j, v in enumerate(EX):
    c = ls.cell(row=4, column=1 + j, value=v)
    c.font = Font(name=FONT, size=10, color="808080", italic=True)
    c.fill = GRAY
    c.border = BOX
    c.alignment = Alignment(horizontal="center", vertical="center")
ls.cell(row=4, column=3).number_format = "@"

FIRST = 5
for i, (band, gun, num, name, beds, reason) in enumerate(HOSP):
    r = FIRST + i
    seven = gun + num + code10(gun, num)[-1]
    vals = [i + 1, band, seven, name, beds, "○", reason]
    for j, v in enumerate(vals):
        c = ls.cell(row=r, column=1 + j, value=v)
        c.font = F
        c.border = BOX
        c.alignment = Alignment(horizontal="left" if j in (3, 6) else "center", vertical="center",
                                wrap_text=(j == 6))
    ls.cell(row=r, column=3).number_format = "@"
    if isinstance(reason, str) and "\n" in reason:
        ls.row_dimensions[r].height = 30
LAST = FIRST + len(HOSP) - 1
dv = DataValidation(type="list", formula1='"' + ",".join(b for b, _ in QUOTAS) + '"', allow_blank=True)
ls.add_data_validation(dv)
dv.add(f"B{FIRST}:B{LAST + 5}")
dv2 = DataValidation(type="list", formula1='"○,×"', allow_blank=True)
ls.add_data_validation(dv2)
dv2.add(f"F{FIRST}:F{LAST + 5}")
ls.freeze_panes = "A4"
ls.page_setup.orientation = "landscape"
ls.page_setup.paperSize = ls.PAPERSIZE_A4
ls.page_setup.fitToWidth = 1
ls.page_setup.fitToHeight = 0
ls.sheet_properties.pageSetUpPr.fitToPage = True

# --- hidden 集計 ------------------------------------------------------------
ag = wb.create_sheet("集計")
ag["A1"] = "病床規模"
ag["B1"] = "支援枠"
ag["C1"] = "選定数"
ag["D1"] = "判定"
for j, (band, q) in enumerate(QUOTAS):
    r = 2 + j
    col = chr(ord("B") + j)
    ag[f"A{r}"] = f"=支援枠!{col}8"
    ag[f"B{r}"] = f"=支援枠!{col}9"
    ag[f"C{r}"] = f"=COUNTIF(選定病院一覧!$B${FIRST}:$B${LAST + 20},A{r})"
    ag[f"D{r}"] = f'=IF(B{r}=C{r},"OK","過不足あり")'
ag.sheet_state = "hidden"

wb.active = 2
wb.save(os.path.join(HERE, NAME + ".xlsx"))

hospitals = []
for band, gun, num, name, beds, reason in HOSP:
    h = {"hospitalCode": code10(gun, num), "hospitalName": name, "beds": int(beds), "band": band, "ehr": "あり"}
    if reason:
        h["reason"] = reason
    hospitals.append(h)
expected = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": "青森県",
        "quotas": [{"band": b, "quota": q} for b, q in QUOTAS],
        "hospitals": hospitals,
    },
    "planted": [],
    "notes": ("医療機関コード written as 7 digits only (選定病院一覧!C5:C13, text cells, e.g. '"
              + HOSP[0][1] + HOSP[0][2] + code10(HOSP[0][1], HOSP[0][2])[-1]
              + "'); expected gives the 10-digit code with prefecture 02 (青森県) and 点数表番号 1; the 7th digit is the "
              "check digit of that 10-digit code. 電子カルテ導入 written ○ (= あり). 都道府県名 label above value "
              "(支援枠!A4 / A5). Quota table transposed: bands across 支援枠!B8:E8, quotas B9:E9, 合計 F9 is =SUM with no "
              "cached value (saved by openpyxl). Row 4 of 選定病院一覧 is a correctly labelled 記入例 row (grey) and must be "
              "ignored. hospitals[1] 病床数 is a text cell '52'. Two 選定理由 contain line breaks. Hidden sheet 集計 holds "
              "COUNTIF formulas without cached values (not form values). 作成日 支援枠!D5 'R6.3.12' is not a form key. "
              "Sheet 記入要領 is instructions."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)

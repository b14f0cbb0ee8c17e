#!/usr/bin/python3
# Generator for hs-w7-b-two-sheets-lo.xlsx
# Role: 宮崎県 福祉保健部 医療政策課 staff, who split the 別紙様式 into a quota sheet and a list sheet.
# Sheets: 記入要領 (instructions), 支援枠 (都道府県名 label-left; vertical quota table with a COUNTIF 選定数
# column and totals), 選定病院一覧 (one row per hospital; codes with hyphens; 病床数 typed as text; 電子カルテ
# 有/無 from a drop-down fed by the hidden sheet リスト). Re-saved by LibreOffice (formula results cached).
# Planted: 200～399床 has 3 hospitals against a 支援枠 of 2; one selected hospital has 電子カルテ 無.
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w7-b-two-sheets-lo"


def check_digit(s9):
    t = 0
    for i, ch in enumerate(reversed(s9)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        t += d // 10 + d % 10
    return (10 - t % 10) % 10


PREF = "45"
bands = [("20～99床", 5), ("100～199床", 3), ("200～399床", 2), ("400床以上", 1)]
hospitals = [
    # gun, number, name, beds, band, ehr, reason
    ("01", "0312", "宮崎県央医療センター", 520, "400床以上", "有", "災害拠点病院・救命救急センター"),
    ("02", "0741", "医療法人 霧島会 都城きりしま病院", 312, "200～399床", "有", "二次救急医療機関（救急告示病院）"),
    ("05", "0126", "延岡あたご病院", 120, "100～199床", "有", "県北地域の主要な診療機能を担う"),
    ("09", "0057", "医療法人 恵愛会 串間よしまつ病院", 45, "20～99床", "無", "立入検査において対策が不十分"),
    ("01", "1188", "医療法人 宮崎北総合病院", 250, "200～399床", "有", ""),
    ("04", "0233", "日向なぎさ病院", 99, "20～99床", "有", "救急告示病院"),
    ("03", "0419", "社会医療法人 飫肥会 日南おび病院", 199, "100～199床", "有", ""),
    ("06", "0088", "医療法人 はにわ会 西都はにわ病院", 72, "20～99床", "有", ""),
    ("01", "2046", "医療法人 さくら会 宮崎さくら記念病院", 380, "200～399床", "有", "立入検査において対策が不十分"),
    ("07", "0161", "高鍋ひまわり病院", 58, "20～99床", "有", ""),
    ("08", "0094", "医療法人 えびの会 小林えびの病院", 160, "100～199床", "有", "西諸地域の二次救急を担う"),
    ("04", "0375", "門川みなと病院", 30, "20～99床", "有", ""),
]

wb = Workbook()
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
head_fill = PatternFill("solid", fgColor="CCE5FF")

ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["B"].width = 100
for i, t in enumerate([
    "記入要領（別紙様式）",
    "",
    "・「支援枠」シートの支援枠は、厚生労働省から示された病床規模別の数を記入してください。",
    "・「選定病院一覧」シートに、支援枠の数の病院を病床規模別に過不足なく記入してください（選定数は自動計算）。",
    "・医療機関コードは10桁で記入してください（ハイフン可）。",
    "・電子カルテ導入欄はプルダウンから「有」「無」を選択してください。支援対象は電子カルテシステムを導入している病院です。",
    "・選定理由は任意です（例：地域における救急等の主要な診療機能を担っている、立入検査等で対策が不十分 等）。",
    "・提出期限：令和6年3月15日（金）",
], start=1):
    ins.cell(i, 2, t)
ins["B1"].font = Font(size=14, bold=True)

q = wb.create_sheet("支援枠")
for col, w in {"A": 2, "B": 16, "C": 12, "D": 12}.items():
    q.column_dimensions[col].width = w
q["B2"] = "都道府県名"
q["C2"] = "宮崎県"
q["B2"].border = box
q.merge_cells("C2:D2")
q["C2"].border = box
q["B2"].fill = head_fill
for i, h in enumerate(["病床規模", "支援枠", "選定数"]):
    c = q.cell(4, 2 + i, h)
    c.border = box
    c.alignment = center
    c.fill = head_fill
for k, (band, quota) in enumerate(bands):
    r = 5 + k
    q.cell(r, 2, band)
    q.cell(r, 3, quota)
    q.cell(r, 4, f"=COUNTIF(選定病院一覧!$E$4:$E$60,B{r})")
    for c in range(2, 5):
        q.cell(r, c).border = box
        q.cell(r, c).alignment = center
q["B9"] = "合計"
q["C9"] = "=SUM(C5:C8)"
q["D9"] = "=SUM(D5:D8)"
for c in "BCD":
    q[f"{c}9"].border = box
    q[f"{c}9"].alignment = center
    q[f"{c}9"].font = Font(bold=True)

s = wb.create_sheet("選定病院一覧")
for col, w in {"A": 5, "B": 18, "C": 36, "D": 8, "E": 13, "F": 14, "G": 36}.items():
    s.column_dimensions[col].width = w
s["A1"] = "支援対象病院一覧（宮崎県）"
s["A1"].font = Font(size=13, bold=True)
heads = ["No", "医療機関コード", "病院名", "病床数", "病床規模区分", "電子カルテ導入\n（有・無）", "選定理由（任意）"]
for i, h in enumerate(heads):
    c = s.cell(3, 1 + i, h)
    c.border = box
    c.alignment = center
    c.fill = head_fill
s.row_dimensions[3].height = 30
dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$2", allow_blank=True)
s.add_data_validation(dv)
codes = []
for n, (gun, num, name, beds, band, ehr, reason) in enumerate(hospitals, start=1):
    r = 3 + n
    base = PREF + "1" + gun + num
    code10 = base + str(check_digit(base))
    codes.append(code10)
    written = f"{code10[0:2]}-{code10[2]}-{code10[3:5]}-{code10[5:9]}-{code10[9]}"
    vals = [n, written, name, str(beds), band, ehr, reason or None]
    for i, v in enumerate(vals):
        c = s.cell(r, 1 + i, v)
        c.border = box
        c.alignment = center if i not in (2, 6) else wrap
    s.cell(r, 4).number_format = "@"
    dv.add(f"F{r}")
for r in range(16, 19):
    for c in range(1, 8):
        s.cell(r, c).border = box
    dv.add(f"F{r}")

lst = wb.create_sheet("リスト")
lst["A1"] = "有"
lst["A2"] = "無"
lst.sheet_state = "hidden"
wb.active = 2

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
outdir = os.path.join(tmp, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
shutil.rmtree(tmp)
for i, (h, code) in enumerate(zip(hospitals, codes)):
    print(i, 3 + i + 1, code, h[2], h[3], h[4], h[5])

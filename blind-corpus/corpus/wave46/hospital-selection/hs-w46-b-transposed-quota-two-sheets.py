# Generator for hs-w46-b-transposed-quota-two-sheets.xlsx (hospital-selection, 静岡県; sheet 支援枠 with the
# quota table transposed (bands across), sheet 選定病院 with 7-digit hyphenated codes, hidden list sheet;
# written by openpyxl then re-saved by LibreOffice so formula results are cached).
# Planted: band 100床～199床 has 4 hospitals for a quota of 3; a 200床～499床 hospital has 168 beds.
# run: PYTHONPATH=/tmp/w46srhs_py /usr/bin/python3 hs-w46-b-transposed-quota-two-sheets.py
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "hs-w46-b-transposed-quota-two-sheets.xlsx"
tmpdir = tempfile.mkdtemp(prefix="w46hs_")
RAW = os.path.join(tmpdir, NAME)

wb = Workbook()
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head = PatternFill("solid", fgColor="DDEBF7")

bands = ["99床以下", "100床～199床", "200床～499床", "500床以上"]
quotas = [2, 3, 2, 1]

q = wb.active
q.title = "支援枠"
q.column_dimensions["A"].width = 14
for col in "BCDEF":
    q.column_dimensions[col].width = 15
q["A1"] = "令和6年度 医療機関におけるサイバーセキュリティ確保事業　病床規模別支援枠（静岡県）"
q["A1"].font = Font(bold=True, size=12)
q["A3"] = "病床規模"
q["A4"] = "支援枠"
q["A5"] = "選定数"
for i, (b, n) in enumerate(zip(bands, quotas)):
    col = 2 + i
    q.cell(3, col, b)
    q.cell(4, col, n)
    L = q.cell(3, col).column_letter
    q.cell(5, col, f'=COUNTIF(選定病院!$E$6:$E$40,{L}3)')
q["F3"] = "計"
q["F4"] = "=SUM(B4:E4)"
q["F5"] = "=SUM(B5:E5)"
for row in q.iter_rows(min_row=3, max_row=5, min_col=1, max_col=6):
    for c in row:
        c.border = box; c.alignment = center
for r in (3, 4, 5):
    q.cell(r, 1).fill = head
q["A7"] = "※ 支援枠は厚生労働省から示された数。選定数が支援枠と一致するよう過不足なく選定すること。"
q["A7"].font = Font(size=9)

s = wb.create_sheet("選定病院")
for col, w in {"A": 5, "B": 14, "C": 32, "D": 9, "E": 14, "F": 11, "G": 42}.items():
    s.column_dimensions[col].width = w
s["A1"] = "支援対象病院 選定結果一覧"
s["A1"].font = Font(bold=True, size=12)
s["A2"] = "都道府県名：静岡県"
s["A3"] = "提出日：令和6年3月14日"
hdr = ["No.", "医療機関コード(7桁)", "医療機関名", "病床数", "病床規模", "電子カルテ", "選定理由"]
for i, h in enumerate(hdr, start=1):
    c = s.cell(5, i, h); c.fill = head; c.border = box; c.alignment = center
rows = [
    ("01-0339-2", "医療法人 駿河台病院", 80, "99床以下", "○", "救急告示病院"),
    ("02-0154-3", "医療法人社団 富士見ヶ丘病院", 54, "99床以下", "○", None),
    ("03-0443-8", "医療法人 清水港病院", 165, "100床～199床", "○", "二次救急輪番"),
    ("05-0087-8", "沼津みなと病院", "128", "100床～199床", "○", "立入検査（R5.11）で対策不十分"),
    ("06-0219-5", "医療法人 三島緑の丘病院", 110, "100床～199床", "○", None),
    ("08-0034-4", "医療法人 島田大井川病院", "187", "100床～199床", "○", "地域の救急医療を担う"),
    ("10-0568-7", "磐田中央総合病院", 356, "200床～499床", "○", "災害拠点病院\n地域医療支援病院"),
    ("13-0410-6", "掛川東総合病院", 168, "200床～499床", "○", "救急等の主要な診療機能"),
    ("15-0113-1", "静岡県東部医療センター", 620, "500床以上", "○", "救命救急センター"),
]
for n, row in enumerate(rows, start=1):
    r = 5 + n
    for i, v in enumerate((n,) + row, start=1):
        c = s.cell(r, i, v); c.border = box
        c.alignment = wrap if i in (3, 7) else center
    s.cell(r, 2).number_format = "@"
    s.row_dimensions[r].height = 28

lst = wb.create_sheet("リスト")
for i, b in enumerate(bands, start=1):
    lst.cell(i, 1, b)
lst.cell(1, 2, "○"); lst.cell(2, 2, "×")
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$4", allow_blank=True)
s.add_data_validation(dv); dv.add("E6:E40")
dv2 = DataValidation(type="list", formula1="=リスト!$B$1:$B$2", allow_blank=True)
s.add_data_validation(dv2); dv2.add("F6:F40")
wb.active = 1
wb.save(RAW)

# LibreOffice re-save (caches the COUNTIF/SUM results)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, RAW], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmpdir)
print("saved", os.path.join(HERE, NAME))

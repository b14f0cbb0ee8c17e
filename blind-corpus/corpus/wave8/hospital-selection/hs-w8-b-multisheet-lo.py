#!/usr/bin/python3
# Generator for hs-w8-b-multisheet-lo.xlsx (hospital-selection, 長崎県, clean).
# Several sheets: 記入要領 / 支援枠 (vertical quota table + cross-sheet COUNTIF) / 選定病院一覧 / hidden リスト
# (drop-down sources). Built with openpyxl then re-saved by LibreOffice headless (formula results cached).
import datetime, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT_DIR = "/work/blind/wave8/hospital-selection"
NAME = "hs-w8-b-multisheet-lo"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="DCE6F1")
wrap = Alignment(wrap_text=True, vertical="center")

bands = ["99床以下", "100床～299床", "300床以上"]
quotas = [2, 3, 1]

wb = Workbook()
ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["A"].width = 4
ins.column_dimensions["B"].width = 100
ins["A1"] = "支援対象病院の選定（別紙様式）記入要領"
ins["A1"].font = Font(bold=True, size=12)
notes = [
    "「支援枠」シートの支援枠は、厚生労働省から示された病床規模別の数を転記する（変更不可）。",
    "「選定病院一覧」シートに、選定した病院を1行に1病院記入する。病床規模区分・電子カルテ導入はリストから選択。",
    "医療機関コードは10桁（ハイフン区切り可）で記入する。",
    "病床規模別に、支援枠と同数を過不足なく選定すること（「支援枠」シートの選定数で確認）。",
    "電子カルテシステムを導入している病院に限る。",
    "選定理由は任意（例：地域における救急等の主要な診療機能を担っている、立入検査等で対策が不十分）。",
    "提出期限：令和6年3月15日（金）　提出先：厚生労働省医政局 医療情報室",
]
for i, t in enumerate(notes, start=3):
    ins.cell(i, 1, i - 2)
    ins.cell(i, 2, t)

q = wb.create_sheet("支援枠")
for col, w in zip("ABCDE", [4, 20, 14, 14, 14]):
    q.column_dimensions[col].width = w
q["B1"] = "医療機関におけるサイバーセキュリティ確保事業　支援対象病院の選定（別紙様式）"
q["B1"].font = Font(bold=True, size=12)
q["B3"] = "都道府県名"
q["C3"] = "長崎県"
q["B4"] = "提出日"
q["C4"] = datetime.date(2024, 3, 14)
q["C4"].number_format = "yyyy/m/d"
q["B5"] = "担当課"
q["C5"] = "福祉保健部 医療政策課"
for r in (3, 4, 5):
    q.cell(r, 2).fill = head_fill
    for c in (2, 3):
        q.cell(r, c).border = box
q["B7"] = "病床規模"
q["C7"] = "支援枠"
q["D7"] = "選定数"
q["E7"] = "過不足"
for c in range(2, 6):
    q.cell(7, c).fill = head_fill
    q.cell(7, c).font = Font(bold=True)
for i, (b, n) in enumerate(zip(bands, quotas)):
    r = 8 + i
    q.cell(r, 2, b)
    q.cell(r, 3, n)
    q.cell(r, 4, "=COUNTIF(選定病院一覧!$E$5:$E$12,B%d)" % r)
    q.cell(r, 5, "=D%d-C%d" % (r, r))
q["B11"] = "合計"
q["C11"] = "=SUM(C8:C10)"
q["D11"] = "=SUM(D8:D10)"
q["E11"] = "=D11-C11"
for r in range(7, 12):
    for c in range(2, 6):
        q.cell(r, c).border = box

h = wb.create_sheet("選定病院一覧")
for col, w in zip("ABCDEFG", [5, 18, 30, 9, 15, 12, 40]):
    h.column_dimensions[col].width = w
h["A1"] = "選定病院一覧"
h["A1"].font = Font(bold=True, size=12)
h["A2"] = "都道府県名"
h["C2"] = "長崎県"
heads = ["No.", "医療機関コード", "病院名", "病床数", "病床規模区分", "電子カルテ導入", "選定理由（任意）"]
for c, t in enumerate(heads, start=1):
    cell = h.cell(4, c, t)
    cell.font = Font(bold=True)
    cell.fill = head_fill
    cell.border = box
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
data = [
    ("42-1-01-0087-3", "医療法人 稲佐会 稲佐山病院", 85, 0, "あり", "立入検査（令和5年度）でバックアップ体制が不十分"),
    ("42-1-04-0209-7", "五島なぎさ病院", 60, 0, "あり", "離島の救急医療を担う"),
    ("42-1-02-0231-5", "佐世保西海記念病院", 245, 1, "あり", "二次救急輪番病院\n災害拠点病院"),
    ("42-1-03-0456-6", "諫早中央病院", 180, 1, "あり", None),
    ("42-1-05-0112-0", "大村湾岸病院", 100, 1, "あり", "立入検査等でセキュリティ対策が不十分"),
    ("42-1-01-0343-0", "長崎出島記念病院", 420, 2, "あり", "地域医療支援病院（救急医療の中核）"),
]
for k in range(8):  # 8 bordered rows, 6 used
    r = 5 + k
    h.cell(r, 1, k + 1)
    for c in range(1, 8):
        h.cell(r, c).border = box
        h.cell(r, c).alignment = wrap
    if k < len(data):
        code, name, beds, bi, ehr, reason = data[k]
        h.cell(r, 2, code)
        h.cell(r, 3, name)
        h.cell(r, 4, beds)
        h.cell(r, 5, bands[bi])
        h.cell(r, 6, ehr)
        if reason:
            h.cell(r, 7, reason)
h.row_dimensions[7].height = 30

lst = wb.create_sheet("リスト")
for i, b in enumerate(bands, start=1):
    lst.cell(i, 1, b)
lst["B1"] = "あり"
lst["B2"] = "なし"
lst.sheet_state = "hidden"
dv1 = DataValidation(type="list", formula1="リスト!$A$1:$A$3", allow_blank=True)
dv2 = DataValidation(type="list", formula1="リスト!$B$1:$B$2", allow_blank=True)
h.add_data_validation(dv1)
h.add_data_validation(dv2)
dv1.add("E5:E12")
dv2.add("F5:F12")

wb.active = 1
tmp = tempfile.mkdtemp(prefix="hsw8b-")
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
conv = os.path.join(tmp, "conv")
os.makedirs(conv)
subprocess.run(["soffice", "-env:UserInstallation=file://%s/lo-profile" % tmp, "--headless",
                "--convert-to", "xlsx", "--outdir", conv, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(conv, NAME + ".xlsx"), os.path.join(OUT_DIR, NAME + ".xlsx"))
shutil.rmtree(tmp)
print("written", os.path.join(OUT_DIR, NAME + ".xlsx"))

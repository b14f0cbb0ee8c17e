# Generator for hs-w11-b-transposed-7digit-libre.xlsx
# Role: 青森県 医療薬務課の担当者 (works in LibreOffice Calc). Two sheets: 総括表 with the quota table
# drawn sideways (bands across the columns, 支援枠 and 選定病院数 as rows), and 選定病院一覧 with a
# correctly labelled 記入例 row, 7-digit 医療機関コード (郡市区+番号+検証), ○ for 電子カルテ導入, some 病床数 typed
# as text with 床, reasons with line breaks. A 記入上の注意 sheet and a hidden 選択肢 sheet. Re-saved by
# LibreOffice. No planted problem.
import os
import shutil
import subprocess
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave11/hospital-selection"
NAME = "hs-w11-b-transposed-7digit-libre.xlsx"
TMP = os.path.join(OUT, "_tmp_hs_b")


def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)


def code7(pref, gun, num):
    return gun + num + luhn(f"{pref}1{gun}{num}")


PREF = "02"
bands = ["99床以下", "100～299床", "300床以上"]
quotas = [4, 3, 2]
hospitals = [
    # gun, num, name, beds(as typed), band, reason, hyphenate code?
    ("01", "0213", "あおもり港町病院", 48, "99床以下", "救急告示病院", False),
    ("02", "0345", "弘前りんご台病院", 60, "99床以下", None, False),
    ("03", "0089", "八戸白銀病院", "87床", "99床以下", "立入検査（R5）で\nバックアップ未整備を確認", False),
    ("08", "0152", "五所川原西病院", 99, "99床以下", "西北五圏域の二次救急", False),
    ("01", "1120", "青森中央循環器病院", 100, "100～299床", "循環器救急（24時間）", False),
    ("02", "0611", "弘前ひろさき南病院", "185", "100～299床", None, False),
    ("03", "0770", "八戸臨海総合病院", 299, "100～299床", "二次救急輪番\n災害拠点病院", True),
    ("01", "0018", "県都総合医療センター", 356, "300床以上", "三次救急（救命救急センター）", False),
    ("03", "0005", "三八地域医療センター", "612床", "300床以上", "地域医療支援病院", False),
]

wb = Workbook()
note = wb.active
note.title = "記入上の注意"
summ = wb.create_sheet("総括表")
lst = wb.create_sheet("選定病院一覧")
opt = wb.create_sheet("選択肢")

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
f = Font(name="ＭＳ ゴシック", size=10.5)
fb = Font(name="ＭＳ ゴシック", size=10.5, bold=True)
hdr = PatternFill("solid", fgColor="E2EFDA")
ex_fill = PatternFill("solid", fgColor="EDEDED")
ex_font = Font(name="ＭＳ ゴシック", size=10.5, italic=True, color="808080")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
left = Alignment(horizontal="left", vertical="center", wrap_text=True)

# --- 記入上の注意 ---
note.column_dimensions["A"].width = 100
for i, t in enumerate([
    "記入上の注意",
    "・総括表の支援枠は厚生労働省から示された病床規模別の数を転記すること。",
    "・選定病院一覧の医療機関コードは7桁（郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）で記入。",
    "・電子カルテ欄は導入済みの場合「○」。",
    "・5行目の記入例は削除せずにそのまま残してよい（集計対象外）。",
    "・支援枠の数を過不足なく選定すること（総括表の選定病院数で確認）。",
], start=1):
    c = note.cell(row=i, column=1, value=t)
    c.font = fb if i == 1 else f

# --- 選択肢 (hidden) ---
for i, b in enumerate(bands, start=1):
    opt.cell(row=i, column=1, value=b)
opt.cell(row=1, column=2, value="○")
opt.cell(row=2, column=2, value="×")
opt.sheet_state = "hidden"

# --- 総括表 (quota table sideways) ---
for col, w in {"A": 22, "B": 14, "C": 14, "D": 14, "E": 10}.items():
    summ.column_dimensions[col].width = w
summ["A1"] = "別紙様式（総括表）　支援対象病院の選定結果"
summ["A1"].font = Font(name="ＭＳ ゴシック", size=13, bold=True)
summ["A3"] = "都道府県名：青森県"
summ["A3"].font = fb
summ["A5"] = "【病床規模別 支援枠】"
summ["A5"].font = fb
summ["A6"] = "病床規模"
summ["A7"] = "支援枠（病院数）"
summ["A8"] = "選定病院数"
for j, (b, q) in enumerate(zip(bands, quotas), start=2):
    col = summ.cell(row=6, column=j).column_letter
    summ.cell(row=6, column=j, value=b)
    summ.cell(row=7, column=j, value=q)
    summ.cell(row=8, column=j, value=f"=COUNTIF('選定病院一覧'!$F$6:$F$40,{col}6)")
summ.cell(row=6, column=5, value="計")
summ.cell(row=7, column=5, value="=SUM(B7:D7)")
summ.cell(row=8, column=5, value="=SUM(B8:D8)")
for r in range(6, 9):
    for j in range(1, 6):
        c = summ.cell(row=r, column=j)
        c.border = box
        c.font = fb if (r == 6 or j == 1) else f
        c.alignment = center if j > 1 else left
        if r == 6 or j == 1:
            c.fill = hdr
summ["A10"] = "提出日：R6.3.12"
summ["A11"] = "担当：健康医療福祉部 医療薬務課 医療情報推進グループ"
summ["A10"].font = f
summ["A11"].font = f

# --- 選定病院一覧 ---
for col, w in {"A": 2, "B": 7, "C": 14, "D": 26, "E": 11, "F": 13, "G": 11, "H": 34}.items():
    lst.column_dimensions[col].width = w
lst["B1"] = "選定病院一覧（青森県）"
lst["B1"].font = Font(name="ＭＳ ゴシック", size=13, bold=True)
lst["B2"] = "※医療機関コードは7桁、電子カルテ導入済みは○"
lst["B2"].font = f
heads = ["No.", "医療機関コード\n（7桁）", "医療機関名", "許可病床数", "病床規模", "電子カルテ", "選定理由・備考"]
for j, h in enumerate(heads, start=2):
    c = lst.cell(row=4, column=j, value=h)
    c.font = fb
    c.fill = hdr
    c.border = box
    c.alignment = center
lst.row_dimensions[4].height = 30

example = ["記入例", "0112345", "○○病院", 150, "100～299床", "○", "二次救急"]
for j, v in enumerate(example, start=2):
    c = lst.cell(row=5, column=j, value=v)
    c.font = ex_font
    c.fill = ex_fill
    c.border = box
    c.alignment = center

r = 6
for i, (gun, num, name, beds, band, reason, hy) in enumerate(hospitals, start=1):
    c7 = code7(PREF, gun, num)
    if hy:
        c7 = f"{c7[:2]}-{c7[2:6]}-{c7[6]}"
    vals = [i, c7, name, beds, band, "○", reason]
    for j, v in enumerate(vals, start=2):
        c = lst.cell(row=r, column=j, value=v)
        c.font = f
        c.border = box
        c.alignment = left if j in (4, 8) else center
    lst.cell(row=r, column=3).number_format = "@"
    if "\n" in (reason or ""):
        lst.row_dimensions[r].height = 30
    r += 1
for rr in range(r, r + 4):
    for j in range(2, 9):
        lst.cell(row=rr, column=j).border = box

dv_band = DataValidation(type="list", formula1="選択肢!$A$1:$A$3", allow_blank=True)
dv_ehr = DataValidation(type="list", formula1="選択肢!$B$1:$B$2", allow_blank=True)
lst.add_data_validation(dv_band)
lst.add_data_validation(dv_ehr)
dv_band.add("F6:F40")
dv_ehr.add("G6:G40")

lst.page_setup.paperSize = lst.PAPERSIZE_A4
lst.page_setup.orientation = "landscape"
lst.sheet_properties.pageSetUpPr.fitToPage = True
lst.page_setup.fitToWidth = 1
lst.page_setup.fitToHeight = 0
wb.active = 1

os.makedirs(TMP, exist_ok=True)
src = os.path.join(TMP, NAME)
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
               env=dict(os.environ, HOME=TMP))
shutil.rmtree(TMP)
for i, h in enumerate(hospitals):
    print(6 + i, PREF + "1" + code7(PREF, h[0], h[1]), h[2])

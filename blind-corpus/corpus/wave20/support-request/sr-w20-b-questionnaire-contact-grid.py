#!/usr/bin/python3
# Generator for sr-w20-b-questionnaire-contact-grid.xlsx
# Role: Ehime prefecture office redrew the support-request form as a numbered questionnaire
# (No. | 項目 | 回答), contacts as a grid with a labelled 記入例 row, ○-mark choice for 活用の可否,
# and an 対象要件 self-check block; a 記入要領 sheet first and a hidden list sheet.
# Filled by a hospital's 情報管理課; saved by openpyxl (the =TODAY() has no cached value).
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave20/support-request"
NAME = "sr-w20-b-questionnaire-contact-grid.xlsx"


def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10


CODE9 = "381023456"                 # 愛媛(38) 医科(1) 02 3456
RIGHT = CODE9 + str(luhn(CODE9))    # 3810234561
WRITTEN = "38-1-02-3456-7"          # PLANTED: wrong check digit (should be 1)

wb = Workbook()
guide = wb.active
guide.title = "記入要領"
ws = wb.create_sheet("回答票")
lst = wb.create_sheet("リスト")
lst.sheet_state = "hidden"

gothic = "ＭＳ Ｐゴシック"
F = Font(name=gothic, size=11)
FB = Font(name=gothic, size=11, bold=True)
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="DDEBF7")
ex_fill = PatternFill("solid", fgColor="EDEDED")

# ---- 記入要領
guide.column_dimensions["A"].width = 100
lines = [
    "「医療機関におけるサイバーセキュリティ確保事業」支援希望調査　記入要領",
    "",
    "1．支援を希望する病院のみ、「回答票」シートに記入のうえ、令和7年2月28日（金）までに提出してください。",
    "2．医療機関コードは10桁（都道府県番号＋点数表番号＋郡市区番号＋医療機関番号＋検証番号）で記入してください。",
    "3．担当者①・②は必須です。所属・役職、氏名、Mailアドレスをすべて記入してください。担当者③は任意です。",
    "4．担当者欄の「記入例」行は消さずにそのままで結構です（集計対象外）。",
    "5．回答データの活用の可否は、「可」「不可」のいずれかの選択欄に○を記入してください。",
    "6．対象要件の確認は、「はい・いいえ」のうち該当しない方を削除してください。",
    "   令和6年度に支援を受けた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため",
    "   令和8年1月までに現地調査を完了できない病院は対象外です。",
]
for i, t in enumerate(lines, 1):
    guide.cell(row=i, column=1, value=t).font = FB if i == 1 else F

# ---- hidden list
for i, v in enumerate(["はい", "いいえ"], 1):
    lst.cell(row=i, column=1, value=v)
lst.cell(row=1, column=2, value="○")

# ---- 回答票
for col, w in zip("ABCDEF", [6, 34, 24, 16, 22, 14]):
    ws.column_dimensions[col].width = w

ws["A1"] = "（様式）"
ws.merge_cells("A2:F2")
ws["A2"] = "「医療機関におけるサイバーセキュリティ確保事業」支援希望調査　回答票"
ws["A2"].font = Font(name=gothic, size=14, bold=True)
ws["A2"].alignment = Alignment(horizontal="center")
ws["E3"] = "回答日"
ws["E3"].alignment = Alignment(horizontal="right")
ws["F3"] = "=TODAY()"
ws["F3"].number_format = "yyyy/m/d"
ws.merge_cells("A4:F4")
ws["A4"] = "提出先：愛媛県保健福祉部 医療対策課（FAX又はメールで提出）"
ws.merge_cells("A5:F5")
ws["A5"] = "■ 当病院は、当該事業の支援を希望します。"
ws["A5"].font = FB


def cell(ref, v, bold=False, fill=None, align=None):
    c = ws[ref]
    c.value = v
    c.font = FB if bold else F
    c.border = box
    if fill:
        c.fill = fill
    c.alignment = align or Alignment(vertical="center", wrap_text=True)
    return c


def boxrange(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box


cell("A7", "No.", True, head_fill, Alignment(horizontal="center"))
cell("B7", "項目", True, head_fill, Alignment(horizontal="center"))
ws.merge_cells("C7:F7")
cell("C7", "回答", True, head_fill, Alignment(horizontal="center"))
boxrange("C7:F7")

basic = [
    ("1", "医療機関コード（10桁）", WRITTEN),
    ("2", "病院名（正式名称）", "医療法人 石鎚会　松山みどり病院"),
    ("3", "郵便番号", "790-0024"),
    ("4", "住所", "松山市北持田町1丁目2番3号"),
    ("5", "電話番号", "０８９－９４１－２２３４"),
]
for i, (no, lab, val) in enumerate(basic):
    r = 8 + i
    cell(f"A{r}", no, align=Alignment(horizontal="center", vertical="center"))
    cell(f"B{r}", lab)
    ws.merge_cells(f"C{r}:F{r}")
    cell(f"C{r}", val, align=Alignment(horizontal="left", vertical="center"))
    boxrange(f"C{r}:F{r}")
    ws.row_dimensions[r].height = 22

# 6 担当者 grid
cell("A14", "6", align=Alignment(horizontal="center", vertical="center"))
ws.merge_cells("B14:F14")
cell("B14", "担当者（①・②は必須、③は任意）")
boxrange("B14:F14")
for ref, t in [("B15", "区分"), ("C15", "所属・役職"), ("D15", "氏名"), ("E15", "Mailアドレス")]:
    cell(ref, t, True, head_fill, Alignment(horizontal="center"))
ws.merge_cells("E15:F15")
boxrange("E15:F15")

rows = [
    ("記入例", "医事課 係長", "愛媛 花子", "hanako.ehime@example.jp"),
    ("担当者①【必須】", "情報管理課 課長", "村上 浩二", "k-murakami@matsuyama-midori.or.jp"),
    ("担当者②【必須】", "情報管理課", "越智 さやか", None),   # PLANTED: Mail アドレス left blank
    ("担当者③", "看護部 副看護部長", "渡部 由美", "y-watanabe@matsuyama-midori.or.jp"),
]
for i, (k, dep, nm, ml) in enumerate(rows):
    r = 16 + i
    fill = ex_fill if k == "記入例" else None
    cell(f"B{r}", k, fill=fill)
    cell(f"C{r}", dep, fill=fill)
    cell(f"D{r}", nm, fill=fill)
    ws.merge_cells(f"E{r}:F{r}")
    cell(f"E{r}", ml, fill=fill)
    boxrange(f"E{r}:F{r}")
    ws.row_dimensions[r].height = 22
for c in ("B16", "C16", "D16", "E16"):
    ws[c].font = Font(name=gothic, size=10, italic=True, color="808080")

# 7 活用の可否 with a ○ column
cell("A21", "7", align=Alignment(horizontal="center", vertical="center"))
ws.merge_cells("B21:B23")
cell("B21", "サイバーセキュリティ調査における回答データの活用の可否（※）")
boxrange("B21:B23")
cell("C21", "選択肢", True, head_fill, Alignment(horizontal="center"))
cell("D21", "選択欄（○）", True, head_fill, Alignment(horizontal="center"))
cell("C22", "可", align=Alignment(horizontal="center"))
cell("D22", None, align=Alignment(horizontal="center"))
cell("C23", "不可", align=Alignment(horizontal="center"))
cell("D23", "○", align=Alignment(horizontal="center"))
ws.merge_cells("E21:F23")
ws["E21"] = ("※国の令和6年1月31日付け事務連絡による実態調査の回答内容を本事業で活用することを"
             "了解いただける場合は「可」、了解いただけない場合は「不可」")
ws["E21"].font = Font(name=gothic, size=8)
ws["E21"].alignment = Alignment(vertical="top", wrap_text=True)
dv_mark = DataValidation(type="list", formula1="=リスト!$B$1", allow_blank=True)
ws.add_data_validation(dv_mark)
dv_mark.add("D22:D23")

# 8 対象要件の確認
cell("A25", "8", align=Alignment(horizontal="center", vertical="center"))
ws.merge_cells("B25:F25")
cell("B25", "対象要件の確認（「はい・いいえ」のうち該当しない方を削除）")
boxrange("B25:F25")
reqs = [
    ("(1) 令和6年度に本事業の支援を受けていない", "はい"),
    ("(2) 電子カルテシステムを導入している", "はい"),
    ("(3) 電子カルテシステムの更改等の支障がなく、令和8年1月までに現地調査を完了できる", "はい"),
]
dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
for i, (q, a) in enumerate(reqs):
    r = 26 + i
    ws.merge_cells(f"B{r}:E{r}")
    cell(f"B{r}", q)
    boxrange(f"B{r}:E{r}")
    cell(f"F{r}", a, align=Alignment(horizontal="center", vertical="center"))
    dv.add(f"F{r}")
    ws.row_dimensions[r].height = 30

# 9 備考
cell("A30", "9", align=Alignment(horizontal="center", vertical="center"))
cell("B30", "備考")
ws.merge_cells("C30:F30")
cell("C30", "現地調査は水曜日の午後を希望します。", align=Alignment(vertical="top", wrap_text=True))
boxrange("C30:F30")
ws.row_dimensions[30].height = 40

ws.print_area = "A1:F30"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
wb.active = 1

wb.save(f"{OUT}/{NAME}")
print("wrote", NAME, "right code would be", RIGHT)

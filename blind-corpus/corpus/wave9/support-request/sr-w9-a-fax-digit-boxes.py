#!/usr/bin/python3
# Generator for sr-w9-a-fax-digit-boxes.xlsx
# Role: 香川県医務国保課 drew a FAX-printable 回答様式 (A4, borders, spacer columns, the 7-digit
# 医療機関コード in one box per digit, contacts as a small horizontal table, 可・不可 answered by a ○
# in the box before the choice, eligibility declarations ticked with ✓); a hospital's 総務課 filled it.
# No planted problem: everything filled completely and correctly.
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill

OUT = "/work/blind/wave9/support-request"
NAME = "sr-w9-a-fax-digit-boxes.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "回答様式"

thin = Side(style="thin")
medium = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
left = Alignment(horizontal="left", vertical="center", wrap_text=True)
gray = PatternFill("solid", fgColor="EDEDED")
F = "ＭＳ 明朝"

# columns: A spacer | B,C label | D spacer | E..K seven digit boxes / value area up to N | O spacer
widths = {"A": 2, "B": 12, "C": 14, "D": 1.5}
for c in "EFGHIJK":
    widths[c] = 4.2
widths.update({"L": 14, "M": 14, "N": 14, "O": 2})
for k, v in widths.items():
    ws.column_dimensions[k].width = v


def put(ref, val, font=None, al=left, border=True, fill=None):
    c = ws[ref]
    c.value = val
    c.font = font or Font(name=F, size=10.5)
    c.alignment = al
    if border:
        c.border = box
    if fill:
        c.fill = fill
    return c


def frame(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box


def label(row, text, h=24, rows=1):
    r2 = row + rows - 1
    ws.merge_cells(f"B{row}:C{r2}")
    put(f"B{row}", text, al=center, fill=gray)
    frame(f"B{row}:C{r2}")
    for r in range(row, r2 + 1):
        ws.row_dimensions[r].height = h


# --- header (送付先) -----------------------------------------------------
ws.merge_cells("H1:N1")
put("H1", "（送付先）香川県医務国保課 医療企画Ｇ 宛", Font(name=F, size=10), Alignment(horizontal="right"), border=False)
ws.merge_cells("H2:N2")
put("H2", "ＦＡＸ：０８７－８０６－０２４８", Font(name=F, size=12, bold=True), Alignment(horizontal="right"), border=False)

ws.merge_cells("B4:N5")
put("B4", "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式",
    Font(name=F, size=14, bold=True), center, border=False)
ws.row_dimensions[4].height = 22
ws.row_dimensions[5].height = 22

ws.merge_cells("B7:N7")
put("B7", "当病院は、当該事業の支援を希望します。", Font(name=F, size=12), left, border=False)
ws.row_dimensions[7].height = 26

# --- 医療機関コード: 7 boxes -----------------------------------------------
label(9, "医療機関コード\n（７桁）", h=30)
for col, d in zip("EFGHIJK", "0104526"):
    put(f"{col}9", d, Font(name=F, size=14), center)
ws.merge_cells("L9:N9")
put("L9", "※都道府県番号・点数表番号は不要", Font(name=F, size=8), left, border=False)

label(10, "病院名\n（正式名称）", h=30)
ws.merge_cells("E10:N10")
put("E10", "医療法人社団 瀬戸内会 さぬき中央病院")
frame("E10:N10")

label(11, "郵便番号")
put("E11", "〒", al=center)
ws.merge_cells("F11:I11")
put("F11", "760-0065")
frame("F11:I11")

label(12, "住所", h=30)
ws.merge_cells("E12:N12")
put("E12", "香川県高松市朝日町二丁目５番１８号")
frame("E12:N12")

label(13, "電話番号")
ws.merge_cells("E13:I13")
put("E13", "087-851-7730")
frame("E13:I13")

# --- contacts as a horizontal table ---------------------------------------
ws.merge_cells("B15:C15")
put("B15", "担当者", al=center, fill=gray)
frame("B15:C15")
ws.merge_cells("E15:K15")
put("E15", "所属・役職", al=center, fill=gray)
frame("E15:K15")
put("L15", "氏名", al=center, fill=gray)
ws.merge_cells("M15:N15")
put("M15", "Mail アドレス", al=center, fill=gray)
frame("M15:N15")

contacts = [
    ("担当者①【必須】", "総務課 課長", "三好 健一", "k-miyoshi@sanuki-chuo.or.jp"),
    ("担当者②【必須】", "医療情報管理室 主任", "大西 由佳", "y-onishi@sanuki-chuo.or.jp"),
    ("担当者③", "事務部 部長", "香西 達也", "t-kozai@sanuki-chuo.or.jp"),
]
r = 16
for lab, dept, name, mail in contacts:
    ws.merge_cells(f"B{r}:C{r}")
    put(f"B{r}", lab, al=center, fill=gray)
    frame(f"B{r}:C{r}")
    ws.merge_cells(f"E{r}:K{r}")
    put(f"E{r}", dept)
    frame(f"E{r}:K{r}")
    put(f"L{r}", name)
    ws.merge_cells(f"M{r}:N{r}")
    put(f"M{r}", mail, Font(name="Century", size=9))
    frame(f"M{r}:N{r}")
    ws.row_dimensions[r].height = 26
    r += 1

# --- 活用の可否: ○ in the box before the chosen option --------------------
label(20, "サイバーセキュリティ調査に\nおける回答データの活用の\n可否（※）", h=22, rows=2)
put("E20", "○", Font(name=F, size=12), center)
ws.merge_cells("F20:G20")
put("F20", "可", al=center)
frame("F20:G20")
put("H20", "", al=center)
ws.merge_cells("I20:J20")
put("I20", "不可", al=center)
frame("I20:J20")
ws.merge_cells("E21:N21")
put("E21", "該当する方の□に○を記入してください。", Font(name=F, size=8), left, border=False)

# --- 確認事項 (eligibility) ----------------------------------------------
ws.merge_cells("B23:N23")
put("B23", "【確認事項】次の事項に該当する場合は、左欄に✓を記入してください。", Font(name=F, size=10, bold=True), left, border=False)
checks = [
    "令和６年度に本事業の支援を受けていない。",
    "電子カルテシステムを導入している。",
    "令和８年１月までに現地調査を完了できる（電子カルテシステム更改の予定はない）。",
]
r = 24
for t in checks:
    put(f"B{r}", "✓", Font(name=F, size=12), center)
    ws.merge_cells(f"C{r}:N{r}")
    put(f"C{r}", t)
    frame(f"C{r}:N{r}")
    ws.row_dimensions[r].height = 22
    r += 1

# --- 備考 -------------------------------------------------------------------
label(28, "備考", h=24, rows=3)
ws.merge_cells("E28:N30")
put("E28", "ご連絡は担当者①へメールでお願いします。\n外来診療時間帯（9:00～12:00）の現地調査は、できる限り避けていただけると助かります。",
    al=Alignment(horizontal="left", vertical="top", wrap_text=True))
frame("E28:N30")

ws.merge_cells("B32:N35")
put("B32", "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
    "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも活用させて"
    "いただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。",
    Font(name=F, size=8.5), Alignment(horizontal="left", vertical="top", wrap_text=True), border=False)

ws.merge_cells("B37:N37")
put("B37", "回答期限：令和7年2月28日（金）　ＦＡＸにてご回答ください。", Font(name=F, size=9), left, border=False)

ws.print_area = "A1:O37"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.horizontalCentered = True
ws.sheet_view.showGridLines = False

# --- 記入要領 sheet ----------------------------------------------------------
w2 = wb.create_sheet("記入要領")
w2.column_dimensions["A"].width = 4
w2.column_dimensions["B"].width = 90
notes = [
    "記入要領",
    "１　医療機関コードは、７桁（郡市区番号２桁＋医療機関番号４桁＋検証番号１桁）を１マスに１字ずつ記入してください。",
    "２　担当者①及び②は必須です。所属・役職、氏名、Mailアドレスをすべて記入してください。",
    "３　担当者③は任意です。記入する場合は３項目すべて記入してください。",
    "４　活用の可否は、「可」「不可」のいずれか一方の左の枠に○を記入してください。",
    "５　令和6年度に支援を受けた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため"
    "令和8年1月までに現地調査を完了できない病院は対象外です。",
    "６　記入後、印刷してＦＡＸ（087-806-0248）で送付してください。",
]
for i, t in enumerate(notes, start=1):
    c = w2.cell(row=i, column=2, value=t)
    c.font = Font(name=F, size=11, bold=(i == 1))
    c.alignment = Alignment(wrap_text=True, vertical="top")

wb.active = 0
wb.save(os.path.join(OUT, NAME))
print("wrote", NAME)

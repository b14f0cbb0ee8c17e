#!/usr/bin/python3
"""sr-w48-b: hospital-redrawn 回答様式: label-above header row, contacts as a grid, ○ beside 可/不可,
eligibility check block, separate 記入要領 sheet. Planted: wrong check digit (7-digit code), 担当者② mail missing."""
import sys, os
sys.path.insert(0, "/tmp/w48lib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sr-w48-b-horizontal-grid-declarations.xlsx")
wb = Workbook()
ws = wb.active
ws.title = "回答"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="DDEBF7")
wrap = Alignment(wrap_text=True, vertical="center")
widths = {"A": 20, "B": 26, "C": 14, "D": 34, "E": 18}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

def cellset(ref, val, bold=False, fill=None, border=True):
    c = ws[ref]; c.value = val; c.alignment = wrap
    if bold: c.font = Font(bold=True)
    if fill: c.fill = fill
    if border: c.border = box
    return c

ws["A1"] = "令和7年度「医療機関におけるサイバーセキュリティ確保事業」支援希望調査　回答様式"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "回答日：令和7年2月21日"
ws["A3"] = "当病院は、当該事業の支援を希望します。"
ws["A3"].font = Font(bold=True)

ws["A5"] = "１．医療機関情報"; ws["A5"].font = Font(bold=True)
for col, lab in zip("ABCDE", ["医療機関コード（7桁）", "病院名（正式名称）", "郵便番号", "住所", "電話番号"]):
    cellset(f"{col}6", lab, bold=True, fill=head)
# 7-digit code 02-0456-5 expands to 37 1 02 0456 5 (correct check digit is 5); typed 6 -> planted
cellset("A7", "02-0456-6")
cellset("B7", "医療法人 丸亀清風会 清風記念病院")
cellset("C7", "〒763-0034")
cellset("D7", "香川県丸亀市大手町二丁目4番18号")
cellset("E7", "０８７７－２３－５６７８")   # full-width, as typed
ws.row_dimensions[7].height = 32

ws["A9"] = "２．担当者（①・②は必須）"; ws["A9"].font = Font(bold=True)
for col, lab in zip("ABCD", ["区分", "所属・役職", "氏名", "Mail アドレス"]):
    cellset(f"{col}10", lab, bold=True, fill=head)
rows = [
    ("担当者①【必須】", "医事課 システム係長", "綾田 俊介", "s-ayata@seifu-kinen.example.jp "),  # trailing space
    ("担当者②【必須】", "総務課 主事", "宮武 里奈", None),    # mail missing -> planted
    ("担当者③", None, None, None),
]
for i, (lab, dept, name, mail) in enumerate(rows):
    r = 11 + i
    cellset(f"A{r}", lab); cellset(f"B{r}", dept); cellset(f"C{r}", name); cellset(f"D{r}", mail)

ws["A15"] = "３．サイバーセキュリティ調査における回答データの活用の可否（※）　※該当に○"; ws["A15"].font = Font(bold=True)
cellset("A16", "○"); cellset("B16", "可")
cellset("C16", None); cellset("D16", "不可")
ws["A16"].alignment = Alignment(horizontal="right", vertical="center")
ws["C16"].alignment = Alignment(horizontal="right", vertical="center")

ws["A18"] = "４．対象要件の確認（該当欄に○）"; ws["A18"].font = Font(bold=True)
cellset("A19", "確認事項", bold=True, fill=head); cellset("B19", None, fill=head)
ws.merge_cells("A19:B19")
cellset("C19", "はい", bold=True, fill=head); cellset("D19", "いいえ", bold=True, fill=head)
checks = [
    "令和6年度に本事業の支援を受けていない",
    "電子カルテシステムを導入している",
    "電子カルテシステムの更改予定等がなく、令和8年1月までに現地調査を完了できる",
]
for i, t in enumerate(checks):
    r = 20 + i
    cellset(f"A{r}", t); cellset(f"B{r}", None)
    ws.merge_cells(f"A{r}:B{r}")
    cellset(f"C{r}", "○"); cellset(f"D{r}", None)
    ws[f"C{r}"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[r].height = 30

ws["A24"] = "５．備考"; ws["A24"].font = Font(bold=True)
cellset("A25", "連絡は平日9時～17時にお願いします。")
ws.merge_cells("A25:E26")
ws["A28"] = "※ 国の「病院における医療情報システムのサイバーセキュリティ対策に係る調査」の回答内容を本事業で活用することにご了解いただける場合は「可」、ご了解いただけない場合は「不可」。"
ws["A28"].font = Font(size=9)
ws.page_setup.orientation = "landscape"

g = wb.create_sheet("記入要領")
g.column_dimensions["A"].width = 100
notes = [
    "【記入要領】",
    "・医療機関コードは7桁（郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）で記入してください。",
    "・担当者①、②は必須です。所属・役職、氏名、Mail アドレスをすべて記入してください。",
    "・担当者③は任意です。記入する場合は3項目すべて記入してください。",
    "・回答データの活用の可否は、「可」「不可」のいずれかに○を付けてください。",
    "・令和6年度に支援を受けた病院、電子カルテ未導入の病院、電子カルテ更改のため令和8年1月までに現地調査を完了できない病院は対象外です。",
    "・提出期限：令和7年2月28日（金）　FAX 087-806-0248（香川県医務国保課医療企画G宛）",
]
for i, t in enumerate(notes, 1):
    g[f"A{i}"] = t
    g[f"A{i}"].alignment = Alignment(wrap_text=True)
wb.save(OUT)
print("saved", OUT)

# Generator for sr-w34-b-numbered-sections-contact-table.xlsx
# A hospital IT person's own rework of the 回答様式: numbered sections, "項目：値" lines,
# a contact table, an eligibility check block with ✓ marks, and a 記入要領 sheet.
# Saved by openpyxl only (the =TODAY() 回答日 has no cached value).
import sys, os
sys.path.insert(0, "/tmp/sr-hs-pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w34-b-numbered-sections-contact-table.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="DDEBF7")
bold = Font(bold=True)
wrap = Alignment(wrap_text=True, vertical="center")

for col, w in zip("ABCDEF", (11, 24, 16, 36, 8, 8)):
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:F1")
ws["A1"] = "「医療機関におけるサイバーセキュリティ確保事業」支援希望調査　回答様式"
ws["A1"].font = Font(size=13, bold=True)
ws["A1"].alignment = Alignment(horizontal="center")
ws["E2"] = "回答日"
ws["F2"] = "=TODAY()"
ws["F2"].number_format = "yyyy/m/d"
ws.merge_cells("A3:F3")
ws["A3"] = "当病院は、当該事業の支援を希望します。"
ws["A3"].font = bold

ws["A5"] = "１．医療機関情報"
ws["A5"].font = bold
lines = [
    "医療機関コード：37-1-01-2345-8",
    "病院名（正式名称）：一般財団法人 香川健生会 高松東病院",
    "郵便番号：〒761-0104",
    "住所：香川県高松市高松町1234-5",
    "電話番号：087-845-1234",
]
for i, text in enumerate(lines):
    r = 6 + i
    ws.merge_cells(f"A{r}:F{r}")
    ws[f"A{r}"] = text
    for c in ws[f"A{r}:F{r}"][0]:
        c.border = Border(bottom=Side(style="hair"))

ws["A12"] = "２．担当者（①②は必須、③は任意）"
ws["A12"].font = bold
hdr = ["区分", "所属・役職", "氏名", "Mail アドレス"]
for j, h in enumerate(hdr):
    c = ws.cell(row=13, column=1 + j, value=h)
    c.fill = head
    c.font = bold
    c.border = box
rows = [
    ["①【必須】", "情報システム室 室長", "三宅 隆", "miyake@takamatsu-higashi.or.jp"],
    ["②【必須】", "事務部 企画課", "松本 由香", "matsumoto-y@takamatsu-higashi.or.jp"],
    ["③", None, "森 直樹", None],
]
for i, vals in enumerate(rows):
    for j, v in enumerate(vals):
        c = ws.cell(row=14 + i, column=1 + j, value=v)
        c.border = box
        c.alignment = wrap

ws["A18"] = "３．対象要件の確認（該当する欄に✓）"
ws["A18"].font = bold
ws["A19"] = "No."
ws.merge_cells("B19:D19")
ws["B19"] = "確認事項"
ws["E19"] = "はい"
ws["F19"] = "いいえ"
for c in ws["A19:F19"][0]:
    c.fill = head
    c.font = bold
    c.border = box
    c.alignment = Alignment(horizontal="center")
checks = [
    (1, "令和6年度に本事業の支援を受けていない", "✓", None),
    (2, "電子カルテシステムを導入している", "✓", None),
    (3, "令和8年1月までに現地調査を完了できる（電子カルテシステム更改の予定なし）", "✓", None),
]
for i, (no, text, yes, no_) in enumerate(checks):
    r = 20 + i
    ws.cell(row=r, column=1, value=no)
    ws.merge_cells(f"B{r}:D{r}")
    ws[f"B{r}"] = text
    ws[f"E{r}"] = yes
    ws[f"F{r}"] = no_
    for c in ws[f"A{r}:F{r}"][0]:
        c.border = box
    ws[f"E{r}"].alignment = Alignment(horizontal="center")
    ws[f"B{r}"].alignment = wrap

ws["A24"] = "４．サイバーセキュリティ調査における回答データの活用の可否（※）　※該当に○"
ws["A24"].font = bold
ws["A25"] = "○"
ws["B25"] = "可"
ws["A26"] = None
ws["B26"] = "不可"
for r in (25, 26):
    for c in ws[f"A{r}:B{r}"][0]:
        c.border = box
    ws[f"A{r}"].alignment = Alignment(horizontal="center")

ws["A28"] = "５．備考"
ws["A28"].font = bold
ws.merge_cells("A29:F31")
ws["A29"] = "ネットワーク構成図は保守業者が作成中です（3月末完成予定）。\n連絡は担当者①へメールでお願いします。"
ws["A29"].alignment = Alignment(wrap_text=True, vertical="top")
for row in ws["A29:F31"]:
    for c in row:
        c.border = box

ws.merge_cells("A33:F36")
ws["A33"] = ("※ 国が令和6年1月31日付け事務連絡により実施した病院におけるサイバーセキュリティ対策の実態調査の回答内容を、"
             "当該事業でも活用させていただく可能性があります。ご了解いただける場合は「可」、ご了解いただけない場合は"
             "「不可」としてください。")
ws["A33"].alignment = Alignment(wrap_text=True, vertical="top")
ws["A33"].font = Font(size=9)

# instructions sheet
ins = wb.create_sheet("記入要領")
ins.column_dimensions["A"].width = 100
notes = [
    "【記入要領】",
    "1. 令和7年2月28日（金）までに、本様式を印刷しFAX（087-806-0248）で香川県医務国保課医療企画G宛に送付してください。",
    "2. 医療機関コードは10桁で記入してください。",
    "3. 担当者①②は必須です。担当者③を記入する場合は、所属・役職、氏名、Mail アドレスをすべて記入してください。",
    "4. 令和6年度に支援を受けた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため",
    "   令和8年1月までに現地調査を完了できない病院は対象外です。",
    "5. 活用の可否は「可」「不可」のいずれかに○を付けてください。",
]
for i, t in enumerate(notes):
    ins.cell(row=1 + i, column=1, value=t)
ins["A1"].font = bold

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.print_area = "A1:F36"
wb.save(os.path.join(OUT_DIR, NAME))
print("wrote", os.path.join(OUT_DIR, NAME))

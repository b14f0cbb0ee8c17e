#!/usr/bin/python3
# sr-w14-a: 香川県 回答様式, drawn by the prefecture as a FAX/print sheet; filled by a hospital clerk.
# Layout: print-style (A4, borders, spacer columns), 医療機関コード in 10 one-digit boxes,
# merged 担当者 label cells, 活用の可否 answered by turning □ into ■ in one cell,
# extra 確認事項 block (□→■), plus a 記入要領 sheet. No planted problem.
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font
from openpyxl.worksheet.page import PageMargins

OUT = "/work/blind/wave14/support-request"
NAME = "sr-w14-a-fax-digit-boxes.xlsx"

def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

code9 = "371051234"
CODE = code9 + luhn(code9)          # 3710512348

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin"); med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
F = Font(name="ＭＳ 明朝", size=11)
FB = Font(name="ＭＳ 明朝", size=11, bold=True)
FT = Font(name="ＭＳ ゴシック", size=13, bold=True)
wrap = Alignment(wrap_text=True, vertical="center")
cen = Alignment(horizontal="center", vertical="center", wrap_text=True)

# columns: A spacer | B,C label | D..M ten boxes / merged value | N spacer
widths = {"A": 2, "B": 13, "C": 13}
for c, w in widths.items():
    ws.column_dimensions[c].width = w
for col in "DEFGHIJKLM":
    ws.column_dimensions[col].width = 4.6
ws.column_dimensions["N"].width = 2

def put(cell, v, font=F, al=wrap):
    ws[cell] = v; ws[cell].font = font; ws[cell].alignment = al

put("J1", "（別紙）", F, Alignment(horizontal="right"))
ws.merge_cells("J1:M1")
put("B2", "送付先　香川県医務国保課医療企画Ｇ宛　（FAX 087-806-0248）", F, Alignment(vertical="center"))
ws.merge_cells("B2:M2")
put("B4", "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式", FT, cen)
ws.merge_cells("B4:M5"); ws.row_dimensions[4].height = 22; ws.row_dimensions[5].height = 22
put("B7", "当病院は、当該事業の支援を希望します。", FB, Alignment(vertical="center"))
ws.merge_cells("B7:M7")
put("I8", "回答日　令和７年２月２１日", F, Alignment(horizontal="right"))
ws.merge_cells("I8:M8")

r = 10
# 医療機関コード: ten boxes
put(f"B{r}", "医療機関コード\n（10桁）", F, cen); ws.merge_cells(f"B{r}:C{r}")
for i, col in enumerate("DEFGHIJKLM"):
    ws[f"{col}{r}"] = CODE[i]
    ws[f"{col}{r}"].font = Font(name="ＭＳ ゴシック", size=12)
    ws[f"{col}{r}"].alignment = cen
ws.row_dimensions[r].height = 26

rows = [
    ("病院名（正式名称）", "社会医療法人 讃陽会 丸亀みなと病院"),
    ("郵便番号", "〒763-0034"),
    ("住所", "香川県丸亀市大手町三丁目5番12号"),
    ("電話番号", "0877-22-3456"),
]
r = 11
for lab, val in rows:
    put(f"B{r}", lab, F, cen); ws.merge_cells(f"B{r}:C{r}")
    put(f"D{r}", val); ws.merge_cells(f"D{r}:M{r}")
    ws.row_dimensions[r].height = 24
    r += 1

contacts = [
    ("担当者①\n【必須】", ("事務部 情報システム課 課長", "高松　健一", "k-takamatsu@marugame-minato.example.jp")),
    ("担当者②\n【必須】", ("事務部 総務課 主任", "三好　由美", "y-miyoshi@marugame-minato.example.jp")),
    ("担当者③", ("診療情報管理室 室長", "大西　誠", "m-onishi@marugame-minato.example.jp")),
]
for lab, (dep, name, mail) in contacts:
    put(f"B{r}", lab, F, cen); ws.merge_cells(f"B{r}:B{r+2}")
    for j, (sub, v) in enumerate((("所属・役職", dep), ("氏名", name), ("Mail アドレス", mail))):
        put(f"C{r+j}", sub, F, cen)
        put(f"D{r+j}", v); ws.merge_cells(f"D{r+j}:M{r+j}")
        ws.row_dimensions[r + j].height = 22
    r += 3

# 活用の可否 (r = 24)
put(f"B{r}", "サイバーセキュリティ調査における回答データの活用の可否(※)", F, cen)
ws.merge_cells(f"B{r}:C{r}"); ws.row_dimensions[r].height = 48
put(f"D{r}", "■ 可　　　　□ 不可", Font(name="ＭＳ 明朝", size=12), Alignment(horizontal="center", vertical="center"))
ws.merge_cells(f"D{r}:M{r}")
r += 1
put(f"B{r}", "備考", F, cen); ws.merge_cells(f"B{r}:C{r}")
put(f"D{r}", "電子カルテの更新は令和9年度を予定しております。\n現地調査の日程は外来休診日（木曜午後）を希望します。")
ws.merge_cells(f"D{r}:M{r}"); ws.row_dimensions[r].height = 44
last = r

# borders around the table
for rr in range(10, last + 1):
    for col in "BCDEFGHIJKLM":
        ws[f"{col}{rr}"].border = B

r = last + 2
note = ("※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
        "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも活用"
        "させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。")
put(f"B{r}", note, Font(name="ＭＳ 明朝", size=9)); ws.merge_cells(f"B{r}:M{r+2}")
r += 4
put(f"B{r}", "【確認事項】該当するものの□を■にしてください（対象要件）", FB, Alignment(vertical="center"))
ws.merge_cells(f"B{r}:M{r}")
decl = [
    "■ 令和6年度に本事業の支援を受けていない",
    "■ 電子カルテシステムを導入している",
    "■ 電子カルテシステムの更改等がなく、令和8年1月までに現地調査を完了できる",
]
for d in decl:
    r += 1
    put(f"B{r}", d); ws.merge_cells(f"B{r}:M{r}")

ws.print_area = f"A1:N{r}"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.7, bottom=0.6)
ws.print_options.horizontalCentered = True

# instructions sheet
ins = wb.create_sheet("記入要領")
ins.column_dimensions["A"].width = 100
lines = [
    "記入要領",
    "１　医療機関コードは10桁（都道府県番号2桁＋点数表番号1桁＋郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）を1マスに1文字ずつ記入してください。",
    "２　病院名は正式名称（法人名を含む）で記入してください。",
    "３　担当者①②は必須です。担当者③は任意ですが、記入する場合は全項目を記入してください。",
    "４　回答データの活用の可否は、「可」「不可」のいずれかの□を■にしてください。",
    "５　令和7年2月28日（金）までにFAX（087-806-0248）で送付してください。",
]
for i, t in enumerate(lines, 1):
    ins[f"A{i}"] = t
    ins[f"A{i}"].alignment = Alignment(wrap_text=True)

wb.active = 0
wb.save(os.path.join(OUT, NAME))
print("saved", NAME, CODE)

# Generator for sr-w47-b-inline-labels-contact-grid.xlsx
# A hospital's IT person retyped the Kagawa 回答様式 as a memo-like sheet: 「項目：値」 in one cell, contacts as
# a small grid (one row per contact), a ○ beside 可, and an added 確認事項 block (はい・いいえ with いいえ deleted).
# Planted: wrong check digit in the 7-digit code; 担当者② Mail アドレス left blank.
import os, sys
sys.path.insert(0, "/tmp/sr-hs-obi-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w47-b-inline-labels-contact-grid.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "回答"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
f = Font(name="游ゴシック", size=11)
for col, w in zip("ABCDE", (30, 24, 16, 34, 10)):
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:E1")
ws["A1"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査に係る回答様式"
ws["A1"].font = Font(name="游ゴシック", size=12, bold=True)
ws["A3"] = "当病院は、当該事業の支援を希望します。"
ws["A3"].font = Font(name="游ゴシック", size=11, bold=True)

# 7-digit code (郡市区03 + 番号0821 + check). Correct check digit is 8; the clerk typed 5.
lines = [
    "医療機関コード：0308215",
    "病院名（正式名称）：医療法人 讃陽会 丸亀さくら記念病院",
    "郵便番号：〒763-0034",
    "住所：香川県丸亀市大手町三丁目4番12号",
    "電話番号：０８７７－４６－２２１１",
]
r = 5
for t in lines:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.cell(r, 1, t).font = f
    r += 1
# r == 10
r += 1  # 11
ws.cell(r, 1, "【担当者】 ①②は必須").font = Font(name="游ゴシック", size=11, bold=True)
r += 1  # 12
for c, h in enumerate(["区分", "所属・役職", "氏名", "Mail アドレス"], start=1):
    ws.cell(r, c, h).font = Font(name="游ゴシック", size=11, bold=True)
    ws.cell(r, c).alignment = Alignment(horizontal="center")
    ws.cell(r, c).border = box
contacts = [
    ("担当者①【必須】", "医療情報課 係長", "真鍋 拓也", "t-manabe@marugame-sakura.or.jp"),
    ("担当者②【必須】", "事務長", "香西 正人", None),          # planted: Mail left blank
    ("担当者③", "医療情報課", "白川 美穂", "m-shirakawa@marugame-sakura.or.jp"),
]
for row in contacts:
    r += 1
    for c, v in enumerate(row, start=1):
        if v is not None:
            ws.cell(r, c, v).font = f
        ws.cell(r, c).border = box
# contacts occupy rows 13..15
r += 2  # 17
ws.cell(r, 1, "サイバーセキュリティ調査における回答データの活用の可否(※)").alignment = Alignment(wrap_text=True)
ws.row_dimensions[r].height = 32
ws.cell(r, 2, "○").alignment = Alignment(horizontal="right")
ws.cell(r, 3, "可")
ws.cell(r, 4, "").alignment = Alignment(horizontal="right")
ws.cell(r, 5, "不可")
use_row = r
r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
ws.cell(r, 1, "※ 国の実態調査（令和6年1月31日付け事務連絡）で回答した内容の当該事業での活用を了解する場合は「可」、了解しない場合は「不可」").font = Font(name="游ゴシック", size=8)
r += 2  # 20
ws.cell(r, 1, "【確認事項】（該当しない方を消してください）").font = Font(name="游ゴシック", size=11, bold=True)
decl = [
    "令和6年度に本事業の支援を受けていない",
    "電子カルテシステムを導入している",
    "令和8年1月までに現地調査を完了できる（電子カルテ更改の予定なし）",
]
decl_rows = []
for t in decl:
    r += 1
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(r, 1, t).border = box
    ws.cell(r, 5, "はい").border = box   # printed 「はい・いいえ」, いいえ deleted
    ws.cell(r, 5).alignment = Alignment(horizontal="center")
    decl_rows.append(r)
r += 2
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
ws.cell(r, 1, "備考：FAX送信後、原本を郵送いたします。").font = f
rem_row = r
wb.save(os.path.join(OUT, NAME))
print("saved", NAME, "use", use_row, "decl", decl_rows, "rem", rem_row)

#!/usr/bin/python3
"""sr-w1-b: a prefecture office's own version (Niigata style): sections 1-5, 担当者 as a small table
(区分 | 所属・役職 | 氏名 | Mail アドレス) with a labelled 記入例 row, eligibility declarations with dropdowns,
a 記入要領 sheet. Planted: 担当者② without Mail, 担当者③ only partly filled."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

NAME = "sr-w1-b-niigata-contact-table"
HERE = os.path.dirname(os.path.abspath(__file__))

def check_digit(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return (10 - s % 10) % 10

code9 = "151034021"                       # 15 新潟, 1 医科, 03, 4021
code = code9 + str(check_digit(code9))     # -> 1510340217

wb = Workbook()
ws = wb.active
ws.title = "様式1（回答票）"
SH = ws.title
for col, w in zip("ABCDEF", [3, 22, 26, 16, 34, 3]):
    ws.column_dimensions[col].width = w
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="D9D9D9")
pale = PatternFill("solid", fgColor="F2F2F2")
g = Font(name="游ゴシック", size=10.5)
wrap = Alignment(wrap_text=True, vertical="center")

def cell(ref, v, bold=False, fill=None, fmt=None, align=None, font=None):
    c = ws[ref]
    c.value = v
    c.font = font or Font(name="游ゴシック", size=10.5, bold=bold)
    if fill: c.fill = fill
    if fmt: c.number_format = fmt
    c.alignment = align or wrap
    return c

def frame(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box

# title block and notes above the form
cell("E1", "（様式１）", align=Alignment(horizontal="right"))
ws.merge_cells("B2:E2")
cell("B2", "医療機関におけるサイバーセキュリティ確保事業　支援希望調査　回答票", bold=True,
     align=Alignment(horizontal="center"), font=Font(name="游ゴシック", size=14, bold=True))
ws.merge_cells("B3:E3")
cell("B3", "提出先：新潟県福祉保健部 医務薬事課 医療情報係（FAX 025-280-5174 又は 電子メール）", align=Alignment(horizontal="left"))
ws.merge_cells("B4:E4")
cell("B4", "提出期限：令和７年２月２８日（金）　※灰色のセルは記入しないでください。", align=Alignment(horizontal="left"),
     font=Font(name="游ゴシック", size=10.5, color="C00000"))
ws.merge_cells("B6:E6")
cell("B6", "当病院は、当該事業の支援を希望します。", bold=True, align=Alignment(horizontal="left"))

# 1 医療機関情報
cell("B8", "１　医療機関情報", bold=True, align=Alignment(horizontal="left"))
rows = [("医療機関コード（10桁）", code_num := int(code), "0"),
        ("病院名（正式名称）", "一般財団法人 越路医療会 信濃川西総合病院", "@"),
        ("郵便番号", "940-2145", "@"),
        ("住所", "新潟県長岡市青葉台三丁目１４番地２", "@"),
        ("電話番号", "０２５８－４７－３１１０", "@")]
r = 9
for label, v, fmt in rows:
    cell(f"B{r}", label, fill=pale)
    ws.merge_cells(f"C{r}:E{r}")
    cell(f"C{r}", v, fmt=fmt, align=Alignment(horizontal="left", vertical="center"))
    frame(f"B{r}:E{r}")
    ws.row_dimensions[r].height = 20
    r += 1

# 2 担当者 table
r += 1
cell(f"B{r}", "２　担当者（①・②は必須。③は任意ですが、記入する場合は全項目を記入してください。）", bold=True,
     align=Alignment(horizontal="left"))
r += 1
hdr = r
for col, h in zip("BCDE", ["区分", "所属・役職", "氏名", "Mail アドレス"]):
    cell(f"{col}{r}", h, bold=True, fill=grey, align=Alignment(horizontal="center", vertical="center"))
frame(f"B{r}:E{r}")
r += 1
ex = r
for col, v in zip("BCDE", ["（記入例）", "事務部 総務課長", "新潟 太郎", "taro.niigata@example.jp"]):
    cell(f"{col}{r}", v, fill=pale, font=Font(name="游ゴシック", size=10.5, italic=True, color="808080"))
frame(f"B{r}:E{r}")
r += 1
contacts = [
    ("担当者①【必須】", "事務部 企画情報課 課長", "五十嵐 晃", "a-igarashi@shinanogawa-nishi.jp"),
    ("担当者②【必須】", "企画情報課 システム係 主任", "佐藤 由佳", None),      # planted: no Mail
    ("担当者③", None, "星野 大輔", None),                                        # planted: only 氏名
]
crow = {}
for i, (lab, dep, nm, em) in enumerate(contacts):
    crow[i] = r
    cell(f"B{r}", lab, fill=pale)
    for col, v in zip("CDE", [dep, nm, em]):
        cell(f"{col}{r}", v)
    frame(f"B{r}:E{r}")
    ws.row_dimensions[r].height = 22
    r += 1

# 3 活用の可否
r += 1
cell(f"B{r}", "３　サイバーセキュリティ調査における回答データの活用の可否（※）", bold=True, align=Alignment(horizontal="left"))
r += 1
cell(f"B{r}", "活用の可否（可／不可）", fill=pale)
ws.merge_cells(f"C{r}:E{r}")
cell(f"C{r}", "可", align=Alignment(horizontal="left", vertical="center"))
frame(f"B{r}:E{r}")
r_use = r
dv_use = DataValidation(type="list", formula1='"可,不可"', allow_blank=True)
ws.add_data_validation(dv_use)
dv_use.add(f"C{r}")
r += 1
ws.merge_cells(f"B{r}:E{r+1}")
cell(f"B{r}", "※ 国の令和6年1月31日付け事務連絡による実態調査の回答内容を当該事業で活用することについて、"
     "ご了解いただける場合は「可」、ご了解いただけない場合は「不可」を選択してください。",
     font=Font(name="游ゴシック", size=9), align=Alignment(wrap_text=True, vertical="top"))
r += 3

# 4 確認事項
cell(f"B{r}", "４　確認事項（該当する方を選択してください）", bold=True, align=Alignment(horizontal="left"))
r += 1
cell(f"B{r}", "No.", bold=True, fill=grey, align=Alignment(horizontal="center"))
ws.merge_cells(f"C{r}:D{r}")
cell(f"C{r}", "確認内容", bold=True, fill=grey, align=Alignment(horizontal="center"))
cell(f"E{r}", "回答（はい／いいえ）", bold=True, fill=grey, align=Alignment(horizontal="center"))
frame(f"B{r}:E{r}")
r += 1
dv_yn = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv_yn)
decl = [("(1)", "令和６年度に本事業の支援を受けていない", "はい"),
        ("(2)", "電子カルテシステムを導入している", "はい"),
        ("(3)", "令和８年１月までに現地調査を完了できる（電子カルテシステムの更改予定がない）", "はい")]
drow = []
for no, txt, ans in decl:
    cell(f"B{r}", no, align=Alignment(horizontal="center", vertical="center"))
    ws.merge_cells(f"C{r}:D{r}")
    cell(f"C{r}", txt)
    cell(f"E{r}", ans, align=Alignment(horizontal="center", vertical="center"))
    dv_yn.add(f"E{r}")
    frame(f"B{r}:E{r}")
    ws.row_dimensions[r].height = 30
    drow.append(r)
    r += 1

# 5 備考
r += 1
cell(f"B{r}", "５　備考", bold=True, align=Alignment(horizontal="left"))
r += 1
ws.merge_cells(f"B{r}:E{r+2}")
frame(f"B{r}:E{r+2}")
r_rem = r

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 1
ws.page_setup.fitToWidth = 1

# 記入要領 sheet
ins = wb.create_sheet("記入要領")
ins.column_dimensions["A"].width = 100
for i, t in enumerate([
    "【記入要領】",
    "１　医療機関コードは10桁（都道府県番号＋点数表番号＋郡市区番号＋医療機関番号＋検証番号）で記入してください。",
    "２　担当者①及び②は必須です。所属・役職、氏名、Mailアドレスの全てを記入してください。",
    "３　担当者③は任意です。記入する場合は全項目を記入してください。",
    "４　記入例の行は削除せず、そのまま提出して差し支えありません（集計対象外）。",
    "５　令和６年度に支援を受けた病院、電子カルテシステム未導入の病院、電子カルテ更改のため令和８年１月までに現地調査を完了できない病院は対象外です。",
], start=1):
    ins[f"A{i}"] = t
    ins[f"A{i}"].alignment = Alignment(wrap_text=True)

wb.save(os.path.join(HERE, NAME + ".xlsx"))

exp = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": code,
        "hospitalName": "一般財団法人 越路医療会 信濃川西総合病院",
        "postalCode": "940-2145",
        "address": "新潟県長岡市青葉台三丁目１４番地２",
        "phoneNumber": "0258-47-3110",
        "contact1.department": contacts[0][1], "contact1.name": contacts[0][2], "contact1.email": contacts[0][3],
        "contact2.department": contacts[1][1], "contact2.name": contacts[1][2],
        "contact3.name": contacts[2][2],
        "dataUse": "可",
        "notSupportedBefore": "はい", "hasEhr": "はい", "surveyFeasible": "はい",
    },
    "planted": [
        {"cells": [f"{SH}!E{crow[1]}"], "paths": ["contact2.email"],
         "why": "担当者②【必須】 is incomplete: 所属・役職 and 氏名 given but the Mail アドレス is blank"},
        {"cells": [f"{SH}!C{crow[2]}", f"{SH}!E{crow[2]}"], "paths": ["contact3.department", "contact3.email"],
         "why": "担当者③ is partly filled (only 氏名); ③ must be all-or-nothing"},
    ],
    "notes": (f"Contacts are rows of a table (header row {hdr}: 区分 | 所属・役職 | 氏名 | Mail アドレス). Row {ex} is a correctly "
              "labelled （記入例） row (grey italics) and must be ignored. 医療機関コード is a numeric cell (1510340217, no leading zero lost). "
              "電話番号 typed in full-width digits/hyphens (０２５８－４７－３１１０). Declarations in section ４ are はい/いいえ dropdowns, "
              "worded in the same polarity as the keys. 備考 left blank. A 記入要領 sheet follows the form."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", NAME, code)

#!/usr/bin/python3
"""sr-w28-b: hospital's own retyped 回答様式: numbered sections, 「項目：値」 cells for the hospital block,
contacts as a horizontal table, eligibility declarations with ○ marks, 可/不可 with ○ in the cell beside.
Hidden dropdown sheet. Saved by openpyxl. Planted: 担当者② Mail blank; 担当者③ only the name."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave28/support-request"
NAME = "sr-w28-b-sectioned-contact-table"


def luhn_check(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)


code9 = "371020467"        # 香川37・医科1・郡市区02・番号0467
CODE10 = code9 + luhn_check(code9)
CODE7 = CODE10[3:]        # hospital wrote only the 7-digit form

wb = Workbook()
ws = wb.active
ws.title = "回答"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head_fill = PatternFill("solid", fgColor="DDEBF7")
widths = {"A": 12, "B": 24, "C": 16, "D": 30, "E": 8, "F": 8}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("A1:F1")
ws["A1"] = "【回答様式】医療機関におけるサイバーセキュリティ確保事業　支援希望調査"
ws["A1"].font = Font(size=13, bold=True)
ws.merge_cells("A2:F2")
ws["A2"] = "香川県健康福祉部医務国保課医療企画G　御中（FAX 087-806-0248）　回答期限：令和7年2月28日（金）"
ws["A2"].font = Font(size=9)
ws.merge_cells("A3:F3")
ws["A3"] = "当病院は、当該事業の支援を希望します。"
ws["A3"].font = Font(bold=True)

ws["A5"] = "１．病院の情報"
ws["A5"].font = Font(bold=True)
NAMEV = "医療法人 港南会 坂出港南病院"
PHONE_WRITTEN = "０８７７－４６－２３１１"
info = [
    f"医療機関コード（7桁）：{CODE7}",
    f"病院名（正式名称）：{NAMEV}",
    "郵便番号：〒762-0031",
    "住所：香川県坂出市文京町二丁目3番15号",
    f"電話番号：{PHONE_WRITTEN}",
]
for i, t in enumerate(info):
    r = 6 + i
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(r, 1, t).alignment = wrap
    for c in range(1, 7):
        ws.cell(r, c).border = box

ws["A12"] = "２．担当者（①②は必須、③は任意）"
ws["A12"].font = Font(bold=True)
hdr = ["区分", "所属・役職", "氏名", "Mail アドレス"]
ws.merge_cells("D13:F13")
for i, h in enumerate(hdr):
    c = ws.cell(13, 1 + i, h)
    c.alignment = center
    c.fill = head_fill
contacts = [
    ("担当者①【必須】", "事務部 医事課 係長", "綾田 誠", "m-ayata@konan-hp.jp"),
    ("担当者②【必須】", "看護部 副看護部長", "宮武 恵子", None),      # planted: Mail blank
    ("担当者③", None, "真鍋 修", None),                               # planted: only the name
]
for i, (k, dept, name, mail) in enumerate(contacts):
    r = 14 + i
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    ws.cell(r, 1, k).alignment = wrap
    if dept:
        ws.cell(r, 2, dept).alignment = wrap
    ws.cell(r, 3, name).alignment = wrap
    if mail:
        ws.cell(r, 4, mail).alignment = wrap
    ws.row_dimensions[r].height = 24
for row in ws.iter_rows(min_row=13, max_row=16, min_col=1, max_col=6):
    for c in row:
        c.border = box

ws["A18"] = "３．対象要件の確認（該当する欄に○）"
ws["A18"].font = Font(bold=True)
ws.merge_cells("B19:D19")
for col, h in [(1, "No."), (2, "確認事項"), (5, "はい"), (6, "いいえ")]:
    c = ws.cell(19, col, h)
    c.alignment = center
    c.fill = head_fill
checks = [
    "令和6年度に本事業の支援を受けていない",
    "電子カルテシステムを導入している",
    "令和8年1月までに現地調査を完了できる（電子カルテ更改の予定なし）",
]
for i, t in enumerate(checks):
    r = 20 + i
    ws.cell(r, 1, i + 1).alignment = center
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    ws.cell(r, 2, t).alignment = wrap
    ws.cell(r, 5, "○").alignment = center
    ws.row_dimensions[r].height = 22
for row in ws.iter_rows(min_row=19, max_row=22, min_col=1, max_col=6):
    for c in row:
        c.border = box

ws["A24"] = "４．サイバーセキュリティ調査における回答データの活用の可否（※）　いずれかに○"
ws["A24"].font = Font(bold=True)
ws["B25"] = "可"
ws["C25"] = None
ws["D25"] = "不可"
ws["E25"] = "○"
for ref in ("B25", "C25", "D25", "E25"):
    ws[ref].alignment = center
    ws[ref].border = box
ws.merge_cells("A26:F27")
ws["A26"] = ("※ 国が令和6年1月31日付け事務連絡により実施した病院におけるサイバーセキュリティ対策の実態調査の回答内容を、"
             "当該事業でも活用させていただく可能性があり、ご了解いただける場合は「可」、ご了解いただけない場合は「不可」としてください。")
ws["A26"].alignment = Alignment(wrap_text=True, vertical="top")
ws["A26"].font = Font(size=8)

ws["A29"] = "５．備考"
ws["A29"].font = Font(bold=True)
ws.merge_cells("A30:F31")
REMARKS = "本様式はFAX送信後、担当者①よりメールでも送付します。"
ws["A30"] = REMARKS
ws["A30"].alignment = Alignment(wrap_text=True, vertical="top")
for row in ws.iter_rows(min_row=30, max_row=31, min_col=1, max_col=6):
    for c in row:
        c.border = box

# hidden list sheet for the dropdowns
lst = wb.create_sheet("選択肢")
for i, v in enumerate(["○", ""]):
    lst.cell(1 + i, 1, v)
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
dv.add("E20:F22")
dv.add("C25")
dv.add("E25")

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.print_area = "A1:F31"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": CODE10,
        "hospitalName": NAMEV,
        "postalCode": "762-0031",
        "address": "香川県坂出市文京町二丁目3番15号",
        "phoneNumber": "0877-46-2311",
        "contact1.department": "事務部 医事課 係長",
        "contact1.name": "綾田 誠",
        "contact1.email": "m-ayata@konan-hp.jp",
        "contact2.department": "看護部 副看護部長",
        "contact2.name": "宮武 恵子",
        "contact3.name": "真鍋 修",
        "dataUse": "不可",
        "remarks": REMARKS,
        "notSupportedBefore": "はい",
        "hasEhr": "はい",
        "surveyFeasible": "はい",
    },
    "planted": [
        {"cells": ["回答!D15"], "paths": ["contact2.email"],
         "why": "担当者②は【必須】だが Mail アドレスが空欄（①②は3項目とも必須）"},
        {"cells": ["回答!B16", "回答!D16"], "paths": ["contact3.department", "contact3.email"],
         "why": "担当者③は任意だが記入するなら3項目すべて必要; 氏名だけで所属・役職とMail アドレスが空欄"},
    ],
    "notes": "Hospital block written as 「項目：値」 in one merged cell (A6:A10). Code written as the 7-digit form "
             f"{CODE7}; expanded with 香川県 37 and 点数表番号 1 to {CODE10}. Phone written full-width "
             f"({PHONE_WRITTEN}); postal code written with 〒. Eligibility declarations: ○ in the はい column E20:E22. "
             "活用の可否: ○ in E25 beside 不可 (D25); C25 beside 可 is empty. Hidden sheet 選択肢 only holds the "
             "dropdown list. Version given as R6 (Feb 2025 request for R7 support).",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print(CODE10, CODE7)

# Generator: sr-w37-b-numbered-items-contact-grid.xlsx
# A prefecture-office Excel version: 記入要領 sheet, a labelled 記入例 sheet (to be ignored), and the 回答様式 sheet
# as numbered items (No. | 項目 | 回答), the three 担当者 in one grid (rows ①②③ × 所属・役職/氏名/Mailアドレス),
# 活用の可否 as two option cells with ○ in the cell before the chosen one.
# Planted: wrong check digit in 医療機関コード; 担当者② Mail アドレス left blank.
# run: PYTHONPATH=/tmp/sr-hs-py /usr/bin/python3 THIS.py
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w37-b-numbered-items-contact-grid"

def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

code9 = "371030552"
good = luhn(code9)
bad = str((int(good) + 3) % 10)      # typo in the last digit
code_written = f"37-1-03-0552-{bad}"
code10_written = code9 + bad

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="D9D9D9")

wb = Workbook()
# ---- 記入要領
ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["A"].width = 100
lines = [
    "【記入要領】「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査に係る回答様式",
    "",
    "１．令和7年度に当該事業の支援を希望される病院は、「回答様式」シートに必要事項を記入してください。",
    "２．医療機関コードは10桁で記入してください。",
    "３．担当者①及び担当者②は必須です（所属・役職、氏名、Mailアドレスをすべて記入）。担当者③は任意です。",
    "４．回答データの活用の可否は、「可」「不可」のいずれかの左欄に○を記入してください。",
    "５．令和6年度に支援を受けられた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため",
    "　　令和8年1月までに現地調査を完了できない病院は対象外です。",
    "６．回答期限：令和7年2月28日（金）　FAX 087-806-0248（香川県医務国保課医療企画G 宛）",
    "７．「記入例」シートは参考です。提出の際は「回答様式」シートを印刷してください。",
]
for i, t in enumerate(lines, 1):
    ins.cell(row=i, column=1, value=t)
ins["A1"].font = Font(bold=True)

def build(ws, data, title_prefix=""):
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 30
    for c, w in zip("CDEF", (24, 16, 10, 30)):
        ws.column_dimensions[c].width = w
    ws["A1"] = title_prefix + "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査に係る回答様式"
    ws.merge_cells("A1:F1")
    ws["A1"].font = Font(bold=True, size=12)
    ws["A1"].alignment = center
    ws.row_dimensions[1].height = 30
    ws["A2"] = "当病院は、当該事業の支援を希望します。"
    ws.merge_cells("A2:F2")
    ws["A2"].alignment = center
    ws["A4"], ws["B4"], ws["C4"] = "No.", "項目", "回答"
    ws.merge_cells("C4:F4")
    for c in ("A4", "B4", "C4"):
        ws[c].fill = grey
        ws[c].alignment = center
    items = [("1", "医療機関コード（10桁）", data["code"]),
             ("2", "病院名（正式名称）", data["name"]),
             ("3", "郵便番号", data["postal"]),
             ("4", "住所", data["address"]),
             ("5", "電話番号", data["phone"])]
    for i, (no, lab, val) in enumerate(items):
        r = 5 + i
        ws.cell(row=r, column=1, value=no).alignment = center
        ws.cell(row=r, column=2, value=lab).alignment = wrap
        ws.cell(row=r, column=3, value=val).alignment = wrap
        ws.cell(row=r, column=3).number_format = "@"
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
    for row in ws["A4:F9"]:
        for c in row:
            c.border = box
    # contacts grid
    ws["A11"] = "6"
    ws["B11"] = "担当者"
    ws["C11"], ws["D11"], ws["F11"] = "所属・役職", "氏名", "Mailアドレス"
    ws.merge_cells("D11:E11")
    for c in ("A11", "B11", "C11", "D11", "F11"):
        ws[c].fill = grey
        ws[c].alignment = center
    for i, (lab, (dep, nm, mail)) in enumerate(zip(("担当者①【必須】", "担当者②【必須】", "担当者③"), data["contacts"])):
        r = 12 + i
        ws.cell(row=r, column=2, value=lab)
        ws.cell(row=r, column=3, value=dep).alignment = wrap
        ws.cell(row=r, column=4, value=nm)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
        ws.cell(row=r, column=6, value=mail)
        ws.row_dimensions[r].height = 24
    ws.merge_cells("A11:A14")
    ws["A11"].alignment = center
    for row in ws["A11:F14"]:
        for c in row:
            c.border = box
    # data use
    ws["A16"] = "7"
    ws["B16"] = "サイバーセキュリティ調査における回答データの活用の可否（※）"
    ws["B16"].alignment = wrap
    ws.row_dimensions[16].height = 45
    ws["C16"] = data["mark_ka"]
    ws["D16"] = "可"
    ws["E16"] = data["mark_fuka"]
    ws["F16"] = "不可"
    for c in ("C16", "D16", "E16", "F16"):
        ws[c].alignment = center
    ws["A17"] = "8"
    ws["B17"] = "備考"
    ws["C17"] = data["remarks"]
    ws["C17"].alignment = wrap
    ws.merge_cells("C17:F17")
    ws.row_dimensions[17].height = 40
    for row in ws["A16:F17"]:
        for c in row:
            c.border = box
    ws["A16"].alignment = center
    ws["A17"].alignment = center
    ws["A19"] = ("※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
                 "により実施した実態調査の回答内容を当該事業でも活用させていただく可能性があります。ご了解いただける場合は「可」、"
                 "ご了解いただけない場合は「不可」としてください。")
    ws.merge_cells("A19:F21")
    ws["A19"].alignment = Alignment(wrap_text=True, vertical="top")
    ws["A19"].font = Font(size=9)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1

ex = wb.create_sheet("記入例")
build(ex, {
    "code": "37-1-XX-XXXX-X", "name": "医療法人○○会 ○○病院", "postal": "760-XXXX",
    "address": "香川県高松市○○町1丁目2番3号", "phone": "087-XXX-XXXX",
    "contacts": [("情報システム課 課長", "香川 太郎", "taro@example.jp"),
                 ("総務課 係長", "讃岐 花子", "hanako@example.jp"),
                 ("", "", "")],
    "mark_ka": "○", "mark_fuka": "", "remarks": "（特記事項があれば記入）"}, title_prefix="【記入例】")
ex["A3"] = "※この記入例シートは提出不要です。"
ex["A3"].font = Font(color="FF0000")

ws = wb.create_sheet("回答様式")
D = {
    "code": code_written,
    "name": "社会医療法人 讃岐清和会 清和台病院",
    "postal": "〒７６３－００８２",
    "address": "香川県丸亀市土器町東三丁目412番地",
    "phone": "0877-23-6180",
    "contacts": [("事務長", "真鍋 隆", "manabe@seiwadai-hp.jp"),
                 ("医事課 システム担当", "秋山 理恵", None),     # planted: Mail missing
                 (None, None, None)],
    "mark_ka": None, "mark_fuka": "○",
    "remarks": "連絡は平日9:00～17:00にお願いします。\n（土日祝は休診のため対応できません）",
}
build(ws, D)
wb.active = wb.sheetnames.index("回答様式")
wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": code10_written,
        "hospitalName": D["name"],
        "postalCode": "763-0082",
        "address": D["address"],
        "phoneNumber": D["phone"],
        "contact1.department": "事務長",
        "contact1.name": "真鍋 隆",
        "contact1.email": "manabe@seiwadai-hp.jp",
        "contact2.department": "医事課 システム担当",
        "contact2.name": "秋山 理恵",
        "dataUse": "不可",
        "remarks": D["remarks"],
    },
    "planted": [
        {"cells": ["回答様式!C5"], "paths": ["hospitalCode"],
         "why": f"医療機関コード {code_written}: check digit is wrong (Luhn over 371030552 gives {good}, written {bad})"},
        {"cells": ["回答様式!F13"], "paths": ["contact2.email"],
         "why": "担当者②【必須】 Mail アドレス left blank (①② must have all three fields)"},
    ],
    "notes": ("The 記入例 sheet is a correctly labelled example (title 【記入例】, placeholders) and must be ignored; "
              "the submission is on sheet 回答様式. 医療機関コード written with hyphens 37-1-03-0552-" + bad + ". "
              "郵便番号 written full-width with 〒 (〒７６３－００８２). 活用の可否: ○ in E16, the cell before 「不可」 (C16 before 「可」 is empty) = 不可. "
              "担当者③ row left empty on purpose (optional). No optional declarations on this form. "
              "Form issued in FY R6 (Feb 2025) for support in 令和7年度; version given as R6."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", code_written, "correct would be", code9 + good)

#!/usr/bin/python3
"""sr-w5-b: hospital IT person's own question-and-answer sheet (No. | 項目 | 回答 | 記入上の注意),
with a 記入要領 sheet first and a hidden 選択肢 sheet for the drop-down; re-saved by LibreOffice.

Planted problems (2):
  1. 医療機関コード check digit wrong (回答!C6).
  2. 担当者②【必須】 Mail アドレス left blank (回答!C16).
Regenerates sr-w5-b-qa-list-libre.xlsx and .expected.json in this folder.
"""
import datetime
import json
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w5-b-qa-list-libre"


def check_digit(n9):
    s = 0
    for i, ch in enumerate(reversed(n9)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10


code9 = "371073318"
good = check_digit(code9)
bad = (good + 3) % 10          # planted: wrong check digit
CODE_WRONG = code9 + str(bad)
code_written = f"{CODE_WRONG[0:2]} {CODE_WRONG[2]} {CODE_WRONG[3:5]} {CODE_WRONG[5:9]} {CODE_WRONG[9]}"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
REQ = PatternFill("solid", fgColor="FFF2CC")
FONT = "游ゴシック"

wb = Workbook()

# --- 記入要領 -------------------------------------------------------------
ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["A"].width = 4
ins.column_dimensions["B"].width = 90
lines = [
    "記入要領（支援の希望調査 回答票）",
    "",
    "1. 「回答」シートの黄色の欄に入力してください。担当者①・②は必須です（所属・役職、氏名、Mail アドレスの全て）。",
    "2. 担当者③は任意です。記入する場合は3項目とも記入してください。",
    "3. 医療機関コードは10桁（都道府県番号＋点数表番号＋郡市区番号＋医療機関番号＋検証番号）で記入してください。",
    "4. 回答データの活用の可否は、プルダウンから「可」又は「不可」を選択してください。",
    "5. 入力後、印刷してＦＡＸ（087-806-0248）で香川県医務国保課医療企画Ｇへ送付してください。",
    "   回答期限：令和7年2月28日（金）",
]
for i, t in enumerate(lines, start=1):
    c = ins.cell(row=i + 1, column=2, value=t)
    c.font = Font(name=FONT, size=12 if i == 1 else 10.5, bold=(i == 1))
    c.alignment = Alignment(wrap_text=True, vertical="top")

# --- 回答 -----------------------------------------------------------------
ws = wb.create_sheet("回答")
for col, w in {"A": 7, "B": 40, "C": 44, "D": 34}.items():
    ws.column_dimensions[col].width = w

ws["A1"] = "「医療機関におけるサイバーセキュリティ確保事業」支援の希望調査　回答票"
ws["A1"].font = Font(name=FONT, size=13, bold=True)
ws["A2"] = "当病院は、当該事業の支援を希望します。"
ws["A2"].font = Font(name=FONT, size=11)
ws["A3"] = "回答日"
ws["B3"] = datetime.date(2025, 2, 26)
ws["B3"].number_format = "yyyy/m/d"
ws["B3"].alignment = Alignment(horizontal="left")

hdr = ["No.", "項目", "回答", "記入上の注意"]
for j, h in enumerate(hdr, start=1):
    c = ws.cell(row=5, column=j, value=h)
    c.font = Font(name=FONT, bold=True)
    c.fill = HEAD
    c.border = BOX
    c.alignment = Alignment(horizontal="center", vertical="center")

items = [
    # row, No., label, answer, note
    (6, "1", "医療機関コード", code_written, "10桁"),
    (7, "2", "病院名（正式名称）", "医療法人 慈恵会 高松東さくら病院", "略称不可"),
    (8, "3", "郵便番号", "7610104", "ハイフンなしでも可"),
    (9, "4", "住所", "香川県高松市高松町2345番地1", ""),
    (10, "5", "電話番号", "０８７－８４５－６６２１", "代表番号"),
    (11, "6-1", "担当者①【必須】所属・役職", "診療情報管理課 課長", ""),
    (12, "6-2", "担当者①【必須】氏名", "岡田 智子", ""),
    (13, "6-3", "担当者①【必須】Mail アドレス", "t-okada@takamatsu-sakura.example.jp", ""),
    (14, "7-1", "担当者②【必須】所属・役職", "事務部 施設用度課 係長", ""),
    (15, "7-2", "担当者②【必須】氏名", "松原 大輔", ""),
    (16, "7-3", "担当者②【必須】Mail アドレス", None, ""),          # planted: left blank
    (17, "8-1", "担当者③ 所属・役職", None, "任意"),
    (18, "8-2", "担当者③ 氏名", None, "任意"),
    (19, "8-3", "担当者③ Mail アドレス", None, "任意"),
    (20, "9", "サイバーセキュリティ調査における回答データの活用の可否(※)", "不可", "可・不可を選択"),
    (21, "10", "備考", "現地調査の日程は、外来診療のない土曜午後を希望します。", ""),
]
for r, no, label, ans, note in items:
    vals = [no, label, ans, note]
    for j, v in enumerate(vals, start=1):
        c = ws.cell(row=r, column=j, value=v)
        c.border = BOX
        c.font = Font(name=FONT, size=10.5)
        c.alignment = Alignment(vertical="center", wrap_text=True, horizontal="center" if j == 1 else "left")
    ws.cell(row=r, column=3).fill = REQ
    ws.row_dimensions[r].height = 20
ws.row_dimensions[20].height = 34

ws["A23"] = ("※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
             "により実施した実態調査の回答内容を当該事業でも活用させていただく可能性があり、ご了解いただける場合は「可」と、"
             "ご了解いただけない場合は「不可」と記載してください。")
ws.merge_cells("A23:D24")
ws["A23"].alignment = Alignment(wrap_text=True, vertical="top")
ws["A23"].font = Font(name=FONT, size=9)
ws.row_dimensions[23].height = 30
ws.row_dimensions[24].height = 20

# --- hidden choice list ---------------------------------------------------
lst = wb.create_sheet("選択肢")
lst["A1"] = "可"
lst["A2"] = "不可"
lst.sheet_state = "hidden"

dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
dv.add("C20")

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = "A1:D24"
wb.active = 1

tmpdir = os.path.join(HERE, "_tmp_" + NAME)
os.makedirs(tmpdir, exist_ok=True)
tmp = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(tmp)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, tmp],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmpdir)

V = {
    "hospitalCode": CODE_WRONG,
    "hospitalName": "医療法人 慈恵会 高松東さくら病院",
    "postalCode": "761-0104",
    "address": "香川県高松市高松町2345番地1",
    "phoneNumber": "087-845-6621",
    "contact1.department": "診療情報管理課 課長",
    "contact1.name": "岡田 智子",
    "contact1.email": "t-okada@takamatsu-sakura.example.jp",
    "contact2.department": "事務部 施設用度課 係長",
    "contact2.name": "松原 大輔",
    "dataUse": "不可",
    "remarks": "現地調査の日程は、外来診療のない土曜午後を希望します。",
}
expected = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": V,
    "planted": [
        {"cells": ["回答!C6"], "paths": ["hospitalCode"],
         "why": f"医療機関コード check digit wrong: written '{code_written}'; the Luhn check digit over "
                f"{code9} is {good}, not {bad} (correct code would be {code9}{good})"},
        {"cells": ["回答!C16"], "paths": ["contact2.email"],
         "why": "担当者②【必須】 Mail アドレス left blank (①② must have all three fields)"},
    ],
    "notes": ("Q&A layout: answers in column C of sheet 回答 (rows 6-21). 医療機関コード written with spaces "
              f"'{code_written}'. 郵便番号 written without hyphen '7610104'. 電話番号 written in full-width "
              "digits and full-width hyphens '０８７－８４５－６６２１'. 担当者③ (rows 17-19) intentionally left entirely "
              "blank (optional, valid). 回答日 B3 = 2025-02-26 is an Excel date cell but not a form key. "
              "No optional eligibility declarations on this layout. Sheet 記入要領 is instructions; "
              "sheet 選択肢 is hidden (drop-down list for C20). Re-saved by LibreOffice."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print(code_written, good)

#!/usr/bin/python3
"""sr-w1-d: aggregation-friendly one-row layout (two-level header, one data row) written by openpyxl, with
uncached formulas: 記入日 =TODAY() and the 10-digit 医療機関コード concatenated from its parts.
Dropdowns fed from a hidden list sheet; a 記入要領 sheet. Planted: malformed e-mail for 担当者①."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

NAME = "sr-w1-d-tokyo-onerow-formulas"
HERE = os.path.dirname(os.path.abspath(__file__))

def check_digit(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return (10 - s % 10) % 10

pref, table, local = "13", "1", "121048"
seven = local + str(check_digit(pref + table + local))   # 1210486
code = pref + table + seven                              # 1311210486

wb = Workbook()
ws = wb.active
ws.title = "回答"
SH = ws.title
lists = wb.create_sheet("リスト")
lists["A1"], lists["A2"] = "可", "不可"
lists["B1"], lists["B2"] = "はい", "いいえ"
lists.sheet_state = "hidden"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="BDD7EE")
auto = PatternFill("solid", fgColor="E7E6E6")
inp = PatternFill("solid", fgColor="FFF2CC")
fnt = Font(name="Meiryo UI", size=10)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
L = Alignment(horizontal="left", vertical="center", wrap_text=True)

ws["A1"] = "【医療機関におけるサイバーセキュリティ確保事業】支援の希望調査 回答様式（当病院は、当該事業の支援を希望します。）"
ws["A1"].font = Font(name="Meiryo UI", size=13, bold=True)
ws["A2"] = "記入日"
ws["B2"] = "=TODAY()"                  # no cached value (openpyxl)
ws["B2"].number_format = "yyyy/m/d"
ws.merge_cells("B2:C2")
ws["A3"] = "黄色のセルに入力してください（灰色は自動表示）。1病院1行。ファイル名は「病院名_支援希望.xlsx」としてください。"
ws["A3"].font = Font(name="Meiryo UI", size=9, color="C00000")
for c in ("A2", "B2"):
    ws[c].font = fnt

cols = [  # (col, top header, sub header, width)
    ("A", "No.", None, 5),
    ("B", "医療機関コード", "都道府県番号", 8),
    ("C", None, "点数表番号", 7),
    ("D", None, "下7桁", 11),
    ("E", None, "10桁（自動）", 13),
    ("F", "病院名（正式名称）", None, 30),
    ("G", "郵便番号", None, 10),
    ("H", "住所", None, 32),
    ("I", "電話番号", None, 14),
    ("J", "担当者①【必須】", "所属・役職", 18), ("K", None, "氏名", 11), ("L", None, "Mailアドレス", 28),
    ("M", "担当者②【必須】", "所属・役職", 18), ("N", None, "氏名", 11), ("O", None, "Mailアドレス", 28),
    ("P", "担当者③", "所属・役職", 18), ("Q", None, "氏名", 11), ("R", None, "Mailアドレス", 28),
    ("S", "回答データの活用の可否(※)", None, 12),
    ("T", "確認事項", "R6年度に本事業の支援を受けていない", 14),
    ("U", None, "電子カルテシステムを導入している", 14),
    ("V", None, "R8年1月までに現地調査を完了できる", 14),
    ("W", "備考", None, 30),
]
for col, top, sub, w in cols:
    ws.column_dimensions[col].width = w
    ws[f"{col}5"] = top
    ws[f"{col}6"] = sub
    for r in (5, 6):
        ws[f"{col}{r}"].fill = head
        ws[f"{col}{r}"].font = Font(name="Meiryo UI", size=9, bold=True)
        ws[f"{col}{r}"].alignment = C
        ws[f"{col}{r}"].border = box
for rng in ("A5:A6", "B5:E5", "F5:F6", "G5:G6", "H5:H6", "I5:I6", "J5:L5", "M5:O5", "P5:R5", "S5:S6",
            "T5:V5", "W5:W6"):
    ws.merge_cells(rng)
ws.row_dimensions[6].height = 45

row = {
    "A": 1, "B": pref, "C": table, "D": seven, "E": "=B7&C7&D7",   # concatenation, no cached value
    "F": "社会医療法人財団 湾岸会 東品川ベイサイド病院",
    "G": "140-0002",
    "H": "東京都品川区東品川四丁目12番8号",
    "I": "03-5781-2200",
    "J": "情報システム部 部長", "K": "森 裕一", "L": "y.mori@higashishinagawa-bay,jp",   # planted: ',' for '.'
    "M": "情報システム部 主任", "N": "石井 遥", "O": "h.ishii@higashishinagawa-bay.jp",
    "P": "事務局 総務課長", "Q": "安藤 誠", "R": "m.ando@higashishinagawa-bay.jp",
    "S": "可", "T": "はい", "U": "はい", "V": "はい",
    "W": "現地調査は平日を希望します。",
}
for col, v in row.items():
    c = ws[f"{col}7"]
    c.value = v
    c.font = fnt
    c.border = box
    c.alignment = C if col in "ABCDEGSTUV" else L
    c.fill = auto if col in "ABE" else inp
    if col in "BCDG":
        c.number_format = "@"
ws.row_dimensions[7].height = 36
ws.freeze_panes = "B7"

dv1 = DataValidation(type="list", formula1="=リスト!$A$1:$A$2", allow_blank=True)
dv2 = DataValidation(type="list", formula1="=リスト!$B$1:$B$2", allow_blank=True)
ws.add_data_validation(dv1); ws.add_data_validation(dv2)
dv1.add("S7"); dv2.add("T7:V7")

ws["A9"] = ("※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
            "で回答いただいた内容を当該事業でも活用させていただく可能性があります。ご了解いただける場合は「可」、"
            "ご了解いただけない場合は「不可」を選択してください。")
ws["A9"].font = Font(name="Meiryo UI", size=9)
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A3
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 1
ws.page_setup.fitToWidth = 1

ins = wb.create_sheet("記入要領")
ins.column_dimensions["A"].width = 110
for i, t in enumerate([
    "記入要領",
    "・医療機関コードは、下7桁（郡市区番号＋医療機関番号＋検証番号）を入力してください。10桁は自動で表示されます。",
    "・担当者①②は必須です（所属・役職、氏名、Mailアドレスのすべて）。担当者③は任意です。",
    "・回答データの活用の可否、確認事項はプルダウンから選択してください。",
    "・令和6年度に支援を受けた病院、電子カルテシステム未導入の病院、電子カルテ更改のため令和8年1月までに現地調査を完了できない病院は対象外です。",
], start=1):
    ins[f"A{i}"] = t
wb.move_sheet("記入要領", offset=-2)   # order: 記入要領, 回答, リスト(hidden)
wb.active = 1

wb.save(os.path.join(HERE, NAME + ".xlsx"))

exp = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": code,
        "hospitalName": row["F"], "postalCode": row["G"], "address": row["H"], "phoneNumber": row["I"],
        "contact1.department": row["J"], "contact1.name": row["K"], "contact1.email": row["L"],
        "contact2.department": row["M"], "contact2.name": row["N"], "contact2.email": row["O"],
        "contact3.department": row["P"], "contact3.name": row["Q"], "contact3.email": row["R"],
        "dataUse": row["S"],
        "notSupportedBefore": row["T"], "hasEhr": row["U"], "surveyFeasible": row["V"],
        "remarks": row["W"],
    },
    "planted": [
        {"cells": [f"{SH}!L7"], "paths": ["contact1.email"],
         "why": "担当者① Mail アドレス is malformed: 'y.mori@higashishinagawa-bay,jp' has a comma instead of a dot in the domain"},
    ],
    "notes": ("One submission laid out as a single data row (row 7) under a two-level header (rows 5-6); use values, not submissions. "
              "Written by openpyxl: 回答!E7 is the formula =B7&C7&D7 (13 & 1 & 1210486 -> 1311210486) and 回答!B2 (記入日) is =TODAY(); "
              "neither has a cached value. The parts B7/C7/D7 are text cells, so the code can also be read from them. "
              "Dropdown lists come from the hidden sheet 'リスト'. First sheet is 記入要領 (instructions only). 記入日 is not a form key."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", NAME, code, seven)

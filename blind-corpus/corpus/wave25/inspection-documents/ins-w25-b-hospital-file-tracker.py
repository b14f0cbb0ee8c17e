#!/usr/bin/python3
"""ins-w25-b: the hospital IT person's own 提出書類チェック表 for the 立入検査: labels above values in the header,
a notes block, one row per file (the vendor checklist split into one row per vendor, numbered 2-1/2-2/2-3 with
「〃」 for the repeated name), a ファイル名 column, a 提出区分 column with a dropdown (提出 / 作成済・提出しない / 未作成),
and a COUNTIF total saved by openpyxl without a cached value. Two planted problems."""
import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w25-b-hospital-file-tracker"
XLSX = os.path.join(HERE, NAME + ".xlsx")
SHEET = "提出書類チェック表"

FACILITY = "社会医療法人 吉備の杜 高梁川記念病院"
SUBMITTED = dt.date(2025, 1, 21)

MAP = {"提出": "SUBMITTED", "作成済・提出しない": "NOT_SUBMITTED", "未作成": "NOT_CREATED", None: None}
# (No. shown, kind, name shown, file name, status shown, remarks)
ROWS = [
    ("1", "1", "チェックリスト（医療機関確認用）", "01_チェックリスト_医療機関確認用_R6.xlsx", "提出", None),
    ("2-1", "2", "チェックリスト（事業者確認用）", "02-1_事業者確認用_電子カルテ_岡山メディコム.xlsx", "提出",
     "電子カルテ（株式会社岡山メディコム）"),
    ("2-2", "2", "〃", "02-2_事業者確認用_医事会計_ビーエムシステムズ.pdf", "提出",
     "医事会計（株式会社ビーエムシステムズ）"),
    ("2-3", "2", "〃", None, "未作成",
     "PACS（株式会社ミライ画像）\n事業者へ記入依頼中"),                               # planted
    ("3", "3", "チェックリスト（最低限の措置編）", "03_チェックリスト_最低限の措置編.xlsx", "提出", None),
    ("4", "4", "機器管理台帳", "04_機器管理台帳_20250110.xlsx", None, None),          # planted: status blank
    ("5", "5", "インシデント発生時の連絡体制図", "05_インシデント連絡体制図.pdf", "提出", "R6.12改訂版"),
    ("6", "6", "ネットワーク構成図・システム全体構成図", "06_ネットワーク構成図.pdf", "提出", None),
    ("7", "7", "サイバー攻撃を想定したBCP", None, "未作成", "策定中（R7年度上期完成予定）"),
]

thin = Side(style="thin")
hair = Side(style="hair")
BOX = Border(left=thin, right=thin, top=hair, bottom=hair)
HBOX = Border(left=thin, right=thin, top=thin, bottom=thin)
F = "Meiryo UI"
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
L = Alignment(horizontal="left", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SHEET
for col, w in {"A": 8, "B": 36, "C": 50, "D": 18, "E": 34}.items():
    ws.column_dimensions[col].width = w

ws["A1"] = "立入検査（サイバーセキュリティ対策関係）提出書類チェック表"
ws["A1"].font = Font(name=F, size=14, bold=True)
ws["A2"] = "医療機関名"
ws["A3"] = FACILITY
ws["D2"] = "提出日"
ws["D3"] = SUBMITTED
ws["D3"].number_format = "yyyy/mm/dd"
for a in ("A2", "D2"):
    ws[a].font = Font(name=F, size=9, color="595959")
for a in ("A3", "D3"):
    ws[a].font = Font(name=F, size=12, bold=True)
ws["D3"].alignment = Alignment(horizontal="left")
ws["A4"] = "・別紙1の書類を立入検査時に保健所へ提出（CD-R 1枚＋紙1部）　・事業者確認用は事業者ごとに1ファイル"
ws["A4"].font = Font(name=F, size=9)

HR = 6
for i, h in enumerate(["No.", "書類名", "ファイル名", "提出区分", "備考"], 1):
    c = ws.cell(HR, i, h)
    c.font = Font(name=F, size=10, bold=True, color="FFFFFF")
    c.fill = PatternFill("solid", fgColor="305496")
    c.alignment = C
    c.border = HBOX

dv = DataValidation(type="list", formula1='"提出,作成済・提出しない,未作成"', allow_blank=True)
ws.add_data_validation(dv)

documents = []
r = HR + 1
first = r
rowof = {}
for no, kind, name, fname, status, rem in ROWS:
    for i, v in enumerate([no, name, fname, status, rem], 1):
        c = ws.cell(r, i, v)
        c.font = Font(name=F, size=10)
        c.border = BOX
        c.alignment = C if i in (1, 4) else L
    dv.add(ws.cell(r, 4))
    ws.row_dimensions[r].height = 30 if rem and "\n" in rem else 20
    d = {"kind": kind}
    if MAP[status]:
        d["submission"] = MAP[status]
    if fname:
        d["fileName"] = fname
    if rem:
        d["remarks"] = rem
    documents.append(d)
    rowof[no] = r
    r += 1
last = r - 1
for i in range(1, 6):
    ws.cell(last, i).border = Border(left=thin, right=thin, top=hair, bottom=thin)

ws.cell(r + 1, 3, "提出ファイル数").alignment = Alignment(horizontal="right")
ws.cell(r + 1, 4, '=COUNTIF(D%d:D%d,"提出")' % (first, last))
ws.cell(r + 1, 4).alignment = C
ws.freeze_panes = "A7"
ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
wb.save(XLSX)

expected = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "facilityName": FACILITY,
        "submittedOn": SUBMITTED.isoformat(),
        "documents": documents,
    },
    "planted": [
        {"cells": ["%s!D%d" % (SHEET, rowof["2-3"])], "paths": ["documents[3].submission"],
         "why": ("PACS事業者の事業者確認用チェックリストが未作成（事業者へ依頼中）。別紙1は全ての医療情報システムの"
                 "委託事業者に漏れなく記入・提出を求めること（事業者ごと又はシステムごと）としており、1事業者分が欠けている")},
        {"cells": ["%s!D%d" % (SHEET, rowof["4"])], "paths": ["documents[5].submission"],
         "why": "4 機器管理台帳の提出区分が空欄（必須書類の提出有無が未記入。ファイル名だけ記入されている）"},
    ],
    "notes": ("The vendor checklist (kind 2) has one row per vendor: rows 2-1, 2-2, 2-3, the name column repeats it with "
              "「〃」. 提出日 is an Excel date cell. D17 holds a COUNTIF total saved by openpyxl without a cached value "
              "(not a field). The 2-3 row (PACS) is NOT_CREATED with no file name; document 4 has a file name but no 提出区分."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", XLSX, rowof)

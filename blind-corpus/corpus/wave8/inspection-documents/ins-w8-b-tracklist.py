#!/usr/bin/python3
# Generator for ins-w8-b-tracklist.xlsx (+ expected.json)
# Role: IT staff of a (fictional) hospital in 岡山市 keeping their own tracking list of the 別紙1 documents:
# label and value in one cell (医療機関名：…), documents without numbers and with short names,
# one row per vendor checklist, a vendor row added below the table later, file names, 提出/未作成 as text
# from a drop-down fed by a hidden sheet, and a COUNTIF total without cached value (saved by openpyxl).
# Planted: 連絡体制図 row has no 提出 answer; 提出日 R6.9.13 is before the programme's 実施時期 (R6.10.1〜R7.3.31).
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave8/inspection-documents"
NAME = "ins-w8-b-tracklist"
FACILITY = "医療法人朝日会 岡山あさひ病院"
SHEET = "提出書類"

# (shown name, kind, file name, submission text, canonical submission, remarks)
ROWS = [
    ("チェックリスト（医療機関確認用）", "1", "01_CL_医療機関確認用_R6.xlsx", "提出", "SUBMITTED", None),
    ("チェックリスト（事業者確認用）電子カルテ", "2", "02_CL_事業者確認用_電子カルテ.xlsx", "提出", "SUBMITTED", "（株）岡山システムサービス"),
    ("チェックリスト（事業者確認用）医事会計", "2", "02_CL_事業者確認用_医事会計.pdf", "提出", "SUBMITTED", "吉備メディコム（株）"),
    ("チェックリスト（最低限の措置編）", "3", "03_CL_最低限の措置.xlsx", "提出", "SUBMITTED", None),
    ("機器管理台帳", "4", "04_機器管理台帳_2024.xlsx", "提出", "SUBMITTED", None),
    ("連絡体制図（インシデント発生時）", "5", None, None, None, "総務課に確認中"),          # PLANTED: no answer
    ("ネットワーク構成図・システム全体構成図", "6", None, "未作成", "NOT_CREATED", None),
    ("BCP（サイバー攻撃を想定）", "7", "07_BCP_サイバー攻撃編.pdf", "提出", "SUBMITTED", "R6.8 策定"),
]
ADDED = ("チェックリスト（事業者確認用）PACS", "2", "02_CL_事業者確認用_PACS.pdf", "提出", "SUBMITTED", "後から追加")

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SHEET
for k, v in {"A": 40, "B": 38, "C": 10, "D": 28, "E": 10, "F": 8}.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "サイバーセキュリティ対策関連書類　提出管理表（立入検査用）"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "医療機関名：" + FACILITY
ws["A3"] = "提出日：R6.9.13"           # PLANTED: before 実施時期 (R6.10.1〜)
ws["E2"] = "提出数"
ws["F2"] = '=COUNTIF(C6:C30,"提出")'   # no cached value (openpyxl)

HR = 5
for j, t in enumerate(["書類", "ファイル名", "提出", "備考"], 1):
    c = ws.cell(HR, j, t)
    c.font = Font(bold=True); c.border = B
    c.fill = PatternFill("solid", fgColor="BDD7EE")
    c.alignment = Alignment(horizontal="center")

docs = []
r = HR + 1
for (name, kind, fn, st, canon, rm) in ROWS:
    for j, v in enumerate([name, fn, st, rm], 1):
        c = ws.cell(r, j, v); c.border = B; c.alignment = WRAP
    d = {"kind": kind}
    if canon: d["submission"] = canon
    if fn: d["fileName"] = fn
    if rm: d["remarks"] = rm
    docs.append(d)
    r += 1
last_table = r - 1
# the row added later, below the table with one blank row in between, no borders
r += 1
name, kind, fn, st, canon, rm = ADDED
for j, v in enumerate([name, fn, st, rm], 1):
    ws.cell(r, j, v)
docs.append({"kind": kind, "submission": canon, "fileName": fn, "remarks": rm})

lst = wb.create_sheet("リスト")
for i, v in enumerate(["提出", "未作成", "提出しない"], 1):
    lst.cell(i, 1, v)
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$3", allow_blank=True)
ws.add_data_validation(dv)
dv.add("C6:C30")

wb.save(os.path.join(OUT, NAME + ".xlsx"))

i5 = next(i for i, d in enumerate(docs) if d["kind"] == "5")
exp = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "submittedOn": "2024-09-13", "documents": docs},
    "planted": [
        {"cells": [f"{SHEET}!C{HR + 1 + i5}"], "paths": [f"documents[{i5}].submission"],
         "why": "インシデント発生時の連絡体制図（書類5、『作成していれば』の条件なしで提出を求める書類）の提出欄が空欄（回答漏れ）"},
        {"cells": [f"{SHEET}!A3"], "paths": ["submittedOn"],
         "why": "提出日 R6.9.13（2024-09-13）が事業の実施時期（令和6年10月1日〜令和7年3月31日）より前で、通知日（令和6年9月24日）よりも前"},
    ],
    "notes": ("医療機関名・提出日はラベルと値が1セル（『医療機関名：…』『提出日：R6.9.13』）。書類は番号なし・略称で、"
              "事業者確認用チェックリストは事業者ごとに1行（kind 2 が3行、うち PACS 分は表の下に1行空けて後から追加した罫線なしの行）。"
              "提出欄は非表示シート『リスト』からのドロップダウン文字列（提出→SUBMITTED, 未作成→NOT_CREATED）。"
              "F2 の提出数は COUNTIF の数式でキャッシュ値なし（入力値ではない）。")
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", i5)

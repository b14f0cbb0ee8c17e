# Generator for ins-w47-b-per-vendor-rows-mark-columns.xlsx (inspection-documents, R6)
# Run: PYTHONPATH=/tmp/clvins_py /usr/bin/python3 ins-w47-b-per-vendor-rows-mark-columns.py
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w47-b-per-vendor-rows-mark-columns"
SHEET = "提出書類チェック表"
FAC = "医療法人 誠和会 高梁やまなみ病院"

# No shown, label shown, kind, mark column (C=提出, D=未作成, E=作成済・提出なし, None=blank), file name, remarks
ROWS = [
 ("1", "チェックリスト（医療機関確認用）", "1", "C", "01_チェックリスト(医療機関確認用)_R6.xlsx", None),
 ("2-1", "チェックリスト（事業者確認用）\n　 電子カルテ／株式会社メディテック山陽", "2", "C", "02-1_事業者確認用_電子カルテ_メディテック山陽.pdf", None),
 ("2-2", "チェックリスト（事業者確認用）\n　 医事会計（レセコン）／株式会社ビジコム岡山", "2", "C", "02-2_事業者確認用_医事会計_ビジコム岡山.pdf", None),
 ("2-3", "チェックリスト（事業者確認用）\n　 PACS／山陽メディカルITサービス株式会社", "2", "C", "02-3_事業者確認用_PACS_山陽メディカルIT.pdf", "2回目確認分を12/2受領"),
 ("3", "チェックリスト（最低限の措置編）", "3", "C", "03_最低限の措置編.xlsx", None),
 ("4", "機器管理台帳", "4", None, None, "システム担当に確認中"),
 ("5", "インシデント発生時の連絡体制図", "5", "C", "05_連絡体制図_R61101.pdf", None),
 ("6", "ネットワーク構成図及びシステム全体構成図", "6", "D", None, "業者に作成依頼中"),
 ("7", "サイバー攻撃を想定したBCP", "7", "E", None, "院内資料のため"),
]
CANON = {"C": "SUBMITTED", "D": "NOT_CREATED", "E": "NOT_SUBMITTED"}

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SHEET
for k, v in {"A": 5, "B": 46, "C": 7, "D": 7, "E": 10, "F": 48, "G": 24}.items():
    ws.column_dimensions[k].width = v
ws["A1"] = "立入検査（サイバーセキュリティ対策関係）提出書類チェック表"
ws["A1"].font = Font(size=13, bold=True)
ws["A2"] = "医療機関名：" + FAC
ws["A3"] = "提出日：R6.12.3"
ws["A4"] = "提出先：備中保健所（立入検査時に持参）"
ws["A5"] = "※該当する欄に「レ」を記入。チェックリスト（事業者確認用）は事業者ごと（又はシステムごと）に1行ずつ。"
ws["A5"].font = Font(size=9)

HR = 7
heads = ["No", "書類名", "提出", "未作成", "作成済\n提出なし", "ファイル名", "備考"]
for i, h in enumerate(heads, 1):
    c = ws.cell(HR, i, h)
    c.font = Font(bold=True); c.alignment = center; c.border = B
    c.fill = PatternFill("solid", fgColor="D9E1F2")
ws.row_dimensions[HR].height = 30
colno = {"C": 3, "D": 4, "E": 5}
docs, rowof = [], []
for j, (no, label, kind, mark, fname, rem) in enumerate(ROWS):
    r = HR + 1 + j
    ws.cell(r, 1, no).alignment = center
    ws.cell(r, 2, label).alignment = wrap
    if mark:
        ws.cell(r, colno[mark], "レ")
    for c in (3, 4, 5):
        ws.cell(r, c).alignment = center
    if fname:
        ws.cell(r, 6, fname).alignment = wrap
    if rem:
        ws.cell(r, 7, rem).alignment = wrap
    for c in range(1, 8):
        ws.cell(r, c).border = B
    ws.row_dimensions[r].height = 32
    d = {"kind": kind}
    if mark: d["submission"] = CANON[mark]
    if fname: d["fileName"] = fname
    if rem: d["remarks"] = rem
    docs.append(d)
    rowof.append(r)
last = HR + len(ROWS)
ws.cell(last + 1, 2, "提出数").alignment = Alignment(horizontal="right")
ws.cell(last + 1, 3, f'=COUNTIF(C{HR+1}:C{last},"レ")')   # formula, no cached value (openpyxl)
ws.cell(last + 1, 3).alignment = center

# hidden helper sheet
h = wb.create_sheet("リスト")
for i, v in enumerate(["レ", "○", "提出する", "未作成", "作成済・提出しない"], 1):
    h.cell(i, 1, v)
h.sheet_state = "hidden"

wb.save(os.path.join(OUT, NAME + ".xlsx"))
i4 = [i for i, d in enumerate(docs) if d["kind"] == "4"][0]
i7 = [i for i, d in enumerate(docs) if d["kind"] == "7"][0]
exp = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FAC, "submittedOn": "2024-12-03", "documents": docs},
    "planted": [
        {"cells": [f"{SHEET}!C{rowof[i4]}", f"{SHEET}!D{rowof[i4]}", f"{SHEET}!E{rowof[i4]}"],
         "paths": [f"documents[{i4}].submission"],
         "why": "機器管理台帳 (document 4, a required document) has no answer: none of 提出 / 未作成 / 作成済提出なし is marked"},
        {"cells": [f"{SHEET}!E{rowof[i7]}"], "paths": [f"documents[{i7}].submission"],
         "why": "BCP marked 作成済・提出なし: the notice (別紙1 No.7) says a BCP, if made, is to be submitted ('作成していれば提出してください')"},
    ],
    "notes": ("Document 2 is split into three rows, one per vendor/system (kind '2' each). Marks are 'レ' in one of three columns: "
              "提出 = SUBMITTED, 未作成 = NOT_CREATED, 作成済提出なし = NOT_SUBMITTED. Header values in '項目：値' cells; "
              "提出日 'R6.12.3' is text. C17 holds a COUNTIF formula saved by openpyxl without a cached value (not a key). "
              "Hidden sheet リスト is a helper list only. Row for document 4 carries only its 備考 ('システム担当に確認中')."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", rowof, last + 1)

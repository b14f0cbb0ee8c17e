#!/usr/bin/python3
"""inspection-documents, workbook b: a hospital IT person's cover list of the files handed to the
保健所 — one row per file (the vendor checklist split into one row per vendor, 2-1/2-2/2-3), a
提出 column with words, file names, 施設名 as `項目：値`, 提出日 as an Excel date, and a second small
table (送付者) below. Two planted problems."""
import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w26-b-file-list-vendor-rows"
SHEET = "提出書類一覧"

FACILITY = "医療法人社団 高梁川会 たかはし記念病院"
SUBMITTED = dt.date(2024, 11, 20)

WORD = {"SUBMITTED": "提出", "NOT_CREATED": "未作成", "NOT_SUBMITTED": "未提出", None: None}
# (No. as shown, kind, 書類名 as written, status, file name, remarks)
ROWS = [
    ("1", 1, "チェックリスト（医療機関確認用）", "SUBMITTED", "01_チェックリスト_医療機関確認用_R6.xlsx", None),
    ("2-1", 2, "チェックリスト（事業者確認用）電子カルテ", "SUBMITTED",
     "02-1_チェックリスト_事業者確認用_電子カルテ.xlsx", "㈱メディックス"),
    ("2-2", 2, "チェックリスト（事業者確認用）レセコン", "SUBMITTED",
     "02-2_チェックリスト_事業者確認用_レセコン.pdf", "㈱中国医事システム"),
    ("2-3", 2, "チェックリスト（事業者確認用）PACS", "NOT_SUBMITTED", None,
     "事業者に依頼中（12月回収予定）"),                                   # planted
    ("3", 3, "チェックリスト（最低限の措置編）", "SUBMITTED", "03_チェックリスト_最低限の措置編.pdf", None),
    ("4", 4, "機器管理台帳", "SUBMITTED", "04_機器管理台帳_2024.11.xlsx", None),
    ("5", 5, "インシデント発生時の連絡体制図", None, None, None),                # planted: no answer
    ("6", 6, "ネットワーク構成図・システム全体構成図", "SUBMITTED", "06_ネットワーク構成図.pdf",
     "システム全体構成図と1ファイルにまとめています"),
    ("7", 7, "BCP（サイバー攻撃想定）", "NOT_CREATED", None, "策定中（R7.3完成予定）"),
]

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)

wb = Workbook()
ws = wb.active
ws.title = SHEET
for col, w in {"A": 6, "B": 40, "C": 9, "D": 46, "E": 34}.items():
    ws.column_dimensions[col].width = w

ws["A1"] = "立入検査（サイバーセキュリティ対策関係）提出書類一覧"
ws["A1"].font = Font(size=13, bold=True)
ws["A3"] = "医療機関名：" + FACILITY
ws["A4"] = "提出日"
ws["B4"] = SUBMITTED
ws["B4"].number_format = "yyyy/mm/dd"
ws["B4"].alignment = Alignment(horizontal="left")
ws["D4"] = "提出先：備中保健所"

HR = 6
for c, h in enumerate(["No.", "書類名", "提出", "ファイル名", "備考"], start=1):
    cell = ws.cell(HR, c, h)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="4472C4")
    cell.alignment = Alignment(horizontal="center", vertical="center")
    cell.border = BOX

documents = []
planted = []
r = HR + 1
for i, (no, kind, name, status, fname, rem) in enumerate(ROWS):
    vals = [no, name, WORD[status], fname, rem]
    for c, v in enumerate(vals, start=1):
        cell = ws.cell(r, c, v)
        cell.border = BOX
        cell.alignment = Alignment(vertical="center", wrap_text=True,
                                   horizontal="center" if c in (1, 3) else None)
    d = {"kind": str(kind)}
    if status:
        d["submission"] = status
    if fname:
        d["fileName"] = fname
    if rem:
        d["remarks"] = rem
    documents.append(d)
    if no == "2-3":
        planted.append({"cells": [f"{SHEET}!C{r}"], "paths": [f"documents[{i}].submission"],
                        "why": "事業者確認用チェックリスト（PACS事業者分）が未提出。別紙1はすべての委託事業者に漏れなく"
                               "記入・提出を求めること（事業者ごと又はシステムごと）としており、1社分が欠けている"})
    if no == "5":
        planted.append({"cells": [f"{SHEET}!C{r}"], "paths": [f"documents[{i}].submission"],
                        "why": "5 インシデント発生時の連絡体制図の提出欄が空欄（必須の書類で、作成していれば提出の6・7と"
                               "違い回答が必要）"})
    r += 1

# second table: sender
r += 1
ws.cell(r, 1, "【送付者】").font = Font(bold=True)
r += 1
for label, value in [("所属", "事務部 医療情報課"), ("氏名", "藤原　健太"), ("TEL", "0866-22-3145（内線218）")]:
    ws.cell(r, 1, label).border = BOX
    ws.cell(r, 2, value).border = BOX
    r += 1

ws.freeze_panes = f"A{HR + 1}"
wb.save(os.path.join(HERE, NAME + ".xlsx"))

expected = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "facilityName": FACILITY,
        "submittedOn": SUBMITTED.isoformat(),
        "documents": documents,
    },
    "planted": planted,
    "notes": ("医療機関名 in one cell as `医療機関名：値` (A3); 提出日 is an Excel date cell (B4); 提出先 (D4) is not a key. "
              "Document 2 is split into one row per vendor (No. 2-1, 2-2, 2-3), so kind 2 appears three times. "
              "提出 column words: 提出 = SUBMITTED, 未作成 = NOT_CREATED, 未提出 = NOT_SUBMITTED. "
              "Row for document 5 has no answer at all (planted), so its object carries only kind. "
              "The 【送付者】 table below the list (所属/氏名/TEL) is not part of the form's keys."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", NAME)

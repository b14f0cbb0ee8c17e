#!/usr/bin/env python3
"""Generator for ins-w42-b-file-list-dropdown-added-rows.xlsx (inspection-documents, R6).

Role: a hospital's 情報システム担当 made its own transmittal list for the documents handed to
the 保健所 at the inspection: 「項目：値」 header cells, 提出日 as 和暦 text, a table
番号 | 書類名 | 提出区分 (dropdown fed from a hidden sheet) | ファイル名 | 備考, two extra vendor
checklist rows added below the bordered table, and a COUNTIF total saved by openpyxl
without a cached value.
Planted: 提出区分 of document 3 left blank; document 4 (機器管理台帳, required) marked 未作成.
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w42-b-file-list-dropdown-added-rows"
SHEET = "提出書類一覧"

FACILITY = "社会医療法人 吉備高原記念病院"
SUBMITTED_TEXT = "令和6年11月8日"
SUBMITTED_ISO = "2024-11-08"

CANON = {"提出": "SUBMITTED", "未作成": "NOT_CREATED", "作成済・提出しない": "NOT_SUBMITTED"}
# (番号 shown, kind, 書類名, 提出区分 shown or None, file name, remarks)
ROWS = [
    (1, 1, "チェックリスト（医療機関確認用）", "提出", "01_CL_医療機関確認用_R6.xlsx", None),
    (2, 2, "チェックリスト（事業者確認用）", "提出", "02-1_CL_事業者_電子カルテ.xlsx",
     "電子カルテ（株式会社メディカルリンク西日本）"),
    (3, 3, "チェックリスト（最低限の措置編）", None, "03_CL_最低限の措置編.xlsx", None),
    (4, 4, "機器管理台帳", "未作成", None, "現在作成中（12月完成予定）"),
    (5, 5, "インシデント発生時の連絡体制図", "提出", "05_インシデント連絡体制図.pdf", None),
    (6, 6, "ネットワーク構成図及びシステム全体構成図", "未作成", None, "作成していないため提出なし"),
    (7, 7, "サイバー攻撃を想定した事業継続計画（BCP）", "提出", "07_BCP_サイバー攻撃編_R6.docx ", "令和6年9月策定"),
    # rows added below the table by the filler
    ("2（追加）", 2, "チェックリスト（事業者確認用）", "提出", "02-2_CL_事業者_医事会計.xlsx",
     "医事会計（山陽システムサービス株式会社）"),
    ("2（追加）", 2, "チェックリスト（事業者確認用）", "提出", "02-3_CL_事業者_臨床検査.pdf",
     "臨床検査システム（株式会社ラボネット中国）"),
]
TABLE_ROWS = 7  # rows inside the printed, bordered table
FIRST = 8       # first data row


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    lst = wb.create_sheet("リスト")
    for i, v in enumerate(["提出", "作成済・提出しない", "未作成"], 1):
        lst.cell(i, 1, v)
    lst.sheet_state = "hidden"

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    for col, w in {"A": 10, "B": 40, "C": 18, "D": 36, "E": 40}.items():
        ws.column_dimensions[col].width = w

    ws["A1"] = "立入検査（サイバーセキュリティ対策関係）提出書類一覧"
    ws["A1"].font = Font(size=13, bold=True)
    ws["A3"] = "医療機関名：" + FACILITY
    ws["A4"] = "提出日：" + SUBMITTED_TEXT
    ws["D3"] = "担当：情報システム課 三宅（内線 215）"
    ws["D4"] = "提出先：岡山県 備中保健所"

    hr = FIRST - 1
    for c, t in enumerate(["番号", "書類名", "提出区分", "ファイル名", "備考"], 1):
        cell = ws.cell(hr, c, t)
        cell.font = Font(bold=True)
        cell.border = box
        cell.fill = PatternFill("solid", fgColor="FFF2CC")
        cell.alignment = Alignment(horizontal="center", vertical="center")

    dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$3", allow_blank=True)
    ws.add_data_validation(dv)
    for i, (no, kind, title, sub, fname, rem) in enumerate(ROWS):
        r = FIRST + i
        ws.cell(r, 1, no)
        ws.cell(r, 2, title)
        if sub:
            ws.cell(r, 3, sub)
        if fname:
            ws.cell(r, 4, fname)
        if rem:
            ws.cell(r, 5, rem)
        for c in range(1, 6):
            ws.cell(r, c).alignment = wrap if c != 1 else Alignment(horizontal="center", vertical="center")
            if i < TABLE_ROWS:
                ws.cell(r, c).border = box
        if i < TABLE_ROWS:
            dv.add(f"C{r}")
    last = FIRST + len(ROWS) - 1
    ws.cell(last + 2, 2, "提出書類数")
    ws.cell(last + 2, 3, f'=COUNTIF(C{FIRST}:C{last},"提出")')
    ws.cell(last + 4, 1, "※2は事業者・システムごとに作成（行は下に追加）")

    wb.save(os.path.join(HERE, NAME + ".xlsx"))


def expected():
    docs = []
    for no, kind, title, sub, fname, rem in ROWS:
        d = {"kind": str(kind)}
        if sub:
            d["submission"] = CANON[sub]
        if fname:
            d["fileName"] = fname.strip()
        if rem:
            d["remarks"] = rem
        docs.append(d)
    r3 = FIRST + 2
    r4 = FIRST + 3
    return {
        "form": "inspection-documents",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {
            "facilityName": FACILITY,
            "submittedOn": SUBMITTED_ISO,
            "documents": docs,
        },
        "planted": [
            {"cells": [f"{SHEET}!C{r3}"], "paths": ["documents[2].submission"],
             "why": "提出区分が未記入（ファイル名はあるが提出するか否かの回答がない）"},
            {"cells": [f"{SHEET}!C{r4}"], "paths": ["documents[3].submission"],
             "why": "機器管理台帳（書類4）は別紙1で無条件に提出を求める書類（「作成していれば」は6・7のみ）なのに未作成"},
        ],
        "notes": (
            "Header cells are '項目：値'; 提出日 is 和暦 text (令和6年11月8日). 提出区分 is a dropdown fed from the hidden "
            "sheet リスト (提出 / 作成済・提出しない / 未作成). The last two rows (番号 '2（追加）') were added below the "
            "bordered table and are further vendor checklists (kind 2), listed in workbook order after document 7. "
            "Document 6 未作成 is allowed ('作成していれば'). The 提出書類数 COUNTIF is a formula saved by openpyxl with "
            "no cached value (not a field). The BCP file name cell has a trailing space (value given trimmed). "
            "担当 and 提出先 cells are extra, not fields."
        ),
    }


if __name__ == "__main__":
    build()
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)

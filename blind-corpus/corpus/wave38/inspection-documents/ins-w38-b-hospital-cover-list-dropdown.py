#!/usr/bin/python3
"""ins-w38-b: a hospital's own cover list for the inspection package. Header fields as
「項目：値」 in one cell, 提出日 in 和暦 text, abbreviated document names with full-width
numbers, 提出区分 chosen from a dropdown fed by a hidden sheet, the vendor checklist
split into one row per vendor. Two planted problems."""
import sys, os, json
sys.path.insert(0, "/tmp/clv_ins_py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w38-b-hospital-cover-list-dropdown"
SHEET = "提出書類一覧"

FACILITY = "医療法人 清和会 東雲病院"
SUBMITTED_TEXT = "令和6年12月3日"
SUBMITTED = "2024-12-03"

CODE = {"提出する": "SUBMITTED", "未作成": "NOT_CREATED", "作成済・提出しない": "NOT_SUBMITTED", None: None}

# (kind, No. shown, name shown, 提出区分 as chosen, file name, remarks)
ROWS = [
    (1, "１．", "チェックリスト（医療機関用）", "提出する", "CL_医療機関確認用_東雲病院.xlsx", None),
    (2, "２．", "チェックリスト（事業者用）①電子カルテ", "提出する", "CL_事業者確認用_電子カルテ.pdf", "㈱メディネット・システムズ"),
    (2, "", "チェックリスト（事業者用）②部門システム（検査・放射線）", "提出する", "CL_事業者確認用_部門システム.pdf", "山陽メディカルイメージ㈱"),
    (2, "", "チェックリスト（事業者用）③院内ネットワーク・VPN", "提出する", "CL_事業者確認用_NW保守.pdf", "㈲瀬戸内ネットサービス\n（リモート保守）"),
    (3, "３．", "チェックリスト（最低限の措置編）", "提出する", "CL_最低限の措置編.xlsx", None),
    # PLANT 1: 機器管理台帳 is a required document (only 6 and 7 are "作成していれば")
    (4, "４．", "機器管理台帳", "未作成", None, "各ベンダー資料を集約中"),
    # PLANT 2: 提出区分 left blank although the file name was typed
    (5, "５．", "インシデント連絡体制図", None, "連絡体制図_2024.pdf", None),
    (6, "６．", "ネットワーク構成図・システム全体構成図", "未作成", None, "ネットワーク構成図はNW保守業者が作成中"),
    (7, "７．", "BCP（サイバー攻撃想定）", "提出する", "BCP_サイバー攻撃編_v1.docx", "令和6年10月 策定"),
]


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    lst = wb.create_sheet("リスト")
    for i, t in enumerate(["提出する", "未作成", "作成済・提出しない"], 1):
        lst.cell(i, 1, t)
    lst.sheet_state = "hidden"

    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    head = PatternFill("solid", fgColor="E2EFDA")
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for k, v in {"A": 6, "B": 44, "C": 18, "D": 36, "E": 30}.items():
        ws.column_dimensions[k].width = v

    ws.merge_cells("A1:E1")
    ws["A1"] = "立入検査（サイバーセキュリティ対策関係）提出書類一覧"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A3"] = "医療機関名：" + FACILITY
    ws["A4"] = "提出日：" + SUBMITTED_TEXT
    ws["D3"] = "提出先：備前保健所（立入検査時）"
    ws["D4"] = "担当：情報システム室　藤井"
    for c in ("A3", "A4"):
        ws[c].font = Font(bold=True)

    hdr = ["No.", "書類名", "提出区分", "ファイル名", "備考"]
    for c, t in enumerate(hdr, 1):
        cell = ws.cell(6, c, t)
        cell.fill = head
        cell.border = box
        cell.alignment = center
        cell.font = Font(bold=True)

    dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$3", allow_blank=True)
    ws.add_data_validation(dv)

    r = 7
    rows = []
    for (k, no, name, sub, fn, rem) in ROWS:
        ws.cell(r, 1, no)
        ws.cell(r, 2, name)
        ws.cell(r, 3, sub)
        ws.cell(r, 4, fn)
        ws.cell(r, 5, rem)
        dv.add(ws.cell(r, 3))
        for c in range(1, 6):
            ws.cell(r, c).border = box
            ws.cell(r, c).alignment = center if c in (1, 3) else wrap
        ws.row_dimensions[r].height = 30
        rows.append(r)
        r += 1
    ws.merge_cells(start_row=rows[1], start_column=1, end_row=rows[3], end_column=1)

    ws.cell(r + 1, 2, "提出する書類の数").alignment = Alignment(horizontal="right")
    ws.cell(r + 1, 3, f'=COUNTIF(C{rows[0]}:C{rows[-1]},"提出する")')
    ws.cell(r + 3, 1, "※6・7は作成していれば提出。2は委託事業者ごと（又はシステムごと）に提出。").font = Font(size=9)
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    wb.save(os.path.join(OUT, NAME + ".xlsx"))
    return rows


def expected(rows):
    docs = []
    for (k, no, name, sub, fn, rem) in ROWS:
        d = {"kind": str(k)}
        if sub:
            d["submission"] = CODE[sub]
        if fn:
            d["fileName"] = fn
        if rem:
            d["remarks"] = rem
        docs.append(d)
    return {
        "form": "inspection-documents",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {
            "facilityName": FACILITY,
            "submittedOn": SUBMITTED,
            "documents": docs,
        },
        "planted": [
            {"cells": [f"{SHEET}!C{rows[5]}"], "paths": ["documents[5].submission"],
             "why": "4 機器管理台帳 is marked 未作成; the notice requires it (「台帳を提出してください」) - only 6 and 7 are submitted 「作成していれば」"},
            {"cells": [f"{SHEET}!C{rows[6]}"], "paths": ["documents[6].submission"],
             "why": "5 インシデント発生時の連絡体制図: 提出区分 left blank (a file name is typed but no choice made) - missing required answer"},
        ],
        "notes": ("Sheet 提出書類一覧 (hidden sheet リスト only feeds the dropdown). Document rows 7-15; document 2 "
                  "(チェックリスト（事業者確認用）) takes three rows, one per vendor (rows 8-10, No. cell merged), so documents[1..3] "
                  "are all kind '2'. Names are abbreviated (e.g. 'BCP（サイバー攻撃想定）' = kind 7). 提出区分: 提出する=SUBMITTED, "
                  "未作成=NOT_CREATED. Header is 'label：value' in one cell; 提出日 is 和暦 text 令和6年12月3日. "
                  "C17 is a COUNTIF formula saved by openpyxl without a cached value (not a field). kind given as string '1'..'7'."),
    }


if __name__ == "__main__":
    rows = build()
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(rows), f, ensure_ascii=False, indent=2)
    print(rows)

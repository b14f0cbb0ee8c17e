#!/usr/bin/python3
"""ins-w18-b: the hospital's own 提出書類チェック表 (cover sheet) for the 保健所: 「項目：値」 header cells,
和暦 text date, one row per vendor for document 2 (numbered 2-1, 2-2, 2-3), a 提出 column written as 済 / 未作成 /
作成済（今回提出せず）, file names, and a COUNTIF total saved by openpyxl without a cached value.
Planted: 4 機器管理台帳 left unanswered; 6 構成図 made but not handed in."""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w18-b-hospital-cover-sheet-file-names"
SHEET = "提出書類一覧"

FACILITY = "社会医療法人 高梁川会 備中みらい病院"

# (No. shown, kind, name shown, 提出 text, canonical status or None, file name, remarks)
ROWS = [
    ("1", 1, "チェックリスト（医療機関確認用）", "済", "SUBMITTED",
     "01_チェックリスト_医療機関確認用_R6.xlsx", None),
    ("2-1", 2, "チェックリスト（事業者確認用）　電子カルテ", "済", "SUBMITTED",
     "02-1_事業者確認用_電子カルテ_山陽システム.pdf", "㈱山陽メディカルシステム"),
    ("2-2", 2, "チェックリスト（事業者確認用）　医事会計", "済", "SUBMITTED",
     "02-2_事業者確認用_医事会計_ニシ情報.pdf", "ニシ情報サービス㈱"),
    ("2-3", 2, "チェックリスト（事業者確認用）　放射線画像（PACS）", "済", "SUBMITTED",
     "02-3_事業者確認用_PACS.pdf", "メーカー記入分 11/25受領 "),
    ("3", 3, "チェックリスト（最低限の措置編）", "済", "SUBMITTED",
     "03_最低限の措置編_R6.xlsx", None),
    ("4", 4, "機器管理台帳", None, None, None, None),
    ("5", 5, "インシデント発生時の連絡体制図", "済", "SUBMITTED",
     "05_連絡体制図_202411.pdf", "夜間・休日の連絡先を追記"),
    ("6", 6, "ネットワーク構成図及びシステム全体構成図", "作成済（今回提出せず）", "NOT_SUBMITTED",
     None, "院内資料のため"),
    ("7", 7, "サイバー攻撃を想定したBCP", "未作成", "NOT_CREATED", None, "R7.3 策定予定"),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for k, v in {"A": 6, "B": 44, "C": 14, "D": 42, "E": 28}.items():
        ws.column_dimensions[k].width = v

    ws.merge_cells("A1:E1")
    ws["A1"] = "立入検査（サイバーセキュリティ対策関係）提出書類チェック表"
    ws["A1"].font = Font(size=13, bold=True)
    ws.merge_cells("A3:C3")
    ws["A3"] = "医療機関名：" + FACILITY
    ws.merge_cells("A4:C4")
    ws["A4"] = "提出日：令和6年12月3日"
    ws.merge_cells("A5:C5")
    ws["A5"] = "提出先：備中保健所　（別紙1 サイバーセキュリティ対策関連書類一覧による）"
    ws["D3"] = "担当：情報システム室　三宅"
    ws["D4"] = "TEL 0866-22-0000（内線 215）"

    hr = 7
    for c, t in enumerate(["No.", "書類名", "提出", "ファイル名", "備考"], start=1):
        cell = ws.cell(hr, c, t)
        cell.border = B
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center")

    docs = []
    rowmap = {}
    r = hr + 1
    for no, kind, name, sub, status, fname, rem in ROWS:
        vals = [no, name, sub, fname, rem]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(r, c, v)
            cell.border = B
            cell.alignment = Alignment(vertical="center", wrap_text=True,
                                       horizontal="center" if c in (1, 3) else None)
        d = {"kind": str(kind)}
        if status:
            d["submission"] = status
        if fname:
            d["fileName"] = fname
        if rem:
            d["remarks"] = rem
        rowmap[len(docs)] = r
        docs.append(d)
        r += 1
    last = r - 1
    ws.cell(r, 2, "提出ファイル数").alignment = Alignment(horizontal="right")
    ws.cell(r, 3, f'=COUNTIF(C{hr + 1}:C{last},"済")')
    ws.cell(r + 2, 1, "※ 6・7は作成していれば提出。2は委託事業者（システム）ごとに1部。")
    ws.cell(r + 2, 1).font = Font(size=9)

    wb.save(os.path.join(HERE, NAME + ".xlsx"))

    i4 = next(i for i, d in enumerate(docs) if d["kind"] == "4")
    i6 = next(i for i, d in enumerate(docs) if d["kind"] == "6")
    expected = {
        "form": "inspection-documents",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {
            "facilityName": FACILITY,
            "submittedOn": "2024-12-03",
            "documents": docs,
        },
        "planted": [
            {"cells": [f"{SHEET}!C{rowmap[i4]}"], "paths": [f"documents[{i4}].submission"],
             "why": "4 機器管理台帳 (a required document, not an 'if made' one) has no answer at all: 提出 and "
                    "ファイル名 left blank"},
            {"cells": [f"{SHEET}!C{rowmap[i6]}"], "paths": [f"documents[{i6}].submission"],
             "why": "6 構成図 is marked 作成済 but not handed in; 別紙1 says 作成していれば提出してください"},
        ],
        "notes": ("Document 2 takes one row per vendor (No. 2-1, 2-2, 2-3), so documents[] has 9 rows; kind is "
                  "the catalogue number (the row number before the hyphen). 提出 '済' = SUBMITTED, '未作成' = "
                  "NOT_CREATED, '作成済（今回提出せず）' = NOT_SUBMITTED. 提出日 is 和暦 text in a '項目：値' cell. "
                  "The remark of row 2-3 has a trailing space on purpose. 提出先/担当/TEL and the COUNTIF total "
                  "(no cached value) are not form fields."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()

#!/usr/bin/python3
"""ins-w20-b: a hospital's own cover sheet for the 別紙1 documents: label-above header (医療機関名, 提出日 as 和暦 text),
● marks in three columns 提出 / 未作成 / 作成済・未提出, full-width numbers, the vendor checklist split into one row per
vendor (２－１, ２－２), a 提出先 line and notes above the table.
Planted: document 3 (最低限の措置編) has no mark at all; document 5 (連絡体制図) marked 未作成 although only 6 and 7
are 'if made'."""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w20-b-mark-columns-per-vendor"
SHEET = "提出書類チェック表"

FACILITY = "医療法人 緑水会 高梁川病院"
COLS = {"SUBMITTED": 4, "NOT_CREATED": 5, "NOT_SUBMITTED": 6}   # D, E, F

# (kind, no shown, name shown, submission or None, remarks)
ROWS = [
    ("1", "１", "チェックリスト（医療機関確認用）", "SUBMITTED", None),
    ("2", "２－１", "チェックリスト（事業者確認用）\n電子カルテ", "SUBMITTED", "㈱メディテック岡山"),
    ("2", "２－２", "チェックリスト（事業者確認用）\n医事会計システム", "SUBMITTED", "山陽システムサービス㈱"),
    ("3", "３", "チェックリスト（最低限の措置編）", None, None),                   # planted: no mark
    ("4", "４", "機器管理台帳", "SUBMITTED", "R6.10.31現在"),
    ("5", "５", "インシデント発生時の連絡体制図", "NOT_CREATED", "年内に作成予定"),   # planted: required doc 未作成
    ("6", "６", "ネットワーク構成図及びシステム全体構成図", "SUBMITTED", "ネットワーク構成図のみ"),
    ("7", "７", "サイバー攻撃を想定したＢＣＰ", "NOT_CREATED", None),
]

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="EDEDED")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="center", wrap_text=True)


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for k, v in {"A": 2, "B": 8, "C": 40, "D": 8, "E": 8, "F": 12, "G": 26}.items():
        ws.column_dimensions[k].width = v

    ws.merge_cells("B1:G1")
    ws["B1"] = "立入検査（サイバーセキュリティ対策関係）提出書類チェック表"
    ws["B1"].font = Font(size=13, bold=True)
    ws.merge_cells("B2:G2")
    ws["B2"] = "提出先：備中保健所（別紙1「サイバーセキュリティ対策関連書類一覧」による）"
    ws["B2"].font = Font(size=9)

    ws.merge_cells("B4:C4")
    ws["B4"] = "医療機関名"
    ws.merge_cells("D4:G4")
    ws["D4"] = "提出日"
    ws.merge_cells("B5:C5")
    ws["B5"] = FACILITY
    ws.merge_cells("D5:G5")
    ws["D5"] = "令和6年11月5日"
    for r in (4, 5):
        for c in range(2, 8):
            ws.cell(r, c).border = BOX
    for c in range(2, 8):
        ws.cell(4, c).fill = GREY
        ws.cell(4, c).font = Font(size=9)

    ws.merge_cells("B7:G7")
    ws["B7"] = "※該当欄に●を付けてください。事業者確認用チェックリストは事業者（システム）ごとに1行としてください。"
    ws["B7"].font = Font(size=9)

    hdr = {2: "No.", 3: "書類名", 4: "提出", 5: "未作成", 6: "作成済・\n未提出", 7: "備考"}
    for c, t in hdr.items():
        cell = ws.cell(9, c, t)
        cell.font = Font(bold=True)
        cell.fill = GREY
        cell.border = BOX
        cell.alignment = CENTER
    ws.row_dimensions[9].height = 30

    docs, rowof = [], {}
    r = 10
    for i, (kind, no, name, sub, rem) in enumerate(ROWS):
        ws.cell(r, 2, no)
        ws.cell(r, 3, name)
        if sub:
            ws.cell(r, COLS[sub], "●")
        if rem:
            ws.cell(r, 7, rem)
        for c in range(2, 8):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = WRAP if c in (3, 7) else CENTER
        ws.row_dimensions[r].height = 30
        d = {"kind": kind}
        if sub:
            d["submission"] = sub
        if rem:
            d["remarks"] = rem
        docs.append(d)
        rowof[kind] = (r, i)   # last row for the kind (fine for 3 and 5)
        r += 1

    ws.cell(r + 1, 2, "担当：情報システム室　藤井（内線215）").font = Font(size=9)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1

    wb.save(os.path.join(HERE, NAME + ".xlsx"))
    r3, i3 = rowof["3"]
    r5, i5 = rowof["5"]
    exp = {
        "form": "inspection-documents",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "submittedOn": "2024-11-05", "documents": docs},
        "planted": [
            {"cells": [f"{SHEET}!D{r3}", f"{SHEET}!E{r3}", f"{SHEET}!F{r3}"],
             "paths": [f"documents[{i3}].submission"],
             "why": "書類3（チェックリスト（最低限の措置編））の提出の有無が未記入（どの欄にも●がない）"},
            {"cells": [f"{SHEET}!E{r5}"], "paths": [f"documents[{i5}].submission"],
             "why": "書類5（インシデント発生時の連絡体制図）が「未作成」。「作成していれば」の扱いは6・7のみで、1〜5は提出すべき書類"},
        ],
        "notes": ("Label above value (医療機関名 B4→B5, 提出日 D4→D5); 提出日 is the text 令和6年11月5日. "
                  "Answers are ● in column D 提出 (SUBMITTED) / E 未作成 (NOT_CREATED) / F 作成済・未提出 (NOT_SUBMITTED). "
                  "Document 2 is split into two rows (２－１ 電子カルテ, ２－２ 医事会計), both kind 2; the vendor names are in 備考. "
                  "Row numbers are full-width. The 提出先 line (B2) and 担当 line under the table are not form fields. "
                  "Row of document 3 has no answer (planted), so its object has only kind."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    print("ok", r3, r5)


if __name__ == "__main__":
    main()

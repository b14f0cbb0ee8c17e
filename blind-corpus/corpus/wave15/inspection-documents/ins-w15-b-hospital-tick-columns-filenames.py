#!/usr/bin/python3
"""ins-w15-b: a hospital's own 提出書類チェック表 for the 立入検査 (別紙1 の7書類).

Role: the 情報システム係 of a mid-size hospital made its own cover list for the folder it
hands to the 保健所: header as 「項目：値」 in single cells, one row per document with ✓ marks
in three option columns (提出する / 未作成 / 作成済・提出しない), the file name in the folder,
a COUNTIF total saved without a cached value, and a second small table below listing the
vendor checklists received. Saved by openpyxl.
Planted: document 4 (機器管理台帳) left with no mark; document 5 (連絡体制図) marked 未作成
although it is one of the required documents (only 6 and 7 are 「作成していれば」).
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w15-b-hospital-tick-columns-filenames"
SHEET = "提出書類チェック表"

FACILITY = "医療法人 邑久湾会 瀬戸内みなと病院"

# (kind, name in sheet, option index 0/1/2 or None, canonical, fileName, remarks)
DOCS = [
    (1, "サイバーセキュリティ対策チェックリスト（医療機関確認用）R6版", 0, "SUBMITTED",
     "01_チェックリスト_医療機関確認用.xlsx", None),
    (2, "同上（事業者確認用）※事業者・システムごと", 0, "SUBMITTED",
     "02_チェックリスト_事業者確認用_3社.zip", "下表のとおり3社分"),
    (3, "チェックリスト（最低限の措置編）", 0, "SUBMITTED",
     "03_チェックリスト_最低限の措置編.xlsx", None),
    (4, "機器管理台帳", None, None, None, None),
    (5, "インシデント発生時の連絡体制図", 1, "NOT_CREATED", None, None),
    (6, "ネットワーク構成図・システム全体構成図", 0, "SUBMITTED",
     "06_ネットワーク構成図.pdf", "システム全体構成図は電子カルテ更新時のもの"),
    (7, "サイバー攻撃を想定したBCP", 2, "NOT_SUBMITTED", None, "院内資料のため検査当日に閲覧で対応"),
]
VENDORS = [
    ("株式会社メディテック岡山", "電子カルテ", "R6.10.21"),
    ("山陽システムサービス株式会社", "医事会計（レセコン）", "R6.10.25"),
    ("株式会社イメージリンク西日本", "PACS", "R6.10.30"),
]

thin = Side(style="thin")
hair = Side(style="hair")
B = Border(left=thin, right=thin, top=hair, bottom=hair)
HB = Border(left=thin, right=thin, top=thin, bottom=thin)
HF = PatternFill("solid", fgColor="E2EFDA")
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
W = Alignment(vertical="center", wrap_text=True)


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for col, w in zip("ABCDEFG", [5, 40, 9, 9, 11, 40, 34]):
        ws.column_dimensions[col].width = w

    ws["A1"] = "令和6年度 医療機関立入検査（サイバーセキュリティ対策関係）提出書類チェック表"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A3"] = "医療機関名：" + FACILITY
    ws["A4"] = "提出日：R6.11.5"
    ws["E3"] = "担当：情報システム係　三宅"
    ws["E4"] = "内線 2210"

    h1, h2 = 6, 7
    ws.cell(h1, 1, "No")
    ws.merge_cells(start_row=h1, start_column=1, end_row=h2, end_column=1)
    ws.cell(h1, 2, "書類名（別紙1）")
    ws.merge_cells(start_row=h1, start_column=2, end_row=h2, end_column=2)
    ws.cell(h1, 3, "提出状況（該当に✓）")
    ws.merge_cells(start_row=h1, start_column=3, end_row=h1, end_column=5)
    ws.cell(h2, 3, "提出する")
    ws.cell(h2, 4, "未作成")
    ws.cell(h2, 5, "作成済・\n提出しない")
    ws.cell(h1, 6, "ファイル名（提出フォルダ内）")
    ws.merge_cells(start_row=h1, start_column=6, end_row=h2, end_column=6)
    ws.cell(h1, 7, "備考")
    ws.merge_cells(start_row=h1, start_column=7, end_row=h2, end_column=7)
    for r in (h1, h2):
        for c in range(1, 8):
            cell = ws.cell(r, c)
            cell.fill = HF
            cell.alignment = C
            cell.font = Font(bold=True, size=10)
            cell.border = HB

    docs = []
    r = h2 + 1
    first = r
    rows = {}
    for kind, name, opt, canon, fn, rem in DOCS:
        ws.cell(r, 1, kind).alignment = C
        ws.cell(r, 2, name).alignment = W
        if opt is not None:
            ws.cell(r, 3 + opt, "✓").alignment = C
        if fn:
            ws.cell(r, 6, fn).alignment = W
        if rem:
            ws.cell(r, 7, rem).alignment = W
        for c in range(1, 8):
            ws.cell(r, c).border = B
        ws.row_dimensions[r].height = 24
        d = {"kind": str(kind)}
        if canon:
            d["submission"] = canon
        if fn:
            d["fileName"] = fn
        if rem:
            d["remarks"] = rem
        docs.append(d)
        rows[kind] = r
        r += 1
    last = r - 1
    ws.cell(r, 2, "提出書類数").alignment = Alignment(horizontal="right")
    ws.cell(r, 3, f'=COUNTIF(C{first}:C{last},"✓")').alignment = C
    for c in range(1, 8):
        ws.cell(r, c).border = HB

    # second table: vendor checklists received (reference only)
    t = r + 3
    ws.cell(t, 1, "（参考）No.2 事業者確認用チェックリスト 受領一覧").font = Font(bold=True)
    for c, h in zip(range(1, 5), ["", "事業者名", "対象システム", "受領日"]):
        cell = ws.cell(t + 1, c, h)
        cell.fill = HF
        cell.border = HB
        cell.alignment = C
    ws.merge_cells(start_row=t + 1, start_column=4, end_row=t + 1, end_column=5)
    for i, (v, s, d) in enumerate(VENDORS, 1):
        rr = t + 1 + i
        ws.cell(rr, 1, i).alignment = C
        ws.cell(rr, 2, v)
        ws.cell(rr, 3, s)
        ws.merge_cells(start_row=rr, start_column=4, end_row=rr, end_column=5)
        ws.cell(rr, 4, d).alignment = C
        for c in range(1, 6):
            ws.cell(rr, c).border = HB
    ws.column_dimensions["C"].width = 18

    wb.save(os.path.join(HERE, NAME + ".xlsx"))

    exp = {
        "form": "inspection-documents",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {
            "facilityName": FACILITY,
            "submittedOn": "2024-11-05",
            "documents": docs,
        },
        "planted": [
            {"cells": [f"{SHEET}!C{rows[4]}", f"{SHEET}!D{rows[4]}", f"{SHEET}!E{rows[4]}"],
             "paths": ["documents[3].submission"],
             "why": "No.4 機器管理台帳: 提出状況にどれも✓がない（回答漏れ）"},
            {"cells": [f"{SHEET}!D{rows[5]}"],
             "paths": ["documents[4].submission"],
             "why": "No.5 インシデント発生時の連絡体制図が「未作成」: 別紙1で提出を求める必須書類"
                    "（「作成していれば」は6・7のみ）"},
        ],
        "notes": ("Header as 「項目：値」 in A3/A4 (提出日 'R6.11.5' → 2024-11-05). Submission is a ✓ in one of three "
                  "columns: C 提出する = SUBMITTED, D 未作成 = NOT_CREATED, E 作成済・提出しない = NOT_SUBMITTED. "
                  "Document names are abbreviated/reworded; the No column gives the 別紙1 number = kind. "
                  "C15 '提出書類数' is a COUNTIF formula saved by openpyxl without a cached value (not a field). "
                  "The second table below (事業者確認用チェックリスト受領一覧) is reference only, not document rows. "
                  "The 担当 cells E3/E4 are not fields of this form. documents[3] (No.4) has no submission value."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()

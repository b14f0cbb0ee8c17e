#!/usr/bin/python3
"""Generator for ins-w37-b-hospital-index-filenames.xlsx (inspection-documents, R6).
A hospital IT person's own 送付票 for the package: header as 「項目：値」 single cells, 提出日 in 和暦 text,
one row per file (the vendor checklist split into 2-1/2-2/2-3, one per vendor), 提出区分 from a drop-down
fed by a hidden sheet, file names. Saved by openpyxl. Two planted mistakes (see expected.json).
Run: PYTHONPATH=/tmp/clvins_py /usr/bin/python3 THIS.py
"""
import os, json
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w37-b-hospital-index-filenames.xlsx"
SHEET = "提出書類一覧"
FAC = "医療法人社団 吉備高原会 きびの里病院"
SUBMITTED_TEXT = "令和６年１２月３日"   # full-width digits, text
SUBMITTED_ISO = "2024-12-03"
STATUS = {"提出": "SUBMITTED", "未作成": "NOT_CREATED", "作成済・提出なし": "NOT_SUBMITTED"}

# (No. shown, kind, 書類名 shown, status word or None, file name or None, remarks or None)
ROWS = [
 ("1", "1", "チェックリスト（医療機関確認用）", "提出", "01_CSチェックリスト_医療機関確認用_R6.xlsx", None),
 ("2-1", "2", "チェックリスト（事業者確認用）電子カルテ", "提出", "02-1_CSチェックリスト_事業者確認用_電子カルテ_メディフォート.pdf", "事業者押印済PDF"),
 ("2-2", "2", "チェックリスト（事業者確認用）医事会計", "提出", "02-2_CSチェックリスト_事業者確認用_医事会計_吉備MS.xlsx", None),
 ("2-3", "2", "チェックリスト（事業者確認用）PACS", "提出", "02-3_CSチェックリスト_事業者確認用_PACS_山陽画像.xlsx", "11/28回収"),
 ("3", "3", "チェックリスト（最低限の措置編）", "提出", "03_CSチェックリスト_最低限の措置編.xlsx", None),
 ("4", "4", "機器管理台帳", "提出", "04_機器管理台帳_20241129.xlsx", "サーバ12台・端末PC96台・NW機器21台"),
 # PLANT 1: 連絡体制図 row left unanswered (no 提出区分, no file)
 ("5", "5", "インシデント発生時の連絡体制図", None, None, None),
 # PLANT 2: network diagram exists but marked not submitted — 別紙1 says submit it if it has been made
 ("6", "6", "ネットワーク構成図及びシステム全体構成図", "作成済・提出なし", None, "院内資料のため"),
 ("7", "7", "サイバー攻撃を想定したBCP", "提出", "07_BCP_サイバー攻撃編_第1版.pdf", "令和6年10月策定"),
]

def build():
    wb = Workbook(); ws = wb.active; ws.title = SHEET
    thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for k, v in {"A": 6, "B": 40, "C": 16, "D": 58, "E": 30}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "立入検査（サイバーセキュリティ対策関係）提出書類一覧 兼 送付票"
    ws["A1"].font = Font(size=13, bold=True)
    ws["A3"] = "医療機関名：" + FAC
    ws["A4"] = "提出日：" + SUBMITTED_TEXT
    ws["A5"] = "提出先：岡山県備中保健所　（写し：岡山県医療推進課）"
    ws["D3"] = "担当：情報システム室 "
    for r in (3, 4, 5):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    hdr = ["No.", "書類名", "提出区分", "ファイル名", "備考"]
    for c, h in enumerate(hdr, start=1):
        cell = ws.cell(7, c, h); cell.border = box; cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center"); cell.fill = PatternFill("solid", fgColor="FCE4D6")
    # hidden list sheet for the drop-down
    ls = wb.create_sheet("リスト")
    for i, w in enumerate(STATUS, start=1): ls.cell(i, 1, w)
    ls.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="リスト!$A$1:$A$3", allow_blank=True)
    ws.add_data_validation(dv)
    for i, (no, kind, name, st, fn, rem) in enumerate(ROWS):
        r = 8 + i
        for c, v in enumerate([no, name, st, fn, rem], start=1):
            cell = ws.cell(r, c, v); cell.border = box
            cell.alignment = Alignment(vertical="center", wrap_text=(c == 5),
                                       horizontal="center" if c in (1, 3) else "left")
        ws.cell(r, 1).number_format = "@"
        dv.add(ws.cell(r, 3))
    last = 8 + len(ROWS) - 1
    ws.cell(last + 2, 1, "※ 6・7は作成している場合に提出。2は委託事業者ごと（システムごと）に1ファイル。")
    ws.cell(last + 2, 1).font = Font(size=9)
    ws.freeze_panes = "A8"
    wb.save(os.path.join(OUT, NAME))
    return {i: 8 + i for i in range(len(ROWS))}

def write_expected(rowmap):
    docs = []
    for no, kind, name, st, fn, rem in ROWS:
        d = {"kind": kind}
        if st: d["submission"] = STATUS[st]
        if fn: d["fileName"] = fn
        if rem: d["remarks"] = rem
        docs.append(d)
    planted = [
        {"cells": [f"{SHEET}!C{rowmap[6]}"], "paths": ["documents[6].submission"],
         "why": "5 インシデント発生時の連絡体制図の提出区分が空欄（ファイル名も無し）。別紙1で提出を求める書類の回答漏れ"},
        {"cells": [f"{SHEET}!C{rowmap[7]}"], "paths": ["documents[7].submission"],
         "why": "6 ネットワーク構成図が「作成済・提出なし」。別紙1は「作成していれば提出してください」としており、作成済なら提出が必要"},
    ]
    exp = {"form": "inspection-documents", "version": "R6", "file": NAME,
           "values": {"facilityName": FAC, "submittedOn": SUBMITTED_ISO, "documents": docs},
           "planted": planted,
           "notes": ("Header cells are 「医療機関名：…」/「提出日：令和６年１２月３日」 (text, full-width digits). One row per file: "
                     "document 2 (事業者確認用) has three rows 2-1/2-2/2-3, all kind \"2\". 提出区分 words: 提出 = SUBMITTED, "
                     "未作成 = NOT_CREATED, 作成済・提出なし = NOT_SUBMITTED (drop-down list on hidden sheet リスト). "
                     "Row 5 (連絡体制図) is deliberately left with no 提出区分: it is in documents as {kind: 5} only. "
                     "D3 「担当：情報システム室 」 and A5 提出先 are extra header text with no key.")}
    with open(os.path.join(OUT, NAME.replace(".xlsx", ".expected.json")), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)

if __name__ == "__main__":
    rm = build(); write_expected(rm); print("wrote", NAME)

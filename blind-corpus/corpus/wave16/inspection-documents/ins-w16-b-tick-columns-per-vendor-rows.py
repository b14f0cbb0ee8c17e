#!/usr/bin/python3
"""ins-w16-b: the hospital IT office's own 提出書類チェック表 for 別紙1. Header as `項目：値` cells (提出日 as 和暦 text),
○ marks in three columns (提出 / 未作成 / 作成済・提出しない), the 事業者確認用 checklist split into one row per
vendor (2-①, 2-②, 2-③), a hidden helper sheet, re-saved by LibreOffice.
Planted: 1 filed on the 令和5年度版 form (seed 001 requires the 令和6年度版); 4 機器管理台帳 row left with no mark."""
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w16-b-tick-columns-per-vendor-rows"
XLSX = os.path.join(HERE, NAME + ".xlsx")
SHEET = "提出書類チェック表"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

FACILITY = "医療法人社団高梁川会 総社あおば病院"
SUBMITTED_TXT = "令和6年12月3日"
SUBMITTED_ISO = "2024-12-03"

COLS = {"SUBMITTED": 4, "NOT_CREATED": 5, "NOT_SUBMITTED": 6}  # D, E, F

# (shown no, kind, shown name, submission or None, file name, remarks)
DOCS = [
    ("1", "1", "チェックリスト（医療機関確認用）", "SUBMITTED",
     "R5チェックリスト_医療機関確認用.xlsx", "令和5年度版の様式で作成（昨年度分を更新）"),
    ("2-①", "2", "チェックリスト（事業者確認用）\n電子カルテ", "SUBMITTED",
     "事業者CL_電子カルテ_山陽メディカルシステム.pdf", "株式会社山陽メディカルシステム"),
    ("2-②", "2", "チェックリスト（事業者確認用）\n医事会計システム", "SUBMITTED",
     "事業者CL_医事会計_オカヤマ情報サービス.pdf", "株式会社オカヤマ情報サービス"),
    ("2-③", "2", "チェックリスト（事業者確認用）\n臨床検査システム", "SUBMITTED",
     "事業者CL_検査_ラボテック西日本.pdf", "ラボテック西日本株式会社 "),   # trailing space
    ("3", "3", "チェックリスト（最低限の措置編）", "SUBMITTED", "最低限の措置編_1203.xlsx", None),
    ("4", "4", "機器管理台帳", None, None, None),                                    # PLANT: no mark at all
    ("5", "5", "インシデント発生時の連絡体制図", "SUBMITTED", "連絡体制図_R6.10改訂.pdf", None),
    ("6", "6", "ネットワーク構成図及びシステム全体構成図", "NOT_CREATED", None, "業者に作成依頼中"),
    ("7", "7", "サイバー攻撃を想定した事業継続計画（BCP）", "SUBMITTED",
     "BCP_サイバー攻撃編_第1版.pdf", "R6.9 院内承認"),
]


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for k, v in {"A": 7, "B": 36, "C": 2, "D": 7, "E": 7, "F": 10, "G": 2, "H": 44, "I": 34}.items():
        ws.column_dimensions[k].width = v

    ws["A1"] = "【別紙1】サイバーセキュリティ対策関連書類　提出チェック表（立入検査用）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "医療機関名：" + FACILITY
    ws["A4"] = "提出日：" + SUBMITTED_TXT
    ws["H3"] = "作成：情報システム室"
    ws["H4"] = "提出先：備中保健所（立入検査時）"
    for r in (3, 4):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)

    HR = 6
    heads = {1: "No", 2: "書類名", 4: "提出", 5: "未作成", 6: "作成済・\n提出しない", 8: "ファイル名", 9: "備考"}
    for c in range(1, 10):
        cell = ws.cell(HR, c, heads.get(c))
        if c in heads:
            cell.font = Font(bold=True)
            cell.alignment = CENTER
            cell.border = BOX
            cell.fill = PatternFill("solid", fgColor="DDEBF7")
    ws.row_dimensions[HR].height = 30

    docs = []
    rows = {}
    for i, (no, kind, name, sub, fn, rem) in enumerate(DOCS):
        r = HR + 1 + i
        rows[i] = r
        ws.cell(r, 1, no)
        ws.cell(r, 2, name)
        if sub:
            ws.cell(r, COLS[sub], "○")
        if fn:
            ws.cell(r, 8, fn)
        if rem:
            ws.cell(r, 9, rem)
        for c in (1, 2, 4, 5, 6, 8, 9):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = CENTER if c in (1, 4, 5, 6) else WRAP
        ws.row_dimensions[r].height = 30
        d = {"kind": kind}
        if sub:
            d["submission"] = sub
        if fn:
            d["fileName"] = fn
        if rem:
            d["remarks"] = rem.strip()
        docs.append(d)

    last = HR + len(DOCS)
    ws.cell(last + 2, 1, "※該当欄に○を記入。事業者確認用チェックリストは事業者（システム）ごとに1行。")
    ws.cell(last + 3, 1, "※6・7は作成している場合のみ提出（任意）。")
    for r in (last + 2, last + 3):
        ws.cell(r, 1).font = Font(size=9)

    helper = wb.create_sheet("list")
    for j, t in enumerate(["○", "提出", "未作成", "作成済・提出しない"], 1):
        helper.cell(j, 1, t)
    helper.sheet_state = "hidden"

    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True

    tmpd = tempfile.mkdtemp()
    raw = os.path.join(tmpd, NAME + ".xlsx")
    wb.save(raw)
    outd = os.path.join(tmpd, "out")
    os.makedirs(outd)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, raw],
                   check=True, capture_output=True)
    shutil.copy(os.path.join(outd, NAME + ".xlsx"), XLSX)
    shutil.rmtree(tmpd)

    r1, r4 = rows[0], rows[5]
    expected = {
        "form": "inspection-documents",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {
            "facilityName": FACILITY,
            "submittedOn": SUBMITTED_ISO,
            "documents": docs,
        },
        "planted": [
            {"cells": [f"{SHEET}!H{r1}", f"{SHEET}!I{r1}"],
             "paths": ["documents[0].fileName", "documents[0].remarks"],
             "why": ("チェックリスト（医療機関確認用） made on the 令和5年度版 form (file name R5…, 備考 says so); "
                     "seed 001 requires the 令和6年度版 checklist form (医政参発0513第6号)")},
            {"cells": [f"{SHEET}!D{r4}", f"{SHEET}!E{r4}", f"{SHEET}!F{r4}"],
             "paths": ["documents[5].submission"],
             "why": "4 機器管理台帳 (a required document, not one of the 'if made' 6/7) has no mark in any of 提出/未作成/作成済・提出しない"},
        ],
        "notes": ("Header values share a cell with their label (`医療機関名：…`, `提出日：令和6年12月3日` as text). "
                  "Marks are ○ in columns D (提出 → SUBMITTED), E (未作成 → NOT_CREATED), F (作成済・提出しない). "
                  "Document 2 is split into three rows, one per vendor/system (2-①, 2-②, 2-③), each kind \"2\"; "
                  "the system name is on a second line of the 書類名 cell and the vendor in 備考 (2-③ 備考 has a "
                  "trailing space, stripped here). Row for 4 is listed as {\"kind\": \"4\"} with no submission "
                  "(planted). H3/H4 (作成, 提出先) are extra notes with no key. Hidden helper sheet 'list'. "
                  "Re-saved by LibreOffice. kind is the catalogue number as a string."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()

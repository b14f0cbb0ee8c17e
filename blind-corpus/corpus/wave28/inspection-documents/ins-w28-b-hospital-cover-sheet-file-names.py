#!/usr/bin/python3
"""ins-w28-b: the hospital's own cover sheet (送付書) for the inspection documents: header lines as
"項目：値" in one cell, table 番号 | 書類名 | 提出 | ファイル名 | 備考, document 2 split into one row per vendor
(2-①, 2-②, 2-③), 提出 chosen from a drop-down fed by a hidden sheet 'リスト'.  Built with openpyxl,
then re-saved by LibreOffice.  Two planted problems (see planted)."""
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w28-b-hospital-cover-sheet-file-names"
XLSX = NAME + ".xlsx"
SHEET = "提出書類一覧"

FACILITY = "社会医療法人 旭水会 津山みどり病院"
SUBMITTED_TEXT = "2025/1/24"
SUBMITTED_ISO = "2025-01-24"

STATUS = {"提出": "SUBMITTED", "未作成": "NOT_CREATED", "作成済（提出しない）": "NOT_SUBMITTED"}

# (番号 shown, kind, 書類名, 提出 word or None, file name or None, remarks or None)
ROWS = [
    ("1", "1", "チェックリスト（医療機関確認用）", "提出", "01_チェックリスト(医療機関確認用)_R6.xlsx", None),
    ("2-①", "2", "チェックリスト（事業者確認用）電子カルテ", "提出",
     "02-1_チェックリスト(事業者確認用)_電子カルテ.pdf", "山陽医療システム株式会社"),
    ("2-②", "2", "チェックリスト（事業者確認用）医事会計システム", "提出",
     "02-2_チェックリスト(事業者確認用)_医事会計.pdf", "株式会社レセプトサービス中国"),
    ("2-③", "2", "チェックリスト（事業者確認用）PACS", "提出",
     "02-3_チェックリスト(事業者確認用)_PACS.xlsx", "西日本メディカルソリューションズ株式会社"),
    # PLANTED 1: required document 3, 提出 left blank
    ("3", "3", "チェックリスト（最低限の措置編）", None, None, None),
    ("4", "4", "機器管理台帳", "提出", "04_機器管理台帳_20250120.xlsx", None),
    # PLANTED 2: required document 5 marked 未作成
    ("5", "5", "インシデント発生時の連絡体制図", "未作成", None, "作成中（2月完成予定）"),
    ("6", "6", "ネットワーク構成図及びシステム全体構成図", "作成済（提出しない）", None,
     "院内限定資料のため立入検査時に閲覧で対応"),
    ("7", "7", "サイバー攻撃を想定した事業継続計画（BCP）", "提出", "07_BCP(サイバー攻撃編)_第1版.pdf", None),
]

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
F = "Meiryo UI"
HEAD = PatternFill("solid", fgColor="D9E1F2")


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for k, v in {"A": 7, "B": 44, "C": 20, "D": 48, "E": 36}.items():
        ws.column_dimensions[k].width = v

    ws["A1"] = "津山保健所 御中"
    ws["A3"] = "立入検査（サイバーセキュリティ対策関係）提出書類一覧"
    ws["A3"].font = Font(name=F, size=14, bold=True)
    ws["A5"] = f"医療機関名：{FACILITY}"
    ws["A6"] = f"提出日：{SUBMITTED_TEXT}"
    ws["A7"] = "担当：事務部 医事課 情報システム係"
    for a in ("A1", "A5", "A6", "A7"):
        ws[a].font = Font(name=F, size=11)

    hr = 9
    for c, t in enumerate(["番号", "書類名", "提出", "ファイル名", "備考（事業者名等）"], 1):
        cell = ws.cell(hr, c, t)
        cell.fill = HEAD
        cell.border = BOX
        cell.font = Font(name=F, size=10, bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center")

    lst = wb.create_sheet("リスト")
    for i, w in enumerate(STATUS, 1):
        lst.cell(i, 1, w)
    lst.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="リスト!$A$1:$A$3", allow_blank=True)
    ws.add_data_validation(dv)

    r = hr + 1
    documents = []
    row_of = {}
    for i, (no, kind, title, status, fname, rem) in enumerate(ROWS):
        row_of[i] = r
        ws.cell(r, 1, no)
        ws.cell(r, 2, title)
        if status:
            ws.cell(r, 3, status)
        if fname:
            ws.cell(r, 4, fname)
        if rem:
            ws.cell(r, 5, rem)
        dv.add(ws.cell(r, 3))
        for c in range(1, 6):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.font = Font(name=F, size=10)
            cell.alignment = Alignment(vertical="center", horizontal="center" if c in (1, 3) else None)
        d = {"kind": kind}
        if status:
            d["submission"] = STATUS[status]
        if fname:
            d["fileName"] = fname
        if rem:
            d["remarks"] = rem
        documents.append(d)
        r += 1
    r += 1
    ws.cell(r, 1, "※ 6・7は作成している場合のみ提出。書類は立入検査当日に紙及びCD-Rで持参します。").font = Font(name=F, size=9)

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4

    tmp = tempfile.mkdtemp(prefix="insw28b_")
    raw = os.path.join(tmp, XLSX)
    wb.save(raw)
    outdir = os.path.join(tmp, "out")
    os.makedirs(outdir)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(outdir, XLSX), os.path.join(HERE, XLSX))
    shutil.rmtree(tmp)

    planted = [
        {"cells": [f"{SHEET}!C{row_of[4]}"], "paths": ["documents[4].submission"],
         "why": "書類3 チェックリスト（最低限の措置編）の提出欄が空欄（1〜5は提出を求められる書類で、回答漏れ）"},
        {"cells": [f"{SHEET}!C{row_of[6]}"], "paths": ["documents[6].submission"],
         "why": "書類5 インシデント発生時の連絡体制図が「未作成」：別紙1では5は提出書類（6・7と違い「作成していれば」ではない）"},
    ]
    expected = {
        "form": "inspection-documents",
        "version": "R6",
        "file": XLSX,
        "values": {"facilityName": FACILITY, "submittedOn": SUBMITTED_ISO, "documents": documents},
        "planted": planted,
        "notes": ("Header lines are '項目：値' in one cell (A5 医療機関名, A6 提出日 as text 2025/1/24). "
                  "Document 2 is split into three rows (2-①, 2-②, 2-③), one per vendor, each kind '2'. "
                  "提出 column words: 提出→SUBMITTED, 未作成→NOT_CREATED, 作成済（提出しない）→NOT_SUBMITTED "
                  "(drop-down from hidden sheet 'リスト'). Row for document 3 has no answer at all (planted), "
                  "so documents[4] has only kind. Re-saved by LibreOffice."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()

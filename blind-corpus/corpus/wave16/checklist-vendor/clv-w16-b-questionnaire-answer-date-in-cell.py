#!/usr/bin/python3
"""clv-w16-b: 事業者確認用チェックリスト as a sequential questionnaire (No | 区分 | 確認項目 | 1回目 | 目標日 | 2回目 | 備考).
Header as `項目：値` single cells; each answer cell pre-printed `はい・いいえ (　/　)` and the filler overwrote it with
e.g. `はい (8/7)` (year-less dates); a correctly labelled 記入例 row; abbreviated item texts; re-saved by LibreOffice.
Planted: a いいえ item with no 目標日; a 目標日 outside the fiscal year (R7.6.30)."""
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w16-b-questionnaire-answer-date-in-cell"
XLSX = os.path.join(HERE, NAME + ".xlsx")
SHEET = "チェックリスト"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

BLANK_ANS = "はい・いいえ (　/　)"
BLANK_DATE = "(　/　)"

VENDOR = "株式会社オカヤマ情報サービス"
SYSTEM = "医事会計システム（レセプトコンピュータ）「MediCal-NX」"
HOSPITAL = "社会医療法人清心会 笠岡みなと病院"

# (shown section, canonical section, shown item, canonical item, first, firstISO, target, targetISO,
#  second, secondISO, remarks)
R = [
    ("体制構築", "体制構築", "事業者内に管理責任者を設置している",
     "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
     "はい (8/7)", "2024-08-07", None, None, None, None, "管理責任者：システム部長"),
    ("医療情報システム全般", "医療情報システム全般", "提供したサーバ・端末PC・NW機器の台帳管理",
     "医療機関に提供したサーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "はい (8/7)", "2024-08-07", None, None, None, None, None),
    ("医療情報システム全般", "医療情報システム全般", "リモートメンテナンス利用機器の有無を医療機関に報告",
     "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した",
     "はい (8/7)", "2024-08-07", None, None, None, None, "リモート保守なし（オンサイト保守のみ）"),
    ("医療情報システム全般", "医療情報システム全般", "医療機関にMDS/SDSを提出した",
     "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
     "いいえ (8/7)", "2024-08-07", "(10/31)", "2024-10-31", "はい（R6.10.15）", "2024-10-15", "10/15 郵送にて提出"),
    ("サーバ", "サーバ", "職種・業務別のアクセス権限設定",
     "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "はい (8/7)", "2024-08-07", None, None, None, None, None),
    ("サーバ", "サーバ", "不要アカウント（退職者・未使用）の削除",
     "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "はい (8/7)", "2024-08-07", None, None, None, None, None),
    ("サーバ", "サーバ", "アクセスログの管理",
     "アクセスログを管理している",
     "いいえ (8/7)", "2024-08-07", "(11/29)", "2024-11-29", "はい (11/25)", "2024-11-25", "ログ保存期間を1年に設定変更"),
    ("サーバ", "サーバ", "セキュリティパッチの適用",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい (8/7)", "2024-08-07", None, None, None, None, None),
    ("サーバ", "サーバ", "不要なソフト・サービスの停止",
     "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "はい (8/7)", "2024-08-07", None, None, None, None, None),
    ("端末PC", "端末PC", "職種・業務別のアクセス権限設定",
     "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "はい (8/7)", "2024-08-07", None, None, None, None, None),
    ("端末PC", "端末PC", "不要アカウント（退職者・未使用）の削除",
     "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "はい (8/7)", "2024-08-07", None, None, None, None, None),
    # PLANT 1: いいえ but 目標日 left as the pre-printed blank
    ("端末PC", "端末PC", "セキュリティパッチの適用",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "いいえ　(8/7)", "2024-08-07", None, None, None, None, "Windows更新の検証待ち"),
    ("端末PC", "端末PC", "不要なソフト・サービスの停止",
     "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "はい (8/7)", "2024-08-07", None, None, None, None, None),
    ("ネットワーク機器", "ネットワーク機器", "セキュリティパッチ（ファームウェア）の適用",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい (8/8)", "2024-08-08", None, None, None, None, None),
    # PLANT 2: 目標日 beyond the fiscal year (令和7年6月30日)
    ("ネットワーク機器", "ネットワーク機器", "接続元制限の実施",
     "接続元制限を実施している",
     "いいえ (8/8)", "2024-08-08", "R7.6.30", "2025-06-30", None, None, "ルータ更改時に対応予定"),
    ("インシデント対応", "インシデント対応", "医療機関との連絡体制の整備・提示",
     "インシデント発生時における医療機関との連絡体制を整備し、医療機関に提示している",
     "はい (8/8)", "2024-08-08", None, None, None, None, None),
    ("インシデント対応", "インシデント対応", "バックアップ実施と復旧手順の確認",
     "医療機関と協力し、データやシステムのバックアップの実施と復旧手順を確認している",
     "はい (8/8)", "2024-08-08", None, None, None, None, "月1回 外付HDDへ\n世代バックアップ"),
]


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for k, v in {"A": 6, "B": 16, "C": 40, "D": 18, "E": 11, "F": 18, "G": 26}.items():
        ws.column_dimensions[k].width = v

    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト　事業者確認用（令和6年度版）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "事業者名：" + VENDOR
    ws["A4"] = "対象システム：" + SYSTEM
    ws["A5"] = "提出先医療機関名：" + HOSPITAL
    for r in (3, 4, 5):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)

    hdr = ["No", "区分", "確認項目", "1回目\n（はい・いいえ／確認日）", "目標日", "2回目\n（はい・いいえ／確認日）", "備考"]
    HR = 7
    for c, t in enumerate(hdr, 1):
        cell = ws.cell(HR, c, t)
        cell.font = Font(bold=True)
        cell.alignment = CENTER
        cell.border = BOX
        cell.fill = PatternFill("solid", fgColor="FFF2CC")
    ws.row_dimensions[HR].height = 32

    # labelled example row
    ex = ["記入例", "サーバ", "（例）○○○○を実施している", "いいえ (4/1)", "(6/30)", "はい (6/25)", "記入例です"]
    for c, t in enumerate(ex, 1):
        cell = ws.cell(HR + 1, c, t)
        cell.font = Font(color="808080", italic=True)
        cell.border = BOX
        cell.alignment = CENTER if c != 3 else WRAP

    entries = []
    cells = {}
    for i, (ss, sc, si, ic, a1, d1, tg, tgi, a2, d2, rem) in enumerate(R):
        r = HR + 2 + i
        no = str(i + 1)
        vals = [i + 1, ss, si, a1, tg or BLANK_DATE, a2 or BLANK_ANS, rem]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = BOX
            cell.alignment = WRAP if c in (3, 7) else CENTER
        ws.row_dimensions[r].height = 28
        e = {"section": sc, "item": ic, "itemNo": no, "firstAnswer": "いいえ" if a1.startswith("いいえ") else "はい", "firstDate": d1}
        if tgi:
            e["targetDate"] = tgi
        if a2:
            e["secondAnswer"] = "いいえ" if a2.startswith("いいえ") else "はい"
            e["secondDate"] = d2
        if rem:
            e["remarks"] = rem
        entries.append(e)
        cells[i] = r

    last = HR + 1 + len(R)
    ws.cell(last + 2, 1, "※1回目が「いいえ」の場合は目標日を記入のこと。記入例の行は削除しなくて構いません。")
    ws.cell(last + 2, 1).font = Font(size=9)
    ws.page_setup.orientation = "landscape"
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0

    # save via openpyxl, then re-save with LibreOffice
    tmpd = tempfile.mkdtemp()
    raw = os.path.join(tmpd, NAME + ".xlsx")
    wb.save(raw)
    outd = os.path.join(tmpd, "out")
    os.makedirs(outd)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, raw],
                   check=True, capture_output=True)
    shutil.copy(os.path.join(outd, NAME + ".xlsx"), XLSX)
    shutil.rmtree(tmpd)

    i1 = 11  # 端末PC セキュリティパッチ
    i2 = 14  # ネットワーク機器 接続元制限
    expected = {
        "form": "checklist-vendor",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {
            "vendorName": VENDOR,
            "targetSystem": SYSTEM,
            "hospitalName": HOSPITAL,
            "entries": entries,
        },
        "planted": [
            {"cells": [f"{SHEET}!E{cells[i1]}"], "paths": [f"entries[{i1}].targetDate"],
             "why": "1回目 いいえ (8/7) but 目標日 left blank (only the pre-printed '(　/　)'); いいえ requires a 目標日"},
            {"cells": [f"{SHEET}!E{cells[i2]}"], "paths": [f"entries[{i2}].targetDate"],
             "why": "目標日 R7.6.30 (2025-06-30) is outside the form's fiscal year 令和6年度 (must be by 2025-03-31)"},
        ],
        "notes": ("Header values share a cell with their label (`事業者名：…`). Answer cells hold answer and year-less "
                  "date together, e.g. `はい (8/7)` = はい, 2024-08-07 (R6 form); one 2回目 written `はい（R6.10.15）`. "
                  "Unanswered cells still hold the pre-printed template text `はい・いいえ (　/　)` / `(　/　)`, "
                  "which means blank. Row 8 is a labelled 記入例 row and is not data. Item texts in column C are "
                  "abbreviated; entries[].item gives the full wording (the vendor item wording is my own parallel "
                  "of the hospital items; only 1-(1) and 2-(3) are worded by catalogue/seed 004). itemNo is the "
                  "sequential No shown in column A. Re-saved by LibreOffice."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()

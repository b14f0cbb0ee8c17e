#!/usr/bin/env python3
"""Generator for clv-w42-b-okayama-style-text-cells.xlsx (checklist-vendor, R6).

Role: a hospital's 医療情報管理室 drew the vendor checklist for its contractors in the
style of the prefecture's 「最低限の措置」編 form (チェック項目 | 1回目 | 目標日 | 2回目 | 備考,
pre-printed 「はい・いいえ (　/　)」 cells, 〇 headings, no item numbers) and sent it to
the レセコン vendor, whose sales engineer filled it by deleting the option not chosen and
writing year-less dates inside the brackets. Header in 「項目：値」 cells, a labelled
記入例 row, re-saved by LibreOffice.
Planted: いいえ without 目標日; 2回目 date before the 1回目 date.
"""
import datetime as dt
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w42-b-okayama-style-text-cells"
SHEET = "事業者確認用"
D = dt.date

VENDOR = "山陽システムサービス株式会社"
SYSTEM = "医事会計システム（レセプトコンピュータ）"
HOSPITAL = "社会医療法人 吉備高原記念病院"

BLANK_ANS = "はい・いいえ\n(　　/　　)"
BLANK_DATE = "(　　/　　)"

# heading, shown text, full item text (expected), 1st cell, target cell, 2nd cell, remarks,
# expected values (first, firstDate, target, second, secondDate)
ROWS = [
    ("体制構築",
     "事業者内に管理責任者を設置している。",
     "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。",
     "はい\n(10/8)", BLANK_DATE, BLANK_ANS, "",
     ("はい", D(2024, 10, 8), None, None, None)),
    ("医療情報システムの管理・運用",
     "医療機関に提供しているサーバ、端末PC、ネットワーク機器の台帳管理を行っている。",
     "医療機関に提供しているサーバ、端末PC、ネットワーク機器の台帳管理を行っている。",
     "はい\n(10/8)", BLANK_DATE, BLANK_ANS, "",
     ("はい", D(2024, 10, 8), None, None, None)),
    ("医療情報システムの管理・運用",
     "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。",
     "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。",
     "はい\n(10/8)", BLANK_DATE, BLANK_ANS, "リモート保守なし（オンサイト保守のみ）",
     ("はい", D(2024, 10, 8), None, None, None)),
    ("医療情報システムの管理・運用",
     "医療機関にMDS/SDSを提出した。",
     "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。",
     "いいえ\n(10/8)", "(11/29)", "はい\n(11/15)", "11/15 病院へ送付済",
     ("いいえ", D(2024, 10, 8), D(2024, 11, 29), "はい", D(2024, 11, 15))),
    ("サーバ",
     "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
     "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
     "はい\n(10/8)", BLANK_DATE, BLANK_ANS, "",
     ("はい", D(2024, 10, 8), None, None, None)),
    ("サーバ",
     "退職者や使用していないアカウント等、不要なアカウントを削除している。",
     "退職者や使用していないアカウント等、不要なアカウントを削除している。",
     "はい\n(10/8)", BLANK_DATE, BLANK_ANS, "",
     ("はい", D(2024, 10, 8), None, None, None)),
    ("サーバ",
     "アクセスログを管理している。",
     "アクセスログを管理している。",
     "いいえ\n(10/8)", "(12/27)", "はい\n(9/30)", "ログ保存期間を1年に設定",
     ("いいえ", D(2024, 10, 8), D(2024, 12, 27), "はい", D(2024, 9, 30))),
    ("サーバ",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "はい\n(10/8)", BLANK_DATE, BLANK_ANS, "",
     ("はい", D(2024, 10, 8), None, None, None)),
    ("サーバ",
     "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
     "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
     "はい\n(10/8)", BLANK_DATE, BLANK_ANS, "",
     ("はい", D(2024, 10, 8), None, None, None)),
    ("端末PC",
     "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
     "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
     "はい\n（１０/９）", BLANK_DATE, BLANK_ANS, "",
     ("はい", D(2024, 10, 9), None, None, None)),
    ("端末PC",
     "退職者や使用していないアカウント等、不要なアカウントを削除している。",
     "退職者や使用していないアカウント等、不要なアカウントを削除している。",
     "はい\n（１０/９）", BLANK_DATE, BLANK_ANS, "",
     ("はい", D(2024, 10, 9), None, None, None)),
    ("端末PC",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "いいえ\n(10/9)", BLANK_DATE, BLANK_ANS, "Windows Update 手動運用",
     ("いいえ", D(2024, 10, 9), None, None, None)),
    ("端末PC",
     "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
     "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
     "はい\n(10/9)", BLANK_DATE, BLANK_ANS, "",
     ("はい", D(2024, 10, 9), None, None, None)),
    ("ネットワーク機器",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "はい\n(10/9)", BLANK_DATE, BLANK_ANS, "院内LANは病院側管理",
     ("はい", D(2024, 10, 9), None, None, None)),
    ("ネットワーク機器",
     "接続元制限を実施している。",
     "接続元制限を実施している。",
     "はい\n(10/9)", BLANK_DATE, BLANK_ANS, "",
     ("はい", D(2024, 10, 9), None, None, None)),
    ("インシデント発生に備えた対応",
     "インシデント発生時における医療機関及び外部関係機関への連絡体制を整備し、連絡体制図を医療機関と共有している。",
     "インシデント発生時における医療機関及び外部関係機関への連絡体制を整備し、連絡体制図を医療機関と共有している。",
     "はい\n(10/9)", BLANK_DATE, BLANK_ANS, "",
     ("はい", D(2024, 10, 9), None, None, None)),
    ("インシデント発生に備えた対応",
     "医療機関と協力し、データやシステムのバックアップの実施と復旧手順を確認している。",
     "医療機関と協力し、データやシステムのバックアップの実施と復旧手順を確認している。",
     "はい\n(10/9)", BLANK_DATE, BLANK_ANS, "日次バックアップ・年1回復旧訓練",
     ("はい", D(2024, 10, 9), None, None, None)),
]

ROW_OF = {}  # filled by build(): index -> worksheet row


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for col, w in {"A": 58, "B": 13, "C": 11, "D": 13, "E": 26}.items():
        ws.column_dimensions[col].width = w

    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A2"] = "事業者確認用（令和6年度版）"
    ws["A2"].font = Font(size=12, bold=True)
    ws["A4"] = "事業者名：" + VENDOR + " "
    ws["A5"] = "対象システム：" + SYSTEM
    ws["A6"] = "提出先医療機関名：" + HOSPITAL
    notes = [
        "※ システムごと（事業者ごと）に1枚作成してください。",
        "※ 「はい・いいえ」のうち該当しない方を消し、（ ）内に確認した日付を記入してください。",
        "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
        "※ 立入検査時、本チェックリストを確認します。",
    ]
    for i, t in enumerate(notes):
        ws.cell(8 + i, 1, t).font = Font(size=9)

    h1, h2 = 13, 14
    ws.cell(h1, 1, "チェック項目")
    ws.merge_cells(start_row=h1, start_column=1, end_row=h2, end_column=1)
    ws.cell(h1, 2, "確認結果（日付）")
    ws.merge_cells(start_row=h1, start_column=2, end_row=h1, end_column=4)
    ws.cell(h2, 2, "1回目")
    ws.cell(h2, 3, "目標日")
    ws.cell(h2, 4, "2回目")
    ws.cell(h1, 5, "備考")
    ws.merge_cells(start_row=h1, start_column=5, end_row=h2, end_column=5)
    for rr in (h1, h2):
        for c in range(1, 6):
            ws.cell(rr, c).border = box
            ws.cell(rr, c).alignment = center
            ws.cell(rr, c).font = Font(bold=True)

    r = h2 + 1
    ex_font = Font(italic=True, color="808080")
    ex = ["【記入例】○○を実施している。", "いいえ\n(10/1)", "(11/30)", "はい\n(11/20)", "11月に対応済み"]
    for c, v in enumerate(ex, 1):
        cell = ws.cell(r, c, v)
        cell.font = ex_font
        cell.border = box
        cell.alignment = wrap if c in (1, 5) else center
        cell.fill = PatternFill("solid", fgColor="EDEDED")
    ws.row_dimensions[r].height = 30
    r += 1

    cur = None
    for idx, (sec, shown, full, c1, ct, c2, rem, _) in enumerate(ROWS):
        if sec != cur:
            ws.cell(r, 1, "〇" + sec).font = Font(bold=True)
            for c in range(1, 6):
                ws.cell(r, c).border = box
            r += 1
            cur = sec
        vals = [shown, c1, ct, c2, rem or None]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = box
            cell.alignment = wrap if c in (1, 5) else center
        ws.row_dimensions[r].height = 32
        ROW_OF[idx] = r
        r += 1

    ws.cell(r + 1, 1, "記入者：山陽システムサービス株式会社 岡山営業所　担当 藤原")
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1

    tmpd = tempfile.mkdtemp(prefix="clvb-")
    tmp = os.path.join(tmpd, NAME + ".xlsx")
    wb.save(tmp)
    outd = os.path.join(tmpd, "out")
    os.makedirs(outd)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, tmp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
    shutil.rmtree(tmpd)


def expected():
    entries = []
    for sec, shown, full, c1, ct, c2, rem, (a1, d1, tgt, a2, d2) in ROWS:
        e = {"section": sec, "item": full, "firstAnswer": a1, "firstDate": d1.isoformat()}
        if tgt:
            e["targetDate"] = tgt.isoformat()
        if a2:
            e["secondAnswer"] = a2
            e["secondDate"] = d2.isoformat()
        if rem:
            e["remarks"] = rem
        entries.append(e)
    idx_nolog = 11   # 端末PC セキュリティパッチ
    idx_back = 6     # サーバ アクセスログ
    assert ROWS[idx_nolog][0] == "端末PC" and "パッチ" in ROWS[idx_nolog][1]
    assert ROWS[idx_back][1] == "アクセスログを管理している。"
    return {
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
            {"cells": [f"{SHEET}!C{ROW_OF[idx_nolog]}"],
             "paths": [f"entries[{idx_nolog}].targetDate"],
             "why": "1回目が「いいえ」なのに目標日が未記入（「いいえ」の場合は目標日の記入が必要）"},
            {"cells": [f"{SHEET}!D{ROW_OF[idx_back]}", f"{SHEET}!B{ROW_OF[idx_back]}"],
             "paths": [f"entries[{idx_back}].secondDate"],
             "why": "2回目の確認日 (9/30 = 2024-09-30) が1回目の確認日 (10/8 = 2024-10-08) より前"},
        ],
        "notes": (
            "Answers and dates share one cell: the option not chosen was deleted from the pre-printed "
            "'はい・いいえ (　/　)' text and a year-less date written in brackets (R6 form: Apr-Dec = 2024, "
            "Jan-Mar = 2025); two cells use full-width digits （１０/９）. Cells still showing the untouched "
            "template 'はい・いいえ\\n(　　/　　)' or '(　　/　　)' are unanswered. Section headings are '〇' rows; "
            "section values are given without the 〇. No item numbers are shown. Two items are abbreviated in the "
            "workbook (事業者内に管理責任者を設置している。 / 医療機関にMDS/SDSを提出した。); 'item' gives the full "
            "wording. The grey 【記入例】 row is an example and not an entry. Header cells are '項目：値'; the "
            "事業者名 cell has a trailing space (value given trimmed). Re-saved by LibreOffice."
        ),
    }


if __name__ == "__main__":
    build()
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)

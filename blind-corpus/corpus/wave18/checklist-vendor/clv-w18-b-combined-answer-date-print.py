#!/usr/bin/python3
"""clv-w18-b: vendor checklist (事業者確認用, R6) as a hospital would hand it out, drawn like the
prefecture's paper form: one cell per result holding 「はい・いいえ (　/　)」; the vendor deletes the option
that does not apply and types a year-less date. Header fields as 「項目：値」 in one cell.
Re-saved by LibreOffice. Planted: an いいえ without 目標日; a 2回目 date before the 1回目 date."""
import json
import os
import shutil
import subprocess
import tempfile
from datetime import date

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w18-b-combined-answer-date-print"
SHEET = "事業者確認用"

VENDOR = "株式会社せとうち画像システム　岡山営業所"
SYSTEM = "医用画像管理システム（PACS）"
HOSPITAL = "医療法人 緑風会 美作さくら病院"

BLANK_RESULT = "はい・いいえ\n(　　/　　)"
BLANK_DATE = "(　　/　　)"


def res(ans, m, d):
    return f"{ans}\n({m}/{d})"


def dt(m, d):
    return f"({m}/{d})"


def iso(m, d):
    y = 2025 if m <= 3 else 2024
    return date(y, m, d).isoformat()


# rows: ("H", heading text, section) or ("I", section, itemNo, shown text, canonical item, first, target, second, remarks)
# first/second: (ans, m, d) or None; target (m, d) or None
ROWS = [
    ("H", "１．体制構築", None),
    ("I", "体制構築", "1-(1)", "(1) 事業者内に、医療情報システム等の提供に係る管理責任者を設置している。",
     "事業者内に、医療情報システム等の提供に係る管理責任者を設置している",
     ("はい", 10, 15), None, None, None),
    ("H", "２．医療情報システムの管理・運用", None),
    ("H", "【医療情報システム全般】", None),
    ("I", "医療情報システム全般", "2-(1)", "(1) サーバ、端末PC、ネットワーク機器の台帳管理を行っている。",
     "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     ("はい", 10, 15), None, None, None),
    ("I", "医療情報システム全般", "2-(2)", "(2) リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。",
     "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した",
     ("はい", 10, 15), None, None, "保守用VPN装置 1台"),
    ("I", "医療情報システム全般", "2-(3)",
     "(3) 医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。",
     "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
     ("いいえ", 10, 15), (11, 30), ("はい", 10, 1), "MDS 第3版を提出"),
    ("H", "【サーバ】", None),
    ("I", "サーバ", None, "・利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
     "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     ("はい", 10, 15), None, None, None),
    ("I", "サーバ", None, "・退職者や使用していないアカウント等、不要なアカウントを削除している。",
     "退職者や使用していないアカウント等、不要なアカウントを削除している",
     ("はい", 10, 15), None, None, None),
    ("I", "サーバ", None, "・アクセスログを管理している。", "アクセスログを管理している",
     ("はい", 10, 15), None, None, None),
    ("I", "サーバ", None, "・セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     ("いいえ", 10, 15), (12, 20), ("はい", 12, 18), "12/18 定期保守で適用"),
    ("I", "サーバ", None, "・バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
     "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     ("はい", 10, 15), None, None, None),
    ("H", "【端末PC】", None),
    ("I", "端末PC", None, "・利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
     "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     ("はい", 10, 16), None, None, None),
    ("I", "端末PC", None, "・退職者や使用していないアカウント等、不要なアカウントを削除している。",
     "退職者や使用していないアカウント等、不要なアカウントを削除している",
     ("いいえ", 10, 16), None, None, "病院様と棚卸し方法を調整中"),
    ("I", "端末PC", None, "・セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     ("はい", 10, 16), None, None, None),
    ("I", "端末PC", None, "・バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
     "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     ("はい", 10, 16), None, None, None),
    ("H", "【ネットワーク機器】", None),
    ("I", "ネットワーク機器", None, "・セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     ("はい", 10, 16), None, None, None),
    ("I", "ネットワーク機器", None, "・接続元制限を実施している。", "接続元制限を実施している",
     ("はい", 10, 16), None, None, "保守VPNは弊社センターIPのみ許可"),
    ("H", "３．インシデント発生に備えた対応", None),
    ("I", "インシデント発生に備えた対応", "3-(1)",
     "(1) インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある。",
     "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある",
     ("はい", 10, 15), None, None, None),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for k, v in {"A": 58, "B": 13, "C": 11, "D": 13, "E": 26}.items():
        ws.column_dimensions[k].width = v

    ws.merge_cells("A1:E1")
    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:E2")
    ws["A2"] = "事業者確認用（令和6年度版）"
    ws["A2"].alignment = Alignment(horizontal="center")

    ws.merge_cells("A4:E4")
    ws["A4"] = "事業者名：" + VENDOR
    ws.merge_cells("A5:E5")
    ws["A5"] = "対象システム：" + SYSTEM
    ws.merge_cells("A6:E6")
    ws["A6"] = "提出先医療機関名：" + HOSPITAL

    notes = [
        "※ 当院のネットワークに接続する医療情報システムの委託事業者様に、事業者ごと又はシステムごとに記入をお願いしています。",
        "※ 「はい・いいえ」のうち該当しない方を削除し、（　/　）に確認日を記入してください。",
        "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
        "※ 立入検査時、本チェックリストを確認します。　（美作さくら病院 情報システム室）",
    ]
    for i, t in enumerate(notes, start=8):
        ws.merge_cells(start_row=i, start_column=1, end_row=i, end_column=5)
        ws.cell(i, 1, t).font = Font(size=9)

    h1, h2 = 13, 14
    ws.merge_cells(start_row=h1, start_column=1, end_row=h2, end_column=1)
    ws.cell(h1, 1, "チェック項目")
    ws.merge_cells(start_row=h1, start_column=2, end_row=h1, end_column=4)
    ws.cell(h1, 2, "確認結果（日付）")
    ws.merge_cells(start_row=h1, start_column=5, end_row=h2, end_column=5)
    ws.cell(h1, 5, "備考")
    ws.cell(h2, 2, "1回目")
    ws.cell(h2, 3, "目標日")
    ws.cell(h2, 4, "2回目")
    for r in (h1, h2):
        for c in range(1, 6):
            ws.cell(r, c).border = B
            ws.cell(r, c).alignment = Alignment(horizontal="center", vertical="center")
            ws.cell(r, c).font = Font(bold=True)

    r = h2 + 1
    entries = []
    cellmap = {}
    for row in ROWS:
        if row[0] == "H":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
            ws.cell(r, 1, row[1]).font = Font(bold=True)
            for c in range(1, 6):
                ws.cell(r, c).border = B
            r += 1
            continue
        _, sec, no, shown, item, first, target, second, rem = row
        ws.cell(r, 1, shown)
        ws.cell(r, 2, res(*first))
        ws.cell(r, 3, dt(*target) if target else BLANK_DATE)
        ws.cell(r, 4, res(*second) if second else BLANK_RESULT)
        ws.cell(r, 5, rem)
        for c in range(1, 6):
            ws.cell(r, c).border = B
            ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="center",
                                                horizontal="center" if c in (2, 3, 4) else None)
        ws.row_dimensions[r].height = 32
        e = {"section": sec, "item": item}
        if no:
            e["itemNo"] = no
        e["firstAnswer"] = first[0]
        e["firstDate"] = iso(first[1], first[2])
        if target:
            e["targetDate"] = iso(*target)
        if second:
            e["secondAnswer"] = second[0]
            e["secondDate"] = iso(second[1], second[2])
        if rem:
            e["remarks"] = rem
        cellmap[len(entries)] = r
        entries.append(e)
        r += 1

    ws.cell(r + 1, 1, "記入日：10/16　記入者：せとうち画像システム 技術課 藤原")
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1

    tmp = tempfile.mkdtemp()
    raw = os.path.join(tmp, NAME + ".xlsx")
    wb.save(raw)
    outdir = os.path.join(tmp, "lo")
    os.makedirs(outdir)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
    shutil.rmtree(tmp)

    # indexes of planted rows
    i_mds = next(i for i, e in enumerate(entries) if e.get("itemNo") == "2-(3)")
    i_acct = next(i for i, e in enumerate(entries)
                  if e["section"] == "端末PC" and e["item"].startswith("退職者"))
    planted = [
        {"cells": [f"{SHEET}!C{cellmap[i_acct]}"], "paths": [f"entries[{i_acct}].targetDate"],
         "why": "1回目が「いいえ」なのに目標日が未記入（(　/　) のまま）。いいえ ⇒ 目標日必須"},
        {"cells": [f"{SHEET}!D{cellmap[i_mds]}", f"{SHEET}!B{cellmap[i_mds]}"],
         "paths": [f"entries[{i_mds}].secondDate"],
         "why": "2回目の確認日 (10/1 = 2024-10-01) が1回目の確認日 (10/15) より前"},
    ]
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
        "planted": planted,
        "notes": ("Each result cell holds the answer and a year-less date in one cell, e.g. 'はい\\n(10/15)' (the "
                  "other option deleted); untouched cells still hold the template text 'はい・いいえ\\n(　　/　　)' or "
                  "'(　　/　　)' and mean no answer. Dates on the R6 form: Oct-Dec = 2024, Jan-Mar = 2025. Header "
                  "fields are '項目：値' in one merged cell. Item text in column A carries a '(1) ' or '・' prefix and "
                  "a trailing '。'; 'item' gives the wording without them. itemNo = heading number + (n), e.g. the "
                  "'(3)' under '２．' → '2-(3)'. Section = the heading the row sits under (【サーバ】 → サーバ, "
                  "１．体制構築 → 体制構築, 【医療情報システム全般】 → 医療情報システム全般). Vendor-side wording other "
                  "than 1-(1) and 2-(3) is reconstructed. The 記入日/記入者 line below the table is not a form field "
                  "(R6 has no checkedOn). Re-saved by LibreOffice."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()

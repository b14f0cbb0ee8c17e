#!/usr/bin/python3
"""clv-w20-b: vendor checklist (事業者確認用, R6) drawn after the prefecture's 「はい・いいえ (/)」 style:
answer and year-less date in one cell (the unused option deleted), 目標日 as "(12/27)", untouched
template text left in unused cells, header as 「項目：値」 in one cell, full-width item numbers,
device classes as 【】 heading rows. Re-saved by LibreOffice.
Planted: いいえ without 目標日 (2-(2)); 2回目 date before the 1回目 date (サーバ / セキュリティパッチ)."""
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w20-b-answer-date-in-cell"
SHEET = "事業者確認用"

VENDOR = "山陽システムサービス株式会社"
SYSTEM = "医事会計システム（レセプトコンピューター）"
HOSP = "社会医療法人 備前会 吉井川記念病院"

TPL_ANS = "はい・いいえ\n（　 /　 ）"
TPL_DATE = "（　 /　 ）"

S1 = "体制構築"
S2 = "医療情報システムの管理・運用"
S3 = "インシデント発生に備えた対応"
# (section, itemNo canonical, itemNo shown, shown text, full wording,
#  cell 1回目, cell 目標日, cell 2回目, remarks,
#  canonical first ans, first date, target, second ans, second date)
ITEMS = [
    (S1, "1-(1)", "１-（１）", "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
     "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。",
     "はい\n（10/15）", TPL_DATE, TPL_ANS, "",
     "はい", "2024-10-15", None, None, None),
    (S2, "2-(1)", "２-（１）", "提供しているサーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "医療機関に提供しているサーバ、端末PC、ネットワーク機器の台帳管理を行っている。",
     "はい\n（10/15）", TPL_DATE, TPL_ANS, "",
     "はい", "2024-10-15", None, None, None),
    (S2, "2-(2)", "２-（２）", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した",
     "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。",
     "いいえ\n（10/15）", TPL_DATE, TPL_ANS, "保守回線の棚卸し中",
     "いいえ", "2024-10-15", None, None, None),
    (S2, "2-(3)", "２-（３）", "医療機関にMDS/SDSを提出した",
     "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。",
     "はい\n（10/16）", TPL_DATE, TPL_ANS, "SDS提出済",
     "はい", "2024-10-16", None, None, None),
    ("サーバ", None, None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
     "はい\n（10/15）", TPL_DATE, TPL_ANS, "",
     "はい", "2024-10-15", None, None, None),
    ("サーバ", None, None, "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "退職者や使用していないアカウント等、不要なアカウントを削除している。",
     "はい\n（10/15）", TPL_DATE, TPL_ANS, "",
     "はい", "2024-10-15", None, None, None),
    ("サーバ", None, None, "アクセスログを管理している",
     "アクセスログを管理している。",
     "はい\n（10/15）", TPL_DATE, TPL_ANS, "",
     "はい", "2024-10-15", None, None, None),
    ("サーバ", None, None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "いいえ\n（11/5）", "（12/27）", "はい\n（10/30）", "OS更新プログラム適用",
     "いいえ", "2024-11-05", "2024-12-27", "はい", "2024-10-30"),
    ("サーバ", None, None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
     "はい\n（10/15）", TPL_DATE, TPL_ANS, "",
     "はい", "2024-10-15", None, None, None),
    ("端末PC", None, None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
     "はい\n（10/15）", TPL_DATE, TPL_ANS, "",
     "はい", "2024-10-15", None, None, None),
    ("端末PC", None, None, "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "退職者や使用していないアカウント等、不要なアカウントを削除している。",
     "はい\n（10/15）", TPL_DATE, TPL_ANS, "",
     "はい", "2024-10-15", None, None, None),
    ("端末PC", None, None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "はい\n（10/15）", TPL_DATE, TPL_ANS, "",
     "はい", "2024-10-15", None, None, None),
    ("端末PC", None, None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
     "いいえ\n（10/15）", "（1/31）", "はい\n（1/24）", "常駐ツールの整理",
     "いいえ", "2024-10-15", "2025-01-31", "はい", "2025-01-24"),
    ("ネットワーク機器", None, None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "はい\n（10/16）", TPL_DATE, TPL_ANS, "",
     "はい", "2024-10-16", None, None, None),
    ("ネットワーク機器", None, None, "接続元制限を実施している",
     "接続元制限を実施している。",
     "はい\n（10/16）", TPL_DATE, TPL_ANS, "",
     "はい", "2024-10-16", None, None, None),
    (S3, "3-(1)", "３-（１）", "インシデント発生時における医療機関及び事業者内の連絡体制図がある",
     "インシデント発生時における医療機関及び事業者内の連絡体制図がある。",
     "はい\n（10/16）", TPL_DATE, TPL_ANS, "",
     "はい", "2024-10-16", None, None, None),
    (S3, "3-(2)", "３-（２）", "インシデント発生時に医療機関が診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している",
     "インシデント発生時に医療機関が診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している。",
     "はい\n（10/16）", TPL_DATE, TPL_ANS, "",
     "はい", "2024-10-16", None, None, None),
]

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="center", wrap_text=True)


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for k, v in {"A": 9, "B": 56, "C": 13, "D": 11, "E": 13, "F": 24}.items():
        ws.column_dimensions[k].width = v

    ws.merge_cells("A1:F1")
    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["A1"].font = Font(size=13, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:F2")
    ws["A2"] = "事業者確認用（令和６年度版）"
    ws["A2"].alignment = Alignment(horizontal="center")

    ws.merge_cells("A4:D4")
    ws["A4"] = "事業者名：" + VENDOR + "　"          # trailing full-width space
    ws.merge_cells("A5:D5")
    ws["A5"] = "対象システム：" + SYSTEM
    ws.merge_cells("A6:D6")
    ws["A6"] = "提出先医療機関名：" + HOSP
    ws.merge_cells("A7:F7")
    ws["A7"] = "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。"
    ws["A7"].font = Font(size=9)

    ws.merge_cells("A9:B10")
    ws["A9"] = "チェック項目"
    ws.merge_cells("C9:E9")
    ws["C9"] = "確認結果（日付）"
    ws["C10"], ws["D10"], ws["E10"] = "1回目", "目標日", "2回目"
    ws.merge_cells("F9:F10")
    ws["F9"] = "備考"
    for r in (9, 10):
        for c in range(1, 7):
            ws.cell(r, c).alignment = CENTER
            ws.cell(r, c).border = BOX
            ws.cell(r, c).font = Font(bold=True)

    heads = {S1: "１　体制構築", S2: "２　医療情報システムの管理・運用", S3: "３　インシデント発生に備えた対応",
             "サーバ": "【サーバ】", "端末PC": "【端末PC】", "ネットワーク機器": "【ネットワーク機器】"}
    r = 11
    cur = None
    entries, rows = [], {}
    for it in ITEMS:
        (sec, no, no_shown, shown, full, c1, ct, c2, rem, a1, d1, tgt, a2, d2) = it
        if sec != cur:
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(r, 1, heads[sec]).font = Font(bold=True)
            for c in range(1, 7):
                ws.cell(r, c).border = BOX
            cur = sec
            r += 1
        ws.cell(r, 1, no_shown)
        ws.cell(r, 2, shown)
        ws.cell(r, 3, c1)
        ws.cell(r, 4, ct)
        ws.cell(r, 5, c2)
        if rem:
            ws.cell(r, 6, rem)
        for c in range(1, 7):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).alignment = WRAP if c in (2, 6) else CENTER
        ws.row_dimensions[r].height = 32
        e = {"section": sec, "item": full}
        if no:
            e["itemNo"] = no
        e["firstAnswer"] = a1
        e["firstDate"] = d1
        if tgt:
            e["targetDate"] = tgt
        if a2:
            e["secondAnswer"] = a2
            e["secondDate"] = d2
        if rem:
            e["remarks"] = rem
        entries.append(e)
        rows[(sec, full)] = (r, len(entries) - 1)
        r += 1

    tmpd = tempfile.mkdtemp()
    raw = os.path.join(tmpd, NAME + ".xlsx")
    wb.save(raw)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, raw],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(tmpd)

    r22, i22 = rows[(S2, ITEMS[2][4])]
    rpt, ipt = rows[("サーバ", ITEMS[7][4])]
    exp = {
        "form": "checklist-vendor",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSP, "entries": entries},
        "planted": [
            {"cells": [f"{SHEET}!D{r22}"], "paths": [f"entries[{i22}].targetDate"],
             "why": "1回目が「いいえ」なのに目標日が未記入（(　/　) のまま）。いいえ ⇒ 目標日が必要"},
            {"cells": [f"{SHEET}!E{rpt}", f"{SHEET}!C{rpt}"], "paths": [f"entries[{ipt}].secondDate"],
             "why": "2回目の確認日 10/30 (2024-10-30) が1回目の確認日 11/5 (2024-11-05) より前"},
        ],
        "notes": ("Answer and year-less date share one cell with a line break, e.g. 'はい\\n（10/15）'; Oct–Dec = 2024, "
                  "Jan–Mar = 2025. Unused cells keep the template text 'はい・いいえ\\n（　 /　 ）' / '（　 /　 ）' "
                  "= blank. Header is 「項目：値」 in one cell (事業者名 has a trailing full-width space). Item numbers are "
                  "written full-width (１-（１）) → canonical 1-(1). Item cells are shortened (e.g. 2-(3) 'MDS/SDSを提出した'); "
                  "'item' gives the full wording. Items other than 1-(1), 2-(3) are my vendor-side reconstruction. "
                  "Re-saved by LibreOffice."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)
    print("ok", r22, rpt)


if __name__ == "__main__":
    main()

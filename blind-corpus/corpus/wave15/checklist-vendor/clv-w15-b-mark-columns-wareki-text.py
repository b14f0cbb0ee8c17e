#!/usr/bin/python3
"""clv-w15-b: vendor checklist (事業者確認用, R6) as a vendor's own Excel questionnaire.

Role: a small レセコン vendor's support desk re-drew the MHLW checklist in its own house
style: a 記入要領 sheet first, header as 「項目：値」 in one cell, one row per item with a
区分 column, ○ marks in はい / いいえ columns, dates typed as text (R6.10.15, 令和6年…,
year-less), the 2nd check as 「はい (12/2)」 in one cell, a correctly labelled 記入例 row,
and a hidden choice-list sheet for the data validation.
Planted: an いいえ without 目標日; a 2回目 date before the 1回目 date.
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w15-b-mark-columns-wareki-text"
SHEET = "チェックリスト"

VENDOR = "山陽システムサービス株式会社"
SYSTEM = "医事会計システム（レセプトコンピュータ）SANYO-REC Pro"
HOSPITAL = "医療法人 瀬戸内みなと病院"

# (No shown, 区分, short text in sheet, full canonical item, first, firstDateText, firstISO,
#  targetText, targetISO, secondCell, secondAns, secondISO, remarks)
FD, FDI = "R6.10.15", "2024-10-15"
ROWS = [
    ("1-(1)", "体制構築", "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
     "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
     "はい", FD, FDI, None, None, None, None, None, "管理責任者：技術部長"),
    ("2-(1)", "医療情報システムの管理・運用", "サーバ・端末PC・NW機器の台帳管理",
     "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "はい", FD, FDI, None, None, None, None, None, None),
    ("2-(2)", "医療情報システムの管理・運用", "リモートメンテナンス（保守）利用機器の有無の確認",
     "リモートメンテナンス（保守）を利用している機器の有無を確認した",
     "いいえ", FD, FDI, "令和6年11月30日", "2024-11-30", "はい (10/1)", "はい", "2024-10-01",
     "リモート保守端末1台確認"),
    ("2-(3)", "医療情報システムの管理・運用", "医療機関へMDS/SDSを提出",
     "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
     "はい", FD, FDI, None, None, None, None, None, "R6.9.2 提出済"),
    (None, "サーバ", "アクセス利用権限の設定（職種・業務別）",
     "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "はい", FD, FDI, None, None, None, None, None, None),
    (None, "サーバ", "不要アカウント（退職者等）の削除",
     "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "いいえ", FD, FDI, None, None, None, None, None, "退職者アカウント 病院へ確認中"),
    (None, "サーバ", "アクセスログの管理",
     "アクセスログを管理している",
     "はい", FD, FDI, None, None, None, None, None, None),
    (None, "サーバ", "セキュリティパッチの適用",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい", FD, FDI, None, None, None, None, None, "四半期ごと"),
    (None, "サーバ", "不要なソフトウェア・サービスの停止",
     "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "はい", FD, FDI, None, None, None, None, None, None),
    (None, "端末PC", "アクセス利用権限の設定（職種・業務別）",
     "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "はい", FD, FDI, None, None, None, None, None, None),
    (None, "端末PC", "不要アカウント（退職者等）の削除",
     "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "はい", FD, FDI, None, None, None, None, None, None),
    (None, "端末PC", "セキュリティパッチの適用",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "いいえ", FD, FDI, "令和6年12月20日", "2024-12-20", "はい (12/2)", "はい", "2024-12-02",
     "Windows Update 手動適用に変更"),
    (None, "端末PC", "不要なソフトウェア・サービスの停止",
     "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "はい", FD, FDI, None, None, None, None, None, None),
    (None, "ネットワーク機器", "セキュリティパッチ（FW更新）の適用",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい", FD, FDI, None, None, None, None, None, "院内ルータは病院側所管"),
    (None, "ネットワーク機器", "接続元制限の実施",
     "接続元制限を実施している",
     "はい", FD, FDI, None, None, None, None, None, None),
    ("3-(1)", "インシデント発生に備えた対応", "インシデント発生時の連絡体制図",
     "インシデント発生時における医療機関及び外部関係機関（厚生労働省、警察等）への連絡体制図がある",
     "はい", FD, FDI, None, None, None, None, None, None),
    ("3-(2)", "インシデント発生に備えた対応", "バックアップの実施と復旧手順の確認（診療継続に必要な情報の検討）",
     "インシデント発生時に診療を継続するために必要な情報を医療機関と検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     "はい", FD, FDI, None, None, None, None, None, "外付HDD 日次"),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HF = PatternFill("solid", fgColor="FFF2CC")
EXF = PatternFill("solid", fgColor="E7E6E6")
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
W = Alignment(vertical="center", wrap_text=True)


def main():
    wb = Workbook()
    ins = wb.active
    ins.title = "記入要領"
    ins.column_dimensions["A"].width = 100
    lines = [
        "【記入要領】サイバーセキュリティ対策チェックリスト（事業者確認用）令和6年度版",
        "",
        "1. 医療機関ごと・システムごとに1ファイル作成してください。",
        "2. 「1回目」欄の「はい」「いいえ」いずれかに○を付け、確認日を記入してください。",
        "3. 「いいえ」の場合は、対応完了の目標日を必ず記入してください（年度内）。",
        "4. 目標日までに対応後、「2回目」欄に結果と確認日を記入してください（例：はい (12/1)）。",
        "5. 記入例の行は削除しなくてかまいません（集計対象外）。",
        "",
        "問合せ：山陽システムサービス株式会社 サポートセンター 0120-000-000",
    ]
    for i, t in enumerate(lines, 1):
        ins.cell(i, 1, t)
    ins["A1"].font = Font(bold=True, size=12)

    ws = wb.create_sheet(SHEET)
    for col, w in zip("ABCDEFGHI", [7, 16, 40, 6, 6, 11, 16, 14, 26]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "事業者名：" + VENDOR
    ws["A3"] = "対象システム：" + SYSTEM
    ws["A4"] = "提出先医療機関名：" + HOSPITAL
    ws["G2"] = "様式：令和6年度版"

    h1, h2 = 6, 7
    heads = {1: "No.", 2: "区分", 3: "確認項目", 7: "目標日", 9: "備考"}
    for c, t in heads.items():
        ws.cell(h1, c, t)
        ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c)
    ws.cell(h1, 4, "1回目")
    ws.merge_cells(start_row=h1, start_column=4, end_row=h1, end_column=6)
    ws.cell(h2, 4, "はい")
    ws.cell(h2, 5, "いいえ")
    ws.cell(h2, 6, "確認日")
    ws.cell(h1, 8, "2回目")
    ws.cell(h2, 8, "結果（確認日）")
    for r in (h1, h2):
        for c in range(1, 10):
            cell = ws.cell(r, c)
            cell.fill = HF
            cell.alignment = C
            cell.font = Font(bold=True, size=10)
            cell.border = B

    # 記入例 row (correctly labelled; to be ignored)
    ex = h2 + 1
    exv = ["記入例", "サーバ", "（例）アクセスログの管理", None, "○", "R6.10.1", "令和6年12月1日",
           "はい (11/28)", "（例）ログ保存設定を変更"]
    for c, v in enumerate(exv, 1):
        cell = ws.cell(ex, c, v)
        cell.fill = EXF
        cell.font = Font(italic=True, color="808080", size=9)
        cell.alignment = C if c in (1, 4, 5, 6, 7, 8) else W
        cell.border = B

    entries = []
    r = ex + 1
    first_row = r
    for (no, sec, short, full, first, fdt, fdi, tt, ti, scell, sans, sdi, rem) in ROWS:
        vals = [no, sec, short,
                "○" if first == "はい" else None,
                "○" if first == "いいえ" else None,
                fdt, tt, scell, rem]
        for c, v in enumerate(vals, 1):
            cell = ws.cell(r, c, v)
            cell.border = B
            cell.alignment = C if c in (1, 4, 5, 6, 7, 8) else W
        e = {"section": sec, "item": full}
        if no:
            e["itemNo"] = no
        e["firstAnswer"] = first
        e["firstDate"] = fdi
        if ti:
            e["targetDate"] = ti
        if sans:
            e["secondAnswer"] = sans
            e["secondDate"] = sdi
        if rem:
            e["remarks"] = rem
        entries.append((r, e))
        r += 1
    last_row = r - 1

    # hidden choice list + validation on the mark columns
    lst = wb.create_sheet("選択肢")
    lst["A1"] = "○"
    lst.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="=選択肢!$A$1", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"D{first_row}:E{last_row}")

    ws.freeze_panes = ws.cell(ex, 1)
    wb.active = 1
    wb.save(os.path.join(HERE, NAME + ".xlsx"))

    row_of = {e["item"] + "|" + e["section"]: rr for rr, e in entries}
    acct = row_of["退職者や使用していないアカウント等、不要なアカウントを削除している|サーバ"]
    rm = row_of["リモートメンテナンス（保守）を利用している機器の有無を確認した|医療情報システムの管理・運用"]
    idx = {rr: i for i, (rr, _) in enumerate(entries)}
    exp = {
        "form": "checklist-vendor",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {
            "vendorName": VENDOR,
            "targetSystem": SYSTEM,
            "hospitalName": HOSPITAL,
            "entries": [e for _, e in entries],
        },
        "planted": [
            {"cells": [f"{SHEET}!G{acct}"],
             "paths": [f"entries[{idx[acct]}].targetDate"],
             "why": "1回目が「いいえ」なのに目標日が空欄（いいえ ⇒ 目標日必須）"},
            {"cells": [f"{SHEET}!H{rm}", f"{SHEET}!F{rm}"],
             "paths": [f"entries[{idx[rm]}].secondDate"],
             "why": "2回目の確認日 (10/1 = 2024-10-01) が1回目の確認日 R6.10.15 より前"},
        ],
        "notes": ("Header is 「項目：値」 in one cell (A2:A4). 1回目 answer is a ○ in column D (はい) or E (いいえ); "
                  "dates are text: R6.10.15, 令和6年…日, and the 2回目 cell holds answer + year-less date "
                  "('はい (12/2)' → はい, 2024-12-02). Row 8 is a labelled 記入例 row and is not an entry. "
                  "Item texts in the sheet are abbreviated; expected gives the full wording (1-(1), 2-(3) from "
                  "the seed/catalogue, the rest my parallel reconstruction of the hospital items). Device rows "
                  "have no item number. Hidden sheet 選択肢 holds the ○ list for data validation."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()

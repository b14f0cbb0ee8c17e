#!/usr/bin/env python3
"""Generator: clv-w44-b-okayama-style-answer-date-in-cell.xlsx (vendor checklist, 2 planted problems).
Okayama-style sheet: 'はい・いいえ (　/　)' template cells, filler deletes the unchosen option and writes a year-less date.
Run: PYTHONPATH=/tmp/w44pkgs /usr/bin/python3 THIS.py"""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave44/checklist-vendor"
NAME = "clv-w44-b-okayama-style-answer-date-in-cell"
SHEET = "事業者確認用"
TPL_ANS = "はい・いいえ (　/　)"
TPL_DATE = "(　/　)"

# heading rows are ("H", text); item rows: (no shown, text shown, section, itemNo canonical, catalogue wording,
#   cells C/D/E/F as written, parsed dict)
ITEMS = [
 ("H", "１　体制構築"),
 ("１－（１）", "事業者内に管理責任者（医療情報システム等の提供に係る）を設置している", "体制構築", "1-(1)",
  "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
  ("はい (10/15)", TPL_DATE, TPL_ANS, "情報セキュリティ委員会 委員長"), dict(fa="はい", fd="2024-10-15", rm="情報セキュリティ委員会 委員長")),
 ("H", "２　医療情報システムの全般について"),
 ("２－（１）", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "医療情報システム全般", "2-(1)",
  "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
  ("はい (10/15)", TPL_DATE, TPL_ANS, None), dict(fa="はい", fd="2024-10-15")),
 ("２－（２）", "リモートメンテナンス（保守）を利用している機器の有無を確認した", "医療情報システム全般", "2-(2)",
  "リモートメンテナンス（保守）を利用している機器の有無を確認した",
  ("はい (10/15)", TPL_DATE, TPL_ANS, "レセコンサーバ1台（リモート保守あり）"), dict(fa="はい", fd="2024-10-15", rm="レセコンサーバ1台（リモート保守あり）")),
 ("２－（３）", "医療機関にMDS/SDSを提出した", "医療情報システム全般", "2-(3)",
  "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
  ("はい (10/15)", TPL_DATE, TPL_ANS, "MDS（2024年版）"), dict(fa="はい", fd="2024-10-15", rm="MDS（2024年版）")),
 ("H", "【サーバ】"),
 ("", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "サーバ", None,
  "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
  ("はい (10/15)", TPL_DATE, TPL_ANS, None), dict(fa="はい", fd="2024-10-15")),
 ("", "退職者や使用していないアカウント等、不要なアカウントを削除している", "サーバ", None,
  "退職者や使用していないアカウント等、不要なアカウントを削除している",
  ("はい (10/15)", TPL_DATE, TPL_ANS, None), dict(fa="はい", fd="2024-10-15")),
 ("", "アクセスログを管理している", "サーバ", None, "アクセスログを管理している",
  ("はい (10/15)", TPL_DATE, TPL_ANS, None), dict(fa="はい", fd="2024-10-15")),
 ("", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "サーバ", None,
  "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
  ("いいえ (10/15)", "(12/20)", "はい (10/8)", "OS累積パッチ未適用分あり→12月保守時に適用"),
  dict(fa="いいえ", fd="2024-10-15", td="2024-12-20", sa="はい", sd="2024-10-08", rm="OS累積パッチ未適用分あり→12月保守時に適用")),
 ("", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "サーバ", None,
  "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
  ("はい (10/15)", TPL_DATE, TPL_ANS, None), dict(fa="はい", fd="2024-10-15")),
 ("H", "【端末PC】"),
 ("", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "端末PC", None,
  "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
  ("はい (10/15)", TPL_DATE, TPL_ANS, None), dict(fa="はい", fd="2024-10-15")),
 ("", "退職者や使用していないアカウント等、不要なアカウントを削除している", "端末PC", None,
  "退職者や使用していないアカウント等、不要なアカウントを削除している",
  ("いいえ (10/15)", "(11/30)", "はい (11/29)", "医事課退職者2名分のIDを11/29削除"),
  dict(fa="いいえ", fd="2024-10-15", td="2024-11-30", sa="はい", sd="2024-11-29", rm="医事課退職者2名分のIDを11/29削除")),
 ("", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "端末PC", None,
  "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
  ("はい (10/15)", TPL_DATE, TPL_ANS, None), dict(fa="はい", fd="2024-10-15")),
 ("", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "端末PC", None,
  "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
  ("はい (10/15)", TPL_DATE, TPL_ANS, None), dict(fa="はい", fd="2024-10-15")),
 ("H", "【ネットワーク機器】"),
 ("", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "ネットワーク機器", None,
  "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
  ("はい (10/15)", TPL_DATE, TPL_ANS, None), dict(fa="はい", fd="2024-10-15")),
 ("", "接続元制限を実施している", "ネットワーク機器", None, "接続元制限を実施している",
  ("いいえ (10/15)", TPL_DATE, TPL_ANS, "保守用VPNの接続元IP制限を検討中"),
  dict(fa="いいえ", fd="2024-10-15", rm="保守用VPNの接続元IP制限を検討中")),
 ("H", "３　インシデントに備えた対応"),
 ("３－（１）", "インシデント発生時における医療機関と事業者の連絡体制図がある", "インシデントに備えた対応", "3-(1)",
  "インシデント発生時における医療機関と事業者の連絡体制図がある",
  ("はい (10/15)", TPL_DATE, TPL_ANS, None), dict(fa="はい", fd="2024-10-15")),
 ("３－（２）", "診療継続に必要な情報を医療機関と検討し、バックアップの実施と復旧手順を確認している", "インシデントに備えた対応", "3-(2)",
  "インシデント発生時に診療を継続するために必要な情報を医療機関と検討し、データやシステムのバックアップの実施と復旧手順を確認している",
  ("はい (10/15)", TPL_DATE, TPL_ANS, "日次バックアップ・復旧手順書あり"), dict(fa="はい", fd="2024-10-15", rm="日次バックアップ・復旧手順書あり")),
]

HDR = dict(vendorName="株式会社システムリンク中国 岡山営業所", targetSystem="医事会計システム（レセプトコンピュータ）",
           hospitalName="社会医療法人 清風会 津山清風病院")

def build(path):
    wb = Workbook(); ws = wb.active; ws.title = SHEET
    thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for col, w in zip("ABCDEF", [11, 50, 16, 10, 16, 30]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:F1"); ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["A1"].font = Font(size=14, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A2:F2"); ws["A2"] = "事業者確認用"; ws["A2"].alignment = Alignment(horizontal="center")
    ws["A3"] = "提出先医療機関名：" + HDR["hospitalName"]
    ws["A4"] = "事業者名：" + HDR["vendorName"]
    ws["A5"] = "対象システム：" + HDR["targetSystem"]
    notes = ["※ 本チェックリストの項目について確認を行い、「はい・いいえ」のいずれか不要な方を消し、確認日を（　/　）に記入してください。",
             "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
             "※ 医療機関ごと・システムごとに1枚作成してください。立入検査時、本チェックリストを確認します。"]
    for i, n in enumerate(notes):
        ws.merge_cells(start_row=6 + i, start_column=1, end_row=6 + i, end_column=6); ws.cell(6 + i, 1, n)
    ws.merge_cells("A10:A11"); ws["A10"] = "No."
    ws.merge_cells("B10:B11"); ws["B10"] = "チェック項目"
    ws.merge_cells("C10:E10"); ws["C10"] = "確認結果（日付）"
    ws.merge_cells("F10:F11"); ws["F10"] = "備考"
    ws["C11"] = "1回目"; ws["D11"] = "目標日"; ws["E11"] = "2回目"
    for r in (10, 11):
        for c in range(1, 7):
            ws.cell(r, c).border = B; ws.cell(r, c).alignment = ctr
            ws.cell(r, c).fill = PatternFill("solid", fgColor="DDEBF7")
    # correctly labelled 記入例 row
    ex = ["記入例", "（例）〇〇〇〇を実施している", "いいえ (5/20)", "(6/30)", "はい (6/28)", "（例）6/28対応完了"]
    for c, v in enumerate(ex, 1):
        cell = ws.cell(12, c, v); cell.border = B; cell.font = Font(color="808080", italic=True)
        cell.alignment = ctr if c != 2 else wrap
    r = 13; refs = []
    for it in ITEMS:
        if it[0] == "H":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(r, 1, it[1]).font = Font(bold=True)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
            for c in range(1, 7): ws.cell(r, c).border = B
        else:
            no, txt, sec, ino, full, cells, parsed = it
            ws.cell(r, 1, no or None); ws.cell(r, 2, txt)
            for c, v in zip((3, 4, 5, 6), cells): ws.cell(r, c, v)
            for c in range(1, 7):
                ws.cell(r, c).border = B; ws.cell(r, c).alignment = wrap if c in (2, 6) else ctr
            refs.append((r, it))
        r += 1
    ws.cell(r + 1, 4, "記入日：令和6年10月15日　記入者：システムリンク中国　山本")
    ws.print_title_rows = "10:11"
    wb.save(path)
    return refs

def expected(refs):
    ents = []; planted = []
    for i, (r, it) in enumerate(refs):
        no, txt, sec, ino, full, cells, a = it
        e = {"section": sec, "item": full}
        if ino: e["itemNo"] = ino
        e["firstAnswer"] = a["fa"]; e["firstDate"] = a["fd"]
        for k, kk in (("td", "targetDate"), ("sa", "secondAnswer"), ("sd", "secondDate"), ("rm", "remarks")):
            if a.get(k): e[kk] = a[k]
        ents.append(e)
        if full == "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している" and sec == "サーバ":
            planted.append({"cells": [f"{SHEET}!E{r}", f"{SHEET}!C{r}"], "paths": [f"entries[{i}].secondDate"],
                            "why": "2回目の確認日 10/8 (2024-10-08) が1回目の確認日 10/15 より前になっている（2回目の日付は1回目以降でなければならない）"})
        if full == "接続元制限を実施している":
            planted.append({"cells": [f"{SHEET}!D{r}"], "paths": [f"entries[{i}].targetDate"],
                            "why": "1回目が「いいえ」なのに目標日が未記入（テンプレートの (　/　) のまま）。いいえの項目は目標日が必須"})
    return {"form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
            "values": dict(HDR, entries=ents), "planted": planted,
            "notes": ("Okayama-style layout: header as '項目：値' in one cell (rows 3-5). Answer cells are the template "
                      "'はい・いいえ (　/　)' with the unchosen option deleted and a year-less date, e.g. 'はい (10/15)' = "
                      "はい, 2024-10-15 (R6 form). Untouched template cells ('はい・いいえ (　/　)' in 2回目, '(　/　)' in 目標日) "
                      "are blanks, not answers. Row 12 is a correctly labelled 記入例 row and must be ignored. Heading rows "
                      "(１　体制構築, 【サーバ】, …) are sections, not items. Item numbers are full-width '１－（１）' -> "
                      "canonical '1-(1)'; device-class rows have no number. Some item texts are abbreviated in the "
                      "workbook (1-(1), 2-(3), 3-(2)); 'item' gives the full wording. Item wording other than 1-(1)/2-(3) is "
                      "the drawer's reconstruction of the vendor-side parallel items. The 記入日/記入者 line below the table "
                      "is not a field (R6 has no checkedOn).")}

if __name__ == "__main__":
    refs = build(os.path.join(OUT, NAME + ".xlsx"))
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(refs), f, ensure_ascii=False, indent=2)

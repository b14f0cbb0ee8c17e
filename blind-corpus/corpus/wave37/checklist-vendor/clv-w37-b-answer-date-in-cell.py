#!/usr/bin/python3
"""Generator for clv-w37-b-answer-date-in-cell.xlsx (checklist-vendor, R6).
Prefecture-office style sheet: answer and date in one cell (「はい・いいえ (　/　)」 template overwritten by
the vendor), heading rows instead of a section column, a 記入例 row, a 記入要領 sheet. Saved by openpyxl only.
Two planted mistakes (see expected.json).
Run: PYTHONPATH=/tmp/clvins_py /usr/bin/python3 THIS.py
"""
import os, json
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w37-b-answer-date-in-cell.xlsx"
SHEET = "チェックリスト"
T1 = "はい・いいえ\n(　/　)"   # untouched template text in an answer cell
TD = "(　/　)"                # untouched template text in a 目標日 cell

VENDOR = "株式会社 吉備メディカルソリューションズ"
SYSTEM = "医事会計システム（レセプトコンピュータ）"
HOSP = "医療法人 白桃会 児島みなと病院"

# kind: "H" heading row, "I" item row.
# item rows: (no, shown text, canonical text, section, c1, d1iso, a1, tgt_cell, tgt_iso, c2, a2, d2iso, remarks)
R = []
def H(t): R.append(("H", t))
def I(no, shown, canon, sec, c1, a1, d1, tgc=TD, tg=None, c2=T1, a2=None, d2=None, rem=None):
    R.append(("I", dict(no=no, shown=shown, canon=canon, sec=sec, c1=c1, a1=a1, d1=d1, tgc=tgc, tg=tg,
                        c2=c2, a2=a2, d2=d2, rem=rem)))

H("１．体制構築")
I("1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。",
  "事業者内に、医療情報システム等の提供に係る管理責任者を設置している", "体制構築",
  "はい\n(10/15)", "はい", "2024-10-15", rem="システム部 課長 ")
H("２．医療情報システムの管理・運用")
I("2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている。",
  "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "医療情報システムの管理・運用",
  "はい (10/15)", "はい", "2024-10-15")
I("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を確認した。",
  "リモートメンテナンス（保守）を利用している機器の有無を確認した", "医療情報システムの管理・運用",
  "はい (10/15)", "はい", "2024-10-15", rem="リモート保守なし（オンサイト保守のみ）")
I("2-(3)", "医療機関にMDS/SDSを提出した。",
  "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した", "医療情報システムの管理・運用",
  "はい (10/15)", "はい", "2024-10-15", rem="SDS 令和6年9月提出済")
H("【サーバ】")
I(None, "職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
  "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "サーバ",
  "はい（10/16）", "はい", "2024-10-16")
I(None, "不要なアカウント（退職者・未使用等）を削除している。",
  "退職者や使用していないアカウント等、不要なアカウントを削除している", "サーバ",
  "はい（10/16）", "はい", "2024-10-16")
I(None, "アクセスログを管理している。", "アクセスログを管理している", "サーバ",
  "はい（10/16）", "はい", "2024-10-16", rem="操作ログ5年保存")
I(None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
  "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "サーバ",
  "はい（10/16）", "はい", "2024-10-16")
I(None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
  "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "サーバ",
  "はい（10/16）", "はい", "2024-10-16")
H("【端末PC】")
I(None, "職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
  "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "端末PC",
  "はい（10/16）", "はい", "2024-10-16")
I(None, "不要なアカウント（退職者・未使用等）を削除している。",
  "退職者や使用していないアカウント等、不要なアカウントを削除している", "端末PC",
  "はい（10/16）", "はい", "2024-10-16")
I(None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
  "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "端末PC",
  "はい（10/16）", "はい", "2024-10-16")
# PLANT 1: いいえ but 目標日 left as the template
I(None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
  "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "端末PC",
  "いいえ（10/16）", "いいえ", "2024-10-16", rem="受付端末3台に旧プリンタ常駐ソフトあり")
H("【ネットワーク機器】")
I(None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
  "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "ネットワーク機器",
  "はい (10/16)", "はい", "2024-10-16")
# PLANT 2: 2回目 date (10/2) before the 1回目 date (10/16)
I(None, "接続元制限を実施している。", "接続元制限を実施している", "ネットワーク機器",
  "いいえ (10/16)", "いいえ", "2024-10-16", tgc="(11/29)", tg="2024-11-29",
  c2="はい (10/2)", a2="はい", d2="2024-10-02", rem="院内LAN↔レセコンサーバ間 ACL設定")
H("３．インシデント発生に備えた対応")
I("3-(1)", "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある。",
  "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある",
  "インシデント発生に備えた対応", "はい\n(10/17)", "はい", "2024-10-17")
I("3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している。",
  "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
  "インシデント発生に備えた対応", "はい\n(10/17)", "はい", "2024-10-17", rem="日次バックアップ（NAS）＋週次外部媒体")

def build():
    wb = Workbook(); ws = wb.active; ws.title = SHEET
    thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for k, v in {"A": 7, "B": 58, "C": 15, "D": 10, "E": 15, "F": 28}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
    ws["A1"].font = Font(size=13, bold=True)
    ws["E1"] = "事業者確認用"; ws["E1"].font = Font(bold=True); ws["E1"].border = box
    ws["A3"] = "事業者名：" + VENDOR
    ws["A4"] = "対象システム：" + SYSTEM
    ws["A5"] = "提出先医療機関名：" + HOSP
    for r in (3, 4, 5):
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
        ws.cell(r, 1).border = Border(bottom=thin)
    ws["A6"] = "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。「はい・いいえ」は不要な方を消してください。"
    ws["A6"].font = Font(size=9)
    # header
    ws.merge_cells("A8:A9"); ws["A8"] = "No."
    ws.merge_cells("B8:B9"); ws["B8"] = "チェック項目"
    ws.merge_cells("C8:E8"); ws["C8"] = "確認結果（日付）"
    ws["C9"] = "1回目"; ws["D9"] = "目標日"; ws["E9"] = "2回目"
    ws.merge_cells("F8:F9"); ws["F8"] = "備考"
    for r in (8, 9):
        for c in range(1, 7):
            cell = ws.cell(r, c); cell.border = box; cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center")
            cell.fill = PatternFill("solid", fgColor="E2EFDA")
    # 記入例 row (correctly labelled, must be ignored)
    ex = ["記入例", "（例）事業者内に管理責任者を設置している。", "はい\n(4/1)", "(　/　)", "はい・いいえ\n(　/　)", "（例）○○部長"]
    for c, v in enumerate(ex, start=1):
        cell = ws.cell(10, c, v); cell.border = box; cell.font = Font(color="808080", italic=True)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="left" if c in (2, 6) else "center")
    r = 11; cells = {}
    for kind, d in R:
        if kind == "H":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
            ws.cell(r, 1, d).font = Font(bold=True)
            ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
            for c in range(1, 7): ws.cell(r, c).border = box
        else:
            vals = [d["no"], d["shown"], d["c1"], d["tgc"], d["c2"], d["rem"]]
            for c, v in enumerate(vals, start=1):
                cell = ws.cell(r, c, v); cell.border = box
                cell.alignment = Alignment(wrap_text=True, vertical="center",
                                           horizontal="left" if c in (2, 6) else "center")
            ws.row_dimensions[r].height = 32
            d["row"] = r
        r += 1
    ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0

    g = wb.create_sheet("記入要領")
    g.column_dimensions["A"].width = 100
    lines = ["【記入要領】",
             "1. 事業者ごと又はシステムごとにチェックリストを分けて作成してください。",
             "2. 各項目について確認を行い、「はい・いいえ」のうち該当しない方を消し、括弧内に確認日（月/日）を記入してください。",
             "3. 1回目の確認で「いいえ」の場合は、実施可能な直近の対応目標日を記入してください。",
             "4. 対応後、2回目の確認結果と確認日を記入してください。",
             "5. 記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。"]
    for i, t in enumerate(lines, start=1):
        g.cell(i, 1, t)
    g["A1"].font = Font(bold=True)
    wb.save(os.path.join(OUT, NAME))

def write_expected():
    ents, planted = [], []
    idx = 0
    for kind, d in R:
        if kind != "I": continue
        e = {"section": d["sec"], "item": d["canon"]}
        if d["no"]: e["itemNo"] = d["no"]
        e["firstAnswer"] = d["a1"]; e["firstDate"] = d["d1"]
        if d["tg"]: e["targetDate"] = d["tg"]
        if d["a2"]: e["secondAnswer"] = d["a2"]
        if d["d2"]: e["secondDate"] = d["d2"]
        if d["rem"]: e["remarks"] = d["rem"]
        if d["a1"] == "いいえ" and not d["tg"]:
            planted.append({"cells": [f"{SHEET}!D{d['row']}"], "paths": [f"entries[{idx}].targetDate"],
                            "why": "1回目が「いいえ」なのに目標日が未記入（テンプレートの「(　/　)」のまま）。いいえ ⇒ 目標日必須"})
        if d["d2"] and d["d2"] < d["d1"]:
            planted.append({"cells": [f"{SHEET}!E{d['row']}", f"{SHEET}!C{d['row']}"],
                            "paths": [f"entries[{idx}].secondDate"],
                            "why": "2回目の確認日（10/2）が1回目の確認日（10/16）より前。2回目は1回目以降でなければならない（12/2の誤記か）"})
        ents.append(e); idx += 1
    exp = {"form": "checklist-vendor", "version": "R6", "file": NAME,
           "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSP, "entries": ents},
           "planted": planted,
           "notes": ("Header fields are label and value in one cell (「事業者名：…」). Answer and date share one cell "
                     "(「はい (10/15)」, sometimes with a line break or full-width brackets); year-less dates on an R6 form "
                     "(10/15 = 2024-10-15). Cells still holding the untouched template 「はい・いいえ\\n(　/　)」 or 「(　/　)」 "
                     "are blank (not answered) and are not in values. Row 10 is a correctly labelled 記入例 row and is not "
                     "data. Section comes from the heading rows (１．体制構築, 【サーバ】 …); item text in the sheet is "
                     "abbreviated in places, values give the full wording. Vendor item wording beyond 1-(1) and 2-(3) is my "
                     "reconstruction. Second sheet 記入要領 is instructions only. The 1-(1) remark 「システム部 課長 」 has a trailing space as typed.")}
    with open(os.path.join(OUT, NAME.replace(".xlsx", ".expected.json")), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)

if __name__ == "__main__":
    build(); write_expected(); print("wrote", NAME)

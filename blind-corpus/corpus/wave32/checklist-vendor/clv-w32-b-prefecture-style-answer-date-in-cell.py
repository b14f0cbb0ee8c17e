#!/usr/bin/env python3
"""clv-w32-b: vendor checklist (事業者確認用, R6) drawn in a prefecture style copied from the
「最低限の措置」編 sheet: each result cell is pre-printed 「はい・いいえ（　/　）」 and the filler
overwrites it with e.g. 「はい（10/15）」. Header lines as 項目：値 in one cell, ○ headings,
abbreviated item wording, a labelled 記入例 row, re-saved by LibreOffice.
Run: PYTHONPATH=/tmp/w32_clv_ins_lib /usr/bin/python3 THIS.py"""
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w32-b-prefecture-style-answer-date-in-cell"
SHEET = "チェックリスト(事業者用)"

VENDOR = "有限会社 備中ネットワークサービス"
SYSTEM = "院内ネットワーク（UTM・L3スイッチ・リモート保守用VPN装置）"
HOSPITAL = "医療法人 緑樹会 総社みどり病院"

BLANK_ANS = "はい・いいえ（　/　）"
BLANK_DATE = "（　/　）"

FULL = {
    "acl": "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
    "acct": "退職者や使用していないアカウント等、不要なアカウントを削除している",
    "log": "アクセスログを管理している",
    "patch": "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
    "svc": "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
    "src": "接続元制限を実施している",
}
# heading rows ("H", text) and item rows:
# (section, itemNo, shown text, full item, first cell, target cell, second cell, remarks, expected dict)
ROWS = [
    ("H", "○１　体制構築"),
    ("体制構築", "1-(1)", "1-(1) 事業者内に管理責任者（医療情報システム等の提供に係る）を設置",
     "事業者内に、医療情報システム等の提供に係る管理責任者を設置している",
     "はい（10/15）", BLANK_DATE, BLANK_ANS, "技術部 課長 藤原",
     dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("H", "○２　医療情報システムの管理・運用"),
    ("医療情報システムの管理・運用", "2-(1)", "2-(1) サーバ・端末PC・NW機器の台帳管理",
     "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "はい（10/15）", BLANK_DATE, BLANK_ANS, None,
     dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("医療情報システムの管理・運用", "2-(2)", "2-(2) リモートメンテナンス（保守）利用機器の有無を確認",
     "リモートメンテナンス（保守）を利用している機器の有無を確認した",
     "はい（10/15）", BLANK_DATE, BLANK_ANS, "VPN装置1台（当社保守用）",
     dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("医療情報システムの管理・運用", "2-(3)", "2-(3) 医療機関へMDS/SDSを提出",
     "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
     "いいえ（10/15）", "（11/15）", "はい（11/12）", "SDS提出済",
     dict(firstAnswer="いいえ", firstDate="2024-10-15", targetDate="2024-11-15",
          secondAnswer="はい", secondDate="2024-11-12")),
    ("H", "○サーバ"),
    ("サーバ", None, "アクセス権限の設定（職種・担当業務別）", FULL["acl"],
     "はい（10/15）", BLANK_DATE, BLANK_ANS, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("サーバ", None, "不要アカウント（退職者等）の削除", FULL["acct"],
     "はい（10/15）", BLANK_DATE, BLANK_ANS, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("サーバ", None, "アクセスログの管理", FULL["log"],
     "いいえ（10/15）", BLANK_DATE, BLANK_ANS, "ログサーバ導入を検討中",
     dict(firstAnswer="いいえ", firstDate="2024-10-15")),                       # PLANTED: no 目標日
    ("サーバ", None, "セキュリティパッチの適用", FULL["patch"],
     "はい（10/15）", BLANK_DATE, BLANK_ANS, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("サーバ", None, "不要なソフトウェア・サービスの停止", FULL["svc"],
     "はい（10/15）", BLANK_DATE, BLANK_ANS, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("H", "○端末PC"),
    ("端末PC", None, "アクセス権限の設定（職種・担当業務別）", FULL["acl"],
     "はい（10/15）", BLANK_DATE, BLANK_ANS, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("端末PC", None, "不要アカウント（退職者等）の削除", FULL["acct"],
     "いいえ (10/15)", "(1/31)", "はい (1/24)", "共用アカウント3件を削除",
     dict(firstAnswer="いいえ", firstDate="2024-10-15", targetDate="2025-01-31",
          secondAnswer="はい", secondDate="2025-01-24")),
    ("端末PC", None, "セキュリティパッチの適用", FULL["patch"],
     "はい（10/15）", BLANK_DATE, BLANK_ANS, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("端末PC", None, "不要なソフトウェア・サービスの停止", FULL["svc"],
     "はい（10/15）", BLANK_DATE, BLANK_ANS, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("H", "○ネットワーク機器"),
    ("ネットワーク機器", None, "セキュリティパッチ（ファームウェア更新）の適用", FULL["patch"],
     "いいえ (10/15)", "(12/20)", "はい (10/8)", "UTMファームを最新版へ更新",
     dict(firstAnswer="いいえ", firstDate="2024-10-15", targetDate="2024-12-20",
          secondAnswer="はい", secondDate="2024-10-08")),                        # PLANTED: 2回目 before 1回目
    ("ネットワーク機器", None, "接続元制限の実施", FULL["src"],
     "はい（10/15）", BLANK_DATE, BLANK_ANS, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("H", "○３　インシデント発生に備えた対応"),
    ("インシデント発生に備えた対応", "3-(1)", "3-(1) インシデント発生時の連絡体制図（医療機関・事業者内）",
     "インシデント発生時における医療機関及び事業者内の連絡体制図がある",
     "はい（10/15）", BLANK_DATE, BLANK_ANS, None, dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("インシデント発生に備えた対応", "3-(2)", "3-(2) バックアップの実施と復旧手順を医療機関と確認",
     "医療機関と協力し、インシデント発生時のデータやシステムのバックアップの実施と復旧手順を確認している",
     "はい（10/15）", BLANK_DATE, BLANK_ANS, "NW機器設定のバックアップ",
     dict(firstAnswer="はい", firstDate="2024-10-15")),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SHEET
for col, w in zip("ABCDE", [50, 17, 11, 17, 28]):
    ws.column_dimensions[col].width = w

ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "事業者確認用"
ws["A2"].font = Font(bold=True, size=12)
ws["A4"] = "事業者名：" + VENDOR
ws["A5"] = "対象システム：" + SYSTEM
ws["A6"] = "提出先医療機関名：" + HOSPITAL
for a in ("A4", "A5", "A6"):
    ws.merge_cells(f"{a}:{'C' + a[1:]}")
ws["A8"] = "※ 医療機関と契約している事業者ごと又はシステムごとに作成してください。"
ws["A9"] = "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。"
ws["A10"] = "※ 「はい・いいえ」はいずれか不要な方を消し、（　/　）に確認日を記入してください。"
for a in ("A8", "A9", "A10"):
    ws[a].font = Font(size=9)

ws["A12"] = "チェック項目"
ws.merge_cells("A12:A13")
ws["B12"] = "確認結果（日付）"
ws.merge_cells("B12:D12")
ws["B13"], ws["C13"], ws["D13"] = "1回目", "目標日", "2回目"
ws["E12"] = "備考"
ws.merge_cells("E12:E13")
for r in (12, 13):
    for c in range(1, 6):
        ws.cell(r, c).border = box
        ws.cell(r, c).alignment = center
        ws.cell(r, c).font = Font(bold=True)
        ws.cell(r, c).fill = PatternFill("solid", fgColor="E2EFDA")

# labelled example row (must be ignored)
r = 14
ex = ["【記入例】台帳管理を行っている", "いいえ（6/3）", "（7/31）", "はい（7/25）", "記入例です"]
for c, v in enumerate(ex, 1):
    ws.cell(r, c, v)
    ws.cell(r, c).border = box
    ws.cell(r, c).font = Font(color="FF0000", italic=True)
    ws.cell(r, c).alignment = center if c in (2, 3, 4) else wrap
r += 1

entries = []
cell_rows = []
for row in ROWS:
    if row[0] == "H":
        ws.cell(r, 1, row[1])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(r, 1).font = Font(bold=True)
        for c in range(1, 6):
            ws.cell(r, c).border = box
        r += 1
        continue
    sec, no, shown, full, c1, ct, c2, rem, exp = row
    vals = [shown, c1, ct, c2, rem]
    for c, v in enumerate(vals, 1):
        if v is not None:
            ws.cell(r, c, v)
        ws.cell(r, c).border = box
        ws.cell(r, c).alignment = center if c in (2, 3, 4) else wrap
    ws.row_dimensions[r].height = 28
    e = {"section": sec, "item": full}
    if no:
        e["itemNo"] = no
    e.update(exp)
    if rem:
        e["remarks"] = rem
    entries.append(e)
    cell_rows.append((shown, r))
    r += 1
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

tmpdir = tempfile.mkdtemp(prefix="w32clvb_")
raw = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(raw)
outdir = os.path.join(tmpdir, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))

row_of = dict(cell_rows)
log_row = row_of["アクセスログの管理"]
nw_row = row_of["セキュリティパッチ（ファームウェア更新）の適用"]
idx_log = [i for i, (s, _) in enumerate(cell_rows) if s == "アクセスログの管理"][0]
idx_nw = [i for i, (s, _) in enumerate(cell_rows) if s == "セキュリティパッチ（ファームウェア更新）の適用"][0]
exp = {
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
        {"cells": [f"{SHEET}!C{log_row}"], "paths": [f"entries[{idx_log}].targetDate"],
         "why": "1回目が「いいえ」なのに目標日が未記入（テンプレートの（　/　）のまま）。いいえ ⇒ 目標日必須"},
        {"cells": [f"{SHEET}!D{nw_row}", f"{SHEET}!B{nw_row}"], "paths": [f"entries[{idx_nw}].secondDate"],
         "why": "2回目の確認日 10/8 が1回目の確認日 10/15 より前（2回目の日付は1回目以降でなければならない）"},
    ],
    "notes": ("Header lines are 項目：値 in one merged cell (A4–A6). Result cells hold answer and year-less date in "
              "one cell, e.g. 「はい（10/15）」 (some with half-width parentheses); Oct–Dec read as 2024, Jan–Mar as 2025. "
              "Cells still showing the template text 「はい・いいえ（　/　）」 or 「（　/　）」 are unanswered and are "
              "not in values. Row 14 is a red labelled 【記入例】 row and must be ignored. Item wording in the sheet is "
              "abbreviated; 'item' gives the full wording (the drawer's vendor-side reconstruction where the "
              "catalogue/seed is silent; same wording as workbook a). Section is the ○ heading without ○/number. "
              "Item numbers appear at the start of the item text for sections 1–3. Re-saved by LibreOffice."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
shutil.rmtree(tmpdir)
print(cell_rows)

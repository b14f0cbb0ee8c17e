#!/usr/bin/python3
"""Generator for clv-w43-b-cover-sheet-answer-date-in-one-cell.xlsx (checklist-vendor, R6, 2 planted problems).
Run with: PYTHONPATH=/tmp/clvins_pylib /usr/bin/python3 THIS.py"""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w43-b-cover-sheet-answer-date-in-one-cell.xlsx"
VENDOR = "株式会社ケイエムソリューション"
SYSTEM = "医用画像管理システム（PACS）"
HOSP = "医療法人 桜樹会 さくら台病院"

# heading rows: ("#", heading).  item rows: (section, shown text, full item, 1回目 cell, 目標日 cell, 2回目 cell, 備考,
#   parsed: firstAnswer, firstDate, targetDate, secondAnswer, secondDate)
ROWS = [
    ("#", "■体制構築"),
    ("体制構築", "・管理責任者を設置している", "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
     "はい（11/5）", None, None, "技術本部長", ("はい", "2024-11-05", None, None, None)),
    ("#", "■医療情報システム全般"),
    ("医療情報システム全般", "・機器の台帳管理（サーバ・端末PC・NW機器）", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "はい（11/5）", None, None, None, ("はい", "2024-11-05", None, None, None)),
    ("医療情報システム全般", "・リモート保守機器の有無を医療機関へ報告", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した",
     "はい (11/5)", None, None, "PACSサーバ1台\n（SSL-VPN経由）", ("はい", "2024-11-05", None, None, None)),
    ("医療情報システム全般", "・MDS/SDSを医療機関へ提出", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
     "はい（11/5）", None, None, None, ("はい", "2024-11-05", None, None, None)),
    ("#", "■サーバ"),
    ("サーバ", "・アクセス権限設定（職種・業務別）", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "はい（11/5）", None, None, None, ("はい", "2024-11-05", None, None, None)),
    ("サーバ", "・不要アカウント削除", "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "はい（11/5）", None, None, None, ("はい", "2024-11-05", None, None, None)),
    ("サーバ", "・アクセスログ管理", "アクセスログを管理している",
     "いいえ（11/5）", "(1/31)", "はい（R7.1.24）", "ログ保存期間を1年に延長", ("いいえ", "2024-11-05", "2025-01-31", "はい", "2025-01-24")),
    ("サーバ", "・セキュリティパッチ適用", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい（11/5）", None, None, None, ("はい", "2024-11-05", None, None, None)),
    ("サーバ", "・不要ソフト・サービス停止", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "はい（11/5）", None, None, None, ("はい", "2024-11-05", None, None, None)),
    ("#", "■端末PC"),
    ("端末PC", "・アクセス権限設定（職種・業務別）", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "はい（11/5）", None, None, None, ("はい", "2024-11-05", None, None, None)),
    ("端末PC", "・不要アカウント削除", "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "いいえ（11/5）", None, None, "病院側の異動者リスト受領後に対応", ("いいえ", "2024-11-05", None, None, None)),  # PLANT 1: no 目標日
    ("端末PC", "・セキュリティパッチ適用", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい（11/5）", None, None, None, ("はい", "2024-11-05", None, None, None)),
    ("端末PC", "・不要ソフト・サービス停止", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "はい（11/5）", None, None, None, ("はい", "2024-11-05", None, None, None)),
    ("#", "■ネットワーク機器"),
    ("ネットワーク機器", "・セキュリティパッチ（ファームウェア）適用", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい（11/6）", None, None, None, ("はい", "2024-11-06", None, None, None)),
    ("ネットワーク機器", "・接続元制限", "接続元制限を実施している",
     "いいえ（11/6）", "R6.12.20", "はい（10/28）", "VPN装置の接続元IP制限を設定", ("いいえ", "2024-11-06", "2024-12-20", "はい", "2024-10-28")),  # PLANT 2: 2回目 before 1回目
    ("#", "■インシデント発生に備えた対応"),
    ("インシデント発生に備えた対応", "・連絡体制図がある", "インシデント発生時における医療機関と事業者間の連絡体制図がある",
     "はい（11/6）", None, None, None, ("はい", "2024-11-06", None, None, None)),
    ("インシデント発生に備えた対応", "・バックアップ・復旧手順の確認", "医療機関と協働して、インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している",
     "はい（11/6）", None, None, "画像データは外部保管（月次）", ("はい", "2024-11-06", None, None, None)),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(vertical="center", wrap_text=True)
cen = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
cv = wb.active
cv.title = "表紙"
cv.column_dimensions["A"].width = 80
cv["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト【事業者確認用】（令和6年度）"
cv["A1"].font = Font(size=13, bold=True)
cv["A3"] = "提出先医療機関名：" + HOSP
cv["A4"] = "事業者名：" + VENDOR + " "          # trailing space left by the filler
cv["A5"] = "対象システム：" + SYSTEM
cv["A6"] = "記入者：技術本部 カスタマーサポート課　山本"
for r in range(3, 7):
    cv.cell(r, 1).border = Border(bottom=thin)
cv["A8"] = "※ チェック項目は次のシートに記入してください。"

ws = wb.create_sheet("チェック項目")
for col, w in zip("ABCDE", [46, 18, 13, 18, 32]):
    ws.column_dimensions[col].width = w
ws["A1"] = "チェック項目（事業者確認用）"
ws["A1"].font = Font(size=12, bold=True)
ws["A2"] = "※「はい・いいえ」のどちらかを消し、（　）内に確認日を記入。いいえの場合は目標日を記入。"
ws["A2"].font = Font(size=9)
hdr = ["チェック項目", "1回目\nはい・いいえ（確認日）", "目標日", "2回目\nはい・いいえ（確認日）", "備考"]
for c, t in enumerate(hdr, 1):
    cell = ws.cell(4, c, t); cell.font = Font(bold=True); cell.alignment = cen; cell.border = B
    cell.fill = PatternFill("solid", fgColor="E2EFDA")
ws.row_dimensions[4].height = 32
ex = ["【記入例】管理責任者を設置している", "はい（4/1）", "", "", "記入例のため削除しないでください"]
for c, t in enumerate(ex, 1):
    cell = ws.cell(5, c, t or None); cell.border = B; cell.font = Font(color="808080", italic=True); cell.alignment = wrap

r = 6
cellmap = {}
for row in ROWS:
    if row[0] == "#":
        ws.cell(r, 1, row[1]).font = Font(bold=True)
        for c in range(1, 6):
            ws.cell(r, c).border = B
        r += 1
        continue
    sec, shown, full, c1, tgt, c2, rem, parsed = row
    ws.cell(r, 1, shown).alignment = wrap
    ws.cell(r, 2, c1).alignment = cen
    ws.cell(r, 3, tgt).alignment = cen
    ws.cell(r, 4, c2).alignment = cen
    ws.cell(r, 5, rem).alignment = wrap
    for c in range(1, 6):
        ws.cell(r, c).border = B
    cellmap[full, sec] = r
    r += 1

wb.save(os.path.join(OUT_DIR, NAME))
print("wrote", NAME)

# ---- expected.json ----
entries = []
for row in ROWS:
    if row[0] == "#":
        continue
    sec, shown, full, c1, tgt, c2, rem, (fa, fd, td, sa, sd) = row
    e = {"section": sec, "item": full, "firstAnswer": fa, "firstDate": fd}
    if td: e["targetDate"] = td
    if sa: e["secondAnswer"] = sa
    if sd: e["secondDate"] = sd
    if rem: e["remarks"] = rem
    entries.append(e)
idx = {(e["section"], e["item"]): i for i, e in enumerate(entries)}
i1 = idx["端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している"]
i2 = idx["ネットワーク機器", "接続元制限を実施している"]
r1 = cellmap["退職者や使用していないアカウント等、不要なアカウントを削除している", "端末PC"]
r2 = cellmap["接続元制限を実施している", "ネットワーク機器"]
exp = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": NAME,
    "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSP, "entries": entries},
    "planted": [
        {"cells": [f"チェック項目!C{r1}"], "paths": [f"entries[{i1}].targetDate"],
         "why": "1回目が「いいえ」なのに目標日が空欄（いいえ ⇒ 目標日必須）"},
        {"cells": [f"チェック項目!D{r2}", f"チェック項目!B{r2}"], "paths": [f"entries[{i2}].secondDate", f"entries[{i2}].firstDate"],
         "why": "2回目の確認日 10/28 (2024-10-28) が1回目の確認日 11/6 (2024-11-06) より前"},
    ],
    "notes": ("Two sheets: 表紙 carries the header as '項目：値' in one cell (提出先医療機関名：…, 事業者名：…, 対象システム：…; "
              "記入者 has no key). The 事業者名 cell has a trailing half-width space; vendorName is given trimmed. "
              "Sheet チェック項目: answer and date in one cell ('はい（11/5）', 'はい (11/5)', 'はい（R7.1.24）'), the other option deleted; "
              "目標日 as text '(1/31)' and 'R6.12.20'; year-less dates on this R6 form: Apr-Dec = 2024, Jan-Mar = 2025. "
              "Row 5 is a correctly labelled 【記入例】 row and is not in values. Items are abbreviated in the sheet, no item numbers shown "
              "(itemNo omitted); item in entries is the full wording; section = the ■ heading without ■. "
              "Vendor item wording beyond 1-(1) and 2-(3) is my reconstruction of the vendor-side items."),
}
with open(os.path.join(OUT_DIR, NAME.replace(".xlsx", ".expected.json")), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)

#!/usr/bin/python3
"""clv-w29-b: vendor checklist (事業者確認用, R6), questionnaire-style rows with a 区分 column,
answer and year-less date in ONE cell ("はい (10/4)"), header 'label：value' in one cell,
a 記入要領 sheet in front, a correctly labelled 記入例 row. Two planted problems."""
import sys, json
sys.path.insert(0, "/tmp/clv-ins-w29-lib")  # openpyxl from local wheel if not installed system-wide
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave29/checklist-vendor/"
NAME = "clv-w29-b-questionnaire-answer-date-cell"
SHEET = "チェックリスト(事業者)"

VENDOR = "富士見メディカルソフト株式会社"
SYSTEM = "医事会計システム（レセプトコンピュータ）"
HOSP = "医療法人 白梅会 白梅記念病院"

# rows: (itemNo shown, 区分 cell, section key, text shown (abbreviated), full item text (catalogue-style),
#        1回目 cell, first answer, first date, 目標日 cell, target, 2回目 cell, second ans, second date, 備考)
R = [
 ("1-(1)", "体制構築", "体制構築", "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
  "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。",
  "はい (10/4)", "はい", "2024-10-04", None, None, None, None, None, "品質保証部長を管理責任者に任命"),
 ("2-(1)", "医療情報システムの管理・運用", "医療情報システムの管理・運用", "台帳管理に必要な機器情報を医療機関に提供している",
  "医療機関が行うサーバ、端末PC、ネットワーク機器の台帳管理に必要な情報を提供している。",
  "はい (10/4)", "はい", "2024-10-04", None, None, None, None, None, None),
 ("2-(2)", "医療情報システムの管理・運用", "医療情報システムの管理・運用", "リモート保守機器の有無を医療機関に報告した",
  "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。",
  "いいえ　(10/4)", "いいえ", "2024-10-04", None, None, None, None, None, "保守回線の棚卸し中"),
 ("2-(3)", "医療情報システムの管理・運用", "医療情報システムの管理・運用", "MDS/SDSを医療機関に提出した",
  "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。",
  "はい\n(10/4)", "はい", "2024-10-04", None, None, None, None, None, None),
 (None, "サーバ", "サーバ", "職種・業務別の情報区分毎にアクセス権限を設定",
  "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
  "はい (10/4)", "はい", "2024-10-04", None, None, None, None, None, None),
 (None, "サーバ", "サーバ", "不要なアカウント（退職者等）を削除",
  "退職者や使用していないアカウント等、不要なアカウントを削除している。",
  "はい (10/4)", "はい", "2024-10-04", None, None, None, None, None, "月次で病院様の人事異動情報と突合"),
 (None, "サーバ", "サーバ", "アクセスログを管理",
  "アクセスログを管理している。",
  "はい（１０/４）", "はい", "2024-10-04", None, None, None, None, None, None),
 (None, "サーバ", "サーバ", "セキュリティパッチを適用",
  "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
  "はい (10/4)", "はい", "2024-10-04", None, None, None, None, None, None),
 (None, "サーバ", "サーバ", "不要なソフトウェア・サービスを停止",
  "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
  "いいえ (10/4)", "いいえ", "2024-10-04", "(11/15)", "2024-11-15", "はい (11/12)", "はい", "2024-11-12",
  "旧バージョンの帳票サービスを停止"),
 (None, "端末PC", "端末PC", "職種・業務別の情報区分毎にアクセス権限を設定",
  "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
  "はい (10/4)", "はい", "2024-10-04", None, None, None, None, None, None),
 (None, "端末PC", "端末PC", "不要なアカウント（退職者等）を削除",
  "退職者や使用していないアカウント等、不要なアカウントを削除している。",
  "はい (10/4)", "はい", "2024-10-04", None, None, None, None, None, None),
 (None, "端末PC", "端末PC", "セキュリティパッチを適用",
  "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
  "はい (10/4)", "はい", "2024-10-04", None, None, None, None, None, "WSUSにて月1回適用"),
 (None, "端末PC", "端末PC", "不要なソフトウェア・サービスを停止",
  "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
  "はい (10/4)", "はい", "2024-10-04", None, None, None, None, None, None),
 (None, "ネットワーク機器", "ネットワーク機器", "セキュリティパッチ（ファームウェア）を適用",
  "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
  "はい (10/4)", "はい", "2024-10-04", None, None, None, None, None, None),
 (None, "ネットワーク機器", "ネットワーク機器", "接続元制限を実施",
  "接続元制限を実施している。",
  "いいえ (10/4)", "いいえ", "2024-10-04", "R6.12.20", "2024-12-20", "はい (10/2)", "はい", "2024-10-02",
  "保守用VPNの接続元IPを限定"),
 ("3-(1)", "インシデント発生に備えた対応", "インシデント発生に備えた対応", "インシデント時の連絡体制を整備",
  "インシデント発生時における医療機関及び外部関係機関（厚生労働省、警察等）への連絡体制を整備している。",
  "はい (10/4)", "はい", "2024-10-04", None, None, None, None, None, None),
 ("3-(2)", "インシデント発生に備えた対応", "インシデント発生に備えた対応", "バックアップ実施と復旧手順を医療機関と確認",
  "インシデント発生時に医療機関が診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を医療機関と確認している。",
  "はい (10/4)", "はい", "2024-10-04", None, None, None, None, None, "日次バックアップ・復旧手順書あり"),
]

wb = Workbook()
ins = wb.active
ins.title = "記入要領"
lines = [
    "【記入要領】チェックリスト（事業者確認用）",
    "",
    "1．本シートは医療機関から委託を受けている事業者が、システムごとに1部作成してください。",
    "2．1回目欄には「はい・いいえ」のいずれかを残し（不要な方を削除）、括弧内に確認日を記入してください。",
    "3．1回目で「いいえ」の場合は、目標日欄に実施可能な直近の対応目標日を必ず記入してください。",
    "4．目標日までに対応した場合は、2回目欄に確認結果と確認日を記入してください。",
    "5．記入例の行は参考です（集計対象外）。",
    "6．記入後は提出先医療機関の担当者へメールで送付してください。",
]
for i, t in enumerate(lines, 1):
    ins.cell(i, 1, t)
ins["A1"].font = Font(bold=True, size=12)
ins.column_dimensions["A"].width = 100

ws = wb.create_sheet(SHEET)
thin = Side(style="thin"); border = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(vertical="center", wrap_text=True)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
for k, v in {"A": 7, "B": 16, "C": 42, "D": 15, "E": 11, "F": 15, "G": 28}.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "令和6年度版　医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）"
ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = f"事業者名：{VENDOR}　"          # trailing full-width space, as typed
ws["A4"] = f"対象システム：{SYSTEM}"
ws["A5"] = f"提出先医療機関名：{HOSP}"
ws["A7"] = "※「はい・いいえ」は該当しない方を削除し、（　/　）に確認日を記入。「いいえ」の場合は目標日を記入。"

HR = 9
heads = ["No.", "区分", "確認項目", "1回目\n（はい・いいえ／確認日）", "目標日", "2回目\n（はい・いいえ／確認日）", "備考"]
for c, h in enumerate(heads, 1):
    cell = ws.cell(HR, c, h); cell.alignment = center; cell.border = border; cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor="E2EFDA")
ws.row_dimensions[HR].height = 32

ex = ["記入例", "サーバ", "（例）アクセスログを管理している", "いいえ (4/10)", "(5/31)", "はい (5/20)", "例：ログ保存期間を1年に設定"]
for c, v in enumerate(ex, 1):
    cell = ws.cell(HR + 1, c, v); cell.border = border; cell.alignment = wrap
    cell.font = Font(color="808080", italic=True)
    cell.fill = PatternFill("solid", fgColor="F2F2F2")

entries = []
rowmap = {}
r = HR + 2
for i, (no, kubun, sec, shown, full, c1, fa, fd, ct, td, c2, sa, sd, rem) in enumerate(R):
    vals = [no or "", kubun, shown, c1, ct or "", c2 or "", rem or ""]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v if v != "" else None); cell.border = border
        cell.alignment = wrap if c in (2, 3, 7) else center
    ws.row_dimensions[r].height = 30
    e = {"section": sec, "item": full}
    if no: e["itemNo"] = no
    e["firstAnswer"] = fa; e["firstDate"] = fd
    if td: e["targetDate"] = td
    if sa: e["secondAnswer"] = sa
    if sd: e["secondDate"] = sd
    if rem: e["remarks"] = rem
    entries.append(e)
    rowmap[i] = r
    r += 1

ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
wb.active = 1
wb.save(OUT + NAME + ".xlsx")

planted = [
    {"cells": [f"{SHEET}!E{rowmap[2]}"], "paths": ["entries[2].targetDate"],
     "why": "2-(2) answered いいえ at the 1st check but no 目標日 entered (いいえ ⇒ 目標日 required)"},
    {"cells": [f"{SHEET}!F{rowmap[14]}", f"{SHEET}!D{rowmap[14]}"], "paths": ["entries[14].secondDate"],
     "why": "接続元制限: 2回目 date 10/2 (2024-10-02) is before the 1回目 date 10/4 (2024-10-04)"},
]
exp = {
    "form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
    "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSP, "entries": entries},
    "planted": planted,
    "notes": ("Answer and year-less date share one cell (e.g. 'はい (10/4)' = はい, 2024-10-04); one cell uses full-width "
              "'はい（１０/４）', one has a line break 'はい\\n(10/4)', one 'いいえ　(10/4)' with a full-width space. 目標日 as "
              "'(11/15)' or 'R6.12.20'. Item texts in the sheet are abbreviated; 'item' gives the full wording (only 1-(1) "
              "and 2-(3) are from the catalogue/seed, the rest is my reconstruction of the vendor-side parallels). "
              "Row 10 is a labelled 記入例 and is not in values. Header values are in '項目：値' cells; 事業者名 has a "
              "trailing full-width space. Sheet 記入要領 holds instructions only."),
}
json.dump(exp, open(OUT + NAME + ".expected.json", "w"), ensure_ascii=False, indent=2)
print(rowmap[2], rowmap[14])

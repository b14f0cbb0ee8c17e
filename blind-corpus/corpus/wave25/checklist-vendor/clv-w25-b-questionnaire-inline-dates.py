#!/usr/bin/python3
"""clv-w25-b: vendor checklist (事業者確認用) drawn as a questionnaire sheet (No. | 区分 | 確認項目 | 回答...).
The template pre-prints 「はい・いいえ（　／　）」 in every answer cell; the filler overwrites it with the
chosen answer and a year-less date in the same cell (e.g. 「はい（10/15）」) and leaves unused cells as printed.
Header fields are 「項目：値」 in one cell. An instructions sheet (記入要領) comes first, and a correctly
labelled 記入例 row sits above No.1. Item wording abbreviated. Two planted problems."""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w25-b-questionnaire-inline-dates"
XLSX = os.path.join(HERE, NAME + ".xlsx")
SHEET = "チェックリスト"

VENDOR = "株式会社ビーエムシステムズ"
SYSTEM = "医事会計システム（レセプトコンピュータ）"
HOSPITAL = "社会医療法人 吉備の杜 高梁川記念病院"

BLANK_ANS = "はい・いいえ（　／　）"
BLANK_DATE = "（　／　）"

ITEM_PERM = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ITEM_ACCT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
ITEM_LOG = "アクセスログを管理している"
ITEM_PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
ITEM_SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
ITEM_SRC = "接続元制限を実施している"

# (区分 shown, item shown (abbreviated), canonical item,
#  first cell text, (first, firstDate), target cell text, targetDate, second cell text, (second, secondDate), remarks)
Q = [
    ("体制構築", "事業者内に医療情報システム等の提供に係る管理責任者を設置",
     "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
     "はい（10/15）", ("はい", "2024-10-15"), None, None, None, None, None),
    ("管理・運用", "サーバ・端末PC・ネットワーク機器の台帳管理",
     "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "はい（10/15）", ("はい", "2024-10-15"), None, None, None, None, "医療機関の台帳と突合済"),
    ("管理・運用", "リモートメンテナンス（保守）利用機器の有無の確認",
     "リモートメンテナンス（保守）を利用している機器の有無を確認した",
     "はい（10/15）", ("はい", "2024-10-15"), None, None, None, None, "リモート保守なし（訪問保守のみ）"),
    ("管理・運用", "医療機関へのMDS/SDSの提出",
     "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
     "はい（10/15） ", ("はい", "2024-10-15"), None, None, None, None, None),
    ("サーバ", "職種・業務別のアクセス権限設定", ITEM_PERM,
     "はい（10/16）", ("はい", "2024-10-16"), None, None, None, None, None),
    ("サーバ", "不要アカウントの削除", ITEM_ACCT,
     "はい（10/16）", ("はい", "2024-10-16"), None, None, None, None, None),
    ("サーバ", "アクセスログの管理", ITEM_LOG,
     "いいえ（10/16）", ("いいえ", "2024-10-16"), None, None, None, None,
     "ログ保存期間の設定変更が必要"),                                   # planted: no 目標日
    ("サーバ", "セキュリティパッチの適用", ITEM_PATCH,
     "はい（10/16）", ("はい", "2024-10-16"), None, None, None, None, None),
    ("サーバ", "不要なソフトウェア・サービスの停止", ITEM_SVC,
     "はい（10/16）", ("はい", "2024-10-16"), None, None, None, None, None),
    ("端末PC", "職種・業務別のアクセス権限設定", ITEM_PERM,
     "はい（10/16）", ("はい", "2024-10-16"), None, None, None, None, None),
    ("端末PC", "不要アカウントの削除", ITEM_ACCT,
     "いいえ（10/16）", ("いいえ", "2024-10-16"), "（11/15）", "2024-11-15",
     "はい（11/12）", ("はい", "2024-11-12"), "退職者アカウント3件\n11/12削除完了"),
    ("端末PC", "セキュリティパッチの適用", ITEM_PATCH,
     "はい（10/16）", ("はい", "2024-10-16"), None, None, None, None, None),
    ("端末PC", "不要なソフトウェア・サービスの停止", ITEM_SVC,
     "はい（10/16）", ("はい", "2024-10-16"), None, None, None, None, None),
    ("ネットワーク機器", "セキュリティパッチ（ファームウェア）の適用", ITEM_PATCH,
     "はい（10/16）", ("はい", "2024-10-16"), None, None, None, None, None),
    ("ネットワーク機器", "接続元制限の実施", ITEM_SRC,
     "いいえ（10/16）", ("いいえ", "2024-10-16"), "（12/20）", "2024-12-20",
     "はい（10/11）", ("はい", "2024-10-11"), None),                   # planted: 2回目 before 1回目
    ("インシデント対応", "組織内・外部関係機関への連絡体制図",
     "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
     "はい（10/15）", ("はい", "2024-10-15"), None, None, None, None, None),
    ("インシデント対応", "診療継続に必要な情報の検討、バックアップ実施と復旧手順の確認",
     "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     "はい（10/15）", ("はい", "2024-10-15"), None, None, None, None, "日次バックアップ（外付けHDD）"),
]

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
F = "游ゴシック"
HEAD = PatternFill("solid", fgColor="DDEBF7")
EX = PatternFill("solid", fgColor="EDEDED")
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
L = Alignment(horizontal="left", vertical="center", wrap_text=True)

wb = Workbook()
guide = wb.active
guide.title = "記入要領"
guide.column_dimensions["A"].width = 100
lines = [
    "【記入要領】医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）",
    "",
    "１．本票は医療機関の委託事業者が、事業者ごと又はシステムごとに1枚作成してください。",
    "２．「チェックリスト」シートの回答欄の「はい・いいえ」のうち、該当しない方を消し、（　／　）に確認日を記入してください。",
    "３．1回目の確認で「いいえ」の場合は、実施可能な直近の対応目標日を「目標日」欄に記入してください。",
    "４．目標日までに対応した後、2回目の確認結果と確認日を記入してください。",
    "５．各項目の詳細は「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。",
    "６．記入例の行は削除せずにそのまま提出して差し支えありません（集計対象外）。",
]
for i, t in enumerate(lines, 1):
    guide.cell(i, 1, t).font = Font(name=F, size=11, bold=(i == 1))

ws = wb.create_sheet(SHEET)
for col, w in {"A": 6, "B": 14, "C": 44, "D": 17, "E": 11, "F": 17, "G": 26}.items():
    ws.column_dimensions[col].width = w
ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）　事業者確認用"
ws["A1"].font = Font(name=F, size=13, bold=True)
ws["A3"] = "事業者名：" + VENDOR
ws["A4"] = "対象システム：" + SYSTEM
ws["A5"] = "提出先医療機関名：" + HOSPITAL
for a in ("A3", "A4", "A5"):
    ws[a].font = Font(name=F, size=11)

HR = 7
heads = ["No.", "区分", "確認項目", "1回目\n（はい・いいえ／確認日）", "目標日",
         "2回目\n（はい・いいえ／確認日）", "備考"]
for i, h in enumerate(heads, 1):
    c = ws.cell(HR, i, h)
    c.font = Font(name=F, size=10, bold=True)
    c.fill = HEAD
    c.border = BOX
    c.alignment = C
ws.row_dimensions[HR].height = 32

# 記入例 row, correctly labelled
ex = ["記入例", "体制構築", "（記入例）管理責任者を設置", "はい（5/20）", "", "", "（記入例）"]
for i, v in enumerate(ex, 1):
    c = ws.cell(HR + 1, i, v or None)
    c.font = Font(name=F, size=9, italic=True, color="808080")
    c.fill = EX
    c.border = BOX
    c.alignment = C if i in (1, 4, 5, 6) else L

entries = []
r = HR + 2
first_row = r
for n, (sec, shown, canon, t1, (a1, d1), tt, td, t2, sec2, rem) in enumerate(Q, 1):
    vals = [n, sec, shown, t1, tt or BLANK_DATE, t2 or BLANK_ANS, rem]
    for i, v in enumerate(vals, 1):
        c = ws.cell(r, i, v)
        c.font = Font(name=F, size=10)
        c.border = BOX
        c.alignment = C if i in (1, 4, 5, 6) else L
    ws.row_dimensions[r].height = 30
    e = {"section": sec, "item": canon, "itemNo": str(n), "firstAnswer": a1, "firstDate": d1}
    if td:
        e["targetDate"] = td
    if sec2:
        e["secondAnswer"], e["secondDate"] = sec2
    if rem:
        e["remarks"] = rem
    entries.append(e)
    r += 1

ws.freeze_panes = "D8"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
wb.active = 1
wb.save(XLSX)

# rows of the planted items
row_log = first_row + 6        # No.7 サーバ アクセスログ
row_src = first_row + 14       # No.15 ネットワーク機器 接続元制限
assert ws.cell(row_log, 1).value == 7 and ws.cell(row_src, 1).value == 15
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
        {"cells": ["%s!E%d" % (SHEET, row_log)], "paths": ["entries[6].targetDate"],
         "why": "1回目が「いいえ」なのに目標日が未記入（（　／　）のまま）。いいえ ⇒ 目標日必須"},
        {"cells": ["%s!F%d" % (SHEET, row_src), "%s!D%d" % (SHEET, row_src)],
         "paths": ["entries[14].secondDate"],
         "why": "2回目の確認日 10/11 が1回目の確認日 10/16 より前（2回目の日付は1回目以降でなければならない）"},
    ],
    "notes": ("Answer and date share one cell: 「はい（10/15）」 = はい, 2024-10-15 (year-less dates on the R6 form, "
              "Oct-Dec = 2024). Unused answer/target cells still show the printed template text "
              "「はい・いいえ（　／　）」 / 「（　／　）」 = blank. Row 8 is a correctly labelled 記入例 row and is not data. "
              "No. column is a sequential question number (1-17), given as itemNo. Item texts are abbreviated in the "
              "sheet; 'item' gives the full wording. Cell D12 (No.4) has a trailing space. "
              "Vendor-side wording of items other than 1-(1) and 2-(3) is my reconstruction."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", XLSX, len(entries), "entries; planted rows", row_log, row_src)

#!/usr/bin/python3
"""clh-w24-b: MHLW R6 医療機関確認用 checklist split into a cover sheet and one sheet per section / device
class (全般, サーバ, 端末PC, NW機器, インシデント対応). Answers ○ (はい) / × (いいえ); dates typed as 和暦 text
(R6.8.2, 令和6年8月2日, full-width digits once). A COUNTIF summary formula on the cover without cached value.
Saved by openpyxl. Planted: 目標日 outside the fiscal year; a 1回目 answer without its 確認日."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w24-b-sheet-per-section-maru-batsu"
FACILITY = "社会医療法人 青嶺会 南ヶ丘記念病院"

WAREKI = {  # text as typed -> ISO
    "R6.8.2": "2024-08-02", "令和6年8月2日": "2024-08-02", "令和６年８月２日": "2024-08-02",
    "R6.10.31": "2024-10-31", "R6.10.25": "2024-10-25", "R7.6.30": "2025-06-30",
    "R6.12.27": "2024-12-27", "R6.12.20": "2024-12-20", "R7.3.31": "2025-03-31",
}
ANS = {"○": "はい", "×": "いいえ"}

I_ACL = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
I_ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
I_LOG = "アクセスログを管理している"
I_PW = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
I_PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
I_SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
I_SRC = "接続元制限を実施している"

# row: (no, canonical item, shown text or None, first, firstDate, target, second, secondDate, remarks)
GENERAL = [
    ("H", "前提", "前提"),
    (None, "医療情報システムを導入、運用している", None, "○", "R6.8.2", None, None, None, None),
    ("H", "1 安全管理体制", "安全管理体制"),
    ("1-(1)", "医療情報システム安全管理責任者を設置している", None, "○", "R6.8.2", None, None, None, "事務部長（兼）"),
    ("H", "2 医療情報システム全般", "医療情報システム全般"),
    ("2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", None,
     "×", "R6.8.2", "R6.10.31", "○", "R6.10.25", "機器管理台帳をExcelで新規作成"),
    ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", None,
     "○", "令和6年8月2日", None, None, None, None),
    ("2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", None,
     "○", "R6.8.2", None, None, None, "電子カルテ・検査システム事業者より受領"),
]
DEVICE = {
    "サーバ": [
        (I_ACL, None, "○", "R6.8.2", None, None, None, None),
        (I_ACC, None, "○", "R6.8.2", None, None, None, None),
        (I_LOG, None, "○", None, None, None, None, "6か月保存"),
        (I_PW, None, "○", "R6.8.2", None, None, None, None),
        (I_PATCH, None, "○", "R6.8.2", None, None, None, None),
        (I_SVC, None, "○", "R6.8.2", None, None, None, None),
    ],
    "端末PC": [
        (I_ACL, None, "○", "R6.8.2", None, None, None, None),
        (I_ACC, "不要なアカウント（退職者・使用していないアカウント等）を削除している",
         "×", "R6.8.2", "R7.6.30", None, None, "病棟共用IDの整理に時間を要する"),
        (I_PW, None, "○", "令和６年８月２日", None, None, None, None),
        (I_PATCH, None, "○", "R6.8.2", None, None, None, "WSUSで月次適用"),
        (I_SVC, None, "○", "R6.8.2", None, None, None, None),
    ],
    "ネットワーク機器": [
        (I_PW, None, "○", "R6.8.2", None, None, None, None),
        (I_PATCH, None, "×", "R6.8.2", "R6.12.27", "○", "R6.12.20", "UTMファームウェア更新\n（保守業者対応）"),
        (I_SRC, None, "○", "R6.8.2", None, None, None, None),
    ],
}
INCIDENT = [
    ("3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", None,
     "○", "R6.8.2", None, None, None, None),
    ("3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", None,
     "○", "R6.8.2", None, None, None, None),
    ("3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している", None,
     "×", "R6.8.2", "R7.3.31", None, None, "確認表をもとに作成中"),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hfill = PatternFill("solid", fgColor="E2EFDA")

wb = Workbook()
cov = wb.active
cov.title = "表紙"
cov.column_dimensions["A"].width = 4
cov.column_dimensions["B"].width = 70
cov["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
cov["B2"].font = Font(bold=True, size=14)
cov["B3"] = "【医療機関確認用】"
cov["B5"] = "医療機関名"
cov["B5"].font = Font(bold=True)
cov["B6"] = FACILITY
cov["B6"].border = box
cov["B8"] = "記入方法"
cov["B8"].font = Font(bold=True)
for i, t in enumerate([
    "・各シートの項目について、1回目・2回目の欄に ○（はい）又は ×（いいえ）を記入し、確認日を記入してください。",
    "・×（いいえ）の項目は、対応の目標日を記入してください（年度内）。",
    "・「前提」が×の場合、以降のシートの記入は不要です。",
    "・シート：全般 / サーバ / 端末PC / NW機器 / インシデント対応",
], 9):
    cov.cell(i, 2, t)
cov["B14"] = "×（いいえ）の項目数"
cov["C14"] = "=COUNTIF(全般!C:C,\"×\")+COUNTIF(サーバ!B:B,\"×\")+COUNTIF(端末PC!B:B,\"×\")+COUNTIF(NW機器!B:B,\"×\")+COUNTIF(インシデント対応!C:C,\"×\")"

entries = []
cells = {}  # (sheet, canonical item) -> row


def head(ws, cols, title):
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = "○：はい　×：いいえ"
    ws["A2"].font = Font(size=9)
    # two-row header
    first = cols.index("1回目")
    second = cols.index("2回目")
    for c, t in enumerate(cols, 1):
        if t in ("確認日",):
            ws.cell(5, c, t)
        elif t == "1回目":
            ws.cell(4, c, "1回目")
            ws.cell(5, c, "回答")
        elif t == "2回目":
            ws.cell(4, c, "2回目")
            ws.cell(5, c, "回答")
        else:
            ws.cell(4, c, t)
            ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
    ws.merge_cells(start_row=4, start_column=first + 1, end_row=4, end_column=first + 2)
    ws.merge_cells(start_row=4, start_column=second + 1, end_row=4, end_column=second + 2)
    for rr in (4, 5):
        for c in range(1, len(cols) + 1):
            cell = ws.cell(rr, c)
            cell.border = box
            cell.fill = hfill
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center")


def put(ws, r, c0, item, shown, fa, fd, td, sa, sd, rem, section, no, ncols):
    ws.cell(r, c0, shown or item)
    ws.cell(r, c0 + 1, fa)
    if fd:
        ws.cell(r, c0 + 2, fd)
    if td:
        ws.cell(r, c0 + 3, td)
    if sa:
        ws.cell(r, c0 + 4, sa)
    if sd:
        ws.cell(r, c0 + 5, sd)
    if rem:
        ws.cell(r, c0 + 6, rem)
    for c in range(1, ncols + 1):
        cell = ws.cell(r, c)
        cell.border = box
        cell.alignment = Alignment(vertical="center", wrap_text=True,
                                   horizontal="left" if c in (c0, c0 + 6) else "center")
    ws.row_dimensions[r].height = 33
    e = {"section": section, "item": item}
    if no:
        e["itemNo"] = no
    e["firstAnswer"] = ANS[fa]
    if fd:
        e["firstDate"] = WAREKI[fd]
    if td:
        e["targetDate"] = WAREKI[td]
    if sa:
        e["secondAnswer"] = ANS[sa]
    if sd:
        e["secondDate"] = WAREKI[sd]
    if rem:
        e["remarks"] = rem
    entries.append(e)


def widths(ws, ws_widths):
    for k, v in ws_widths.items():
        ws.column_dimensions[k].width = v


# 全般
ws = wb.create_sheet("全般")
cols = ["番号", "確認項目", "1回目", "確認日", "目標日", "2回目", "確認日", "備考"]
head(ws, cols, "前提・1 安全管理体制・2 医療情報システム全般")
widths(ws, dict(A=7, B=50, C=7, D=14, E=11, F=7, G=11, H=28))
r = 6
sec = None
for row in GENERAL:
    if row[0] == "H":
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1, row[1]).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        sec = row[2]
        r += 1
        continue
    no, item, shown, fa, fd, td, sa, sd, rem = row
    ws.cell(r, 1, no)
    put(ws, r, 2, item, shown, fa, fd, td, sa, sd, rem, sec, no, 8)
    r += 1

# device sheets
for sheet, dev in (("サーバ", "サーバ"), ("端末PC", "端末PC"), ("NW機器", "ネットワーク機器")):
    ws = wb.create_sheet(sheet)
    cols = ["確認項目", "1回目", "確認日", "目標日", "2回目", "確認日", "備考"]
    head(ws, cols, "2 医療情報システム全般　【%s】" % dev)
    widths(ws, dict(A=55, B=7, C=14, D=11, E=7, F=11, G=28))
    r = 6
    for item, shown, fa, fd, td, sa, sd, rem in DEVICE[dev]:
        cells[(sheet, item)] = r
        put(ws, r, 1, item, shown, fa, fd, td, sa, sd, rem, dev, None, 7)
        r += 1

# インシデント対応
ws = wb.create_sheet("インシデント対応")
cols = ["番号", "確認項目", "1回目", "確認日", "目標日", "2回目", "確認日", "備考"]
head(ws, cols, "3 インシデント発生時の対応")
widths(ws, dict(A=7, B=55, C=7, D=11, E=11, F=7, G=11, H=28))
r = 6
for no, item, shown, fa, fd, td, sa, sd, rem in INCIDENT:
    ws.cell(r, 1, no)
    put(ws, r, 2, item, shown, fa, fd, td, sa, sd, rem, "インシデント発生時の対応", no, 8)
    r += 1

for s in wb.worksheets[1:]:
    s.page_setup.orientation = "landscape"
    s.page_setup.paperSize = s.PAPERSIZE_A4
    s.sheet_properties.pageSetUpPr.fitToPage = True
    s.page_setup.fitToHeight = 0

wb.save(os.path.join(HERE, NAME + ".xlsx"))

i_acc = next(i for i, e in enumerate(entries) if e["section"] == "端末PC" and e["item"] == I_ACC)
i_log = next(i for i, e in enumerate(entries) if e["section"] == "サーバ" and e["item"] == I_LOG)
expected = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [
        {"cells": ["端末PC!D%d" % cells[("端末PC", I_ACC)]], "paths": ["entries[%d].targetDate" % i_acc],
         "why": "目標日 R7.6.30 (2025-06-30) は令和6年度（2025-03-31まで）の外"},
        {"cells": ["サーバ!C%d" % cells[("サーバ", I_LOG)]], "paths": ["entries[%d].firstDate" % i_log],
         "why": "1回目の回答（○）はあるが確認日が未記入（1回目は回答と確認日の両方が必要）"},
    ],
    "notes": "Cover sheet 表紙 holds 医療機関名 (label above value) and a COUNTIF formula (no cached value, not a field). "
             "Entries are in sheet order 全般, サーバ, 端末PC, NW機器, インシデント対応. ○ = はい, × = いいえ. "
             "All dates are typed as 和暦 text (R6.8.2, 令和6年8月2日, once with full-width digits 令和６年８月２日). "
             "section: on 全般 the heading row above the item without its number (前提 / 安全管理体制 / 医療情報システム全般); "
             "on device sheets the device class in the sheet title (sheet NW機器 = ネットワーク機器); on インシデント対応 "
             "the sheet title without its number. Device items show no item number. The 端末PC 不要アカウント item "
             "text is reworded in the cell; item is given in catalogue wording.",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", NAME, len(entries), expected["planted"])

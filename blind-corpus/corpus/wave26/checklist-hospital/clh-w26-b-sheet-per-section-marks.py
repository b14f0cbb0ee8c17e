#!/usr/bin/python3
"""clh-w26-b: 医療機関確認用 checklist (R6) as a small hospital's office clerk redrew it: a 表紙 sheet with the
hospital name and a COUNTIF summary (no cached values), then one sheet per section / device class. Each table:
チェック項目 | 1回目 (はい | いいえ | 確認日) | 目標日 | 2回目 (はい | いいえ | 確認日) | 備考; the answer is a ○ put
in the はい or いいえ column; dates typed as 和暦 text (R6.10.15 / 令和6年12月27日). No item numbers shown.
Planted: 2-(3) MDS/SDS 目標日 R7.5.30 is outside 令和6年度; サーバ security-patch row has a 確認日 but no ○."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill

OUT = "/work/blind/wave26/checklist-hospital"
NAME = "clh-w26-b-sheet-per-section-marks"
FACILITY = "医療法人 白梅会 白梅記念病院"

T_PRE = "医療情報システムを導入、運用している"
T11 = "医療情報システム安全管理責任者を設置している"
T21 = "サーバ、端末PC、ネットワーク機器の台帳管理を行っている"
T22 = "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した"
T23 = "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう"
T_ACL = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
T_ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
T_LOG = "アクセスログを管理している"
T_PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
T_SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
T_SRC = "接続元制限を実施している"
T31 = "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある"
T32 = "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している"
T33 = "サイバー攻撃を想定した事業継続計画（BCP）を策定している"

# Displayed (clerk's shortened) wording -> catalogue wording
SHORT = {
    T_PRE: "医療情報システムを導入・運用している",
    T11: "医療情報システム安全管理責任者の設置",
    T21: "サーバ・端末PC・ネットワーク機器の台帳管理",
    T22: "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認",
    T23: "事業者からMDS/SDS（製造業者/サービス事業者による医療情報セキュリティ開示書）を提出してもらう",
    T_ACL: "利用者の職種・担当業務別の情報区分毎のアクセス利用権限設定",
    T_ACC: "退職者や使用していないアカウント等、不要なアカウントの削除",
    T_LOG: "アクセスログの管理",
    T_PAT: "セキュリティパッチ（最新ファームウェアや更新プログラム）の適用",
    T_SVC: "バックグラウンドで動作している不要なソフトウェア及びサービスの停止",
    T_SRC: "接続元制限",
    T31: "インシデント発生時の組織内と外部関係機関（事業者、厚労省、警察等）への連絡体制図がある",
    T32: "診療継続に必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
    T33: "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
}

# row: (item, ans1, date1_text, date1_iso, tgt_text, tgt_iso, ans2, date2_text, date2_iso, remarks)
def R(item, a1, d1, d1i, tgt=None, tgti=None, a2=None, d2=None, d2i=None, rem=""):
    return (item, a1, d1, d1i, tgt, tgti, a2, d2, d2i, rem)

# sheets: (sheet name, title line, blocks[(block heading shown, section value, rows)])
SHEETS = [
    ("前提・1体制", "前提／1. 体制構築", [
        ("【前提】", "前提", [R(T_PRE, "はい", "R6.10.15", "2024-10-15")]),
        ("【1. 体制構築】", "体制構築", [
            R(T11, "はい", "R6.10.15", "2024-10-15", rem="事務長が兼務")]),
    ]),
    ("2全般", "2. 医療情報システムの管理・運用", [
        ("【医療情報システム全般】", "医療情報システム全般", [
            R(T21, "いいえ", "R6.10.15", "2024-10-15", "令和6年12月27日", "2024-12-27", "はい", "R6.12.20",
              "2024-12-20", rem="ネットワーク機器分が未整備だった"),
            R(T22, "はい", "R6.10.15", "2024-10-15"),
            # PLANT 1: target date outside FY R6 (ends 2025-03-31)
            R(T23, "いいえ", "R6.10.16", "2024-10-16", "R7.5.30", "2025-05-30", rem="電子カルテ事業者へ依頼済み"),
        ]),
    ]),
    ("2サーバ", "2. 医療情報システムの管理・運用", [
        ("【サーバ】", "サーバ", [
            R(T_ACL, "はい", "R6.10.16", "2024-10-16"),
            R(T_ACC, "はい", "R6.10.16", "2024-10-16"),
            R(T_LOG, "はい", "R6.10.16", "2024-10-16"),
            # PLANT 2: no ○ in either column
            R(T_PAT, None, "R6.10.16", "2024-10-16", rem="保守業者に確認中"),
            R(T_SVC, "はい", "R6.10.16", "2024-10-16"),
        ]),
    ]),
    ("2端末PC", "2. 医療情報システムの管理・運用", [
        ("【端末PC】", "端末PC", [
            R(T_ACL, "はい", "R6.10.17", "2024-10-17"),
            R(T_ACC, "いいえ", "R6.10.17", "2024-10-17", "R6.11.29", "2024-11-29", "はい", "R6.11.25",
              "2024-11-25"),
            R(T_PAT, "はい", "R6.10.17", "2024-10-17"),
            R(T_SVC, "はい", "R6.10.17", "2024-10-17"),
        ]),
    ]),
    ("2NW機器", "2. 医療情報システムの管理・運用", [
        ("【ネットワーク機器】", "ネットワーク機器", [
            R(T_PAT, "いいえ", "R6.10.17", "2024-10-17", "R7.1.31", "2025-01-31", "はい", "R7.1.27", "2025-01-27",
              rem="ルータのファームウェア更新（保守業者作業）"),
            R(T_SRC, "はい", "R6.10.17", "2024-10-17"),
        ]),
    ]),
    ("3インシデント", "3. インシデント発生に備えた対応", [
        (None, "インシデント発生に備えた対応", [
            R(T31, "はい", "R6.10.18", "2024-10-18"),
            R(T32, "はい", "R6.10.18", "2024-10-18"),
            R(T33, "いいえ", "R6.10.18", "2024-10-18", "R7.3.31", "2025-03-31", rem="年度内策定予定"),
        ]),
    ]),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
hfill = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook()
cover = wb.active
cover.title = "表紙"
cover.column_dimensions["A"].width = 4
cover.column_dimensions["B"].width = 22
cover.column_dimensions["C"].width = 40
cover["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
cover["B2"].font = Font(bold=True, size=14)
cover["B3"] = "（令和6年度版・医療機関確認用）"
cover["B5"] = "医療機関名"
cover["C5"] = FACILITY
for c in ("B5", "C5"):
    cover[c].border = box
cover["B5"].fill = hfill
cover["B7"] = "※ 各シートの「はい」「いいえ」欄に○を付け、確認日を記入。「いいえ」は目標日を記入。"
cover["B7"].font = Font(size=9)
cover["B9"] = "シート"
cover["C9"] = "1回目「いいえ」の数"
for c in ("B9", "C9"):
    cover[c].border = box; cover[c].fill = hfill


def header(ws, r):
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
    ws.cell(r, 1, "チェック項目")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    ws.cell(r, 2, "1回目")
    ws.merge_cells(start_row=r, start_column=5, end_row=r + 1, end_column=5)
    ws.cell(r, 5, "目標日")
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=8)
    ws.cell(r, 6, "2回目")
    ws.merge_cells(start_row=r, start_column=9, end_row=r + 1, end_column=9)
    ws.cell(r, 9, "備考")
    for c, t in zip(range(2, 9), ["はい", "いいえ", "確認日", None, "はい", "いいえ", "確認日"]):
        if t:
            ws.cell(r + 1, c, t)
    for rr in (r, r + 1):
        for c in range(1, 10):
            cell = ws.cell(rr, c)
            cell.border = box; cell.alignment = center; cell.fill = hfill; cell.font = Font(bold=True, size=10)


entries = []
cellref = {}
cover_row = 10
for sname, title, blocks in SHEETS:
    ws = wb.create_sheet(sname)
    for k, v in dict(A=52, B=6, C=6, D=11, E=15, F=6, G=6, H=11, I=28).items():
        ws.column_dimensions[k].width = v
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=12)
    r = 3
    first = None
    for bhead, section, rows in blocks:
        if bhead:
            ws.cell(r, 1, bhead).font = Font(bold=True)
            r += 1
        header(ws, r)
        r += 2
        for item, a1, d1, d1i, tgt, tgti, a2, d2, d2i, rem in rows:
            if first is None:
                first = r
            ws.cell(r, 1, SHORT[item]).alignment = wrap
            if a1 == "はい":
                ws.cell(r, 2, "○")
            elif a1 == "いいえ":
                ws.cell(r, 3, "○")
            ws.cell(r, 4, d1)
            if tgt:
                ws.cell(r, 5, tgt)
            if a2 == "はい":
                ws.cell(r, 6, "○")
            elif a2 == "いいえ":
                ws.cell(r, 7, "○")
            if d2:
                ws.cell(r, 8, d2)
            if rem:
                ws.cell(r, 9, rem).alignment = wrap
            for c in range(1, 10):
                ws.cell(r, c).border = box
                if 2 <= c <= 8:
                    ws.cell(r, c).alignment = center
            ws.row_dimensions[r].height = 32
            e = dict(section=section, item=item)
            if a1:
                e["firstAnswer"] = a1
            e["firstDate"] = d1i
            if tgti:
                e["targetDate"] = tgti
            if a2:
                e["secondAnswer"] = a2
            if d2i:
                e["secondDate"] = d2i
            if rem:
                e["remarks"] = rem
            cellref[(sname, item)] = (r, len(entries))
            entries.append(e)
            r += 1
        r += 1
    last = r - 2
    cover.cell(cover_row, 2, sname).border = box
    cover.cell(cover_row, 3, f"=COUNTIF('{sname}'!C{first}:C{last},\"○\")").border = box
    cover_row += 1
    ws.page_setup.orientation = "landscape"
cover.cell(cover_row, 2, "合計").border = box
cover.cell(cover_row, 3, f"=SUM(C10:C{cover_row-1})").border = box
wb.save(os.path.join(OUT, NAME + ".xlsx"))

r23, i23 = cellref[("2全般", T23)]
rpat, ipat = cellref[("2サーバ", T_PAT)]
expected = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [
        {"cells": [f"2全般!E{r23}"], "paths": [f"entries[{i23}].targetDate"],
         "why": "目標日 R7.5.30 (2025-05-30) が令和6年度（2025-03-31まで）を超えている"},
        {"cells": [f"2サーバ!B{rpat}", f"2サーバ!C{rpat}"], "paths": [f"entries[{ipat}].firstAnswer"],
         "why": "1回目の「はい」「いいえ」どちらにも○がない（確認日のみ記入）；1回目の回答は必須"},
    ],
    "notes": ("One sheet per section / device class after a 表紙; the section of each row is the 【…】 block heading "
              "on its sheet (sheet 3インシデント has no block heading: section taken from its title "
              "'3. インシデント発生に備えた対応'). The 前提・1体制 sheet holds two small tables. Item text is the "
              "clerk's shortened wording; 'item' values give the catalogue wording. No item numbers are shown. "
              "Answers are ○ marks in the はい or いいえ column; all dates are 和暦 text. 表紙 COUNTIF/SUM formulas "
              "have no cached values."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", NAME, r23, rpat)

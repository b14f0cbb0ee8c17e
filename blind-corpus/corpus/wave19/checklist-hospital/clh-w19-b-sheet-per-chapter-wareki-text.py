#!/usr/bin/python3
"""Generator: clh-w19-b-sheet-per-chapter-wareki-text.xlsx
Hospital-made multi-sheet version of the MHLW 令和6年度版 チェックリスト（医療機関確認用）:
a cover sheet (医療機関名, summary formulas without cached values), one sheet per chapter,
full-width item numbers (１－（１）), はい/いいえ typed as text from a hidden list sheet,
dates mostly typed as 和暦 text (R6.7.16, 令和6年9月30日), one 2回目 answer with its date in the
same cell. Planted: 端末PC アカウント削除 1回目 without 確認日; サーバ 不要ソフト停止 目標日 before
the 1回目 date."""
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "clh-w19-b-sheet-per-chapter-wareki-text"
XLSX = os.path.join(HERE, BASE + ".xlsx")
FACILITY = "医療法人 桜樹会 さくら台病院"
D = dt.date

ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
DEL = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"

def R(s):  # "R6.7.16" -> iso
    y, m, d = map(int, s[1:].split("."))
    return "%04d-%02d-%02d" % (2018 + y, m, d)

# Each row: ("H", heading text) | ("S", sub heading) | item tuple
# item: (itemNo shown, itemNo canonical, section, item, a1 cell, d1 cell, d1 iso, tg cell, tg iso,
#        a2 cell, d2 cell, a2 canon, d2 iso, remarks)
S1 = [
    ("I", ("前提", None, "前提", "医療情報システムを導入、運用している", "はい", "R6.7.16", "2024-07-16", None, None, None, None, None, None, None)),
    ("H", "１．体制構築"),
    ("I", ("１－（１）", "1-(1)", "体制構築", "医療情報システム安全管理責任者を設置している", "はい", "R6.7.16", "2024-07-16", None, None, None, None, None, None, "事務長が兼務")),
]
S2 = [
    ("H", "２．医療情報システムの管理・運用"),
    ("S", "【医療情報システム全般】"),
    ("I", ("２－（１）", "2-(1)", "医療情報システム全般", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", D(2024, 7, 16), "2024-07-16", None, None, None, None, None, None, None)),
    ("I", ("２－（２）", "2-(2)", "医療情報システム全般", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "いいえ", "R6.7.16", "2024-07-16", "令和6年8月30日", "2024-08-30", "はい（8/27）", None, "はい", "2024-08-27", "保守業者4社に照会")),
    ("I", ("２－（３）", "2-(3)", "医療情報システム全般", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", "いいえ", "R6.7.16", "2024-07-16", "令和6年10月31日", "2024-10-31", "はい", "R6.10.25", "はい", "2024-10-25", None)),
    ("S", "【サーバ】"),
    ("I", (None, None, "サーバ", ACC, "はい", "R6.7.17", "2024-07-17", None, None, None, None, None, None, None)),
    ("I", (None, None, "サーバ", DEL, "はい", "R6.7.17", "2024-07-17", None, None, None, None, None, None, None)),
    ("I", (None, None, "サーバ", LOG, "はい", "R6.7.17", "2024-07-17", None, None, None, None, None, None, None)),
    ("I", (None, None, "サーバ", PAT, "はい ", "R6.7.17", "2024-07-17", None, None, None, None, None, None, None)),
    ("I", (None, None, "サーバ", SVC, "いいえ", "R6.7.17", "2024-07-17", "令和6年6月30日", "2024-06-30", None, None, None, None, "ベンダーに停止可否を確認中")),  # PLANTED
    ("S", "【端末PC】"),
    ("I", (None, None, "端末PC", ACC, "はい", "R6.7.18", "2024-07-18", None, None, None, None, None, None, None)),
    ("I", (None, None, "端末PC", DEL, "はい", None, None, None, None, None, None, None, None, None)),  # PLANTED: no date
    ("I", (None, None, "端末PC", PAT, "はい", "R6.7.18", "2024-07-18", None, None, None, None, None, None, "WSUSで配信")),
    ("I", (None, None, "端末PC", SVC, "はい", "R6.7.18", "2024-07-18", None, None, None, None, None, None, None)),
    ("S", "【ネットワーク機器】"),
    ("I", (None, None, "ネットワーク機器", PAT, "いいえ", "R6.7.19", "2024-07-19", "令和6年11月29日", "2024-11-29", "はい", "R6.11.22", "はい", "2024-11-22", "VPN装置のファームウェア\n更新済（11/22）")),
    ("I", (None, None, "ネットワーク機器", SRC, "はい", "R6.7.19", "2024-07-19", None, None, None, None, None, None, None)),
]
S3 = [
    ("H", "３．インシデント発生に備えた対応"),
    ("I", ("３－（１）", "3-(1)", "インシデント発生に備えた対応", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", "はい", "R6.7.22", "2024-07-22", None, None, None, None, None, None, None)),
    ("I", ("３－（２）", "3-(2)", "インシデント発生に備えた対応", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", "はい", "R6.7.22", "2024-07-22", None, None, None, None, None, None, None)),
    ("I", ("３－（３）", "3-(3)", "インシデント発生に備えた対応", "サイバー攻撃を想定した事業継続計画（BCP）を策定している", "いいえ", "R6.7.22", "2024-07-22", "令和7年3月31日", "2025-03-31", None, None, None, None, "策定中（確認表で進捗管理）")),
]
SHEETS = [("前提・1 体制", S1), ("2 システム管理", S2), ("3 インシデント", S3)]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
lft = Alignment(horizontal="left", vertical="center", wrap_text=True)

wb = Workbook()
cov = wb.active; cov.title = "表紙"
cov.column_dimensions["A"].width = 4; cov.column_dimensions["B"].width = 26; cov.column_dimensions["C"].width = 48
cov["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
cov["B2"].font = Font(size=14, bold=True)
cov["B3"] = "医療機関確認用"
cov["B5"] = "医療機関名"; cov["C5"] = FACILITY
for c in ("B5", "C5"):
    cov[c].border = box
cov["B5"].fill = PatternFill("solid", fgColor="E2EFDA")
cov["B7"] = "1回目「いいえ」の件数"
cov["C7"] = "=COUNTIF('前提・1 体制'!C:C,\"いいえ\")+COUNTIF('2 システム管理'!C:C,\"いいえ\")+COUNTIF('3 インシデント'!C:C,\"いいえ\")"
cov["B8"] = "2回目で「はい」になった件数"
cov["C8"] = "=COUNTIF('前提・1 体制'!F:F,\"はい*\")+COUNTIF('2 システム管理'!F:F,\"はい*\")+COUNTIF('3 インシデント'!F:F,\"はい*\")"
cov["B10"] = "※各シートの回答欄はプルダウンで「はい」「いいえ」を選択、日付は確認した日を記入。"
cov["B11"] = "※「前提」が「いいえ」の場合は以降の記入不要。"

lst = wb.create_sheet("リスト")
lst["A1"] = "はい"; lst["A2"] = "いいえ"
lst.sheet_state = "hidden"

entries = []
cellref = {}
for sname, rows in SHEETS:
    ws = wb.create_sheet(sname)
    for k, v in {"A": 11, "B": 58, "C": 9, "D": 11, "E": 16, "F": 12, "G": 11, "H": 28}.items():
        ws.column_dimensions[k].width = v
    ws["A1"] = sname.replace(" ", "　")
    ws["A1"].font = Font(bold=True, size=12)
    hdr = ["項番", "チェック項目", "1回目", "確認日", "目標日", "2回目", "確認日", "備考"]
    for c, t in enumerate(hdr, 1):
        cell = ws.cell(3, c, t); cell.border = box; cell.alignment = ctr; cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="FCE4D6")
    dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$2", allow_blank=True)
    ws.add_data_validation(dv)
    r = 4
    for kind, x in rows:
        if kind in ("H", "S"):
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            ws.cell(r, 1, x).font = Font(bold=(kind == "H"))
            if kind == "H":
                ws.cell(r, 1).fill = PatternFill("solid", fgColor="EDEDED")
            for c in range(1, 9):
                ws.cell(r, c).border = box
            r += 1
            continue
        (noshow, nocan, sec, item, a1, d1, d1iso, tg, tgiso, a2, d2, a2can, d2iso, rem) = x
        ws.cell(r, 1, noshow)
        ws.cell(r, 2, item)
        ws.cell(r, 3, a1)
        if d1 is not None:
            ws.cell(r, 4, d1)
            if isinstance(d1, dt.date):
                ws.cell(r, 4).number_format = "[$-411]ge.m.d"
        if tg: ws.cell(r, 5, tg)
        if a2: ws.cell(r, 6, a2)
        if d2: ws.cell(r, 7, d2)
        if rem: ws.cell(r, 8, rem)
        for c in range(1, 9):
            cell = ws.cell(r, c); cell.border = box
            cell.alignment = lft if c in (2, 8) else ctr
        dv.add("C%d" % r)
        ws.row_dimensions[r].height = 30
        e = {"section": sec, "item": item}
        if nocan: e["itemNo"] = nocan
        e["firstAnswer"] = a1.strip()
        if d1iso: e["firstDate"] = d1iso
        if tgiso: e["targetDate"] = tgiso
        if a2can: e["secondAnswer"] = a2can
        if d2iso: e["secondDate"] = d2iso
        if rem: e["remarks"] = rem
        cellref[(sec, item)] = (sname, r, len(entries))
        entries.append(e)
        r += 1
    ws.freeze_panes = "C4"
wb.active = 0
wb.save(XLSX)

s1, r1, i1 = cellref[("サーバ", SVC)]
s2, r2, i2 = cellref[("端末PC", DEL)]
planted = [
    {"cells": ["%s!E%d" % (s1, r1), "%s!D%d" % (s1, r1)], "paths": ["entries[%d].targetDate" % i1],
     "why": "1回目「いいえ」（R6.7.17）の目標日が 令和6年6月30日 で、1回目の確認日より前"},
    {"cells": ["%s!D%d" % (s2, r2)], "paths": ["entries[%d].firstDate" % i2],
     "why": "1回目の回答「はい」はあるが確認日が未記入（全項目に1回目の回答と確認日が必要）"},
]
exp = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": BASE + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": planted,
    "notes": ("Cover sheet '表紙' holds 医療機関名 and two COUNTIF formulas saved by openpyxl without cached values "
              "(not form fields). Hidden sheet 'リスト' feeds the drop-downs. Item numbers are shown full-width "
              "('２－（１）'); itemNo is given half-width canonical ('2-(1)'). The 前提 row shows '前提' in the 項番 "
              "column (no itemNo given). Device-class items are unnumbered under sub-heading rows 【サーバ】 etc. "
              "1回目 dates are text 'R6.7.16' except 2-(1), an Excel date cell formatted as 和暦 (ge.m.d). 目標日 "
              "typed as '令和6年8月30日'. 2-(2)'s 2回目 is 'はい（8/27）' in the answer cell with its 確認日 cell left "
              "empty. One 1回目 answer has a trailing space ('はい '). Device-class item list follows seed 004."),
}
with open(os.path.join(HERE, BASE + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("wrote", XLSX, planted)

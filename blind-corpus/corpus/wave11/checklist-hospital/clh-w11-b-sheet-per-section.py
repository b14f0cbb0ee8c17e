#!/usr/bin/python3
# clh-w11-b: the hospital's IT person splits the MHLW 令和6年度版 チェックリスト（医療機関確認用）into one sheet
# per section (so each department head fills "their" sheet): a 表紙 with the facility name in the same cell as
# its label, the 前提 question, and a second table (sheet list with COUNTA formulas saved by openpyxl without
# cached values); sheets 1体制構築 / 2全般 / 2サーバ / 2端末PC / 2NW機器 / 3インシデント; dates typed as 和暦 text
# (R6.11.5 for 確認日, 令和7年2月28日 for 目標日); a hidden 選択肢 sheet feeding the はい/いいえ dropdowns;
# a trailing space after one はい. Two planted problems (see expected.json).
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave11/checklist-hospital"
NAME = "clh-w11-b-sheet-per-section"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
hdr = PatternFill("solid", fgColor="BDD7EE")

FACILITY = "医療法人社団 桜川会 さくら川病院"
ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
DELACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"
# half-width brackets in the sheet text for a few items (the IT person typed them), canonical wording in item
def hw(s):
    return s.replace("（", "(").replace("）", ")")

def iso_wareki(s):
    """R6.11.5 / 令和7年2月28日 -> ISO (only the forms used here)"""
    if s is None:
        return None
    import re
    m = re.match(r"R(\d+)\.(\d+)\.(\d+)$", s) or re.match(r"令和(\d+)年(\d+)月(\d+)日$", s)
    y, mo, d = (int(x) for x in m.groups())
    return f"{2018 + y:04d}-{mo:02d}-{d:02d}"

# sheet name -> (section, rows); row: (itemNo, sheet text, canonical item, first, firstDate, target, second, secondDate, remarks)
SHEETS = [
    ("1体制構築", "体制構築", [
        ("1-(1)", "医療情報システム安全管理責任者を設置している", "医療情報システム安全管理責任者を設置している",
         "はい", "R6.11.5", None, None, None, "事務部長（兼 情報管理委員長）"),
    ]),
    ("2全般", "医療情報システム全般", [
        ("2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
         "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい ", "R6.11.5", None, None, None, None),
        ("2-(2)", hw("リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した"),
         "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい", "R6.11.5", None, None,
         None, "電子カルテ・画像・検査の3社"),
        ("2-(3)", hw("事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう"),
         "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
         "いいえ", "R6.11.5", "令和7年6月30日", None, None, "次回契約更新時に提出を依頼"),
    ]),
    ("2サーバ", "サーバ", [
        (None, ACC, ACC, "はい", "R6.11.6", None, None, None, None),
        (None, DELACC, DELACC, "はい", "R6.11.6", None, None, None, None),
        (None, LOG, LOG, "いいえ", "R6.11.6", "令和7年2月28日", "はい", "R7.2.14", "ログ保存期間を1年に設定し月次確認"),
        (None, hw(PATCH), PATCH, "はい", "R6.11.6", None, None, None, None),
        (None, SVC, SVC, "はい", "R6.11.6", None, None, None, None),
    ]),
    ("2端末PC", "端末PC", [
        (None, ACC, ACC, "はい", "R6.11.6", None, None, None, None),
        (None, DELACC, DELACC, None, "R6.11.6", None, None, None, "人事課に退職者リストを依頼中"),
        (None, hw(PATCH), PATCH, "はい", "R6.11.6", None, None, None, None),
        (None, SVC, SVC, "はい", "R6.11.6", None, None, None, None),
    ]),
    ("2NW機器", "ネットワーク機器", [
        (None, hw(PATCH), PATCH, "はい", "R6.11.7", None, None, None, "UTM・L3スイッチ"),
        (None, SRC, SRC, "はい", "R6.11.7", None, None, None, None),
    ]),
    ("3インシデント", "インシデント発生に備えた対応", [
        ("3-(1)", hw("インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある"),
         "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
         "はい", "R6.11.7", None, None, None, None),
        ("3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
         "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
         "はい", "R6.11.7", None, None, None, "電子カルテは日次バックアップ、復旧手順書あり"),
        ("3-(3)", hw("サイバー攻撃を想定した事業継続計画（BCP）を策定している"),
         "サイバー攻撃を想定した事業継続計画（BCP）を策定している", "いいえ", "R6.11.7", "令和7年3月31日", None, None,
         None),
    ]),
]
PREMISE = ("医療情報システムを導入、運用している\n（「いいえ」の場合は各シートの記入は不要）", "医療情報システムを導入、運用している",
           "はい", "R6.11.5")

wb = Workbook()
cov = wb.active
cov.title = "表紙"
for k, v in dict(A=48, B=10, C=14, D=12, E=10).items():
    cov.column_dimensions[k].width = v
cov["A1"] = "サイバーセキュリティ対策チェックリスト（医療機関確認用）令和6年度"
cov["A1"].font = Font(bold=True, size=14)
cov["A3"] = "医療機関名：" + FACILITY
cov["A3"].font = Font(size=12, bold=True)
cov["A5"] = "【前提】"
cov["A5"].font = Font(bold=True)
for i, t in enumerate(["確認項目", "1回目", "確認日", "備考"]):
    c = cov.cell(6, 1 + i, t); c.border = box; c.fill = hdr; c.alignment = center; c.font = Font(bold=True)
for i, v in enumerate([PREMISE[0], PREMISE[2], PREMISE[3], None]):
    c = cov.cell(7, 1 + i, v); c.border = box; c.alignment = wrap if i == 0 else center
cov.row_dimensions[7].height = 34
# second table on the same sheet: sheet list with counts (formulas, no cached values)
cov["A10"] = "【シート一覧】（回答数は自動計算）"
cov["A10"].font = Font(bold=True)
for i, t in enumerate(["シート", "項目数", "回答数"]):
    c = cov.cell(11, 1 + i, t); c.border = box; c.fill = hdr; c.alignment = center
r = 12
for sname, sec, rows in SHEETS:
    n = len(rows)
    cov.cell(r, 1, f"{sname}（{sec}）").border = box
    cov.cell(r, 2, n).border = box
    cov.cell(r, 3, f"=COUNTA('{sname}'!C4:C{3 + n})").border = box
    r += 1
cov.cell(r, 1, "合計").border = box
cov.cell(r, 2, f"=SUM(B12:B{r - 1})").border = box
cov.cell(r, 3, f"=SUM(C12:C{r - 1})").border = box

opt = wb.create_sheet("選択肢")
opt["A1"] = "はい"; opt["A2"] = "いいえ"
opt.sheet_state = "hidden"

entries = [dict(section="前提", item=PREMISE[1], firstAnswer="はい", firstDate=iso_wareki(PREMISE[3]))]
cells = {}
for sname, sec, rows in SHEETS:
    ws = wb.create_sheet(sname)
    for k, v in dict(A=7, B=56, C=8, D=11, E=16, F=8, G=11, H=30).items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "区分：" + sec
    ws["A1"].font = Font(bold=True, size=13)
    for i, t in enumerate(["No.", "確認項目", "1回目", "確認日", "目標日", "2回目", "確認日", "備考"]):
        c = ws.cell(3, 1 + i, t); c.border = box; c.fill = hdr; c.alignment = center; c.font = Font(bold=True)
    dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
    ws.add_data_validation(dv)
    for j, (no, text, item, a1, d1, tgt, a2, d2, rem) in enumerate(rows):
        rr = 4 + j
        for i, v in enumerate([no, text, a1, d1, tgt, a2, d2, rem]):
            c = ws.cell(rr, 1 + i, v); c.border = box
            c.alignment = wrap if i in (1, 7) else center
        dv.add(f"C{rr}"); dv.add(f"F{rr}")
        ws.row_dimensions[rr].height = 32
        e = dict(section=sec, item=item)
        if no: e["itemNo"] = no
        if a1: e["firstAnswer"] = a1.strip()
        if d1: e["firstDate"] = iso_wareki(d1)
        if tgt: e["targetDate"] = iso_wareki(tgt)
        if a2: e["secondAnswer"] = a2
        if d2: e["secondDate"] = iso_wareki(d2)
        if rem: e["remarks"] = rem
        cells[(sname, item)] = (len(entries), rr)
        entries.append(e)
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0

wb.save(os.path.join(OUT, NAME + ".xlsx"))

i_mds, r_mds = cells[("2全般", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう")]
i_del, r_del = cells[("2端末PC", DELACC)]
planted = [
    {"cells": [f"2全般!E{r_mds}"], "paths": [f"entries[{i_mds}].targetDate"],
     "why": "2-(3) が「いいえ」で目標日が 令和7年6月30日 (2025-06-30)：令和6年度（2025-03-31まで）を超えている"},
    {"cells": [f"2端末PC!C{r_del}"], "paths": [f"entries[{i_del}].firstAnswer"],
     "why": "端末PC「不要なアカウントを削除している」の1回目の回答（はい/いいえ）が空欄（確認日 R6.11.6 だけ記入）"},
]
expected = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": planted,
    "notes": ("Sheet order: 表紙, 選択肢 (hidden, holds the dropdown list はい/いいえ — not data), 1体制構築, 2全般, "
              "2サーバ, 2端末PC, 2NW機器, 3インシデント. entries follow that order; the 前提 entry comes from 表紙 row 7. "
              "facilityName shares 表紙!A3 with its label ('医療機関名：…'). section = the text after '区分：' in A1 of "
              "each sheet. The second table on 表紙 (rows 11-18) is a sheet list with COUNTA/SUM formulas saved "
              "without cached values — not checklist data. Dates are 和暦 text: 'R6.11.5' = 2024-11-05, "
              "'令和7年2月28日' = 2025-02-28. 2全般!C4 holds 'はい ' with a trailing space (= はい). Some item texts "
              "use half-width brackets; item gives the catalogue wording with full-width brackets. Device sheets "
              "show no item numbers (itemNo omitted). Device items follow seed 004's R6 list (no password row)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", i_mds, r_mds, i_del, r_del)

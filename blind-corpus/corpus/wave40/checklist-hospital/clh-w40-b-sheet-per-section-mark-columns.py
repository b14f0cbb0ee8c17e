#!/usr/bin/python3
# Generator: checklist-hospital (医療機関確認用, 令和6年度版), workbook b: a cover sheet plus one sheet per section;
# ○ marks in はい / いいえ columns; dates typed as 和暦 text; section 2 device items item-major with a 対象機器 column
# (item and number cells merged over the device rows). Two planted problems.
# Run with: PYTHONPATH=/tmp/clmclh-py /usr/bin/python3 THIS.py
import json, os, re
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave40/checklist-hospital"
NAME = "clh-w40-b-sheet-per-section-mark-columns"
FAC = "医療法人 双葉会 ふたば記念病院"

I_PRE = "医療情報システムを導入、運用している"
I_RESP = "医療情報システム安全管理責任者を設置している"
I_LEDGER = "サーバ、端末PC、ネットワーク機器の台帳管理を行っている"
I_REMOTE = "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した"
I_MDS = "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう"
I_AUTH = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
I_ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
I_LOG = "アクセスログを管理している"
I_PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
I_SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
I_SRC = "接続元制限を実施している"
I_CONTACT = "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある"
I_BACKUP = "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している"
I_BCP = "サイバー攻撃を想定した事業継続計画（BCP）を策定している"

# Each sheet: (sheet name, title, [ groups ]); a group = (No., item, [ (device or None, section, a1, d1, tg, a2, d2, rem) ])
SHEETS = [
    ("1.体制", "前提・1　体制", [
        ("前提", I_PRE, [(None, "前提", "はい", "R6.7.3", None, None, None, None)]),
        ("1-(1)", I_RESP, [(None, "体制", "はい", "R6.7.3", None, None, None, "医療情報部長")]),
    ]),
    ("2.システム管理", "2　医療情報システムの管理", [
        ("2-(1)", I_LEDGER, [(None, "医療情報システムの管理", "はい", "R6.7.3", None, None, None, None)]),
        # PLANTED 1: 目標日 beyond the fiscal year (R6 form: must be by 令和7年3月31日)
        ("2-(2)", I_REMOTE, [(None, "医療情報システムの管理", "いいえ", "R6.7.3", "令和7年6月30日", None, None,
                              "保守業者が多く確認に時間を要するため")]),
        ("2-(3)", I_MDS, [(None, "医療情報システムの管理", "いいえ", "R6.7.3", "令和6年10月31日", "はい", "R6.10.25", None)]),
        ("2-(4)", I_AUTH, [("サーバ", "サーバ", "はい", "R6.7.8", None, None, None, None),
                           ("端末PC", "端末PC", "はい", "R6.7.8", None, None, None, None)]),
        ("2-(5)", I_ACC, [("サーバ", "サーバ", "はい", "R6.7.8", None, None, None, None),
                          ("端末PC", "端末PC", "いいえ", "R6.7.8", "令和6年8月30日", "はい", "R6.8.27", "人事異動時の削除手順を作成")]),
        ("2-(6)", I_LOG, [("サーバ", "サーバ", "はい", "R6.7.8", None, None, None, None)]),
        # PLANTED 2: 2回目 date R6.7.5 is before the 1回目 date R6.7.8
        ("2-(7)", I_PATCH, [("サーバ", "サーバ", "はい", "R6.7.8", None, None, None, None),
                            ("端末PC", "端末PC", "いいえ", "R6.7.8", "令和6年9月30日", "はい", "R6.7.5", "WSUSを導入"),
                            ("ネットワーク機器", "ネットワーク機器", "はい", "R6.7.9", None, None, None, None)]),
        ("2-(8)", I_SVC, [("サーバ", "サーバ", "はい", "R6.7.8", None, None, None, None),
                          ("端末PC", "端末PC", "はい", "R6.7.8", None, None, None, None)]),
        ("2-(9)", I_SRC, [("ネットワーク機器", "ネットワーク機器", "はい", "R6.7.9", None, None, None, None)]),
    ]),
    ("3.インシデント", "3　インシデントへの備え", [
        ("3-(1)", I_CONTACT, [(None, "インシデントへの備え", "はい", "R6.7.10", None, None, None, None)]),
        ("3-(2)", I_BACKUP, [(None, "インシデントへの備え", "はい", "R6.7.10", None, None, None, "バックアップは日次、復旧手順書あり")]),
        ("3-(3)", I_BCP, [(None, "インシデントへの備え", "いいえ", "R6.7.10", "令和7年3月31日", None, None,
                           "「BCP策定の確認表」を用いて作成中")]),
    ]),
]

def iso(s):
    m = re.fullmatch(r"R(\d+)\.(\d+)\.(\d+)", s) or re.fullmatch(r"令和(\d+)年(\d+)月(\d+)日", s)
    y, mo, d = (int(x) for x in m.groups())
    return f"{2018 + y:04d}-{mo:02d}-{d:02d}"

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook(); cov = wb.active; cov.title = "表紙"
cov.column_dimensions["A"].width = 90
for i, t in enumerate([
    "医療機関におけるサイバーセキュリティ対策チェックリスト　令和6年度版",
    "（医療機関確認用）",
    "",
    "医療機関名：" + FAC,
    "記入者：医療情報部　システム係",
    "",
    "【記入方法】",
    "・各シートの項目について、1回目の確認結果の「はい」「いいえ」欄に○を記入し、確認日を記入してください。",
    "・「いいえ」の項目は目標日を記入し、対応後に2回目の確認を行ってください。",
    "・「前提」が「いいえ」（医療情報システムを導入していない）の場合、以降の項目の記入は不要です。",
    "・シート「2.システム管理」の2-(4)以降は、対象機器（サーバ／端末PC／ネットワーク機器）ごとに確認してください。",
], start=1):
    cov.cell(i, 1, t)
cov["A1"].font = Font(bold=True, size=14); cov["A2"].font = Font(bold=True); cov["A4"].font = Font(size=12, bold=True)

widths = dict(A=8, B=52, C=15, D=5, E=6, F=10, G=16, H=5, I=6, J=10, K=28)
entries = []; planted = []
for sname, title, groups in SHEETS:
    ws = wb.create_sheet(sname)
    for k, v in widths.items(): ws.column_dimensions[k].width = v
    ws["A1"] = title; ws["A1"].font = Font(bold=True, size=13)
    h = 3
    for c, t in {1: "番号", 2: "チェック項目", 3: "対象機器", 4: "1回目", 7: "目標日", 8: "2回目", 11: "備考"}.items():
        ws.cell(h, c, t)
    for c in (1, 2, 3, 7, 11): ws.merge_cells(start_row=h, start_column=c, end_row=h + 1, end_column=c)
    ws.merge_cells(start_row=h, start_column=4, end_row=h, end_column=6)
    ws.merge_cells(start_row=h, start_column=8, end_row=h, end_column=10)
    for c, t in {4: "はい", 5: "いいえ", 6: "確認日", 8: "はい", 9: "いいえ", 10: "確認日"}.items(): ws.cell(h + 1, c, t)
    for rr in (h, h + 1):
        for cc in range(1, 12):
            x = ws.cell(rr, cc); x.border = B; x.alignment = center; x.font = Font(bold=True)
            x.fill = PatternFill("solid", fgColor="E2EFDA")
    r = h + 2
    for no, item, devrows in groups:
        start = r
        for dev, sec, a1, d1, tg, a2, d2, rem in devrows:
            if dev: ws.cell(r, 3, dev)
            ws.cell(r, 4 if a1 == "はい" else 5, "○")
            if d1: ws.cell(r, 6, d1)
            if tg: ws.cell(r, 7, tg)
            if a2: ws.cell(r, 8 if a2 == "はい" else 9, "○")
            if d2: ws.cell(r, 10, d2)
            if rem: ws.cell(r, 11, rem)
            e = dict(section=sec, item=item, itemNo=no) if no != "前提" else dict(section=sec, item=item)
            e["firstAnswer"] = a1; e["firstDate"] = iso(d1)
            if tg: e["targetDate"] = iso(tg)
            if a2: e["secondAnswer"] = a2
            if d2: e["secondDate"] = iso(d2)
            if rem: e["remarks"] = rem
            idx = len(entries); entries.append(e)
            if tg and iso(tg) > "2025-03-31":
                planted.append({"cells": [f"{sname}!G{r}"], "paths": [f"entries[{idx}].targetDate"],
                                "why": "目標日（令和7年6月30日）が令和6年度（令和7年3月31日まで）を越えている"})
            if d2 and iso(d2) < iso(d1):
                planted.append({"cells": [f"{sname}!J{r}", f"{sname}!F{r}"], "paths": [f"entries[{idx}].secondDate"],
                                "why": "2回目の確認日（R6.7.5）が1回目の確認日（R6.7.8）より前"})
            for cc in range(1, 12):
                x = ws.cell(r, cc); x.border = B
                x.alignment = wrap if cc in (2, 11) else center
            ws.row_dimensions[r].height = 30
            r += 1
        ws.cell(start, 1, no); ws.cell(start, 2, item)
        if r - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(start, 1).alignment = center; ws.cell(start, 2).alignment = wrap
    ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "checklist-hospital", "version": "R6", "file": NAME + ".xlsx",
    "values": {"facilityName": FAC, "entries": entries},
    "planted": planted,
    "notes": ("Cover sheet '表紙' holds 医療機関名 as '医療機関名：...' in one cell (記入者 has no key). One sheet per section, "
              "entries in sheet order. Answers are ○ in はい / いいえ columns; dates are text: 1回目/2回目 as R6.m.d, 目標日 as "
              "令和…年…月…日. Section 2 device items are item-major: the number and item cells are merged over one row per "
              "device class (対象機器 column); each device row is its own entry with section = the device class and itemNo "
              "= the workbook's number (2-(4)…2-(9), the workbook's own numbering). Other sections = the sheet heading "
              "without its number; the 前提 row shows '前提' in the number column (no itemNo)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", len(entries), planted)

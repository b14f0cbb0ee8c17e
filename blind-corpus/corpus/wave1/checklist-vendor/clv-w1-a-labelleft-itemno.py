#!/usr/bin/python3
# Generator for clv-w1-a-labelleft-itemno.xlsx (checklist-vendor, R6) and its expected.json.
# Layout: title block, label-left header (事業者名 / 対象システム / 提出先医療機関名), notes above the table,
# two-row merged header, 項番 column, はい/いいえ as text, dates as real Excel date cells.
# No planted problem.
import json, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

NAME = "clv-w1-a-labelleft-itemno"
OUT = os.path.dirname(os.path.abspath(__file__))
D = dt.date

# Vendor-side item wording (our reconstruction of the 事業者確認用 R6 items)
SEC1 = "体制構築"; SEC2 = "医療情報システムの管理・運用"; SEC3 = "インシデント発生に備えた対応"
ROWS = [  # (kind, section/heading text shown, itemNo, item wording, canonical section)
    ("head", "1　体制構築"),
    ("item", "1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している", SEC1),
    ("head", "2　医療情報システムの管理・運用"),
    ("item", "2-(1)", "医療機関に提供したサーバ、端末PC、ネットワーク機器の台帳管理を行っている", SEC2),
    ("item", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した", SEC2),
    ("item", "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した", SEC2),
    ("sub", "サーバ"),
    ("item", "2-(4)", "医療機関と協議の上、利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "サーバ"),
    ("item", "2-(5)", "医療機関からの連絡に基づき、退職者や使用していないアカウント等、不要なアカウントを削除している", "サーバ"),
    ("item", "2-(6)", "アクセスログを取得・管理し、医療機関の求めに応じて提供できるようにしている", "サーバ"),
    ("item", "2-(7)", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "サーバ"),
    ("item", "2-(8)", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "サーバ"),
    ("sub", "端末PC"),
    ("item", "2-(9)", "医療機関と協議の上、利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "端末PC"),
    ("item", "2-(10)", "医療機関からの連絡に基づき、退職者や使用していないアカウント等、不要なアカウントを削除している", "端末PC"),
    ("item", "2-(11)", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "端末PC"),
    ("item", "2-(12)", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "端末PC"),
    ("sub", "ネットワーク機器"),
    ("item", "2-(13)", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "ネットワーク機器"),
    ("item", "2-(14)", "保守回線を含め、接続元制限を実施している", "ネットワーク機器"),
    ("head", "3　インシデント発生に備えた対応"),
    ("item", "3-(1)", "インシデント発生時における医療機関及び外部関係機関（厚生労働省、警察等）との連絡体制を整備し、医療機関に提示している", SEC3),
    ("item", "3-(2)", "インシデント発生時に医療機関が診療を継続できるよう、データやシステムのバックアップの実施と復旧手順を医療機関に提示している", SEC3),
]
# answers by itemNo: (first, firstDate, target, second, secondDate, remarks)
FIRST = D(2024, 10, 15)
ANS = {no: ("はい", FIRST, None, None, None, None) for (k, *r) in ROWS if k == "item" for no in [r[0]]}
ANS["2-(3)"] = ("いいえ", FIRST, D(2024, 12, 20), "はい", D(2024, 12, 18), "12/18 MDS/SDSを医療機関へ提出済")
ANS["2-(12)"] = ("いいえ", FIRST, D(2025, 1, 31), "はい", D(2025, 1, 28), "不要な常駐ソフト3件を停止")
ANS["2-(2)"] = ("はい", FIRST, None, None, None, "VPN装置1台（保守用）あり")

HEADER = {
    "vendorName": "株式会社メディカルシステムズ岡山",
    "targetSystem": "電子カルテシステム MediChart Ver.5",
    "hospitalName": "医療法人社団緑風会 みどり中央病院",
}

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
wb = Workbook(); ws = wb.active; ws.title = "事業者確認用"
for col, w in zip("ABCDEFGH", (8, 58, 10, 12, 12, 10, 12, 26)):
    ws.column_dimensions[col].width = w
ws.merge_cells("A1:H1"); ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["A1"].font = Font(size=14, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:H2"); ws["A2"] = "事業者確認用（令和6年度版）"
ws["A2"].alignment = Alignment(horizontal="center"); ws["A2"].font = Font(bold=True)
for r, (lab, key) in enumerate((("事業者名", "vendorName"), ("対象システム", "targetSystem"),
                                ("提出先医療機関名", "hospitalName")), start=4):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
    ws.cell(r, 1, lab).fill = PatternFill("solid", fgColor="DDEBF7")
    ws.cell(r, 3, HEADER[key])
    for c in range(1, 7):
        ws.cell(r, c).border = B
ws["A8"] = "※ 本チェックリストの項目について確認を行い、「いいえ」の項目については医療機関と協力し速やかに対応してください。"
ws["A9"] = "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。"
ws["A10"] = "※ 事業者ごと又はシステムごとに作成し、提出先医療機関へ提出してください。"
for c in ("A8", "A9", "A10"):
    ws[c].font = Font(size=9)
# header rows 12-13
H1, H2 = 12, 13
for rng, text in (("A12:A13", "項番"), ("B12:B13", "チェック項目"), ("C12:D12", "1回目"), ("E12:E13", "目標日"),
                  ("F12:G12", "2回目"), ("H12:H13", "備考")):
    ws.merge_cells(rng); ws[rng.split(":")[0]] = text
ws["C13"] = "はい/いいえ"; ws["D13"] = "確認日"; ws["F13"] = "はい/いいえ"; ws["G13"] = "確認日"
for r in (H1, H2):
    for c in range(1, 9):
        cell = ws.cell(r, c); cell.border = B; cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")

entries = []
r = H2 + 1
for row in ROWS:
    if row[0] in ("head", "sub"):
        ws.cell(r, 1 if row[0] == "head" else 2, row[1]).font = Font(bold=True)
        if row[0] == "head":
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        for c in range(1, 9):
            ws.cell(r, c).border = B
            ws.cell(r, c).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1; continue
    _, no, text, sec = row
    a1, d1, tg, a2, d2, rm = ANS[no]
    vals = [no, text, a1, d1, tg, a2, d2, rm]
    for c, v in enumerate(vals, start=1):
        cell = ws.cell(r, c, v); cell.border = B
        cell.alignment = Alignment(vertical="center", wrap_text=(c in (2, 8)),
                                   horizontal="center" if c in (1, 3, 4, 5, 6, 7) else None)
        if isinstance(v, dt.date):
            cell.number_format = "yyyy/m/d"
    e = {"section": sec, "item": text, "itemNo": no, "firstAnswer": a1, "firstDate": d1.isoformat()}
    if tg: e["targetDate"] = tg.isoformat()
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2.isoformat()
    if rm: e["remarks"] = rm
    entries.append(e)
    r += 1
ws.page_setup.orientation = "portrait"; ws.page_setup.fitToWidth = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {"form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
       "values": dict(HEADER, entries=entries), "planted": [],
       "notes": ("Vendor item wording is our reconstruction of the MHLW 事業者確認用 R6 items (catalogue gives only "
                 "'parallel items'); R6 device items follow seed 004 (no password item in R6). Item numbers 2-(4)..2-(14) "
                 "for the device-class rows are this workbook's own numbering. Section for 1-(1)/2-(1..3)/3-(x) is the "
                 "heading text without its number. All dates are Excel date cells. No planted problem; filled completely.")}
json.dump(exp, open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("ok", len(entries))

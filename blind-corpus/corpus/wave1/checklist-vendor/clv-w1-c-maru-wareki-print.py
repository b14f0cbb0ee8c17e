#!/usr/bin/python3
# Generator for clv-w1-c-maru-wareki-print.xlsx (checklist-vendor, R6) and its expected.json.
# Layout: print-style sheet with blank spacer columns and borders; header block label-left with merged cells;
# answers as ○ in separate はい / いいえ columns; dates as 和暦 text (R6.10.1 and 令和6年10月1日 mixed);
# sequential No. column; extra 記入要領 sheet in front.
# Planted: 事業者名 left blank; a 2回目 確認日 earlier than the 1回目 確認日.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

NAME = "clv-w1-c-maru-wareki-print"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "チェックリスト(事業者)"

SEC1 = "体制構築"; SEC2 = "医療情報システムの管理・運用"; SEC3 = "インシデント発生に備えた対応"
ACC = "医療機関と協議の上、利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
DEL = "医療機関からの連絡に基づき、退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを取得・管理し、医療機関の求めに応じて提供できるようにしている"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
BGS = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SECTIONS = [
    ("１．体制構築", SEC1, ["事業者内に、医療情報システム等の提供に係る管理責任者を設置している"]),
    ("２．医療情報システムの管理・運用", SEC2, [
        "医療機関に提供したサーバ、端末PC、ネットワーク機器の台帳管理を行っている",
        "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した",
        "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した"]),
    ("　＜サーバ＞", "サーバ", [ACC, DEL, LOG, PAT, BGS]),
    ("　＜端末PC＞", "端末PC", [ACC, DEL, PAT, BGS]),
    ("　＜ネットワーク機器＞", "ネットワーク機器", [PAT, "保守回線を含め、接続元制限を実施している"]),
    ("３．インシデント発生に備えた対応", SEC3, [
        "インシデント発生時における医療機関及び外部関係機関（厚生労働省、警察等）との連絡体制を整備し、医療機関に提示している",
        "インシデント発生時に医療機関が診療を継続できるよう、データやシステムのバックアップの実施と復旧手順を医療機関に提示している"]),
]
# per item: (a1, d1 shown, d1 iso, target shown, target iso, a2, d2 shown, d2 iso, remarks)
def ok(shown="R6.11.20", iso="2024-11-20"):
    return ("はい", shown, iso, None, None, None, None, None, None)
A = [ok() for _ in range(17)]
A[0] = ok("令和6年11月20日", "2024-11-20")
A[2] = ("はい", "R6.11.20", "2024-11-20", None, None, None, None, None, "画像サーバ保守用VPN 1回線")
A[6] = ("いいえ", "R6.11.20", "2024-11-20", "R7.1.31", "2025-01-31", "はい", "R6.11.1", "2024-11-01",
        "ログ保管サーバ増設済")                           # PLANT: 2回目 date before 1回目 date
A[11] = ("いいえ", "R6.11.20", "2024-11-20", "R7.2.28", "2025-02-28", "はい", "R7.2.14", "2025-02-14",
         "Windows Update 適用完了")
A[16] = ok("令和6年11月21日", "2024-11-21")

HEADER_SHOWN = {"vendorName": None,  # PLANT: left blank
                "targetSystem": "PACS（医用画像管理システム）",
                "hospitalName": "社会医療法人清和会 清和総合病院"}

thin = Side(style="thin"); med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wb = Workbook()
guide = wb.active; guide.title = "記入要領"
for i, t in enumerate([
        "【記入要領】",
        "1. 本チェックリストは、医療機関に医療情報システムを提供する事業者が記入し、提出先医療機関へ提出してください。",
        "2. 事業者ごと又はシステムごとに1枚作成してください。",
        "3. 確認結果は「はい」「いいえ」のいずれかの欄に「○」を記入してください。",
        "4. 日付は和暦（例：R6.10.1 又は 令和6年10月1日）で記入してください。",
        "5. 1回目の確認で「いいえ」の場合は、実施可能な直近の対応目標日を記入し、対応後に2回目の確認を行ってください。",
        "6. 立入検査時、医療機関を通じて本チェックリストを確認します。"], start=1):
    guide.cell(i, 1, t)
guide.column_dimensions["A"].width = 110

ws = wb.create_sheet(SHEET)
widths = {"A": 2, "B": 5, "C": 50, "D": 2, "E": 6, "F": 6, "G": 15, "H": 15, "I": 2, "J": 6, "K": 6, "L": 15, "M": 2, "N": 24}
for k, w in widths.items():
    ws.column_dimensions[k].width = w
ws.merge_cells("B2:N2"); ws["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）"
ws["B2"].font = Font(size=14, bold=True); ws["B2"].alignment = Alignment(horizontal="center")
ws.merge_cells("B3:N3"); ws["B3"] = "令和６年度版"; ws["B3"].alignment = Alignment(horizontal="center")
labels = (("事業者名", "vendorName"), ("対象システム", "targetSystem"), ("提出先医療機関名", "hospitalName"))
for r, (lab, key) in enumerate(labels, start=5):
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=12)
    ws.cell(r, 2, lab).alignment = Alignment(horizontal="distributed")
    ws.cell(r, 5, HEADER_SHOWN[key])
    for c in range(5, 13):
        ws.cell(r, c).border = Border(bottom=thin)
# table header rows 9-10
T1, T2 = 9, 10
for rng, text in (("B9:B10", "No."), ("C9:C10", "確認項目"), ("E9:G9", "1回目"), ("H9:H10", "目標日"),
                  ("J9:L9", "2回目"), ("N9:N10", "備考")):
    ws.merge_cells(rng); ws[rng.split(":")[0]] = text
for c, t in (("E10", "はい"), ("F10", "いいえ"), ("G10", "確認日"), ("J10", "はい"), ("K10", "いいえ"), ("L10", "確認日")):
    ws[c] = t
TABLE_COLS = [2, 3, 5, 6, 7, 8, 10, 11, 12, 14]
for r in (T1, T2):
    for c in TABLE_COLS:
        cell = ws.cell(r, c); cell.border = B; cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center")
        cell.fill = PatternFill("solid", fgColor="E2EFDA")
r = T2 + 1; i = 0; entries = []; rowof = {}
for shown, sec, items in SECTIONS:
    ws.cell(r, 2, shown).font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    for c in TABLE_COLS:
        ws.cell(r, c).border = B
    r += 1
    for text in items:
        a1, d1s, d1, tgs, tg, a2, d2s, d2, rm = A[i]
        no = str(i + 1)
        row = {2: i + 1, 3: text, 5: "○" if a1 == "はい" else None, 6: "○" if a1 == "いいえ" else None,
               7: d1s, 8: tgs, 10: "○" if a2 == "はい" else None, 11: "○" if a2 == "いいえ" else None,
               12: d2s, 14: rm}
        for c in TABLE_COLS:
            cell = ws.cell(r, c, row.get(c)); cell.border = B
            cell.alignment = Alignment(wrap_text=(c in (3, 14)), vertical="center",
                                       horizontal="center" if c not in (3, 14) else None)
        e = {"section": sec, "item": text, "itemNo": no, "firstAnswer": a1, "firstDate": d1}
        if tg: e["targetDate"] = tg
        if a2: e["secondAnswer"] = a2
        if d2: e["secondDate"] = d2
        if rm: e["remarks"] = rm
        entries.append(e); rowof[i] = r; r += 1; i += 1
ws.cell(r + 1, 2, "※ 本様式は医療機関を経由して保健所へ提出されます。").font = Font(size=9)
ws.print_area = f"A1:N{r + 1}"
ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
wb.active = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))

values = {k: v for k, v in HEADER_SHOWN.items() if v}
values["entries"] = entries
planted = [
    {"cells": [f"{SHEET}!E5"], "paths": ["vendorName"], "why": "事業者名が未記入（ヘッダの事業者名欄が空欄）"},
    {"cells": [f"{SHEET}!L{rowof[6]}", f"{SHEET}!G{rowof[6]}"], "paths": ["entries[6].secondDate"],
     "why": "2回目の確認日 R6.11.1 が1回目の確認日 R6.11.20 より前になっている（サーバ：アクセスログの管理）"},
]
exp = {"form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx", "values": values, "planted": planted,
       "notes": ("Vendor item wording is our reconstruction of the MHLW 事業者確認用 R6 items. Answers are ○ marks in "
                 "separate はい / いいえ columns; dates are 和暦 text (R6.11.20, 令和6年11月20日, R7.1.31). No. column is a "
                 "plain sequential number 1-17 (itemNo as that number). Section headings are shown as '１．体制構築' and "
                 "'＜サーバ＞'; the section value is the heading text without number/brackets. Spacer columns A, D, I, M are "
                 "empty. 記入要領 sheet is instructions only. 事業者名 blank on purpose (planted), so vendorName omitted.")}
json.dump(exp, open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("ok", len(entries), rowof[6])

#!/usr/bin/python3
# Generator for clv-w1-e-combined-cell-yearless.xlsx (checklist-vendor, R6) and its expected.json.
# Layout: questionnaire style (Q番号 | 区分 | 確認項目(abbreviated) | 1回目 | 目標日 | 2回目 | 備考); the answer and
# its date share one cell ("はい (10/1)", "いいえ（10/1）", "はい\n(1/20)"), year-less dates, target dates in
# brackets "(11/29)"; the header block (事業者名 etc.) sits BELOW the table; a hidden sheet keeps last year's
# (令和5年度) answers; some trailing spaces.  Planted: one item answered はい with no 1回目 date.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

NAME = "clv-w1-e-combined-cell-yearless"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "事業者チェック"

SEC1 = "体制構築"; SEC2 = "医療情報システムの管理・運用"; SEC3 = "インシデント発生に備えた対応"
ACC = "医療機関と協議の上、利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
DEL = "医療機関からの連絡に基づき、退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを取得・管理し、医療機関の求めに応じて提供できるようにしている"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
BGS = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
# (section shown = canonical, shown abbreviation, full wording)
ITEMS = [
    (SEC1, "管理責任者の設置", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している"),
    (SEC2, "機器台帳の管理", "医療機関に提供したサーバ、端末PC、ネットワーク機器の台帳管理を行っている"),
    (SEC2, "リモート保守機器の有無を報告", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した"),
    (SEC2, "MDS/SDSの提出", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した"),
    ("サーバ", "アクセス権限の設定", ACC), ("サーバ", "不要アカウントの削除", DEL), ("サーバ", "アクセスログの管理", LOG),
    ("サーバ", "セキュリティパッチの適用", PAT), ("サーバ", "不要なソフト・サービスの停止", BGS),
    ("端末PC", "アクセス権限の設定", ACC), ("端末PC", "不要アカウントの削除", DEL),
    ("端末PC", "セキュリティパッチの適用", PAT), ("端末PC", "不要なソフト・サービスの停止", BGS),
    ("ネットワーク機器", "セキュリティパッチ（ファームウェア）の適用", PAT),
    ("ネットワーク機器", "接続元制限", "保守回線を含め、接続元制限を実施している"),
    (SEC3, "連絡体制の整備・提示", "インシデント発生時における医療機関及び外部関係機関（厚生労働省、警察等）との連絡体制を整備し、医療機関に提示している"),
    (SEC3, "バックアップ・復旧手順の提示", "インシデント発生時に医療機関が診療を継続できるよう、データやシステムのバックアップの実施と復旧手順を医療機関に提示している"),
]
# per item: (1回目 cell text, a1, d1 iso | None, 目標日 cell, tg iso, 2回目 cell, a2, d2 iso, 備考)
def y(txt="はい (10/1)", d="2024-10-01"):
    return (txt, "はい", d, None, None, None, None, None, None)
A = [y() for _ in ITEMS]
A[1] = y("はい（10/1）")
A[3] = ("いいえ（10/1）", "いいえ", "2024-10-01", "(11/29)", "2024-11-29", "はい (11/28)", "はい", "2024-11-28",
        "SDS様式を11/28メール送付")
A[4] = y("はい (10/1) ")                       # trailing space
A[6] = ("はい", "はい", None, None, None, None, None, None, None)   # PLANT: no 1回目 date
A[10] = y("はい\n(10/2)", "2024-10-02")
A[13] = ("いいえ\n(10/1)", "いいえ", "2024-10-01", "(1/31)", "2025-01-31", "はい\n(1/20)", "はい", "2025-01-20",
         "UTMファームウェアを\n1/20夜間に更新")
A[16] = y("はい (10/3)", "2024-10-03")

HEADER = {"vendorName": "有限会社吉備システム工房",
          "targetSystem": "臨床検査システム（検体検査）",
          "hospitalName": "医療法人吉備会 吉備の里病院"}

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
wb = Workbook(); ws = wb.active; ws.title = SHEET
for col, w in zip("ABCDEFG", (6, 20, 38, 13, 11, 13, 30)):
    ws.column_dimensions[col].width = w
ws["A1"] = "令和6年度版 サイバーセキュリティ対策チェックリスト【事業者確認用】"; ws["A1"].font = Font(size=13, bold=True)
ws["A2"] = "回答欄には「はい」又は「いいえ」と確認した日付（月/日）を記入。いいえの場合は目標日を記入。"
ws["A2"].font = Font(size=9)
hdr = ["No.", "区分", "確認項目", "1回目\n(回答・確認日)", "目標日", "2回目\n(回答・確認日)", "備考"]
HR = 4
for c, t in enumerate(hdr, start=1):
    cell = ws.cell(HR, c, t); cell.border = B; cell.font = Font(bold=True)
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    cell.fill = PatternFill("solid", fgColor="FFF2CC")
ws.row_dimensions[HR].height = 32
entries = []; rowof = {}
for i, ((sec, short, full), ans) in enumerate(zip(ITEMS, A)):
    r = HR + 1 + i
    t1, a1, d1, tgt, tg, t2, a2, d2, rm = ans
    for c, v in enumerate([f"Q{i+1}", sec, short, t1, tgt, t2, rm], start=1):
        cell = ws.cell(r, c, v); cell.border = B
        cell.alignment = Alignment(wrap_text=True, vertical="center",
                                   horizontal="center" if c in (1, 4, 5, 6) else None)
    e = {"section": sec, "item": full, "itemNo": f"Q{i+1}", "firstAnswer": a1}
    if d1: e["firstDate"] = d1
    if tg: e["targetDate"] = tg
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2
    if rm: e["remarks"] = rm
    entries.append(e); rowof[i] = r
last = HR + len(ITEMS)
# header block below the table
hb = last + 2
ws.cell(hb, 1, "＜提出者情報＞").font = Font(bold=True)
for k, (lab, key) in enumerate((("事業者名", "vendorName"), ("対象システム", "targetSystem"),
                                ("提出先医療機関名", "hospitalName")), start=1):
    r = hb + k
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
    ws.cell(r, 1, lab); ws.cell(r, 3, HEADER[key] + (" " if key == "hospitalName" else ""))
    for c in range(1, 6):
        ws.cell(r, c).border = B

# hidden sheet with last year's answers (令和5年度版) — not part of this submission
old = wb.create_sheet("R5版(前年度)")
old["A1"] = "令和5年度版 チェックリスト（事業者確認用） ※前年度回答控え"
for i, (t, a, d) in enumerate([("管理責任者の設置", "はい", "2023/9/1"), ("機器台帳の管理", "いいえ", "2023/9/1"),
                               ("アクセスログの管理", "はい", "2023/9/1"),
                               ("セキュリティパッチの適用（NW機器）", "いいえ", "2023/9/1")], start=3):
    old.cell(i, 1, t); old.cell(i, 2, a); old.cell(i, 3, d)
old.sheet_state = "hidden"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

values = dict(HEADER, entries=entries)
planted = [{"cells": [f"{SHEET}!D{rowof[6]}"], "paths": ["entries[6].firstDate"],
            "why": "1回目の回答「はい」のみで確認日が記入されていない（サーバ：アクセスログの管理）"}]
exp = {"form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx", "values": values, "planted": planted,
       "notes": ("Vendor item wording is our reconstruction of the MHLW 事業者確認用 R6 items; this workbook shows only an "
                 "abbreviated label per item (column C) plus a 区分 column (B), and the expected item is the full "
                 "reconstructed wording. itemNo is the Q-number shown (Q1..Q17). Answer and date share one cell, e.g. "
                 "'はい (10/1)', 'いいえ（10/1）' (full-width brackets), 'はい\\n(10/2)' (line break); dates are year-less and "
                 "read on the R6 form as Oct-Dec 2024 / Jan-Mar 2025. 目標日 written '(11/29)'. Q5 1回目 cell has a "
                 "trailing space; 提出先医療機関名 cell has a trailing space (value given trimmed). The 提出者情報 block "
                 "(事業者名 etc.) is below the table. Hidden sheet 'R5版(前年度)' is last year's answers and not part of "
                 "this submission.")}
json.dump(exp, open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("ok", len(entries), rowof[6])

#!/usr/bin/python3
# clh-w1-c-answer-date-onecell: R6 医療機関確認用 in the compact "確認結果（日付）" style (1回目 | 目標日 | 2回目 | 備考),
# with 項番; the answer and the date share one cell (`はい (10/1)`, `いいえ（10/2）`), dates year-less, 和暦
# (R6.12.20, 令和7年1月31日) or with full-width digits. Device items repeated per device class under
# 【サーバ】【端末PC】【ネットワーク機器】 rows. Two planted problems.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

NAME = "clh-w1-c-answer-date-onecell"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "R6チェックリスト"

T = {
    "P": "医療情報システムを導入、運用している",
    "1-(1)": "医療情報システム安全管理責任者を設置している",
    "2-(1)": "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
    "2-(2)": "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
    "2-(3)": "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
    "2-(4)": "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
    "2-(5)": "退職者や使用していないアカウント等、不要なアカウントを削除している",
    "2-(6)": "アクセスログを管理している",
    "2-(7)": "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
    "2-(8)": "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
    "2-(9)": "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
    "2-(10)": "接続元制限を実施している",
    "3-(1)": "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
    "3-(2)": "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
    "3-(3)": "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
}

# rows: ("sec", label, canonical)  or  (no, cell1, target, cell2, remarks, expected-dict)
G = "sec"
ROWS = [
    ("P", "はい (10/1)", None, None, "電子カルテ・部門システム一式",
     dict(firstAnswer="はい", firstDate="2024-10-01")),
    (G, "１．体制構築", "体制構築"),
    ("1-(1)", "はい (10/1)", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-01")),
    (G, "２．医療情報システムの管理・運用", "医療情報システムの管理・運用"),
    ("2-(1)", "はい (10/1)", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-01")),
    ("2-(2)", "いいえ（10/2）", "(11/15)", "はい (11/12)", "検査系の保守回線を確認",
     dict(firstAnswer="いいえ", firstDate="2024-10-02", targetDate="2024-11-15", secondAnswer="はい", secondDate="2024-11-12")),
    ("2-(3)", "いいえ（10/2）", "R6.12.20", "はい（12/18）", None,
     dict(firstAnswer="いいえ", firstDate="2024-10-02", targetDate="2024-12-20", secondAnswer="はい", secondDate="2024-12-18")),
    (G, "【サーバ】", "サーバ"),
    ("2-(4)", "はい (10/2)", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-02")),
    ("2-(5)", "はい (10/2)", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-02")),
    ("2-(6)", "いいえ（10/2）", "令和7年1月31日", "はい (1/24)", "ログ保存期間を1年に設定",
     dict(firstAnswer="いいえ", firstDate="2024-10-02", targetDate="2025-01-31", secondAnswer="はい", secondDate="2025-01-24")),
    ("2-(7)", "はい (10/2)", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-02")),
    ("2-(8)", "はい (10/2)", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-02")),
    ("2-(9)", "はい (10/2)", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-02")),
    (G, "【端末PC】", "端末PC"),
    ("2-(4)", "はい (10/3)", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-03")),
    ("2-(5)", "いいえ（10/3）", "(11/29)", "はい (9/30)", "退職者アカウント3件削除",
     dict(firstAnswer="いいえ", firstDate="2024-10-03", targetDate="2024-11-29", secondAnswer="はい", secondDate="2024-09-30")),
    ("2-(7)", "はい (10/3)", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-03")),
    ("2-(8)", "はい (10/3)", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-03")),
    ("2-(9)", "はい (10/3)", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-03")),
    (G, "【ネットワーク機器】", "ネットワーク機器"),
    ("2-(8)", "いいえ（10/3）", "(R7.5.31)", None, "UTMは機器更新で対応予定",
     dict(firstAnswer="いいえ", firstDate="2024-10-03", targetDate="2025-05-31")),
    ("2-(10)", "はい (10/3)", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-03")),
    (G, "３．インシデント発生に備えた対応", "インシデント発生に備えた対応"),
    ("3-(1)", "はい（１０/４）", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-04")),
    ("3-(2)", "（10/4）", None, None, "バックアップ手順書あり", dict(firstDate="2024-10-04")),
    ("3-(3)", "いいえ（10/4）", "令和7年3月31日", None, None,
     dict(firstAnswer="いいえ", firstDate="2024-10-04", targetDate="2025-03-31")),
]

wb = Workbook()
ws = wb.active
ws.title = SHEET
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
for col, w in zip("ABCDEF", (8, 60, 15, 16, 15, 26)):
    ws.column_dimensions[col].width = w

ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）"
ws["A1"].font = Font(bold=True)
ws["A2"] = "医療機関名"
ws["B2"] = "社会医療法人 桜川記念病院"
ws["A2"].border = B; ws["B2"].border = B

ws.merge_cells("A4:A5"); ws["A4"] = "項番"
ws.merge_cells("B4:B5"); ws["B4"] = "チェック項目"
ws.merge_cells("C4:E4"); ws["C4"] = "確認結果（日付）"
ws["C5"], ws["D5"], ws["E5"] = "1回目", "目標日", "2回目"
ws.merge_cells("F4:F5"); ws["F4"] = "備考"
for r in (4, 5):
    for col in "ABCDEF":
        ws[f"{col}{r}"].border = B
        ws[f"{col}{r}"].alignment = center
        ws[f"{col}{r}"].font = Font(bold=True)

r = 6
entries, planted = [], []
sec = None
for row in ROWS:
    if row[0] == G:
        ws.cell(row=r, column=1, value=row[1]).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        for col in range(1, 7):
            ws.cell(row=r, column=col).border = B
        sec = row[2]
        r += 1
        continue
    no, c1, tg, c2, rem, ex = row
    ws.cell(row=r, column=1, value="前提" if no == "P" else no)
    ws.cell(row=r, column=2, value=T[no])
    ws.cell(row=r, column=3, value=c1)
    ws.cell(row=r, column=4, value=tg)
    ws.cell(row=r, column=5, value=c2)
    ws.cell(row=r, column=6, value=rem)
    for col in range(1, 7):
        ws.cell(row=r, column=col).border = B
        ws.cell(row=r, column=col).alignment = wrap if col in (2, 6) else center
    e = {"section": "前提" if no == "P" else sec, "item": T[no]}
    if no != "P":
        e["itemNo"] = no
    e.update(ex)
    if rem:
        e["remarks"] = rem
    idx = len(entries)
    entries.append(e)
    if no == "2-(5)" and sec == "端末PC":
        planted.append({"cells": [f"{SHEET}!E{r}", f"{SHEET}!C{r}"],
                        "paths": [f"entries[{idx}].secondDate", f"entries[{idx}].firstDate"],
                        "why": "2回目の確認日 (9/30 = 2024-09-30) が1回目の確認日 (10/3 = 2024-10-03) より前"})
    if no == "3-(2)":
        planted.append({"cells": [f"{SHEET}!C{r}"], "paths": [f"entries[{idx}].firstAnswer"],
                        "why": "1回目の回答（はい/いいえ）が未記入で日付 （10/4） だけが書かれている"})
    r += 1

ws.cell(row=r + 1, column=1, value="※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。")
ws.freeze_panes = "C6"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": "社会医療法人 桜川記念病院", "entries": entries},
    "planted": planted,
    "notes": ("Answer and date share one cell in 1回目 and 2回目 (e.g. 'はい (10/1)', 'いいえ（10/2）', half- and "
              "full-width brackets; 3-(1) has full-width digits 'はい（１０/４）'). Year-less dates on this R6 form: "
              "Apr–Dec = 2024, Jan–Mar = 2025. 目標日 written '(11/15)', 'R6.12.20', '令和7年1月31日', '(R7.5.31)'. "
              "All are text cells. Device items are repeated under 【サーバ】【端末PC】【ネットワーク機器】 rows with the "
              "same 項番 (my numbering 2-(4)…2-(10); password item per the catalogue). NOT a problem: the ネットワーク機器 "
              "2-(8) 目標日 R7.5.31 is after 3/31 — no notice requires the 目標日 to be within the fiscal year. "
              "The 3-(2) row has only a date in the 1回目 cell, so its entry has firstDate but no firstAnswer (planted)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=1)
print("ok", len(entries), planted)

#!/usr/bin/python3
"""clv-w39-b: vendor checklist (事業者確認用, R6) on a hospital-made sheet modelled on the prefecture's
「最低限の措置編」 layout: 'はい・いいえ (/)' cells where the vendor deletes one option and writes a year-less date,
○ heading rows, 【class】 sub-headings, abbreviated item wording, label：value header cells and a labelled
記入例 row. Two planted mistakes."""
import sys, os, json, datetime as dt
sys.path.insert(0, "/tmp/clvins_pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave39/checklist-vendor"
NAME = "clv-w39-b-okayama-style-answer-date-cell"
SHEET = "事業者確認用"
HOSP = "社会医療法人 吉備高原会 高梁さくら病院"
VENDOR = "山陽メディカルシステム株式会社"
SYSTEM = "PACS（医用画像管理システム）"
TEMPLATE_ANS = "はい・いいえ (/)"
TEMPLATE_DATE = "(/)"

FULL = {
 "perm": "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
 "acct": "退職者や使用していないアカウント等、不要なアカウントを削除している",
 "log": "アクセスログを管理している",
 "patch": "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
 "bg": "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
 "src": "接続元制限を実施している",
}
SHORT = {
 "perm": "アクセス利用権限の設定（職種・担当業務別の情報区分毎）",
 "acct": "不要なアカウント（退職者・未使用等）の削除",
 "log": "アクセスログの管理",
 "patch": "セキュリティパッチ（最新ファームウェア・更新プログラム）の適用",
 "bg": "不要なソフトウェア・サービスの停止（バックグラウンド動作分）",
 "src": "接続元制限の実施",
}
def ymd(s):  # year-less m/d on an R6 form: Apr-Dec 2024, Jan-Mar 2025
    m, d = map(int, s.split("/"))
    return dt.date(2025 if m <= 3 else 2024, m, d).isoformat()

# rows: ("H", heading) | ("C", class sub-heading) |
# (itemNo, section, shown text, full text, first cell, target cell, second cell, remarks, meaning dict)
S1, S2, S3 = "体制構築", "医療情報システムの管理・運用", "インシデント発生に備えた対応"
ROWS = [
 ("H", "○1 体制構築"),
 ("1-(1)", S1, "1-(1) 事業者内に医療情報システム等の提供に係る管理責任者を設置している",
  "事業者内に、医療情報システム等の提供に係る管理責任者を設置している", "はい (10/8)", TEMPLATE_DATE, TEMPLATE_ANS, None),
 ("H", "○2 医療情報システムの管理・運用"),
 ("2-(1)", S2, "2-(1) サーバ・端末PC・ネットワーク機器の台帳管理", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
  "はい (10/8)", TEMPLATE_DATE, TEMPLATE_ANS, None),
 ("2-(2)", S2, "2-(2) リモートメンテナンス（保守）利用機器の有無の確認", "リモートメンテナンス（保守）を利用している機器の有無を確認した",
  "はい (10/8)", TEMPLATE_DATE, TEMPLATE_ANS, "リモート保守回線なし（オンサイト保守のみ）"),
 ("2-(3)", S2, "2-(3) 医療機関へのMDS/SDSの提出", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
  "いいえ (10/8)", "(11/15)", "はい (11/12)", "MDS/SDS 作成後 11/12 に提出"),
 ("C", "【サーバ】"),
 ("", "サーバ", SHORT["perm"], FULL["perm"], "はい (10/8)", TEMPLATE_DATE, TEMPLATE_ANS, None),
 ("", "サーバ", SHORT["acct"], FULL["acct"], "はい (10/8)", TEMPLATE_DATE, TEMPLATE_ANS, None),
 ("", "サーバ", SHORT["log"], FULL["log"], "はい（10/8）", TEMPLATE_DATE, TEMPLATE_ANS, None),
 ("", "サーバ", SHORT["patch"], FULL["patch"], "はい (10/8)", TEMPLATE_DATE, TEMPLATE_ANS, "四半期ごとに適用"),
 ("", "サーバ", SHORT["bg"], FULL["bg"], "はい (10/8)", TEMPLATE_DATE, TEMPLATE_ANS, None),
 ("C", "【端末PC】"),
 ("", "端末PC", SHORT["perm"], FULL["perm"], "はい (10/8)", TEMPLATE_DATE, TEMPLATE_ANS, None),
 ("", "端末PC", SHORT["acct"], FULL["acct"], "はい (10/8)", TEMPLATE_DATE, TEMPLATE_ANS, None),
 ("", "端末PC", SHORT["patch"], FULL["patch"], "いいえ (10/8)", "(1/31)", "はい (1/20)", "読影端末のWindows更新を\n保守訪問時に実施"),
 ("", "端末PC", SHORT["bg"], FULL["bg"], "いいえ (10/8)", TEMPLATE_DATE, TEMPLATE_ANS, None),   # PLANTED: no 目標日
 ("C", "【ネットワーク機器】"),
 ("", "ネットワーク機器", SHORT["patch"], FULL["patch"], "はい (10/8)", TEMPLATE_DATE, TEMPLATE_ANS, None),
 ("", "ネットワーク機器", SHORT["src"], FULL["src"], "いいえ (10/8)", "(11/29)", "はい (10/2)", "モダリティ接続用L3SWにACL設定"),  # PLANTED: 2回目 before 1回目
 ("H", "○3 インシデント発生に備えた対応"),
 ("3-(1)", S3, "3-(1) インシデント発生時の連絡体制図（医療機関・厚労省・警察等）",
  "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある", "はい (10/8)", TEMPLATE_DATE, TEMPLATE_ANS, None),
 ("3-(2)", S3, "3-(2) 診療継続に必要な情報の検討、バックアップの実施と復旧手順の確認",
  "インシデント発生時に医療機関が診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
  "はい (10/8)", TEMPLATE_DATE, TEMPLATE_ANS, "画像データは院外DCへ日次バックアップ"),
]

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook(); ws = wb.active; ws.title = SHEET
for k, v in {"A": 58, "B": 15, "C": 10, "D": 15, "E": 28}.items():
    ws.column_dimensions[k].width = v
ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "事業者確認用"; ws["A2"].font = Font(bold=True)
ws["A4"] = "提出先医療機関名：" + HOSP
ws["A5"] = "事業者名：" + VENDOR
ws["A6"] = "対象システム：" + SYSTEM
ws["A8"] = "※ 「はい・いいえ」のうち該当しない方を消し、（　/　）に確認日を記入してください。"
ws["A9"] = "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。"
ws["A10"] = "※ 事業者ごと又はシステムごとに1枚作成し、当院 医療情報管理室へ提出してください。"

ws.merge_cells("A12:A13"); ws["A12"] = "チェック項目"
ws.merge_cells("B12:D12"); ws["B12"] = "確認結果 (日付)"
ws["B13"] = "1回目"; ws["C13"] = "目標日"; ws["D13"] = "2回目"
ws.merge_cells("E12:E13"); ws["E12"] = "備考"
for rr in (12, 13):
    for c in range(1, 6):
        ws.cell(rr, c).border = B; ws.cell(rr, c).alignment = center; ws.cell(rr, c).font = Font(bold=True)

# labelled example row (must be ignored)
ex = ["【記入例】アクセスログの管理", "いいえ (10/1)", "(11/30)", "はい (11/25)", "記入例（この行は集計しません）"]
grey = PatternFill("solid", fgColor="E7E6E6")
for c, v in enumerate(ex, 1):
    cell = ws.cell(14, c, v); cell.border = B; cell.fill = grey; cell.font = Font(italic=True, color="7F7F7F")
    cell.alignment = wrap if c in (1, 5) else center

def parse_ans(s):
    if s == TEMPLATE_ANS: return None, None
    s2 = s.replace("（", "(").replace("）", ")")
    a, d = s2.split("(")
    return a.strip(), ymd(d.strip(" )"))

r = 15; entries = []; cellmap = {}
for row in ROWS:
    if row[0] in ("H", "C"):
        ws.cell(r, 1, row[1]).font = Font(bold=(row[0] == "H"))
        for c in range(1, 6): ws.cell(r, c).border = B
        r += 1; continue
    no, sec, shown, full, c1, ctg, c2, rem = row
    vals = [shown, c1, ctg, c2, rem]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v); cell.border = B
        cell.alignment = wrap if c in (1, 5) else center
    a1, d1 = parse_ans(c1); a2, d2 = parse_ans(c2)
    e = {"section": sec, "item": full}
    if no: e["itemNo"] = no
    e["firstAnswer"] = a1; e["firstDate"] = d1
    if ctg != TEMPLATE_DATE: e["targetDate"] = ymd(ctg.strip("()"))
    if a2: e["secondAnswer"] = a2; e["secondDate"] = d2
    if rem: e["remarks"] = rem
    cellmap[len(entries)] = r
    entries.append(e); r += 1
ws.page_setup.orientation = "portrait"; ws.page_setup.fitToWidth = 1

wb.save(os.path.join(OUT, NAME + ".xlsx"))

bg_idx = next(i for i, e in enumerate(entries) if e["section"] == "端末PC" and e["item"] == FULL["bg"])
src_idx = next(i for i, e in enumerate(entries) if e["item"] == FULL["src"])
exp = {
 "form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
 "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSP, "entries": entries},
 "planted": [
  {"cells": [f"{SHEET}!C{cellmap[bg_idx]}"], "paths": [f"entries[{bg_idx}].targetDate"],
   "why": "端末PC 不要なソフトウェア・サービスの停止: 1回目 いいえ (10/8) but 目標日 left as the blank template '(/)'; いいえ requires a 目標日"},
  {"cells": [f"{SHEET}!D{cellmap[src_idx]}", f"{SHEET}!B{cellmap[src_idx]}"], "paths": [f"entries[{src_idx}].secondDate"],
   "why": "ネットワーク機器 接続元制限: 2回目 date 10/2 (2024-10-02) is before the 1回目 date 10/8 (2024-10-08)"},
 ],
 "notes": "Header values share a cell with their label (項目：値). Answers are written as the template 'はい・いいえ (/)' with one option "
          "deleted and a year-less date (Apr–Dec = 2024, Jan–Mar = 2025); cells still reading 'はい・いいえ (/)' or '(/)' are unanswered "
          "template text (2回目 not needed for はい items). Row 14 is a labelled 記入例 and is not an entry. Heading rows (○1/○2/○3, 【サーバ】 etc.) "
          "are not entries. Item texts are abbreviated in the workbook; 'item' gives the full wording (same as the a-workbook).",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", len(entries), exp["planted"])

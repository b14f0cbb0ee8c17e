#!/usr/bin/python3
"""clv-w4-b-print-template: 事業者確認用チェックリスト 令和6年度版, a prefecture-style print form copying the PDF:
cells pre-printed 'はい・いいえ\n(　/　)' and the filler deletes the option not chosen and writes a 和暦 date
'R6.7.1' into the brackets; unused cells keep the template text. Device classes are separate blocks with 【】
headings; a correctly labelled 記入例 row sits above the table. Planted: a いいえ without 目標日 and a 目標日
beyond the fiscal year (after 2025-03-31)."""
import json, os, re
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "clv-w4-b-print-template"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "事業者確認用"

VENDOR = "東和システムサービス株式会社"
SYSTEM = "PACS・放射線情報システム（RIS）"
HOSPITAL = "市立北浜病院"

V11 = "事業者内に医療情報システム等の提供に係る管理責任者を設置している"
V21 = "医療機関に提供しているサーバ、端末PC、ネットワーク機器の台帳管理を行っている"
V22 = "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した"
V23 = "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した"
ACL = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PW = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
BG = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"
V31 = "インシデント発生時における医療機関及び事業者内の連絡体制図がある"
V32 = "医療機関と協力し、データやシステムのバックアップの実施と復旧手順を確認している"

TPL_ANS = "はい・いいえ\n(　 /　 )"
TPL_DATE = "(　 /　 )"
def yes(d): return f"はい\n(R6.{d})"
def no(d): return f"いいえ\n(R6.{d})"
def tgt(s): return f"({s})"

Y = (yes("7.1"), None, None, None)
# blocks: (heading row text, section, rows); row = (itemNo, shown text, canonical, first, target, second, remarks)
BLOCKS = [
    ("1　体制構築", "体制構築", [
        ("1-(1)", V11, V11, *Y)]),
    ("2　医療情報システム全般", "医療情報システム全般", [
        ("2-(1)", V21, V21, *Y),
        ("2-(2)", V22, V22, yes("7.1"), None, None, "リモート保守なし（オンサイト保守のみ）"),
        # PLANTED: target beyond FY2024 (R7.5.31 = 2025-05-31)
        ("2-(3)", V23, V23, no("7.1"), tgt("R7.5.31"), None, "開示書を作成中")]),
    ("【サーバ】", "サーバ", [
        (None, ACL, ACL, *Y), (None, ACC, ACC, *Y), (None, LOG, LOG, *Y),
        (None, PW, PW, no("7.1"), tgt("R6.8.31"), yes("8.20"), "保守用アカウントのPWを変更"),
        (None, PATCH, PATCH, *Y), (None, BG, BG, *Y)]),
    ("【端末PC】", "端末PC", [
        (None, ACL, ACL, *Y), (None, ACC, ACC, *Y), (None, PW, PW, *Y),
        (None, PATCH, PATCH, *Y), (None, BG, BG, *Y)]),
    ("【ネットワーク機器】", "ネットワーク機器", [
        (None, PATCH, PATCH, *Y),
        # PLANTED: いいえ without 目標日 (template left untouched)
        (None, SRC, SRC, no("7.1"), None, None, None)]),
    ("3　インシデント発生に備えた対応", "インシデント発生に備えた対応", [
        ("3-(1)", V31, V31, *Y),
        ("3-(2)", V32, V32, yes("7.2"), None, None, None)]),
]

def parse(cell):
    if cell is None:
        return None, None
    ans = "はい" if cell.startswith("はい") else ("いいえ" if cell.startswith("いいえ") else None)
    m = re.search(r"R(\d+)\.(\d+)\.(\d+)", cell)
    date = f"{2018 + int(m.group(1)):04d}-{int(m.group(2)):02d}-{int(m.group(3)):02d}" if m else None
    return ans, date

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="D9E1F2")
sec_fill = PatternFill("solid", fgColor="F2F2F2")
ex_fill = PatternFill("solid", fgColor="FFF2CC")
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SHEET
ws.merge_cells("B1:H1")
ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
ws["B1"].font = Font(bold=True, size=14); ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:H2")
ws["B2"] = "事業者確認用"
ws["B2"].alignment = Alignment(horizontal="center")
for i, (lab, val) in enumerate([("事業者名", VENDOR), ("対象システム", SYSTEM), ("提出先医療機関名", HOSPITAL)]):
    r = 4 + i
    ws[f"B{r}"] = lab; ws[f"B{r}"].fill = head; ws[f"B{r}"].border = box
    ws.merge_cells(f"C{r}:E{r}"); ws[f"C{r}"] = val
    for c in "CDE": ws[f"{c}{r}"].border = box
notes = ["※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
         "※ 「はい・いいえ」は該当しない方を消し、（　/　）に確認日を記入してください（例：R6.7.1）。",
         "※ 事業者ごと又はシステムごとに作成してください。"]
for i, t in enumerate(notes):
    ws[f"B{8 + i}"] = t

# header (two rows)
ws.merge_cells("B12:B13"); ws["B12"] = "No."
ws.merge_cells("C12:C13"); ws["C12"] = "チェック項目"
ws.merge_cells("D12:F12"); ws["D12"] = "確認結果（日付）"
ws["D13"] = "1回目"; ws["E13"] = "目標日"; ws["F13"] = "2回目"
ws.merge_cells("G12:G13"); ws["G12"] = "備考"
for rr in (12, 13):
    for c in "BCDEFG":
        ws[f"{c}{rr}"].fill = head; ws[f"{c}{rr}"].border = box; ws[f"{c}{rr}"].alignment = ctr
# 記入例 row (must be ignored)
ex = ["記入例", "〇〇〇〇を実施している", "いいえ\n(R6.6.3)", "(R6.9.30)", "はい\n(R6.9.27)", "9/27対応完了"]
for c, v in zip("BCDEFG", ex):
    ws[f"{c}14"] = v; ws[f"{c}14"].fill = ex_fill; ws[f"{c}14"].border = box; ws[f"{c}14"].alignment = ctr
ws.row_dimensions[14].height = 32

entries, planted = [], []
r = 15
for heading, section, rows in BLOCKS:
    ws.merge_cells(f"B{r}:G{r}")
    ws[f"B{r}"] = heading
    ws[f"B{r}"].fill = sec_fill; ws[f"B{r}"].font = Font(bold=True)
    for c in "BCDEFG": ws[f"{c}{r}"].border = box
    r += 1
    for no_, shown, canon, c1, ct, c2, rem in rows:
        ws[f"B{r}"] = no_ if no_ else ""
        if not no_:
            ws[f"B{r}"] = None
        ws[f"C{r}"] = shown; ws[f"C{r}"].alignment = wrap
        ws[f"D{r}"] = c1 if c1 else TPL_ANS
        ws[f"E{r}"] = ct if ct else TPL_DATE
        ws[f"F{r}"] = c2 if c2 else TPL_ANS
        if rem: ws[f"G{r}"] = rem
        for c in "DEF": ws[f"{c}{r}"].alignment = ctr
        ws[f"G{r}"].alignment = wrap
        for c in "BCDEFG": ws[f"{c}{r}"].border = box
        ws[f"B{r}"].alignment = ctr
        ws.row_dimensions[r].height = 36
        a1, d1 = parse(c1); _, tg = parse(ct); a2, d2 = parse(c2)
        e = {"section": section, "item": canon}
        if no_: e["itemNo"] = no_
        e["firstAnswer"] = a1; e["firstDate"] = d1
        if tg: e["targetDate"] = tg
        if a2: e["secondAnswer"] = a2
        if d2: e["secondDate"] = d2
        if rem: e["remarks"] = rem
        idx = len(entries)
        entries.append(e)
        if canon == V23:
            planted.append({"cells": [f"{SHEET}!E{r}"], "paths": [f"entries[{idx}].targetDate"],
                            "why": "目標日 R7.5.31 (2025-05-31) が令和6年度（2025-03-31まで）の外"})
        if canon == SRC and section == "ネットワーク機器":
            planted.append({"cells": [f"{SHEET}!E{r}"], "paths": [f"entries[{idx}].targetDate"],
                            "why": "1回目が「いいえ」なのに目標日が未記入（テンプレートの (　 /　 ) のまま）"})
        r += 1
ws[f"B{r+1}"] = "（以上）"

for c, w in zip("ABCDEFG", [2, 7, 56, 14, 13, 14, 28]):
    ws.column_dimensions[c].width = w
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.print_area = f"A1:G{r+1}"

wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSPITAL, "entries": entries},
    "planted": planted,
    "notes": ("Print form copied from the PDF style: every answer cell is pre-printed 'はい・いいえ\\n(　 /　 )'; the filler "
              "deleted the option not chosen and wrote a 和暦 date 'R6.7.1' in the brackets ('はい\\n(R6.7.1)'). Cells still "
              "holding the untouched template ('はい・いいえ\\n(　 /　 )' or '(　 /　 )') are blank, not answers. Row 14 is a "
              "correctly labelled 記入例 row and must be ignored. Device classes are separate blocks headed 【サーバ】 "
              "【端末PC】 【ネットワーク機器】 (no item numbers there); numbered items show 1-(1), 2-(1)…, 3-(2). "
              "Vendor-side wording beyond the seed's two examples (管理責任者, MDS/SDS提出) is my own reconstruction. "
              "Password item placed under サーバ and 端末PC as the catalogue lists it among per-device items. "
              "R6 form has no 確認日 header field.")
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", len(entries), planted)

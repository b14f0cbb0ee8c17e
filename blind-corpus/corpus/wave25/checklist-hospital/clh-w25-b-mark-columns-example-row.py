#!/usr/bin/python3
"""clh-w25-b: a hospital's own redraw of the 令和6年度版 チェックリスト（医療機関確認用）:
記入要領 sheet + one table with a 区分 column (merged down), ○ marks in はい / いいえ columns for each round,
dates typed as 和暦 text (R6.7.1, 令和6年10月31日) except 2回目 dates (Excel dates), a correctly labelled
記入例 row above the data, the facility name as '医療機関名：…' in one cell, and a COUNTIF tally saved by
openpyxl without a cached value.
Planted: a いいえ item without 目標日; a 2回目 date earlier than the 1回目 date."""
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w25-b-mark-columns-example-row"
SHEET = "チェックリスト"
FACILITY = "医療法人 明和会 みどり野記念病院"
D = dt.date

ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
DEL = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
BGS = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"

# shown item text (abbreviated in places) -> canonical item
SHORT = {
    ACC: "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定",
    DEL: "退職者や使用していないアカウント等、不要なアカウントを削除",
    LOG: "アクセスログを管理",
    PAT: "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用",
    BGS: "バックグラウンドで動作している不要なソフトウェア及びサービスを停止",
    SRC: "接続元制限を実施",
}

def wa(d):  # 和暦 text R6.m.d
    return f"R{d.year - 2018}.{d.month}.{d.day}"

def wa_long(d):
    return f"令和{d.year - 2018}年{d.month}月{d.day}日"

A = D(2024, 7, 1); B = D(2024, 7, 2); C = D(2024, 7, 3)
# (区分 shown, section, no, item, first, firstDate, target, second, secondDate, remarks)
ROWS = [
    ("前提", "前提", "前提", "医療情報システムを導入、運用している", "はい", A, None, None, None, None),
    ("1.体制構築", "体制構築", "1-(1)", "医療情報システム安全管理責任者を設置している", "はい", A, None, None, None, "事務部長を任命（R6.4.1）"),
    ("2.医療情報システムの管理・運用", "医療情報システムの管理・運用", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", A, None, None, None, None),
    ("2.医療情報システムの管理・運用", "医療情報システムの管理・運用", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい", A, None, None, None, "電子カルテ・検査システムでリモート保守あり"),
    ("2.医療情報システムの管理・運用", "医療情報システムの管理・運用", "2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     "いいえ", A, D(2024, 10, 31), "はい", D(2024, 10, 15), None),
    ("サーバ", "サーバ", None, ACC, "はい", B, None, None, None, None),
    ("サーバ", "サーバ", None, DEL, "はい", B, None, None, None, None),
    ("サーバ", "サーバ", None, LOG, "はい", B, None, None, None, None),
    ("サーバ", "サーバ", None, PAT, "はい", B, None, None, None, None),
    ("サーバ", "サーバ", None, BGS, "はい", B, None, None, None, None),
    ("端末PC", "端末PC", None, ACC, "はい", B, None, None, None, None),
    ("端末PC", "端末PC", None, DEL, "いいえ", B, None, None, None, "退職者アカウントの棚卸し中"),   # planted: no 目標日
    ("端末PC", "端末PC", None, PAT, "はい", B, None, None, None, "WSUSで配信"),
    ("端末PC", "端末PC", None, BGS, "はい", B, None, None, None, None),
    ("ネットワーク機器", "ネットワーク機器", None, PAT, "はい", C, None, None, None, None),
    ("ネットワーク機器", "ネットワーク機器", None, SRC, "いいえ", C, D(2024, 9, 30), "はい", D(2024, 6, 28), "保守業者に設定依頼済"),  # planted: 2nd < 1st
    ("3.インシデント発生に備えた対応", "インシデント発生に備えた対応", "3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", "はい", C, None, None, None, None),
    ("3.インシデント発生に備えた対応", "インシデント発生に備えた対応", "3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", "はい", C, None, None, None, None),
    ("3.インシデント発生に備えた対応", "インシデント発生に備えた対応", "3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している", "いいえ", C, D(2025, 3, 31), None, None, "確認表に沿って策定中"),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wc = Alignment(horizontal="center", vertical="center", wrap_text=True)
wl = Alignment(horizontal="left", vertical="center", wrap_text=True)

wb = Workbook()
ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["A"].width = 110
for i, t in enumerate([
    "記入要領",
    "・「はい」「いいえ」のいずれかの欄に ○ を記入してください。",
    "・確認日は R6.7.1 のように記入してください。",
    "・1回目が「いいえ」の項目は、対応目標日（令和6年度中）を記入し、目標日以降に2回目の確認を行ってください。",
    "・前提が「いいえ」の場合、以降の項目の記入は不要です。",
    "・灰色の「記入例」の行は記入例です（削除しないでください）。",
], start=1):
    ins[f"A{i}"] = t
ins["A1"].font = Font(bold=True, size=13)

ws = wb.create_sheet(SHEET)
wb.active = 1
for col, w in zip("ABCDEFGHIJK", (7, 16, 50, 5, 5, 11, 16, 5, 5, 11, 26)):
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:K1")
ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）　医療機関確認用"
ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A3:F3")
ws["A3"] = f"医療機関名：{FACILITY}"
ws["A3"].font = Font(size=12)
ws["A3"].border = Border(bottom=thin)

hr = 6
ws.merge_cells(f"A{hr}:A{hr+1}"); ws[f"A{hr}"] = "No."
ws.merge_cells(f"B{hr}:B{hr+1}"); ws[f"B{hr}"] = "区分"
ws.merge_cells(f"C{hr}:C{hr+1}"); ws[f"C{hr}"] = "確認項目"
ws.merge_cells(f"D{hr}:F{hr}"); ws[f"D{hr}"] = "1回目"
ws.merge_cells(f"G{hr}:G{hr+1}"); ws[f"G{hr}"] = "目標日"
ws.merge_cells(f"H{hr}:J{hr}"); ws[f"H{hr}"] = "2回目"
ws.merge_cells(f"K{hr}:K{hr+1}"); ws[f"K{hr}"] = "備考"
for c, t in zip("DEFHIJ", ("はい", "いいえ", "確認日", "はい", "いいえ", "確認日")):
    ws[f"{c}{hr+1}"] = t
hf = PatternFill("solid", fgColor="FFF2CC")
for rr in (hr, hr + 1):
    for c in "ABCDEFGHIJK":
        ws[f"{c}{rr}"].border = box; ws[f"{c}{rr}"].alignment = wc; ws[f"{c}{rr}"].fill = hf
        ws[f"{c}{rr}"].font = Font(bold=True)

# correctly labelled example row
ex = hr + 2
grey = PatternFill("solid", fgColor="D9D9D9")
for c, v in zip("ABCDEFGHIJK", ("記入例", "サーバ", "（例）アクセスログを管理", None, "○", "R6.6.3",
                                 "R6.9.30", "○", None, "R6.9.20", "（例）ログ保存期間を1年に設定")):
    ws[f"{c}{ex}"] = v
for c in "ABCDEFGHIJK":
    ws[f"{c}{ex}"].fill = grey; ws[f"{c}{ex}"].border = box
    ws[f"{c}{ex}"].alignment = wl if c in "CK" else wc
    ws[f"{c}{ex}"].font = Font(italic=True, color="595959")

entries = []
start = ex + 1
r = start
groups = {}
for shown, section, no, item, fa, fd, td, sa, sd, rem in ROWS:
    groups.setdefault(shown, [r, r])[1] = r
    if no:
        ws[f"A{r}"] = no
    ws[f"C{r}"] = SHORT.get(item, item)
    ws[f"D{r}" if fa == "はい" else f"E{r}"] = "○"
    ws[f"F{r}"] = wa(fd)
    if td:
        ws[f"G{r}"] = wa_long(td)
    if sa:
        ws[f"H{r}" if sa == "はい" else f"I{r}"] = "○"
    if sd:
        ws[f"J{r}"] = sd
        ws[f"J{r}"].number_format = "m/d"
    if rem:
        ws[f"K{r}"] = rem
    for c in "ABCDEFGHIJK":
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].alignment = wl if c in "CK" else wc
    ws.row_dimensions[r].height = 30
    e = {"section": section, "item": item}
    if no and no != "前提":
        e["itemNo"] = no
    e["firstAnswer"] = fa; e["firstDate"] = fd.isoformat()
    if td: e["targetDate"] = td.isoformat()
    if sa: e["secondAnswer"] = sa
    if sd: e["secondDate"] = sd.isoformat()
    if rem: e["remarks"] = rem
    entries.append(e)
    r += 1
last = r - 1
for shown, (a, b) in groups.items():
    if b > a:
        ws.merge_cells(f"B{a}:B{b}")
    ws[f"B{a}"] = shown
    ws[f"B{a}"].alignment = wc

r += 1
ws.merge_cells(f"A{r}:C{r}")
ws[f"A{r}"] = "1回目「いいえ」の項目数"
ws[f"A{r}"].alignment = Alignment(horizontal="right")
ws[f"E{r}"] = f"=COUNTIF(E{start}:E{last},\"○\")"
ws[f"E{r}"].border = box

ws.freeze_panes = f"D{start}"
ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0

wb.save(os.path.join(OUT, NAME + ".xlsx"))

idx_noTarget = 11   # 端末PC 不要アカウント削除
idx_badSecond = 15  # ネットワーク機器 接続元制限
expected = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [
        {"cells": [f"{SHEET}!G{start + idx_noTarget}"], "paths": [f"entries[{idx_noTarget}].targetDate"],
         "why": "1回目 いいえ (端末PC: 不要なアカウントの削除) but 目標日 left blank; いいえ requires a 目標日"},
        {"cells": [f"{SHEET}!J{start + idx_badSecond}", f"{SHEET}!F{start + idx_badSecond}"],
         "paths": [f"entries[{idx_badSecond}].secondDate"],
         "why": "2回目 確認日 2024-06-28 is before the 1回目 確認日 R6.7.3 (2024-07-03) (probably 9/28 mistyped)"},
    ],
    "notes": ("Answers are ○ marks in the はい / いいえ columns of each round. 1回目 確認日 are text 'R6.7.1' etc., 目標日 "
              "text '令和6年10月31日', 2回目 確認日 are Excel date cells shown m/d. Row 8 is a grey row labelled "
              "記入例 in the No. column and must be ignored. Item texts are shortened in the sheet for device-class items "
              "(e.g. 'アクセスログを管理'); item values give the full catalogue wording. 区分 column merged per group "
              "('1.体制構築', '2.医療情報システムの管理・運用', '3.インシデント発生に備えた対応' -> section without the "
              "number). The 前提 row shows '前提' in the No. column (no itemNo given). The tally row below the table "
              "is a COUNTIF formula with no cached value (not a field)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", NAME)

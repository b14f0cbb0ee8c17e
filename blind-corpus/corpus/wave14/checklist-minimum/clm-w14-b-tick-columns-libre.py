#!/usr/bin/python3
# Generator for clm-w14-b-tick-columns-libre.xlsx (checklist-minimum, Okayama 最低限の措置編)
# Role: hospital 情報システム担当 who re-typed the checklist as a flat table: はい / いいえ as separate
# columns marked with "レ", vertical merged 区分 cells, some item texts shortened, 1回目 dates as Excel
# dates, 目標日 as 和暦 text, 2回目 dates as 令和 text; a 記入要領 sheet first, a hidden list sheet;
# finally re-saved by LibreOffice.  Two planted problems.
import json, os, subprocess, shutil, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave14/checklist-minimum"
NAME = "clm-w14-b-tick-columns-libre"
TMP = "/tmp/clmw14/src_b"
SHEET = "チェックリスト"
FACILITY = "医療法人社団 吉備の森会 高梁川東病院"

S1 = "パスワードを強固なものに変更し、使い回しをしない"
S2 = "IoT 機器を含む情報資産の通信制御を確認する"
S3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
FULL = {
 1: "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
 2: "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
 3: "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
 4: "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
 5: "ネットワーク接続点へのアクセス制御を適切に実施している。",
 6: "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
 7: "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
 8: "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
}
SHOWN = {  # what the workbook shows (some shortened by the filler)
 1: "VPN装置等のID・パスワードについて強固な設定を行っている（システム運用担当者）",
 2: FULL[2],
 3: "類推されやすいパスワードを使わないよう全利用者に周知徹底している",
 4: FULL[4],
 5: FULL[5],
 6: "各種システム・通信制御機器のログを記録・保存し、定期的にチェックして不正利用がないことを確認",
 7: FULL[7],
 8: FULL[8],
}
SEC = {1: S1, 2: S1, 3: S1, 4: S2, 5: S2, 6: S2, 7: S3, 8: S3}
D = dt.date
# no: (ans1, date1 (date), target (iso, text) or None, ans2 or None, date2 (iso, text) or None, remarks)
DATA = {
 1: ("はい", D(2024, 11, 6), None, None, None, "VPN2台（本院・訪問看護ST）確認済"),
 2: ("いいえ", D(2024, 11, 6), ("2025-01-31", "R7.1.31"), "はい", ("2025-01-24", "令和7年1月24日"), "NAS・複合機の管理PWを個別に変更"),
 3: ("はい", D(2024, 11, 6), None, None, None, None),
 4: ("はい", D(2024, 11, 13), None, None, None, "○○メディカルシステム㈱と確認"),
 5: ("いいえ", D(2024, 11, 13), None, None, None, "保守用回線の接続元IP制限なし。業者と協議中"),   # PLANTED: no 目標日
 6: ("はい", D(2024, 11, 13), None, None, None, None),
 7: ("いいえ", D(2024, 11, 13), ("2025-02-28", "R7.2.28"), "はい", ("2024-10-30", "令和6年10月30日"), "ルータFW更新（保守業者作業）"),  # PLANTED: 2回目 before 1回目
 8: ("はい", D(2024, 11, 6), None, None, None, "ウイルス対策ソフト管理画面で定義更新を確認"),
}

wb = Workbook()
ins = wb.active; ins.title = "記入要領"
ws = wb.create_sheet(SHEET)
lst = wb.create_sheet("list")
lst["A1"] = "レ"
lst.sheet_state = "hidden"

for i, t in enumerate([
    "【記入要領】チェックリスト（最低限の措置編）",
    "・岡山県様式を院内用に作り直したものです（項目内容は県様式と同じ）。",
    "・はい／いいえ のどちらかの欄に「レ」を入れ、確認日を入力してください。",
    "・1回目が「いいえ」の場合は、実施可能な直近の対応目標日を必ず記入してください。",
    "・対応後に2回目の確認を行い、結果と確認日を記入してください。",
    "・立入検査時に保健所へ提出します（「チェックリスト」シートのみ印刷）。",
], start=1):
    ins.cell(i, 1, t)
ins.column_dimensions["A"].width = 90

thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="DDEBF7")
def al(c, h="center", wrap=True):
    c.alignment = Alignment(horizontal=h, vertical="center", wrap_text=wrap)

ws["A1"] = "チェックリスト（「サイバー攻撃リスク低減のための最低限の措置」編）医療機関確認用"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "医療機関名"; ws["A2"].font = Font(bold=True)
ws.merge_cells("A2:B2")
ws.merge_cells("C2:H2"); ws["C2"] = FACILITY
for c in ("A2", "C2"):
    ws[c].border = box
# header 4-5
hdr = [("A4:A5", "No."), ("B4:B5", "区分"), ("C4:C5", "チェック項目"),
       ("D4:F4", "1回目"), ("G4:G5", "目標日"), ("H4:J4", "2回目"), ("K4:K5", "備考")]
for rng, t in hdr:
    ws.merge_cells(rng)
    c = ws[rng.split(":")[0]]; c.value = t; c.font = Font(bold=True); al(c)
for col, t in zip("DEFHIJ", ["はい", "いいえ", "確認日", "はい", "いいえ", "確認日"]):
    c = ws[f"{col}5"]; c.value = t; c.font = Font(bold=True); al(c)
for rr in (4, 5):
    for col in "ABCDEFGHIJK":
        ws[f"{col}{rr}"].border = box; ws[f"{col}{rr}"].fill = grey
widths = dict(A=5, B=18, C=58, D=5, E=6, F=12, G=11, H=5, I=6, J=16, K=30)
for k, v in widths.items():
    ws.column_dimensions[k].width = v

dv = DataValidation(type="list", formula1="=list!$A$1:$A$1", allow_blank=True)
ws.add_data_validation(dv)

entries = []; cellmap = {}
r0 = 6
for no in range(1, 9):
    r = r0 + no - 1
    a1, d1, tg, a2, d2, rem = DATA[no]
    ws[f"A{r}"] = no
    ws[f"C{r}"] = SHOWN[no]
    ws[f"D{r}" if a1 == "はい" else f"E{r}"] = "レ"
    ws[f"F{r}"] = dt.datetime(d1.year, d1.month, d1.day); ws[f"F{r}"].number_format = "yyyy/m/d"
    if tg: ws[f"G{r}"] = tg[1]
    if a2: ws[f"H{r}" if a2 == "はい" else f"I{r}"] = "レ"
    if d2: ws[f"J{r}"] = d2[1]
    if rem: ws[f"K{r}"] = rem
    for col in "ABCDEFGHIJK":
        c = ws[f"{col}{r}"]; c.border = box
        al(c, h="left" if col in "CK" else "center")
    ws.row_dimensions[r].height = 42
    dv.add(f"D{r}:E{r}"); dv.add(f"H{r}:I{r}")
    e = {"section": SEC[no], "item": FULL[no], "itemNo": str(no), "firstAnswer": a1, "firstDate": d1.isoformat()}
    if tg: e["targetDate"] = tg[0]
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2[0]
    if rem: e["remarks"] = rem
    entries.append(e); cellmap[no] = r
# vertical merged 区分 cells with the full ○ heading
for rng, s in (("B6:B8", S1), ("B9:B11", S2), ("B12:B13", S3)):
    ws.merge_cells(rng); ws[rng.split(":")[0]] = "○" + s; al(ws[rng.split(":")[0]], h="left")
ws.freeze_panes = "D6"
ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.active = 1

os.makedirs(TMP, exist_ok=True)
src = os.path.join(TMP, NAME + ".xlsx")
wb.save(src)
dst = os.path.join(OUT, NAME + ".xlsx")
if os.path.exists(dst):
    os.remove(dst)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
assert os.path.exists(dst)

exp = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [
        {"cells": [f"{SHEET}!E{cellmap[5]}", f"{SHEET}!G{cellmap[5]}"], "paths": ["entries[4].targetDate"],
         "why": "1回目が「いいえ」なのに目標日が空欄（いいえの場合は実施可能な直近の対応目標日の記入が必要）"},
        {"cells": [f"{SHEET}!J{cellmap[7]}", f"{SHEET}!F{cellmap[7]}"], "paths": ["entries[6].secondDate"],
         "why": "2回目の確認日（令和6年10月30日 = 2024-10-30）が1回目の確認日（2024-11-13）より前"},
    ],
    "notes": ("Answers are a 'レ' mark in the はい or いいえ column of each round (canonical はい/いいえ). 1回目 確認日 are Excel date "
              "cells; 目標日 are 和暦 text 'R7.1.31'; 2回目 確認日 are text '令和7年1月24日'. Items 1, 3 and 6 are shortened "
              "in the workbook; 'item' gives the full seed wording. 区分 (column B) is a vertically merged cell holding the ○ heading; "
              "section is that heading without the ○ mark. The No. column (1–8) is given as itemNo. "
              "First sheet is a 記入要領 sheet (no data); sheet 'list' is hidden (validation list). "
              "Workbook written by openpyxl then re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
print("ok", len(entries), cellmap)

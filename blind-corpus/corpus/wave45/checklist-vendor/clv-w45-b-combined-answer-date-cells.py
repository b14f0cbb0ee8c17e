#!/usr/bin/python3
# Generator: clv-w45-b-combined-answer-date-cells.xlsx (checklist-vendor, R6, 2 planted problems)
# Run: PYTHONPATH=/tmp/clvins_py /usr/bin/python3 clv-w45-b-combined-answer-date-cells.py
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave45/checklist-vendor"
NAME = "clv-w45-b-combined-answer-date-cells"
SHEET = "事業者用チェックリスト"

VENDOR = "北辰情報システム株式会社"
SYSTEM = "医事会計システム（レセプトコンピュータ）"
HOSP = "医療法人 誠和会 瀬戸内記念病院"

# rows: ("H", heading text) or (no, text, section, first_cell, (answer, iso), target_cell, target_iso,
#        second_cell, (answer, iso) or None, remarks)
R1 = ("はい（R6.11.5）", ("はい", "2024-11-05"))
ROWS = [
 ("H", "１．体制構築"),
 ("1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。", "体制構築", *R1, None, None, None, None, None),
 ("H", "２．医療情報システムの管理・運用"),
 ("2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている。", "医療情報システムの管理・運用", *R1, None, None, None, None, None),
 ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。", "医療情報システムの管理・運用", *R1, None, None, None, None,
  "リモート保守なし\n（オンサイト対応のみ）"),
 ("2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。", "医療情報システムの管理・運用", *R1, None, None, None, None,
  "11/1 病院 情報システム室へ提出"),
 ("H", "【サーバ】"),
 ("", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。", "サーバ", *R1, None, None, None, None, None),
 ("", "退職者や使用していないアカウント等、不要なアカウントを削除している。", "サーバ", *R1, None, None, None, None, None),
 ("", "アクセスログを管理している。", "サーバ", *R1, None, None, None, None, None),
 ("", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。", "サーバ", *R1, None, None, None, None, None),
 ("", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。", "サーバ", *R1, None, None, None, None, None),
 ("H", "【端末PC】"),
 ("", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。", "端末PC", *R1, None, None, None, None, None),
 ("", "退職者や使用していないアカウント等、不要なアカウントを削除している。", "端末PC", *R1, None, None, None, None, None),
 ("", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。", "端末PC", *R1, None, None, None, None, None),
 ("", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。", "端末PC", *R1, None, None, None, None, None),
 ("H", "【ネットワーク機器】"),
 ("", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。", "ネットワーク機器",
  "いいえ（R6.11.5）", ("いいえ", "2024-11-05"), "R6.12.27", "2024-12-27", "はい（10/28）", ("はい", "2024-10-28"),
  "ルータのファームウェア更新\n（12月定期保守時に実施）"),
 ("", "接続元制限を実施している。", "ネットワーク機器", *R1, None, None, None, None, None),
 ("H", "３．インシデント発生に備えた対応"),
 ("3-(1)", "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある。", "インシデント発生に備えた対応",
  "いいえ（R6.11.5）", ("いいえ", "2024-11-05"), None, None, None, None, "連絡体制図 更新中"),
 ("3-(2)", "インシデント発生時に診療を継続するために必要な情報を医療機関と検討し、データやシステムのバックアップの実施と復旧手順を確認している。",
  "インシデント発生に備えた対応", *R1, None, None, None, None, None),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SHEET
for col, w in zip("ABCDEF", [7, 56, 18, 11, 18, 28]):
    ws.column_dimensions[col].width = w

ws["A1"] = "サイバーセキュリティ対策チェックリスト（事業者確認用）　令和6年度"
ws["A1"].font = Font(size=13, bold=True)
ws["A3"] = f"事業者名：{VENDOR} "          # trailing space as typed
ws["A4"] = f"対象システム：{SYSTEM}"
ws["A5"] = f"提出先医療機関名：{HOSP}"
ws["E3"] = "記入者：医療システム部　岡田"
ws["A6"] = "※回答は「はい・いいえ」のどちらかを残し、（　）内に確認日を記入。「いいえ」は目標日を記入。"
ws["A6"].font = Font(size=9, color="C00000")

HR = 8
for c, t in zip("ABCDEF", ["No.", "確認項目", "1回目\nはい・いいえ（確認日）", "目標日", "2回目\nはい・いいえ（確認日）", "備考"]):
    cell = ws[f"{c}{HR}"]; cell.value = t; cell.font = Font(bold=True); cell.alignment = CEN; cell.border = B
ws.row_dimensions[HR].height = 32

entries = []
cellref = {}
r = HR + 1
for row in ROWS:
    if row[0] == "H":
        ws.cell(r, 1, row[1]).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        for col in range(1, 7): ws.cell(r, col).border = B
        r += 1; continue
    no, text, sec, fcell, (fa, fd), tcell, tiso, scell, sv, rem = row
    ws.cell(r, 1, no or None); ws.cell(r, 2, text); ws.cell(r, 3, fcell)
    ws.cell(r, 4, tcell); ws.cell(r, 5, scell); ws.cell(r, 6, rem)
    for col in range(1, 7):
        ws.cell(r, col).border = B
        ws.cell(r, col).alignment = WRAP if col in (2, 6) else CEN
    e = {"section": sec, "item": text}
    if no: e["itemNo"] = no
    e.update({"firstAnswer": fa, "firstDate": fd})
    if tiso: e["targetDate"] = tiso
    if sv: e["secondAnswer"], e["secondDate"] = sv
    if rem: e["remarks"] = rem
    cellref[len(entries)] = r
    entries.append(e)
    ws.row_dimensions[r].height = 30
    r += 1

# hidden helper sheet with the choice list the office template came with
h = wb.create_sheet("選択肢")
for i, t in enumerate(["はい・いいえ", "はい", "いいえ"], start=1):
    h.cell(i, 1, t)
h.sheet_state = "hidden"
ws.page_setup.orientation = "portrait"; ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0

wb.save(os.path.join(OUT, NAME + ".xlsx"))

nw_idx = next(i for i, e in enumerate(entries) if e["section"] == "ネットワーク機器" and "セキュリティパッチ" in e["item"])
c31_idx = next(i for i, e in enumerate(entries) if e.get("itemNo") == "3-(1)")
exp = {
 "form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
 "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSP, "entries": entries},
 "planted": [
  {"cells": [f"{SHEET}!E{cellref[nw_idx]}", f"{SHEET}!C{cellref[nw_idx]}"],
   "paths": [f"entries[{nw_idx}].secondDate", f"entries[{nw_idx}].firstDate"],
   "why": "2回目確認日 (10/28 = 2024-10-28) is before the 1回目確認日 (R6.11.5) — 2回目 date must not be before 1回目"},
  {"cells": [f"{SHEET}!D{cellref[c31_idx]}"],
   "paths": [f"entries[{c31_idx}].targetDate"],
   "why": "3-(1) answered いいえ in 1回目 but 目標日 left blank (いいえ ⇒ 目標日 required)"},
 ],
 "notes": ("Header is label and value in one cell (事業者名：… with a trailing space, value given trimmed). Answer and "
           "date share one cell: 'はい（R6.11.5）' (和暦 abbreviated), 2回目 year-less '（10/28）' read as 2024-10-28. "
           "目標日 is text 'R6.12.27'. Device-class items sit under 【サーバ】/【端末PC】/【ネットワーク機器】 heading rows "
           "with no number (itemNo omitted); section for numbered items is the heading text without its number. "
           "Vendor-side item wording other than 1-(1) and 2-(3) is my own parallel of the hospital items. "
           "E3 記入者 is not a form field. Hidden sheet 選択肢 is only a choice list."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", len(entries), cellref[nw_idx], cellref[c31_idx])

#!/usr/bin/python3
"""clh-w26-a: 医療機関確認用 checklist (R6) drawn by a hospital's information-systems office on one sheet:
title block and notes, '医療機関名：…' label and value in one cell, a numbered table with a merged 区分 column
(前提 / 体制構築 / 医療情報システム全般 / サーバ / 端末PC / ネットワーク機器 / インシデント発生に備えた対応),
answers chosen from a drop-down fed by a hidden 選択肢 sheet, all dates Excel date cells.
Filled completely and correctly; no planted problem. Saved by openpyxl."""
import datetime as dt, json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave26/checklist-hospital"
NAME = "clh-w26-a-single-sheet-merged-classes"
FACILITY = "社会医療法人 瀬戸内会 みなと総合病院"
SHEET = "チェックリスト（医療機関確認用）"

T_PRE = "医療情報システムを導入、運用している"
T11 = "医療情報システム安全管理責任者を設置している"
T21 = "サーバ、端末PC、ネットワーク機器の台帳管理を行っている"
T22 = "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した"
T23 = "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう"
T_ACL = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
T_ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
T_LOG = "アクセスログを管理している"
T_PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
T_SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
T_SRC = "接続元制限を実施している"
T31 = "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある"
T32 = "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している"
T33 = "サイバー攻撃を想定した事業継続計画（BCP）を策定している"

D = dt.date
# (section, itemNo, item, a1, d1, target, a2, d2, remarks)
ROWS = [
    ("前提", "", T_PRE, "はい", D(2024, 6, 17), None, None, None, ""),
    ("体制構築", "1-(1)", T11, "はい", D(2024, 6, 17), None, None, None, "副院長（医療情報部長）を任命"),
    ("医療情報システム全般", "2-(1)", T21, "はい", D(2024, 6, 17), None, None, None, ""),
    ("医療情報システム全般", "2-(2)", T22, "はい", D(2024, 6, 18), None, None, None, "電子カルテ・PACS・検体検査で利用あり"),
    ("医療情報システム全般", "2-(3)", T23, "いいえ", D(2024, 6, 18), D(2024, 9, 30), "はい", D(2024, 9, 20), ""),
    ("サーバ", "2-(4)", T_ACL, "はい", D(2024, 6, 19), None, None, None, ""),
    ("サーバ", "2-(5)", T_ACC, "いいえ", D(2024, 6, 19), D(2024, 8, 31), "はい", D(2024, 8, 26), "退職者アカウント12件を削除"),
    ("サーバ", "2-(6)", T_LOG, "はい", D(2024, 6, 19), None, None, None, ""),
    ("サーバ", "2-(7)", T_PAT, "はい", D(2024, 6, 19), None, None, None, ""),
    ("サーバ", "2-(8)", T_SVC, "はい", D(2024, 6, 19), None, None, None, ""),
    ("端末PC", "2-(4)", T_ACL, "はい", D(2024, 6, 20), None, None, None, ""),
    ("端末PC", "2-(5)", T_ACC, "はい", D(2024, 6, 20), None, None, None, ""),
    ("端末PC", "2-(7)", T_PAT, "いいえ", D(2024, 6, 20), D(2024, 12, 27), "はい", D(2024, 12, 16),
     "Windows Update を保守業者と調整のうえ適用"),
    ("端末PC", "2-(8)", T_SVC, "はい", D(2024, 6, 20), None, None, None, ""),
    ("ネットワーク機器", "2-(7)", T_PAT, "はい", D(2024, 6, 21), None, None, None, ""),
    ("ネットワーク機器", "2-(9)", T_SRC, "いいえ", D(2024, 6, 21), D(2024, 10, 31), "はい", D(2024, 10, 25), ""),
    ("インシデント発生に備えた対応", "3-(1)", T31, "はい", D(2024, 6, 21), None, None, None, ""),
    ("インシデント発生に備えた対応", "3-(2)", T32, "はい", D(2024, 6, 21), None, None, None, ""),
    ("インシデント発生に備えた対応", "3-(3)", T33, "いいえ", D(2024, 6, 21), D(2025, 3, 31), None, None,
     "BCP策定中（策定の確認表を使用）"),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SHEET
lists = wb.create_sheet("選択肢")
lists["A1"] = "はい"
lists["A2"] = "いいえ"
lists.sheet_state = "hidden"

for k, v in dict(A=7, B=16, C=56, D=8, E=12, F=12, G=8, H=12, I=30).items():
    ws.column_dimensions[k].width = v

ws.merge_cells("A1:I1")
ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）　医療機関確認用"
ws["A1"].font = Font(bold=True, size=14)
ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A3:E3")
ws["A3"] = "医療機関名：" + FACILITY
ws["A3"].font = Font(size=12)
ws["A3"].border = Border(bottom=thin)
ws.merge_cells("A4:I4")
ws["A4"] = ("※「前提」が「いいえ」の場合、以降の項目の記入は不要です。1回目が「いいえ」の項目は目標日を記入し、"
            "対応後に2回目の確認結果を記入してください。（令和6年度中に対応）")
ws["A4"].font = Font(size=9)
ws["A4"].alignment = Alignment(wrap_text=True)
ws.row_dimensions[4].height = 26

HR = 6
heads = [("A", "項番"), ("B", "区分"), ("C", "チェック項目")]
for col, t in heads:
    ws.merge_cells(f"{col}{HR}:{col}{HR+1}")
    ws[f"{col}{HR}"] = t
ws.merge_cells(f"D{HR}:E{HR}"); ws[f"D{HR}"] = "1回目"
ws[f"D{HR+1}"] = "はい/いいえ"; ws[f"E{HR+1}"] = "確認日"
ws.merge_cells(f"F{HR}:F{HR+1}"); ws[f"F{HR}"] = "目標日"
ws.merge_cells(f"G{HR}:H{HR}"); ws[f"G{HR}"] = "2回目"
ws[f"G{HR+1}"] = "はい/いいえ"; ws[f"H{HR+1}"] = "確認日"
ws.merge_cells(f"I{HR}:I{HR+1}"); ws[f"I{HR}"] = "備考"
fill = PatternFill("solid", fgColor="E2EFDA")
for rr in (HR, HR + 1):
    for c in range(1, 10):
        cell = ws.cell(rr, c)
        cell.border = box; cell.alignment = center; cell.fill = fill; cell.font = Font(bold=True, size=10)

dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)

r = HR + 2
entries = []
sec_start = {}
prev = None
for sec, no, item, a1, d1, tgt, a2, d2, rem in ROWS:
    ws.cell(r, 1, no if no else "－").alignment = center
    if sec != prev:
        ws.cell(r, 2, sec).alignment = center
        sec_start[sec] = [r, r]
        prev = sec
    else:
        sec_start[sec][1] = r
    ws.cell(r, 3, item).alignment = wrap
    ws.cell(r, 4, a1).alignment = center
    ws.cell(r, 5, d1)
    if tgt:
        ws.cell(r, 6, tgt)
    if a2:
        ws.cell(r, 7, a2).alignment = center
    if d2:
        ws.cell(r, 8, d2)
    for c in (5, 6, 8):
        ws.cell(r, c).number_format = "yyyy/m/d"
        ws.cell(r, c).alignment = center
    if rem:
        ws.cell(r, 9, rem).alignment = wrap
    for c in range(1, 10):
        ws.cell(r, c).border = box
    dv.add(f"D{r}"); dv.add(f"G{r}")
    ws.row_dimensions[r].height = 36
    e = dict(section=sec, item=item)
    if no:
        e["itemNo"] = no
    e["firstAnswer"] = a1
    e["firstDate"] = d1.isoformat()
    if tgt:
        e["targetDate"] = tgt.isoformat()
    if a2:
        e["secondAnswer"] = a2
    if d2:
        e["secondDate"] = d2.isoformat()
    if rem:
        e["remarks"] = rem
    entries.append(e)
    r += 1
for sec, (s, t) in sec_start.items():
    if t > s:
        ws.merge_cells(start_row=s, start_column=2, end_row=t, end_column=2)
ws.cell(r + 1, 9, "情報システム課 作成").alignment = Alignment(horizontal="right")
ws.freeze_panes = ws.cell(HR + 2, 4)
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [],
    "notes": ("One sheet; 区分 column B is merged per section / device class, so each device-class item row "
              "takes its section from the merged cell above. Item numbers for the device-class rows (2-(4)…2-(9)) "
              "are this hospital's own numbering; the same number repeats under サーバ/端末PC/ネットワーク機器. "
              "The 前提 row shows '－' in 項番 (no itemNo). Dates are Excel date cells. Hidden sheet 選択肢 only "
              "feeds the drop-down. 3-(3) BCP is いいえ with 目標日 2025-03-31 and no 2回目 yet (allowed). "
              "Items follow the 2024 article's per-class lists (no password item in R6)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", NAME)

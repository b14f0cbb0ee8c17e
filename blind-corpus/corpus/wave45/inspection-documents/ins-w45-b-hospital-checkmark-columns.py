#!/usr/bin/python3
# Generator: ins-w45-b-hospital-checkmark-columns.xlsx (inspection-documents, R6, 2 planted problems)
# openpyxl only (the COUNTIF total has no cached value).
# Run: PYTHONPATH=/tmp/clvins_py /usr/bin/python3 ins-w45-b-hospital-checkmark-columns.py
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave45/inspection-documents"
NAME = "ins-w45-b-hospital-checkmark-columns"
SHEET = "提出書類チェック表"
HOSP = "医療法人 誠和会 瀬戸内記念病院"

COLS = {"SUBMITTED": "C", "NOT_CREATED": "D", "NOT_SUBMITTED": "E"}
# (no shown, kind, title, status or None, fileName, remarks)
ROWS = [
 ("1", 1, "チェックリスト（医療機関確認用）", "SUBMITTED", "1_チェックリスト_医療機関確認用_R6.xlsx", None),
 ("2-①", 2, "チェックリスト（事業者確認用）\n電子カルテ／株式会社みなと医療情報", "SUBMITTED",
  "2-1_事業者確認用_電子カルテ_みなと医療情報.pdf", None),
 ("2-②", 2, "チェックリスト（事業者確認用）\n医事会計／北辰情報システム株式会社", "SUBMITTED",
  "2-2_事業者確認用_医事会計_北辰情報システム.xlsx", None),
 ("2-③", 2, "チェックリスト（事業者確認用）\n臨床検査システム／株式会社ラボネクスト", "SUBMITTED",
  "2-3_事業者確認用_検査_ラボネクスト.pdf", "12/3 受領"),
 ("3", 3, "チェックリスト（最低限の措置編）", "SUBMITTED", "3_チェックリスト_最低限の措置編.xlsx", None),
 ("4", 4, "機器管理台帳", "NOT_CREATED", None, "作成中（業者に依頼済、1月完成予定）"),
 ("5", 5, "インシデント発生時の連絡体制図", None, None, None),
 ("6", 6, "ネットワーク構成図及びシステム全体構成図", "SUBMITTED", "6_ネットワーク構成図_システム全体構成図.pdf", None),
 ("7", 7, "サイバー攻撃を想定した事業継続計画（BCP）", "NOT_CREATED", None, "策定中（R7.2 完成予定）"),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
FILL = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook()
ws = wb.active
ws.title = SHEET
for col, w in zip("ABCDEFG", [6, 40, 9, 9, 12, 44, 30]):
    ws.column_dimensions[col].width = w

ws["A1"] = "令和6年度 医療機関立入検査（サイバーセキュリティ対策関係）　提出書類チェック表"
ws["A1"].font = Font(size=13, bold=True)
ws["A2"] = "（岡山県 別紙1「サイバーセキュリティ対策関連書類一覧」に基づき作成／保健所提出用）"
ws["A2"].font = Font(size=9)

# label above value
ws["A3"] = "医療機関名"; ws["D3"] = "提出日"
ws.merge_cells("A4:B4"); ws["A4"] = HOSP
ws.merge_cells("D4:E4"); ws["D4"] = "令和6年12月6日"
for c in ("A3", "D3"):
    ws[c].font = Font(size=9, bold=True)
for rng in ("A4:B4", "D4:E4"):
    for row in ws[rng]:
        for cell in row: cell.border = B

ws.merge_cells("A6:A7"); ws["A6"] = "No."
ws.merge_cells("B6:B7"); ws["B6"] = "書類名"
ws.merge_cells("C6:E6"); ws["C6"] = "提出区分（該当欄に✓）"
ws["C7"] = "提出する"; ws["D7"] = "未作成"; ws["E7"] = "作成済・\n提出しない"
ws.merge_cells("F6:F7"); ws["F6"] = "ファイル名"
ws.merge_cells("G6:G7"); ws["G6"] = "備考"
for r in (6, 7):
    for col in range(1, 8):
        cell = ws.cell(r, col); cell.border = B; cell.alignment = CEN; cell.fill = FILL; cell.font = Font(bold=True)
ws.row_dimensions[7].height = 30

docs, rowref = [], []
r = 8
for no, kind, title, st, fname, rem in ROWS:
    ws.cell(r, 1, no); ws.cell(r, 2, title)
    if st: ws[f"{COLS[st]}{r}"] = "✓"
    ws.cell(r, 6, fname); ws.cell(r, 7, rem)
    for col in range(1, 8):
        ws.cell(r, col).border = B
        ws.cell(r, col).alignment = CEN if col in (1, 3, 4, 5) else WRAP
    ws.row_dimensions[r].height = 32
    d = {"kind": str(kind)}
    if st: d["submission"] = st
    if fname: d["fileName"] = fname
    if rem: d["remarks"] = rem
    docs.append(d); rowref.append(r)
    r += 1
last = r - 1
ws.cell(r, 2, "提出書類数（✓の数）").alignment = Alignment(horizontal="right")
ws.cell(r, 3, f'=COUNTIF(C8:C{last},"✓")').alignment = CEN

# second small table on the same sheet: the hospital's own tracking of vendor checklists
t = r + 3
ws.cell(t, 1, "【参考】事業者チェックリスト回収状況").font = Font(bold=True)
hdr = ["", "事業者名", "", "", "依頼日", "対象システム", "回収日"]
for col, txt in enumerate(hdr, start=1):
    if txt:
        ws.cell(t + 1, col, txt).border = B; ws.cell(t + 1, col).alignment = CEN
for i, (v, d1, sysn, d2) in enumerate([
        ("株式会社みなと医療情報", "10/21", "電子カルテ", "11/15"),
        ("北辰情報システム株式会社", "10/21", "医事会計", "11/8"),
        ("株式会社ラボネクスト", "10/21", "臨床検査システム", "12/3")], start=t + 2):
    for col, val in ((2, v), (5, d1), (6, sysn), (7, d2)):
        ws.cell(i, col, val).border = B

ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
wb.save(os.path.join(OUT, NAME + ".xlsx"))

i4 = next(i for i, (_, k, *_) in enumerate(ROWS) if k == 4)
i5 = next(i for i, (_, k, *_) in enumerate(ROWS) if k == 5)
exp = {
 "form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
 "values": {"facilityName": HOSP, "submittedOn": "2024-12-06", "documents": docs},
 "planted": [
  {"cells": [f"{SHEET}!D{rowref[i4]}"], "paths": [f"documents[{i4}].submission"],
   "why": "4 機器管理台帳 is a required document (「台帳を提出してください」), but it is marked 未作成 — only 6 and 7 may be left out when not made"},
  {"cells": [f"{SHEET}!C{rowref[i5]}", f"{SHEET}!D{rowref[i5]}", f"{SHEET}!E{rowref[i5]}"],
   "paths": [f"documents[{i5}].submission"],
   "why": "5 インシデント発生時の連絡体制図: no 提出区分 marked at all (required document, answer missing)"},
 ],
 "notes": ("Hospital-made check table, label above value; 提出日 is text 令和6年12月6日. Check mark ✓ in one of three "
           "columns: 提出する = SUBMITTED, 未作成 = NOT_CREATED, 作成済・提出しない = NOT_SUBMITTED (unused). "
           "Document 2 is split into three rows (2-①..2-③, one per vendor), each kind '2'. The row for document 5 is "
           "listed with only its kind because nothing was entered in it. C17 is a COUNTIF total with no cached value. "
           "The 【参考】事業者チェックリスト回収状況 table below is the hospital's own tracking, not a form field."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", rowref)

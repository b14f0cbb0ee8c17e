# Generator: ins-w33-b-mark-columns-vendor-rows.xlsx (inspection-documents, R6, 2 planted problems)
import sys, json
sys.path.insert(0, "/tmp/clvins_pylib")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side

OUT = "/work/blind/wave33/inspection-documents/"
NAME = "ins-w33-b-mark-columns-vendor-rows"
SHEET = "提出書類チェック表"
FAC = "社会医療法人桃李会 赤磐さくら病院"
COLS = {"SUBMITTED": 5, "NOT_CREATED": 6, "NOT_SUBMITTED": 7}   # E, F, G

ROWS = [  # (No text, kind, 書類名, status or None, file, remarks)
 ("1", "1", "チェックリスト（医療機関確認用）", "SUBMITTED", "01_医療機関確認用チェックリスト.pdf", None),
 ("2-1", "2", "チェックリスト（事業者確認用）①電子カルテ", "SUBMITTED", "02-1_事業者CL_電子カルテ.pdf", "株式会社吉備メディカルシステムズ"),
 ("2-2", "2", "チェックリスト（事業者確認用）②医事会計（レセコン）", "SUBMITTED", "02-2_事業者CL_レセコン.pdf", "株式会社せとうち医療情報サービス"),
 ("2-3", "2", "チェックリスト（事業者確認用）③PACS", "SUBMITTED", "02-3_事業者CL_PACS.pdf", "山陽画像システム株式会社"),
 ("3", "3", "チェックリスト（最低限の措置編）", "SUBMITTED", "03_最低限の措置編.pdf", None),
 ("4", "4", "機器管理台帳", "NOT_CREATED", None, "現在作成中（R7.1月完成予定）"),          # PLANT
 ("5", "5", "インシデント発生時の連絡体制図", None, None, None),                              # PLANT
 ("6", "6", "ネットワーク構成図及びシステム全体構成図", "NOT_SUBMITTED", None, "院内限りの資料のため、立入検査当日に閲覧で対応"),
 ("7", "7", "サイバー攻撃を想定したBCP", "SUBMITTED", "07_BCP_サイバー攻撃編.pdf", "R6.11策定"),
]

wb = Workbook(); ws = wb.active; ws.title = SHEET
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
for col, w in zip("ABCDEFGHIJ", [2, 6, 44, 2, 8, 8, 12, 2, 32, 34]):
    ws.column_dimensions[col].width = w
ws["B1"] = "令和6年度 医療機関立入検査（サイバーセキュリティ対策関係） 提出書類チェック表"
ws["B1"].font = Font(bold=True, size=13)
ws["B3"] = "医療機関名：" + FAC
ws["B4"] = "提出日：令和6年12月3日"
ws.merge_cells("B3:G3"); ws.merge_cells("B4:G4")
ws["I3"] = "記入者：情報システム室 主任"
ws["B6"] = "該当する欄に○を付けてください。（6・7は作成している場合のみ提出）"
ws["B6"].font = Font(size=9)
hdr = {2: "No.", 3: "書類名", 5: "提出", 6: "未作成", 7: "作成済\n(提出しない)", 9: "ファイル名", 10: "備考"}
for c, h in hdr.items():
    cl = ws.cell(8, c, h); cl.border = B; cl.font = Font(bold=True)
    cl.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[8].height = 30
r = 9; rowof = []
for no, kind, name, st, fn, rem in ROWS:
    ws.cell(r, 2, no); ws.cell(r, 3, name)
    if st: ws.cell(r, COLS[st], "○")
    ws.cell(r, 9, fn); ws.cell(r, 10, rem)
    for c in hdr:
        cl = ws.cell(r, c); cl.border = B
        cl.alignment = Alignment(vertical="center", wrap_text=True, horizontal="center" if c in (2, 5, 6, 7) else "left")
    rowof.append(r); r += 1
ws.page_setup.orientation = "landscape"

g = wb.create_sheet("記入要領")
notes = ["記入要領（岡山県 別紙1「サイバーセキュリティ対策関連書類一覧」より）",
 "1 チェックリスト（医療機関確認用）：令和6年度版のチェックリスト様式を使用（マニュアル参照）",
 "2 チェックリスト（事業者確認用）：すべての医療情報システムの委託事業者について、事業者ごと又はシステムごとに分けて提出",
 "3 チェックリスト（最低限の措置編）：県の別添様式を使用",
 "4 機器管理台帳：マニュアル2-(1)参照",
 "5 インシデント発生時の連絡体制図：マニュアル3-(1)参照",
 "6 ネットワーク構成図及びシステム全体構成図：作成していれば提出",
 "7 サイバー攻撃を想定した事業継続計画（BCP）：作成していれば提出",
 "※ 立入検査の際に保健所へ提出すること。"]
for i, t in enumerate(notes, 1): g.cell(i, 1, t)
g["A1"].font = Font(bold=True); g.column_dimensions["A"].width = 110
wb.save(OUT + NAME + ".xlsx")

docs = []
for no, kind, name, st, fn, rem in ROWS:
    d = {"kind": kind}
    if st: d["submission"] = st
    if fn: d["fileName"] = fn
    if rem: d["remarks"] = rem
    docs.append(d)
colL = {5: "E", 6: "F", 7: "G"}
exp = {"form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
  "values": {"facilityName": FAC, "submittedOn": "2024-12-03", "documents": docs},
  "planted": [
   {"cells": ["%s!F%d" % (SHEET, rowof[5])], "paths": ["documents[5].submission"],
    "why": "4 機器管理台帳 marked 未作成: only 6 (構成図) and 7 (BCP) are 'if made'; documents 1-5 must be submitted"},
   {"cells": ["%s!E%d" % (SHEET, rowof[6])], "paths": ["documents[6].submission"],
    "why": "5 インシデント発生時の連絡体制図: no mark in any of 提出 / 未作成 / 作成済 (required answer missing)"}],
  "notes": "○ marks in columns E (提出=SUBMITTED), F (未作成=NOT_CREATED), G (作成済・提出しない=NOT_SUBMITTED); D and H are blank spacer columns. "
           "Document 2 is split into three rows (No. 2-1, 2-2, 2-3), one per vendor, each kind '2'; vendor names are in 備考. "
           "Header as '項目：値' in one cell; 提出日 is text 令和6年12月3日. I3 記入者 has no key. Sheet 記入要領 is instructions only."}
json.dump(exp, open(OUT + NAME + ".expected.json", "w"), ensure_ascii=False, indent=2)

#!/usr/bin/python3
# Generator for ins-w3-b-cover-checkmarks.xlsx
# Role: a hospital's 総務課 made its own cover sheet 「立入検査 提出書類確認票」 from the Okayama notice: notes above,
# 「医療機関名：…」/「提出日：R7.4.15」 label-in-cell header, a correctly labelled 記入例 row, full-width document
# numbers, a ✓ placed in one of three columns (提出する / 未作成 / 作成済・提出しない), an =TODAY() 作成日 without cached
# value (openpyxl), a 記入要領 sheet and a hidden 作業用 sheet.
# Planted: 4 機器管理台帳 marked 未作成 (it is not an "if made" document); 提出日 R7.4.15 is after the programme's
# 実施時期 (令和6年10月1日～令和7年3月31日); 6 構成図 exists but is marked 作成済・提出しない although the notice says
# 「作成していれば提出してください」.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w3-b-cover-checkmarks"
thin = Side(style="thin"); dot = Side(style="hair")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="FFF2CC")
CEN = Alignment(horizontal="center", vertical="center")
WRAP = Alignment(wrap_text=True, vertical="center")
FWD = str.maketrans("0123456789", "０１２３４５６７８９")
COL = {"SUBMITTED": 4, "NOT_CREATED": 5, "NOT_SUBMITTED": 6}

facility = "社会医療法人 高梁会 たかはし中央病院"
docs = [
    (1, "チェックリスト（医療機関確認用）", dict(kind="1", submission="SUBMITTED")),
    (2, "チェックリスト（事業者確認用）", dict(kind="2", submission="SUBMITTED",
                                         remarks="電子カルテ・医事会計・臨床検査の3社分を1冊に綴じて提出")),
    (3, "チェックリスト（最低限の措置編）", dict(kind="3", submission="SUBMITTED")),
    (4, "機器管理台帳", dict(kind="4", submission="NOT_CREATED", remarks="保守業者の資産一覧で代用中")),
    (5, "インシデント発生時の連絡体制図", dict(kind="5", submission="SUBMITTED")),
    (6, "ネットワーク構成図及びシステム全体構成図", dict(kind="6", submission="NOT_SUBMITTED",
                                                remarks="ベンダ作成の構成図あり（院外秘のため保健所で閲覧のみ）")),
    (7, "サイバー攻撃を想定した事業継続計画（BCP）", dict(kind="7", submission="SUBMITTED")),
]

wb = Workbook(); ws = wb.active; ws.title = "確認票"
for col, w in zip("ABCDEFG", [2, 6, 40, 10, 10, 14, 44]):
    ws.column_dimensions[col].width = w
notes = ["立入検査（サイバーセキュリティ対策関係）提出書類確認票",
         "・岡山県医療推進課「別紙1 サイバーセキュリティ対策関連書類一覧」の7種類の書類について、提出の有無を確認する。",
         "・該当する欄に ✓ を入れること。6・7は作成している場合のみ提出。",
         "・書類は立入検査の際に保健所へ提出する。"]
for i, t in enumerate(notes):
    ws.cell(1 + i, 2, t)
ws["B1"].font = Font(bold=True, size=13)
ws["B6"] = f"医療機関名：{facility}"; ws.merge_cells("B6:E6")
ws["F6"] = "提出日：R7.4.15"; ws.merge_cells("F6:G6")
ws["B8"] = "番号"; ws["C8"] = "書類名"; ws["D8"] = "提出の有無"; ws.merge_cells("D8:F8"); ws["G8"] = "備考"
ws.merge_cells("B8:B9"); ws.merge_cells("C8:C9"); ws.merge_cells("G8:G9")
ws["D9"] = "提出する"; ws["E9"] = "未作成"; ws["F9"] = "作成済・\n提出しない"
for row in ws["B8:G9"]:
    for c in row:
        c.fill = HEAD; c.border = BOX; c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[9].height = 30
# 記入例 row (correctly labelled)
ws["B10"] = "記入例"; ws["C10"] = "（例）チェックリスト（医療機関確認用）"; ws["D10"] = "✓"; ws["G10"] = "（例）令和6年10月確認分"
for col in range(2, 8):
    c = ws.cell(10, col); c.border = BOX; c.font = Font(color="808080", italic=True)
    if col in (4, 5, 6):
        c.alignment = CEN
r = 11
cell_of = {}
for n, title, d in docs:
    ws.cell(r, 2, str(n).translate(FWD)).alignment = CEN
    ws.cell(r, 3, title).alignment = WRAP
    ws.cell(r, COL[d["submission"]], "✓").alignment = CEN
    if d.get("remarks"):
        ws.cell(r, 7, d["remarks"]).alignment = WRAP
    for col in range(2, 8):
        ws.cell(r, col).border = BOX
    ws.row_dimensions[r].height = 30
    cell_of[n] = r
    r += 1
ws.cell(r + 1, 6, "作成日"); ws.cell(r + 1, 7, "=TODAY()")   # no cached value (openpyxl)
ws.cell(r + 1, 7).number_format = "yyyy/m/d"
ws.cell(r + 2, 6, "担当"); ws.cell(r + 2, 7, "総務課 藤井")

wi = wb.create_sheet("記入要領")
for i, t in enumerate(["記入要領",
                       "1 提出日は保健所へ提出する日を記入（立入検査当日）。",
                       "2 「提出する」「未作成」「作成済・提出しない」のいずれか1つに ✓。",
                       "3 事業者確認用チェックリストは、医療情報システムの委託事業者すべてから回収すること（事業者ごと又はシステムごと）。",
                       "4 1～5は必ず提出（未作成の場合は作成してから提出）。6・7は作成していれば提出。",
                       "5 記入例の行は消さなくてよい。"]):
    wi.cell(1 + i, 1, t)
wi.column_dimensions["A"].width = 100
wh = wb.create_sheet("作業用")
for i, (n, title, _) in enumerate(docs):
    wh.cell(1 + i, 1, n); wh.cell(1 + i, 2, title)
wh.sheet_state = "hidden"
wb.save(os.path.join(HERE, NAME + ".xlsx"))

expected = {
    "form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
    "values": {"facilityName": facility, "submittedOn": "2025-04-15", "documents": [d for _, _, d in docs]},
    "planted": [
        {"cells": [f"確認票!E{cell_of[4]}"], "paths": ["documents[3].submission"],
         "why": "4 機器管理台帳 is marked 未作成: documents 1–5 must be submitted (only 6 and 7 are 'if made')"},
        {"cells": ["確認票!F6"], "paths": ["submittedOn"],
         "why": "提出日 R7.4.15 (2025-04-15) is after the programme period 令和6年10月1日～令和7年3月31日 (実施時期) of the R6 inspection support"},
        {"cells": [f"確認票!F{cell_of[6]}"], "paths": ["documents[5].submission"],
         "why": "6 ネットワーク構成図及びシステム全体構成図 exists (備考: ベンダ作成の構成図あり) but is marked 作成済・提出しない; the notice says 作成していれば提出してください"},
    ],
    "notes": ("Header values are label-in-cell: 「医療機関名：…」 and 「提出日：R7.4.15」. Row 10 is a correctly labelled 記入例 "
              "row (ignore). Document numbers are full-width digits (１…７); the choice is a ✓ in one of columns D "
              "(提出する) / E (未作成) / F (作成済・提出しない). No file-name column. 作成日 is =TODAY() saved by openpyxl "
              "without a cached value (no key). Sheet 作業用 is hidden and holds only a plain list of the 7 document "
              "names (no answers). 6 is NOT_SUBMITTED (made but not handed in) — planted."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", cell_of)

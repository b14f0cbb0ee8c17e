#!/usr/bin/python3
"""inspection-documents, workbook a: the prefecture's 別紙1 drawn as a print form with the notice's
注意点 column and three option columns (提出する / 未作成 / 提出しない) marked with ○; 提出日 in 和暦 text;
a COUNTIF total saved by openpyxl without a cached value. No planted problem."""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w26-a-bessi1-circle-columns"
SHEET = "別紙1"

FACILITY = "医療法人 瀬戸内会 みなと中央病院"
SUBMITTED_TEXT = "令和6年11月12日"
SUBMITTED_ISO = "2024-11-12"

DOCS = [
    (1, "チェックリスト（医療機関確認用）",
     "令和6年度版のチェックリスト様式を使用し、「チェックリストマニュアル」を参照して記入すること。",
     "SUBMITTED", None),
    (2, "チェックリスト（事業者確認用）",
     "上記と同じ。医療情報システムのすべての委託事業者に記入・提出を求めること（事業者ごと又はシステムごとに分ける）。",
     "SUBMITTED", "3社分（電子カルテ、レセプトコンピューター、PACS）"),
    (3, "チェックリスト（最低限の措置編）",
     "別添のチェックリスト様式を使用し、「サイバー攻撃リスク低減のための最低限の措置」を参照して記入すること。",
     "SUBMITTED", None),
    (4, "機器管理台帳",
     "情報機器（サーバーやPC）、ルータ等を記載した台帳。書式はマニュアル2-(1)を参照。",
     "SUBMITTED", None),
    (5, "インシデント発生時の連絡体制図",
     "サイバーセキュリティの連絡体制を記載したもの。書式はマニュアル3-(1)を参照。",
     "SUBMITTED", None),
    (6, "ネットワーク構成図及びシステム全体構成図",
     "作成していれば提出すること（ガイドライン第6.0版 企画管理編4.4、システム運用編2②参照）。",
     "SUBMITTED", "ネットワーク構成図のみ\nシステム全体構成図は作成中"),
    (7, "サイバー攻撃を想定した事業継続計画（BCP）",
     "作成していれば提出すること（「BCP策定の確認表」参照）。",
     "NOT_CREATED", "令和7年3月策定予定"),
]
COL = {"SUBMITTED": 4, "NOT_CREATED": 5, "NOT_SUBMITTED": 6}

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="E2EFDA")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
WRAP = Alignment(vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SHEET
for col, w in {"A": 5, "B": 30, "C": 48, "D": 8, "E": 8, "F": 8, "G": 28}.items():
    ws.column_dimensions[col].width = w

ws["G1"] = "別紙1"
ws["G1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A2:G2")
ws["A2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求める\nサイバーセキュリティ対策関連書類一覧"
ws["A2"].font = Font(size=13, bold=True)
ws["A2"].alignment = CENTER
ws.row_dimensions[2].height = 36

ws["A4"] = "医療機関名"
ws.merge_cells("A4:B4")
ws.merge_cells("C4:G4")
ws["C4"] = FACILITY
ws["A5"] = "提出日"
ws.merge_cells("A5:B5")
ws.merge_cells("C5:G5")
ws["C5"] = SUBMITTED_TEXT
for r in (4, 5):
    for c in range(1, 8):
        ws.cell(r, c).border = BOX
    ws.cell(r, 1).fill = HEAD

ws.merge_cells("A7:G7")
ws["A7"] = "※ 各書類について、該当する欄に「○」を記入してください。（6・7は作成している場合のみ提出）"
ws["A7"].font = Font(size=9)

H1, H2 = 8, 9
ws.merge_cells(f"A{H1}:A{H2}")
ws[f"A{H1}"] = "No."
ws.merge_cells(f"B{H1}:B{H2}")
ws[f"B{H1}"] = "書類の名称"
ws.merge_cells(f"C{H1}:C{H2}")
ws[f"C{H1}"] = "提出にあたっての注意点"
ws.merge_cells(f"D{H1}:F{H1}")
ws[f"D{H1}"] = "提出の有無"
ws[f"D{H2}"] = "提出する"
ws[f"E{H2}"] = "未作成"
ws[f"F{H2}"] = "提出しない"
ws.merge_cells(f"G{H1}:G{H2}")
ws[f"G{H1}"] = "備考"
for r in (H1, H2):
    for c in range(1, 8):
        cell = ws.cell(r, c)
        cell.fill = HEAD
        cell.border = BOX
        cell.alignment = CENTER
        cell.font = Font(bold=True, size=10)

documents = []
r = H2 + 1
first = r
for no, name, note, status, rem in DOCS:
    ws.cell(r, 1, no)
    ws.cell(r, 2, name)
    ws.cell(r, 3, note).font = Font(size=8)
    ws.cell(r, COL[status], "○")
    ws.cell(r, 7, rem)
    for c in range(1, 8):
        cell = ws.cell(r, c)
        cell.border = BOX
        cell.alignment = CENTER if c in (1, 4, 5, 6) else WRAP
    ws.row_dimensions[r].height = 42
    d = {"kind": str(no), "submission": status}
    if rem:
        d["remarks"] = rem
    documents.append(d)
    r += 1
last = r - 1

ws.cell(r, 2, "提出書類数").alignment = Alignment(horizontal="right")
ws.cell(r, 4, f'=COUNTIF(D{first}:D{last},"○")')
ws.cell(r, 4).alignment = CENTER
ws.cell(r, 4).border = BOX

ws.cell(r + 2, 1, "（注）提出は任意ですが、立入検査の際に保健所へ提出してください。")
ws.cell(r + 2, 1).font = Font(size=9)
ws.print_area = f"A1:G{r + 2}"
ws.page_setup.orientation = "portrait"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0

wb.save(os.path.join(HERE, NAME + ".xlsx"))

expected = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "facilityName": FACILITY,
        "submittedOn": SUBMITTED_ISO,
        "documents": documents,
    },
    "planted": [],
    "notes": ("提出日 typed as 和暦 text (令和6年11月12日). Submission is a ○ in one of three columns "
              "D 提出する / E 未作成 / F 提出しない. Column C is the printed 注意点 text (not a remark). "
              "D17 提出書類数 is a COUNTIF formula saved by openpyxl without a cached value (would be 6); not a key. "
              "The form asks no file names."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", NAME)

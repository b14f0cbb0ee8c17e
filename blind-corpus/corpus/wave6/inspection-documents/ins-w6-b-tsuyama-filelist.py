#!/usr/bin/python3
"""ins-w6-b-tsuyama-filelist: a hospital's own tracking workbook for 別紙1 (IT staff of a fictional 津山 hospital).
記入要領 sheet first; 提出一覧 sheet with `項目：値` header cells, a correctly labelled 記入例 row, vendor checklists
split one row per vendor (No. 2-1, 2-2, 2-3), a file-name column, status as drop-down text from a hidden 選択肢 sheet,
and a COUNTIF total saved without cached value (openpyxl only).
Planted: (1) 機器管理台帳 row has no 提出 answer; (2) one vendor checklist (PACS) 未作成 — not collected from the
vendor although 別紙1 requires every 委託事業者 to fill and submit one (漏れなく)."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w6-b-tsuyama-filelist"

ROWS = [  # No., 書類, 対象, ファイル名, 提出, 備考
    ("1", "チェックリスト（医療機関確認用）", "―", "01_CL_医療機関確認用_R6.xlsx", "提出する", None),
    ("2-1", "チェックリスト（事業者確認用）", "電子カルテ（株式会社メディネクスト）", "02-1_CL_事業者_電子カルテ.pdf", "提出する", None),
    ("2-2", "チェックリスト（事業者確認用）", "医事会計システム（みまさか情報サービス株式会社）", "02-2_CL_事業者_医事会計.pdf", "提出する", None),
    ("2-3", "チェックリスト（事業者確認用）", "PACS（株式会社ラジオテック）", None, "未作成", "事業者から未回収（12/20回収予定）"),
    ("3", "チェックリスト（最低限の措置編）", "―", "03_CL_最低限の措置編.xlsx", "提出する", None),
    ("4", "機器管理台帳", "―", "04_機器管理台帳_2024.xlsx", None, None),
    ("5", "インシデント発生時の連絡体制図", "―", "05_連絡体制図.pdf", "提出する", None),
    ("6", "ネットワーク構成図及びシステム全体構成図", "―", "06_NW構成図.pdf", "提出する", "システム全体構成図は\nネットワーク構成図に含めて作成"),
    ("7", "サイバー攻撃を想定した事業継続計画（BCP）", "―", "07_BCP_サイバー攻撃編.docx", "作成済・提出しない", "院内限り（立入検査時に現物を提示）"),
]
OPTIONS = ["提出する", "未作成", "作成済・提出しない"]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="D9E1F2")
ex = PatternFill("solid", fgColor="EDEDED")
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
lft = Alignment(horizontal="left", vertical="center", wrap_text=True)

wb = Workbook()
guide = wb.active
guide.title = "記入要領"
lines = [
    "【記入要領】サイバーセキュリティ対策関連書類（別紙1）提出一覧",
    "",
    "1. 「提出一覧」シートの医療機関名・提出日を記入する。",
    "2. 書類ごとに、提出欄をプルダウン（提出する／未作成／作成済・提出しない）から選ぶ。",
    "3. チェックリスト（事業者確認用）は、委託事業者ごと又はシステムごとに1行ずつ記入する（漏れなく回収すること）。",
    "4. 6・7（構成図、BCP）は作成していれば提出する。",
    "5. 提出は立入検査の際に保健所（美作保健所）へ。記入例の行は消さなくてよい（集計対象外）。",
]
for i, t in enumerate(lines, start=1):
    guide[f"A{i}"] = t
guide["A1"].font = Font(bold=True, size=12)
guide.column_dimensions["A"].width = 100

ws = wb.create_sheet("提出一覧")
ws["A1"] = "サイバーセキュリティ対策関連書類　提出一覧（岡山県 別紙1）"
ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "医療機関名：一般財団法人美作会　津山みまさか病院"
ws["A4"] = "提出日：R6.12.5"
ws["D3"] = "担当：情報システム室　美作 太郎（内線 215）"
heads = ["No.", "書類", "対象（事業者／システム）", "ファイル名", "提出", "備考"]
for j, h in enumerate(heads, start=1):
    c = ws.cell(6, j, h); c.fill = head; c.border = box; c.alignment = ctr
exrow = ["記入例", "チェックリスト（事業者確認用）", "○○システム（△△株式会社）", "02-x_CL_事業者_○○.pdf", "提出する", "事業者ごとに1行"]
for j, v in enumerate(exrow, start=1):
    c = ws.cell(7, j, v); c.fill = ex; c.border = box; c.font = Font(italic=True, color="808080")
    c.alignment = lft if j in (2, 3, 4, 6) else ctr
for i, row in enumerate(ROWS):
    r = 8 + i
    for j, v in enumerate(row, start=1):
        c = ws.cell(r, j, v); c.border = box
        c.alignment = lft if j in (2, 3, 4, 6) else ctr
    if row[5] and "\n" in row[5]:
        ws.row_dimensions[r].height = 30
last = 8 + len(ROWS) - 1
ws[f"D{last+2}"] = "提出する書類数"
ws[f"E{last+2}"] = f'=COUNTIF(E8:E{last},"提出する")'
ws[f"D{last+2}"].alignment = Alignment(horizontal="right")
for k, v in {"A": 7, "B": 40, "C": 40, "D": 32, "E": 18, "F": 34}.items():
    ws.column_dimensions[k].width = v

opt = wb.create_sheet("選択肢")
for i, o in enumerate(OPTIONS, start=1):
    opt[f"A{i}"] = o
opt.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="選択肢!$A$1:$A$3", allow_blank=True)
ws.add_data_validation(dv)
dv.add(f"E8:E{last+5}")
wb.active = 1
wb.save(os.path.join(HERE, NAME + ".xlsx"))
print("wrote", NAME + ".xlsx")

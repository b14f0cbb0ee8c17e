#!/usr/bin/python3
"""bv-w28-b: print-style survey (label above, answer row below with a mark cell before はい / いいえ),
respondent info on its own sheet as 「項目：値」 cells, Q9 as one free-text cell with line breaks,
a hidden choices sheet.  Planted: Q3 いいえ but Q4-Q7 answered anyway; Q12 left blank though Q8 はい."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w28-b-print-marks-free-text"
thin = Side(style="thin")
hair = Side(style="hair")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
CEN = Alignment(horizontal="center", vertical="center")
GREY = PatternFill("solid", fgColor="F2F2F2")

wb = Workbook()

# ---- sheet 1: 回答者情報 (Q1)
ws = wb.active
ws.title = "回答者情報"
ws.column_dimensions["A"].width = 3
ws.column_dimensions["B"].width = 70
ws["B1"] = "バックアップデータ及びリモートゲートウェイ装置に係る調査"
ws["B1"].font = Font(bold=True, size=13)
ws["B2"] = "１．回答者の情報（後日、厚生労働省から確認の連絡をする場合があります）"
vals = [
    "病院名：医療法人 慈光会 やまびこ病院",
    "氏名：村上 光男",
    "所属：事務部 総務課",
    "連絡先：0875-52-4410（直通）",
    "",
    "回答日：R6.2.20",
]
for i, t in enumerate(vals):
    c = ws.cell(row=4 + i, column=2, value=t if t else None)
    if t:
        c.border = Border(bottom=hair)

# ---- sheet 2: 調査票 (Q2-Q14)
ws = wb.create_sheet("調査票")
for col, w in zip("ABCDEFGH", [2, 6, 40, 5, 8, 5, 8, 2]):
    ws.column_dimensions[col].width = w
ws["B1"] = "設問２～１４　該当する方の左の欄に○を記入してください"
ws["B1"].font = Font(bold=True)
ws["B2"] = "※3.で「いいえ」の場合は7.まで回答不要／8.で「いいえ」の場合は以降回答不要"
ws["B2"].font = Font(size=9)

r = 4
marks = {}   # key -> (row, chosen col letter or None)


def heading(t):
    global r
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
    c = ws.cell(row=r, column=2, value=t)
    c.font = Font(bold=True)
    c.fill = GREY
    r += 1


def question(no, text, ans, key, sub=None):
    """label above: text row, then answer row  [sub-label] | mark | はい | mark | いいえ"""
    global r
    if text is not None:
        ws.cell(row=r, column=2, value=no)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
        c = ws.cell(row=r, column=3, value=text)
        c.alignment = WRAP
        ws.row_dimensions[r].height = 30 if len(text) > 40 else 16
        r += 1
    if sub:
        ws.cell(row=r, column=3, value=sub).alignment = WRAP
    ws.cell(row=r, column=4, value="○" if ans == "はい" else None)
    ws.cell(row=r, column=5, value="はい")
    ws.cell(row=r, column=6, value="○" if ans == "いいえ" else None)
    ws.cell(row=r, column=7, value="いいえ")
    for col in (4, 5, 6, 7):
        ws.cell(row=r, column=col).border = B
        ws.cell(row=r, column=col).alignment = CEN
    marks[key] = (r, {"はい": "D", "いいえ": "F"}.get(ans))
    r += 2


heading("【電子カルテシステムのバックアップに係る質問関係】")
question("２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか",
         "はい", "usesGuidelines")
question("３．", "電子カルテシステムを使用しているか", "いいえ", "usesEhr")
question("４．", "診療行為を停止させないためのバックアップデータは作成しているか", "はい", "backupTested")
question("５．", "バックアップデータは世代管理しているか", "いいえ", "generationsKept")
question("６．", "バックアップデータについて、同時災害を回避する方法で管理しているか", "いいえ", "disasterSeparated")
question("７．", "バックアップデータの漏洩対策を講じているか", "いいえ", "leakProtected")
heading("【リモートゲートウェイ装置に係る質問関係】")
question("８．", "VPN装置が存在するか", "はい", "vpnPresent")
# Q9 free text
ws.cell(row=r, column=2, value="９．")
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
ws.cell(row=r, column=3, value="VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）")
r += 1
ws.merge_cells(start_row=r, start_column=3, end_row=r + 1, end_column=7)
q9_text = "YAMAHA RTX830　1台（レセコン保守用）\nCisco C1111-4P　1台（検査システム保守用）"
c = ws.cell(row=r, column=3, value=q9_text)
c.alignment = WRAP
for rr in (r, r + 1):
    for col in range(3, 8):
        ws.cell(row=rr, column=col).border = B
q9_cell = f"C{r}"
r += 3
question("１０．", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい", "vpnUpdated")
question("１１．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい", "vpnSourceRestricted")
question("１２．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", None, "vpnLogsAudited")
question("１３．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ", "emergencyDrills")
ws.cell(row=r, column=2, value="１４．")
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
ws.cell(row=r, column=3, value="セキュリティ責任者を設置しているか")
r += 1
question(None, None, "はい", "securityOfficer", sub="(1) セキュリティ責任者を職員として配置")
r -= 1
question(None, None, "はい", "securityOfficerSeparate", sub="(2) 医療情報システムの責任者とは別に配置")

# hidden choices sheet + validation on the mark cells
hs = wb.create_sheet("選択肢")
hs["A1"] = "○"
hs.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="選択肢!$A$1:$A$1", allow_blank=True)
ws.add_data_validation(dv)
for key, (row, _) in marks.items():
    dv.add(f"D{row}")
    dv.add(f"F{row}")
ws.print_area = f"A1:H{r}"

wb.save(os.path.join(OUT, NAME + ".xlsx"))
for k, v in marks.items():
    print(k, v)
print("Q9", q9_cell)
print("saved", NAME)

#!/usr/bin/python3
"""bv-w17-b: prefecture print-style sheet (title block, notes, spacer columns), はい/いいえ answered by a ○ mark in
the column of the chosen option, Q1 as 項目：値 cells, Q9 as one free-text cell. Saved by openpyxl.
Planted: Q3 いいえ yet Q4 answered (skipped question), Q11 left unanswered (required, Q8 はい)."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w17-b-print-marks-freetext"
thin = Side(style="thin")
med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HDR = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center")

wb = Workbook()
ws = wb.active
ws.title = "調査票"
for c, w in dict(A=2, B=6, C=60, D=2, E=8, F=8, G=2, H=34).items():
    ws.column_dimensions[c].width = w

ws.merge_cells("B1:H1")
ws["B1"] = "（別添）病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査"
ws["B1"].font = Font(bold=True, size=13)
ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:H2")
ws["B2"] = "香川県健康福祉部医務国保課 取りまとめ　　回答期限：令和6年2月29日"
ws["B2"].alignment = Alignment(horizontal="center")
notes = [
    "【記入方法】該当する欄（はい／いいえ）に「○」を記入してください。",
    "　※問3で「いいえ」の場合は、問4～問7は回答不要です。",
    "　※問8で「いいえ」の場合は、以降の設問は回答不要です。",
]
for i, t in enumerate(notes):
    ws.merge_cells(start_row=4 + i, start_column=2, end_row=4 + i, end_column=8)
    ws.cell(4 + i, 2, t)
ws["B8"] = "病院名：社会医療法人 坂出海岸会 かいがん病院"
ws["B8"].font = Font(bold=True)

r = 10
ws.cell(r, 2, "1")
ws.cell(r, 3, "回答者の情報")
for col in (2, 3):
    ws.cell(r, col).border = B
    ws.cell(r, col).fill = HDR
r += 1
for t in ("氏名：坂出 翔太", "所属：事務部 医事課（システム担当）", "連絡先：TEL 0877-46-5131 / Mail s-sakaide@kaigan-hp.jp"):
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
    ws.cell(r, 3, t)
    for col in range(2, 9):
        if col in (4, 7):
            continue
        ws.cell(r, col).border = B
    r += 1
r += 1
head = r
ws.cell(r, 2, "No.")
ws.cell(r, 3, "設問")
ws.cell(r, 5, "はい")
ws.cell(r, 6, "いいえ")
ws.cell(r, 8, "備考")
for col in (2, 3, 5, 6, 8):
    c = ws.cell(r, col)
    c.border = B
    c.fill = HDR
    c.alignment = CEN
    c.font = Font(bold=True)
r += 1

cells = {}
def q(no, text, ans=None, remark=None):
    global r
    ws.cell(r, 2, no)
    ws.cell(r, 3, text)
    if ans == "はい":
        ws.cell(r, 5, "○")
    elif ans == "いいえ":
        ws.cell(r, 6, "○")
    if remark:
        ws.cell(r, 8, remark)
    for col in (2, 3, 5, 6, 8):
        c = ws.cell(r, col)
        c.border = B
        c.alignment = CEN if col in (2, 5, 6) else WRAP
    ws.row_dimensions[r].height = 36
    cells[no] = r
    r += 1

q("2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい")
q("3", "電子カルテシステムを使用しているか", "いいえ", "オーダリングのみ（R8年度 電子カルテ導入予定）")
q("4", "診療行為を停止させないためのバックアップデータは作成しているか", "はい", "オーダリングサーバのバックアップ")
q("5", "バックアップデータは世代管理しているか")
q("6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか")
q("7", "バックアップデータの漏洩対策を講じているか")
q("8", "VPN装置が存在するか", "はい")
# Q9 free text
ws.cell(r, 2, "9")
ws.cell(r, 3, "VPN装置のメーカー名、型番、台数を全て記載すること（記述）")
for col in (2, 3):
    ws.cell(r, col).border = B
    ws.cell(r, col).alignment = WRAP
cells["9"] = r
r += 1
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
ws.cell(r, 3, "YAMAHA RTX830　1台（オーダリング保守用）\nNEC UNIVERGE IX2106　1台（PACS保守用）")
ws.cell(r, 3).alignment = WRAP
for col in range(2, 9):
    if col in (4, 7):
        continue
    ws.cell(r, col).border = B
ws.row_dimensions[r].height = 40
cells["9text"] = r
r += 1
q("10", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "いいえ", "保守業者任せで未確認")
q("11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか")
q("12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ")
q("13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "はい", "R5.11 情報システム障害訓練実施")
q("14", "セキュリティ責任者を設置しているか", "はい")
q("14-2", "（14で「はい」の場合）セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "はい")

ws.print_area = f"A1:H{r}"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save(os.path.join(OUT, NAME + ".xlsx"))
print("saved", NAME, cells)

#!/usr/bin/python3
"""bv-w24-b: a prefecture-style print layout: full-width numbering (１．), question text merged across, two mark
columns 「はい」「いいえ」 where the hospital puts ○; Q1 as 「氏名：…」 cells; Q9 as one free-text cell with a line
break; header block with 医療機関名 and a 和暦 回答日; re-saved by LibreOffice.
Planted: Q3 いいえ (no EHR) but Q4 answered anyway; Q12 left unanswered although Q8 is はい."""
import os
import shutil
import subprocess
import tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w24-b-mark-columns-free-text-q9"
OUT = os.path.join(HERE, NAME + ".xlsx")

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "調査票"
# A: number, B spacer, C-F question, G はい, H いいえ
for col, w in zip("ABCDEFGH", (6, 1.5, 20, 20, 20, 20, 8, 8)):
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:H1")
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査"
ws["A1"].font = Font(bold=True, size=12)
ws["A1"].alignment = CENTER
ws.merge_cells("A2:H2")
ws["A2"] = "（該当する欄に○を記入してください。設問３が「いいえ」の場合は設問７まで、設問８が「いいえ」の場合は以降の設問は回答不要です。）"
ws["A2"].alignment = WRAP
ws.row_dimensions[2].height = 30
ws.merge_cells("A4:E4")
ws["A4"] = "医療機関名：医療法人 緑風会 琴平リハビリテーション病院"
ws.merge_cells("F4:H4")
ws["F4"] = "回答日：令和6年2月9日"

ws["A6"] = "番号"
ws.merge_cells("B6:F6")
ws["B6"] = "設　問"
ws["G6"] = "はい"
ws["H6"] = "いいえ"
for c in ws[6]:
    c.fill = GRAY
    c.font = Font(bold=True)
    c.alignment = CENTER
    c.border = BOX

r = 7


def frame(row):
    for k in range(1, 9):
        ws.cell(row, k).border = BOX


def yn(no, text, mark, height=30):
    """mark: 'はい', 'いいえ' or None"""
    global r
    if no:
        ws.cell(r, 1, no).alignment = CENTER
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    ws.cell(r, 2, text).alignment = WRAP
    if mark == "はい":
        ws.cell(r, 7, "○")
    elif mark == "いいえ":
        ws.cell(r, 8, "○")
    ws.cell(r, 7).alignment = CENTER
    ws.cell(r, 8).alignment = CENTER
    frame(r)
    ws.row_dimensions[r].height = height
    r += 1
    return r - 1


def section(text):
    global r
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(r, 1, text).font = Font(bold=True)
    ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
    frame(r)
    r += 1


section("【電子カルテシステムのバックアップに係る質問関係】")
# Q1
ws.cell(r, 1, "１．").alignment = CENTER
ws.merge_cells(start_row=r, start_column=1, end_row=r + 3, end_column=1)
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
ws.cell(r, 2, "回答者の情報（氏名、所属、連絡先）")
frame(r)
r += 1
for t in ["氏名：三好 智子", "所属：総務課 医事係長", "連絡先：0877-75-2338（直通）"]:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
    ws.cell(r, 2, t)
    frame(r)
    r += 1
yn("２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい")
Q3 = yn("３．", "電子カルテシステムを使用しているか", "いいえ")
Q4 = yn("４．", "診療行為を停止させないためのバックアップデータは作成しているか", "はい")
yn("５．", "バックアップデータは世代管理しているか", None)
yn("６．", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", None, 44)
yn("７．", "バックアップデータの漏洩対策を講じているか", None)
section("【リモートゲートウェイ装置に係る質問関係】")
yn("８．", "VPN装置が存在するか", "はい")
# Q9 free text
ws.cell(r, 1, "９．").alignment = CENTER
ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
ws.cell(r, 2, "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）")
frame(r)
r += 1
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
Q9 = r
ws.cell(r, 2, "NEC UNIVERGE IX2106　1台（医事会計システム保守用）\nCisco RV340　1台（レセプトコンピュータ保守用）").alignment = WRAP
ws.row_dimensions[r].height = 40
frame(r)
r += 1
yn("10．", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい", 44)
yn("11．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "いいえ")
Q12 = yn("12．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", None)
yn("13．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ")
ws.cell(r, 1, "14．").alignment = CENTER
ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
yn(None, "(1) セキュリティ責任者を設置しているか", "はい")
yn(None, "(2) セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "はい")
ws.print_area = f"A1:H{r}"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

print("Q3 row", Q3, "Q4 row", Q4, "Q9 row", Q9, "Q12 row", Q12, "last", r - 1)
tmp = tempfile.mkdtemp()
raw = os.path.join(tmp, NAME + ".xlsx")
wb.save(raw)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmp)
print("saved (LibreOffice re-save)", OUT)

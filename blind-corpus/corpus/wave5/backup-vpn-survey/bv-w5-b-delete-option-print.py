#!/usr/bin/python3
"""bv-w5-b-delete-option-print: a prefecture 医務課-style print form of the backup / VPN survey.
Full-width numbering (１．…１４．), each answer cell pre-printed 「はい・いいえ」 and the filler deletes the
option that does not apply; Q1 as `項目：値` cells; Q9 a single free-text cell with line breaks; Q14 two
sub-items. Re-saved with LibreOffice.
Planted: Q3 いいえ yet Q5 answered (skipped question answered); Q12 left 「はい・いいえ」 (missing answer)."""
import os
import shutil
import subprocess
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w5-b-delete-option-print"
TMP = os.path.join(HERE, "_tmp_" + NAME)
os.makedirs(TMP, exist_ok=True)
RAW = os.path.join(TMP, NAME + ".xlsx")

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOTH = "はい・いいえ"

wb = Workbook()
ws = wb.active
ws.title = "調査票"
for col, w in zip("ABCDEFGH", [2, 5, 20, 20, 20, 2, 14, 2]):
    ws.column_dimensions[col].width = w

ws.merge_cells("B1:G1")
ws["B1"] = "（様式）"
ws.merge_cells("B2:G2")
ws["B2"] = "病院における医療情報システムのバックアップデータ及び\nリモートゲートウェイ装置に係る調査票"
ws["B2"].font = Font(bold=True, size=13)
ws["B2"].alignment = CEN
ws.row_dimensions[2].height = 36
ws.merge_cells("B3:G3")
ws["B3"] = "※回答欄の「はい・いいえ」のうち、該当しない方を削除してください。回答は回答要領に従ってください。"
ws["B3"].alignment = WRAP
ws.row_dimensions[3].height = 30
ws.merge_cells("B4:G4")
ws["B4"] = "病院名：医療法人 清風会 笠岡みなと病院"

row = 6


def header(text):
    global row
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
    ws.cell(row=row, column=2, value=text).font = Font(bold=True)
    row += 1


cells = {}


def ask(no, text, answer=BOTH, key=None):
    """question text merged C:E, answer in G"""
    global row
    ws.cell(row=row, column=2, value=no).alignment = CEN
    ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=5)
    ws.cell(row=row, column=3, value=text).alignment = WRAP
    a = ws.cell(row=row, column=7, value=answer)
    a.alignment = CEN
    for c in range(2, 8):
        ws.cell(row=row, column=c).border = BOX
    ws.row_dimensions[row].height = 33
    if key:
        cells[key] = a.coordinate
    row += 1


header("【電子カルテシステムのバックアップに係る質問関係】")
# Q1 in label:value cells
ws.cell(row=row, column=2, value="１．").alignment = CEN
ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=7)
ws.cell(row=row, column=3, value="回答者の情報（後日、厚生労働省より確認の連絡をする場合があります）").alignment = WRAP
for c in range(2, 8):
    ws.cell(row=row, column=c).border = BOX
row += 1
ws.cell(row=row, column=3, value="氏名：岡田 直樹")
ws.cell(row=row, column=4, value="所属：事務部 医事課 主任")
ws.merge_cells(start_row=row, start_column=5, end_row=row, end_column=7)
ws.cell(row=row, column=5, value="連絡先：0865-63-2251")
cells["respondent"] = (ws.cell(row=row, column=3).coordinate, ws.cell(row=row, column=4).coordinate,
                       ws.cell(row=row, column=5).coordinate)
for c in range(2, 8):
    ws.cell(row=row, column=c).border = BOX
row += 1
ask("２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "いいえ", "q2")
ask("３．", "電子カルテシステムを使用しているか\n（使用していない場合は７．まで回答不要）", "いいえ", "q3")
ask("４．", "診療行為を停止させないためのバックアップデータを作成し、定期的にテストしているか", BOTH, "q4")
ask("５．", "バックアップデータは世代管理しているか", "はい", "q5")
ask("６．", "バックアップデータについて、同時災害を回避する方法で管理しているか", BOTH, "q6")
ask("７．", "バックアップデータの漏洩対策を講じているか", BOTH, "q7")
row += 1
header("【リモートゲートウェイ装置に係る質問関係】")
ask("８．", "VPN装置が存在するか\n（設置されていない場合は以降の設問は回答不要）", "はい", "q8")
# Q9 free text
ws.cell(row=row, column=2, value="９．").alignment = CEN
ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=7)
ws.cell(row=row, column=3, value="VPN装置のメーカー名、型番、台数を全て記載すること（記述式）").alignment = WRAP
for c in range(2, 8):
    ws.cell(row=row, column=c).border = BOX
row += 1
ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=7)
q9 = ws.cell(row=row, column=3,
             value="ヤマハ RTX830　1台（PACS保守用）\nNEC UNIVERGE IX2215　1台（医事会計システム保守用）")
q9.alignment = Alignment(wrap_text=True, vertical="top")
cells["q9"] = q9.coordinate
for c in range(2, 8):
    ws.cell(row=row, column=c).border = BOX
ws.row_dimensions[row].height = 48
row += 1
ask("10．", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい", "q10")
ask("11．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい", "q11")
ask("12．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", BOTH, "q12")
ask("13．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ", "q13")
ask("14．", "セキュリティ責任者を設置しているか", "はい", "q14a")
ask("", "　（上記）セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "q14b")

ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.print_area = f"B1:G{row}"

wb.save(RAW)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, RAW],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(TMP)
for k, v in cells.items():
    print(k, v)
print("wrote", os.path.join(HERE, NAME + ".xlsx"))

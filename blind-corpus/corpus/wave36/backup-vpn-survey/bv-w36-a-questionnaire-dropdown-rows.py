#!/usr/bin/python3
# Generator for bv-w36-a-questionnaire-dropdown-rows.xlsx
# Role: MHLW-style questionnaire (No. | 設問 | 回答 | 補足) with はい/いいえ dropdowns, a 回答要領 sheet,
# Q9 as a maker/model/count table with a SUM total (openpyxl: no cached value). Filled completely by a hospital.
# Run: PYTHONPATH=/tmp/w36lib /usr/bin/python3 bv-w36-a-questionnaire-dropdown-rows.py
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w36-a-questionnaire-dropdown-rows.xlsx"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="BDD7EE")
SEC = PatternFill("solid", fgColor="F2F2F2")
ANS = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")

wb = Workbook()
wi = wb.active
wi.title = "回答要領"
guide = [
    "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答要領（抜粋）",
    "",
    "・本回答要領に基づき、「回答」シートの設問に回答してください。回答欄はプルダウンから「はい」「いいえ」を選択してください。",
    "・技術的な質問・用語等については、院内担当者だけでなく、システム設置事業者や保守事業者への照会等も活用して回答してください。",
    "・問3で「いいえ」（電子カルテシステムを使用していない）の場合、問7まで回答不要です。",
    "・問8で「いいえ」（VPN装置が存在しない）の場合、以降の設問は回答不要です。",
    "・問9はVPN装置のメーカー名、型番、台数を全て記載してください（行が足りない場合は行を追加）。",
    "・後日内容の確認のため、厚生労働省より回答者に対し連絡をさせていただく可能性があります。",
]
for i, t in enumerate(guide, start=1):
    wi[f"A{i}"] = t
wi["A1"].font = Font(bold=True, size=12)
wi.column_dimensions["A"].width = 120

ws = wb.create_sheet("回答")
ws.column_dimensions["A"].width = 6
ws.column_dimensions["B"].width = 62
ws.column_dimensions["C"].width = 30
ws.column_dimensions["D"].width = 12
ws.column_dimensions["E"].width = 10
ws.column_dimensions["F"].width = 30
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "※黄色セルに回答してください。"
for col, h in zip("ABCF", ["No.", "設問", "回答", "補足（任意）"]):
    ws[f"{col}4"] = h
    ws[f"{col}4"].fill = HEAD
    ws[f"{col}4"].border = B
    ws[f"{col}4"].alignment = Alignment(horizontal="center")
ws.merge_cells("C4:E4")

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

row = 5
def section(title):
    global row
    ws.merge_cells(f"A{row}:F{row}")
    ws[f"A{row}"] = title
    ws[f"A{row}"].fill = SEC
    ws[f"A{row}"].font = Font(bold=True)
    row += 1

def q(no, text, answer, note=None, yn=True):
    global row
    ws[f"A{row}"] = no
    ws[f"B{row}"] = text
    ws.merge_cells(f"C{row}:E{row}")
    ws[f"C{row}"] = answer
    ws[f"C{row}"].fill = ANS
    if note:
        ws[f"F{row}"] = note
    for col in "ABCDEF":
        ws[f"{col}{row}"].border = B
        ws[f"{col}{row}"].alignment = WRAP
    if yn:
        dv.add(f"C{row}")
    ws.row_dimensions[row].height = 34
    row += 1
    return row - 1

section("【電子カルテシステムのバックアップに係る質問関係】")
q("1-1", "回答者の情報：氏名", "大西 智也", yn=False)
q("1-2", "回答者の情報：所属", "医療法人 恵愛会 みなと中央病院 事務部 情報管理課", yn=False)
r13 = q("1-3", "回答者の情報：連絡先", "045-742-6611（内線215）\nt-onishi@minato-chuo-hp.jp", yn=False)
ws.row_dimensions[r13].height = 40
q("2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい")
q("3", "電子カルテシステムを使用しているか（「いいえ」の場合、問7まで回答不要）", "はい")
q("4", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "はい", "月1回 リストアテスト実施")
q("5", "バックアップデータは世代管理しているか", "はい", "7世代")
q("6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "はい")
q("7", "バックアップデータの漏洩対策を講じているか", "はい", "暗号化")
section("【リモートゲートウェイ装置に係る質問関係】")
q("8", "VPN装置が存在するか（「いいえ」の場合、以降の設問は回答不要）", "はい")
# Q9 table
ws[f"A{row}"] = "9"
ws[f"B{row}"] = "VPN装置のメーカー名、型番、台数を全て記載すること"
ws[f"C{row}"] = "メーカー名"
ws[f"D{row}"] = "型番"
ws[f"E{row}"] = "台数"
for col in "ABCDEF":
    ws[f"{col}{row}"].border = B
for col in "CDE":
    ws[f"{col}{row}"].fill = HEAD
q9_head = row
row += 1
devices = [("ヤマハ", "RTX1210", 2), ("Fortinet", "FortiGate 60F", 1), ("SonicWall", "TZ370", 1)]
for i in range(5):
    ws[f"B{row}"] = f"　VPN装置{i+1}"
    if i < len(devices):
        m, md, n = devices[i]
        ws[f"C{row}"] = m
        ws[f"D{row}"] = md
        ws[f"E{row}"] = n
    for col in "ABCDEF":
        ws[f"{col}{row}"].border = B
    for col in "CDE":
        ws[f"{col}{row}"].fill = ANS
    row += 1
ws[f"D{row}"] = "合計"
ws[f"E{row}"] = f"=SUM(E{q9_head+1}:E{row-1})"
ws[f"D{row}"].border = B
ws[f"E{row}"].border = B
q9_total = row
row += 1
ws.merge_cells(f"A{q9_head}:A{row-1}")
q("10", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい", "保守業者が四半期ごとに確認")
q("11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい")
q("12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "ログは保存のみ")
q("13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "はい", "年1回 BCP訓練")
q("14-1", "セキュリティ責任者を設置しているか", "はい")
q("14-2", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "情報管理課長が兼務")

ws.freeze_panes = "A5"
wb.active = 1
wb.save(os.path.join(OUT, NAME))
print("saved", NAME, "q9 head", q9_head, "total", q9_total)

#!/usr/bin/env python3
# Generator for bv-w47-a-questionnaire-dropdown.xlsx
# Run: PYTHONPATH=/tmp/w47lib /usr/bin/python3 bv-w47-a-questionnaire-dropdown.py
# Layout: one answer sheet in question-and-answer form (No. | 設問 | 回答 | 備考), はい/いいえ dropdowns fed
# from a hidden list sheet, Q1 split into three rows, Q9 as an inline sub-table (メーカー名 / 型番 / 台数) with a
# SUM total saved by openpyxl without a cached value, Q14 as two rows.
import datetime
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "bv-w47-a-questionnaire-dropdown.xlsx")

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="BDD7EE")
SEC = PatternFill("solid", fgColor="F2F2F2")
ANS = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "回答票"
lst = wb.create_sheet("選択肢")
lst["A1"] = "はい"
lst["A2"] = "いいえ"
lst.sheet_state = "hidden"

for col, w in zip("ABCDEF", [7, 62, 16, 18, 9, 26]):
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:F1")
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A1"].alignment = CEN
ws.row_dimensions[1].height = 32
ws["A2"] = "※回答要領を必ず確認のうえ、黄色のセルに回答してください（はい・いいえはプルダウンから選択）。"
ws["A3"] = "※設問3で「いいえ」の場合は設問7まで回答不要。設問8で「いいえ」の場合は以降の設問は回答不要。"
for r in (2, 3):
    ws[f"A{r}"].font = Font(size=9, color="C00000")
ws["A4"] = "病院名"
ws["B4"] = "社会医療法人 清流会 いずも清流病院"
ws["D4"] = "回答日"
ws["E4"] = datetime.date(2024, 10, 18)
ws["E4"].number_format = "yyyy/m/d"
ws.merge_cells("E4:F4")

row = 6
for col, h in zip("ABCDEF", ["No.", "設問", "回答", "", "", "備考"]):
    c = ws[f"{col}{row}"]
    c.value = h
    c.fill = HEAD
    c.font = Font(bold=True)
    c.alignment = CEN
    c.border = B
ws.merge_cells(f"C{row}:E{row}")

yn = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(yn)


def section(r, text):
    ws.merge_cells(f"A{r}:F{r}")
    ws[f"A{r}"] = text
    ws[f"A{r}"].font = Font(bold=True)
    for col in "ABCDEF":
        ws[f"{col}{r}"].fill = SEC
        ws[f"{col}{r}"].border = B


def q(r, no, text, answer, note=None, choice=True):
    ws[f"A{r}"] = no
    ws[f"B{r}"] = text
    ws[f"C{r}"] = answer
    ws[f"F{r}"] = note
    ws.merge_cells(f"C{r}:E{r}")
    for col in "ABCDEF":
        c = ws[f"{col}{r}"]
        c.border = B
        c.alignment = CEN if col == "A" else WRAP
    for col in "CDE":
        ws[f"{col}{r}"].fill = ANS
    if choice:
        yn.add(f"C{r}")
        ws[f"C{r}"].alignment = CEN
    ws.row_dimensions[r].height = 34


row = 7
section(row, "【電子カルテシステムのバックアップに係る質問関係】")
q(8, "1-(1)", "回答者の情報：氏名", "石原 真由美", choice=False)
q(9, "1-(2)", "回答者の情報：所属", "医療情報管理課 システム係", choice=False)
q(10, "1-(3)", "回答者の情報：連絡先", "0853-21-4455（内線2204）", choice=False)
q(11, "2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい")
q(12, "3", "電子カルテシステムを使用しているか", "はい")
q(13, "4", "診療行為を停止させないためのバックアップデータは作成しているか（定期的に復旧テストを行っているか）", "はい",
  "年2回 リストアテスト実施")
q(14, "5", "バックアップデータは世代管理しているか", "はい", "日次7世代")
q(15, "6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
  "いいえ", "R7年度 オフラインバックアップ導入予定")
q(16, "7", "バックアップデータの漏洩対策を講じているか", "はい")
section(17, "【リモートゲートウェイ装置に係る質問関係】")
q(18, "8", "VPN装置が存在するか", "はい")
q(19, "9", "VPN装置のメーカー名、型番、台数を全て記載すること（下表）", "下表のとおり", choice=False)
ws.row_dimensions[19].height = 22
# inline sub-table for Q9
for col, h in zip("BCDE", ["", "メーカー名", "型番", "台数"]):
    c = ws[f"{col}20"]
    c.value = h or None
    c.fill = HEAD
    c.alignment = CEN
    c.border = B
ws["B20"] = "（設問9 記入欄）"
devices = [("フォーティネット", "FortiGate 60F", 1), ("ヤマハ", "RTX1300", 2), (None, None, None)]
for i, (mk, md, n) in enumerate(devices):
    r = 21 + i
    ws[f"B{r}"] = f"装置{i + 1}"
    ws[f"B{r}"].alignment = Alignment(horizontal="right")
    for col, v in zip("CDE", (mk, md, n)):
        c = ws[f"{col}{r}"]
        c.value = v
        c.fill = ANS
        c.border = B
        c.alignment = CEN
ws["D24"] = "合計"
ws["D24"].alignment = Alignment(horizontal="right")
ws["E24"] = "=SUM(E21:E23)"
ws["E24"].border = B
ws["E24"].alignment = CEN
q(25, "10", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい")
q(26, "11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい")
q(27, "12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "ログは取得のみ")
q(28, "13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ")
q(29, "14-(1)", "セキュリティ責任者を設置しているか", "はい")
q(30, "14-(2)", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "情報システム課長が兼務")

ws.freeze_panes = "A7"
ws.print_area = "A1:F30"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
wb.save(OUT)
print("wrote", OUT)

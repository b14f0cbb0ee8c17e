#!/usr/bin/env python3
"""Generator for bv-w45-a-qa-table-vpn-rows.xlsx

Role: a prefecture office (医療政策課) turning MHLW's 回答要領 into an Excel answer sheet
for hospitals: a 記入要領 sheet first, then 回答票 in question-and-answer layout
(No. | 設問 | 回答 | 備考) with はい/いいえ drop-downs, Q1 as three sub-rows,
Q9 as a small maker/model/count table with a =SUM total (no cached value, openpyxl save),
Q14 as two sub-rows. Filled by the hospital's 情報管理課長, completely and correctly.

Run:  PYTHONPATH=<dir with openpyxl> /usr/bin/python3 THIS.py
"""
import datetime
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w45-a-qa-table-vpn-rows"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="E2EFDA")
ANS = PatternFill("solid", fgColor="FFFFCC")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()

# ------------------------------------------------------------------ 記入要領
guide = wb.active
guide.title = "記入要領"
guide.column_dimensions["A"].width = 110
guide_lines = [
    "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　記入要領",
    "",
    "・「回答票」シートの黄色の欄に回答してください。はい／いいえはプルダウンから選択してください。",
    "・技術的な質問・用語等については、院内担当者だけでなく、システム設置事業者や保守事業者への照会等も活用してください。",
    "・設問3で「いいえ」（電子カルテシステムを使用していない）の場合は、設問7まで回答不要です。",
    "・設問8で「いいえ」（VPN装置が設置されていない）の場合は、以降の設問は回答不要です。",
    "・設問9は、確認したVPN装置のメーカー名、型番、台数を全て記載してください（行が足りない場合は追加してください）。",
    "・設問14は、セキュリティ責任者の設置と、医療情報システムの責任者とは別に配置しているかの2点に回答してください。",
    "・回答者には後日、内容確認のため厚生労働省から連絡させていただく可能性があります。",
    "",
    "提出先：岡山県保健医療部医療推進課（メールにて提出）",
]
for i, t in enumerate(guide_lines, start=1):
    guide[f"A{i}"] = t
guide["A1"].font = Font(bold=True, size=13)

# ------------------------------------------------------------------ 回答票
ws = wb.create_sheet("回答票")
for col, w in zip("ABCDEF", [6, 64, 22, 18, 10, 26]):
    ws.column_dimensions[col].width = w
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "病院名"
ws["B3"] = "医療法人 桃園会 旭川台病院"
ws["D3"] = "回答日"
ws["E3"] = datetime.date(2024, 6, 14)
ws["E3"].number_format = "yyyy/m/d"
for c in ("A3", "B3", "D3", "E3"):
    ws[c].border = BOX
ws["A3"].fill = HEAD
ws["D3"].fill = HEAD

for col, h in zip("ABCF", ["No.", "設問", "回答", "備考"]):
    ws[f"{col}5"] = h
ws.merge_cells("C5:E5")
box_rows = []

# Q1
ws["A6"] = 1
ws.merge_cells("A6:A8")
ws["B6"] = "回答者の情報　氏名"
ws["B7"] = "回答者の情報　所属"
ws["B8"] = "回答者の情報　連絡先（電話番号・メールアドレス）"
ws["C6"] = "藤原 誠"
ws["C7"] = "事務部 情報管理課 課長"
ws["C8"] = "086-274-5500（内線312）\nfujiwara@asahikawadai.example.jp"
for r in (6, 7, 8):
    ws.merge_cells(f"C{r}:E{r}")
ws.row_dimensions[8].height = 32

yn_rows = {}
qs = [
    (2, "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい"),
    (3, "電子カルテシステムを使用しているか（「いいえ」の場合は7.まで回答不要）", "はい"),
    (4, "診療行為を停止させないためのバックアップデータを作成し、定期的にテストしているか", "はい"),
    (5, "バックアップデータは世代管理しているか", "はい"),
    (6, "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
     "いいえ"),
    (7, "バックアップデータの漏洩対策を講じているか", "はい"),
    (8, "VPN装置が存在するか（「いいえ」の場合は以降の設問は回答不要）", "はい"),
]
r = 9
for no, q, a in qs:
    ws[f"A{r}"] = no
    ws[f"B{r}"] = q
    ws[f"C{r}"] = a
    ws.merge_cells(f"C{r}:E{r}")
    yn_rows[no] = r
    r += 1
# r == 16 : Q9
q9 = r
ws[f"A{q9}"] = 9
ws[f"B{q9}"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）"
ws[f"C{q9}"] = "メーカー名"
ws[f"D{q9}"] = "型番"
ws[f"E{q9}"] = "台数"
devices = [("Fortinet", "FortiGate-60F", 1), ("ヤマハ", "RTX1210", 2)]
for i in range(4):
    rr = q9 + 1 + i
    if i < len(devices):
        mk, md, n = devices[i]
        ws[f"C{rr}"] = mk
        ws[f"D{rr}"] = md
        ws[f"E{rr}"] = n
ws[f"F{q9 + 1}"] = "電子カルテ保守用（ベンダ設置）"
ws[f"F{q9 + 2}"] = "PACS保守用・医事会計保守用"
tot = q9 + 5
ws[f"D{tot}"] = "合計"
ws[f"E{tot}"] = f"=SUM(E{q9 + 1}:E{q9 + 4})"
ws.merge_cells(f"A{q9}:A{tot}")
ws.merge_cells(f"B{q9}:B{tot}")
r = tot + 1
qs2 = [
    (10, "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい"),
    (11, "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい"),
    (12, "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ"),
    (13, "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ"),
]
for no, q, a in qs2:
    ws[f"A{r}"] = no
    ws[f"B{r}"] = q
    ws[f"C{r}"] = a
    ws.merge_cells(f"C{r}:E{r}")
    yn_rows[no] = r
    r += 1
ws[f"A{r}"] = 14
ws.merge_cells(f"A{r}:A{r + 1}")
ws[f"B{r}"] = "セキュリティ責任者を設置しているか"
ws[f"C{r}"] = "はい"
ws[f"B{r + 1}"] = "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか"
ws[f"C{r + 1}"] = "いいえ"
ws[f"F{r + 1}"] = "情報管理課長が兼務"
ws.merge_cells(f"C{r}:E{r}")
ws.merge_cells(f"C{r + 1}:E{r + 1}")
last = r + 1

for row in ws[f"A5:F{last}"]:
    for c in row:
        c.border = BOX
        c.alignment = WRAP
for row in ws["A5:F5"]:
    for c in row:
        c.fill = HEAD
        c.alignment = CENTER
        c.font = Font(bold=True)
for rr in range(6, last + 1):
    ws[f"A{rr}"].alignment = CENTER
    if ws[f"C{rr}"].value is not None and rr not in range(q9, tot + 1):
        ws[f"C{rr}"].fill = ANS
        ws[f"C{rr}"].alignment = CENTER if ws[f"C{rr}"].value in ("はい", "いいえ") else WRAP
for rr in range(q9 + 1, q9 + 5):
    for col in "CDE":
        ws[f"{col}{rr}"].fill = ANS
for col in "CDE":
    ws[f"{col}{q9}"].fill = HEAD
    ws[f"{col}{q9}"].alignment = CENTER
for rr in range(9, last + 1):
    ws.row_dimensions[rr].height = 30

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
for no, rr in yn_rows.items():
    dv.add(f"C{rr}")
dv.add(f"C{last - 1}")
dv.add(f"C{last}")
ws.freeze_panes = "A6"
ws.print_area = f"A1:F{last}"
ws.page_setup.fitToWidth = 1

wb.active = 1
out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
print("saved", out, "Q9 header row", q9, "last row", last)

#!/usr/bin/python3
"""bv-w24-a: the survey laid out as a numbered questionnaire (No. | 設問 | 回答 | 備考) with はい/いいえ drop-downs,
Q1 as three sub-rows, Q9 as a small maker/model/count table with a =SUM total (no cached value), Q14 as two
sub-rows, plus a 記入要領 sheet. Filled completely and correctly; no planted problem."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w24-a-numbered-questionnaire-dropdowns"
OUT = os.path.join(HERE, NAME + ".xlsx")

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="E2EFDA")
SEC = PatternFill("solid", fgColor="F2F2F2")
ANS = PatternFill("solid", fgColor="FFFFE0")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "回答票"
for col, w in zip("ABCDE", (7, 62, 16, 14, 30)):
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:E1")
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A2:E2")
ws["A2"] = ("※回答は黄色のセルに入力してください（はい・いいえはプルダウンから選択）。"
            "回答に当たっては「記入要領」シートを必ずご確認ください。")
ws.merge_cells("A3:E3")
ws["A3"] = "※設問3で「いいえ」の場合は設問7まで、設問8で「いいえ」の場合は以降の設問は回答不要です。"
ws["A3"].font = Font(color="C00000")

for i, h in enumerate(["No.", "設問", "回答", "", "備考"]):
    ws.cell(5, 1 + i, h)
ws.merge_cells("C5:D5")
for c in ws[5]:
    c.fill = HEAD
    c.font = Font(bold=True)
    c.alignment = CENTER
    c.border = BOX

YN = []  # answer cells that take はい/いいえ
r = 6


def section(text):
    global r
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    c = ws.cell(r, 1, text)
    c.fill = SEC
    c.font = Font(bold=True)
    for k in range(1, 6):
        ws.cell(r, k).border = BOX
    r += 1


def q(no, text, ans, note=None, yn=True):
    global r
    if no != "":
        ws.cell(r, 1, no).alignment = CENTER
    ws.cell(r, 2, text).alignment = WRAP
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    a = ws.cell(r, 3, ans)
    a.fill = ANS
    a.alignment = CENTER if yn else WRAP
    if note:
        ws.cell(r, 5, note).alignment = WRAP
    for k in range(1, 6):
        ws.cell(r, k).border = BOX
    if yn:
        YN.append(f"C{r}")
    ws.row_dimensions[r].height = 32
    r += 1


section("【電子カルテシステムのバックアップに係る質問】")
ws.cell(r, 1, 1)
ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
ws.cell(r, 1).alignment = CENTER
for k, (lab, val) in enumerate([("回答者の情報　氏名", "髙木 由紀子"),
                                 ("回答者の情報　所属", "医療法人 玉藻会 屋島中央病院 医療情報管理室"),
                                 ("回答者の情報　連絡先", "087-841-2270（代表）内線318")]):
    ws.cell(r, 2, lab)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
    ws.cell(r, 3, val).fill = ANS
    for c in range(1, 6):
        ws.cell(r, c).border = BOX
    r += 1
q(2, "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい")
q(3, "電子カルテシステムを使用しているか", "はい")
q(4, "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "はい",
  "月1回 復元テスト実施")
q(5, "バックアップデータは世代管理しているか", "はい", "日次・7世代")
q(6, "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
  "いいえ", "院内サーバ室のNASのみ。R7年度に外部保管を検討中")
q(7, "バックアップデータの漏洩対策を講じているか", "はい", "AES256で暗号化")
section("【リモートゲートウェイ装置に係る質問】")
q(8, "VPN装置が存在するか", "はい")

# Q9: maker / model / count table
ws.cell(r, 1, 9).alignment = CENTER
Q9 = r
ws.cell(r, 2, "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）").alignment = WRAP
for k in range(1, 6):
    ws.cell(r, k).border = BOX
r += 1
for i, h in enumerate(["メーカー名", "型番", "台数", "設置目的（任意）"]):
    c = ws.cell(r, 2 + i, h)
    c.fill = HEAD
    c.font = Font(bold=True)
    c.alignment = CENTER
    c.border = BOX
ws.cell(r, 1).border = BOX
r += 1
first = r
for maker, model, cnt, purpose in [("ヤマハ", "RTX1220", 2, "電子カルテ・部門システム保守"),
                                   ("フォーティネット", "FortiGate 40F", 1, "PACS保守"),
                                   (None, None, None, None)]:
    ws.cell(r, 2, maker).fill = ANS
    ws.cell(r, 3, model).fill = ANS
    ws.cell(r, 4, cnt).fill = ANS
    ws.cell(r, 5, purpose)
    for k in range(1, 6):
        ws.cell(r, k).border = BOX
    r += 1
ws.cell(r, 3, "合計台数").alignment = Alignment(horizontal="right")
ws.cell(r, 4, f"=SUM(D{first}:D{r - 1})")
for k in range(1, 6):
    ws.cell(r, k).border = BOX
ws.merge_cells(start_row=Q9, start_column=1, end_row=r, end_column=1)
r += 1

q(10, "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか",
  "はい", "保守業者が四半期ごとに適用")
q(11, "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい")
q(12, "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "ログ取得のみ")
q(13, "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ")
ws.cell(r, 1, 14)
ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
ws.cell(r, 1).alignment = CENTER
q14 = r
q("", "（1）セキュリティ責任者を設置しているか", "はい")
q("", "（2）セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "医療情報管理室長が兼務")

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
for a in YN:
    dv.add(a)
ws.print_area = f"A1:E{r}"

# ---------------------------------------------------------------- 記入要領
g = wb.create_sheet("記入要領")
g.column_dimensions["A"].width = 110
guide = [
    "回答要領（抜粋）",
    "・本回答要領に基づき、本調査の設問に回答してください。",
    "・技術的な質問・用語等については、院内担当者だけでなく、システム設置事業者や保守事業者への照会等も活用して回答してください。",
    "1. 回答者の氏名、所属、連絡先を記載してください。後日、厚生労働省より回答者に連絡させていただく可能性があります。",
    "3. 電子カルテシステムを使用していない場合は、7. まで回答不要となります。",
    "5. 世代管理とは最新のバックアップデータだけでなく、それ以前のバックアップデータも管理することを指します。",
    "8. システム設置業者や保守業者などに照会し、VPN装置が設置されているか回答してください。設置されていない場合は、以降の設問は回答不要となります。",
    "9. 上記で確認したVPN装置のメーカー名、型番、台数を全て記載してください。（記述方式）",
    "12. アクセス記録に不正な傾向がないか定期的に（例えば年1回）分析・監査をしているか回答してください。",
    "14. セキュリティ責任者を職員として配置しているか。また、医療情報システムの責任者とは別に配置しているか回答してください。",
]
for i, t in enumerate(guide, start=1):
    c = g.cell(i, 1, t)
    c.alignment = Alignment(wrap_text=True)
g["A1"].font = Font(bold=True)

wb.active = 0
wb.save(OUT)
print("saved", OUT)

#!/usr/bin/python3
# bv-w6-a-questionnaire-dropdown: prefecture-distributed questionnaire (No. | 設問 | 回答 | 備考),
# はい/いいえ dropdowns, Q9 as a maker/model/count sub-table with an uncached SUM, plus a 記入要領 sheet.
# Saved by openpyxl only.
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w6-a-questionnaire-dropdown"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="C6E0B4")
ANS = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
wi = wb.active
wi.title = "記入要領"
guide = [
    "【記入要領】病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査",
    "",
    "1. 「回答票」シートの黄色のセルに記入してください。はい／いいえはプルダウンから選択してください。",
    "2. 技術的な質問・用語等については、システム設置事業者や保守事業者への照会等も活用して回答してください。",
    "3. 設問3で「いいえ」（電子カルテシステムを使用していない）の場合、設問4～7は回答不要です。",
    "4. 設問8で「いいえ」（VPN装置が設置されていない）の場合、以降の設問は回答不要です。",
    "5. 設問9は、確認したVPN装置をメーカー名・型番ごとに1行ずつ記入し、台数を数字で記入してください。",
    "6. 設問14は、セキュリティ責任者の設置の有無と、医療情報システムの責任者とは別に配置しているかの2つに回答してください。",
    "7. 後日内容の確認のため、厚生労働省より回答者に連絡をさせていただく可能性があります。",
    "",
    "照会先：県 保健医療局 医療政策課 医療情報担当",
]
for i, t in enumerate(guide):
    wi.cell(row=1 + i, column=1, value=t)
wi["A1"].font = Font(bold=True, size=12)
wi.column_dimensions["A"].width = 120

ws = wb.create_sheet("回答票")
for k, v in dict(A=6, B=62, C=16, D=34, E=12, F=30).items():
    ws.column_dimensions[k].width = v
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "※回答欄（黄色）はプルダウンから「はい」「いいえ」を選択してください。"

hdr = ["No.", "設問", "", "回答", "", "備考（回答不要の条件等）"]
for j, h in enumerate(hdr):
    ws.cell(row=4, column=1 + j, value=h)
ws.merge_cells("B4:C4")
ws.merge_cells("D4:E4")
for row in ws["A4:F4"]:
    for c in row:
        c.border = BOX
        c.fill = HEAD
        c.font = Font(bold=True)
        c.alignment = CEN

yn = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(yn)


def frame(r1, r2):
    for row in ws[f"A{r1}:F{r2}"]:
        for c in row:
            c.border = BOX
            if c.alignment is None or not c.alignment.wrap_text:
                c.alignment = WRAP


# Q1
ws.merge_cells("A5:A7")
ws["A5"] = 1
ws.merge_cells("B5:B7")
ws["B5"] = "回答者の情報（氏名、所属、連絡先）"
for r, lab, val in ((5, "氏名", "藤原 さやか"),
                    (6, "所属", "社会医療法人 仁愛会 吉備中央記念病院 医療情報部 情報管理課"),
                    (7, "連絡先", "086-274-5521（代表）／joho-kanri@kibi-chuo.or.jp")):
    ws[f"C{r}"] = lab
    ws.merge_cells(f"D{r}:E{r}")
    ws[f"D{r}"] = val
    ws[f"D{r}"].fill = ANS
frame(5, 7)

qs = [
    (2, "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい", ""),
    (3, "電子カルテシステムを使用しているか", "はい", "「いいえ」の場合、7.まで回答不要"),
    (4, "診療行為を停止させないためのバックアップデータを作成し、定期的にテストしているか", "はい", ""),
    (5, "バックアップデータは世代管理しているか", "はい", ""),
    (6, "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", None, ""),
    (7, "バックアップデータの漏洩対策を講じているか", "いいえ", ""),
    (8, "VPN装置（リモートゲートウェイ装置）が存在するか", "はい", "「いいえ」の場合、以降の設問は回答不要"),
]
r = 8
for no, q, a, note in qs:
    ws[f"A{r}"] = no
    ws.merge_cells(f"B{r}:C{r}")
    ws[f"B{r}"] = q
    ws.merge_cells(f"D{r}:E{r}")
    if a is not None:
        ws[f"D{r}"] = a
    ws[f"D{r}"].fill = ANS
    yn.add(f"D{r}")
    if note:
        ws[f"F{r}"] = note
    ws.row_dimensions[r].height = 32
    frame(r, r)
    r += 1
QROW = {no: 8 + i for i, (no, *_ ) in enumerate(qs)}

# Q9 sub-table
q9 = r
ws[f"A{q9}"] = 9
ws[f"B{q9}"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）"
ws[f"C{q9}"] = "メーカー名"
ws[f"D{q9}"] = "型番"
ws[f"E{q9}"] = "台数"
for c in ("C", "D", "E"):
    ws[f"{c}{q9}"].fill = HEAD
    ws[f"{c}{q9}"].alignment = CEN
devices = [("Fortinet", "FortiGate 40F", 2), ("YAMAHA", "RTX1220", 1), ("Cisco", "C1111-8P", 1)]
for i in range(4):
    rr = q9 + 1 + i
    if i < len(devices):
        ws[f"C{rr}"], ws[f"D{rr}"], ws[f"E{rr}"] = devices[i]
    for c in ("C", "D", "E"):
        ws[f"{c}{rr}"].fill = ANS
tot = q9 + 5
ws[f"D{tot}"] = "合計台数"
ws[f"E{tot}"] = f"=SUM(E{q9 + 1}:E{q9 + 4})"
ws.merge_cells(f"A{q9}:A{tot}")
ws.merge_cells(f"B{q9}:B{tot}")
ws[f"F{q9}"] = "行が足りない場合は行を挿入してください"
frame(q9, tot)
r = tot + 1

qs2 = [
    ("10", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい "),
    ("11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい"),
    ("12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ"),
    ("13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ"),
    ("14-1", "セキュリティ責任者を設置しているか", "はい"),
    ("14-2", "（14-1で「はい」の場合）セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", None),
]
for no, q, a in qs2:
    ws[f"A{r}"] = no
    ws.merge_cells(f"B{r}:C{r}")
    ws[f"B{r}"] = q
    ws.merge_cells(f"D{r}:E{r}")
    if a is not None:
        ws[f"D{r}"] = a
    ws[f"D{r}"].fill = ANS
    yn.add(f"D{r}")
    ws.row_dimensions[r].height = 32
    frame(r, r)
    QROW[no] = r
    r += 1

for row in ws[f"A5:A{r}"]:
    for c in row:
        c.alignment = CEN

wb.active = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))
print("saved", QROW, "q9", q9)

#!/usr/bin/python3
# Generator for bv-w8-a-qa-table.xlsx
# Role: Kumamoto prefecture 医療政策課 staff who turned the MHLW answering guide (回答要領) into a
# questionnaire workbook (No. | 設問 | 回答 | 補足) with a 記入要領 sheet and はい/いいえ dropdowns,
# then a hospital's information-management head filled it completely and correctly.
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w8-a-qa-table"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="E2EFDA")
sec = PatternFill("solid", fgColor="FCE4D6")
bold = Font(bold=True)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["A"].width = 4
ins.column_dimensions["B"].width = 110
txt = [
    "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　記入要領",
    "",
    "・「回答票」シートの各設問について、回答欄のプルダウンから「はい」「いいえ」を選択してください。",
    "・設問1は回答者の氏名、所属、連絡先を記入してください（後日、厚生労働省から連絡する場合があります）。",
    "・設問3で「いいえ」（電子カルテシステムを使用していない）の場合、設問4～7は回答不要です。",
    "・設問8で「いいえ」（VPN装置が存在しない）の場合、設問9以降は回答不要です。",
    "・設問9はVPN装置のメーカー名、型番、台数を全て記入してください（行が足りない場合は行を挿入）。",
    "・設問14は「セキュリティ責任者の設置」と「医療情報システムの責任者とは別に配置」の2つに回答してください。",
    "・回答に当たっては、システム設置事業者や保守事業者への照会も活用してください。",
    "",
    "熊本県 健康福祉部 健康局 医療政策課（医療情報担当）",
]
for i, t in enumerate(txt, start=2):
    ins.cell(row=i, column=2, value=t).alignment = Alignment(wrap_text=True)
ins["B2"].font = Font(bold=True, size=13)

ws = wb.create_sheet("回答票")
for col, w in zip("ABCDE", [7, 62, 22, 16, 30]):
    ws.column_dimensions[col].width = w
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A1:E1")
meta = [
    ("医療機関名", "医療法人 白川会 白川中央病院"),
    ("医療機関コード", "4310178100"),
    ("回答日", "令和6年11月8日"),
]
r = 3
for k, v in meta:
    ws[f"A{r}"] = k; ws.merge_cells(f"A{r}:B{r}")
    ws[f"C{r}"] = v; ws.merge_cells(f"C{r}:E{r}")
    for col in "ABCDE":
        ws[f"{col}{r}"].border = box
    ws[f"A{r}"].fill = hdr; ws[f"A{r}"].font = bold
    r += 1

def head(r):
    for col, t in zip("ABCDE", ["No.", "設問", "回答", "", "補足・備考"]):
        c = ws[f"{col}{r}"]; c.value = t; c.fill = hdr; c.font = bold; c.border = box; c.alignment = center
    ws.merge_cells(f"C{r}:D{r}")

def section(r, t):
    ws[f"A{r}"] = t
    ws[f"A{r}"].font = bold
    ws.merge_cells(f"A{r}:E{r}")
    for col in "ABCDE":
        ws[f"{col}{r}"].fill = sec; ws[f"{col}{r}"].border = box

def qa(r, no, q, a, note=None, merge_answer=True):
    vals = [no, q, a, None, note]
    for col, v in zip("ABCDE", vals):
        c = ws[f"{col}{r}"]; c.value = v; c.border = box
        c.alignment = center if col in "AC" else wrap
    if merge_answer:
        ws.merge_cells(f"C{r}:D{r}")

yn = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(yn)

head(7)
section(8, "【電子カルテシステムのバックアップに係る質問関係】")
qa(9, "1", "回答者の情報（氏名）", "松本 直樹")
qa(10, "", "回答者の情報（所属）", "事務部 医療情報管理室 室長")
qa(11, "", "回答者の情報（連絡先）", "096-344-7120（内線215）")
ws.merge_cells("A9:A11")
rows = [
    (12, "2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい", None),
    (13, "3", "電子カルテシステムを使用しているか\n（「いいえ」の場合、4～7は回答不要）", "はい", None),
    (14, "4", "診療行為を停止させないためのバックアップデータを作成し、定期的にテストを行っているか", "はい", "年2回 リストア訓練"),
    (15, "5", "バックアップデータは世代管理しているか", "はい", "日次・7世代"),
    (16, "6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "いいえ", "院内サーバ室のNASのみ。遠隔保管を検討中"),
    (17, "7", "バックアップデータの漏洩対策を講じているか", "はい", "NAS暗号化"),
]
for r, no, q, a, note in rows:
    qa(r, no, q, a, note)
    yn.add(f"C{r}")
section(18, "【リモートゲートウェイ装置に係る質問関係】")
qa(19, "8", "VPN装置が存在するか\n（「いいえ」の場合、9以降は回答不要）", "はい", None)
yn.add("C19")
qa(20, "9", "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）", "下表に記入", None)
# Q9 sub-table
for col, t in zip("BCD", ["メーカー名", "型番", "台数"]):
    c = ws[f"{col}21"]; c.value = t; c.fill = hdr; c.font = bold; c.border = box; c.alignment = center
ws["E21"].border = box; ws["A21"].border = box
devs = [
    ("フォーティネット", "FortiGate 60F", 1, "電子カルテ保守用"),
    ("ヤマハ", "RTX1300", "2台", "PACS・検査システム保守用"),
]
r = 22
for mk, md, n, note in devs:
    for col, v in zip("ABCDE", [None, mk, md, n, note]):
        c = ws[f"{col}{r}"]; c.value = v; c.border = box
        c.alignment = center if col in "D" else wrap
    r += 1
ws.merge_cells("A20:A23")
rows2 = [
    (24, "10", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい", "保守業者が四半期ごとに確認"),
    (25, "11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい", None),
    (26, "12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "ログは取得しているが分析は未実施"),
    (27, "13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ", None),
    (28, "14", "セキュリティ責任者を設置しているか", "はい", None),
    (29, "", "（14の続き）セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "医療情報管理室長が兼務"),
]
for r, no, q, a, note in rows2:
    qa(r, no, q, a, note)
    yn.add(f"C{r}")
ws.merge_cells("A28:A29")
for rr in range(9, 30):
    ws.row_dimensions[rr].height = 34
ws.freeze_panes = "A8"
ws.print_area = "A1:E29"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
wb.active = 1
out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
print("written", out)

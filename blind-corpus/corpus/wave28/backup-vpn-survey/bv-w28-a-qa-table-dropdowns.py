#!/usr/bin/python3
"""bv-w28-a: prefecture office's questionnaire sheet (No. | 設問 | 回答 | 補足) with はい/いいえ
drop-downs, Q1 split into 1-1..1-3, Q9 as a small maker/model/count table with a SUM total
(formula, no cached value), Q14 as two rows; plus a 記入要領 sheet. Filled completely, no problem."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w28-a-qa-table-dropdowns"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
SEC = PatternFill("solid", fgColor="FCE4D6")
ANS = PatternFill("solid", fgColor="FFFFCC")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "回答票"
for col, w in zip("ABCDEF", [7, 62, 16, 16, 10, 30]):
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:F1")
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A2:F2")
ws["A2"] = "黄色のセルに入力してください（回答は「はい」「いいえ」をプルダウンから選択）。回答要領を必ずご確認ください。"
ws["A4"] = "病院名"
ws.merge_cells("B4:C4")
ws["B4"] = "三豊みさき市民病院"
ws["A4"].fill = HEAD
for c in ("A4", "B4", "C4"):
    ws[c].border = B

hdr = ["No.", "設問", "回答", "", "", "補足・備考"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=6, column=i, value=h)
    c.fill = HEAD
    c.border = B
    c.alignment = CEN
ws.merge_cells("C6:E6")

r = 7


def section(title):
    global r
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    c = ws.cell(row=r, column=1, value=title)
    c.fill = SEC
    c.font = Font(bold=True)
    r += 1


def q(no, text, answer, note=None, yn=True):
    """one question row; answer in merged C:E"""
    global r
    ws.cell(row=r, column=1, value=no).alignment = CEN
    ws.cell(row=r, column=2, value=text).alignment = WRAP
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
    a = ws.cell(row=r, column=3, value=answer)
    a.fill = ANS
    a.alignment = CEN if yn else WRAP
    if note:
        ws.cell(row=r, column=6, value=note).alignment = WRAP
    for col in range(1, 7):
        ws.cell(row=r, column=col).border = B
    ws.row_dimensions[r].height = 36
    if yn:
        yn_cells.append(f"C{r}")
    r += 1


yn_cells = []
section("【電子カルテシステムのバックアップに係る質問関係】")
q("1-1", "回答者の情報：氏名", "谷口 恵", yn=False)
q("1-2", "回答者の情報：所属", "医療情報管理室", yn=False)
q("1-3", "回答者の情報：連絡先（電話番号・メールアドレス）", "0875-82-3301 / joho-kanri@misaki-hosp.jp", yn=False)
q("2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい")
q("3", "電子カルテシステムを使用しているか\n（「いいえ」の場合は7.まで回答不要）", "はい")
q("4", "診療行為を停止させないためのバックアップデータは作成しているか（定期的に復旧テストを行っているか）", "はい",
  "年2回 復旧テスト実施")
q("5", "バックアップデータは世代管理しているか", "はい", "7世代")
q("6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
  "いいえ", "遠隔地保管を次年度検討")
q("7", "バックアップデータの漏洩対策を講じているか", "はい", "暗号化")
section("【リモートゲートウェイ装置に係る質問関係】")
q("8", "VPN装置が存在するか\n（「いいえ」の場合は以降の設問は回答不要）", "はい")

# Q9 as a small table
ws.cell(row=r, column=1, value="9").alignment = CEN
ws.cell(row=r, column=2, value="VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）").alignment = WRAP
for i, h in enumerate(["メーカー名", "型番", "台数"]):
    c = ws.cell(row=r, column=3 + i, value=h)
    c.fill = HEAD
    c.alignment = CEN
for col in range(1, 7):
    ws.cell(row=r, column=col).border = B
q9_head = r
r += 1
vpn = [("フォーティネット", "FortiGate 60F", 2), ("ヤマハ", "RTX1220", 1), (None, None, None), (None, None, None)]
for m, mo, n in vpn:
    ws.cell(row=r, column=3, value=m)
    ws.cell(row=r, column=4, value=mo)
    ws.cell(row=r, column=5, value=n)
    for col in range(1, 7):
        ws.cell(row=r, column=col).border = B
    for col in (3, 4, 5):
        ws.cell(row=r, column=col).fill = ANS
    r += 1
ws.cell(row=r, column=4, value="合計台数").alignment = CEN
ws.cell(row=r, column=5, value=f"=SUM(E{q9_head + 1}:E{r - 1})")
for col in range(1, 7):
    ws.cell(row=r, column=col).border = B
ws.merge_cells(start_row=q9_head, start_column=1, end_row=r, end_column=1)
ws.merge_cells(start_row=q9_head, start_column=2, end_row=r, end_column=2)
r += 1

q("10", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい")
q("11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい")
q("12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "ログ取得のみ")
q("13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ")
q("14-1", "セキュリティ責任者を設置しているか", "はい")
q("14-2", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "情報管理室長が兼務")

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
for c in yn_cells:
    dv.add(c)
ws.freeze_panes = "A7"
ws.print_title_rows = "6:6"

# ---- 記入要領
ws2 = wb.create_sheet("記入要領")
ws2.column_dimensions["A"].width = 110
notes = [
    "記入要領（回答要領より抜粋）",
    "・技術的な質問・用語等は、システム設置事業者や保守事業者への照会も活用して回答してください。",
    "・設問3で「いいえ」（電子カルテシステムを使用していない）の場合は、設問4～7は回答不要です。",
    "・設問8で「いいえ」（VPN装置が存在しない）の場合は、以降の設問は回答不要です。",
    "・設問9はVPN装置のメーカー名、型番、台数を全て記載してください（行が足りない場合は行を追加）。",
    "・設問14は「セキュリティ責任者の設置」と「医療情報システムの責任者とは別に配置」の2つに回答してください。",
]
for i, t in enumerate(notes, 1):
    ws2.cell(row=i, column=1, value=t)
ws2["A1"].font = Font(bold=True)

wb.save(os.path.join(OUT, NAME + ".xlsx"))
print("saved", NAME)

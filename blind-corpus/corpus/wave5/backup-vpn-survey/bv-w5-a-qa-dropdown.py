#!/usr/bin/python3
"""bv-w5-a-qa-dropdown: the backup / VPN survey as a questionnaire sheet (No. | 設問 | 回答 | 補足) with
はい/いいえ drop-downs fed from a hidden list sheet, Q1 split into three rows, Q9 as a maker/model/count
sub-table with a labelled 記入例 row and a =SUM total (no cached value), Q14 split in two rows, and a
回答要領 sheet. Saved by openpyxl. Filled completely and correctly (no planted problem)."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w5-a-qa-dropdown"
OUT = os.path.join(HERE, NAME + ".xlsx")

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="C6E0B4")
SECT = PatternFill("solid", fgColor="EDEDED")
ANS = PatternFill("solid", fgColor="FFF2CC")
EX = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
guide = wb.active
guide.title = "回答要領"
guide.column_dimensions["A"].width = 100
for i, t in enumerate([
    "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答要領（抜粋）",
    "・「回答票」シートの黄色のセルに回答してください。はい／いいえはプルダウンから選択してください。",
    "・技術的な質問・用語等については、システム設置事業者や保守事業者への照会等も活用して回答してください。",
    "・Q3で「いいえ」（電子カルテシステムを使用していない）の場合、Q4～Q7は回答不要です。",
    "・Q8で「いいえ」（VPN装置が存在しない）の場合、Q9以降は回答不要です。",
    "・Q9はVPN装置のメーカー名、型番、台数を全て記載してください（行が足りない場合は追加してください）。記入例の行は集計対象外です。",
    "・Q14は「セキュリティ責任者の設置」と「医療情報システムの責任者とは別に配置しているか」の2つに回答してください。",
], start=1):
    guide.cell(row=i, column=1, value=t).alignment = Alignment(wrap_text=True)
guide["A1"].font = Font(bold=True, size=12)

ws = wb.create_sheet("回答票")
lst = wb.create_sheet("選択肢")
lst["A1"] = "はい"
lst["A2"] = "いいえ"
lst.sheet_state = "hidden"

for col, w in zip("ABCDEF", [2, 7, 58, 26, 10, 30]):
    ws.column_dimensions[col].width = w
ws.merge_cells("B1:F1")
ws["B1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["B1"].font = Font(bold=True, size=13)
ws["B3"] = "医療機関名"
ws.merge_cells("C3:D3")
ws["C3"] = "医療法人 北上川会 北上川中央病院"
for ref in ("B3", "C3", "D3"):
    ws[ref].border = BOX
ws["B3"].fill = HEAD

r = 5
for j, h in enumerate(["No.", "設問", "回答", "", "補足・備考"]):
    c = ws.cell(row=r, column=2 + j, value=h or None)
    c.fill = HEAD
    c.alignment = CEN
ws.merge_cells("D5:E5")

dv = DataValidation(type="list", formula1="'選択肢'!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)


def section(row, text):
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
    c = ws.cell(row=row, column=2, value=text)
    c.fill = SECT
    c.font = Font(bold=True)


def q(row, no, text, ans=None, note=None, yesno=True):
    ws.cell(row=row, column=2, value=no).alignment = CEN
    ws.cell(row=row, column=3, value=text).alignment = WRAP
    ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=5)
    a = ws.cell(row=row, column=4, value=ans)
    a.fill = ANS
    a.alignment = CEN if yesno else WRAP
    if yesno:
        dv.add(a.coordinate)
    if note:
        ws.cell(row=row, column=6, value=note).alignment = WRAP
    ws.row_dimensions[row].height = 32


section(6, "【電子カルテシステムのバックアップに係る質問関係】")
ws.merge_cells("B7:B9")
ws["B7"] = "Q1"
ws["B7"].alignment = CEN
for i, (lab, val) in enumerate([("回答者の情報：氏名", "佐々木 亮"),
                                ("回答者の情報：所属", "総務課 情報管理係"),
                                ("回答者の情報：連絡先", "0197-64-3111（内線215）")]):
    row = 7 + i
    ws.cell(row=row, column=3, value=lab).alignment = WRAP
    ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=5)
    c = ws.cell(row=row, column=4, value=val)
    c.fill = ANS
    c.alignment = WRAP
ws["F7"] = "後日、厚生労働省より確認の連絡がある場合があります"
ws["F7"].alignment = WRAP
q(10, "Q2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい")
q(11, "Q3", "電子カルテシステムを使用しているか", "はい", "「いいえ」の場合はQ7まで回答不要")
q(12, "Q4", "診療行為を停止させないためのバックアップデータを作成し、定期的にテストしているか", "はい")
q(13, "Q5", "バックアップデータは世代管理しているか", "はい", "日次バックアップ 7世代")
q(14, "Q6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "いいえ", "遠隔地保管は来年度検討")
q(15, "Q7", "バックアップデータの漏洩対策（暗号化や秘密分散管理等）を講じているか", "はい")
section(16, "【リモートゲートウェイ装置に係る質問関係】")
q(17, "Q8", "VPN装置が存在するか", "はい", "「いいえ」の場合はQ9以降回答不要")
# Q9 sub-table
ws["B18"] = "Q9"
ws["B18"].alignment = CEN
ws["C18"] = "VPN装置のメーカー名、型番、台数を全て記載すること（下表に記入）"
ws["C18"].alignment = WRAP
ws.merge_cells("B18:B24")
for j, h in enumerate(["メーカー名", "型番", "台数"]):
    c = ws.cell(row=19, column=3 + j, value=h)
    c.fill = HEAD
    c.alignment = CEN
vpn_rows = [("（記入例）ヤマハ", "RTX1210", 1), ("フォーティネット", "FortiGate 60F", 2),
            ("ヤマハ", "RTX1220", 1), (None, None, None), (None, None, None)]
for i, (mk, md, n) in enumerate(vpn_rows):
    row = 20 + i
    for j, v in enumerate((mk, md, n)):
        c = ws.cell(row=row, column=3 + j, value=v)
        c.fill = EX if i == 0 else ANS
        c.alignment = WRAP
ws["F20"] = "←記入例（集計対象外）"
ws["C25"] = "合計台数"
ws["C25"].alignment = Alignment(horizontal="right")
ws["E25"] = "=SUM(E21:E24)"
q(26, "Q10", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい")
q(27, "Q11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい")
q(28, "Q12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "ログは保存しているが定期分析は未実施")
q(29, "Q13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ")
ws.merge_cells("B30:B31")
ws["B30"] = "Q14"
ws["B30"].alignment = CEN
q(30, None, "セキュリティ責任者を設置しているか", "はい")
q(31, None, "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "情報管理係長が兼務")

for row in ws["B5:F31"]:
    for c in row:
        c.border = BOX
ws.freeze_panes = "C6"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.active = 1
wb.save(OUT)
print("wrote", OUT)

#!/usr/bin/python3
# Generator for bv-w23-a-qa-table-dropdowns.xlsx
# Role: prefecture office (医務担当) that turned MHLW's 回答要領 into a one-sheet questionnaire
# (No. | 設問 | 回答 | 備考) with drop-downs fed from a hidden list sheet; filled by a hospital's 医療情報管理室.
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w23-a-qa-table-dropdowns"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="BDD7EE")
SEC = PatternFill("solid", fgColor="F2F2F2")
ANS = PatternFill("solid", fgColor="FFFFCC")
B = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "回答票"
for k, w in zip("ABCDEF", [7, 58, 16, 16, 10, 26]):
    ws.column_dimensions[k].width = w
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "※黄色の回答欄は、プルダウンから「はい」又は「いいえ」を選択してください。回答に当たっては「回答要領」シートを必ず確認してください。"
ws["A3"] = "※設問3で「いいえ」の場合は設問7まで回答不要です。設問8で「いいえ」の場合は以降の設問は回答不要です。"
ws["A4"] = "医療機関名"; ws["B4"] = "医療法人社団 讃岐会 坂出中央病院"
ws["A4"].font = B; ws["A4"].border = BOX; ws["B4"].border = BOX

hdr = ["No.", "設問", "回答", "", "", "備考"]
for k, h in enumerate(hdr):
    c = ws.cell(row=6, column=1 + k, value=h); c.fill = HEAD; c.font = B; c.alignment = CEN; c.border = BOX
ws.merge_cells("C6:E6")


def qrow(r, no, text, ans, note=None, merge=True):
    ws.cell(row=r, column=1, value=no).alignment = CEN
    ws.cell(row=r, column=2, value=text).alignment = WRAP
    c = ws.cell(row=r, column=3, value=ans); c.alignment = CEN; c.fill = ANS
    if merge:
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
    ws.cell(row=r, column=6, value=note).alignment = WRAP
    for k in range(1, 7):
        ws.cell(row=r, column=k).border = BOX


def section(r, text):
    ws.cell(row=r, column=1, value=text).font = B
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    for k in range(1, 7):
        ws.cell(row=r, column=k).fill = SEC; ws.cell(row=r, column=k).border = BOX


section(7, "【電子カルテシステムのバックアップに係る質問関係】")
# Q1 respondent (three rows, left-aligned free text)
ws.merge_cells("A8:A10")
ws["A8"] = 1; ws["A8"].alignment = CEN
for i, (lab, val) in enumerate([("回答者の情報　氏名", "山下 恵子"),
                                ("回答者の情報　所属", "医療法人社団 讃岐会 坂出中央病院 事務局 医療情報管理室"),
                                ("回答者の情報　連絡先", "0877-46-2181（内線312）／yamashita@sakaide-chuo.jp")]):
    r = 8 + i
    ws.cell(row=r, column=2, value=lab)
    c = ws.cell(row=r, column=3, value=val); c.alignment = WRAP; c.fill = ANS
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
    for k in range(1, 7):
        ws.cell(row=r, column=k).border = BOX
qrow(11, 2, "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい")
qrow(12, 3, "電子カルテシステムを使用しているか", "はい")
qrow(13, 4, "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "はい")
qrow(14, 5, "バックアップデータは世代管理しているか", "はい")
qrow(15, 6, "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
     "いいえ", "遠隔地保管を来年度検討予定")
qrow(16, 7, "バックアップデータの漏洩対策を講じているか", "はい")
section(17, "【リモートゲートウェイ装置に係る質問関係】")
qrow(18, 8, "VPN装置が存在するか", "はい")
# Q9: a small table inside the answer columns
ws.merge_cells("A19:A23"); ws["A19"] = 9; ws["A19"].alignment = CEN
ws.merge_cells("B19:B23"); ws["B19"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）"
ws["B19"].alignment = WRAP
for k, h in enumerate(["メーカー名", "型番", "台数"]):
    c = ws.cell(row=19, column=3 + k, value=h); c.font = B; c.alignment = CEN; c.fill = SEC
vpn = [("フォーティネット", "FortiGate-60F", 1), ("ヤマハ", "RTX1210", 2), (None, None, None)]
for i, (mk, md, n) in enumerate(vpn):
    r = 20 + i
    ws.cell(row=r, column=3, value=mk).fill = ANS
    ws.cell(row=r, column=4, value=md).fill = ANS
    ws.cell(row=r, column=5, value=n).fill = ANS
ws["D23"] = "合計"; ws["D23"].alignment = Alignment(horizontal="right")
ws["E23"] = "=SUM(E20:E22)"
for r in range(19, 24):
    for k in range(1, 7):
        ws.cell(row=r, column=k).border = BOX
qrow(24, 10, "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい")
qrow(25, 11, "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい")
qrow(26, 12, "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ")
qrow(27, 13, "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ")
qrow(28, "14-1", "セキュリティ責任者を設置しているか", "はい")
qrow(29, "14-2", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ")
for r in list(range(11, 17)) + [18] + list(range(24, 30)):
    ws.row_dimensions[r].height = 30

# hidden choice list + drop-downs
wl = wb.create_sheet("選択肢")
wl["A1"] = "はい"; wl["A2"] = "いいえ"
wl.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
for r in list(range(11, 17)) + [18] + list(range(24, 30)):
    dv.add(f"C{r}")

# instructions sheet (abridged from the 回答要領)
wg = wb.create_sheet("回答要領")
wg.column_dimensions["A"].width = 120
guide = [
    "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査に係る回答要領（抜粋）",
    "・回答に当たっては、提出後の修正等作業をできるだけ防ぐため、必ず本回答要領を確認してください。",
    "・技術的な質問・用語等については、院内担当者だけでなく、システム設置事業者や保守事業者への照会等も活用して回答してください。",
    "1. 回答者の氏名、所属、連絡先を記載してください。後日、厚生労働省より回答者に連絡させていただく可能性があります。",
    "3. 電子カルテシステムを使用していない場合は、7. まで回答不要となります。",
    "5. 世代管理とは最新のバックアップデータだけでなく、それ以前のバックアップデータも管理することを指します。",
    "8. システム設置業者や保守業者などに照会し、VPN装置が設置されているか回答してください。設置されていない場合は、以降の設問は回答不要となります。",
    "9. 上記で確認したVPN装置のメーカー名、型番、台数を全て記載してください。",
    "14. セキュリティ責任者を職員として配置しているか、また、医療情報システムの責任者とは別に配置しているか、それぞれ回答してください。",
]
for i, t in enumerate(guide):
    wg.cell(row=1 + i, column=1, value=t).alignment = Alignment(wrap_text=True)
wg["A1"].font = B

ws.print_area = "A1:F29"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
wb.save(os.path.join(HERE, NAME + ".xlsx"))
print("saved")

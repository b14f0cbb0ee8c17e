#!/usr/bin/python3
"""bv-w18-a: No. | 設問 | 回答 | 備考 questionnaire with はい/いいえ drop-downs, Q1 and Q14 split into sub-rows,
Q9 as an inline maker/model/count sub-table, plus a 記入要領 sheet. Filled completely and correctly."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w18-a-questionnaire-dropdown"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="BDD7EE")
ANS = PatternFill("solid", fgColor="FFFFE0")
SUB = PatternFill("solid", fgColor="EDEDED")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "回答票"
for c, w in zip("ABCD", (6, 64, 26, 30)):
    ws.column_dimensions[c].width = w
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(size=13, bold=True)
ws["A2"] = ("回答欄（黄色）はプルダウンから「はい」「いいえ」を選択してください。"
            "3.で「いいえ」の場合は7.まで、8.で「いいえ」の場合は以降の設問は回答不要です。")
ws["A2"].alignment = WRAP
ws.merge_cells("A2:D2")
ws.row_dimensions[2].height = 32

for c, h in enumerate(["No.", "設問", "回答", "備考"], 1):
    cell = ws.cell(4, c, h)
    cell.fill = HEAD
    cell.alignment = CENTER
    cell.border = BOX

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
cellmap = {}
r = 5


def qrow(no, text, ans=None, note=None, key=None, yesno=True, sub=False):
    global r
    ws.cell(r, 1, no)
    ws.cell(r, 2, text)
    ws.cell(r, 3, ans)
    ws.cell(r, 4, note)
    for c in range(1, 5):
        ws.cell(r, c).border = BOX
        ws.cell(r, c).alignment = WRAP
    ws.cell(r, 1).alignment = CENTER
    if sub:
        for c in (2, 3, 4):
            ws.cell(r, c).fill = SUB
    elif key:
        ws.cell(r, 3).fill = ANS
    if yesno:
        dv.add(ws.cell(r, 3))
    if key:
        cellmap[key] = f"{ws.title}!C{r}"
    r += 1


ws.cell(r, 1, "【電子カルテシステムのバックアップに係る質問関係】").font = Font(bold=True)
r += 1
q1 = r
qrow(1, "回答者の情報　氏名", "高木 真理子", key="respondent.name", yesno=False)
qrow(None, "回答者の情報　所属", "社会医療法人讃岐会 さぬき中央病院 医療情報管理室", key="respondent.department", yesno=False)
qrow(None, "回答者の情報　連絡先", "0877-56-1234\nm-takagi@sanuki-chuo.or.jp", key="respondent.contact", yesno=False)
ws.merge_cells(start_row=q1, start_column=1, end_row=q1 + 2, end_column=1)
ws.row_dimensions[q1 + 2].height = 32
qrow(2, "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか",
     "はい", key="usesGuidelines")
qrow(3, "電子カルテシステムを使用しているか（「いいえ」の場合は7.まで回答不要）", "はい", key="usesEhr")
qrow(4, "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "はい",
     key="backupTested")
qrow(5, "バックアップデータは世代管理しているか", "はい", "7世代（日次）", key="generationsKept")
qrow(6, "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
     "いいえ", "遠隔地保管は次年度に検討中", key="disasterSeparated")
qrow(7, "バックアップデータの漏洩対策を講じているか", "はい", "暗号化あり", key="leakProtected")
ws.cell(r, 1, "【リモートゲートウェイ装置に係る質問関係】").font = Font(bold=True)
r += 1
qrow(8, "VPN装置が存在するか（「いいえ」の場合は以降の設問は回答不要）", "はい", key="vpnPresent")
qrow(9, "VPN装置のメーカー名、型番、台数を全て記載すること（下表に記入）", None, yesno=False)
ws.cell(r, 2, "メーカー名")
ws.cell(r, 3, "型番")
ws.cell(r, 4, "台数")
for c in range(1, 5):
    ws.cell(r, c).border = BOX
    ws.cell(r, c).fill = SUB
    ws.cell(r, c).alignment = CENTER
r += 1
vpn = [("YAMAHA", "RTX1210", 2), ("Fortinet", "FortiGate 60F", 1), ("Cisco Meraki", "MX67", 1)]
vpn_rows = []
for mk, md, n in vpn:
    ws.cell(r, 2, mk)
    ws.cell(r, 3, md)
    ws.cell(r, 4, n)
    for c in range(1, 5):
        ws.cell(r, c).border = BOX
    vpn_rows.append(r)
    r += 1
for _ in range(2):  # spare rows
    for c in range(1, 5):
        ws.cell(r, c).border = BOX
    r += 1
qrow(10, "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか",
     "はい", key="vpnUpdated")
qrow(11, "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい", key="vpnSourceRestricted")
qrow(12, "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "ログ取得のみ", key="vpnLogsAudited")
qrow(13, "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ", key="emergencyDrills")
q14 = r
qrow(14, "(1) セキュリティ責任者を設置しているか", "はい", key="securityOfficer")
qrow(None, "(2) セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "兼務",
     key="securityOfficerSeparate")
ws.merge_cells(start_row=q14, start_column=1, end_row=q14 + 1, end_column=1)
ws.freeze_panes = "A5"

# 記入要領
g = wb.create_sheet("記入要領")
g.column_dimensions["A"].width = 110
notes = [
    "記入要領（回答要領より抜粋）",
    "・技術的な質問・用語等については、院内担当者だけでなく、システム設置事業者や保守事業者への照会等も活用して回答してください。",
    "・1. 回答者の氏名、所属、連絡先を記載してください。後日、厚生労働省より回答者に連絡させていただく可能性があります。",
    "・3. 電子カルテシステムを使用していない場合は、7. まで回答不要となります。",
    "・5. 世代管理とは最新のバックアップデータだけでなく、それ以前のバックアップデータも管理することを指します。",
    "・8. VPN装置が設置されていない場合は、以降の設問は回答不要となります。",
    "・9. VPN装置のメーカー名、型番、台数を全て記載してください（記述方式）。",
    "・14. セキュリティ責任者を職員として配置しているか、また医療情報システムの責任者とは別に配置しているか、それぞれ回答してください。",
]
for i, t in enumerate(notes, 1):
    g.cell(i, 1, t)
g["A1"].font = Font(bold=True)

wb.save(os.path.join(OUT, NAME + ".xlsx"))
print(cellmap, vpn_rows)

#!/usr/bin/python3
"""Generator for bv-w16-a-prefecture-questionnaire-table.xlsx

Prefecture-office questionnaire: title block and notes on top, then a
No. | 設問 | 回答 | 記入上の注意 table with はい/いいえ drop-downs; Q1 split into 1-1..1-3;
Q9 as a small maker/model/count sub-table with a SUM total (openpyxl formula, no cached
value); Q14 split into 14-1 / 14-2; a 記入要領 sheet. Filled completely and correctly.
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w16-a-prefecture-questionnaire-table"
SHEET = "回答票"

thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
SEC = PatternFill("solid", fgColor="FCE4D6")
ANS = PatternFill("solid", fgColor="FFFFCC")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SHEET
for col, w in zip("ABCDEF", [7, 58, 16, 16, 10, 46]):
    ws.column_dimensions[col].width = w

ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "※回答要領を必ず確認のうえ、黄色のセルに入力又はプルダウンから選択してください。"
ws["A3"] = "※設問3で「いいえ」の場合は設問4～7、設問8で「いいえ」の場合は設問9以降の回答は不要です。"
ws["A5"] = "医療機関名"
ws.merge_cells("B5:D5")
ws["B5"] = "医療法人 桜井会 さくら中央病院"
for c in ("A5", "B5", "C5", "D5"):
    ws[c].border = BORDER
ws["A5"].fill = HEAD

hdr_row = 7
for j, h in enumerate(["No.", "設問", "回答", "", "", "記入上の注意"]):
    ws.cell(row=hdr_row, column=1 + j, value=h or None)
ws.merge_cells(start_row=hdr_row, start_column=3, end_row=hdr_row, end_column=5)
for c in ws[f"A{hdr_row}:F{hdr_row}"][0]:
    c.fill = HEAD
    c.border = BORDER
    c.alignment = CENTER
    c.font = Font(bold=True)

YN = "はい／いいえ"
rows = []  # (no, question, answer, note, kind)
r = hdr_row + 1


def section(title):
    global r
    ws.cell(row=r, column=1, value=title)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(row=r, column=1).fill = SEC
    ws.cell(row=r, column=1).font = Font(bold=True)
    r += 1


answer_cells = {}
yn_cells = []


def q(no, text, answer, note="", key=None, yn=True):
    global r
    ws.cell(row=r, column=1, value=no)
    ws.cell(row=r, column=2, value=text)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
    ws.cell(row=r, column=3, value=answer)
    ws.cell(row=r, column=6, value=note or None)
    for col in range(1, 7):
        c = ws.cell(row=r, column=col)
        c.border = BORDER
        c.alignment = WRAP
    ws.cell(row=r, column=1).alignment = CENTER
    ws.cell(row=r, column=3).fill = ANS
    if yn:
        yn_cells.append(ws.cell(row=r, column=3).coordinate)
        ws.cell(row=r, column=3).alignment = CENTER
    if key:
        answer_cells[key] = ws.cell(row=r, column=3).coordinate
    ws.row_dimensions[r].height = 34
    r += 1


section("【電子カルテシステムのバックアップに係る質問関係】")
q("1-1", "回答者の情報：氏名", "田中 美穂", "後日、厚生労働省より確認の連絡をする場合があります。", "respondent.name", yn=False)
q("1-2", "回答者の情報：所属", "事務部 医療情報管理室 室長", "", "respondent.department", yn=False)
q("1-3", "回答者の情報：連絡先", "0877-22-5131", "電話番号（日中つながるもの）", "respondent.contact", yn=False)
q("2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい", "",
  "usesGuidelines")
q("3", "電子カルテシステムを使用しているか", "はい", "「いいえ」の場合は7.まで回答不要", "usesEhr")
q("4", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "はい", "",
  "backupTested")
q("5", "バックアップデータは世代管理しているか", "はい", "", "generationsKept")
q("6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
  "いいえ", "例：遠隔地のサーバに保管、世代ごとにオフラインで保存 等", "disasterSeparated")
q("7", "バックアップデータの漏洩対策を講じているか", "はい", "例：暗号化、秘密分散管理 等", "leakProtected")
section("【リモートゲートウェイ装置に係る質問関係】")
q("8", "VPN装置が存在するか", "はい", "「いいえ」の場合は以降の設問は回答不要", "vpnPresent")

# Q9 sub-table
ws.cell(row=r, column=1, value="9")
ws.cell(row=r, column=2, value="VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）")
ws.cell(row=r, column=3, value="メーカー名")
ws.cell(row=r, column=4, value="型番")
ws.cell(row=r, column=5, value="台数")
ws.cell(row=r, column=6, value="行が足りない場合は行を挿入してください")
for col in range(1, 7):
    ws.cell(row=r, column=col).border = BORDER
    ws.cell(row=r, column=col).alignment = WRAP
for col in range(3, 6):
    ws.cell(row=r, column=col).fill = HEAD
    ws.cell(row=r, column=col).alignment = CENTER
q9_head = r
r += 1
vpn = [("フォーティネット", "FortiGate 60F", 1), ("ヤマハ", "RTX1220", 2)]
q9_rows = []
for i in range(4):
    for col in range(1, 7):
        ws.cell(row=r, column=col).border = BORDER
    if i < len(vpn):
        ws.cell(row=r, column=3, value=vpn[i][0])
        ws.cell(row=r, column=4, value=vpn[i][1])
        ws.cell(row=r, column=5, value=vpn[i][2])
    for col in range(3, 6):
        ws.cell(row=r, column=col).fill = ANS
    q9_rows.append(r)
    r += 1
ws.merge_cells(start_row=q9_head, start_column=1, end_row=r - 1, end_column=1)
ws.merge_cells(start_row=q9_head, start_column=2, end_row=r - 1, end_column=2)
ws.cell(row=q9_head, column=1).alignment = CENTER
ws.cell(row=r, column=4, value="合計")
ws.cell(row=r, column=5, value=f"=SUM(E{q9_rows[0]}:E{q9_rows[-1]})")
for col in range(4, 6):
    ws.cell(row=r, column=col).border = BORDER
r += 1

q("10", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか",
  "はい", "", "vpnUpdated")
q("11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい", "保守事業者等に照会し現状を確認",
  "vpnSourceRestricted")
q("12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "例：年1回", "vpnLogsAudited")
q("13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ", "", "emergencyDrills")
q("14-1", "セキュリティ責任者を設置しているか", "はい", "", "securityOfficer")
q("14-2", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "",
  "securityOfficerSeparate")

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
for c in yn_cells:
    dv.add(c)
ws.print_area = f"A1:F{r}"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

# 記入要領 sheet
wg = wb.create_sheet("記入要領")
guide = [
    "記入要領",
    "1. 回答者の氏名、所属、連絡先を記載してください。",
    "2. 技術的な質問・用語等については、システム設置事業者や保守事業者への照会等も活用して回答してください。",
    "3. 電子カルテシステムを使用していない場合は、7.まで回答不要です。",
    "4. VPN装置が設置されていない場合は、以降の設問は回答不要です。",
    "5. 設問9は、メーカー名・型番・台数を1行に1機種ずつ記載してください。",
    "6. 設問14は「設置しているか」「医療情報システムの責任者とは別に配置しているか」の2つに回答してください。",
]
for i, t in enumerate(guide, start=1):
    wg.cell(row=i, column=1, value=t)
wg["A1"].font = Font(bold=True)
wg.column_dimensions["A"].width = 110

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)

values = {
    "respondent": {"name": "田中 美穂", "department": "事務部 医療情報管理室 室長", "contact": "0877-22-5131"},
    "usesGuidelines": "はい",
    "usesEhr": "はい",
    "backupTested": "はい",
    "generationsKept": "はい",
    "disasterSeparated": "いいえ",
    "leakProtected": "はい",
    "vpnPresent": "はい",
    "vpnDevices": [{"maker": m, "model": mo, "count": n} for m, mo, n in vpn],
    "vpnUpdated": "はい",
    "vpnSourceRestricted": "はい",
    "vpnLogsAudited": "いいえ",
    "emergencyDrills": "いいえ",
    "securityOfficer": "はい",
    "securityOfficerSeparate": "いいえ",
}
expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": values,
    "planted": [],
    "notes": (f"Questionnaire table on sheet {SHEET}: answers in merged C:E cells (はい/いいえ drop-downs). "
              "Q1 is split into rows 1-1/1-2/1-3; Q14 into 14-1 (設置) and 14-2 (別に配置). Q9 is a sub-table "
              f"(メーカー名/型番/台数, rows {q9_rows[0]}-{q9_rows[-1]}, two filled, two empty) with a 合計 =SUM "
              "formula below it that has no cached value (openpyxl save); the total is not a form field. "
              "医療機関名 in B5 is not a key of this form. Q3 and Q8 are はい, so every question is answered."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("wrote", out, answer_cells)

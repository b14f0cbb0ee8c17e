#!/usr/bin/python3
"""bv-w20-a: the 14-question survey drawn by a prefecture office as one questionnaire sheet
(No. | 設問 | 回答 | 備考) with はい/いいえ drop-downs fed by a hidden list sheet, Q1 as three sub-rows,
Q9 as a small device table (メーカー名 | 型番 | 台数) with a =SUM total (openpyxl, no cached value),
Q14 split into 14-1 / 14-2, plus a 回答要領 sheet. Filled completely and correctly (no planted problem)."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w20-a-questionnaire-dropdown-device-rows"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="FCE4D6")
SEC = PatternFill("solid", fgColor="F2F2F2")
ANS = PatternFill("solid", fgColor="FFFFCC")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

respondent = {"name": "松原 直樹",
              "department": "社会医療法人 瀬戸内健康会 坂出みなと病院 医療情報管理室",
              "contact": "0877-46-5100（代表） / n-matsubara@minato-hp.or.jp"}
answers = {
    "usesGuidelines": "はい", "usesEhr": "はい", "backupTested": "はい", "generationsKept": "はい",
    "disasterSeparated": "いいえ", "leakProtected": "はい", "vpnPresent": "はい",
    "vpnUpdated": "はい", "vpnSourceRestricted": "はい", "vpnLogsAudited": "いいえ",
    "emergencyDrills": "いいえ", "securityOfficer": "はい", "securityOfficerSeparate": "いいえ",
}
devices = [{"maker": "ヤマハ", "model": "RTX1220", "count": 2},
           {"maker": "Fortinet", "model": "FortiGate-60F", "count": 1}]

wb = Workbook()
ws = wb.active
ws.title = "回答票"
for col, w in zip("ABCDE", [7, 62, 22, 14, 34]):
    ws.column_dimensions[col].width = w
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "※「回答」欄はプルダウンから「はい」「いいえ」を選択してください。回答に当たっては必ず回答要領をご確認ください。"
ws["A2"].font = Font(size=9)

for j, h in enumerate(["No.", "設問", "回答", "", "備考（回答要領より）"]):
    ws.cell(row=4, column=1 + j, value=h or None)
ws.merge_cells("C4:D4")
for c in ws[4]:
    c.fill = HEAD
    c.font = Font(bold=True)
    c.border = BOX
    c.alignment = CEN

r = 5
ws.merge_cells(f"A{r}:A{r + 2}")
ws[f"A{r}"] = 1
for i, (lab, key) in enumerate([("回答者の情報　氏名", "name"), ("回答者の情報　所属", "department"),
                                ("回答者の情報　連絡先（電話番号・メールアドレス）", "contact")]):
    ws[f"B{r + i}"] = lab
    ws.merge_cells(f"C{r + i}:D{r + i}")
    ws[f"C{r + i}"] = respondent[key]
ws["E5"] = "後日、厚生労働省から内容確認の連絡をする場合があります"
ans_cells = {}


def section(row, text):
    ws.merge_cells(f"A{row}:E{row}")
    ws[f"A{row}"] = text
    ws[f"A{row}"].fill = SEC
    ws[f"A{row}"].font = Font(bold=True)


def q(row, no, text, key, note=None):
    ws[f"A{row}"] = no
    ws[f"B{row}"] = text
    ws.merge_cells(f"C{row}:D{row}")
    ws[f"C{row}"] = answers[key]
    ws[f"C{row}"].fill = ANS
    ans_cells[key] = f"C{row}"
    if note:
        ws[f"E{row}"] = note


section(8, "【電子カルテシステムのバックアップに係る質問関係】")
q(9, 2, "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "usesGuidelines")
q(10, 3, "電子カルテシステムを使用しているか", "usesEhr", "「いいえ」の場合は7.まで回答不要")
q(11, 4, "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストしているか）", "backupTested")
q(12, 5, "バックアップデータは世代管理しているか", "generationsKept")
q(13, 6, "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
  "disasterSeparated")
q(14, 7, "バックアップデータの漏洩対策を講じているか", "leakProtected")
section(15, "【リモートゲートウェイ装置に係る質問関係】（院内のサーバ室等を確認してください）")
q(16, 8, "VPN装置が存在するか", "vpnPresent", "「いいえ」の場合は以降の設問は回答不要")
ws["A17"] = 9
ws["B17"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）"
ws.merge_cells("A17:A21")
ws["B18"] = "メーカー名"
ws["C18"] = "型番"
ws["D18"] = "台数"
for c in ("B18", "C18", "D18"):
    ws[c].fill = HEAD
    ws[c].alignment = CEN
for i in range(3):
    rr = 19 + i
    if i < len(devices):
        ws[f"B{rr}"] = devices[i]["maker"]
        ws[f"C{rr}"] = devices[i]["model"]
        ws[f"D{rr}"] = devices[i]["count"]
ws["C22"] = "合計"
ws["D22"] = "=SUM(D19:D21)"
ws["E18"] = "行が足りない場合は適宜追加してください"
q(23, 10, "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか",
  "vpnUpdated")
q(24, 11, "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "vpnSourceRestricted")
q(25, 12, "VPN装置へのアクセス記録を定期的に分析・監査しているか", "vpnLogsAudited")
q(26, 13, "詳細な緊急対応手順を整備し、定期的に訓練しているか", "emergencyDrills")
ws.merge_cells("A27:A28")
q(27, 14, "（14-1）セキュリティ責任者を設置しているか", "securityOfficer")
ws["A27"] = 14
ws["B28"] = "（14-2）セキュリティ責任者を医療情報システムの責任者とは別に配置しているか"
ws.merge_cells("C28:D28")
ws["C28"] = answers["securityOfficerSeparate"]
ws["C28"].fill = ANS
ans_cells["securityOfficerSeparate"] = "C28"

for row in ws["A5:E28"]:
    for c in row:
        c.border = BOX
        if c.alignment is None or not c.alignment.wrap_text:
            c.alignment = WRAP
for rr in range(5, 29):
    ws[f"A{rr}"].alignment = CEN
    ws[f"C{rr}"].alignment = CEN
    ws[f"D{rr}"].alignment = CEN
for rr in (5, 6, 7):
    ws[f"C{rr}"].alignment = WRAP
for rr in (9, 11, 13, 23):
    ws.row_dimensions[rr].height = 32

# hidden list sheet for the drop-downs
lst = wb.create_sheet("リスト")
lst["A1"] = "はい"
lst["A2"] = "いいえ"
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
for cell in ans_cells.values():
    dv.add(cell)

# 回答要領 (extract)
g = wb.create_sheet("回答要領")
g.column_dimensions["A"].width = 120
for i, t in enumerate([
    "回答要領（抜粋）",
    "・技術的な質問・用語等については、院内担当者だけでなく、システム設置事業者や保守事業者への照会等も活用して回答してください。",
    "・3. 電子カルテシステムを使用していない場合は、7. まで回答不要となります。",
    "・8. VPN装置が設置されていない場合は、以降の設問は回答不要となります。",
    "・9. は確認したVPN装置のメーカー名、型番、台数を全て記載してください。",
    "・14. はセキュリティ責任者の設置の有無と、医療情報システムの責任者とは別に配置しているかの2点を回答してください。",
]):
    g.cell(row=1 + i, column=1, value=t)
g["A1"].font = Font(bold=True)

wb.active = 0
xlsx = os.path.join(OUT, NAME + ".xlsx")
wb.save(xlsx)

values = {"respondent": respondent}
values.update(answers)
values["vpnDevices"] = devices
expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": values,
    "planted": [],
    "notes": ("Single sheet 回答票; Q9 is a device table B18:D21 (third row empty) with a =SUM total in D22 saved "
              "by openpyxl without a cached value. Q14 answers are C27 (設置) and C28 (別に配置). 'いいえ' answers "
              "(Q6, Q12, Q13, Q14-2) are genuine answers, not omissions. Hidden sheet リスト feeds the drop-downs."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("wrote", xlsx)

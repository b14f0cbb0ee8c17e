#!/usr/bin/python3
"""Generator for bv-w25-a-questionnaire-dropdown-device-rows.xlsx
Layout: a prefecture office's one-sheet questionnaire (No. | 設問 | 回答 | 備考) with a title block and notes,
section heading rows, はい/いいえ drop-downs, Q1 as three sub-rows (氏名/所属/連絡先), Q9 as a small
メーカー名/型番/台数 table with a =SUM total (saved by openpyxl, so no cached value), Q14 as two rows.
Filled completely and correctly, no planted problem.
"""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave25/backup-vpn-survey"
NAME = "bv-w25-a-questionnaire-dropdown-device-rows"

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
SEC = PatternFill("solid", fgColor="F2F2F2")
ANS = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "回答票"
for col, w in zip("ABCDEF", [6, 58, 18, 14, 10, 30]):
    ws.column_dimensions[col].width = w

ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "※回答に当たっては必ず「回答要領」を確認してください。技術的な内容はシステム設置事業者・保守事業者にも照会のうえ回答してください。"
ws["A3"] = "※回答欄（黄色）はプルダウンから「はい」「いいえ」を選択。設問3で「いいえ」の場合は設問7まで、設問8で「いいえ」の場合は以降の設問は回答不要です。"
for a in ("A2", "A3"):
    ws[a].font = Font(size=9)

r = 5
for j, h in enumerate(["No.", "設問", "回答", "", "", "備考"], start=1):
    ws.cell(row=r, column=j, value=h)
ws.merge_cells("C5:E5")
for c in ws[5]:
    c.fill = HEAD; c.border = B; c.alignment = CEN

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

cells = {}

def section(row, text):
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=6)
    ws.cell(row=row, column=1, value=text).font = Font(bold=True)
    for c in ws[row]:
        c.fill = SEC; c.border = B

def q(row, no, text, key, ans, note=None):
    ws.cell(row=row, column=1, value=no)
    ws.cell(row=row, column=2, value=text)
    ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=5)
    c = ws.cell(row=row, column=3, value=ans)
    c.fill = ANS
    dv.add(c.coordinate)
    if note:
        ws.cell(row=row, column=6, value=note)
    for cc in ws[row][:6]:
        cc.border = B; cc.alignment = WRAP
    ws.cell(row=row, column=1).alignment = CEN
    c.alignment = CEN
    cells[key] = c.coordinate
    ws.row_dimensions[row].height = 36

section(6, "【電子カルテシステムのバックアップに係る質問関係】")
# Q1 three rows
ws.merge_cells("A7:A9")
ws["A7"] = 1
resp = {"name": "白川 直樹", "department": "事務部 情報システム課", "contact": "087-841-2371（直通）"}
for i, (lab, key) in enumerate([("回答者の情報　氏名", "name"), ("　　　　　　　所属", "department"),
                                 ("　　　　　　　連絡先（電話番号）", "contact")]):
    rr = 7 + i
    ws.cell(row=rr, column=2, value=lab)
    ws.merge_cells(start_row=rr, start_column=3, end_row=rr, end_column=5)
    ws.cell(row=rr, column=3, value=resp[key]).fill = ANS
    for cc in ws[rr][:6]:
        cc.border = B; cc.alignment = WRAP
ws["A7"].alignment = CEN

ans = {
    "usesGuidelines": "はい", "usesEhr": "はい", "backupTested": "はい", "generationsKept": "はい",
    "disasterSeparated": "いいえ", "leakProtected": "はい", "vpnPresent": "はい", "vpnUpdated": "はい",
    "vpnSourceRestricted": "はい", "vpnLogsAudited": "いいえ", "emergencyDrills": "いいえ",
    "securityOfficer": "はい", "securityOfficerSeparate": "いいえ",
}
q(10, 2, "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか。",
  "usesGuidelines", ans["usesGuidelines"], "R6年度版チェックリストで確認済")
q(11, 3, "電子カルテシステムを使用しているか", "usesEhr", ans["usesEhr"])
q(12, 4, "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）",
  "backupTested", ans["backupTested"], "年2回リストア訓練")
q(13, 5, "バックアップデータは世代管理しているか", "generationsKept", ans["generationsKept"], "日次7世代")
q(14, 6, "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
  "disasterSeparated", ans["disasterSeparated"], "サーバ室内NASのみ（オフライン化を検討中）")
q(15, 7, "バックアップデータの漏洩対策を講じているか", "leakProtected", ans["leakProtected"], "AES暗号化")
section(16, "【リモートゲートウェイ装置に係る質問関係】")
q(17, 8, "VPN装置が存在するか。", "vpnPresent", ans["vpnPresent"])
# Q9 table
ws.merge_cells("A18:A22")
ws["A18"] = 9
ws.merge_cells("B18:B22")
ws["B18"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）"
ws["C18"] = "メーカー名"; ws["D18"] = "型番"; ws["E18"] = "台数"
devices = [
    {"maker": "ヤマハ", "model": "RTX1220", "count": 2},
    {"maker": "Fortinet", "model": "FortiGate 60F", "count": 1},
    {"maker": "NEC", "model": "UNIVERGE IX2106", "count": 1},
]
for i, dvc in enumerate(devices):
    rr = 19 + i
    ws.cell(row=rr, column=3, value=dvc["maker"]).fill = ANS
    ws.cell(row=rr, column=4, value=dvc["model"]).fill = ANS
    ws.cell(row=rr, column=5, value=dvc["count"]).fill = ANS
ws["D22"] = "合計"
ws["E22"] = "=SUM(E19:E21)"
ws["F18"] = "電子カルテ保守用・PACS保守用・地域連携用"
for rr in range(18, 23):
    for cc in ws[rr][:6]:
        cc.border = B; cc.alignment = WRAP
for a in ("A18", "C18", "D18", "E18"):
    ws[a].alignment = CEN; ws[a].fill = HEAD if a != "A18" else PatternFill()
q(23, 10, "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか",
  "vpnUpdated", ans["vpnUpdated"])
q(24, 11, "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "vpnSourceRestricted", ans["vpnSourceRestricted"])
q(25, 12, "VPN装置へのアクセス記録を定期的に分析・監査しているか", "vpnLogsAudited", ans["vpnLogsAudited"])
q(26, 13, "詳細な緊急対応手順を整備し、定期的に訓練しているか", "emergencyDrills", ans["emergencyDrills"],
  "手順書はあるが訓練未実施")
ws.merge_cells("A27:A28")
q(27, 14, "セキュリティ責任者を設置しているか", "securityOfficer", ans["securityOfficer"])
q(28, None, "　セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "securityOfficerSeparate",
  ans["securityOfficerSeparate"], "情報システム課長が兼務")
ws["A27"].alignment = CEN
ws.print_area = "A1:F28"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": dict({"respondent": resp}, **{k: ans[k] for k in [
        "usesGuidelines", "usesEhr", "backupTested", "generationsKept", "disasterSeparated", "leakProtected",
        "vpnPresent"]}, vpnDevices=devices, **{k: ans[k] for k in [
        "vpnUpdated", "vpnSourceRestricted", "vpnLogsAudited", "emergencyDrills", "securityOfficer",
        "securityOfficerSeparate"]}),
    "planted": [],
    "notes": ("Single sheet 回答票, answers in merged C:E cells via はい/いいえ drop-down. Q9 is a 3-row table "
              "(C=メーカー名, D=型番, E=台数, rows 19-21); row 22 is a 合計 row with =SUM(E19:E21) saved without "
              "a cached value (not a device). Column F 備考 holds free comments that have no key. "
              "Q14 second answer (row 28) is the 別に配置 question."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("done")

#!/usr/bin/python3
"""bv-w22-a: prefecture office's 回答票 for the MHLW backup / remote-gateway (VPN) survey:
questionnaire layout No. | 区分 | 設問 | 回答 | 備考 with はい/いいえ dropdowns, Q1 split into three rows, Q9 as a
separate device table (別表) below with a =SUM total (openpyxl, no cached value), Q14 as two rows, plus a
記入要領 sheet. Filled completely and correctly; no planted problem."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w22-a-questionnaire-dropdown-device-table"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="BDD7EE")
ANS = PatternFill("solid", fgColor="FFFF99")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "回答票"
for col, w in zip("ABCDE", [7, 22, 62, 30, 26]):
    ws.column_dimensions[col].width = w
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "香川県健康福祉部医務国保課 取りまとめ"
ws["A3"] = "※「記入要領」シート及び回答要領を確認のうえ、黄色の回答欄に記入してください（はい／いいえはプルダウンから選択）。"
ws["A4"] = "※設問3で「いいえ」の場合は設問4〜7は回答不要、設問8で「いいえ」の場合は設問9以降は回答不要です。"
for ref in ("A3", "A4"):
    ws[ref].font = Font(color="C00000", size=9)

for k, h in enumerate(["No.", "区分", "設問", "回答", "備考"]):
    c = ws.cell(row=6, column=1 + k, value=h); c.fill = HEAD; c.border = BOX; c.alignment = CENTER

R = {}
def q(row, no, kind, text, key=None, answer=None, note=None, yn=True):
    ws.cell(row=row, column=1, value=no)
    ws.cell(row=row, column=2, value=kind)
    ws.cell(row=row, column=3, value=text)
    ws.cell(row=row, column=4, value=answer)
    ws.cell(row=row, column=5, value=note)
    for c in range(1, 6):
        cell = ws.cell(row=row, column=c); cell.border = BOX; cell.alignment = WRAP
    ws.cell(row=row, column=1).alignment = CENTER
    ws.cell(row=row, column=4).fill = ANS
    if yn:
        dv.add(ws.cell(row=row, column=4).coordinate)
    if key:
        R[key] = row

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

resp = {"name": "大西 隆之", "department": "医療法人さくら会 さくら台病院 医療情報管理室",
        "contact": "0877-23-5511（内線2140）／ t-onishi@sakuradai-hp.example.jp"}
q(7, 1, "回答者の情報", "氏名", "respondent.name", resp["name"], yn=False)
q(8, None, None, "所属", "respondent.department", resp["department"], yn=False)
q(9, None, None, "連絡先（電話番号・メールアドレス）", "respondent.contact", resp["contact"], yn=False)
ws.merge_cells("A7:A9"); ws.merge_cells("B7:B9")
ws.cell(row=7, column=2).value = "回答者の情報"
ws.cell(row=7, column=1).value = 1

answers = {
    "usesGuidelines": "はい", "usesEhr": "はい", "backupTested": "はい", "generationsKept": "はい",
    "disasterSeparated": "いいえ", "leakProtected": "はい", "vpnPresent": "はい", "vpnUpdated": "はい",
    "vpnSourceRestricted": "はい", "vpnLogsAudited": "いいえ", "emergencyDrills": "いいえ",
    "securityOfficer": "はい", "securityOfficerSeparate": "いいえ",
}
Q = [
    (2, "ガイドライン等", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか。", "usesGuidelines", None),
    (3, "電子カルテ", "電子カルテシステムを使用しているか", "usesEhr", None),
    (4, "バックアップ", "診療行為を停止させないためのバックアップデータは作成しているか（定期的に復旧テストを行っているか）", "backupTested", "月1回リストアテスト実施"),
    (5, "バックアップ", "バックアップデータは世代管理しているか", "generationsKept", "7世代"),
    (6, "バックアップ", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "disasterSeparated", "院内サーバ室のみで保管（R7年度中に外部保管を検討）"),
    (7, "バックアップ", "バックアップデータの漏洩対策を講じているか", "leakProtected", None),
    (8, "VPN装置", "VPN装置が存在するか。", "vpnPresent", None),
]
row = 10
for no, kind, text, key, note in Q:
    q(row, no, kind, text, key, answers[key], note)
    row += 1
q(row, 9, "VPN装置", "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）", None, "別表に記入", yn=False)
ws.cell(row=row, column=4).fill = PatternFill(None)
row += 1
Q2 = [
    (10, "VPN装置", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "vpnUpdated", "保守ベンダが四半期ごとに適用"),
    (11, "VPN装置", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "vpnSourceRestricted", None),
    (12, "VPN装置", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "vpnLogsAudited", "ログ取得のみ"),
    (13, "緊急対応", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "emergencyDrills", None),
    ("14-1", "責任者", "セキュリティ責任者を設置しているか", "securityOfficer", None),
    ("14-2", "責任者", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "securityOfficerSeparate", "医療情報管理室長が兼務"),
]
for no, kind, text, key, note in Q2:
    q(row, no, kind, text, key, answers[key], note)
    row += 1

# 別表: Q9 device table
row += 2
T0 = row
ws.cell(row=T0, column=1, value="別表　設問9　VPN装置一覧（メーカー名・型番・台数）").font = Font(bold=True)
for k, h in enumerate(["No.", "メーカー名", "型番", "台数", "設置場所・用途（任意）"]):
    c = ws.cell(row=T0 + 1, column=1 + k, value=h); c.fill = HEAD; c.border = BOX; c.alignment = CENTER
devices = [("Fortinet", "FortiGate-60F", 2, "サーバ室（電子カルテ保守・HA構成）"),
           ("ヤマハ", "RTX1220", 1, "放射線科（PACS保守）")]
for n in range(5):
    r = T0 + 2 + n
    ws.cell(row=r, column=1, value=n + 1)
    if n < len(devices):
        for k, v in enumerate(devices[n]):
            ws.cell(row=r, column=2 + k, value=v)
    for c in range(1, 6):
        ws.cell(row=r, column=c).border = BOX
    for c in (2, 3, 4):
        ws.cell(row=r, column=c).fill = ANS
ws.cell(row=T0 + 7, column=3, value="合計台数").alignment = Alignment(horizontal="right")
ws.cell(row=T0 + 7, column=4, value=f"=SUM(D{T0 + 2}:D{T0 + 6})").border = BOX
ws.freeze_panes = "A7"
ws.print_title_rows = "6:6"

# 記入要領 sheet
wg = wb.create_sheet("記入要領")
wg.column_dimensions["A"].width = 110
guide = [
    "【記入要領】",
    "1. 回答者の氏名、所属、連絡先を記載してください。後日、厚生労働省より内容確認の連絡をする場合があります。",
    "2. 技術的な質問・用語等については、システム設置事業者や保守事業者への照会も活用して回答してください。",
    "3. 電子カルテシステムを使用していない場合は、設問7まで回答不要です。",
    "4. 設問8でVPN装置が設置されていない場合は、以降の設問は回答不要です。",
    "5. 設問9はVPN装置のメーカー名、型番、台数を全て、別表に1機種1行で記載してください。",
    "6. 設問14は、セキュリティ責任者の設置の有無と、医療情報システムの責任者とは別に配置しているかの2点を回答してください。",
]
for n, t in enumerate(guide):
    wg.cell(row=1 + n, column=1, value=t).alignment = Alignment(wrap_text=True)
wg["A1"].font = Font(bold=True)

wb.save(os.path.join(HERE, NAME + ".xlsx"))

values = {"respondent": resp}
values.update(answers)
values["vpnDevices"] = [dict(maker=m, model=mo, count=c) for m, mo, c, _ in devices]
expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": values,
    "planted": [],
    "notes": (f"Sheet 回答票: Q1 in rows 7-9 (C=label, D=value); Q2-Q8 rows 10-16; Q9 row 17 says '別表に記入' and the "
              f"devices are in the 別表 table rows {T0 + 2}-{T0 + 6} (two filled); the 合計台数 cell D{T0 + 7} is a =SUM formula "
              "with no cached value (not a key). Q14 is split into 14-1 (securityOfficer) and 14-2 (securityOfficerSeparate). "
              "Column E 備考 notes are free remarks, not keys. 記入要領 sheet is instructions only."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", R)

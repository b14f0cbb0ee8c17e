#!/usr/bin/python3
"""Generator for bv-w44-a-questionnaire-dropdown-rows.xlsx (blind test workbook).

Layout: a prefecture-distributed questionnaire: a 記入要領 sheet first, then 回答票 with
No. | 設問 | 回答 | 備考, はい/いいえ drop-downs, Q1 split in three sub-rows, Q9 as a small
maker/model/count table inside the questionnaire with a =SUM total (openpyxl: no cached value),
Q14 as two sub-rows. Filled completely and correctly, no planted problem.
"""
import sys, os, json
sys.path.insert(0, "/tmp/blindlib44")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w44-a-questionnaire-dropdown-rows"
XLSX = os.path.join(HERE, NAME + ".xlsx")
SHEET = "回答票"

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
ANS = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
guide = wb.active
guide.title = "記入要領"
guide.column_dimensions["A"].width = 110
lines = [
    "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　記入要領",
    "",
    "・「回答票」シートの黄色のセルに回答してください。はい/いいえはプルダウンから選択してください。",
    "・技術的な質問・用語等については、院内担当者だけでなく、システム設置事業者や保守事業者への照会等も活用して回答してください。",
    "・設問3で「いいえ」（電子カルテシステムを使用していない）の場合は、設問4～7は回答不要です。",
    "・設問8で「いいえ」（VPN装置が存在しない）の場合は、設問9以降は回答不要です。",
    "・設問9はVPN装置のメーカー名、型番、台数をすべて記載してください（行が足りない場合は行を挿入してください）。",
    "・後日内容確認のため、厚生労働省より回答者に連絡する場合があります。",
]
for i, t in enumerate(lines, 1):
    guide.cell(row=i, column=1, value=t)
guide["A1"].font = Font(bold=True, size=13)

ws = wb.create_sheet(SHEET)
for col, w in zip("ABCDEF", [7, 64, 20, 20, 10, 28]):
    ws.column_dimensions[col].width = w
ws["A1"] = "バックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "病院名"
ws.merge_cells("B2:C2")
ws["B2"] = "八戸みなみ中央病院"
ws["D2"] = "回答日"
ws["E2"] = "R6.2.9"
for c in ("A2", "B2", "C2", "D2", "E2"):
    ws[c].border = B

hdr = ["No.", "設問", "回答", "", "", "備考"]
for i, h in enumerate(hdr):
    ws.cell(row=4, column=1 + i, value=h)
ws.merge_cells("C4:E4")
for row in ws["A4:F4"]:
    for c in row:
        c.border = B
        c.fill = HEAD
        c.alignment = CEN

r = 5
ans_cells = []


def q(no, text, answer=None, note=None, merge=True):
    global r
    ws.cell(row=r, column=1, value=no)
    ws.cell(row=r, column=2, value=text)
    if merge:
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
    if answer is not None:
        ws.cell(row=r, column=3, value=answer)
    if note:
        ws.cell(row=r, column=6, value=note)
    for c in range(1, 7):
        cell = ws.cell(row=r, column=c)
        cell.border = B
        cell.alignment = WRAP
    ws.cell(row=r, column=1).alignment = CEN
    ws.cell(row=r, column=3).fill = ANS
    ref = f"C{r}"
    r += 1
    return ref


ws.cell(row=r, column=1, value="【電子カルテシステムのバックアップに係る質問関係】").font = Font(bold=True)
r += 1
q("1-1", "1. 回答者の情報　氏名", "千葉 真理子")
q("1-2", "1. 回答者の情報　所属", "事務部 医療情報管理室 主任")
q("1-3", "1. 回答者の情報　連絡先", "0178-22-3141（内線215）\nchiba-m@hachinohe-minami.jp")
yesno = []
yesno.append(q("2", "2. 医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか",
               "はい"))
yesno.append(q("3", "3. 電子カルテシステムを使用しているか（「いいえ」の場合は7.まで回答不要）", "はい"))
yesno.append(q("4", "4. 診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）",
               "はい"))
yesno.append(q("5", "5. バックアップデータは世代管理しているか", "はい", "日次・7世代"))
yesno.append(q("6", "6. バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を"
                    "回避する方法で管理しているか", "はい", "週1回テープを別棟保管"))
yesno.append(q("7", "7. バックアップデータの漏洩対策を講じているか", "いいえ", "暗号化は次回更改時に検討"))
ws.cell(row=r, column=1, value="【リモートゲートウェイ装置に係る質問関係】").font = Font(bold=True)
r += 1
yesno.append(q("8", "8. VPN装置が存在するか（「いいえ」の場合は以降の設問は回答不要）", "はい"))

# Q9 table
q9 = r
ws.cell(row=r, column=1, value="9")
ws.cell(row=r, column=2, value="9. VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）")
ws.cell(row=r, column=3, value="メーカー名")
ws.cell(row=r, column=4, value="型番")
ws.cell(row=r, column=5, value="台数")
for c in range(1, 7):
    ws.cell(row=r, column=c).border = B
    ws.cell(row=r, column=c).alignment = CEN if c != 2 else WRAP
for c in (3, 4, 5):
    ws.cell(row=r, column=c).fill = HEAD
r += 1
VPN = [dict(maker="Fortinet", model="FortiGate 60F", count=1),
       dict(maker="ヤマハ", model="RTX1220", count=2)]
first = r
for i in range(4):
    ws.cell(row=r, column=2, value=f"　VPN装置{i + 1}")
    if i < len(VPN):
        ws.cell(row=r, column=3, value=VPN[i]["maker"])
        ws.cell(row=r, column=4, value=VPN[i]["model"])
        ws.cell(row=r, column=5, value=VPN[i]["count"])
    for c in range(1, 7):
        ws.cell(row=r, column=c).border = B
    for c in (3, 4, 5):
        ws.cell(row=r, column=c).fill = ANS
    r += 1
ws.cell(row=r, column=2, value="　合計台数")
ws.cell(row=r, column=5, value=f"=SUM(E{first}:E{r - 1})")
for c in range(1, 7):
    ws.cell(row=r, column=c).border = B
ws.merge_cells(start_row=q9, start_column=1, end_row=r, end_column=1)
ws.cell(row=q9, column=1).alignment = CEN
r += 1

yesno.append(q("10", "10. 内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを"
                     "適切に行っているか", "はい", "保守業者が四半期ごとに適用"))
yesno.append(q("11", "11. VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい"))
yesno.append(q("12", "12. VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "ログ取得のみ"))
yesno.append(q("13", "13. 詳細な緊急対応手順を整備し、定期的に訓練しているか", "はい", "令和5年11月に訓練実施"))
yesno.append(q("14-1", "14. セキュリティ責任者を設置しているか", "はい"))
yesno.append(q("14-2", "14. セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ",
               "医療情報管理室長が兼務"))

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
for ref in yesno:
    dv.add(ref)
ws.freeze_panes = "A5"
wb.active = 1
wb.save(XLSX)

expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "respondent": {"name": "千葉 真理子", "department": "事務部 医療情報管理室 主任",
                       "contact": "0178-22-3141（内線215）\nchiba-m@hachinohe-minami.jp"},
        "usesGuidelines": "はい",
        "usesEhr": "はい",
        "backupTested": "はい",
        "generationsKept": "はい",
        "disasterSeparated": "はい",
        "leakProtected": "いいえ",
        "vpnPresent": "はい",
        "vpnDevices": VPN,
        "vpnUpdated": "はい",
        "vpnSourceRestricted": "はい",
        "vpnLogsAudited": "いいえ",
        "emergencyDrills": "はい",
        "securityOfficer": "はい",
        "securityOfficerSeparate": "いいえ",
    },
    "planted": [],
    "notes": ("Q9 laid out as rows (メーカー名/型番/台数) with two filled rows and two empty rows; the 合計台数 row "
              "holds =SUM(...) saved by openpyxl without a cached value (it is a total, not a device row). "
              "Q14 has two sub-rows 14-1 / 14-2. 病院名 and 回答日 (R6.2.9) in the header are not form keys. "
              "The 備考 column holds free comments, not answers. First sheet 記入要領 is instructions only."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", XLSX)

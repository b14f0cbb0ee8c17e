# Generator for bv-w31-a-questionnaire-vpn-table.xlsx (blind test workbook, wave 31)
# Role: a prefecture office (岡山県 医療推進課 style) that turned the MHLW answering guide into a
# No. | 設問 | 回答 | 備考 questionnaire with a 記入要領 sheet; Q9 is a second table below the questions with a
# SUM total (openpyxl formula, no cached value). Filled completely and correctly by a hospital.
# Run: PYTHONPATH=/tmp/w31lib /usr/bin/python3 bv-w31-a-questionnaire-vpn-table.py
import json
import os
import sys

sys.path.insert(0, "/tmp/w31lib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w31-a-questionnaire-vpn-table"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="BDD7EE")
SEC = PatternFill("solid", fgColor="F2F2F2")
ANS = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
S = "回答票"


def put(ws, ref, v=None, fill=None, align=WRAP, bold=False, box=True):
    c = ws[ref]
    if v is not None:
        c.value = v
    if fill:
        c.fill = fill
    c.alignment = align
    if bold:
        c.font = Font(bold=True)
    if box:
        c.border = BOX
    return c


def boxrange(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


respondent = {"name": "藤原 真由美", "department": "医療情報管理室",
              "contact": "086-274-3315（直通） fujiwara@asahigaoka-hp.or.jp"}
answers = {
    "usesGuidelines": "はい", "usesEhr": "はい", "backupTested": "はい", "generationsKept": "はい",
    "disasterSeparated": "いいえ", "leakProtected": "はい", "vpnPresent": "はい", "vpnUpdated": "はい",
    "vpnSourceRestricted": "はい", "vpnLogsAudited": "いいえ", "emergencyDrills": "いいえ",
    "securityOfficer": "はい", "securityOfficerSeparate": "いいえ",
}
remarks = {
    "generationsKept": "日次バックアップ 7世代",
    "disasterSeparated": "院内サーバ室のNASのみ。遠隔地保管を検討中",
    "leakProtected": "バックアップ媒体はAES暗号化",
    "vpnLogsAudited": "ログは取得しているが定期的な分析は未実施",
    "securityOfficer": "医療情報管理室長が兼務",
}
vpn_devices = [
    {"maker": "ヤマハ", "model": "RTX1210", "count": 2},
    {"maker": "Fortinet", "model": "FortiGate 60F", "count": 1},
    {"maker": "NEC", "model": "UNIVERGE IX2215", "count": 1},
]
QUESTIONS = [  # (no, text, key)
    ("2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "usesGuidelines"),
    ("3", "電子カルテシステムを使用しているか\n（「いいえ」の場合は設問7まで回答不要）", "usesEhr"),
    ("4", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "backupTested"),
    ("5", "バックアップデータは世代管理しているか", "generationsKept"),
    ("6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "disasterSeparated"),
    ("7", "バックアップデータの漏洩対策を講じているか", "leakProtected"),
    ("SEC", "【リモートゲートウェイ装置に係る質問関係】　院内のサーバ室等を確認し、VPN装置が存在するか確認してください。", None),
    ("8", "VPN装置が存在するか\n（「いいえ」の場合は以降の設問は回答不要）", "vpnPresent"),
    ("9", "VPN装置のメーカー名、型番、台数を全て記載すること\n→ 下欄「設問9 VPN装置一覧」に記入", None),
    ("10", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "vpnUpdated"),
    ("11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "vpnSourceRestricted"),
    ("12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "vpnLogsAudited"),
    ("13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "emergencyDrills"),
    ("14-1", "セキュリティ責任者を設置しているか", "securityOfficer"),
    ("14-2", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "securityOfficerSeparate"),
]

wb = Workbook()
ws = wb.active
ws.title = S
ws.sheet_view.showGridLines = False
for col, w in zip("ABCDE", [7, 58, 14, 12, 34]):
    ws.column_dimensions[col].width = w
put(ws, "A1", "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票",
    bold=True, box=False, align=Alignment(vertical="center"))
ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A2:E2")
put(ws, "A2", "※「回答要領」シートを必ずご確認のうえ、回答欄（黄色）はプルダウンから「はい」「いいえ」を選択してください。"
    "技術的な事項はシステム設置事業者・保守事業者にもご確認ください。", box=False)
ws.row_dimensions[2].height = 30
put(ws, "A4", "医療機関名", HEAD, CEN)
ws.merge_cells("B4:E4")
put(ws, "B4", "医療法人旭ヶ丘会 旭ヶ丘病院", ANS)
boxrange(ws, "A4:E4")

put(ws, "A6", "No.", HEAD, CEN)
ws.merge_cells("B6:C6")
put(ws, "B6", "設問", HEAD, CEN)
put(ws, "D6", "回答", HEAD, CEN)
put(ws, "E6", "備考", HEAD, CEN)
boxrange(ws, "A6:E6")
ws.merge_cells("A7:E7")
put(ws, "A7", "【電子カルテシステムのバックアップに係る質問関係】", SEC, bold=True)
boxrange(ws, "A7:E7")
# Q1: three sub rows, the answer goes across D:E
ws.merge_cells("A8:A10")
put(ws, "A8", "1", align=CEN)
cells = {}
for i, (lab, key) in enumerate([("回答者の情報　氏名", "name"), ("回答者の情報　所属", "department"),
                                ("回答者の情報　連絡先（電話・メール）", "contact")]):
    r = 8 + i
    ws.merge_cells(f"B{r}:C{r}")
    put(ws, f"B{r}", lab)
    ws.merge_cells(f"D{r}:E{r}")
    put(ws, f"D{r}", respondent[key], ANS)
    cells["respondent." + key] = f"D{r}"
boxrange(ws, "A8:E10")
r = 11
dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
for no, text, key in QUESTIONS:
    if no == "SEC":
        ws.merge_cells(f"A{r}:E{r}")
        put(ws, f"A{r}", text, SEC, bold=True)
        boxrange(ws, f"A{r}:E{r}")
        ws.row_dimensions[r].height = 30
        r += 1
        continue
    put(ws, f"A{r}", no, align=CEN)
    ws.merge_cells(f"B{r}:C{r}")
    put(ws, f"B{r}", text)
    if key:
        put(ws, f"D{r}", answers[key], ANS, CEN)
        dv.add(f"D{r}")
        cells[key] = f"D{r}"
        put(ws, f"E{r}", remarks.get(key))
    else:
        put(ws, f"D{r}", "下欄に記入", align=CEN)
        put(ws, f"E{r}", None)
    boxrange(ws, f"A{r}:E{r}")
    ws.row_dimensions[r].height = 45 if len(text) > 40 else 30
    r += 1

# second table: Q9 device list
r += 1
put(ws, f"A{r}", "設問9　VPN装置一覧（メーカー名・型番・台数を全て記載）", bold=True, box=False,
    align=Alignment(vertical="center"))
r += 1
for col, h in zip("ABCD", ["No.", "メーカー名", "型番", "台数"]):
    put(ws, f"{col}{r}", h, HEAD, CEN)
hdr = r
dev_rows = []
for i in range(5):
    r += 1
    put(ws, f"A{r}", i + 1, align=CEN)
    d = vpn_devices[i] if i < len(vpn_devices) else {}
    put(ws, f"B{r}", d.get("maker"), ANS)
    put(ws, f"C{r}", d.get("model"), ANS)
    put(ws, f"D{r}", d.get("count"), ANS, CEN)
    if d:
        dev_rows.append(r)
r += 1
put(ws, f"A{r}", "合計", align=CEN)
ws.merge_cells(f"B{r}:C{r}")
put(ws, f"B{r}", None)
put(ws, f"D{r}", f"=SUM(D{hdr + 1}:D{r - 1})", align=CEN)
boxrange(ws, f"A{r}:D{r}")
ws.print_area = f"A1:E{r}"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

# 記入要領 sheet (summary of the MHLW guide)
wg = wb.create_sheet("回答要領")
wg.column_dimensions["A"].width = 110
guide = [
    "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答要領（抜粋）",
    "・回答に当たっては、提出後の修正等作業をできるだけ防ぐため、必ず回答要領を確認してください。",
    "・技術的な質問・用語等については、院内担当者だけでなく、システム設置事業者や保守事業者への照会等も活用して回答してください。",
    "1. 回答者の氏名、所属、連絡先を記載してください。後日、厚生労働省より回答者に連絡をさせていただく可能性があります。",
    "3. 電子カルテシステムを使用していない場合は、7. まで回答不要となります。",
    "5. 世代管理とは最新のバックアップデータだけでなく、それ以前のバックアップデータも管理することを指します。",
    "8. VPN装置が設置されていない場合は、以降の設問は回答不要となります。",
    "9. 上記で確認したVPN装置のメーカー名、型番、台数を全て記載してください。（記述方式）",
    "14. セキュリティ責任者を職員として配置しているか、また医療情報システムの責任者とは別に配置しているか、それぞれ回答してください。",
]
for i, t in enumerate(guide):
    c = wg.cell(row=1 + i, column=1, value=t)
    c.alignment = Alignment(wrap_text=True)
    if i == 0:
        c.font = Font(bold=True)

wb.active = 0
out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)

values = {"respondent": respondent}
values.update(answers)
values["vpnDevices"] = vpn_devices
expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": values,
    "planted": [],
    "notes": ("Questionnaire layout on 回答票: Q1 in D8:D10, Q2-Q8 and Q10-Q14 answers in column D "
              f"(Q14 is split into 14-1 = securityOfficer, 14-2 = securityOfficerSeparate). Q9 is answered in the "
              f"table 'VPN装置一覧' below (rows {dev_rows[0]}-{dev_rows[-1]}); its 合計 row holds =SUM without a "
              "cached value and is not a device. Header 医療機関名 (医療法人旭ヶ丘会 旭ヶ丘病院) has no key. Sheet 回答要領 is instructions only."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("ok", cells, dev_rows)

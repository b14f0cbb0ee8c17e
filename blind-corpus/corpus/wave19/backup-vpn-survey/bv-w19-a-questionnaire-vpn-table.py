#!/usr/bin/python3
"""bv-w19-a: MHLW backup / remote-gateway survey drawn as a questionnaire (No. | 設問 | 回答 | 備考) with
drop-downs, Q1 split into three rows, Q9 as a maker/model/count table with a SUM total (openpyxl, no cached
value), Q14 as two rows. Filled completely and correctly (no planted problem)."""
import datetime, json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave19/backup-vpn-survey"
NAME = "bv-w19-a-questionnaire-vpn-table"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
SEC = PatternFill("solid", fgColor="FCE4D6")
ANS = PatternFill("solid", fgColor="FFFFE0")
WRAP = Alignment(wrap_text=True, vertical="center")

wb = Workbook()
ws = wb.active
ws.title = "回答票"
ws.column_dimensions["A"].width = 7
ws.column_dimensions["B"].width = 62
ws.column_dimensions["C"].width = 26
ws.column_dimensions["D"].width = 30

ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "※「回答要領」を必ず確認のうえ回答してください。回答欄（黄色）はプルダウンから選択してください。"
ws["A4"] = "病院名"
ws["B4"] = "藤沢かもめ浜病院"
ws["A5"] = "回答日"
ws["B5"] = datetime.date(2024, 2, 20)
ws["B5"].number_format = "yyyy/m/d"
for r in (4, 5):
    ws[f"A{r}"].fill = HEAD
    ws[f"A{r}"].border = BOX
    ws[f"B{r}"].border = BOX

for k, h in enumerate(["No.", "設問", "回答", "備考"], 1):
    c = ws.cell(row=7, column=k, value=h)
    c.fill = HEAD
    c.font = Font(bold=True)
    c.border = BOX
    c.alignment = Alignment(horizontal="center")

yn = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(yn)

row = 8
ANSWER_CELLS = {}


def section(title):
    global row
    ws.merge_cells(f"A{row}:D{row}")
    ws[f"A{row}"] = title
    ws[f"A{row}"].fill = SEC
    ws[f"A{row}"].font = Font(bold=True)
    row += 1


def q(no, text, answer, note=None, key=None, dv=True):
    global row
    ws[f"A{row}"] = no
    ws[f"B{row}"] = text
    ws[f"C{row}"] = answer
    ws[f"C{row}"].fill = ANS
    if note:
        ws[f"D{row}"] = note
    for col in "ABCD":
        ws[f"{col}{row}"].border = BOX
        ws[f"{col}{row}"].alignment = WRAP
    ws[f"A{row}"].alignment = Alignment(horizontal="center", vertical="center")
    if dv:
        yn.add(f"C{row}")
    if key:
        ANSWER_CELLS[key] = f"C{row}"
    row += 1


section("【電子カルテシステムのバックアップに係る質問関係】")
q("1-1", "回答者の情報　氏名", "渡辺 直樹", key="respondent.name", dv=False)
q("1-2", "回答者の情報　所属", "事務局 医療情報課", key="respondent.department", dv=False)
q("1-3", "回答者の情報　連絡先", "TEL 0466-23-4510（直通）\nn-watanabe@kamomehama-hp.jp", key="respondent.contact",
  dv=False)
ws.row_dimensions[row - 1].height = 32
q("2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい",
  key="usesGuidelines")
q("3", "電子カルテシステムを使用しているか", "はい", "「いいえ」の場合、7.まで回答不要", key="usesEhr")
q("4", "診療行為を停止させないためのバックアップデータは作成しているか（定期的なテストを含む）", "はい", key="backupTested")
q("5", "バックアップデータは世代管理しているか", "はい", "日次バックアップ 7世代", key="generationsKept")
q("6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
  "いいえ", "院内サーバ室のNASのみ。遠隔地保管を検討中", key="disasterSeparated")
q("7", "バックアップデータの漏洩対策を講じているか", "はい", "暗号化", key="leakProtected")
section("【リモートゲートウェイ装置に係る質問関係】")
q("8", "VPN装置が存在するか", "はい", "「いいえ」の場合、以降の設問は回答不要", key="vpnPresent")
q("9", "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式：下表に記入）", "下表のとおり", dv=False)
# Q9 table
t0 = row
for k, h in enumerate(["", "メーカー名", "型番", "台数"], 1):
    c = ws.cell(row=row, column=k, value=h if h else None)
    c.fill = HEAD
    c.border = BOX
row += 1
vpn = [("Fortinet", "FortiGate-60F", 2), ("ヤマハ", "RTX1210", 1)]
first = row
for i, (m, mo, n) in enumerate(vpn):
    ws.cell(row=row, column=1, value=f"9-{i + 1}")
    ws.cell(row=row, column=2, value=m)
    ws.cell(row=row, column=3, value=mo)
    ws.cell(row=row, column=4, value=n)
    for col in range(1, 5):
        ws.cell(row=row, column=col).border = BOX
    row += 1
for i in range(2):  # spare rows left empty
    ws.cell(row=row, column=1, value=f"9-{len(vpn) + i + 1}")
    for col in range(1, 5):
        ws.cell(row=row, column=col).border = BOX
    row += 1
ws.cell(row=row, column=3, value="合計台数")
ws.cell(row=row, column=4, value=f"=SUM(D{first}:D{row - 1})")
for col in (3, 4):
    ws.cell(row=row, column=col).border = BOX
row += 1
q("10", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか",
  "はい", key="vpnUpdated")
q("11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい", key="vpnSourceRestricted")
q("12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "ログは保存しているが分析は未実施",
  key="vpnLogsAudited")
q("13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ", key="emergencyDrills")
q("14-1", "セキュリティ責任者を設置しているか", "はい", key="securityOfficer")
q("14-2", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "情報課長が兼務",
  key="securityOfficerSeparate")
ws.print_area = f"A1:D{row - 1}"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

wb.save(os.path.join(OUT, NAME + ".xlsx"))

vals = {
    "respondent": {"name": "渡辺 直樹", "department": "事務局 医療情報課",
                   "contact": "TEL 0466-23-4510（直通）\nn-watanabe@kamomehama-hp.jp"},
    "usesGuidelines": "はい", "usesEhr": "はい", "backupTested": "はい", "generationsKept": "はい",
    "disasterSeparated": "いいえ", "leakProtected": "はい", "vpnPresent": "はい",
    "vpnDevices": [{"maker": m, "model": mo, "count": n} for m, mo, n in vpn],
    "vpnUpdated": "はい", "vpnSourceRestricted": "はい", "vpnLogsAudited": "いいえ", "emergencyDrills": "いいえ",
    "securityOfficer": "はい", "securityOfficerSeparate": "いいえ",
}
expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": vals,
    "planted": [],
    "notes": ("Questionnaire layout on one sheet 回答票 (No. | 設問 | 回答 | 備考), answers in column C. Q1 is three rows "
              "1-1/1-2/1-3; 連絡先 has a line break inside the cell. Q9 is a table (rows 9-1, 9-2 filled, 9-3/9-4 "
              "empty) with a =SUM 合計台数 formula saved by openpyxl without a cached value. Q14 is two rows 14-1/14-2. "
              "病院名 and 回答日 (2024/2/20) in the header are not form keys. 備考 column holds free comments."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("done", ANSWER_CELLS)

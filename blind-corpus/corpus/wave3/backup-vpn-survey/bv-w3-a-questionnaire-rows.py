#!/usr/bin/python3
# Generator for bv-w3-a-questionnaire-rows.xlsx
# Role: a prefecture's 医療政策課 re-issuing the MHLW survey to its hospitals as a questionnaire workbook
# (記入要領 sheet + 回答 sheet No. | 設問 | 回答 | 補足, drop-downs from a hidden sheet, Q9 as a device table with an
# openpyxl SUM total without cached value); filled completely and correctly by a 400-bed hospital. No planted problem.
import json, os, datetime
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w3-a-questionnaire-rows"
thin = Side(style="thin"); BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2"); SEC = PatternFill("solid", fgColor="FCE4D6")
ANS = PatternFill("solid", fgColor="FFFFE0")
WRAP = Alignment(wrap_text=True, vertical="center")

respondent = {"name": "田中 美穂", "department": "医療情報部 医療情報管理室",
              "contact": "TEL 086-231-5580（内線2210） / tanaka-m@kibi-general.example.jp"}
ans = {"usesGuidelines": "はい", "usesEhr": "はい", "backupTested": "はい", "generationsKept": "はい",
       "disasterSeparated": "いいえ", "leakProtected": "はい", "vpnPresent": "はい", "vpnUpdated": "はい",
       "vpnSourceRestricted": "はい", "vpnLogsAudited": "いいえ", "emergencyDrills": "いいえ",
       "securityOfficer": "はい", "securityOfficerSeparate": "いいえ"}
devices = [{"maker": "Fortinet", "model": "FortiGate 100F", "count": 1},
           {"maker": "ヤマハ", "model": "RTX1220", "count": 2},
           {"maker": "Cisco", "model": "ISR1111-4P", "count": 1}]

wb = Workbook()
# ------------------------------------------------------------------ 記入要領
wi = wb.active; wi.title = "記入要領"
guide = [
    "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　記入要領",
    "",
    "1. 「回答」シートの黄色の欄に記入してください。はい／いいえの欄はプルダウンから選択してください。",
    "2. 技術的な質問・用語等については、院内担当者だけでなく、システム設置事業者や保守事業者への照会等も活用してください。",
    "3. 設問3で「いいえ」（電子カルテシステムを使用していない）の場合、設問4～7は回答不要です。",
    "4. 設問8で「いいえ」（VPN装置が存在しない）の場合、設問9以降は回答不要です。",
    "5. 設問9はVPN装置ごとに1行ずつ、メーカー名・型番・台数を記入してください（行が足りない場合は挿入してください）。",
    "6. 設問14は「設置しているか」と「医療情報システムの責任者とは別に配置しているか」の2つに回答してください。",
    "7. 回答者には後日、厚生労働省から内容確認の連絡をする場合があります。",
]
for i, t in enumerate(guide):
    wi.cell(1 + i, 1, t)
wi["A1"].font = Font(bold=True, size=13)
wi.column_dimensions["A"].width = 110

# ------------------------------------------------------------------ 回答
ws = wb.create_sheet("回答")
for col, w in zip("ABCDE", [7, 62, 16, 16, 30]):
    ws.column_dimensions[col].width = w
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "病院名"; ws["B2"] = "一般財団法人 吉備医療会 吉備総合病院"
ws["A3"] = "回答日"; ws["B3"] = datetime.date(2024, 6, 20); ws["B3"].number_format = "yyyy/m/d"
ws["A3"].font = ws["A2"].font = Font(bold=True)
ws["A5"] = "No."; ws["B5"] = "設問"; ws["C5"] = "回答"; ws.merge_cells("C5:D5"); ws["E5"] = "補足"
for c in ws[5]:
    c.fill = HEAD; c.font = Font(bold=True); c.border = BOX
r = 6
cells = {}


def section(title):
    global r
    ws.cell(r, 1, title); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.cell(r, 1).fill = SEC; ws.cell(r, 1).font = Font(bold=True)
    r += 1


def q(no, text, key=None, value=None, note=None, merge=True):
    global r
    ws.cell(r, 1, no); ws.cell(r, 2, text).alignment = WRAP
    if merge:
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    if value is not None:
        ws.cell(r, 3, value)
    ws.cell(r, 3).fill = ANS
    if key:
        cells[key] = f"回答!C{r}"
    if note:
        ws.cell(r, 5, note).alignment = WRAP
    for col in range(1, 6):
        ws.cell(r, col).border = BOX
    ws.row_dimensions[r].height = 30
    r += 1


section("【電子カルテシステムのバックアップに係る質問関係】")
ws.cell(r, 1, "1"); ws.cell(r, 2, "回答者の情報（氏名、所属、連絡先）"); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
ws.cell(r, 2).font = Font(bold=True); r += 1
q("1-1", "　氏名", "respondent.name", respondent["name"])
q("1-2", "　所属", "respondent.department", respondent["department"])
q("1-3", "　連絡先（電話番号・メールアドレス）", "respondent.contact", respondent["contact"])
q("2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "usesGuidelines",
  ans["usesGuidelines"])
q("3", "電子カルテシステムを使用しているか", "usesEhr", ans["usesEhr"], "「いいえ」の場合、4～7は回答不要")
q("4", "診療行為を停止させないためのバックアップデータを作成し、定期的にテストしているか", "backupTested", ans["backupTested"])
q("5", "バックアップデータは世代管理しているか", "generationsKept", ans["generationsKept"], "例：日次バックアップを7世代保持")
q("6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
  "disasterSeparated", ans["disasterSeparated"], "院内サーバ室内のNASのみ。遠隔保管は検討中")
q("7", "バックアップデータの漏洩対策（暗号化や秘密分散管理等）を講じているか", "leakProtected", ans["leakProtected"] + " ")
section("【リモートゲートウェイ装置に係る質問関係】")
q("8", "VPN装置が存在するか", "vpnPresent", ans["vpnPresent"], "「いいえ」の場合、9以降は回答不要")
ws.cell(r, 1, "9"); ws.cell(r, 2, "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）").alignment = WRAP
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5); r += 1
ws.cell(r, 2, "メーカー名"); ws.cell(r, 3, "型番"); ws.cell(r, 4, "台数")
for col in (2, 3, 4):
    ws.cell(r, col).fill = HEAD; ws.cell(r, col).border = BOX
r += 1
dev_first = r
for d in devices:
    ws.cell(r, 2, d["maker"]); ws.cell(r, 3, d["model"])
    ws.cell(r, 4, str(d["count"]) if d["model"] == "ISR1111-4P" else d["count"])  # one count typed as text
    for col in (2, 3, 4):
        ws.cell(r, col).border = BOX; ws.cell(r, col).fill = ANS
    r += 1
for _ in range(2):  # spare empty rows
    for col in (2, 3, 4):
        ws.cell(r, col).border = BOX; ws.cell(r, col).fill = ANS
    r += 1
ws.cell(r, 3, "合計"); ws.cell(r, 4, f"=SUM(D{dev_first}:D{r - 1})")  # no cached value (openpyxl)
r += 1
q("10", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "vpnUpdated", ans["vpnUpdated"])
q("11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "vpnSourceRestricted", ans["vpnSourceRestricted"])
q("12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "vpnLogsAudited", ans["vpnLogsAudited"],
  "ログは取得しているが定期的な分析は未実施")
q("13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "emergencyDrills", ans["emergencyDrills"])
ws.cell(r, 1, "14"); ws.cell(r, 2, "セキュリティ責任者を設置しているか"); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
ws.cell(r, 2).font = Font(bold=True); r += 1
q("14-1", "　セキュリティ責任者を職員として配置しているか", "securityOfficer", ans["securityOfficer"])
q("14-2", "　セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "securityOfficerSeparate",
  ans["securityOfficerSeparate"], "医療情報部長が兼務")

# hidden list + validation
wh = wb.create_sheet("選択肢"); wh["A1"] = "はい"; wh["A2"] = "いいえ"; wh.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
for k, ref in cells.items():
    if not k.startswith("respondent"):
        dv.add(ref.split("!")[1])
ws.print_area = f"A1:E{r}"
wb.active = 1
wb.save(os.path.join(HERE, NAME + ".xlsx"))

values = {"respondent": respondent}
values.update(ans)
values["vpnDevices"] = devices
# reorder for readability
order = ["respondent", "usesGuidelines", "usesEhr", "backupTested", "generationsKept", "disasterSeparated",
         "leakProtected", "vpnPresent", "vpnDevices", "vpnUpdated", "vpnSourceRestricted", "vpnLogsAudited",
         "emergencyDrills", "securityOfficer", "securityOfficerSeparate"]
values = {k: values[k] for k in order}
expected = {
    "form": "backup-vpn-survey", "version": "R6", "file": NAME + ".xlsx", "values": values, "planted": [],
    "notes": ("Q9 laid out as rows (メーカー名/型番/台数) with two empty spare rows and a 合計 row whose =SUM formula has no "
              "cached value (openpyxl) — the 合計 row is not a device. The ISR1111-4P count is a text cell \"1\". Q7's "
              "answer is \"はい \" with a trailing space. 病院名 and 回答日 (2024-06-20) are on the sheet but have no key. "
              "Sheet 選択肢 is hidden; 記入要領 is an instructions sheet."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print(json.dumps(cells, ensure_ascii=False))

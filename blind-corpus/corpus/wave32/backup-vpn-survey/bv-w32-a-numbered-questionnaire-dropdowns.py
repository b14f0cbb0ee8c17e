# Generator for bv-w32-a-numbered-questionnaire-dropdowns.xlsx
# Role: prefecture office (医務課) forwarding the MHLW backup / remote-gateway survey as an Excel
# questionnaire: title block and notes, No. | 設問 | 回答 | 備考 table with はい/いいえ dropdowns, Q1 split into
# 1-1..1-3, Q9 as a maker / model / count sub-table with a SUM total (formula, no cached value), Q14 as 14-1/14-2,
# plus a 回答要領 sheet. Filled completely and correctly by a hospital's information-management officer.
# Run: PYTHONPATH=/tmp/lds-bv-py /usr/bin/python3 bv-w32-a-numbered-questionnaire-dropdowns.py
import datetime, json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w32-a-numbered-questionnaire-dropdowns"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
SEC = PatternFill("solid", fgColor="F2F2F2")
ANS = PatternFill("solid", fgColor="FFFFE0")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "回答票"
for c, w in zip("ABCDEF", [7, 62, 16, 16, 8, 28]):
    ws.column_dimensions[c].width = w
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "※回答は「回答要領」シートを確認のうえ、黄色のセルにプルダウンで「はい」「いいえ」を選択してください。"
ws["A3"] = "※設問3で「いいえ」の場合は設問7まで、設問8で「いいえ」の場合は以降の設問の回答は不要です。"
for r in (2, 3):
    ws[f"A{r}"].font = Font(size=9, color="C00000")
ws["A5"] = "医療機関名"
ws.merge_cells("A5:B5")
ws["C5"] = "医療法人 丸亀協立会 丸亀協立病院"
ws.merge_cells("C5:F5")
ws["A6"] = "回答日"
ws.merge_cells("A6:B6")
ws["C6"] = datetime.date(2024, 2, 9)
ws["C6"].number_format = "yyyy/m/d"
for row in ws["A5:F6"]:
    for c in row:
        c.border = BOX
ws["A5"].fill = HEAD
ws["A6"].fill = HEAD

for k, h in enumerate(["No.", "設問", "回答", "", "", "備考"]):
    ws.cell(row=8, column=1 + k, value=h)
ws.merge_cells("C8:E8")
for row in ws["A8:F8"]:
    for c in row:
        c.border = BOX; c.fill = HEAD; c.alignment = CENTER; c.font = Font(bold=True)

r = 9
cells = {}


def section(title):
    global r
    ws.cell(row=r, column=1, value=title)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    for c in ws[f"A{r}:F{r}"][0]:
        c.fill = SEC; c.border = BOX; c.font = Font(bold=True)
    r += 1


def q(no, text, key=None, answer=None, note=None, yesno=True):
    global r
    ws.cell(row=r, column=1, value=no)
    ws.cell(row=r, column=2, value=text)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
    if answer is not None:
        ws.cell(row=r, column=3, value=answer)
    if note:
        ws.cell(row=r, column=6, value=note)
    for c in ws[f"A{r}:F{r}"][0]:
        c.border = BOX; c.alignment = WRAP
    ws.cell(row=r, column=1).alignment = CENTER
    ws.cell(row=r, column=3).fill = ANS
    if yesno:
        ws.cell(row=r, column=3).alignment = CENTER
        yn.add(f"C{r}")
    if key:
        cells[key] = f"C{r}"
    ws.row_dimensions[r].height = 30
    r += 1


yn = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(yn)

resp = {"name": "山下 正樹",
        "department": "事務部 医療情報管理室 室長",
        "contact": "TEL 0877-22-5151（内線302）\nyamashita-m@marugame-kyoritsu.or.jp"}
ans = {"usesGuidelines": "はい", "usesEhr": "はい", "backupTested": "はい", "generationsKept": "はい",
       "disasterSeparated": "いいえ", "leakProtected": "はい", "vpnPresent": "はい", "vpnUpdated": "はい",
       "vpnSourceRestricted": "はい", "vpnLogsAudited": "いいえ", "emergencyDrills": "いいえ",
       "securityOfficer": "はい", "securityOfficerSeparate": "いいえ"}
vpn = [{"maker": "フォーティネット", "model": "FortiGate 60F", "count": 1},
       {"maker": "ヤマハ", "model": "RTX1220", "count": 2}]

section("【電子カルテシステムのバックアップに係る質問関係】")
q("1-1", "回答者の情報：氏名", "respondent.name", resp["name"], yesno=False)
q("1-2", "回答者の情報：所属", "respondent.department", resp["department"], yesno=False)
q("1-3", "回答者の情報：連絡先（電話番号・メールアドレス）", "respondent.contact", resp["contact"], yesno=False)
ws.row_dimensions[r - 1].height = 36
q("2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか",
  "usesGuidelines", ans["usesGuidelines"])
q("3", "電子カルテシステムを使用しているか", "usesEhr", ans["usesEhr"])
q("4", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）",
  "backupTested", ans["backupTested"])
q("5", "バックアップデータは世代管理しているか", "generationsKept", ans["generationsKept"], note="日次・7世代")
q("6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
  "disasterSeparated", ans["disasterSeparated"], note="院内サーバ室のNASのみ。遠隔保管は検討中")
q("7", "バックアップデータの漏洩対策を講じているか", "leakProtected", ans["leakProtected"])
section("【リモートゲートウェイ装置に係る質問関係】")
q("8", "VPN装置が存在するか", "vpnPresent", ans["vpnPresent"])
# Q9: sub-table
ws.cell(row=r, column=1, value="9")
ws.cell(row=r, column=2, value="VPN装置のメーカー名、型番、台数を全て記載すること（記述）")
ws.cell(row=r, column=3, value="メーカー名")
ws.cell(row=r, column=4, value="型番")
ws.cell(row=r, column=5, value="台数")
q9_top = r
for c in ws[f"A{r}:F{r}"][0]:
    c.border = BOX; c.alignment = WRAP
for c in ws[f"C{r}:E{r}"][0]:
    c.fill = HEAD; c.alignment = CENTER
r += 1
vpn_rows = []
for i in range(4):
    if i < len(vpn):
        ws.cell(row=r, column=3, value=vpn[i]["maker"])
        ws.cell(row=r, column=4, value=vpn[i]["model"])
        ws.cell(row=r, column=5, value=vpn[i]["count"])
        vpn_rows.append(r)
    for c in ws[f"A{r}:F{r}"][0]:
        c.border = BOX
    for c in ws[f"C{r}:E{r}"][0]:
        c.fill = ANS
    r += 1
ws.cell(row=r, column=4, value="合計")
ws.cell(row=r, column=5, value=f"=SUM(E{q9_top + 1}:E{r - 1})")
for c in ws[f"A{r}:F{r}"][0]:
    c.border = BOX
ws.merge_cells(start_row=q9_top, start_column=1, end_row=r, end_column=1)
ws.merge_cells(start_row=q9_top, start_column=2, end_row=r, end_column=2)
ws.merge_cells(start_row=q9_top, start_column=6, end_row=r, end_column=6)
ws.cell(row=q9_top, column=6, value="RTX1220は電子カルテ保守用と検査システム保守用の2台")
ws.cell(row=q9_top, column=6).alignment = WRAP
ws.cell(row=q9_top, column=1).alignment = CENTER
r += 1
q("10", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか",
  "vpnUpdated", ans["vpnUpdated"])
q("11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "vpnSourceRestricted", ans["vpnSourceRestricted"])
q("12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "vpnLogsAudited", ans["vpnLogsAudited"])
q("13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "emergencyDrills", ans["emergencyDrills"])
q("14-1", "セキュリティ責任者を設置しているか", "securityOfficer", ans["securityOfficer"])
q("14-2", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "securityOfficerSeparate",
  ans["securityOfficerSeparate"], note="医療情報管理室長が兼務")
ws.print_title_rows = "8:8"
ws.freeze_panes = "A9"

# ------------------------------------------------------------------ 回答要領
wg = wb.create_sheet("回答要領")
wg.column_dimensions["A"].width = 110
guide = [
    "回答要領（抜粋）",
    "・本回答要領に基づき、設問に回答してください。技術的な質問・用語等については、システム設置事業者や保守事業者への照会等も活用してください。",
    "1. 回答者の氏名、所属、連絡先を記載してください。後日、厚生労働省より回答者に連絡する可能性があります。",
    "3. 電子カルテシステムを使用していない場合は、7. まで回答不要となります。",
    "5. 世代管理とは最新のバックアップデータだけでなく、それ以前のバックアップデータも管理することを指します。",
    "8. 院内のサーバ室等を確認し、VPN装置が設置されているか回答してください。設置されていない場合は、以降の設問は回答不要となります。",
    "9. 上記で確認したVPN装置について、メーカー名、型番、台数を全て記載してください。（記述方式）",
    "14. セキュリティ責任者を職員として配置しているか。また、医療情報システムの責任者とは別に配置しているか回答してください。",
]
for i, t in enumerate(guide):
    wg.cell(row=1 + i, column=1, value=t).alignment = Alignment(wrap_text=True)
wg["A1"].font = Font(bold=True)

wb.save(os.path.join(OUT, NAME + ".xlsx"))

values = {"respondent": resp}
values.update(ans)
values["vpnDevices"] = vpn
order = ["respondent", "usesGuidelines", "usesEhr", "backupTested", "generationsKept", "disasterSeparated",
         "leakProtected", "vpnPresent", "vpnDevices", "vpnUpdated", "vpnSourceRestricted", "vpnLogsAudited",
         "emergencyDrills", "securityOfficer", "securityOfficerSeparate"]
expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {k: values[k] for k in order},
    "planted": [],
    "notes": ("Q1 split into 1-1 氏名 / 1-2 所属 / 1-3 連絡先 (連絡先 holds a line break). Q9 is a sub-table "
              "(メーカー名 | 型番 | 台数) with 4 rows, 2 filled, followed by a '合計' row whose =SUM formula has no cached "
              "value (not a device). Q14 answered as 14-1 / 14-2. Header 医療機関名 and 回答日 (2024-02-09, Excel date) "
              "have no key. Column F 備考 holds free comments, not answers."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", cells)

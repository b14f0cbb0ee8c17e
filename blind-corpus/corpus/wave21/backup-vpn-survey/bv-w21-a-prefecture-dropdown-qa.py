#!/usr/bin/python3
"""bv-w21-a: a prefecture's 回答様式 for the MHLW backup / remote-gateway survey: No. | 区分 | 設問 | 回答 | 備考,
answers chosen from a dropdown fed by a hidden 選択肢 sheet, Q9 as a small maker/model/count table, 記入要領 sheet,
re-saved by LibreOffice. Filled completely and correctly (no planted problem)."""
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave21/backup-vpn-survey"
NAME = "bv-w21-a-prefecture-dropdown-qa"
SHEET = "回答様式"

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HDR = PatternFill("solid", fgColor="DDEBF7")
ANS = PatternFill("solid", fgColor="FFFF99")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SHEET
for col, w in zip("ABCDE", [6, 16, 60, 24, 30]):
    ws.column_dimensions[col].width = w

ws["E1"] = "（別添）"
ws["A2"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答様式"
ws["A2"].font = Font(bold=True, size=13)
ws.merge_cells("A2:E2")
ws["A3"] = ("※「回答要領」を必ず確認のうえ、黄色のセルに記入又はプルダウンから「はい」「いいえ」を選択してください。\n"
            "※設問3で「いいえ」の場合は設問7まで回答不要、設問8で「いいえ」の場合は以降の設問は回答不要です。")
ws.merge_cells("A3:E3")
ws["A3"].alignment = WRAP
ws.row_dimensions[3].height = 36

ws["A5"] = "医療機関名"
ws.merge_cells("A5:B5")
ws["C5"] = "町立しらかば中央病院"
for c in ("A5", "B5", "C5"):
    ws[c].border = B
ws["A5"].fill = HDR
ws["C5"].fill = ANS

hdr = ["No.", "区分", "設問", "回答", "備考"]
for c, v in enumerate(hdr, 1):
    cell = ws.cell(7, c, v)
    cell.fill = HDR
    cell.font = Font(bold=True)
    cell.border = B
    cell.alignment = CEN

rows = []  # (row, no, question, answer, key)
r = 8
ws.cell(r, 1, 1)
ws.cell(r, 2, "電子カルテシステムのバックアップ")
respondent = [("回答者の情報　氏名", "中島 亮介", "respondent.name"),
              ("回答者の情報　所属", "事務局 情報管理課", "respondent.department"),
              ("回答者の情報　連絡先（電話番号・メールアドレス）", "0155-24-3301（内線218）\nr-nakajima@shirakaba-hp.jp",
               "respondent.contact")]
for q, a, k in respondent:
    ws.cell(r, 3, q)
    ws.cell(r, 4, a)
    rows.append((r, q, a, k))
    r += 1
ws.merge_cells("A8:A10")
yn = [
    (2, "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい", "usesGuidelines"),
    (3, "電子カルテシステムを使用しているか", "はい", "usesEhr"),
    (4, "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "はい", "backupTested"),
    (5, "バックアップデータは世代管理しているか", "はい", "generationsKept"),
    (6, "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "はい", "disasterSeparated"),
    (7, "バックアップデータの漏洩対策を講じているか", "はい", "leakProtected"),
]
for no, q, a, k in yn:
    ws.cell(r, 1, no)
    ws.cell(r, 3, q)
    ws.cell(r, 4, a)
    rows.append((r, q, a, k))
    r += 1
ws.merge_cells(start_row=8, start_column=2, end_row=r - 1, end_column=2)
sec2 = r
ws.cell(r, 1, 8)
ws.cell(r, 2, "リモートゲートウェイ装置（VPN装置）")
ws.cell(r, 3, "VPN装置が存在するか")
ws.cell(r, 4, "はい")
rows.append((r, "VPN装置が存在するか", "はい", "vpnPresent"))
r += 1
ws.cell(r, 1, 9)
ws.cell(r, 3, "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式・下表に記入）")
q9 = r
r += 1
ws.cell(r, 3, "メーカー名")
ws.cell(r, 4, "型番")
ws.cell(r, 5, "台数")
for c in (3, 4, 5):
    ws.cell(r, c).fill = HDR
    ws.cell(r, c).alignment = CEN
q9h = r
r += 1
devices = [dict(maker="フォーティネット", model="FortiGate 40F", count=1),
           dict(maker="ヤマハ", model="RTX1210", count=2)]
dev_rows = []
for i in range(4):
    if i < len(devices):
        ws.cell(r, 3, devices[i]["maker"])
        ws.cell(r, 4, devices[i]["model"])
        ws.cell(r, 5, devices[i]["count"])
        dev_rows.append(r)
    for c in (3, 4, 5):
        ws.cell(r, c).fill = ANS
    r += 1
ws.merge_cells(start_row=q9, start_column=1, end_row=r - 1, end_column=1)
yn2 = [
    (10, "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい", "vpnUpdated"),
    (11, "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい", "vpnSourceRestricted"),
    (12, "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "vpnLogsAudited"),
    (13, "詳細な緊急対応手順を整備し、定期的に訓練しているか", "はい", "emergencyDrills"),
    (14, "セキュリティ責任者を設置しているか", "はい", "securityOfficer"),
    (None, "（14の続き）セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "securityOfficerSeparate"),
]
for no, q, a, k in yn2:
    if no is not None:
        ws.cell(r, 1, no)
    ws.cell(r, 3, q)
    ws.cell(r, 4, a)
    rows.append((r, q, a, k))
    r += 1
ws.merge_cells(start_row=r - 2, start_column=1, end_row=r - 1, end_column=1)
ws.merge_cells(start_row=sec2, start_column=2, end_row=r - 1, end_column=2)
ws.cell(r - 4, 5, "保守業者に年1回のログ確認を依頼予定")  # 備考 of Q12 (not a key)
last = r - 1
for row in ws.iter_rows(min_row=8, max_row=last, max_col=5):
    for c in row:
        c.border = B
        if c.column in (1, 2):
            c.alignment = CEN
        else:
            c.alignment = WRAP
for rr, q, a, k in rows:
    ws.cell(rr, 4).fill = ANS

# hidden choice list + dropdown
wl = wb.create_sheet("選択肢")
wl["A1"] = "はい"
wl["A2"] = "いいえ"
wl.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
for rr, q, a, k in rows:
    if not k.startswith("respondent"):
        dv.add(f"D{rr}")

wg = wb.create_sheet("記入要領")
guide = [
    "記入要領",
    "1. 本様式は、厚生労働省「病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査に係る回答要領」に基づくものです。",
    "2. 技術的な用語等は、院内担当者だけでなくシステム設置事業者・保守事業者への照会も活用して回答してください。",
    "3. 設問3で「いいえ」（電子カルテシステムを使用していない）の場合、設問4～7は回答不要です。",
    "4. 設問8で「いいえ」（VPN装置が存在しない）の場合、設問9以降は回答不要です。",
    "5. 設問9はVPN装置ごとに1行ずつ、メーカー名・型番・台数を記入してください。行が足りない場合は行を追加してください。",
    "6. 設問14は「設置しているか」と「医療情報システムの責任者とは別に配置しているか」の2点に回答してください。",
]
for i, t in enumerate(guide, 1):
    wg.cell(i, 1, t)
wg["A1"].font = Font(bold=True, size=13)
wg.column_dimensions["A"].width = 120

tmp = tempfile.mkdtemp(prefix="bvw21a_")
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmp)

values = {"respondent": {}}
for rr, q, a, k in rows:
    if k.startswith("respondent."):
        values["respondent"][k.split(".")[1]] = a
    else:
        values[k] = a
values["vpnDevices"] = devices
order = ["respondent", "usesGuidelines", "usesEhr", "backupTested", "generationsKept", "disasterSeparated",
         "leakProtected", "vpnPresent", "vpnDevices", "vpnUpdated", "vpnSourceRestricted", "vpnLogsAudited",
         "emergencyDrills", "securityOfficer", "securityOfficerSeparate"]
values = {k: values[k] for k in order}
exp = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": values,
    "planted": [],
    "notes": ("Q&A layout on sheet 回答様式 (answers in column D). Q1 is three rows (氏名/所属/連絡先); 連絡先 holds phone "
              "and e-mail separated by a line break. Q9 is a sub-table (header row: メーカー名/型番/台数 in C/D/E; "
              "two devices, two empty rows). Q14's second answer is on the row after Q14. 医療機関名 (C5) has no key. "
              "Q12 備考 text is not a key. Hidden sheet 選択肢 feeds the dropdowns; 記入要領 sheet is instructions only. "
              "File re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
print("rows", [(rr, k) for rr, q, a, k in rows], "q9 header", q9h, "devices", dev_rows)

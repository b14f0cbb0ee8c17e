#!/usr/bin/python3
"""Generator for bv-w25-b-print-marks-sheet-per-section.xlsx
Layout: print-style answer sheets, one sheet per section of the guide (１_バックアップ / ２_VPN装置) after a
記入要領 sheet; blank spacer columns and borders; full-width numbering (１．…１４．); answers as a ○ mark
under はい or いいえ columns; Q1 as 「label：value」 cells; Q9 as one free-text cell with line breaks;
Q14 as (１)/(２) sub-rows. Header block with 医療機関名 and 回答日 (和暦 text). Re-saved by LibreOffice.
Planted: Q3 いいえ yet Q4 answered (skipped question answered); Q11 left blank (required, Q8 はい).
"""
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave25/backup-vpn-survey"
NAME = "bv-w25-b-print-marks-sheet-per-section"

thin = Side(style="thin")
med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="E7E6E6")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["A"].width = 100
lines = [
    "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　記入要領",
    "",
    "・回答要領を必ず確認のうえ、各設問の「はい」「いいえ」いずれかの欄に○を記入してください。",
    "・技術的な質問・用語等については、院内担当者だけでなく、システム設置事業者や保守事業者への照会等も活用してください。",
    "・設問３で「いいえ」（電子カルテシステムを使用していない）の場合は、設問７まで回答不要です。",
    "・設問８で「いいえ」（VPN装置が存在しない）の場合は、以降の設問は回答不要です。",
    "・設問９はVPN装置のメーカー名、型番、台数を全て記述してください。",
    "・回答者には後日、内容確認のため厚生労働省から連絡させていただく場合があります。",
]
for i, t in enumerate(lines, start=1):
    ins.cell(row=i, column=1, value=t)
ins["A1"].font = Font(bold=True, size=12)

def sheet(title):
    ws = wb.create_sheet(title)
    for col, w in zip("ABCDEFGH", [2, 6, 60, 2, 8, 8, 2, 26]):
        ws.column_dimensions[col].width = w
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1
    return ws

def header_block(ws, heading):
    ws["B1"] = "バックアップデータ及びリモートゲートウェイ装置に係る調査　回答用紙"
    ws["B1"].font = Font(bold=True, size=12)
    ws["B2"] = "医療機関名：医療法人 清風会 さかいで南病院"
    ws["E2"] = "回答日：令和6年12月9日"
    ws["B4"] = heading
    ws["B4"].font = Font(bold=True)

def table_head(ws, row):
    for col, t in (("B", "No."), ("C", "設問"), ("E", "はい"), ("F", "いいえ"), ("H", "備考")):
        c = ws[f"{col}{row}"]
        c.value = t
        c.fill = GRAY; c.border = B; c.alignment = CEN

refs = {}

def yn(ws, row, no, text, key, answer, note=None):
    if no:
        ws[f"B{row}"] = no
    ws[f"C{row}"] = text
    if answer == "はい":
        ws[f"E{row}"] = "○"
    elif answer == "いいえ":
        ws[f"F{row}"] = "○"
    if note:
        ws[f"H{row}"] = note
    for col in "BCEFH":
        ws[f"{col}{row}"].border = B
        ws[f"{col}{row}"].alignment = CEN if col in "BEF" else WRAP
    ws.row_dimensions[row].height = 34
    refs[key] = (ws.title, row)

# ------------------------------------------------------------ section 1
s1 = sheet("１_バックアップ")
header_block(s1, "【電子カルテシステムのバックアップに係る質問関係】")
table_head(s1, 6)
resp = {"name": "坂出 由香", "department": "医療情報管理室", "contact": "0877-44-5500（代表）"}
s1["B7"] = "１．"
s1.merge_cells("B7:B9")
s1.merge_cells("C7:F7"); s1["C7"] = "回答者の情報　氏名：" + resp["name"]
s1.merge_cells("C8:F8"); s1["C8"] = "所属：" + resp["department"]
s1.merge_cells("C9:F9"); s1["C9"] = "連絡先：" + resp["contact"]
for r in range(7, 10):
    for col in "BCDEFH":
        s1[f"{col}{r}"].border = B
        s1[f"{col}{r}"].alignment = WRAP
s1["B7"].alignment = CEN

ans = {"usesGuidelines": "はい", "usesEhr": "いいえ", "backupTested": "はい",
       "vpnPresent": "はい", "vpnUpdated": "はい", "vpnLogsAudited": "いいえ", "emergencyDrills": "いいえ",
       "securityOfficer": "はい", "securityOfficerSeparate": "はい"}
yn(s1, 10, "２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか",
   "usesGuidelines", ans["usesGuidelines"])
yn(s1, 11, "３．", "電子カルテシステムを使用しているか\n（使用していない場合は７．まで回答不要）", "usesEhr", ans["usesEhr"],
   "紙カルテ運用（オーダリング未導入）")
yn(s1, 12, "４．", "診療行為を停止させないためのバックアップデータは作成しているか", "backupTested", ans["backupTested"],
   "医事会計（レセコン）は外付HDDに毎日")
yn(s1, 13, "５．", "バックアップデータは世代管理しているか", "generationsKept", None)
yn(s1, 14, "６．", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
   "disasterSeparated", None)
yn(s1, 15, "７．", "バックアップデータの漏洩対策を講じているか", "leakProtected", None)
s1.row_dimensions[14].height = 48

# ------------------------------------------------------------ section 2
s2 = sheet("２_VPN装置")
header_block(s2, "【リモートゲートウェイ装置に係る質問関係】（院内のサーバ室等を確認のうえ回答）")
table_head(s2, 6)
yn(s2, 7, "８．", "VPN装置が存在するか\n（設置されていない場合は以降の設問は回答不要）", "vpnPresent", ans["vpnPresent"])
vpn_text = "ヤマハ RTX830　1台（医事会計システム保守用）\nNEC UNIVERGE IX2106　1台（PACS保守用）"
s2["B8"] = "９．"
s2["C8"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）"
s2.merge_cells("C9:F9")
s2["C9"] = vpn_text
s2.merge_cells("B8:B9")
for r in (8, 9):
    for col in "BCDEFH":
        s2[f"{col}{r}"].border = B
        s2[f"{col}{r}"].alignment = WRAP
s2["B8"].alignment = CEN
s2.row_dimensions[9].height = 40
yn(s2, 10, "１０．", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか",
   "vpnUpdated", ans["vpnUpdated"], "保守業者が年2回実施")
yn(s2, 11, "１１．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "vpnSourceRestricted", None)
yn(s2, 12, "１２．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "vpnLogsAudited", ans["vpnLogsAudited"])
yn(s2, 13, "１３．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "emergencyDrills", ans["emergencyDrills"])
s2.merge_cells("B14:B15")
yn(s2, 14, "１４．", "（１）セキュリティ責任者を設置しているか", "securityOfficer", ans["securityOfficer"])
yn(s2, 15, None, "（２）セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "securityOfficerSeparate",
   ans["securityOfficerSeparate"], "事務長がセキュリティ責任者")
s2["B17"] = "ご協力ありがとうございました。"

tmp = tempfile.mkdtemp()
tmpx = os.path.join(tmp, NAME + ".xlsx")
wb.save(tmpx)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, tmpx], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmp, ignore_errors=True)

values = {"respondent": resp}
for k in ["usesGuidelines", "usesEhr", "backupTested", "vpnPresent"]:
    values[k] = ans[k]
values["vpnDevicesText"] = vpn_text
for k in ["vpnUpdated", "vpnLogsAudited", "emergencyDrills", "securityOfficer", "securityOfficerSeparate"]:
    values[k] = ans[k]
t4, r4 = refs["backupTested"]
t11, r11 = refs["vpnSourceRestricted"]
expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": values,
    "planted": [
        {"cells": [f"{t4}!E{r4}"], "paths": ["backupTested"],
         "why": "Q3 電子カルテシステムを使用しているか is いいえ, so Q4–Q7 are not required (回答不要), yet Q4 was "
                "answered (○ under はい) — an answer to a skipped question (warning)"},
        {"cells": [f"{t11}!E{r11}", f"{t11}!F{r11}"], "paths": ["vpnSourceRestricted"],
         "why": "Q8 VPN装置が存在するか is はい, so Q11 (アクセス元IPアドレスの制限) is required, but neither はい nor "
                "いいえ is marked (missing required answer)"},
    ],
    "notes": ("Answers are ○ marks in column E (はい) or F (いいえ). Q5–Q7 are correctly left blank after Q3 いいえ. "
              "Q1 is written as label：value in one merged cell per item (C7 starts with 回答者の情報　氏名：). "
              "Q9 is one free-text cell (C9, merged C9:F9) with a line break, so it is given as vpnDevicesText. "
              "医療機関名 and 回答日（令和6年12月9日, text) in the header block and column H 備考 comments have no key. "
              "Sheet 記入要領 is instructions only. Re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("done")

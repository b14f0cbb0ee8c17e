#!/usr/bin/python3
"""bv-w22-b: a small hospital's print-style answer sheet (bordered, spacer columns, full-width question numbers
１．…), answers marked with ○ in a はい or いいえ column, Q1 as `項目：値` cells, Q9 as one free-text cell with
line breaks, Q14 with two sub-questions (①②). Re-saved by LibreOffice.
Planted: Q3 いいえ (no EHR) but Q4 and Q5 answered anyway (skipped questions answered); Q10 left unanswered
although Q8 is はい (missing required answer)."""
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w22-b-print-style-circle-marks"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "調査票"
# A and F are spacer columns; B=No, C=設問, D=はい, E=いいえ
for col, w in zip("ABCDEFG", [2, 6, 70, 8, 8, 2, 2]):
    ws.column_dimensions[col].width = w
ws.merge_cells("B1:E1")
ws["B1"] = "病院における医療情報システムのバックアップデータ及び\nリモートゲートウェイ装置に係る調査"
ws["B1"].font = Font(bold=True, size=13); ws["B1"].alignment = CENTER
ws.row_dimensions[1].height = 40
ws.merge_cells("B2:E2")
ws["B2"] = "該当する欄に○を記入してください。"
ws["B2"].alignment = Alignment(horizontal="right")

ws.merge_cells("B4:E4")
ws["B4"] = "【電子カルテシステムのバックアップに係る質問関係】"
ws["B4"].font = Font(bold=True)
ws["B5"] = "１．"; ws["C5"] = "回答者の情報"
resp = {"name": "河野 真理子", "department": "医療法人 松風会 しまなみ松風病院 事務長",
        "contact": "0898-32-4416"}
ws.merge_cells("C6:E6"); ws["C6"] = f"氏名：{resp['name']}"
ws.merge_cells("C7:E7"); ws["C7"] = f"所属：{resp['department']}"
ws.merge_cells("C8:E8"); ws["C8"] = f"連絡先：{resp['contact']}"
for r in range(5, 9):
    for c in range(2, 6):
        ws.cell(row=r, column=c).border = BOX

HDR_ROW = 9
for col, h in zip("BCDE", ["No.", "設問", "はい", "いいえ"]):
    ws[f"{col}{HDR_ROW}"] = h; ws[f"{col}{HDR_ROW}"].alignment = CENTER; ws[f"{col}{HDR_ROW}"].border = BOX
    ws[f"{col}{HDR_ROW}"].font = Font(bold=True)

CELL = {}
row = HDR_ROW + 1
def yn(no, text, key, mark):
    """mark: 'はい', 'いいえ' or None (left blank)"""
    global row
    ws[f"B{row}"] = no; ws[f"C{row}"] = text
    if mark == "はい":
        ws[f"D{row}"] = "○"
    elif mark == "いいえ":
        ws[f"E{row}"] = "○"
    for c in "BCDE":
        ws[f"{c}{row}"].border = BOX
        ws[f"{c}{row}"].alignment = CENTER if c != "C" else WRAP
    CELL[key] = row
    row += 1

def band(text):
    global row
    row += 1
    ws.merge_cells(f"B{row}:E{row}")
    ws[f"B{row}"] = text; ws[f"B{row}"].font = Font(bold=True)
    row += 1

yn("２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "usesGuidelines", "はい")
yn("３．", "電子カルテシステムを使用しているか\n（「いいえ」の場合は７．まで回答不要）", "usesEhr", "いいえ")
yn("４．", "診療行為を停止させないためのバックアップデータは作成しているか", "backupTested", "いいえ")
yn("５．", "バックアップデータは世代管理しているか", "generationsKept", "いいえ")
yn("６．", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "disasterSeparated", None)
yn("７．", "バックアップデータの漏洩対策を講じているか", "leakProtected", None)
band("【リモートゲートウェイ装置に係る質問関係】")
yn("８．", "VPN装置が存在するか\n（「いいえ」の場合は以降の設問は回答不要）", "vpnPresent", "はい")
Q9_ROW = row
ws[f"B{row}"] = "９．"
ws[f"C{row}"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）"
for c in "BCDE":
    ws[f"{c}{row}"].border = BOX
ws.merge_cells(f"C{row}:E{row}")
row += 1
q9_text = "ヤマハ RTX830　1台（レセコン保守用）\nNEC UNIVERGE IX2106　1台（検査機器保守用、業者設置）"
ws[f"C{row}"] = q9_text
ws[f"C{row}"].alignment = Alignment(wrap_text=True, vertical="top")
ws.merge_cells(f"C{row}:E{row}")
ws.row_dimensions[row].height = 36
for c in "BCDE":
    ws[f"{c}{row}"].border = BOX
Q9_TEXT_ROW = row
row += 1
yn("10．", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "vpnUpdated", None)
yn("11．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "vpnSourceRestricted", "はい")
yn("12．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "vpnLogsAudited", "いいえ")
yn("13．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "emergencyDrills", "いいえ")
yn("14．", "① セキュリティ責任者を設置しているか", "securityOfficer", "はい")
yn("", "② セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "securityOfficerSeparate", "いいえ")
ws.merge_cells(f"B{CELL['securityOfficer']}:B{CELL['securityOfficerSeparate']}")
for r in range(HDR_ROW + 1, row):
    ws.row_dimensions[r].height = 32 if ws.row_dimensions[r].height is None else ws.row_dimensions[r].height
ws.print_area = f"A1:F{row}"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

tmpdir = tempfile.mkdtemp()
raw = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(raw)
outdir = os.path.join(tmpdir, "lo"); os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw], check=True,
               env=dict(os.environ, HOME=tmpdir), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
shutil.rmtree(tmpdir)

S = "調査票"
expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "respondent": resp,
        "usesGuidelines": "はい",
        "usesEhr": "いいえ",
        "backupTested": "いいえ",
        "generationsKept": "いいえ",
        "vpnPresent": "はい",
        "vpnDevicesText": q9_text,
        "vpnSourceRestricted": "はい",
        "vpnLogsAudited": "いいえ",
        "emergencyDrills": "いいえ",
        "securityOfficer": "はい",
        "securityOfficerSeparate": "いいえ",
    },
    "planted": [
        {"cells": [f"{S}!E{CELL['backupTested']}", f"{S}!E{CELL['generationsKept']}"],
         "paths": ["backupTested", "generationsKept"],
         "why": "Q3 is いいえ (no EHR), so Q4-Q7 are not required, yet Q4 and Q5 were answered (skipped questions answered: warning)"},
        {"cells": [f"{S}!D{CELL['vpnUpdated']}", f"{S}!E{CELL['vpnUpdated']}"],
         "paths": ["vpnUpdated"],
         "why": "Q8 is はい (VPN devices present) but Q10 has no ○ in either はい or いいえ (missing required answer)"},
    ],
    "notes": ("Answers are ○ marks in column D (はい) or E (いいえ). Q1 is written as '氏名：…', '所属：…', '連絡先：…' in "
              f"C6:C8 (values given without the label). Q9 is one free-text cell C{Q9_TEXT_ROW} with a line break. "
              "Q6 and Q7 are blank, correctly (skipped because Q3 いいえ). Q14 ①/② are two rows sharing the No. cell. "
              "Re-saved by LibreOffice."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", CELL, Q9_TEXT_ROW)

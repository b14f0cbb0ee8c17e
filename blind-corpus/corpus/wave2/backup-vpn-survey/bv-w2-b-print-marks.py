#!/usr/bin/python3
# bv-w2-b: print-style sheet (borders, spacer columns, merged question cells), answers as ○ in a はい or いいえ
# column, Q1 written as 項目：値 in one cell, Q9 as one free-text cell with line breaks. Re-saved by LibreOffice.
# Planted: Q6 left without a mark although Q3 = はい (missing required answer).
import json, os, subprocess, tempfile, shutil
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

NAME = "bv-w2-b-print-marks"
OUT = os.path.dirname(os.path.abspath(__file__))
thin = Side(style="thin"); med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center")
band = PatternFill("solid", fgColor="DDEBF7")

wb = Workbook(); ws = wb.active; ws.title = "調査票"
widths = {"A": 2, "B": 7, "C": 12, "D": 12, "E": 12, "F": 12, "G": 12, "H": 12, "I": 2, "J": 8, "K": 8, "L": 2}
for k, v in widths.items(): ws.column_dimensions[k].width = v

ws.merge_cells("B1:K1")
ws["B1"] = "病院における医療情報システムのバックアップデータ及び\nリモートゲートウェイ装置に係る調査"
ws["B1"].font = Font(bold=True, size=14); ws["B1"].alignment = Alignment(horizontal="center", wrap_text=True)
ws.row_dimensions[1].height = 40
ws.merge_cells("B2:K2")
ws["B2"] = "該当する欄に「○」を記入してください。（回答要領参照）"
ws["B2"].alignment = Alignment(horizontal="right"); ws["B2"].font = Font(size=9)

def bar(r, text):
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=11)
    c = ws.cell(r, 2, text); c.font = Font(bold=True); c.fill = band
    for col in range(2, 12): ws.cell(r, col).border = B

def qrow(r, no, text, mark=None, h=30):
    ws.cell(r, 2, no).alignment = center
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
    ws.cell(r, 3, text).alignment = wrap
    for col in list(range(2, 9)) + [10, 11]: ws.cell(r, col).border = B
    ws.cell(r, 10).alignment = center; ws.cell(r, 11).alignment = center
    if mark == "はい": ws.cell(r, 10, "○")
    elif mark == "いいえ": ws.cell(r, 11, "○")
    elif mark == "はい〇": ws.cell(r, 10, "〇")
    ws.row_dimensions[r].height = h

bar(4, "【電子カルテシステムのバックアップに係る質問関係】")
# column heads for marks
ws["J5"] = "はい"; ws["K5"] = "いいえ"
for c in ("J5", "K5"): ws[c].font = Font(bold=True); ws[c].alignment = center; ws[c].border = B
ws["B5"] = "（１）"; ws["B5"].alignment = center
ws.merge_cells("C5:H5"); ws["C5"] = "回答者の情報"; ws["C5"].font = Font(bold=True)
for r, txt in ((6, "氏名：山田 花子"),
               (7, "所属：社会医療法人 宍道湖会 出雲みなと病院　事務部 総務課（情報システム担当）"),
               (8, "連絡先：0853-21-4470（代表）内線305")):
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=11)
    ws.cell(r, 3, txt).alignment = wrap
    for col in range(2, 12): ws.cell(r, col).border = B
ws.merge_cells("B5:B8")
for col in range(2, 12): ws.cell(5, col).border = B

qrow(9, "（２）", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい")
qrow(10, "（３）", "電子カルテシステムを使用しているか", "はい")
qrow(11, "（４）", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストしているか）", "はい")
qrow(12, "（５）", "バックアップデータは世代管理しているか", "はい")
qrow(13, "（６）", "バックアップデータについて、同時災害（サイバー攻撃による汚損・破壊、火災・自然災害による消失等）を回避する方法で管理しているか", None, 42)
qrow(14, "（７）", "バックアップデータの漏洩対策（暗号化・秘密分散管理等）を講じているか", "いいえ")

bar(16, "【リモートゲートウェイ装置に係る質問関係】")
ws["J17"] = "はい"; ws["K17"] = "いいえ"
for c in ("J17", "K17"): ws[c].font = Font(bold=True); ws[c].alignment = center; ws[c].border = B
qrow(18, "（８）", "VPN装置が存在するか", "はい〇")
# Q9 free text
ws["B19"] = "（９）"; ws["B19"].alignment = center
ws.merge_cells("C19:H19"); ws["C19"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述）"; ws["C19"].alignment = wrap
ws.merge_cells("B20:B20")
ws.merge_cells("C20:K20")
ws["C20"] = "FortiGate 60F　2台\nYAMAHA RTX830　1台（地域医療連携NW用）"
ws["C20"].alignment = Alignment(wrap_text=True, vertical="top")
ws.row_dimensions[20].height = 36
for r in (19, 20):
    for col in list(range(2, 12)): ws.cell(r, col).border = B
qrow(21, "（10）", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい")
qrow(22, "（11）", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい")
qrow(23, "（12）", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ")
qrow(24, "（13）", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "はい")
qrow(25, "（14）", "①セキュリティ責任者を設置しているか", "はい")
qrow(26, "", "②セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "はい")
ws.merge_cells("B25:B26")
ws.print_area = "A1:L27"
ws.page_setup.orientation = "portrait"; ws.page_setup.fitToWidth = 1

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmp)

expected = {
    "form": "backup-vpn-survey", "version": "R6", "file": NAME + ".xlsx",
    "values": {
        "respondent": {"name": "山田 花子",
                       "department": "社会医療法人 宍道湖会 出雲みなと病院　事務部 総務課（情報システム担当）",
                       "contact": "0853-21-4470（代表）内線305"},
        "usesGuidelines": "はい", "usesEhr": "はい", "backupTested": "はい", "generationsKept": "はい",
        "leakProtected": "いいえ", "vpnPresent": "はい",
        "vpnDevicesText": "FortiGate 60F　2台\nYAMAHA RTX830　1台（地域医療連携NW用）",
        "vpnUpdated": "はい", "vpnSourceRestricted": "はい", "vpnLogsAudited": "いいえ",
        "emergencyDrills": "はい", "securityOfficer": "はい", "securityOfficerSeparate": "はい",
    },
    "planted": [
        {"cells": ["調査票!J13", "調査票!K13"], "paths": ["disasterSeparated"],
         "why": "設問6 has no ○ in either はい or いいえ; Q3 is はい (電子カルテ使用), so Q4-Q7 are required: missing required answer"}
    ],
    "notes": ("Answers are ○ marks in column J (はい) or K (いいえ); Q8's mark in J18 is the ideographic 〇 (U+3007). "
              "Q1 is written label：value in merged cells C6/C7/C8 (values given without the label). "
              "Q9 is one free-text cell C20 (full-width spaces and a line break as written). "
              "Q14 has two rows: 25 (設置) and 26 (別に配置). Re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)

#!/usr/bin/python3
# Generator for bv-w4-a-questionnaire: a prefecture official's No. | 設問 | 回答 questionnaire with
# sub-questions numbered 1-1, 9-1, 14-1 …; Q9 laid out as rows (メーカー名 | 型番 | 台数).
# Filled by a busy hospital clerk; 2 planted mistakes (two required answers left blank).
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

NAME = "bv-w4-a-questionnaire"
HERE = os.path.dirname(os.path.abspath(__file__))
SHEET = "調査票"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hfill = PatternFill("solid", fgColor="E2EFDA")
secfill = PatternFill("solid", fgColor="F2F2F2")
wrap = Alignment(vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SHEET

def c(ref, v, fill=None, bold=False):
    x = ws[ref]; x.value = v; x.border = box; x.alignment = wrap
    if fill: x.fill = fill
    if bold: x.font = Font(bold=True)
    return x

ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "回答欄は「はい」「いいえ」をプルダウンから選択してください。3で「いいえ」の場合は3-1～3-4は回答不要、4で「いいえ」の場合は以降（4-1～6-1）の設問は回答不要です。"
ws["A3"] = "香川県健康福祉部医務国保課（とりまとめ）"

c("A5", "No.", hfill, True); c("B5", "設問", hfill, True); c("C5", "回答", hfill, True)
ws.merge_cells("C5:E5")

planted = []
row = 6
cells = {}

def section(title):
    global row
    c(f"A{row}", None, secfill); c(f"B{row}", title, secfill, True); c(f"C{row}", None, secfill)
    ws.merge_cells(f"C{row}:E{row}")
    row += 1

def q(no, text, ans, key=None):
    global row
    c(f"A{row}", no); c(f"B{row}", text); c(f"C{row}", ans)
    ws.merge_cells(f"C{row}:E{row}")
    if key: cells[key] = f"C{row}"
    row += 1

section("【電子カルテシステムのバックアップに係る質問関係】")
c(f"A{row}", "1"); c(f"B{row}", "回答者の情報（氏名、所属、連絡先）", bold=True); c(f"C{row}", None)
ws.merge_cells(f"C{row}:E{row}"); row += 1
q("1-1", "氏名", "大西 由美", "respondent.name")
q("1-2", "所属", "医療法人 緑風会 こもれび病院 事務部 情報管理課", "respondent.department")
q("1-3", "連絡先", "0877-62-3150（内線215）\nohnishi@komorebi-hp.or.jp", "respondent.contact")
q("2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい", "usesGuidelines")
q("3", "電子カルテシステムを使用しているか", "はい", "usesEhr")
q("3-1", "（3.で「はい」の場合）診療行為を停止させないためのバックアップデータを作成し、定期的にテストしているか", "はい", "backupTested")
q("3-2", "（3.で「はい」の場合）バックアップデータは世代管理しているか", None, "generationsKept")
q("3-3", "（3.で「はい」の場合）サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "はい", "disasterSeparated")
q("3-4", "（3.で「はい」の場合）バックアップデータの漏洩対策（暗号化・秘密分散管理等）を講じているか", "いいえ", "leakProtected")
section("【リモートゲートウェイ装置に係る質問関係】")
q("4", "VPN装置が存在するか", "はい", "vpnPresent")
# Q9 as rows
c(f"A{row}", "4-1"); c(f"B{row}", "VPN装置のメーカー名、型番、台数を全て記載（1行1機種）", bold=True)
c(f"C{row}", "メーカー名", hfill, True); c(f"D{row}", "型番", hfill, True); c(f"E{row}", "台数", hfill, True)
row += 1
vpn = [{"maker": "Fortinet", "model": "FortiGate 60F", "count": 2},
       {"maker": "ヤマハ", "model": "RTX1300", "count": 1}]
vpn_written = [("Fortinet", "FortiGate 60F", 2), ("ヤマハ", "RTX1300", "1台")]
for i, (mk, md, n) in enumerate(vpn_written):
    c(f"A{row}", None); c(f"B{row}", f"　装置{i+1}"); c(f"C{row}", mk); c(f"D{row}", md); c(f"E{row}", n)
    row += 1
for i in range(2):
    c(f"A{row}", None); c(f"B{row}", f"　装置{len(vpn_written)+i+1}"); c(f"C{row}", None); c(f"D{row}", None); c(f"E{row}", None)
    row += 1
q("4-2", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい（R6.9 ファーム更新済）", "vpnUpdated")
q("4-3", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい", "vpnSourceRestricted")
q("4-4", "VPN装置へのアクセス記録を定期的に分析・監査しているか", None, "vpnLogsAudited")
q("5", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ", "emergencyDrills")
q("6", "セキュリティ責任者を設置しているか", "はい", "securityOfficer")
q("6-1", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "securityOfficerSeparate")

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
for k, ref in cells.items():
    if not k.startswith("respondent"):
        dv.add(ref)

ws.column_dimensions["A"].width = 7
ws.column_dimensions["B"].width = 70
ws.column_dimensions["C"].width = 22
ws.column_dimensions["D"].width = 18
ws.column_dimensions["E"].width = 10

planted = [
    {"cells": [f"{SHEET}!{cells['generationsKept']}"], "paths": ["generationsKept"],
     "why": "Q5 世代管理 (numbered 3-2 here) is required because Q3 電子カルテ = はい, but was left blank"},
    {"cells": [f"{SHEET}!{cells['vpnLogsAudited']}"], "paths": ["vpnLogsAudited"],
     "why": "Q12 アクセス記録の分析・監査 (numbered 4-4 here) is required because Q8 VPN装置 = はい, but was left blank"},
]
values = {
    "respondent": {"name": "大西 由美", "department": "医療法人 緑風会 こもれび病院 事務部 情報管理課",
                   "contact": "0877-62-3150（内線215）\nohnishi@komorebi-hp.or.jp"},
    "usesGuidelines": "はい", "usesEhr": "はい", "backupTested": "はい",
    "disasterSeparated": "はい", "leakProtected": "いいえ", "vpnPresent": "はい",
    "vpnDevices": vpn, "vpnUpdated": "はい", "vpnSourceRestricted": "はい",
    "emergencyDrills": "いいえ", "securityOfficer": "はい", "securityOfficerSeparate": "いいえ",
}
out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
expected = {
    "form": "backup-vpn-survey", "version": "R6", "file": NAME + ".xlsx",
    "values": values, "planted": planted,
    "notes": ("The official prefecture questionnaire renumbers the 14 questions: 1-1..1-3 = Q1 氏名/所属/連絡先; "
              "2 = Q2; 3 = Q3; 3-1..3-4 = Q4..Q7; 4 = Q8; 4-1 = Q9 (rows: メーカー名|型番|台数); 4-2..4-4 = Q10..Q12; "
              "5 = Q13; 6 = Q14 設置; 6-1 = Q14 別に配置. Q10 answered 'はい（R6.9 ファーム更新済）' (answer plus a note) "
              "= はい. Second VPN row count written as text '1台'. The 連絡先 cell holds phone and e-mail on two lines."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", out)

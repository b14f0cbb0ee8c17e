#!/usr/bin/python3
"""bv-w20-b: the survey drawn print-style on two sheets, one per section of the guide
(Ⅰ バックアップ / Ⅱ VPN装置), with blank spacer columns, はい | いいえ answer columns where the filler
puts ○ in the chosen one, Q1 written as 項目：値 in one cell, Q9 as a single free-text cell with line
breaks, and re-saved by LibreOffice. Planted: Q3 いいえ but Q4-Q7 answered anyway; Q11 left blank
although Q8 is はい."""
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w20-b-two-section-sheets-circle-marks"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="E2EFDA")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center")

respondent = {"name": "岡田 真由美",
              "department": "医療法人 健和会 まんのう中央病院 事務部 総務課",
              "contact": "0877-73-2100 / okada@manno-chuo.jp"}
answers = {
    "usesGuidelines": "はい", "usesEhr": "いいえ",
    "backupTested": "はい", "generationsKept": "はい", "disasterSeparated": "いいえ", "leakProtected": "いいえ",
    "vpnPresent": "はい", "vpnUpdated": "はい", "vpnLogsAudited": "いいえ", "emergencyDrills": "いいえ",
    "securityOfficer": "はい", "securityOfficerSeparate": "いいえ",
}
# vpnSourceRestricted (Q11) deliberately left blank
vpn_text = "①ヤマハ　RTX830　1台（レセコン保守用）\n②NEC　UNIVERGE IX2105　1台（検査機器保守用）"
notes_col = {"usesEhr": "紙カルテ運用（レセコンのみ）", "backupTested": "レセコンのデータを外付けHDDへ毎日"}


def setup(ws, title):
    for col, w in zip("ABCDEFGH", [2, 6, 64, 2, 7, 7, 2, 30]):
        ws.column_dimensions[col].width = w
    ws["B1"] = title
    ws["B1"].font = Font(bold=True, size=12)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1


def head(ws, row):
    for col, h in zip("BCEFH", ["No.", "設問", "はい", "いいえ", "備考"]):
        c = ws[f"{col}{row}"]
        c.value = h
        c.fill = HEAD
        c.font = Font(bold=True)
        c.border = BOX
        c.alignment = CEN


mark_cells = {}


def q(ws, row, no, text, key):
    ws[f"B{row}"] = no
    ws[f"C{row}"] = text
    ws[f"C{row}"].alignment = WRAP
    ws[f"B{row}"].alignment = CEN
    a = answers.get(key)
    if a == "はい":
        ws[f"E{row}"] = "○"
    elif a == "いいえ":
        ws[f"F{row}"] = "○"
    mark_cells[key] = (ws.title, row)
    if key in notes_col:
        ws[f"H{row}"] = notes_col[key]
    for col in "BCEFH":
        ws[f"{col}{row}"].border = BOX
    ws[f"E{row}"].alignment = CEN
    ws[f"F{row}"].alignment = CEN
    ws[f"H{row}"].alignment = WRAP
    if len(text) > 36:
        ws.row_dimensions[row].height = 33


wb = Workbook()
s1 = wb.active
s1.title = "Ⅰ バックアップ"
setup(s1, "バックアップデータ及びリモートゲートウェイ装置に係る調査　回答用紙（1/2）")
s1["B2"] = "該当する欄に○を記入してください。"
s1["B4"] = "１．回答者の情報"
s1["B4"].font = Font(bold=True)
s1["C5"] = "氏名：" + respondent["name"]
s1["C6"] = "所属：" + respondent["department"]
s1["C7"] = "連絡先：" + respondent["contact"]
for r in (5, 6, 7):
    s1[f"C{r}"].border = BOX
s1["B9"] = "【電子カルテシステムのバックアップに係る質問関係】"
s1["B9"].font = Font(bold=True)
head(s1, 10)
q(s1, 11, "２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "usesGuidelines")
q(s1, 12, "３．", "電子カルテシステムを使用しているか（使用していない場合は７．まで回答不要）", "usesEhr")
q(s1, 13, "４．", "診療行為を停止させないためのバックアップデータは作成しているか", "backupTested")
q(s1, 14, "５．", "バックアップデータは世代管理しているか", "generationsKept")
q(s1, 15, "６．", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "disasterSeparated")
q(s1, 16, "７．", "バックアップデータの漏洩対策を講じているか", "leakProtected")

s2 = wb.create_sheet("Ⅱ VPN装置")
setup(s2, "バックアップデータ及びリモートゲートウェイ装置に係る調査　回答用紙（2/2）")
s2["B2"] = "【リモートゲートウェイ装置に係る質問関係】院内のサーバ室等を確認し、VPN装置が存在するか確認してください。"
head(s2, 4)
q(s2, 5, "８．", "VPN装置が存在するか（設置されていない場合は以降の設問は回答不要）", "vpnPresent")
s2["B6"] = "９．"
s2["B6"].alignment = CEN
s2["C6"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）"
s2["B7"] = None
s2.merge_cells("C7:H7")
s2["C7"] = vpn_text
s2["C7"].alignment = Alignment(wrap_text=True, vertical="top")
s2.row_dimensions[7].height = 40
for r in (6, 7):
    for col in "BCDEFGH":
        s2[f"{col}{r}"].border = BOX
s2.merge_cells("B6:B7")
s2.merge_cells("C6:H6")
q(s2, 8, "１０．", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "vpnUpdated")
q(s2, 9, "１１．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "vpnSourceRestricted")
q(s2, 10, "１２．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "vpnLogsAudited")
q(s2, 11, "１３．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "emergencyDrills")
q(s2, 12, "１４．", "セキュリティ責任者を設置しているか", "securityOfficer")
q(s2, 13, "", "　（１４続き）セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "securityOfficerSeparate")
s2["B15"] = "ご協力ありがとうございました。"

# save with openpyxl, then re-save through LibreOffice
tmpdir = tempfile.mkdtemp()
raw = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(raw)
conv = os.path.join(tmpdir, "conv")
os.makedirs(conv)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", conv, raw],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
xlsx = os.path.join(OUT, NAME + ".xlsx")
shutil.copyfile(os.path.join(conv, NAME + ".xlsx"), xlsx)


def ref(key):
    sheet, row = mark_cells[key]
    col = "E" if answers.get(key) == "はい" else "F"
    return f"{sheet}!{col}{row}"


values = {"respondent": respondent}
values.update(answers)
values["vpnDevicesText"] = vpn_text
expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": values,
    "planted": [
        {"cells": [ref(k) for k in ("backupTested", "generationsKept", "disasterSeparated", "leakProtected")],
         "paths": ["backupTested", "generationsKept", "disasterSeparated", "leakProtected"],
         "why": "Q3 電子カルテシステムを使用しているか = いいえ, so Q4-Q7 are not required (7.まで回答不要), "
                "yet they were answered (about the レセコン backup): answers to skipped questions (warning)"},
        {"cells": ["Ⅱ VPN装置!E9", "Ⅱ VPN装置!F9"],
         "paths": ["vpnSourceRestricted"],
         "why": "Q8 VPN装置が存在する = はい, so Q11 (アクセス元IPアドレスの制限) is required, but neither はい nor いいえ is marked"},
    ],
    "notes": ("Answers are ○ in column E (はい) or F (いいえ) of the question's row. Q1 is written as '氏名：…', '所属：…', "
              "'連絡先：…' in C5:C7 (values given without the label). Q9 is one merged free-text cell C7:H7 on "
              "'Ⅱ VPN装置' with a line break. Q14 second answer is row 13 of that sheet. Column H 備考 holds remarks "
              "only. Workbook re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
shutil.rmtree(tmpdir)
print("wrote", xlsx)

#!/usr/bin/python3
"""bv-w19-b: prefecture office's print-style answer sheet (bordered, blank spacer columns, full-width
question numbers), はい / いいえ answered by a ○ in the option column, Q9 as one merged free-text box,
an extra 記入要領 sheet first. Re-saved by LibreOffice.
Planted: Q3 いいえ (no EHR) yet Q4 and Q5 answered; Q12 left unanswered although Q8 はい."""
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave19/backup-vpn-survey"
NAME = "bv-w19-b-print-style-circle-marks"

thin = Side(style="thin")
med = Side(style="medium")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="EDEDED")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center")

wb = Workbook()
# ------------------------------------------------------------------ 記入要領
wi = wb.active
wi.title = "記入要領"
wi.column_dimensions["A"].width = 110
guide = [
    "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　記入要領",
    "",
    "・「回答様式」シートの各設問について、該当する欄（はい／いいえ）に「○」を記入してください。",
    "・設問１は回答者の氏名、所属、連絡先を記入してください。後日、厚生労働省から連絡する場合があります。",
    "・設問３で「いいえ」（電子カルテシステムを使用していない）の場合、設問７まで回答不要です。",
    "・設問８で「いいえ」（VPN装置が存在しない）の場合、以降の設問は回答不要です。",
    "・設問９はVPN装置のメーカー名、型番、台数を全て記載してください（記述方式）。",
    "・設問１４は、セキュリティ責任者の設置と、医療情報システムの責任者とは別に配置しているかの２点に回答してください。",
    "・技術的な質問・用語等については、システム設置事業者や保守事業者への照会等も活用してください。",
    "",
    "（提出先）〇〇県保健医療部医務課　医療情報担当",
]
for i, t in enumerate(guide, 1):
    wi[f"A{i}"] = t
wi["A1"].font = Font(bold=True, size=12)

# ------------------------------------------------------------------ 回答様式
ws = wb.create_sheet("回答様式")
widths = {"A": 2, "B": 6, "C": 12, "D": 12, "E": 12, "F": 12, "G": 12, "H": 12, "I": 8, "J": 8, "K": 2}
for col, w in widths.items():
    ws.column_dimensions[col].width = w
ws.merge_cells("B1:J1")
ws["B1"] = "バックアップデータ及びリモートゲートウェイ装置に係る調査　回答様式"
ws["B1"].font = Font(bold=True, size=13)
ws["B1"].alignment = CEN
ws.merge_cells("B2:J2")
ws["B2"] = "病院名：医療法人緑風会　しらかば病院"

r = 4
ws[f"B{r}"] = "番号"
ws.merge_cells(f"C{r}:H{r}")
ws[f"C{r}"] = "設　問"
ws[f"I{r}"] = "はい"
ws[f"J{r}"] = "いいえ"
for col in "BCDEFGHIJ":
    ws[f"{col}{r}"].fill = HEAD
    ws[f"{col}{r}"].border = BOX
    ws[f"{col}{r}"].alignment = CEN
r += 1

# Q1 block
ws.merge_cells(f"B{r}:B{r + 2}")
ws[f"B{r}"] = "１"
ws[f"B{r}"].alignment = CEN
resp = [("回答者　氏名", "小林 恵子"), ("回答者　所属", "事務部 総務課 係長"), ("回答者　連絡先", "0187-62-3355")]
for i, (lab, val) in enumerate(resp):
    ws.merge_cells(f"C{r + i}:D{r + i}")
    ws[f"C{r + i}"] = lab
    ws[f"C{r + i}"].fill = HEAD
    ws.merge_cells(f"E{r + i}:J{r + i}")
    ws[f"E{r + i}"] = val
    for col in "BCDEFGHIJ":
        ws[f"{col}{r + i}"].border = BOX
r += 3

CELL = {}


def yn_q(no, text, mark, key, height=30):
    """mark: 'はい', 'いいえ' or None (unanswered)."""
    global r
    ws[f"B{r}"] = no
    ws[f"B{r}"].alignment = CEN
    ws.merge_cells(f"C{r}:H{r}")
    ws[f"C{r}"] = text
    ws[f"C{r}"].alignment = WRAP
    if mark == "はい":
        ws[f"I{r}"] = "○"
    elif mark == "いいえ":
        ws[f"J{r}"] = "○"
    for col in "IJ":
        ws[f"{col}{r}"].alignment = CEN
    for col in "BCDEFGHIJ":
        ws[f"{col}{r}"].border = BOX
    ws.row_dimensions[r].height = height
    CELL[key] = r
    r += 1


def sec(title):
    global r
    ws.merge_cells(f"B{r}:J{r}")
    ws[f"B{r}"] = title
    ws[f"B{r}"].font = Font(bold=True)
    r += 1


sec("【電子カルテシステムのバックアップに係る質問関係】")
yn_q("２", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "いいえ",
     "usesGuidelines")
yn_q("３", "電子カルテシステムを使用しているか\n（いいえの場合、７．まで回答不要）", "いいえ", "usesEhr", 36)
yn_q("４", "診療行為を停止させないためのバックアップデータは作成しているか", "はい", "backupTested")
yn_q("５", "バックアップデータは世代管理しているか", "いいえ", "generationsKept")
yn_q("６", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
     None, "disasterSeparated", 45)
yn_q("７", "バックアップデータの漏洩対策を講じているか", None, "leakProtected")
sec("【リモートゲートウェイ装置に係る質問関係】")
yn_q("８", "VPN装置が存在するか\n（いいえの場合、以降の設問は回答不要）", "はい", "vpnPresent", 36)
# Q9 free text
ws[f"B{r}"] = "９"
ws[f"B{r}"].alignment = CEN
ws.merge_cells(f"C{r}:J{r}")
ws[f"C{r}"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）"
for col in "BCDEFGHIJ":
    ws[f"{col}{r}"].border = BOX
r += 1
Q9_TEXT = "ヤマハ　RTX1210　1台（医事会計システム保守用）\nNEC　UNIVERGE IX2105　1台（PACS保守用）"
ws.merge_cells(f"C{r}:J{r + 2}")
ws[f"C{r}"] = Q9_TEXT
ws[f"C{r}"].alignment = Alignment(wrap_text=True, vertical="top")
Q9_CELL = f"C{r}"
for rr in range(r, r + 3):
    for col in "BCDEFGHIJ":
        ws[f"{col}{rr}"].border = BOX
r += 3
yn_q("10", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか",
     "はい", "vpnUpdated", 36)
yn_q("11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい", "vpnSourceRestricted")
yn_q("12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", None, "vpnLogsAudited")
yn_q("13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ", "emergencyDrills")
yn_q("14", "セキュリティ責任者を設置しているか", "はい", "securityOfficer")
yn_q("", "（14続き）セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "securityOfficerSeparate")
# outer frame
ws.print_area = f"A1:K{r}"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
wb.active = 1

tmpd = tempfile.mkdtemp()
raw = os.path.join(tmpd, NAME + ".xlsx")
wb.save(raw)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmpd)

vals = {
    "respondent": {"name": "小林 恵子", "department": "事務部 総務課 係長", "contact": "0187-62-3355"},
    "usesGuidelines": "いいえ", "usesEhr": "いいえ", "backupTested": "はい", "generationsKept": "いいえ",
    "vpnPresent": "はい", "vpnDevicesText": Q9_TEXT,
    "vpnUpdated": "はい", "vpnSourceRestricted": "はい", "emergencyDrills": "いいえ",
    "securityOfficer": "はい", "securityOfficerSeparate": "いいえ",
}
S = "回答様式"
expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": vals,
    "planted": [
        {"cells": [f"{S}!I{CELL['backupTested']}", f"{S}!J{CELL['generationsKept']}"],
         "paths": ["backupTested", "generationsKept"],
         "why": "Q3 いいえ (電子カルテ未使用) so Q4–Q7 are 回答不要, but Q4 (はい) and Q5 (いいえ) were answered "
                "(skipped question answered: warning)"},
        {"cells": [f"{S}!I{CELL['vpnLogsAudited']}", f"{S}!J{CELL['vpnLogsAudited']}"],
         "paths": ["vpnLogsAudited"],
         "why": "Q8 はい (VPN装置あり) so Q12 is required, but neither はい nor いいえ is marked (missing required answer)"},
    ],
    "notes": ("Print-style sheet 回答様式 (spacer columns A/K); a ○ in column I means はい, in column J いいえ. "
              "Question numbers full-width (１–９). Q1 is a block of three rows (labels C:D, values E:J). "
              f"Q9 is one merged free-text box {S}!{Q9_CELL} (line break inside) → vpnDevicesText. Q6/Q7 blank is "
              "correct (skipped after Q3 いいえ). Q14's second answer is the unnumbered row '（14続き）'. "
              "病院名 in B2 is not a form key. First sheet 記入要領 is instructions only. Re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("done", CELL, Q9_CELL)

#!/usr/bin/python3
"""Generator for bv-w44-b-print-mark-columns.xlsx (blind test workbook).

Layout: a print-style A4 survey sheet (borders, blank spacer columns, title block and notes on top) with
full-width numbering (１．…１４．), the question text in merged cells and two mark columns はい / いいえ
where the filler puts ○. Q1 label-above with values below; Q9 one merged free-text cell; Q14 two rows.
Re-saved by LibreOffice. Planted: Q12 left unanswered although Q8 is はい.
"""
import sys, os, json, shutil, subprocess, tempfile
sys.path.insert(0, "/tmp/blindlib44")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w44-b-print-mark-columns"
XLSX = os.path.join(HERE, NAME + ".xlsx")
SHEET = "調査票"

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
MARK = "○"

wb = Workbook()
ws = wb.active
ws.title = SHEET
for col, w in zip("ABCDEFGHIJKL", [2, 6, 1, 14, 14, 14, 14, 14, 1, 8, 8, 2]):
    ws.column_dimensions[col].width = w
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True

ws.merge_cells("B1:K1")
ws["B1"] = "病院における医療情報システムのバックアップデータ及び\nリモートゲートウェイ装置に係る調査　調査票"
ws["B1"].font = Font(bold=True, size=13)
ws["B1"].alignment = CEN
ws.row_dimensions[1].height = 36
ws.merge_cells("B2:K2")
ws["B2"] = ("※回答要領を確認のうえ、該当する欄に「○」を記入してください。設問３が「いいえ」の場合は７．まで、"
            "設問８が「いいえ」の場合は以降の設問は回答不要です。")
ws["B2"].alignment = WRAP
ws.row_dimensions[2].height = 30
ws.merge_cells("B3:K3")
ws["B3"] = "病院名：医療法人 清和会 筑紫野さくら病院"
ws["B3"].border = B

r = 5


def section(title):
    global r
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=11)
    ws.cell(row=r, column=2, value=title).font = Font(bold=True)
    r += 1


def header():
    global r
    ws.cell(row=r, column=2, value="No.")
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=8)
    ws.cell(row=r, column=4, value="設問")
    ws.cell(row=r, column=10, value="はい")
    ws.cell(row=r, column=11, value="いいえ")
    for c in (2, 4, 5, 6, 7, 8, 10, 11):
        ws.cell(row=r, column=c).border = B
        ws.cell(row=r, column=c).fill = GRAY
        ws.cell(row=r, column=c).alignment = CEN
    r += 1


cells = {}


def yn(no, text, answer, key, height=30):
    """answer: 'はい', 'いいえ' or None (no mark)."""
    global r
    ws.cell(row=r, column=2, value=no).alignment = CEN
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=8)
    ws.cell(row=r, column=4, value=text).alignment = WRAP
    if answer == "はい":
        ws.cell(row=r, column=10, value=MARK)
    elif answer == "いいえ":
        ws.cell(row=r, column=11, value=MARK)
    for c in (2, 4, 5, 6, 7, 8, 10, 11):
        ws.cell(row=r, column=c).border = B
    ws.cell(row=r, column=10).alignment = CEN
    ws.cell(row=r, column=11).alignment = CEN
    ws.row_dimensions[r].height = height
    cells[key] = (f"J{r}", f"K{r}")
    r += 1


section("【電子カルテシステムのバックアップに係る質問関係】")
# Q1 label-above
ws.cell(row=r, column=2, value="１．").alignment = CEN
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=11)
ws.cell(row=r, column=4, value="回答者の情報（氏名、所属、連絡先）")
for c in (2, 4):
    ws.cell(row=r, column=c).border = B
r += 1
resp = [("氏名", "古賀 修平"), ("所属", "総務課 情報システム係"), ("連絡先", "092-924-1180（総務課直通）")]
for lab, val in resp:
    ws.cell(row=r, column=4, value=lab).fill = GRAY
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=11)
    ws.cell(row=r, column=5, value=val)
    for c in (4, 5, 6, 7, 8, 9, 10, 11):
        ws.cell(row=r, column=c).border = B
    r += 1
r += 1
header()
yn("２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか",
   "はい", "usesGuidelines")
yn("３．", "電子カルテシステムを使用しているか", "はい", "usesEhr")
yn("４．", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストしているか）", "はい",
   "backupTested")
yn("５．", "バックアップデータは世代管理しているか", "はい", "generationsKept")
yn("６．", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する"
          "方法で管理しているか", "いいえ", "disasterSeparated", 45)
yn("７．", "バックアップデータの漏洩対策を講じているか", "いいえ", "leakProtected")
r += 1
section("【リモートゲートウェイ装置に係る質問関係】")
header()
yn("８．", "VPN装置が存在するか", "はい", "vpnPresent")
# Q9 free text
ws.cell(row=r, column=2, value="９．").alignment = CEN
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=11)
ws.cell(row=r, column=4, value="VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）")
for c in (2, 4):
    ws.cell(row=r, column=c).border = B
r += 1
Q9 = "Fortinet FortiGate 60F　1台\nNEC UNIVERGE IX2215　2台（電子カルテ保守用・PACS保守用）"
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=11)
ws.cell(row=r, column=4, value=Q9).alignment = Alignment(wrap_text=True, vertical="top")
for c in range(4, 12):
    ws.cell(row=r, column=c).border = B
ws.row_dimensions[r].height = 48
q9cell = f"D{r}"
r += 1
yn("10．", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に"
           "行っているか", "はい", "vpnUpdated", 45)
yn("11．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "いいえ", "vpnSourceRestricted")
yn("12．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", None, "vpnLogsAudited")   # planted: no mark
yn("13．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ", "emergencyDrills")
yn("14．", "セキュリティ責任者を設置しているか", "はい", "securityOfficer")
yn("", "　セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "はい", "securityOfficerSeparate")
r += 1
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=11)
ws.cell(row=r, column=2, value="ご協力ありがとうございました。")
ws.print_area = f"A1:L{r}"

tmpd = tempfile.mkdtemp(prefix="bv44b-")
raw = os.path.join(tmpd, NAME + ".xlsx")
wb.save(raw)
outd = os.path.join(tmpd, "out")
os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), XLSX)
shutil.rmtree(tmpd)

expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "respondent": {"name": "古賀 修平", "department": "総務課 情報システム係",
                       "contact": "092-924-1180（総務課直通）"},
        "usesGuidelines": "はい",
        "usesEhr": "はい",
        "backupTested": "はい",
        "generationsKept": "はい",
        "disasterSeparated": "いいえ",
        "leakProtected": "いいえ",
        "vpnPresent": "はい",
        "vpnDevicesText": Q9,
        "vpnUpdated": "はい",
        "vpnSourceRestricted": "いいえ",
        "emergencyDrills": "いいえ",
        "securityOfficer": "はい",
        "securityOfficerSeparate": "はい",
    },
    "planted": [
        {"cells": [f"{SHEET}!{cells['vpnLogsAudited'][0]}", f"{SHEET}!{cells['vpnLogsAudited'][1]}"],
         "paths": ["vpnLogsAudited"],
         "why": "Q12 (VPN装置へのアクセス記録を定期的に分析・監査) has no mark in either はい or いいえ, although "
                "Q8 is はい (VPN装置あり), so Q12 is required: missing required answer"},
    ],
    "notes": ("Answers are ○ marks in column J (はい) or K (いいえ); the other column is empty. Q1 values are in "
              "merged cells E:K under the labels 氏名/所属/連絡先. Q9 is one merged free-text cell (vpnDevicesText, "
              "with a line break). Q14's second answer is the unnumbered row right under １４．. 病院名 in the header "
              "is not a form key. Re-saved by LibreOffice."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", XLSX, cells["vpnLogsAudited"], q9cell)

#!/usr/bin/python3
"""bv-w35-b: the same survey drawn as a one-page print form (罫線, blank spacer columns A and J), full-width
question numbers (１．…１４．), はい/いいえ answered by a ○ mark in the chosen column, Q1 as label + merged value
rows, Q9 as one free-text cell with line breaks, Q14 as two marked rows. Re-saved by LibreOffice.
Planted: Q1 連絡先 left blank; Q12 left unanswered (no mark in either column).
"""
import json, os, shutil, subprocess, sys, tempfile
sys.path.insert(0, "/tmp/lds_bv_pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w35-b-print-form-circle-marks"
thin = Side(style="thin")
med = Side(style="medium")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
SEC = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "調査票"
for col, w in zip("ABCDEFGHIJ", [2, 6, 16, 16, 16, 16, 16, 7, 7, 2]):
    ws.column_dimensions[col].width = w

ws.merge_cells("B1:I1")
ws["B1"].value = "病院における医療情報システムのバックアップデータ及び\nリモートゲートウェイ装置に係る調査"
ws["B1"].font = Font(bold=True, size=13)
ws["B1"].alignment = CEN
ws.row_dimensions[1].height = 40
ws.merge_cells("B2:I2")
ws["B2"].value = "※該当する欄に「○」を記入してください。　　病院名：市立みさき総合病院"
ws["B2"].alignment = Alignment(horizontal="right")


def boxrange(rng):
    for rr in ws[rng]:
        for c in rr:
            c.border = BOX


def section(r, text):
    ws.merge_cells(f"B{r}:G{r}")
    ws[f"B{r}"].value = text
    ws[f"B{r}"].font = Font(bold=True)
    ws[f"B{r}"].fill = SEC
    ws[f"H{r}"].value = "はい"
    ws[f"I{r}"].value = "いいえ"
    for col in "HI":
        ws[f"{col}{r}"].fill = SEC
        ws[f"{col}{r}"].alignment = CEN
        ws[f"{col}{r}"].font = Font(bold=True)
    boxrange(f"B{r}:I{r}")


def q(r, no, text, mark=None, height=32):
    ws[f"B{r}"].value = no
    ws[f"B{r}"].alignment = CEN
    ws.merge_cells(f"C{r}:G{r}")
    ws[f"C{r}"].value = text
    ws[f"C{r}"].alignment = WRAP
    if mark == "はい":
        ws[f"H{r}"].value = "○"
    elif mark == "いいえ":
        ws[f"I{r}"].value = "○"
    for col in "HI":
        ws[f"{col}{r}"].alignment = CEN
    boxrange(f"B{r}:I{r}")
    ws.row_dimensions[r].height = height


def field(r, label, value):
    ws[f"C{r}"].value = label
    ws[f"C{r}"].alignment = CEN
    ws.merge_cells(f"D{r}:I{r}")
    ws[f"D{r}"].value = value
    ws[f"D{r}"].alignment = WRAP
    boxrange(f"B{r}:I{r}")


section(4, "【電子カルテシステムのバックアップに係る質問】")
ws["B5"].value = "１．"
ws["B5"].alignment = CEN
ws.merge_cells("C5:I5")
ws["C5"].value = "回答者の情報（氏名、所属、連絡先を記載してください）"
boxrange("B5:I5")
respondent = {"name": "西村　真理子", "department": "医療情報管理室"}
field(6, "氏名", respondent["name"])
field(7, "所属", respondent["department"])
field(8, "連絡先", None)  # planted: left blank
ws.merge_cells("B5:B8")

q(9, "２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい")
q(10, "３．", "電子カルテシステムを使用しているか　※「いいえ」の場合は７．まで回答不要", "はい")
q(11, "４．", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "はい")
q(12, "５．", "バックアップデータは世代管理しているか", "はい", 22)
q(13, "６．", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "いいえ", 44)
q(14, "７．", "バックアップデータの漏洩対策を講じているか", "はい", 22)

section(16, "【リモートゲートウェイ装置（VPN装置）に係る質問】")
q(17, "８．", "VPN装置が存在するか　※「いいえ」の場合は以降の設問は回答不要", "はい")
ws["B18"].value = "９．"
ws["B18"].alignment = CEN
ws.merge_cells("C18:I18")
ws["C18"].value = "VPN装置のメーカー名、型番、台数を全て記載すること（記述）"
boxrange("B18:I18")
vpn_text = "Fortinet　FortiGate-80F　1台\nSonicWall　TZ370　1台（PACS保守業者設置）"
ws.merge_cells("C19:I19")
ws["C19"].value = vpn_text
ws["C19"].alignment = WRAP
ws.row_dimensions[19].height = 40
boxrange("B19:I19")
ws.merge_cells("B18:B19")
q(20, "１０．", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい", 44)
q(21, "１１．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "いいえ")
q(22, "１２．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", None)  # planted: no mark
q(23, "１３．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "はい")
ws["I21"].value = "〇"  # same mark, typed with the other circle character
q(24, "１４．", "セキュリティ責任者を設置しているか", "はい", 22)
q(25, "", "　セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "はい")
ws.merge_cells("B24:B25")
ws.merge_cells("B27:I27")
ws["B27"].value = "回答日：令和6年6月14日"
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.print_area = "A1:J27"

tmpdir = tempfile.mkdtemp(prefix="bv_b_")
raw = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(raw)
conv = os.path.join(tmpdir, "conv")
os.makedirs(conv)
subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/lds_bv_lo_profile", "--headless", "--convert-to",
                "xlsx", "--outdir", conv, raw], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(conv, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmpdir)

expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "respondent": respondent,
        "usesGuidelines": "はい",
        "usesEhr": "はい",
        "backupTested": "はい",
        "generationsKept": "はい",
        "disasterSeparated": "いいえ",
        "leakProtected": "はい",
        "vpnPresent": "はい",
        "vpnDevicesText": vpn_text,
        "vpnUpdated": "はい",
        "vpnSourceRestricted": "いいえ",
        "emergencyDrills": "はい",
        "securityOfficer": "はい",
        "securityOfficerSeparate": "はい",
    },
    "planted": [
        {"cells": ["調査票!D8"], "paths": ["respondent.contact"],
         "why": "Q1 回答者の情報: 連絡先 is required (氏名・所属・連絡先) but left blank"},
        {"cells": ["調査票!H22", "調査票!I22"], "paths": ["vpnLogsAudited"],
         "why": "Q12 is required (Q8 = はい, so Q9-Q14 must be answered) but neither はい nor いいえ is marked"},
    ],
    "notes": ("One-sheet print form, re-saved by LibreOffice. はい/いいえ answered by a ○ in column H (はい) or I (いいえ); "
              "Q11 (row 21) uses '〇' (U+3007) instead of '○'. Q9 is one free-text cell C19 (line break kept as \\n). "
              "Q14 second answer (別に配置) is row 25. 病院名 (in the note line B2) and 回答日 (B27, 令和6年6月14日) have no key."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("wrote", NAME)

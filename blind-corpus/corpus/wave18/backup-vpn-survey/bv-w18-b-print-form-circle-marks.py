#!/usr/bin/python3
"""bv-w18-b: print-style 回答用紙 as a prefecture office would relay it (borders, spacer columns,
「はい ・ いいえ」 options with a ○ mark cell before each option), Q1 as 「項目：値」 cells, Q9 as one
free-text cell, Q14 in two sub-rows. Re-saved by LibreOffice.
Planted: Q3 いいえ but Q4–Q7 still answered (skipped questions answered); Q11 left unanswered."""
import os
import shutil
import subprocess
import tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w18-b-print-form-circle-marks"
TMP = tempfile.mkdtemp()
thin = Side(style="thin")
med = Side(style="medium")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center")
SECFILL = PatternFill("solid", fgColor="F2F2F2")

wb = Workbook()
ws = wb.active
ws.title = "回答用紙"
# A spacer | B No. | C 設問 | D spacer | E mark | F はい | G mark | H いいえ | I spacer | J 備考
for c, w in zip("ABCDEFGHIJ", (2, 6, 62, 1.5, 4, 6, 4, 7, 1.5, 22)):
    ws.column_dimensions[c].width = w
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6)

ws.merge_cells("B1:J1")
ws["B1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答用紙"
ws["B1"].font = Font(size=12, bold=True)
ws["B1"].alignment = CENTER
ws.merge_cells("B2:J2")
ws["B2"] = "（提出先）香川県健康福祉部医務国保課　※該当する選択肢の左の欄に「○」を記入してください。"
ws.merge_cells("B3:J3")
ws["B3"] = "※3.で「いいえ」の場合は7.まで回答不要。8.で「いいえ」の場合は以降の設問は回答不要。"
ws["B3"].font = Font(color="C00000")

cellmap = {}
r = 5


def section(title):
    global r
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
    ws.cell(r, 2, title).font = Font(bold=True)
    ws.cell(r, 2).fill = SECFILL
    r += 1


def yn(no, text, ans, key, note=None):
    """ans: 'はい' / 'いいえ' / None (unanswered)"""
    global r
    ws.cell(r, 2, no).alignment = CENTER
    ws.cell(r, 3, text).alignment = WRAP
    ws.cell(r, 5, "○" if ans == "はい" else None).alignment = CENTER
    ws.cell(r, 6, "はい").alignment = CENTER
    ws.cell(r, 7, "○" if ans == "いいえ" else None).alignment = CENTER
    ws.cell(r, 8, "いいえ").alignment = CENTER
    ws.cell(r, 10, note).alignment = WRAP
    for c in (2, 3, 5, 6, 7, 8, 10):
        ws.cell(r, c).border = BOX
    ws.row_dimensions[r].height = 30 if len(text) < 34 else 44
    mark_col = "E" if ans == "はい" else "G" if ans == "いいえ" else None
    cellmap[key] = (r, mark_col)
    r += 1


section("【電子カルテシステムのバックアップに係る質問関係】")
ws.cell(r, 2, "1").alignment = CENTER
ws.cell(r, 3, "回答者の情報（氏名、所属、連絡先）")
ws.cell(r, 2).border = BOX
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=10)
r += 1
for key, t in (("respondent.name", "氏名：多度津 修"),
               ("respondent.department", "所属：医療法人三宅会 まんのう記念病院 事務部総務課"),
               ("respondent.contact", "連絡先：0877-75-2201（代表）　内線215")):
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=10)
    ws.cell(r, 3, t)
    for c in range(3, 11):
        ws.cell(r, c).border = Border(bottom=thin)
    cellmap[key] = (r, "C")
    r += 1
r += 1
yn("2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "いいえ",
   "usesGuidelines")
yn("3", "電子カルテシステムを使用しているか", "いいえ", "usesEhr", "紙カルテ運用")
yn("4", "診療行為を停止させないためのバックアップデータは作成しているか", "はい", "backupTested", "レセコンは毎日")
yn("5", "バックアップデータは世代管理しているか", "いいえ", "generationsKept")
yn("6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
   "いいえ", "disasterSeparated")
yn("7", "バックアップデータの漏洩対策を講じているか", "いいえ", "leakProtected")
r += 1
section("【リモートゲートウェイ装置に係る質問関係】")
yn("8", "VPN装置が存在するか", "はい", "vpnPresent")
ws.cell(r, 2, "9").alignment = CENTER
ws.cell(r, 3, "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）").alignment = WRAP
ws.cell(r, 2).border = BOX
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=10)
r += 1
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=10)
ws.cell(r, 3, "YAMAHA RTX830　1台（PACS保守用）\nNEC UNIVERGE IX2106　1台（レセコン保守用）").alignment = WRAP
for c in range(3, 11):
    ws.cell(r, c).border = BOX
ws.row_dimensions[r].height = 36
cellmap["vpnDevicesText"] = (r, "C")
r += 1
yn("10", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか",
   "はい", "vpnUpdated", "保守業者に確認済")
yn("11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", None, "vpnSourceRestricted")
yn("12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "vpnLogsAudited")
yn("13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ", "emergencyDrills")
yn("14-1", "セキュリティ責任者を設置しているか", "はい", "securityOfficer", "事務長")
yn("14-2", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "securityOfficerSeparate")
r += 1
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
ws.cell(r, 2, "ご協力ありがとうございました。")
ws.print_area = f"A1:J{r}"

raw = os.path.join(TMP, NAME + ".xlsx")
wb.save(raw)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(TMP, ignore_errors=True)
print(cellmap)

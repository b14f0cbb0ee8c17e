#!/usr/bin/python3
"""Generator for bv-w16-b-two-sections-circle-marks.xlsx

A small hospital's own layout: one sheet per section (1_バックアップ / 2_VPN装置),
questions numbered with full-width digits (２．), はい / いいえ as two columns with a ○ in
the chosen one, Q1 written as 「氏名：…」 in single cells, Q9 as one free-text cell (label
above, line break inside). Re-saved by LibreOffice.
Planted: (1) Q3 いいえ (no EHR) yet Q4 and Q5 are answered (skipped questions answered);
(2) Q12 left blank although Q8 is はい (missing required answer).
"""
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w16-b-two-sections-circle-marks"
S1 = "1_バックアップ"
S2 = "2_VPN装置"

thin = Side(style="thin")
BORDER = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="E2EFDA")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center")

wb = Workbook()
ws1 = wb.active
ws1.title = S1
ws2 = wb.create_sheet(S2)
for ws in (ws1, ws2):
    ws.column_dimensions["A"].width = 6
    ws.column_dimensions["B"].width = 70
    ws.column_dimensions["C"].width = 9
    ws.column_dimensions["D"].width = 9
    ws.column_dimensions["E"].width = 24

ws1["A1"] = "バックアップデータ及びリモートゲートウェイ装置に係る調査（回答）"
ws1["A1"].font = Font(bold=True, size=13)
ws1["A2"] = "医療機関名：医療法人 緑風会 やまびこ病院"
ws1["A4"] = "【電子カルテシステムのバックアップに係る質問関係】"
ws1["A4"].font = Font(bold=True)

ws1["A5"] = "１．"
ws1["B5"] = "回答者の情報"
ws1["B6"] = "氏名：小川 誠"
ws1["B7"] = "所属：事務部 事務長"
ws1["B8"] = "連絡先：0875-72-3300"
for rr in range(6, 9):
    ws1[f"B{rr}"].border = BORDER


def header(ws, row):
    ws.cell(row=row, column=1, value="No.")
    ws.cell(row=row, column=2, value="設問")
    ws.cell(row=row, column=3, value="はい")
    ws.cell(row=row, column=4, value="いいえ")
    ws.cell(row=row, column=5, value="備考")
    for col in range(1, 6):
        c = ws.cell(row=row, column=col)
        c.fill = HEAD
        c.border = BORDER
        c.alignment = CENTER
        c.font = Font(bold=True)


mark_cells = {}


def qrow(ws, row, no, text, ans, key, note=None):
    ws.cell(row=row, column=1, value=no)
    ws.cell(row=row, column=2, value=text)
    if ans == "はい":
        ws.cell(row=row, column=3, value="○")
    elif ans == "いいえ":
        ws.cell(row=row, column=4, value="○")
    if note:
        ws.cell(row=row, column=5, value=note)
    for col in range(1, 6):
        c = ws.cell(row=row, column=col)
        c.border = BORDER
        c.alignment = CENTER if col in (1, 3, 4) else WRAP
    ws.row_dimensions[row].height = 32
    mark_cells[key] = (ws.title, row)


header(ws1, 10)
qrow(ws1, 11, "２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか",
     "いいえ", "usesGuidelines")
qrow(ws1, 12, "３．", "電子カルテシステムを使用しているか", "いいえ", "usesEhr", "紙カルテ＋レセコン")
qrow(ws1, 13, "４．", "診療行為を停止させないためのバックアップデータは作成しているか", "はい", "backupTested",
     "レセコンは毎日外付けHDDへ")
qrow(ws1, 14, "５．", "バックアップデータは世代管理しているか", "はい", "generationsKept")
qrow(ws1, 15, "６．", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
     None, "disasterSeparated")
qrow(ws1, 16, "７．", "バックアップデータの漏洩対策を講じているか", None, "leakProtected")
ws1["A18"] = "※電子カルテシステムを使用していない場合は、７．まで回答不要"

ws2["A1"] = "【リモートゲートウェイ装置に係る質問関係】"
ws2["A1"].font = Font(bold=True)
ws2["A2"] = "院内のサーバ室等を確認し、VPN装置が存在するか確認のうえ回答してください。"
header(ws2, 4)
qrow(ws2, 5, "８．", "VPN装置が存在するか", "はい", "vpnPresent", "保守業者に確認済")
ws2["A7"] = "９．"
ws2["B7"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）"
q9_text = "ヤマハ RTX830　1台\nNEC UNIVERGE IX2106　1台（検査システム保守用・業者設置）"
ws2.merge_cells("B8:E8")
ws2["B8"] = q9_text
ws2["B8"].alignment = Alignment(wrap_text=True, vertical="top")
ws2.row_dimensions[8].height = 40
for col in range(2, 6):
    ws2.cell(row=8, column=col).border = BORDER
header(ws2, 10)
qrow(ws2, 11, "１０．", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか",
     "はい", "vpnUpdated")
qrow(ws2, 12, "１１．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "いいえ", "vpnSourceRestricted")
qrow(ws2, 13, "１２．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", None, "vpnLogsAudited")
qrow(ws2, 14, "１３．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ", "emergencyDrills")
qrow(ws2, 15, "１４．", "セキュリティ責任者を設置しているか", "はい", "securityOfficer")
qrow(ws2, 16, "", "（１４．続き）セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ",
     "securityOfficerSeparate")

tmpdir = tempfile.mkdtemp(prefix="bvb_")
tmp = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(tmp)
out = os.path.join(HERE, NAME + ".xlsx")
conv = os.path.join(tmpdir, "conv")
os.makedirs(conv)
res = subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", conv, tmp],
                     capture_output=True, text=True, timeout=180)
produced = os.path.join(conv, NAME + ".xlsx")
if os.path.exists(produced):
    shutil.copyfile(produced, out)
    resaved = True
else:
    print("LibreOffice re-save failed, keeping openpyxl file:", res.stdout, res.stderr)
    shutil.copyfile(tmp, out)
    resaved = False
shutil.rmtree(tmpdir, ignore_errors=True)


def cell(key, col):
    sheet, row = mark_cells[key]
    return f"{sheet}!{col}{row}"


values = {
    "respondent": {"name": "小川 誠", "department": "事務部 事務長", "contact": "0875-72-3300"},
    "usesGuidelines": "いいえ",
    "usesEhr": "いいえ",
    "backupTested": "はい",
    "generationsKept": "はい",
    "vpnPresent": "はい",
    "vpnDevicesText": q9_text,
    "vpnUpdated": "はい",
    "vpnSourceRestricted": "いいえ",
    "emergencyDrills": "いいえ",
    "securityOfficer": "はい",
    "securityOfficerSeparate": "いいえ",
}
planted = [
    {"cells": [cell("backupTested", "C"), cell("generationsKept", "C")],
     "paths": ["backupTested", "generationsKept"],
     "why": "Q3 電子カルテシステムを使用しているか is いいえ, so Q4–Q7 are not required (「7. まで回答不要」), yet Q4 and "
            "Q5 are answered はい (answer to a skipped question: warning)."},
    {"cells": [cell("vpnLogsAudited", "C"), cell("vpnLogsAudited", "D")],
     "paths": ["vpnLogsAudited"],
     "why": "Q8 VPN装置が存在するか is はい, so Q12 (アクセス記録を定期的に分析・監査) is required, but neither はい nor "
            "いいえ is marked (missing required answer: error)."},
]
expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": values,
    "planted": planted,
    "notes": ("Two sheets, one per section. Answers are ○ marks in column C (はい) or D (いいえ). Q1 written as "
              "「氏名：…」「所属：…」「連絡先：…」 in single cells B6:B8 (values without the label). Q9 is one free-text "
              "cell B8 on 2_VPN装置 (merged B8:E8) with a line break; the text is given in vpnDevicesText exactly. "
              "Q14's second answer is the unnumbered row 16 「（１４．続き）…別に配置しているか」. Q6 and Q7 are blank "
              "correctly (skipped because Q3 いいえ). Column E 備考 notes (e.g. 紙カルテ＋レセコン) are not form "
              "fields; 医療機関名 in A2 is not a key. "
              + ("File re-saved by LibreOffice." if resaved else "LibreOffice re-save failed; saved by openpyxl.")),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("wrote", out, "resaved" if resaved else "openpyxl only")

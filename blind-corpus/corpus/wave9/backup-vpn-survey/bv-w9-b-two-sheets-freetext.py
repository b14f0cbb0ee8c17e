#!/usr/bin/python3
# Generator for bv-w9-b-two-sheets-freetext.xlsx (form backup-vpn-survey, R6)
# Role: a small hospital's 事務長 answering a prefecture-made workbook that split the survey in
# two sheets (【バックアップ】 Q1–Q7, 【VPN装置】 Q8–Q14), print-style with the question above
# its answer line and options pre-printed 「はい ・ いいえ」; the filler deleted the option
# not chosen (sometimes adding a note in brackets). Q9 is one free-text cell with line breaks.
# A 記入要領 sheet comes first. Two planted problems.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave9/backup-vpn-survey"
NAME = "bv-w9-b-two-sheets-freetext"

thin = Side(style="thin")
med = Side(style="medium")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
QFILL = PatternFill("solid", fgColor="DDEBF7")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
wi = wb.active
wi.title = "記入要領"
wi.column_dimensions["A"].width = 4
wi.column_dimensions["B"].width = 100
guide = [
    "バックアップデータ及びリモートゲートウェイ装置に係る調査　記入要領",
    "",
    "１　各設問の回答欄の「はい ・ いいえ」のうち、該当しない方を削除してください。",
    "２　３．で「いいえ」（電子カルテシステムを使用していない）の場合は、７．まで回答不要です。",
    "３　８．で「いいえ」（VPN装置が存在しない）の場合は、以降の設問は回答不要です。",
    "４　９．はVPN装置のメーカー名、型番、台数を全て記載してください（記述方式）。",
    "５　技術的な質問・用語等については、システム設置事業者や保守事業者への照会等も活用してください。",
    "６　回答後、【バックアップ】【VPN装置】の２シートとも入力されていることを確認のうえ、メールで提出してください。",
]
for i, t in enumerate(guide):
    wi[f"B{i + 1}"] = t or None
wi["B1"].font = Font(bold=True, size=12)

cells = {}


def make_sheet(title):
    ws = wb.create_sheet(title)
    ws.column_dimensions["A"].width = 2   # spacer
    ws.column_dimensions["B"].width = 6
    ws.column_dimensions["C"].width = 28
    ws.column_dimensions["D"].width = 2   # spacer
    ws.column_dimensions["E"].width = 52
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return ws


def question(ws, r, no, text, key, answer, note=None):
    """question text above (merged B:E), answer line below: 回答 | value."""
    ws.merge_cells(f"B{r}:E{r}")
    c = ws[f"B{r}"]
    c.value = f"{no}　{text}"
    c.fill = QFILL
    c.alignment = WRAP
    c.font = Font(bold=True)
    ws.row_dimensions[r].height = 32
    ws[f"B{r + 1}"] = "回答"
    ws[f"B{r + 1}"].alignment = CENTER
    ws[f"C{r + 1}"] = answer   # None = left blank
    ws[f"C{r + 1}"].alignment = CENTER
    for ref in (f"B{r + 1}", f"C{r + 1}"):
        ws[ref].border = BOX
    if note:
        ws[f"E{r + 1}"] = note
        ws[f"E{r + 1}"].font = Font(size=9, color="595959")
    cells[key] = f"{ws.title}!C{r + 1}"
    return r + 3


# ------------------------------------------------------------------ 【バックアップ】
ws = make_sheet("回答(1)バックアップ")
ws["B1"] = "【電子カルテシステムのバックアップに係る質問関係】"
ws["B1"].font = Font(bold=True, size=12)
ws["E2"] = "回答日：6/20"
ws["B3"] = "１．回答者の情報"
ws["B3"].font = Font(bold=True)
ws["B3"].fill = QFILL
ws.merge_cells("B3:E3")
resp = {"name": "氏名：真鍋 健太", "department": "所属：事務部（事務長）", "contact": "連絡先：0875-72-3108／manabe@kanonji-kohan.example.jp"}
for i, (k, v) in enumerate(resp.items()):
    ws.merge_cells(f"B{4 + i}:E{4 + i}")
    ws[f"B{4 + i}"] = v
    ws[f"B{4 + i}"].border = BOX
    cells["respondent." + k] = f"{ws.title}!B{4 + i}"
r = 8
r = question(ws, r, "２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか",
             "usesGuidelines", "はい")
r = question(ws, r, "３．", "電子カルテシステムを使用しているか", "usesEhr", "いいえ",
             "※「いいえ」の場合は７．まで回答不要（紙カルテ運用。オーダリングなし）")
r = question(ws, r, "４．", "診療行為を停止させないためのバックアップデータは作成しているか", "backupTested", None)
r = question(ws, r, "５．", "バックアップデータは世代管理しているか", "generationsKept", "はい",
             "（レセコンのバックアップを2世代）")
r = question(ws, r, "６．", "バックアップデータについて、同時災害を回避する方法で管理しているか", "disasterSeparated", None)
r = question(ws, r, "７．", "バックアップデータの漏洩対策を講じているか", "leakProtected", None)

# ------------------------------------------------------------------ 【VPN装置】
wv = make_sheet("回答(2)VPN装置")
wv["B1"] = "【リモートゲートウェイ装置に係る質問関係】"
wv["B1"].font = Font(bold=True, size=12)
wv["B2"] = "※院内のサーバ室等を確認し、VPN装置が存在するか確認してください。"
r = 4
r = question(wv, r, "８．", "VPN装置が存在するか", "vpnPresent", "はい", "※「いいえ」の場合は以降の設問は回答不要")
# Q9 free text
wv.merge_cells(f"B{r}:E{r}")
wv[f"B{r}"] = "９．　VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）"
wv[f"B{r}"].fill = QFILL
wv[f"B{r}"].font = Font(bold=True)
wv.merge_cells(f"B{r + 1}:E{r + 3}")
q9 = "ヤマハ　RTX830　2台（放射線・臨床検査の保守用）\nNEC　UNIVERGE IX2106　1台（レセコン保守用）"
wv[f"B{r + 1}"] = q9
wv[f"B{r + 1}"].alignment = Alignment(wrap_text=True, vertical="top")
for row in wv[f"B{r + 1}:E{r + 3}"]:
    for c in row:
        c.border = BOX
cells["vpnDevicesText"] = f"{wv.title}!B{r + 1}"
r += 5
r = question(wv, r, "10．", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "vpnUpdated", "はい")
r = question(wv, r, "11．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "vpnSourceRestricted",
             "はい（保守業者2社の固定IPのみ許可）")
r = question(wv, r, "12．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "vpnLogsAudited", None)
r = question(wv, r, "13．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "emergencyDrills", "いいえ（手順書は作成中）")
r = question(wv, r, "14．", "セキュリティ責任者を設置しているか", "securityOfficer", "はい")
r = question(wv, r, "　", "また、セキュリティ責任者を医療情報システムの責任者とは別に配置しているか",
             "securityOfficerSeparate", "はい")

wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "respondent": {"name": "真鍋 健太", "department": "事務部（事務長）",
                       "contact": "0875-72-3108／manabe@kanonji-kohan.example.jp"},
        "usesGuidelines": "はい",
        "usesEhr": "いいえ",
        "generationsKept": "はい",
        "vpnPresent": "はい",
        "vpnDevicesText": q9,
        "vpnUpdated": "はい",
        "vpnSourceRestricted": "はい",
        "emergencyDrills": "いいえ",
        "securityOfficer": "はい",
        "securityOfficerSeparate": "はい",
    },
    "planted": [
        {"cells": [cells["generationsKept"]], "paths": ["generationsKept"],
         "why": "Q3 is いいえ (no 電子カルテシステム), so Q4–Q7 are not to be answered, yet Q5 is answered はい (skipped question answered: warning)"},
        {"cells": [cells["vpnLogsAudited"]], "paths": ["vpnLogsAudited"],
         "why": "Q8 is はい (a VPN device exists), so Q12 is required, but its answer cell is empty (missing required answer: error)"},
    ],
    "notes": (
        "Two answer sheets: 回答(1)バックアップ (Q1–Q7) and 回答(2)VPN装置 (Q8–Q14); 記入要領 is instructions only. "
        "Each question text sits in a merged row, the answer in column C of the row below (label '回答' in B). "
        "The form pre-printed 'はい ・ いいえ' and the filler deleted the option not chosen; Q11 is 'はい（保守業者2社の固定IPのみ許可）' "
        "and Q13 'いいえ（手順書は作成中）' — answer plus a note in brackets in the same cell. Q4, Q6, Q7 are blank on purpose "
        "(legitimately skipped after Q3 いいえ). Q1 values share their cell with the label ('氏名：…'); the contact cell holds phone "
        "and mail separated by a full-width slash. Q9 is one merged free-text cell with a line break (vpnDevicesText). "
        "The second Q14 answer (別に配置) is the row whose number cell is blank, under Q14. Header '回答日：6/20' is year-less "
        "(2024-06-20) and is not a field."
    ),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("ok", cells)

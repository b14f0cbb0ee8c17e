#!/usr/bin/python3
"""bv-w21-b: a small hospital's own one-sheet answer sheet: 設問 | はい | いいえ | 備考, a ○ in the chosen column,
Q1 written 「氏名：…」 in one cell per item, Q9 as one free-text cell, 回答日 =TODAY() (no cached value).
Planted: Q3 いいえ but Q4/Q5 answered anyway (skipped questions answered); Q12 left blank although Q8 はい."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave21/backup-vpn-survey"
NAME = "bv-w21-b-hospital-circle-columns"
SHEET = "調査票"

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="E7E6E6")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SHEET
for col, w in zip("ABCDE", [7, 64, 8, 8, 34]):
    ws.column_dimensions[col].width = w

ws["A1"] = "バックアップデータ及びリモートゲートウェイ装置に係る調査"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "医療機関名：医療法人 清和会 さくら通り病院"
ws["D2"] = "回答日"
ws["E2"] = "=TODAY()"
ws["E2"].number_format = "yyyy/m/d"
ws["A3"] = "該当する欄に○を記入してください。"

ws["A5"] = "問"
ws["B5"] = "設問"
ws["C5"] = "はい"
ws["D5"] = "いいえ"
ws["E5"] = "備考"
for c in "ABCDE":
    ws[f"{c}5"].fill = GRAY
    ws[f"{c}5"].font = Font(bold=True)

ws["A6"] = "１．"
ws["B6"] = "回答者の情報"
ws.merge_cells("B6:E6")
resp = [("氏名", "佐藤 花子", "name"), ("所属", "診療情報管理室 室長", "department"),
        ("連絡先", "092-641-7720　hanako.sato@sakura-dori.or.jp", "contact")]
for i, (lab, v, k) in enumerate(resp):
    r = 7 + i
    ws.cell(r, 2, f"{lab}：{v}")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)

# (number, question, answer or None, key, 備考)
qs = [
    ("２．", "医療情報システムの安全管理に関するガイドライン及びチェックリスト等を活用しているか", "はい", "usesGuidelines", ""),
    ("３．", "電子カルテシステムを使用しているか\n（いいえの場合、７．まで回答不要）", "いいえ", "usesEhr", "紙カルテ運用（オーダリングなし）"),
    ("４．", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストしているか）", "はい", "backupTested", "医事会計システムのバックアップは毎日取得"),
    ("５．", "バックアップデータは世代管理しているか", "はい", "generationsKept", "7世代"),
    ("６．", "同時災害を回避する方法でバックアップデータを管理しているか", None, "disasterSeparated", ""),
    ("７．", "バックアップデータの漏洩対策を講じているか", None, "leakProtected", ""),
    ("８．", "VPN装置が存在するか\n（いいえの場合、以降の設問は回答不要）", "はい", "vpnPresent", "保守業者2社に確認済"),
    ("９．", "VPN装置のメーカー名、型番、台数を全て記載", "TEXT", "vpnDevicesText", ""),
    ("１０．", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい", "vpnUpdated", ""),
    ("１１．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい", "vpnSourceRestricted", ""),
    ("１２．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", None, "vpnLogsAudited", ""),
    ("１３．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ", "emergencyDrills", "手順書は作成中"),
    ("１４．", "セキュリティ責任者を設置しているか", "はい", "securityOfficer", ""),
    ("", "　セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "securityOfficerSeparate", "事務長が兼務"),
]
q9_text = "ヤマハ　RTX1210　1台（医事会計システム保守用）\nNEC　UNIVERGE IX2106　1台（検査機器保守用）"
cell_of = {}
r = 10
for no, q, a, k, note in qs:
    ws.cell(r, 1, no)
    ws.cell(r, 2, q)
    if a == "TEXT":
        ws.cell(r, 3, q9_text)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
        ws.row_dimensions[r].height = 36
        cell_of[k] = f"C{r}"
    else:
        if a == "はい":
            ws.cell(r, 3, "○")
        elif a == "いいえ":
            ws.cell(r, 4, "○")
        cell_of[k] = (f"C{r}", f"D{r}")
        if note:
            ws.cell(r, 5, note)
    r += 1
ws.merge_cells(start_row=r - 2, start_column=1, end_row=r - 1, end_column=1)
last = r - 1
for row in ws.iter_rows(min_row=5, max_row=last, max_col=5):
    for c in row:
        c.border = B
        c.alignment = CEN if c.column in (1, 3, 4) else WRAP
for rr in (11, 16):
    ws.row_dimensions[rr].height = 30
ws.cell(10 + 7, 3).alignment = WRAP  # Q9 text
ws["C17"].alignment = WRAP
ws.cell(last + 2, 1, "ご協力ありがとうございました。")

path = os.path.join(OUT, NAME + ".xlsx")
wb.save(path)

values = {"respondent": {k: v for _, v, k in resp}}
for no, q, a, k, note in qs:
    if a == "TEXT":
        values[k] = q9_text
    elif a is not None:
        values[k] = a
exp = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": values,
    "planted": [
        {"cells": [f"{SHEET}!{cell_of['backupTested'][0]}", f"{SHEET}!{cell_of['generationsKept'][0]}"],
         "paths": ["backupTested", "generationsKept"],
         "why": "Q3 (電子カルテシステムを使用しているか) is いいえ, so Q4-Q7 are not to be answered (回答不要), "
                "but Q4 and Q5 were answered はい anyway (answer to a skipped question: warning)"},
        {"cells": [f"{SHEET}!{cell_of['vpnLogsAudited'][0]}", f"{SHEET}!{cell_of['vpnLogsAudited'][1]}"],
         "paths": ["vpnLogsAudited"],
         "why": "Q8 is はい (VPN装置あり), so Q12 is required, but neither はい nor いいえ is marked (missing required answer)"},
    ],
    "notes": ("Answers are ○ in column C (はい) or D (いいえ). Q1 written as 「氏名：…」「所属：…」「連絡先：…」 in merged cells "
              "B7-B9 (labels stripped in values). Q9 is one merged free-text cell (C17) with a line break and "
              "full-width spaces, given as vpnDevicesText exactly as written. Q6/Q7 blank (correctly, since Q3 いいえ). "
              "Q14 second answer on row 23 (no number). E2 回答日 is =TODAY() with no cached value (not a key). "
              "医療機関名 in A2 and the 備考 column have no keys."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
print("wrote", path, cell_of)

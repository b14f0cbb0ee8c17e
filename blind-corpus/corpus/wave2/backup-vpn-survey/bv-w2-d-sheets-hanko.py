#!/usr/bin/python3
# bv-w2-d: one sheet per section (記入要領 / 回答者情報 / バックアップ / リモートゲートウェイ) plus a hidden
# 集計 sheet of formulas. Labels above values on the respondent sheet; answer cells pre-printed 「はい・いいえ」 and the
# filler deleted the option that does not apply (one leftover 「・」, one trailing space). Re-saved by LibreOffice.
# Planted: (1) 連絡先 left blank; (2) Q8 = いいえ but Q10-Q14 answered anyway (skipped questions answered).
import json, os, subprocess, tempfile, shutil
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

NAME = "bv-w2-d-sheets-hanko"
OUT = os.path.dirname(os.path.abspath(__file__))
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
head = PatternFill("solid", fgColor="FCE4D6")

wb = Workbook()
g = wb.active; g.title = "記入要領"
guide = [
    "【記入要領】病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査",
    "",
    "・各シートの回答欄に「はい・いいえ」と印字してあります。該当しない方を削除してください。",
    "・設問3で「いいえ」（電子カルテシステムを使用していない）の場合、設問4～7は回答不要です。",
    "・設問8で「いいえ」（VPN装置が存在しない）の場合、以降の設問は回答不要です。",
    "・設問9は、院内のサーバ室等を確認のうえ、VPN装置のメーカー名・型番・台数を全て記載してください。",
    "・技術的な用語等は、システム設置事業者や保守事業者にも照会してください。",
    "・記入後、本ファイルを県医療政策課あてメールで提出してください。",
]
for i, t in enumerate(guide, 1): g.cell(i, 1, t)
g["A1"].font = Font(bold=True); g.column_dimensions["A"].width = 100

# --- 1 回答者情報: label above value
s1 = wb.create_sheet("回答者情報")
s1["A1"] = "設問1　回答者の情報"; s1["A1"].font = Font(bold=True, size=12)
s1.column_dimensions["A"].width = 70
for r, lab, val in ((3, "氏名", "佐藤 美咲"),
                    (6, "所属", "医療法人社団 清流会 かわせみ病院 医療安全管理室"),
                    (9, "連絡先（電話番号又はメールアドレス）", None)):
    c = s1.cell(r, 1, lab); c.fill = head; c.border = B; c.font = Font(bold=True)
    v = s1.cell(r + 1, 1, val); v.border = B
s1["A12"] = "※後日、内容確認のため厚生労働省から回答者へ連絡する場合があります。"
s1["A12"].font = Font(size=9)

def qsheet(title, heading, items):
    s = wb.create_sheet(title)
    s["A1"] = heading; s["A1"].font = Font(bold=True, size=12)
    s.column_dimensions["A"].width = 8; s.column_dimensions["B"].width = 70; s.column_dimensions["C"].width = 22
    for i, t in enumerate(["設問", "内容", "回答（不要な方を削除）"], 1):
        c = s.cell(3, i, t); c.fill = head; c.border = B; c.font = Font(bold=True)
    r = 4
    for no, q, a in items:
        s.cell(r, 1, no); s.cell(r, 2, q).alignment = wrap; s.cell(r, 3, a)
        for col in (1, 2, 3): s.cell(r, col).border = B
        r += 1
    return s, r

s2, _ = qsheet("バックアップ", "【電子カルテシステムのバックアップに係る質問関係】", [
    ("2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい"),
    ("3", "電子カルテシステムを使用しているか", "はい "),
    ("4", "診療行為を停止させないためのバックアップデータは作成しているか（復旧可能か定期的にテストしているか）", "はい"),
    ("5", "バックアップデータは世代管理しているか", "はい・"),
    ("6", "バックアップデータについて、同時災害を回避する方法で管理しているか（遠隔地保管、世代ごとのオフライン保存等）", "いいえ"),
    ("7", "バックアップデータの漏洩対策を講じているか（暗号化、秘密分散管理等）", "はい"),
])

s3 = wb.create_sheet("リモートゲートウェイ")
s3["A1"] = "【リモートゲートウェイ装置に係る質問関係】"; s3["A1"].font = Font(bold=True, size=12)
s3["A2"] = "※院内のサーバ室等を確認し、VPN装置が存在するか確認してください。"; s3["A2"].font = Font(size=9)
s3.column_dimensions["A"].width = 8; s3.column_dimensions["B"].width = 70; s3.column_dimensions["C"].width = 22
s3.column_dimensions["D"].width = 10
for i, t in enumerate(["設問", "内容", "回答（不要な方を削除）"], 1):
    c = s3.cell(3, i, t); c.fill = head; c.border = B; c.font = Font(bold=True)
def q3(r, no, q, a):
    s3.cell(r, 1, no); s3.cell(r, 2, q).alignment = wrap; s3.cell(r, 3, a)
    for col in (1, 2, 3): s3.cell(r, col).border = B
q3(4, "8", "VPN装置が存在するか", "いいえ")
s3["A5"] = "9"; s3["B5"] = "VPN装置のメーカー名、型番、台数を全て記載すること（下表）"
for col in (1, 2, 3): s3.cell(5, col).border = B
for i, t in enumerate(["", "メーカー名", "型番", "台数"], 1):
    if t:
        c = s3.cell(6, i, t); c.fill = head; c.border = B
for r in (7, 8, 9):
    s3.cell(r, 1, f"({r-6})")
    for col in (2, 3, 4): s3.cell(r, col).border = B
q3(10, "10", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "いいえ")
q3(11, "11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "いいえ")
q3(12, "12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ")
q3(13, "13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "はい")
q3(14, "14", "セキュリティ責任者を設置しているか", "はい")
q3(15, "", "　セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ")

# hidden tally sheet (prefecture's own, formulas)
h = wb.create_sheet("集計")
cols = ["氏名", "所属", "連絡先", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8", "Q10", "Q11", "Q12", "Q13", "Q14", "Q14-2"]
refs = ["'回答者情報'!A4", "'回答者情報'!A7", "'回答者情報'!A10"] + \
       [f"'バックアップ'!C{r}" for r in range(4, 10)] + \
       [f"'リモートゲートウェイ'!C{r}" for r in (4, 10, 11, 12, 13, 14, 15)]
for i, (c, ref) in enumerate(zip(cols, refs), 1):
    h.cell(1, i, c)
    h.cell(2, i, f'=IF({ref}="","",TRIM({ref}))')
h.sheet_state = "hidden"
wb.active = 1

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmp)

expected = {
    "form": "backup-vpn-survey", "version": "R6", "file": NAME + ".xlsx",
    "values": {
        "respondent": {"name": "佐藤 美咲", "department": "医療法人社団 清流会 かわせみ病院 医療安全管理室"},
        "usesGuidelines": "はい", "usesEhr": "はい", "backupTested": "はい", "generationsKept": "はい",
        "disasterSeparated": "いいえ", "leakProtected": "はい", "vpnPresent": "いいえ",
        "vpnUpdated": "いいえ", "vpnSourceRestricted": "いいえ", "vpnLogsAudited": "いいえ",
        "emergencyDrills": "はい", "securityOfficer": "はい", "securityOfficerSeparate": "いいえ",
    },
    "planted": [
        {"cells": ["回答者情報!A10"], "paths": ["respondent.contact"],
         "why": "設問1 連絡先 left blank: 回答者の氏名、所属、連絡先 are all required (MHLW may contact the respondent)"},
        {"cells": ["リモートゲートウェイ!C10", "リモートゲートウェイ!C11", "リモートゲートウェイ!C12",
                   "リモートゲートウェイ!C13", "リモートゲートウェイ!C14", "リモートゲートウェイ!C15"],
         "paths": ["vpnUpdated", "vpnSourceRestricted", "vpnLogsAudited", "emergencyDrills",
                   "securityOfficer", "securityOfficerSeparate"],
         "why": "設問8 is いいえ (no VPN device), so the following questions are 回答不要 per the guide, yet Q10-Q14 were answered (skipped questions answered - a warning, not an error)"},
    ],
    "notes": ("One sheet per section. Answer cells were pre-printed 「はい・いいえ」 and the filler deleted one option: "
              "'バックアップ'!C5 is 'はい ' (trailing space) and C7 is 'はい・' (leftover separator) - both mean はい. "
              "Q9 table on リモートゲートウェイ rows 6-9 is empty (correct, Q8 いいえ). Hidden sheet 集計 only "
              "mirrors the answers with formulas (LibreOffice cached the values) and is not a second submission. "
              "Sheet 記入要領 is instructions only. Re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)

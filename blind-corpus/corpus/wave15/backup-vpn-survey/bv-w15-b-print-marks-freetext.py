#!/usr/bin/python3
# bv-w15-b: a print-style answer sheet (borders, blank spacer columns) where each question offers
# 「はい」「いいえ」 and the answer is a ○ in the box before the chosen option; respondent block with labels above
# values; Q9 as one free-text cell. Saved by openpyxl, re-saved by LibreOffice. Two planted problems.
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w15-b-print-marks-freetext"
S = "調査票"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="EDEDED")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center")

wb = Workbook()
ws = wb.active
ws.title = S
# A spacer | B No | C question | D spacer | E mark | F はい | G mark | H いいえ | I spacer
for col, w in zip("ABCDEFGHI", [2, 6, 58, 2, 4, 7, 4, 7, 2]):
    ws.column_dimensions[col].width = w

ws.merge_cells("B1:H1")
ws["B1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査"
ws["B1"].font = Font(bold=True, size=12)
ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:H2")
ws["B2"] = "該当する回答の□欄に○を記入してください。"
ws["B2"].alignment = Alignment(horizontal="center")
ws.merge_cells("B3:H3")
ws["B3"] = "病院名：医療法人 吉備会 高梁こころの丘病院"

# respondent block: labels above values
ws["B5"] = "１．回答者の情報"
ws["B5"].font = Font(bold=True)
ws["C6"] = "氏名"
ws.merge_cells("E6:H6")
ws["E6"] = "所属"
ws["C7"] = "岡田　美穂"
ws.merge_cells("E7:H7")
ws["E7"] = "事務部 医事課（医療情報担当）"
ws.merge_cells("C8:H8")
ws["C8"] = "連絡先"
ws.merge_cells("C9:H9")
ws["C9"] = "0866-22-3180 ／ m-okada@kokoronooka.or.jp"
for a in ("C6", "E6", "C8"):
    ws[a].fill = GRAY
    ws[a].font = Font(size=9)
for rng in ("C6:C7", "E6:H7", "C8:H9"):
    for row in ws[rng]:
        for c in row:
            c.border = BOX

qs = [
    ("２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか",
     "usesGuidelines", "いいえ"),
    ("３．", "電子カルテシステムを使用しているか（使用していない場合は７．まで回答不要）", "usesEhr", "いいえ"),
    ("４．", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストしているか）",
     "backupTested", "はい"),
    ("５．", "バックアップデータは世代管理しているか", "generationsKept", "いいえ"),
    ("６．", "バックアップデータについて、同時災害（サイバー攻撃による汚損・破壊、火災や自然災害による消失等）を回避"
            "する方法で管理しているか", "disasterSeparated", "いいえ"),
    ("７．", "バックアップデータの漏洩対策を講じているか", "leakProtected", "いいえ"),
    ("８．", "VPN装置が存在するか（設置されていない場合は以降の設問は回答不要）", "vpnPresent", "はい"),
    ("９．", "VPN装置のメーカー名、型番、台数を全て記載すること", "vpnDevicesText", None),
    ("１０．", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "vpnUpdated", "はい"),
    ("１１．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "vpnSourceRestricted", "いいえ"),
    ("１２．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "vpnLogsAudited", "BLANK"),
    ("１３．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "emergencyDrills", "いいえ"),
    ("１４．", "セキュリティ責任者を設置しているか", "securityOfficer", "はい"),
    ("", "　（上記）セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "securityOfficerSeparate",
     "いいえ"),
]
VPN_TEXT = "Cisco　RV340　1台\nYAMAHA　RTX830　1台（検査機器メーカー保守用）"
r = 11
cells = {}
vals = {}
ws.cell(r, 2, "【電子カルテシステムのバックアップ関係】").font = Font(bold=True)
r += 1
for no, q, key, ans in qs:
    if key == "vpnPresent":
        ws.cell(r, 2, "【リモートゲートウェイ装置関係】").font = Font(bold=True)
        r += 1
    ws.cell(r, 2, no).alignment = Alignment(vertical="center")
    ws.cell(r, 3, q).alignment = WRAP
    ws.row_dimensions[r].height = 30 if len(q) > 30 else 18
    if key == "vpnDevicesText":
        r += 1
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=8)
        c = ws.cell(r, 3, VPN_TEXT)
        c.alignment = WRAP
        ws.row_dimensions[r].height = 36
        for k in range(3, 9):
            ws.cell(r, k).border = BOX
        cells[key] = f"{S}!C{r}"
        vals[key] = VPN_TEXT
        r += 1
        continue
    ws.cell(r, 5).border = BOX
    ws.cell(r, 6, "はい").alignment = CEN
    ws.cell(r, 7).border = BOX
    ws.cell(r, 8, "いいえ").alignment = CEN
    for k in (5, 7):
        ws.cell(r, k).alignment = CEN
    if ans == "はい":
        ws.cell(r, 5, "○")
        cells[key] = f"{S}!E{r}"
    elif ans == "いいえ":
        ws.cell(r, 7, "○")
        cells[key] = f"{S}!G{r}"
    else:  # left blank: both boxes
        cells[key] = f"{S}!E{r}"
        cells[key + "_no"] = f"{S}!G{r}"
    if ans in ("はい", "いいえ"):
        vals[key] = ans
    r += 1
ws.cell(r + 1, 3, "ご協力ありがとうございました。").alignment = Alignment(horizontal="right")
ws.print_area = f"A1:I{r + 1}"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

tmp = tempfile.mkdtemp()
raw = os.path.join(tmp, NAME + ".xlsx")
wb.save(raw)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", os.path.join(tmp, "lo"), raw],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(tmp, "lo", NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmp)

values = {"respondent": {"name": "岡田　美穂", "department": "事務部 医事課（医療情報担当）",
                         "contact": "0866-22-3180 ／ m-okada@kokoronooka.or.jp"}}
for k in ["usesGuidelines", "usesEhr", "backupTested", "generationsKept", "disasterSeparated", "leakProtected",
          "vpnPresent", "vpnDevicesText", "vpnUpdated", "vpnSourceRestricted", "emergencyDrills", "securityOfficer",
          "securityOfficerSeparate"]:
    values[k] = vals[k]
skipped = ["backupTested", "generationsKept", "disasterSeparated", "leakProtected"]
expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": values,
    "planted": [
        {"cells": [cells[k] for k in skipped], "paths": skipped,
         "why": "Q3 電子カルテシステムを使用しているか is いいえ, so Q4–Q7 are not required (「7. まで回答不要」), yet all four "
                "were answered (a skipped question answered: warning)"},
        {"cells": [cells["vpnLogsAudited"], cells["vpnLogsAudited_no"]], "paths": ["vpnLogsAudited"],
         "why": "Q8 VPN装置 is はい, so Q12 (アクセス記録を定期的に分析・監査) is required, but neither はい nor いいえ is "
                "marked (missing required answer)"},
    ],
    "notes": ("Print-style sheet: for each question the answer is a ○ in column E (before 「はい」 in F) or column G "
              "(before 「いいえ」 in H). Respondent block: labels above the values (C6/E6 over C7/E7, C8 over C9). Q9 "
              "is a single free-text cell (merged C..H) with a line break and full-width spaces, given as "
              "vpnDevicesText. Q14 has a second, un-numbered row for 別に配置. Re-saved by LibreOffice. 病院名 in B3 is "
              "not a key. Cell map: " + json.dumps(cells, ensure_ascii=False)),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print(cells)

#!/usr/bin/python3
# Generator for bv-w3-b-print-delete-option.xlsx
# Role: a 地方厚生局-style print layout (bordered boxes, blank spacer columns, full-width question numbers,
# answer cells pre-printed 「はい・いいえ」 where the filler deletes the option not chosen), filled by the 総務課 of a
# 160-bed psychiatric hospital that keeps paper records. Q1 as 「氏名：…」 label-in-cell, Q9 as one free-text cell
# with a line break. Re-saved by LibreOffice.
# Planted: Q3 いいえ but Q4 answered (skipped question answered); Q12 left as 「はい・いいえ」 (required answer missing).
import json, os, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w3-b-print-delete-option"
TMP = tempfile.mkdtemp(); RAW = os.path.join(TMP, NAME + ".xlsx")
med = Side(style="medium"); thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOTH = "はい・いいえ"

respondent = {"name": "内藤 隆之", "department": "事務部 総務課", "contact": "0848-22-7311"}
vpn_text = "SonicWall TZ370　1台\nYAMAHA RTX830　2台（レセコン保守用・検査装置保守用）"
# what is written in each answer cell (None = question not present as a single answer cell)
written = {
    "usesGuidelines": "はい", "usesEhr": "いいえ", "backupTested": "いいえ", "generationsKept": BOTH,
    "disasterSeparated": BOTH, "leakProtected": BOTH, "vpnPresent": "はい", "vpnUpdated": "はい",
    "vpnSourceRestricted": "はい", "vpnLogsAudited": BOTH, "emergencyDrills": "いいえ",
    "securityOfficer": "はい", "securityOfficerSeparate": "はい",
}
Q = [
    ("２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか。", "usesGuidelines"),
    ("３．", "電子カルテシステムを使用しているか。\n※使用していない場合は、７．まで回答不要", "usesEhr"),
    ("４．", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストしているか）。", "backupTested"),
    ("５．", "バックアップデータは世代管理しているか。", "generationsKept"),
    ("６．", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか。",
     "disasterSeparated"),
    ("７．", "バックアップデータの漏洩対策を講じているか。", "leakProtected"),
    ("８．", "VPN装置が存在するか。\n※設置されていない場合は、以降の設問は回答不要", "vpnPresent"),
    ("９．", "VPN装置のメーカー名、型番、台数を全て記載すること。（記述方式）", None),
    ("10．", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか。", "vpnUpdated"),
    ("11．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか。", "vpnSourceRestricted"),
    ("12．", "VPN装置へのアクセス記録を定期的に分析・監査しているか。", "vpnLogsAudited"),
    ("13．", "詳細な緊急対応手順を整備し、定期的に訓練しているか。", "emergencyDrills"),
    ("14．", "(1) セキュリティ責任者を設置しているか。", "securityOfficer"),
    ("", "(2) セキュリティ責任者を医療情報システムの責任者とは別に配置しているか。", "securityOfficerSeparate"),
]

wb = Workbook(); ws = wb.active; ws.title = "調査票"
for col, w in zip("ABCDEFG", [2, 6, 58, 2, 18, 2, 20]):
    ws.column_dimensions[col].width = w
ws["B1"] = "（様式）"
ws["B2"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査"
ws["B2"].font = Font(bold=True, size=13); ws.merge_cells("B2:G2")
ws["B3"] = ("※回答要領を必ず確認のうえ回答してください。「はい・いいえ」の欄は該当しない方を消してください。\n"
            "※技術的な質問・用語等については、システム設置事業者や保守事業者への照会等も活用してください。")
ws.merge_cells("B3:G3"); ws["B3"].alignment = WRAP; ws.row_dimensions[3].height = 36
ws["B5"] = "病院名：医療法人 尾道さくら会 さくらが丘病院"; ws.merge_cells("B5:E5")
ws["G5"] = "R6.6.14 回答"
r = 7
cells = {}


def section(t):
    global r
    ws.cell(r, 2, t); ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
    ws.cell(r, 2).font = Font(bold=True); ws.cell(r, 2).fill = PatternFill("solid", fgColor="E2EFDA")
    r += 1


section("【電子カルテシステムのバックアップに係る質問関係】")
ws.cell(r, 2, "１．"); ws.cell(r, 3, "回答者の情報（後日、厚生労働省より確認の連絡をする場合があります）")
r += 1
for label, key in [("氏名", "name"), ("所属", "department"), ("連絡先", "contact")]:
    ws.cell(r, 3, f"{label}：{respondent[key]}")
    ws.cell(r, 3).border = BOX
    cells[f"respondent.{key}"] = f"調査票!C{r}"
    r += 1
r += 1
for no, text, key in Q:
    if no == "８．":
        r += 1
        section("【リモートゲートウェイ装置に係る質問関係】")
    ws.cell(r, 2, no); ws.cell(r, 3, text).alignment = WRAP
    ws.row_dimensions[r].height = 34 if len(text) < 60 else 48
    if key:
        ws.cell(r, 5, written[key]).alignment = CEN
        ws.cell(r, 5).border = Border(left=med, right=med, top=med, bottom=med)
        cells[key] = f"調査票!E{r}"
        r += 1
    else:  # Q9: free-text box below the question
        r += 1
        ws.cell(r, 3, vpn_text).alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
        ws.row_dimensions[r].height = 48
        for col in range(3, 8):
            ws.cell(r, col).border = BOX
        cells["vpnDevicesText"] = f"調査票!C{r}"
        r += 1
ws.cell(r + 1, 3, "以上")
ws.print_area = f"A1:G{r + 1}"
ws.page_setup.orientation = "portrait"; ws.page_setup.fitToWidth = 1
wb.save(RAW)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, RAW], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

values = {"respondent": respondent}
for no, text, key in Q:
    if key is None:
        values["vpnDevicesText"] = vpn_text
    elif written[key] != BOTH:
        values[key] = written[key]
expected = {
    "form": "backup-vpn-survey", "version": "R6", "file": NAME + ".xlsx", "values": values,
    "planted": [
        {"cells": [cells["backupTested"], cells["usesEhr"]], "paths": ["backupTested"],
         "why": "Q3 電子カルテシステムを使用しているか = いいえ, so Q4–Q7 are not to be answered, but Q4 was answered (いいえ)"},
        {"cells": [cells["vpnLogsAudited"]], "paths": ["vpnLogsAudited"],
         "why": "Q8 = はい (VPN装置あり) so Q12 is required, but the cell was left as the pre-printed 「はい・いいえ」 (no option deleted): required answer missing"},
    ],
    "notes": ("Answer cells are pre-printed 「はい・いいえ」; the filler deleted the option not chosen. Cells still reading "
              "「はい・いいえ」 are unanswered (Q5–Q7 correctly skipped after Q3 いいえ; Q12 missing = planted). Q1 answers "
              "are label-in-cell (氏名：…). Q9 is one free-text cell with a line break (vpnDevicesText). 病院名 and the "
              "回答日 「R6.6.14 回答」 have no key. Re-saved by LibreOffice. Cell map: " + json.dumps(cells, ensure_ascii=False)),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print(json.dumps(cells, ensure_ascii=False))

#!/usr/bin/python3
"""Layout C: print-style form (borders, blank spacer columns), question text ABOVE the answer, numbers in
full-width （１．２．…）. Each answer cell was pre-printed 「はい・いいえ」; the hospital deleted the wrong option
(sometimes sloppily) or overtyped 有/無/Yes. No VPN device (８．無) so ９～１４ are left untouched (correct).
Planted: ６ left as 「はい・いいえ」 (no option chosen) although ３ is はい -> required answer missing."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side
from openpyxl.worksheet.page import PageMargins

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w1-c-delete-option-no-vpn"
SHEET = "調査回答"

wb = Workbook()
ws = wb.active
ws.title = SHEET
thin = Side(style="thin"); med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)

# A and G are blank spacer columns; B label; C:F answer area
for col, w in zip("ABCDEFG", (2, 16, 14, 14, 14, 14, 2)):
    ws.column_dimensions[col].width = w
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_margins = PageMargins(left=0.5, right=0.5)
ws.print_area = "A1:G60"

ws["B1"] = "病院における医療情報システムのバックアップデータ及び\nリモートゲートウェイ装置に係る調査"
ws["B1"].font = Font(bold=True, size=13)
ws["B1"].alignment = Alignment(wrap_text=True, horizontal="center")
ws.merge_cells("B1:F1"); ws.row_dimensions[1].height = 36
ws["B2"] = "（回答方法）「はい・いいえ」のうち該当しない方を削除してください。"
ws.merge_cells("B2:F2")
ws["B3"] = "医療機関名：津山中央クリニック病院"
ws.merge_cells("B3:F3")

r = 5
values = {"respondent": {}}
cells = {}

def heading(text):
    global r
    c = ws.cell(row=r, column=2, value=text)
    c.font = Font(bold=True)
    c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    ws.row_dimensions[r].height = 30
    r += 1

def answer(label, text, key=None, canon=None, height=None):
    global r
    ws.cell(row=r, column=2, value=label).border = box
    c = ws.cell(row=r, column=3, value=text)
    c.alignment = Alignment(wrap_text=True, vertical="center")
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
    for col in range(3, 7):
        ws.cell(row=r, column=col).border = box
    if height:
        ws.row_dimensions[r].height = height
    if key:
        cells[key] = f"{SHEET}!C{r}"
        if canon is not None:
            if key.startswith("respondent."):
                values["respondent"][key.split(".")[1]] = canon
            else:
                values[key] = canon
    r += 1

heading("【電子カルテシステムのバックアップに係る質問】")
heading("１．回答者の情報")
answer("氏名", "田中 美咲", "respondent.name", "田中 美咲")
answer("所属", "総務課", "respondent.department", "総務課")
answer("連絡先", "０８６８－２２－１２３４", "respondent.contact", "0868-22-1234")
r += 1
heading("２．医療情報システムの安全管理に関するガイドライン及びチェックリスト等を活用しているか")
answer("回答", "はい", "usesGuidelines", "はい")
heading("３．電子カルテシステムを使用しているか（使用していない場合は７．まで回答不要）")
answer("回答", "はい・", "usesEhr", "はい")
heading("４．診療行為を停止させないためのバックアップデータは作成しているか")
answer("回答", "有", "backupTested", "はい")
heading("５．バックアップデータは世代管理しているか")
answer("回答", "Yes", "generationsKept", "はい")
heading("６．バックアップデータについて、同時災害を回避する方法で管理しているか")
answer("回答", "はい・いいえ", "disasterSeparated", None)   # PLANTED: nothing deleted
heading("７．バックアップデータの漏洩対策を講じているか")
answer("回答", "・いいえ", "leakProtected", "いいえ")
r += 1
heading("【リモートゲートウェイ装置に係る質問】")
heading("８．VPN装置が存在するか（存在しない場合は以降の設問は回答不要）")
answer("回答", "無", "vpnPresent", "いいえ")
heading("９．VPN装置のメーカー名、型番、台数を全て記載すること（記述）")
answer("回答", None, "vpnDevicesText", None, height=45)
heading("１０．NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか")
answer("回答", "はい・いいえ", "vpnUpdated", None)
heading("１１．VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか")
answer("回答", "はい・いいえ", "vpnSourceRestricted", None)
heading("１２．VPN装置へのアクセス記録を定期的に分析・監査しているか")
answer("回答", "はい・いいえ", "vpnLogsAudited", None)
heading("１３．詳細な緊急対応手順を整備し、定期的に訓練しているか")
answer("回答", "はい・いいえ", "emergencyDrills", None)
heading("１４．セキュリティ責任者を設置しているか。また、医療情報システムの責任者とは別に配置しているか")
answer("設置", "はい・いいえ", "securityOfficer", None)
answer("別に配置", "はい・いいえ", "securityOfficerSeparate", None)

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": values,
    "planted": [
        {"cells": [cells["disasterSeparated"]], "paths": ["disasterSeparated"],
         "why": "３．電子カルテ使用=はい なので６．は回答必須だが、「はい・いいえ」のどちらも削除されておらず未回答"},
    ],
    "notes": "回答セルは元々『はい・いいえ』。『はい・』→はい、『・いいえ』→いいえ、『有』→はい、『Yes』→はい、『無』→いいえ と読んだ。"
             "８．が無（VPN装置なし）なので９．～１４．は未選択の『はい・いいえ』/空欄のまま＝回答不要で正しい（値なし）。"
             "連絡先は全角数字で記入（正規形は半角）。B3 の医療機関名はキー外。",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", out)

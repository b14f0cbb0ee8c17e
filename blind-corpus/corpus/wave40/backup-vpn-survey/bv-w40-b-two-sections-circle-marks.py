#!/usr/bin/python3
"""bv-w40-b: the backup / VPN survey drawn by a hospital's general-affairs section as two sheets
(one per section of the answering guide), each question as a block: full-width numbered question
text, then 「○ | はい | ○ | いいえ」 option cells where the answerer types ○ before the chosen one.
Q9 is one free-text cell with line breaks; Q14 has (1)/(2). Saved by openpyxl.

Planted: (1) Q1 連絡先 left blank; (2) Q12 left unanswered although Q8 is はい.

Run: PYTHONPATH=/tmp/bvlds_py /usr/bin/python3 THIS.py
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w40-b-two-sections-circle-marks"
XLSX = os.path.join(HERE, NAME + ".xlsx")
S1 = "１ バックアップ"
S2 = "２ VPN装置"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
QFILL = PatternFill("solid", fgColor="E2EFDA")
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center")

HOSPITAL = "医療法人 清和会 観音寺せいわ病院"
RESP = dict(name="中村 さおり", department="総務課（医療情報担当）", contact="")  # 連絡先 left blank (planted)
ANS = {
    "usesGuidelines": "はい", "usesEhr": "はい", "backupTested": "はい", "generationsKept": "はい",
    "disasterSeparated": "はい", "leakProtected": "いいえ", "vpnPresent": "はい", "vpnUpdated": "はい",
    "vpnSourceRestricted": "いいえ", "vpnLogsAudited": None, "emergencyDrills": "いいえ",
    "securityOfficer": "はい", "securityOfficerSeparate": "いいえ",
}
VPN_TEXT = "FortiGate 80F（Fortinet）　1台\nRTX830（ヤマハ）　2台\n※電子カルテ保守用・PACS保守用"
CELL = {}


def box(ws, rng, fill=None, align=WRAP, bold=False):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = align
            if fill:
                c.fill = fill
            if bold:
                c.font = Font(bold=True)


def setup(ws, title):
    for col, w in zip("ABCDEFG", (3, 6, 10, 6, 10, 40, 10)):
        ws.column_dimensions[col].width = w
    ws["A1"] = "バックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A2"] = "病院名：" + HOSPITAL
    ws["A3"] = title
    ws["A3"].font = Font(bold=True)
    ws["A4"] = "※該当する回答の左の欄に「○」を記入してください。"


def question(ws, r, text, key, note=None):
    ws.cell(r, 1, text)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    box(ws, f"A{r}:G{r}", QFILL)
    ws.row_dimensions[r].height = 34 if len(text) > 45 else 18
    r += 1
    a = ANS[key]
    ws.cell(r, 2, "○" if a == "はい" else None)
    ws.cell(r, 3, "はい")
    ws.cell(r, 4, "○" if a == "いいえ" else None)
    ws.cell(r, 5, "いいえ")
    if note:
        ws.cell(r, 6, note)
    for cc in (2, 3, 4, 5):
        ws.cell(r, cc).border = BOX
        ws.cell(r, cc).alignment = CENTER
    CELL[key] = (ws.title, r)
    return r + 2


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = S1
    setup(ws, "【電子カルテシステムのバックアップに係る質問関係】")
    r = 6
    ws.cell(r, 1, "１．回答者の情報（氏名、所属、連絡先）")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    box(ws, f"A{r}:G{r}", QFILL)
    for i, (lab, key) in enumerate((("氏名", "name"), ("所属", "department"), ("連絡先", "contact"))):
        rr = r + 1 + i
        ws.cell(rr, 2, lab)
        ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=3)
        if RESP[key]:
            ws.cell(rr, 4, RESP[key])
        ws.merge_cells(start_row=rr, start_column=4, end_row=rr, end_column=7)
        box(ws, f"B{rr}:G{rr}")
        CELL["respondent." + key] = (ws.title, rr)
    r += 5
    r = question(ws, r, "２．医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか。",
                 "usesGuidelines")
    r = question(ws, r, "３．電子カルテシステムを使用しているか　（使用していない場合は７．まで回答不要）", "usesEhr")
    r = question(ws, r, "４．診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストしているか）",
                 "backupTested", note="年2回 ベンダ立会いでリストア試験")
    r = question(ws, r, "５．バックアップデータは世代管理しているか", "generationsKept", note="日次 7世代")
    r = question(ws, r, "６．バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等"
                        "同時災害を回避する方法で管理しているか", "disasterSeparated", note="週1回 LTOを別棟に保管")
    r = question(ws, r, "７．バックアップデータの漏洩対策を講じているか", "leakProtected")

    w2 = wb.create_sheet(S2)
    setup(w2, "【リモートゲートウェイ装置に係る質問関係】")
    r = 6
    r = question(w2, r, "８．VPN装置が存在するか　（設置されていない場合は、以降の設問は回答不要）", "vpnPresent")
    w2.cell(r, 1, "９．VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）")
    w2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    box(w2, f"A{r}:G{r}", QFILL)
    w2.cell(r + 1, 2, VPN_TEXT)
    w2.merge_cells(start_row=r + 1, start_column=2, end_row=r + 1, end_column=7)
    box(w2, f"B{r + 1}:G{r + 1}")
    w2.row_dimensions[r + 1].height = 50
    CELL["vpnDevicesText"] = (w2.title, r + 1)
    r += 3
    r = question(w2, r, "10．内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを"
                        "適切に行っているか", "vpnUpdated")
    r = question(w2, r, "11．VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "vpnSourceRestricted")
    r = question(w2, r, "12．VPN装置へのアクセス記録を定期的に分析・監査しているか", "vpnLogsAudited")
    r = question(w2, r, "13．詳細な緊急対応手順を整備し、定期的に訓練しているか", "emergencyDrills")
    w2.cell(r, 1, "14．セキュリティ責任者を設置しているか")
    w2.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    box(w2, f"A{r}:G{r}", QFILL)
    r += 1
    r = question(w2, r, "　(1) セキュリティ責任者を職員として配置しているか", "securityOfficer")
    r = question(w2, r, "　(2) セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "securityOfficerSeparate")
    w2.cell(r, 1, "以上で設問は終わりです。")
    wb.save(XLSX)


def expected():
    values = {"respondent.name": RESP["name"], "respondent.department": RESP["department"]}
    for k in ["usesGuidelines", "usesEhr", "backupTested", "generationsKept", "disasterSeparated",
              "leakProtected", "vpnPresent"]:
        values[k] = ANS[k]
    values["vpnDevicesText"] = VPN_TEXT
    for k in ["vpnUpdated", "vpnSourceRestricted", "emergencyDrills", "securityOfficer",
              "securityOfficerSeparate"]:
        values[k] = ANS[k]
    t, r = CELL["respondent.contact"]
    t12, r12 = CELL["vpnLogsAudited"]
    return {
        "form": "backup-vpn-survey",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": values,
        "planted": [
            {"cells": [f"{t}!D{r}"], "paths": ["respondent.contact"],
             "why": "Q1 回答者の情報: 連絡先 is required (氏名・所属・連絡先) but was left blank"},
            {"cells": [f"{t12}!B{r12}", f"{t12}!D{r12}"], "paths": ["vpnLogsAudited"],
             "why": "Q8 is はい (VPN装置あり), so Q12 must be answered, but neither はい nor いいえ is marked"},
        ],
        "notes": ("Two sheets, one per section of the guide. Each yes/no answer is a ○ typed in the cell left of the "
                  "chosen option (B = はい, D = いいえ) on the row below the question. Q9 is one free-text cell "
                  "(vpnDevicesText, line breaks kept). Q14 is answered as (1) securityOfficer and (2) "
                  "securityOfficerSeparate. Column F beside some answers holds remarks (not keyed). 病院名 is in "
                  "A2 of each sheet as 「病院名：…」 (not keyed). Saved by openpyxl."),
    }


if __name__ == "__main__":
    build()
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(expected(), fh, ensure_ascii=False, indent=2)
    print("wrote", XLSX, CELL)

#!/usr/bin/python3
# obi-w2-b: a hospital's own draft sheet for the Web questionnaire (No. | 設問 | 回答), choice answers written as
# 「■ chosen / □ not chosen」 lines inside one cell, patient count typed as text with a thousands comma.
# Planted: (1) patient count 3,500 > 3000 (the survey accepts 1-3000); (2) the support-intent question left with
# every box □ (required answer missing; the filler wrote in 備考 that it is still being discussed).
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

NAME = "obi-w2-b-draft-checkbox"
OUT = os.path.dirname(os.path.abspath(__file__))
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
top = Alignment(wrap_text=True, vertical="top")
hd = PatternFill("solid", fgColor="D9E1F2")

wb = Workbook(); ws = wb.active; ws.title = "回答下書き"
ws.column_dimensions["A"].width = 6; ws.column_dimensions["B"].width = 44; ws.column_dimensions["C"].width = 66
ws["A1"] = "オフラインバックアップ支援意向に関するアンケート　回答準備シート（Web回答前の院内確認用）"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "※別紙5「各媒体におけるオフライン状態の定義」を確認のうえ記入。確認後、ポータルシステムのMicrosoft Formsから回答すること。"
ws["A2"].font = Font(size=9)
ws["A3"] = "作成：医療情報部　2024/8/9"
ws["A3"].font = Font(size=9)
for i, t in enumerate(["No.", "設問", "回答"], 1):
    c = ws.cell(5, i, t); c.font = Font(bold=True); c.fill = hd; c.border = B

items = [
    ("1", "患者数を入力してください。\n（Teams「00_医療機関データ」に表示されている患者情報数。1～3000の数値）", "3,500"),
    ("2", "病院名を入力してください。", "みどり野総合病院"),
    ("3", "現在の電子カルテのバックアップの状況",
     "□ 既に電子カルテのオフラインバックアップを取得・運用している\n"
     "□ 電子カルテベンダ等とオフラインバックアップの方針を検討中である\n"
     "■ オフラインバックアップは実施していない"),
    ("4", "本事業による支援の意向",
     "□ 支援可能なサーバ・物品を新設する（年度内に調達可能）\n"
     "□ 支援可能なサーバ・物品を新設する（調達は次年度以降）\n"
     "□ サーバは新設せず、既存設備に支援可能な媒体を接続する\n"
     "□ 本事業での支援は不要"),
    ("5", "バックアップの保存先（希望）",
     "■ 院内の物理媒体\n"
     "□ 外部クラウド"),
    ("6", "備考", "支援内容（年度内調達か次年度か）は院内で協議中。9月の運営会議で決定予定。"),
]
r = 6
for no, q, a in items:
    ws.cell(r, 1, no).alignment = Alignment(horizontal="center", vertical="top")
    ws.cell(r, 2, q).alignment = top
    ws.cell(r, 3, a).alignment = top
    for col in (1, 2, 3): ws.cell(r, col).border = B
    ws.row_dimensions[r].height = 18 * max(1, a.count("\n") + 1, q.count("\n") + 1) + 4
    r += 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "offline-backup-intent", "version": "R6", "file": NAME + ".xlsx",
    "values": {
        "hospitalName": "みどり野総合病院",
        "patientCount": 3500,
        "currentState": "NOT_IMPLEMENTED",
        "storage": "ON_PREMISES_MEDIA",
        "remarks": "支援内容（年度内調達か次年度か）は院内で協議中。9月の運営会議で決定予定。",
    },
    "planted": [
        {"cells": ["回答下書き!C6"], "paths": ["patientCount"],
         "why": "患者数 3,500 is outside the range the survey accepts (1から3000の間の数値)"},
        {"cells": ["回答下書き!C9"], "paths": ["intent"],
         "why": "support-intent question answered with no box marked (all □): required answer missing, so no 支援方針 can be derived"},
    ],
    "notes": ("Question-and-answer layout on sheet 回答下書き, rows 6-11. Choice answers are one cell each with one "
              "option per line; ■ marks the chosen option, □ the others. Patient count C6 is the text '3,500' "
              "(meant 3500). A3 '作成：医療情報部　2024/8/9' is a memo, not a field. Saved by openpyxl."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)

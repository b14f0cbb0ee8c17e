#!/usr/bin/python3
"""Layout D: horizontal one-row sheet (the prefecture wants to paste rows into a roll-up): group headers, then one
column per question headed (1)…(14), one answer row. ○=はい ×=いいえ. Respondent's 氏名／所属／連絡先 typed in ONE
cell. 作成日 =TODAY() formula (no cached value). Planted: (3) × but (4)(5) answered; (8) ○ but (9) empty."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w1-d-one-row-horizontal"
SHEET = "回答"

wb = Workbook()
ws = wb.active
ws.title = SHEET
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
fills = {"a": PatternFill("solid", fgColor="E2EFDA"), "b": PatternFill("solid", fgColor="DDEBF7"),
         "c": PatternFill("solid", fgColor="FCE4D6")}

ws["A1"] = "【調査】医療情報システムのバックアップデータ及びリモートゲートウェイ装置について（回答シート）"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "作成日"
ws["B2"] = "=TODAY()"
ws["B2"].number_format = "yyyy/m/d"
ws["A3"] = "○：はい　×：いいえ　で記入。(3)が×の場合は(7)まで、(8)が×の場合は以降の回答不要。1行目のみ記入し、行・列の追加はしないでください。"

cols = [
    ("医療機関名", None, "a"),
    ("(1) 回答者\n（氏名／所属／連絡先）", "respondent", "a"),
    ("(2) ガイドライン・チェックリスト等の活用", "usesGuidelines", "a"),
    ("(3) 電子カルテの使用", "usesEhr", "b"),
    ("(4) バックアップ作成・定期テスト", "backupTested", "b"),
    ("(5) 世代管理", "generationsKept", "b"),
    ("(6) 同時災害回避の管理", "disasterSeparated", "b"),
    ("(7) 漏洩対策", "leakProtected", "b"),
    ("(8) VPN装置の有無", "vpnPresent", "c"),
    ("(9) VPN装置\nメーカー名・型番・台数", "vpnDevicesText", "c"),
    ("(10) アップデートの実施", "vpnUpdated", "c"),
    ("(11) アクセス元IP制限", "vpnSourceRestricted", "c"),
    ("(12) アクセス記録の分析・監査", "vpnLogsAudited", "c"),
    ("(13) 緊急対応手順・訓練", "emergencyDrills", "c"),
    ("(14) セキュリティ責任者の設置", "securityOfficer", "c"),
    ("(14) 医療情報システム責任者と別に配置", "securityOfficerSeparate", "c"),
]
# group header row 5
groups = [("基本情報", 1, 3), ("電子カルテシステムのバックアップ", 4, 8), ("リモートゲートウェイ装置（VPN装置）", 9, 16)]
for text, c1, c2 in groups:
    ws.cell(row=5, column=c1, value=text).font = Font(bold=True)
    ws.merge_cells(start_row=5, start_column=c1, end_row=5, end_column=c2)
    ws.cell(row=5, column=c1).alignment = Alignment(horizontal="center")
    for c in range(c1, c2 + 1):
        ws.cell(row=5, column=c).border = box

answers = {
    None: "鳥取たちばな病院",
    "respondent": "佐藤 花子／総務課／TEL 0857-26-7111",
    "usesGuidelines": "○",
    "usesEhr": "×",
    "backupTested": "○",       # PLANTED (skip rule)
    "generationsKept": "○",    # PLANTED (skip rule)
    "disasterSeparated": None,
    "leakProtected": None,
    "vpnPresent": "○",
    "vpnDevicesText": None,    # PLANTED (required, empty)
    "vpnUpdated": "○",
    "vpnSourceRestricted": "○",
    "vpnLogsAudited": "×",
    "emergencyDrills": "×",
    "securityOfficer": "○",
    "securityOfficerSeparate": "×",
}
canon = {"○": "はい", "×": "いいえ"}
where = {}
values = {}
for i, (head, key, g) in enumerate(cols, 1):
    L = get_column_letter(i)
    ws.column_dimensions[L].width = 30 if key in (None, "respondent", "vpnDevicesText") else 13
    h = ws.cell(row=6, column=i, value=head)
    h.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
    h.fill = fills[g]; h.border = box; h.font = Font(bold=True, size=9)
    v = answers[key]
    c = ws.cell(row=7, column=i, value=v)
    c.border = box
    c.alignment = Alignment(horizontal="center" if v in canon else "left", vertical="center", wrap_text=True)
    where[key] = f"{SHEET}!{L}7"
    if key and v is not None:
        if key == "respondent":
            values["respondent"] = {"name": "佐藤 花子", "department": "総務課", "contact": "0857-26-7111"}
        else:
            values[key] = canon.get(v, v)
ws.row_dimensions[6].height = 48
ws.row_dimensions[7].height = 30
ws.freeze_panes = "B7"

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": values,
    "planted": [
        {"cells": [where["backupTested"], where["generationsKept"]], "paths": ["backupTested", "generationsKept"],
         "why": "(3) 電子カルテ使用が ×（いいえ）なので (4)～(7) は回答不要だが、(4)(5) に ○ が記入されている（スキップ対象への回答＝警告）"},
        {"cells": [where["vpnDevicesText"]], "paths": ["vpnDevicesText"],
         "why": "(8) VPN装置あり（○）なのに (9) メーカー名・型番・台数が空欄（必須回答の欠落＝エラー）"},
    ],
    "notes": "1行だけの横長シート（1医療機関分）なので values で記載。○=はい、×=いいえ。回答者は1セルに『佐藤 花子／総務課／TEL 0857-26-7111』"
             "（氏名／所属／連絡先に分割、連絡先は『TEL 』を除いた番号）。A列の医療機関名と B2 の作成日 =TODAY()（キャッシュ値なし）はキー外。"
             "(9) は記述1セル形式（vpnDevicesText）の列だが空欄。",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", out)

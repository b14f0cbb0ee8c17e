#!/usr/bin/python3
# bv-w2-c: the prefecture's collection layout - one horizontal row per hospital (here one hospital), two header rows
# (section groups + short question labels), answers as ○/×, "－" for questions not required by the skip rules;
# Q9 as a second small table below the row. Small hospital without EHR (Q3 ×) but with VPN devices (Q8 ○).
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

NAME = "bv-w2-c-row-maru-batsu"
OUT = os.path.dirname(os.path.abspath(__file__))
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdrfill = PatternFill("solid", fgColor="E2EFDA")
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook(); ws = wb.active; ws.title = "回答シート"
ws["A1"] = "バックアップデータ及びリモートゲートウェイ装置に係る調査（回答一覧）"; ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "回答欄：○＝はい　×＝いいえ　－＝回答不要（設問3が×の場合は設問4～7、設問8が×の場合は設問9以降）"
ws["A2"].font = Font(size=9)

groups = [("A4:A5", "医療機関名"), ("B4:D4", "1　回答者の情報"), ("E4:J4", "電子カルテシステムのバックアップ"),
          ("K4:R4", "リモートゲートウェイ装置（VPN装置）")]
for rng, t in groups:
    ws.merge_cells(rng); c = ws[rng.split(":")[0]]; c.value = t; c.font = Font(bold=True); c.alignment = ctr
labels = ["氏名", "所属", "連絡先", "2 ガイドライン・チェックリスト等の活用", "3 電子カルテ使用", "4 バックアップ作成・定期テスト",
          "5 世代管理", "6 同時災害を回避する管理", "7 漏洩対策", "8 VPN装置の有無", "9 メーカー名・型番・台数",
          "10 アップデート", "11 アクセス元IP制限", "12 アクセス記録の分析・監査", "13 緊急対応手順・訓練",
          "14 セキュリティ責任者の設置", "14 医療情報システム責任者と別に配置"]
for i, t in enumerate(labels, 2):
    c = ws.cell(5, i, t); c.alignment = ctr; c.font = Font(size=9, bold=True)
for r in (4, 5):
    for col in range(1, 19):
        ws.cell(r, col).border = B; ws.cell(r, col).fill = hdrfill
ws.row_dimensions[5].height = 54
row = ["松山高原病院", "村上 直樹", "医療法人 高原会 松山高原病院 事務局 医事課",
       "089-943-2210\nsoumu@matsuyama-kogen.example.jp",
       "×", "×", "－", "－", "－", "－", "○", "別表のとおり（2機種）", "○", "○", "×", "×", "○", "×"]
for i, v in enumerate(row, 1):
    c = ws.cell(6, i, v); c.border = B; c.alignment = ctr
ws.row_dimensions[6].height = 40
widths = [16, 12, 24, 26] + [9] * 7 + [16] + [9] * 6
for i, w in enumerate(widths, 1):
    ws.column_dimensions[ws.cell(1, i).column_letter].width = w
ws.freeze_panes = "B6"

ws["A9"] = "設問9　別表（VPN装置のメーカー名、型番、台数）"; ws["A9"].font = Font(bold=True)
for i, t in enumerate(["メーカー名", "型番", "台数"], 1):
    c = ws.cell(10, i, t); c.font = Font(bold=True); c.border = B; c.fill = hdrfill; c.alignment = ctr
devs = [("NEC", "UNIVERGE IX2106", "1"), ("シスコシステムズ", "C1111-4P", 1)]   # first count typed as text
for r, d in enumerate(devs, 11):
    for i, v in enumerate(d, 1):
        c = ws.cell(r, i, v); c.border = B
wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "backup-vpn-survey", "version": "R6", "file": NAME + ".xlsx",
    "values": {
        "respondent": {"name": "村上 直樹", "department": "医療法人 高原会 松山高原病院 事務局 医事課",
                       "contact": "089-943-2210\nsoumu@matsuyama-kogen.example.jp"},
        "usesGuidelines": "いいえ", "usesEhr": "いいえ", "vpnPresent": "はい",
        "vpnDevices": [{"maker": "NEC", "model": "UNIVERGE IX2106", "count": 1},
                       {"maker": "シスコシステムズ", "model": "C1111-4P", "count": 1}],
        "vpnUpdated": "はい", "vpnSourceRestricted": "はい", "vpnLogsAudited": "いいえ",
        "emergencyDrills": "いいえ", "securityOfficer": "はい", "securityOfficerSeparate": "いいえ",
    },
    "planted": [],
    "notes": ("Transposed (horizontal) layout: one data row (row 6) under two header rows (4-5). ○ = はい, × = いいえ, "
              "－ = 回答不要 (left unanswered on purpose: Q3 is いいえ, so Q4-Q7 are not required - G6:J6 are omitted "
              "from values, correctly). A6 医療機関名 '松山高原病院' has no key. Q9 cell L6 only says "
              "'別表のとおり（2機種）'; the devices are in the second table A10:C12 (count in C11 typed as the text '1'). "
              "Contact D6 holds a line break. No planted problems."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)

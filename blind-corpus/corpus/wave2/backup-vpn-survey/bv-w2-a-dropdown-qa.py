#!/usr/bin/python3
# bv-w2-a: prefecture-made questionnaire (No. | 設問 | 回答 | 備考) with はい/いいえ dropdowns,
# Q9 as a second table below (with a labelled 記入例 row) and an uncached SUM formula. Saved by openpyxl.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

NAME = "bv-w2-a-dropdown-qa"
OUT = os.path.dirname(os.path.abspath(__file__))
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
grey = PatternFill("solid", fgColor="D9D9D9")
yellow = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook(); ws = wb.active; ws.title = "回答票"
ws.column_dimensions["A"].width = 6
ws.column_dimensions["B"].width = 62
ws.column_dimensions["C"].width = 34
ws.column_dimensions["D"].width = 28
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "※回答要領を必ず確認のうえ、黄色のセルに入力してください。回答欄はプルダウン（はい／いいえ）から選択。"
ws["A3"] = "※設問3が「いいえ」の場合は設問4～7、設問8が「いいえ」の場合は設問9以降の回答は不要です。"
for r in (2, 3): ws.cell(r, 1).font = Font(size=9, color="C00000")

hdr = 5
for c, t in enumerate(["No.", "設問", "回答", "備考"], 1):
    cell = ws.cell(hdr, c, t); cell.font = Font(bold=True); cell.fill = grey; cell.border = B
    cell.alignment = Alignment(horizontal="center")

rows = [
    ("1", "回答者の情報　氏名", "高松 健一", ""),
    ("", "回答者の情報　所属", "医療法人 瀬戸内会 さぬき中央病院 医療情報管理室", ""),
    ("", "回答者の情報　連絡先（電話・メール）", "087-812-3456 / joho@sanuki-chuo.example.jp", ""),
    ("2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい", ""),
    ("3", "電子カルテシステムを使用しているか", "はい", ""),
    ("4", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "はい", "年2回リストア訓練"),
    ("5", "バックアップデータは世代管理しているか", "はい", ""),
    ("6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "はい", ""),
    ("7", "バックアップデータの漏洩対策を講じているか", "いいえ", ""),
    ("8", "VPN装置が存在するか", "はい", ""),
    ("9", "VPN装置のメーカー名、型番、台数を全て記載すること", "下表（設問9）に記載", ""),
    ("10", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい", ""),
    ("11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい", ""),
    ("12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", ""),
    ("13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ", ""),
    ("14", "セキュリティ責任者を設置しているか", "はい", ""),
    ("", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "兼務"),
]
dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
r = hdr + 1
for no, q, a, note in rows:
    ws.cell(r, 1, no); ws.cell(r, 2, q); ws.cell(r, 3, a); ws.cell(r, 4, note or None)
    for c in range(1, 5):
        ws.cell(r, c).border = B; ws.cell(r, c).alignment = wrap
    ws.cell(r, 1).alignment = Alignment(horizontal="center", vertical="center")
    ws.cell(r, 3).fill = yellow
    if a in ("はい", "いいえ"): dv.add(ws.cell(r, 3).coordinate)
    r += 1
ws.merge_cells(start_row=hdr + 1, start_column=1, end_row=hdr + 3, end_column=1)
ws.merge_cells(start_row=r - 2, start_column=1, end_row=r - 1, end_column=1)
last_q = r - 1  # row 22

# second table: Q9
t = last_q + 2   # 24
ws.cell(t, 1, "設問9　VPN装置一覧（メーカー名・型番・台数を全て記載）").font = Font(bold=True)
th = t + 1
for c, tt in enumerate(["No.", "メーカー名", "型番", "台数"], 1):
    cell = ws.cell(th, c, tt); cell.font = Font(bold=True); cell.fill = grey; cell.border = B
ex = th + 1
for c, v in enumerate(["記入例", "○○ネットワークス", "XX-100", 1], 1):
    cell = ws.cell(ex, c, v); cell.font = Font(italic=True, color="808080"); cell.border = B
devices = [("フォーティネット", "FortiGate 60F", 2), ("ヤマハ", "RTX1210", 1)]
d0 = ex + 1
for i, (mk, md, n) in enumerate(devices):
    rr = d0 + i
    for c, v in enumerate([i + 1, mk, md, n], 1):
        cell = ws.cell(rr, c, v); cell.border = B
        if c > 1: cell.fill = yellow
for rr in range(d0 + len(devices), d0 + 4):   # empty spare rows
    for c in range(1, 5): ws.cell(rr, c).border = B
    ws.cell(rr, 1, rr - d0 + 1)
tot = d0 + 4
ws.cell(tot, 3, "合計台数").font = Font(bold=True)
ws.cell(tot, 4, f"=SUM(D{d0}:D{tot-1})")   # no cached value (openpyxl)
ws.cell(tot, 4).border = B
ws.print_area = f"A1:D{tot}"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "backup-vpn-survey", "version": "R6", "file": NAME + ".xlsx",
    "values": {
        "respondent": {"name": "高松 健一",
                       "department": "医療法人 瀬戸内会 さぬき中央病院 医療情報管理室",
                       "contact": "087-812-3456 / joho@sanuki-chuo.example.jp"},
        "usesGuidelines": "はい", "usesEhr": "はい", "backupTested": "はい", "generationsKept": "はい",
        "disasterSeparated": "はい", "leakProtected": "いいえ", "vpnPresent": "はい",
        "vpnDevices": [{"maker": "フォーティネット", "model": "FortiGate 60F", "count": 2},
                       {"maker": "ヤマハ", "model": "RTX1210", "count": 1}],
        "vpnUpdated": "はい", "vpnSourceRestricted": "はい", "vpnLogsAudited": "いいえ",
        "emergencyDrills": "いいえ", "securityOfficer": "はい", "securityOfficerSeparate": "いいえ",
    },
    "planted": [],
    "notes": ("Sheet 回答票: Q1-Q14 in rows 6-22 (column C). Q9 answer cell C16 only refers to the table below "
              "(rows 25-31); row 26 is a correctly labelled 記入例 row (○○ネットワークス XX-100) and must be ignored; "
              "rows 29-30 are empty numbered spare rows. D31 is =SUM(D27:D30) saved by openpyxl without a cached value "
              "(total 3). Column D 備考 notes ('年2回リストア訓練', '兼務') are comments, not keyed fields. "
              "Q14's second answer (別に配置) is row 22."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)

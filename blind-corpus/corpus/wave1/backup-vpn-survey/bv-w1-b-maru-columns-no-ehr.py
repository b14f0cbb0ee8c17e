#!/usr/bin/python3
"""Layout B: 問 | 設問 | はい | いいえ with ○ marks, numbers 問1..問14; Q9 as a second table (rows) below the
questionnaire with a =SUM total (no cached value); extra 記入要領 sheet. Hospital without EHR (問3 いいえ),
問4–問7 left blank as the guide allows. No planted problem."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w1-b-maru-columns-no-ehr"

wb = Workbook()
ws = wb.active
ws.title = "調査票"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="D9D9D9")

for col, w in zip("ABCDE", (7, 60, 16, 16, 24)):
    ws.column_dimensions[col].width = w

ws["A1"] = "バックアップデータ及びリモートゲートウェイ装置に係る調査"
ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells("A1:E1")
ws["A2"] = "該当する欄に「○」を記入してください。問1・問9は記述式です。"
ws.merge_cells("A2:E2")
ws["A3"] = "医療機関名"; ws["B3"] = "医療法人社団 青葉会 青葉台病院（一般病床 48床）"

head = ["問", "設問", "はい", "いいえ", "備考"]
for i, h in enumerate(head, 1):
    c = ws.cell(row=5, column=i, value=h)
    c.font = Font(bold=True); c.fill = grey; c.border = box
    c.alignment = Alignment(horizontal="center")

values = {"respondent": {}}
r = 6
# 問1: respondent, value merged over C:E
for lab, key, val in (("回答者　氏名", "name", "小西 由紀子"),
                      ("回答者　所属", "department", "医事課"),
                      ("回答者　連絡先", "contact", "0877-45-3210")):
    ws.cell(row=r, column=1, value="問1" if key == "name" else None)
    ws.cell(row=r, column=2, value=lab)
    ws.cell(row=r, column=3, value=val)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
    for col in range(1, 6):
        ws.cell(row=r, column=col).border = box
    values["respondent"][key] = val
    r += 1

qs = [
    ("問2", "医療情報システムの安全管理に関するガイドライン及びチェックリスト等を活用しているか", "usesGuidelines", "はい", None),
    ("問3", "電子カルテシステムを使用しているか", "usesEhr", "いいえ", "紙カルテ・オーダリングなし"),
    ("問4", "診療行為を停止させないためのバックアップデータは作成しているか（定期的なテストを含む）", "backupTested", None, None),
    ("問5", "バックアップデータは世代管理しているか", "generationsKept", None, None),
    ("問6", "バックアップデータについて、同時災害を回避する方法で管理しているか", "disasterSeparated", None, None),
    ("問7", "バックアップデータの漏洩対策を講じているか", "leakProtected", None, None),
    ("問8", "VPN装置が存在するか", "vpnPresent", "はい", "画像システム保守用"),
    ("問9", "VPN装置のメーカー名、型番、台数　→　下の「問9 回答欄」に記入", None, None, None),
    ("問10", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "vpnUpdated", "はい", None),
    ("問11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "vpnSourceRestricted", "はい", None),
    ("問12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "vpnLogsAudited", "いいえ", None),
    ("問13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "emergencyDrills", "いいえ", None),
    ("問14", "セキュリティ責任者を設置しているか", "securityOfficer", "はい", None),
    ("", "（問14）医療情報システムの責任者とは別に配置しているか", "securityOfficerSeparate", "はい", None),
]
row_of = {}
for no, text, key, ans, note in qs:
    ws.cell(row=r, column=1, value=no or None)
    ws.cell(row=r, column=2, value=text).alignment = Alignment(wrap_text=True)
    if ans == "はい":
        ws.cell(row=r, column=3, value="○")
    elif ans == "いいえ":
        ws.cell(row=r, column=4, value="○")
    for col in (3, 4):
        ws.cell(row=r, column=col).alignment = Alignment(horizontal="center")
    if note:
        ws.cell(row=r, column=5, value=note)
    if key is None:
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
        ws.cell(row=r, column=3).fill = grey
    for col in range(1, 6):
        ws.cell(row=r, column=col).border = box
    if key and ans:
        values[key] = ans
    row_of[no] = r
    r += 1

ws.cell(row=r, column=2, value="※問3で「いいえ」の場合は問7まで、問8で「いいえ」の場合は以降の設問の回答は不要です。").font = Font(size=9)
r += 2

# second table: 問9
ws.cell(row=r, column=1, value="問9 回答欄").font = Font(bold=True)
r += 1
for i, h in enumerate(["No", "メーカー名", "型番", "台数"], 1):
    c = ws.cell(row=r, column=i, value=h)
    c.font = Font(bold=True); c.fill = grey; c.border = box
    c.alignment = Alignment(horizontal="center")
r += 1
devices = [("ヤマハ", "RTX830", 1), ("NEC", "UNIVERGE IX2106", 1), ("富士通", "Si-R G120", 1)]
first = r
for i, (mk, md, n) in enumerate(devices, 1):
    ws.cell(row=r, column=1, value=i)
    ws.cell(row=r, column=2, value=mk)
    ws.cell(row=r, column=3, value=md)
    ws.cell(row=r, column=4, value=n)
    for col in range(1, 5):
        ws.cell(row=r, column=col).border = box
    r += 1
for _ in range(2):  # empty spare rows with borders
    for col in range(1, 5):
        ws.cell(row=r, column=col).border = box
    r += 1
ws.cell(row=r, column=3, value="合計")
ws.cell(row=r, column=4, value=f"=SUM(D{first}:D{r-1})")  # openpyxl: no cached value
values["vpnDevices"] = [{"maker": mk, "model": md, "count": n} for mk, md, n in devices]

# instructions sheet
wi = wb.create_sheet("記入要領")
lines = [
    "記入要領",
    "1 回答者の情報：後日、厚生労働省から内容確認の連絡をする場合があります。",
    "2 はい・いいえのいずれかの欄に○を記入してください。",
    "3 問3で「いいえ」（電子カルテ未使用）の場合、問4～問7は回答不要です。",
    "4 問8で「いいえ」（VPN装置なし）の場合、問9以降は回答不要です。",
    "5 問9はメーカー名、型番、台数を全て記載してください（行が足りない場合は追加可）。",
]
for i, t in enumerate(lines, 1):
    wi.cell(row=i, column=1, value=t)
wi.column_dimensions["A"].width = 90

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": values,
    "planted": [],
    "notes": "電子カルテ未使用（問3 いいえ）のため問4～問7は空欄＝正しい。問9 は同じシートの下の第2表（行形式, vpnDevices）。"
             "合計 D 列は =SUM の数式（openpyxl 保存でキャッシュ値なし）でキーではない。E列備考・B3 医療機関名・記入要領シートはキー外。"
             "問14 の2行目（番号なし）が securityOfficerSeparate。",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", out)

#!/usr/bin/python3
# Generator for bv-w7-a-marks.xlsx (backup-vpn-survey, 2 planted problems)
# Role: Iwate prefecture 医療政策室 relays the MHLW survey as its own questionnaire sheet
# (No. | 設問 | はい | いいえ | 備考) with a 記入要領 sheet carrying a labelled 記入例; a small hospital
# marks its answers with ○ / 〇 in the はい or いいえ column. Q9 is a small maker/model/count table with a
# =SUM total (saved by openpyxl: formula without cached value).
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w7-a-marks"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="E2EFDA")
SEC = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center")


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


wb = Workbook()

# ---------------------------------------------------------------- 記入要領
wi = wb.active
wi.title = "記入要領"
wi.column_dimensions["A"].width = 100
notes = [
    "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　記入要領",
    "",
    "１　「調査票」シートの各設問について、該当する欄（「はい」又は「いいえ」）に○を記入してください。",
    "２　設問３で「いいえ」（電子カルテシステムを使用していない）の場合、設問７まで回答不要です。",
    "３　設問８で「いいえ」（VPN装置が設置されていない）の場合、以降の設問は回答不要です。",
    "４　設問９は、VPN装置のメーカー名、型番、台数を全て記載してください（行が足りない場合は追加）。",
    "５　技術的な用語等は、システム設置事業者や保守事業者へ照会のうえ回答してください。",
    "６　提出先：岩手県保健福祉部医療政策室（電子メールにて提出）　提出期限：令和6年10月31日（木）",
    "",
    "【記入例】（このシートの記入例は提出不要です）",
]
for i, t in enumerate(notes):
    wi.cell(row=1 + i, column=1, value=t)
wi["A1"].font = Font(bold=True, size=12)
wi.column_dimensions["B"].width = 8
wi.column_dimensions["C"].width = 8
ex_hdr = ["設問", "はい", "いいえ"]
for i, t in enumerate(ex_hdr):
    c = wi.cell(row=11, column=1 + i, value=t)
    c.fill = HEAD
wi["A12"] = "（記入例）８　VPN装置が存在するか。"
wi["B12"] = "○"
box(wi, "A11:C12")

# ---------------------------------------------------------------- 調査票
ws = wb.create_sheet("調査票")
ws.column_dimensions["A"].width = 7
ws.column_dimensions["B"].width = 62
ws.column_dimensions["C"].width = 10
ws.column_dimensions["D"].width = 10
ws.column_dimensions["E"].width = 28
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　調査票"
ws["A1"].font = Font(bold=True, size=12)
ws["A3"] = "医療機関名"
ws["B3"] = "医療法人 北上川会 二戸つくし病院"
ws["A4"] = "回答日"
ws["B4"] = "令和6年10月15日"
box(ws, "A3:B4")

hdr = ["No.", "設問", "はい", "いいえ", "備考"]
for i, t in enumerate(hdr):
    c = ws.cell(row=6, column=1 + i, value=t)
    c.fill = HEAD
    c.font = Font(bold=True)
    c.alignment = CENTER

r = 7
ws.cell(row=r, column=1, value="【電子カルテシステムのバックアップに係る質問関係】").fill = SEC
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
r += 1
ws.cell(row=r, column=1, value=1)
ws.cell(row=r, column=2, value="回答者の情報（後日、厚生労働省から確認の連絡をする場合があります）")
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
resp = [("氏名", "佐々木 健一"), ("所属", "事務局 総務課"), ("連絡先", "0195-23-4187（総務課直通）")]
for lab, val in resp:
    r += 1
    ws.cell(row=r, column=2, value="　" + lab)
    ws.cell(row=r, column=3, value=val)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
ROW = {}
qs = [
    (2, "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい", None),
    (3, "電子カルテシステムを使用しているか\n（「いいえ」の場合、７まで回答不要）", "いいえ", "紙カルテ運用（レセコンのみ）"),
    (4, "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "はい", None),
    (5, "バックアップデータは世代管理しているか", None, None),
    (6, "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", None, None),
    (7, "バックアップデータの漏洩対策を講じているか", None, None),
]
for no, text, ans, memo in qs:
    r += 1
    ROW[no] = r
    ws.cell(row=r, column=1, value=no)
    ws.cell(row=r, column=2, value=text)
    if ans == "はい":
        ws.cell(row=r, column=3, value="○")
    elif ans == "いいえ":
        ws.cell(row=r, column=4, value="〇")  # kanji zero U+3007, as typed by the hospital
    if memo:
        ws.cell(row=r, column=5, value=memo)
r += 1
ws.cell(row=r, column=1, value="【リモートゲートウェイ装置に係る質問関係】").fill = SEC
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
r += 1
ROW[8] = r
ws.cell(row=r, column=1, value=8)
ws.cell(row=r, column=2, value="VPN装置が存在するか。\n（「いいえ」の場合、以降の設問は回答不要）")
ws.cell(row=r, column=3, value="○")
r += 1
ROW[9] = r
ws.cell(row=r, column=1, value=9)
ws.cell(row=r, column=2, value="VPN装置のメーカー名、型番、台数を全て記載すること（記述）")
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
r += 1
for i, t in enumerate(["メーカー名", "型番", "", "台数"]):
    if t:
        c = ws.cell(row=r, column=2 + i, value=t)
        c.fill = HEAD
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
vpn_first = r + 1
devices = [("ヤマハ", "RTX1210", 1), ("Fortinet", "FortiGate-40F", 1)]
for mk, md, n in devices:
    r += 1
    ws.cell(row=r, column=2, value=mk)
    ws.cell(row=r, column=3, value=md)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    ws.cell(row=r, column=5, value=n)
r += 1  # spare empty row
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
r += 1
ws.cell(row=r, column=2, value="合計台数").alignment = Alignment(horizontal="right")
ws.cell(row=r, column=5, value=f"=SUM(E{vpn_first}:E{r-1})")
qs2 = [
    (10, "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい", None),
    (11, "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", None, None),
    (12, "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", None),
    (13, "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ", "手順書は作成中"),
    (14, "セキュリティ責任者を設置しているか", "はい", None),
    ("14-2", "（14で「はい」の場合）セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "事務長が兼務"),
]
for no, text, ans, memo in qs2:
    r += 1
    ROW[no] = r
    ws.cell(row=r, column=1, value=no)
    ws.cell(row=r, column=2, value=text)
    if ans == "はい":
        ws.cell(row=r, column=3, value="○")
    elif ans == "いいえ":
        ws.cell(row=r, column=4, value="○")
    if memo:
        ws.cell(row=r, column=5, value=memo)
last = r
for row in ws.iter_rows(min_row=7, max_row=last):
    for c in row:
        if c.column == 2:
            c.alignment = WRAP
        elif c.column in (3, 4):
            c.alignment = CENTER
box(ws, f"A6:E{last}")
ws.print_area = f"A1:E{last}"
wb.active = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))
print("saved", NAME, ROW)

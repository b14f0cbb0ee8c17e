#!/usr/bin/python3
"""bv-w35-a: バックアップデータ及びリモートゲートウェイ装置に係る調査, as a prefecture office would send it:
a 記入要領 sheet plus a 回答票 sheet in questionnaire form (No. | 設問 | 回答 | 備考), はい/いいえ dropdowns,
Q1 split into three rows, Q9 as a small table (メーカー名 | 型番 | 台数) with a SUM total (openpyxl, no cached value),
Q14 as two rows. Filled completely and correctly; no planted problem.
"""
import json, os, sys
sys.path.insert(0, "/tmp/lds_bv_pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w35-a-questionnaire-no-question-answer"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="E2EFDA")
ANS = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
wi = wb.active
wi.title = "記入要領"
wi.column_dimensions["A"].width = 110
guide = [
    "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　記入要領",
    "",
    "・「回答票」シートの黄色のセルに回答してください（はい／いいえはプルダウンから選択）。",
    "・技術的な質問・用語等については、院内担当者だけでなく、システム設置事業者や保守事業者への照会等も活用して回答してください。",
    "・設問3で「いいえ」（電子カルテシステムを使用していない）の場合は、設問7まで回答不要です。",
    "・設問8で「いいえ」（VPN装置が設置されていない）の場合は、以降の設問は回答不要です。",
    "・設問9はVPN装置のメーカー名、型番、台数を全て記載してください（行が足りない場合は行を挿入してください）。",
    "・後日内容の確認のため、厚生労働省より回答者に連絡をさせていただく場合があります。",
    "",
    "（問合せ先）○○県 保健医療部 医療政策課　医療情報担当",
]
for i, t in enumerate(guide):
    wi.cell(row=1 + i, column=1, value=t or None).alignment = Alignment(wrap_text=True)
wi["A1"].font = Font(bold=True, size=12)

ws = wb.create_sheet("回答票")
for col, w in zip("ABCD", [7, 64, 22, 30]):
    ws.column_dimensions[col].width = w
ws["A1"].value = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"].value = "病院名"
ws["B2"].value = "医療法人社団さくら会　丸亀さくら病院"
ws["A2"].font = Font(bold=True)


def row(r, no, q, ans=None, note=None, ansfill=True):
    for col, v in zip("ABCD", [no, q, ans, note]):
        c = ws[f"{col}{r}"]
        c.value = v
        c.border = BOX
        c.alignment = CEN if col == "A" else WRAP
    if ansfill:
        ws[f"C{r}"].fill = ANS


for col, h in zip("ABCD", ["No.", "設問", "回答", "備考"]):
    c = ws[f"{col}4"]
    c.value = h
    c.fill = HEAD
    c.font = Font(bold=True)
    c.border = BOX
    c.alignment = CEN

ws.merge_cells("A5:D5")
ws["A5"].value = "【電子カルテシステムのバックアップに係る質問関係】"
ws["A5"].font = Font(bold=True)
respondent = {"name": "三好　達也", "department": "事務部 情報システム室 主任",
              "contact": "0877-24-5678（代表） / t-miyoshi@marugame-sakura.example.jp"}
row(6, 1, "回答者の情報　氏名", respondent["name"])
row(7, None, "回答者の情報　所属", respondent["department"])
row(8, None, "回答者の情報　連絡先（電話番号・メールアドレス）", respondent["contact"])
ws.merge_cells("A6:A8")
ws["A6"].alignment = CEN
qs = [
    (9, 2, "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい", None),
    (10, 3, "電子カルテシステムを使用しているか（いいえの場合、7.まで回答不要）", "はい", None),
    (11, 4, "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "はい", "年2回 復元テスト実施"),
    (12, 5, "バックアップデータは世代管理しているか", "はい", "日次・7世代"),
    (13, 6, "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "はい", "週1回 LTOを別棟金庫へ"),
    (14, 7, "バックアップデータの漏洩対策を講じているか", "いいえ", "暗号化は次期更新時に検討"),
]
for r, no, q, a, note in qs:
    row(r, no, q, a, note)
ws.merge_cells("A15:D15")
ws["A15"].value = "【リモートゲートウェイ装置に係る質問関係】（院内のサーバ室等を確認のうえ回答してください）"
ws["A15"].font = Font(bold=True)
row(16, 8, "VPN装置が存在するか（いいえの場合、以降の設問は回答不要）", "はい", "保守業者3社に照会済")
row(17, 9, "VPN装置のメーカー名、型番、台数を全て記載すること（下表）", None, None, ansfill=False)
for col, h in zip("BCD", ["メーカー名", "型番", "台数"]):
    c = ws[f"{col}18"]
    c.value = h
    c.fill = HEAD
    c.border = BOX
    c.alignment = CEN
vpn = [
    {"maker": "Fortinet", "model": "FortiGate-60F", "count": 1},
    {"maker": "ヤマハ", "model": "RTX1220", "count": 2},
    {"maker": "NEC", "model": "UNIVERGE IX2106", "count": 1},
]
written_counts = [1, "2台", 1]  # one count typed as text
for i in range(4):
    r = 19 + i
    for col in "ABCD":
        ws[f"{col}{r}"].border = BOX
    if i < len(vpn):
        ws[f"B{r}"].value = vpn[i]["maker"]
        ws[f"C{r}"].value = vpn[i]["model"]
        ws[f"D{r}"].value = written_counts[i]
    for col in "BCD":
        ws[f"{col}{r}"].fill = ANS
ws["C23"].value = "合計台数"
ws["D23"].value = "=SUM(D19:D22)"
for col in "ABCD":
    ws[f"{col}23"].border = BOX
qs2 = [
    (24, 10, "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい ", None),
    (25, 11, "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい", None),
    (26, 12, "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "ログ取得のみ"),
    (27, 13, "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ", None),
    (28, 14, "セキュリティ責任者を設置しているか", "はい", None),
    (29, None, "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "情報システム室長が兼務"),
]
for r, no, q, a, note in qs2:
    row(r, no, q, a, note)
ws.merge_cells("A28:A29")
ws["A28"].alignment = CEN
dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
dv.showErrorMessage = False
ws.add_data_validation(dv)
dv.add("C9:C14")
dv.add("C16")
dv.add("C24:C29")
ws.print_title_rows = "4:4"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

wb.active = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "respondent": respondent,
        "usesGuidelines": "はい",
        "usesEhr": "はい",
        "backupTested": "はい",
        "generationsKept": "はい",
        "disasterSeparated": "はい",
        "leakProtected": "いいえ",
        "vpnPresent": "はい",
        "vpnDevices": vpn,
        "vpnUpdated": "はい",
        "vpnSourceRestricted": "はい",
        "vpnLogsAudited": "いいえ",
        "emergencyDrills": "いいえ",
        "securityOfficer": "はい",
        "securityOfficerSeparate": "いいえ",
    },
    "planted": [],
    "notes": ("Questionnaire layout on sheet 回答票 (記入要領 sheet is instructions only). 病院名 in B2 has no key. "
              "Q10 answer C24 is 'はい ' with a trailing space. Q9 table rows 19-21; the count of row 20 is typed as text "
              "'2台' (→ 2). D23 is a =SUM formula saved by openpyxl without a cached value (not a field). Column D 備考 "
              "remarks have no key and are not listed."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print("wrote", NAME)

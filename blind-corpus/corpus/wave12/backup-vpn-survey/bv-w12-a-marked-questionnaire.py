#!/usr/bin/python3
# Generator for bv-w12-a-marked-questionnaire.xlsx (backup-vpn-survey, 2 planted problems).
# Layout: printable questionnaire No. | 設問 | はい | いいえ | 備考, answers marked with ○ in the chosen
# column; Q1 as "氏名：…" cells (label and value in one cell); Q9 as a small maker/model/count table
# with a =SUM total (openpyxl, no cached value); Q14 split into 14-1 / 14-2; an extra 回答要領 sheet
# and a hidden 選択肢 sheet feeding the drop-downs.
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT_DIR = "/work/blind/wave12/backup-vpn-survey"
NAME = "bv-w12-a-marked-questionnaire"
SHEET = "回答票"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
SECTION = PatternFill("solid", fgColor="FCE4D6")
GREY = PatternFill("solid", fgColor="BFBFBF")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
FONT = "ＭＳ 明朝"

wb = Workbook()
ws = wb.active
ws.title = SHEET
for col, w in zip("ABCDE", [6, 62, 9, 9, 34]):
    ws.column_dimensions[col].width = w
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"


def style(rng, fill=None, bold=False, align=WRAP):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = align
            c.font = Font(name=FONT, size=10, bold=bold)
            if fill is not None:
                c.fill = fill


ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(name=FONT, size=13, bold=True)
ws["A2"] = "病院名：医療法人 恵和会 かもめ病院"
ws["D2"] = "回答日：令和6年2月16日"
ws["A3"] = ("※該当する欄に「○」を記入してください。設問3で「いいえ」の場合は設問7まで、"
            "設問8で「いいえ」の場合は以降の設問は回答不要です。")
ws["A3"].font = Font(name=FONT, size=9)
ws.merge_cells("A3:E3")
ws.row_dimensions[3].height = 28
ws["A3"].alignment = WRAP

for col, t in zip("ABCDE", ["No.", "設問", "はい", "いいえ", "備考"]):
    ws[f"{col}5"] = t
style("A5:E5", HEAD, True, CENTER)

ws["A6"] = "【電子カルテシステムのバックアップに係る質問関係】"
ws.merge_cells("A6:E6")
style("A6:E6", SECTION, True)

# Q1 (rows 7-10)
ws.merge_cells("A7:A10")
ws["A7"] = "1"
ws["B7"] = "回答者の情報（氏名、所属、連絡先）"
ws["B8"] = "氏名：石田 恭子"
ws["B9"] = "所属：事務部 医療情報課 課長"
ws["B10"] = "連絡先：0877-22-4105（内線231）"
style("A7:E10")
ws["A7"].alignment = CENTER
for r in range(7, 11):
    ws[f"C{r}"].fill = GREY
    ws[f"D{r}"].fill = GREY

# yes/no questions: (No., text, answer or None, remark, key)
qs_backup = [
    ("2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい", None),
    ("3", "電子カルテシステムを使用しているか", "いいえ", "紙カルテ運用（オーダリング未導入）"),
    ("4", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストしているか）", "はい",
     "レセコン（医事会計）のデータについて回答"),
    ("5", "バックアップデータは世代管理しているか", "はい", "3世代"),
    ("6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
     None, None),
    ("7", "バックアップデータの漏洩対策を講じているか", None, None),
]
qs_vpn1 = [("8", "VPN装置が存在するか", "はい", "保守業者（医事・画像）に照会済み")]
qs_vpn2 = [
    ("10", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい", None),
    ("11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい", None),
    ("12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", None, None),   # PLANTED: left blank
    ("13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ", "令和6年度中に手順書作成予定"),
    ("14-1", "セキュリティ責任者を設置しているか", "はい", None),
    ("14-2", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "事務部長が兼務"),
]
cell_of = {}


def put(rows, r):
    for no, text, ans, rem in rows:
        ws[f"A{r}"] = no
        ws[f"B{r}"] = text
        if ans == "はい":
            ws[f"C{r}"] = "○"
        elif ans == "いいえ":
            ws[f"D{r}"] = "○"
        if rem:
            ws[f"E{r}"] = rem
        style(f"A{r}:E{r}")
        ws[f"A{r}"].alignment = CENTER
        ws[f"C{r}"].alignment = CENTER
        ws[f"D{r}"].alignment = CENTER
        ws.row_dimensions[r].height = 32
        cell_of[no] = r
        r += 1
    return r


r = put(qs_backup, 11)                       # rows 11-16
ws[f"A{r}"] = "【リモートゲートウェイ装置に係る質問関係】"
ws.merge_cells(f"A{r}:E{r}")
style(f"A{r}:E{r}", SECTION, True)
r = put(qs_vpn1, r + 1)                      # Q8
# Q9 table
q9 = r
ws[f"A{q9}"] = "9"
ws[f"B{q9}"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）"
ws.merge_cells(f"B{q9}:E{q9}")
style(f"A{q9}:E{q9}")
ws[f"A{q9}"].alignment = CENTER
ws[f"B{q9 + 1}"] = "メーカー名"
ws[f"C{q9 + 1}"] = "型番"
ws.merge_cells(f"C{q9 + 1}:D{q9 + 1}")
ws[f"E{q9 + 1}"] = "台数"
style(f"A{q9 + 1}:E{q9 + 1}", HEAD, True, CENTER)
vpn = [("ヤマハ", "RTX1210", 1), ("フォーティネット", "FortiGate-40F", 1)]
for n, (mk, md, ct) in enumerate(vpn):
    rr = q9 + 2 + n
    ws[f"B{rr}"] = mk
    ws[f"C{rr}"] = md
    ws.merge_cells(f"C{rr}:D{rr}")
    ws[f"E{rr}"] = ct
    style(f"A{rr}:E{rr}")
    ws[f"E{rr}"].number_format = '0"台"'
tot = q9 + 2 + len(vpn)
ws[f"B{tot}"] = "合計"
ws.merge_cells(f"C{tot}:D{tot}")
ws[f"E{tot}"] = f"=SUM(E{q9 + 2}:E{tot - 1})"
ws[f"E{tot}"].number_format = '0"台"'
style(f"A{tot}:E{tot}")
ws.merge_cells(f"A{q9}:A{tot}")
r = put(qs_vpn2, tot + 1)
ws[f"A{r + 1}"] = "ご協力ありがとうございました。回答票は医療政策課あて電子メールで提出してください。"
ws[f"A{r + 1}"].font = Font(name=FONT, size=9)

# drop-downs (○ only) fed from a hidden sheet
wl = wb.create_sheet("選択肢")
wl["A1"] = "○"
wl.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=選択肢!$A$1", allow_blank=True)
ws.add_data_validation(dv)
dv.add(f"C11:D{r - 1}")

# extra instructions sheet
wg = wb.create_sheet("回答要領")
guide = [
    "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査に係る回答要領（抜粋）",
    "",
    "・本回答要領に基づき、設問に回答してください。",
    "・技術的な質問・用語等については、院内担当者だけでなく、システム設置事業者や保守事業者への照会等も活用してください。",
    "3. 電子カルテシステムを使用していない場合は、7. まで回答不要となります。",
    "5. 世代管理とは最新のバックアップデータだけでなく、それ以前のバックアップデータも管理することを指します。",
    "8. 設置されていない場合は、以降の設問は回答不要となります。",
    "9. 上記で確認したVPN装置について記載してください。（記述方式）",
    "14. セキュリティ責任者を職員として配置しているか。また、医療情報システムの責任者とは別に配置しているか。",
]
for n, t in enumerate(guide):
    wg.cell(1 + n, 1, t)
wg.column_dimensions["A"].width = 120
wg["A1"].font = Font(bold=True)

wb.save(os.path.join(OUT_DIR, NAME + ".xlsx"))

# ---------------- expected.json
expected = {
    "form": "backup-vpn-survey",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "respondent": {"name": "石田 恭子", "department": "事務部 医療情報課 課長", "contact": "0877-22-4105（内線231）"},
        "usesGuidelines": "はい",
        "usesEhr": "いいえ",
        "backupTested": "はい",
        "generationsKept": "はい",
        "vpnPresent": "はい",
        "vpnDevices": [{"maker": mk, "model": md, "count": ct} for mk, md, ct in vpn],
        "vpnUpdated": "はい",
        "vpnSourceRestricted": "はい",
        "emergencyDrills": "いいえ",
        "securityOfficer": "はい",
        "securityOfficerSeparate": "いいえ",
    },
    "planted": [
        {"cells": [f"{SHEET}!C{cell_of['4']}", f"{SHEET}!C{cell_of['5']}"],
         "paths": ["backupTested", "generationsKept"],
         "why": "Q3 電子カルテシステムを使用しているか = いいえ, so Q4–Q7 are not to be answered, yet Q4 and Q5 are "
                "answered (about the レセコン backup) — answers to skipped questions (warning)"},
        {"cells": [f"{SHEET}!C{cell_of['12']}", f"{SHEET}!D{cell_of['12']}"],
         "paths": ["vpnLogsAudited"],
         "why": "Q8 VPN装置 = はい, so Q12 (アクセス記録を定期的に分析・監査) is required, but neither はい nor いいえ is marked"},
    ],
    "notes": (
        "Answers are marked with ○ in the はい (col C) or いいえ (col D) column; ○ in C = はい, ○ in D = いいえ. "
        "Q1 is written as '氏名：…', '所属：…', '連絡先：…' in single cells (B8:B10); values given without the labels. "
        "Q9 is a maker/model/count table (rows after the 'メーカー名/型番/台数' header) followed by a 合計 row with "
        "=SUM (no cached value) that is not a device. Q6 and Q7 are blank (correctly skipped after Q3 いいえ). "
        "Q14 is split into 14-1 (securityOfficer) and 14-2 (securityOfficerSeparate). 病院名 and 回答日 (令和6年2月16日) "
        "in the header are not keys of this form. Hidden sheet 選択肢 only feeds the drop-down; 回答要領 is an "
        "instructions sheet."
    ),
}
with open(os.path.join(OUT_DIR, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print(cell_of, "q9", q9, "tot", tot)

#!/usr/bin/python3
# Generator for bv-w10-b-side-tables-prevyear.xlsx
# Role: 医療情報管理室 室長 of a hospital WITHOUT an electronic medical record system, who reused last
# year's answer file: title year changed to 令和６年度, a "(参考)前回回答(R5)" column kept beside this year's answer.
# Layout: sheet order 記入要領 / 調査票 / (hidden) リスト.  On 調査票 two tables side by side for A3 landscape
# printing: left = backup questions 1-7, right = VPN questions 8-14.  Q3 いいえ -> Q4-Q7 written "－" (回答不要).
# Q9 is one free-text cell with a line break.  Some answers carry a note in brackets (いいえ（今後検討）).
# A =TODAY() formula (no cached value, saved by openpyxl) in the header.  No planted problem.
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT_DIR = "/work/blind/wave10/backup-vpn-survey"
NAME = "bv-w10-b-side-tables-prevyear"

thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
PREV = PatternFill("solid", fgColor="EDEDED")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()

# ------------------------------------------------------------ 記入要領
ws = wb.active
ws.title = "記入要領"
ws.column_dimensions["A"].width = 110
lines = [
    "【記入要領】（院内回覧用・回答要領より抜粋）",
    "・回答は「調査票」シートの「回答（R6）」欄に、はい／いいえをプルダウンから選択してください。",
    "・「（参考）前回回答（R5）」欄は昨年度の回答です。今年度の回答ではありません（提出前に確認用）。",
    "・設問3で「いいえ」（電子カルテシステムを使用していない）の場合は、設問7まで回答不要です（「－」を記入）。",
    "・設問8で「いいえ」（VPN装置が存在しない）の場合は、以降の設問は回答不要です。",
    "・設問9はVPN装置のメーカー名、型番、台数を全て記載してください（記述方式）。",
    "・技術的な用語等は、システム設置事業者や保守事業者へ照会のうえ回答してください。",
]
for i, t in enumerate(lines):
    ws.cell(1 + i, 1, t).font = Font(bold=(i == 0))

# ------------------------------------------------------------ 調査票
ws = wb.create_sheet("調査票")
for col, w in zip("ABCDEFGHIJK", (6, 44, 18, 14, 24, 2, 6, 44, 34, 20, 26)):
    ws.column_dimensions[col].width = w
ws["A1"] = "令和６年度　病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "病院名：特定医療法人 葵会 あおい中央病院（広島県）　医療機関コード：3410712362"
ws["H2"] = "作成日"
ws["I2"] = "=TODAY()"
ws["I2"].number_format = "yyyy/m/d"


def bc(r, c, v=None, fill=None, align=WRAP, bold=False):
    x = ws.cell(r, c, v)
    x.border = B
    x.alignment = align
    if fill:
        x.fill = fill
    if bold:
        x.font = Font(bold=True)
    return x


ws["A4"] = "【電子カルテシステムのバックアップに係る質問】"
ws["A4"].font = Font(bold=True)
ws["G4"] = "【リモートゲートウェイ装置に係る質問】"
ws["G4"].font = Font(bold=True)
hdr = ("No.", "設問", "回答（R6）", "（参考）\n前回回答（R5）", "補足")
for off in (1, 7):
    for j, h in enumerate(hdr):
        bc(5, off + j, h, PREV if j == 3 else HEAD, CENTER, True)
ws.row_dimensions[5].height = 32

left = [
    ("1-1", "回答者の情報：氏名", "村上 拓也", "村上 拓也", None),
    ("1-2", "回答者の情報：所属", "医療情報管理室 室長", "医事課 主任", "R6.4 異動"),
    ("1-3", "回答者の情報：連絡先", "082-555-0143（直通）", "082-555-0100（代表）", None),
    ("2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい", "いいえ", None),
    ("3", "電子カルテシステムを使用しているか", "いいえ", "いいえ", "紙カルテ運用（電子カルテは令和8年度導入予定）"),
    ("4", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "－", "－", "設問3が「いいえ」のため回答不要"),
    ("5", "バックアップデータは世代管理しているか", "－", "－", "同上"),
    ("6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "－", "－", "同上"),
    ("7", "バックアップデータの漏洩対策を講じているか", "－", "－", "同上"),
]
right = [
    ("8", "VPN装置が存在するか", "はい", "はい", "保守業者に照会済み"),
    ("9", "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）",
     "NEC UNIVERGE IX2106　1台（医事会計システム保守用）\nFortinet FortiGate 30E　1台（画像システム保守用）",
     "NEC UNIVERGE IX2106　1台", "R6に画像システム用を追加"),
    ("10", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい", "はい", None),
    ("11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい", "いいえ", "R6.6 保守業者のIPのみ許可に設定変更"),
    ("12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ（今後検討）", "いいえ", None),
    ("13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "はい（R6.11 訓練実施）", "いいえ", None),
    ("14-1", "セキュリティ責任者を設置しているか", "はい", "はい", None),
    ("14-2", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "いいえ", "事務長が兼務"),
]
for off, rows in ((1, left), (7, right)):
    for i, row in enumerate(rows):
        r = 6 + i
        for j, v in enumerate(row):
            bc(r, off + j, v, PREV if j == 3 else None, CENTER if j in (0,) else WRAP)
        ws.row_dimensions[r].height = 44 if row[0] == "9" else 34

lst = wb.create_sheet("リスト")
lst["A1"] = "はい"
lst["A2"] = "いいえ"
lst["A3"] = "－"
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$3", allow_blank=True)
ws.add_data_validation(dv)
dv.add("C9:C14")
dv.add("I6")
dv.add("I8:I13")

ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A3
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.print_area = "A1:K14"
wb.active = 1

wb.save(os.path.join(OUT_DIR, NAME + ".xlsx"))
print("wrote", NAME)

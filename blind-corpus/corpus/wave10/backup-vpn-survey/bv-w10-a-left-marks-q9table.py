#!/usr/bin/python3
# Generator for bv-w10-a-left-marks-q9table.xlsx
# Role: 総務課 医療情報係 of a 199-bed private hospital answering the MHLW survey on paper-style Excel.
# Layout: the ANSWER columns are to the LEFT of the question (はい | いいえ | No. | 設問 | 備考), answers are
# marked with ○ (one with 〇), Q1 answers as 「項目：値」 in one cell, Q9 answered in a separate table below the
# questionnaire (No. | メーカー名 | 型番 | 台数 | 用途) with counts typed as text with units / full-width digits.
# Planted: Q11 unanswered (Q8 = はい so it is required); Q14 second answer (別に配置しているか) unanswered.
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT_DIR = "/work/blind/wave10/backup-vpn-survey"
NAME = "bv-w10-a-left-marks-q9table"

thin = Side(style="thin", color="000000")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="FCE4D6")
GREY = PatternFill("solid", fgColor="BFBFBF")
SEC = PatternFill("solid", fgColor="D9E1F2")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "回答票"
for col, w in zip("ABCDEFGH", (2, 7, 7, 6, 62, 26, 8, 24)):
    ws.column_dimensions[col].width = w


def bc(r, c, v=None, fill=None, align=WRAP, bold=False):
    x = ws.cell(r, c, v)
    x.border = B
    x.alignment = align
    if fill:
        x.fill = fill
    if bold:
        x.font = Font(bold=True)
    return x


ws["B1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["B1"].font = Font(bold=True, size=13)
ws["B2"] = "病院名：医療法人 北辰会 府中北記念病院　　回答日：令和6年9月12日"
ws["B3"] = "※回答は該当する欄に○を付けてください。回答要領を必ず確認のうえ回答すること。"
ws["B3"].font = Font(size=9)

# header (answer columns first)
bc(4, 2, "回答\n（該当に○）", HEAD, CENTER, True)
bc(4, 3, None, HEAD)
ws.merge_cells("B4:C4")
bc(5, 2, "はい", HEAD, CENTER, True)
bc(5, 3, "いいえ", HEAD, CENTER, True)
for c, v in ((4, "No."), (5, "設問"), (6, "備考")):
    bc(4, c, v, HEAD, CENTER, True)
    bc(5, c, None, HEAD)
    ws.merge_cells(start_row=4, start_column=c, end_row=5, end_column=c)
ws.row_dimensions[4].height = 30

r = 6


def section(title):
    global r
    bc(r, 2, title, SEC, bold=True)
    for c in range(3, 7):
        bc(r, c, None, SEC)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    r += 1


def q(no, text, yes=None, no_=None, note=None, grey=False, height=None):
    """one question row; yes/no_ hold the mark text"""
    global r
    bc(r, 2, yes, GREY if grey else None, CENTER)
    bc(r, 3, no_, GREY if grey else None, CENTER)
    bc(r, 4, no, None, CENTER)
    bc(r, 5, text)
    bc(r, 6, note)
    if height:
        ws.row_dimensions[r].height = height
    r += 1
    return r - 1


section("【電子カルテシステムのバックアップに係る質問】")
# Q1: respondent, label and value in the same cell
q1 = r
q("1", "回答者の情報（氏名、所属、連絡先）", grey=True, note="後日、厚生労働省から連絡がある場合あり")
for txt in ("氏名：高橋　真由美", "所属：総務課　医療情報係", "連絡先：086-223-4567（内線215）"):
    q(None, txt, grey=True)
ws.merge_cells(start_row=q1, start_column=2, end_row=r - 1, end_column=2)
ws.merge_cells(start_row=q1, start_column=3, end_row=r - 1, end_column=3)
ws.merge_cells(start_row=q1, start_column=4, end_row=r - 1, end_column=4)

q("2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を\n活用しているか", "○", None, height=32)
q("3", "電子カルテシステムを使用しているか\n（使用していない場合は７．まで回答不要）", "○", None, height=32)
q("4", "診療行為を停止させないためのバックアップデータは作成しているか\n（定期的に復旧テストを行っているか）", "○", None, "月1回リストアテスト", height=32)
q("5", "バックアップデータは世代管理しているか", "○", None, "7世代")
q("6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による\n消失等同時災害を回避する方法で管理しているか", None, "〇", "院内サーバ室のみで保管", height=32)
q("7", "バックアップデータの漏洩対策を講じているか（暗号化等）", "○", None)

section("【リモートゲートウェイ装置に係る質問】")
q("8", "VPN装置が存在するか\n（存在しない場合は以降の設問は回答不要）", "○", None, height=32)
q9 = q("9", "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）\n→ 下の「設問９　回答欄」に記入", grey=True, height=32)
q("10", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基に\nVPN装置のアップデートを適切に行っているか", "○", None, height=32)
q11 = q("11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", None, None, "保守業者（3社）に確認中")
q("12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", None, "○")
q("13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "○", None, "R6.2 BCP訓練実施")
q141 = q("14-1", "セキュリティ責任者を職員として配置しているか", "○", None)
q142 = q("14-2", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", None, None)

# Q9 answer table
r += 1
ws.cell(r, 4, "設問９　回答欄（VPN装置一覧）").font = Font(bold=True)
r += 1
for c, v in zip(range(4, 9), ("No.", "メーカー名", "型番", "台数", "用途・接続先")):
    bc(r, c, v, HEAD, CENTER, True)
q9hdr = r
r += 1
vpn = [
    ("1", "フォーティネット", "FortiGate 40F", "２台", "電子カルテ保守（本番・待機）"),
    ("2", "ヤマハ", "RTX830", "1台", "PACS保守"),
    ("3", "シスコシステムズ", "C1111-4P", "１", "臨床検査システム保守"),
]
for row in vpn:
    for c, v in zip(range(4, 9), row):
        bc(r, c, v, None, CENTER if c in (4, 7) else WRAP)
    r += 1
for _ in range(2):  # spare blank rows
    for c in range(4, 9):
        bc(r, c, None)
    r += 1

ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.print_area = f"A1:H{r}"

wb.save(os.path.join(OUT_DIR, NAME + ".xlsx"))
print("rows: q9", q9, "q11", q11, "q14-1", q141, "q14-2", q142, "q9 table header", q9hdr)

#!/usr/bin/python3
# Generator for bv-w13-b-print-deleted-option.xlsx (backup-vpn-survey, 2 planted problems)
# Role: prefecture official who turned the MHLW 回答要領 into a printable A4 sheet: each answer cell reads
# 「はい・いいえ」 and the hospital deletes the option that does not apply; 回答者の情報 (設問1) box moved to the
# bottom; 記入要領 sheet first; Q9 one free-text cell; then the hospital re-saved it with LibreOffice.
import os, shutil, subprocess
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

OUT = "/work/blind/wave13/backup-vpn-survey"
NAME = "bv-w13-b-print-deleted-option"
TMP = os.path.join(OUT, "_tmp_" + NAME)

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="EDEDED")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
BOTH = "はい・いいえ"

wb = Workbook()
wi = wb.active
wi.title = "記入要領"
wi.column_dimensions["A"].width = 100
notes = [
    "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　記入要領",
    "",
    "１．「回答」シートの回答欄には「はい・いいえ」と表示されています。該当しない方を削除してください。",
    "２．設問３で「いいえ」（電子カルテシステムを使用していない）と回答した場合、設問４〜７は回答不要です（「はい・いいえ」のまま）。",
    "３．設問８で「いいえ」（VPN装置なし）と回答した場合、以降の設問は回答不要です。",
    "４．設問９はメーカー名、型番、台数を全て記載してください（記述方式）。",
    "５．回答者の情報（設問１）はシート下部に記入してください。後日、厚生労働省から確認の連絡をする場合があります。",
    "６．技術的な用語等は、システム設置事業者や保守事業者に照会のうえ回答してください。",
]
for i, t in enumerate(notes):
    wi.cell(row=1 + i, column=1, value=t)
wi["A1"].font = Font(bold=True, size=12)

ws = wb.create_sheet("回答")
for L, w in zip("ABCDEFG", [2, 6, 58, 16, 2, 26, 2]):
    ws.column_dimensions[L].width = w
ws.merge_cells("B1:F1")
ws["B1"] = "バックアップデータ及びリモートゲートウェイ装置に係る調査　回答用紙"
ws["B1"].font = Font(bold=True, size=13)
ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:D2")
ws["B2"] = "医療機関名：医療法人 若葉会 若葉台記念病院"
ws["F2"] = "回答日：R6.2.16"
ws.merge_cells("B3:F3")
ws["B3"] = "※回答欄の「はい・いいえ」のうち、該当しない方を削除してください。"


def hdr(row):
    for col, t in ((2, "No."), (3, "設問"), (4, "回答"), (6, "備考")):
        c = ws.cell(row=row, column=col, value=t)
        c.fill = GREY
        c.alignment = CEN
        c.border = BOX


def q(row, no, text, ans, note=None, h=36):
    ws.cell(row=row, column=2, value=no).alignment = CEN
    ws.cell(row=row, column=3, value=text).alignment = WRAP
    ws.cell(row=row, column=4, value=ans).alignment = CEN
    if note:
        ws.cell(row=row, column=6, value=note).alignment = WRAP
    for col in (2, 3, 4, 6):
        ws.cell(row=row, column=col).border = BOX
    ws.row_dimensions[row].height = h


ws.merge_cells("B5:F5")
ws["B5"] = "【電子カルテシステムのバックアップに係る質問関係】"
ws["B5"].font = Font(bold=True)
hdr(6)
q(7, "２", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "いいえ")
q(8, "３", "電子カルテシステムを使用しているか（使用していない場合は７．まで回答不要）", "いいえ", "紙カルテ運用（レセコンのみ）")
q(9, "４", "診療行為を停止させないためのバックアップデータは作成しているか", BOTH)
q(10, "５", "バックアップデータは世代管理しているか", BOTH)
q(11, "６", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
  "はい", "レセコンのデータを月1回外付けHDDで持ち帰り", h=48)
q(12, "７", "バックアップデータの漏洩対策を講じているか", BOTH)

ws.merge_cells("B14:F14")
ws["B14"] = "【リモートゲートウェイ装置に係る質問関係】（院内のサーバ室等を確認のうえ回答）"
ws["B14"].font = Font(bold=True)
hdr(15)
q(16, "８", "VPN装置が存在するか（設置されていない場合は以降の設問は回答不要）", "はい", "保守業者に照会済み")
ws.cell(row=17, column=2, value="９").alignment = CEN
ws.cell(row=17, column=3, value="VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）").alignment = WRAP
ws.merge_cells("D17:F17")
ws["D17"] = "ヤマハ RTX1210　1台（医事会計システム保守用）\nNEC UNIVERGE IX2105　1台（画像システム保守用）"
ws["D17"].alignment = Alignment(wrap_text=True, vertical="top")
for col in range(2, 7):
    ws.cell(row=17, column=col).border = BOX
ws.row_dimensions[17].height = 48
q(18, "10", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい")
q(19, "11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "いいえ", "業者に確認中")
q(20, "12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", BOTH)
q(21, "13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ")
q(22, "14", "セキュリティ責任者を設置しているか", "はい")
q(23, "", "　（上記14）セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "はい", "事務長（責任者）／医事課長（システム）")

ws.merge_cells("B25:F25")
ws["B25"] = "【回答者の情報（設問１）】"
ws["B25"].font = Font(bold=True)
for i, t in enumerate(["氏名：中川 直美", "所属：事務部 総務課", "連絡先：0875-23-4410（代表）"]):
    rr = 26 + i
    ws.merge_cells(start_row=rr, start_column=2, end_row=rr, end_column=6)
    ws.cell(row=rr, column=2, value=t)
    for col in range(2, 7):
        ws.cell(row=rr, column=col).border = BOX
ws.print_area = "A1:G28"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
wb.active = 1

os.makedirs(TMP, exist_ok=True)
src = os.path.join(TMP, NAME + ".xlsx")
wb.save(src)
outdir = os.path.join(TMP, "lo")
os.makedirs(outdir, exist_ok=True)
subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + os.path.join(TMP, "profile"),
                "--convert-to", "xlsx", "--outdir", outdir, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(TMP)
print("saved", NAME)

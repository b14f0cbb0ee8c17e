#!/usr/bin/python3
"""bv-w27-b: the survey drawn as a printable sheet with separate はい / いいえ columns, answered by
putting ● in the chosen column; Q1 as '氏名：…' cells; Q9 as one free-text cell; full-width question
numbers; a COUNTIF tally without cached value (saved by openpyxl).
Planted: Q3 いいえ but Q5 answered anyway (skipped question answered); Q11 left blank although Q8 はい."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave27/backup-vpn-survey/bv-w27-b-mark-columns-freetext-q9.xlsx"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
GRAY = PatternFill("solid", fgColor="D9D9D9")

wb = Workbook()
ws = wb.active
ws.title = "調査票"
# spacer column A, content B..F, spacer G
for col, w in zip("ABCDEFG", [2, 7, 62, 8, 8, 28, 2]):
    ws.column_dimensions[col].width = w
ws.merge_cells("B1:F1")
ws["B1"] = "病院における医療情報システムのバックアップデータ及び\nリモートゲートウェイ装置に係る調査"
ws["B1"].font = Font(bold=True, size=13); ws["B1"].alignment = CEN
ws.row_dimensions[1].height = 40
ws.merge_cells("B2:F2")
ws["B2"] = "該当する欄に「●」を記入してください。（回答日：R6.2.9　医療法人 さくら会 さくら台病院）"

r = 4
for j, t in enumerate(["番号", "設問", "はい", "いいえ", "備考"]):
    c = ws.cell(r, 2 + j, t); c.fill = GRAY; c.font = Font(bold=True); c.alignment = CEN; c.border = BOX

def line(no, text, yes=None, no_=None, note=None, merge_answer=False, answer_text=None, height=None):
    global r
    r += 1
    ws.cell(r, 2, no); ws.cell(r, 3, text)
    if merge_answer:
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
        ws.cell(r, 4, answer_text)
    else:
        if yes: ws.cell(r, 4, yes)
        if no_: ws.cell(r, 5, no_)
        if note: ws.cell(r, 6, note)
    for c in range(2, 7):
        ws.cell(r, c).border = BOX; ws.cell(r, c).alignment = WRAP
    ws.cell(r, 2).alignment = CEN
    if not merge_answer:
        ws.cell(r, 4).alignment = CEN; ws.cell(r, 5).alignment = CEN
    if height: ws.row_dimensions[r].height = height
    return r

CELLS = {}
line("１．", "回答者の情報", merge_answer=True, answer_text="")
for c in range(4, 7):
    ws.cell(r, c).fill = GRAY
CELLS["name"] = line("", "氏名：鈴木 一郎", merge_answer=True)
CELLS["dept"] = line("", "所属：事務部 事務長", merge_answer=True)
CELLS["contact"] = line("", "連絡先：0258-32-1187", merge_answer=True)
CELLS["q2"] = line("２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", yes="●", height=30)
CELLS["q3"] = line("３．", "電子カルテシステムを使用しているか（※使用していない場合は７．まで回答不要）", no_="●", note="紙カルテ運用", height=30)
CELLS["q4"] = line("４．", "診療行為を停止させないためのバックアップデータは作成しているか", height=30)
CELLS["q5"] = line("５．", "バックアップデータは世代管理しているか", yes="●", note="レセコンのバックアップ（3世代）")
CELLS["q6"] = line("６．", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", height=45)
CELLS["q7"] = line("７．", "バックアップデータの漏洩対策を講じているか")
CELLS["q8"] = line("８．", "VPN装置が存在するか（※設置されていない場合は以降の設問は回答不要）", yes="●", height=30)
CELLS["q9"] = line("９．", "VPN装置のメーカー名、型番、台数を全て記載すること", merge_answer=True,
                   answer_text="ヤマハ RTX830　1台（レセコン保守用）\nNEC UNIVERGE IX2106　1台（オンライン資格確認端末 保守用）", height=45)
CELLS["q10"] = line("１０．", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", yes="●", height=30)
CELLS["q11"] = line("１１．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか")
CELLS["q12"] = line("１２．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", no_="●")
CELLS["q13"] = line("１３．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", no_="●")
CELLS["q14"] = line("１４．", "セキュリティ責任者を設置しているか", yes="●", note="事務長が兼任")
CELLS["q14b"] = line("", "（セキュリティ責任者を医療情報システムの責任者とは別に配置しているか）", no_="●")
r += 2
ws.cell(r, 3, "回答済み設問数（●の数）").alignment = Alignment(horizontal="right")
ws.cell(r, 4, f"=COUNTIF(D9:E{r - 2},\"●\")")
ws.print_area = f"A1:G{r}"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
wb.save(OUT)
print(CELLS)

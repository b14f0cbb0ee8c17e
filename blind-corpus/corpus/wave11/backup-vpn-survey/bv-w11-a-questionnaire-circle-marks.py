#!/usr/bin/python3
# Generator for bv-w11-a-questionnaire-circle-marks.xlsx
# Role: 医事課長 of a 150-bed psychiatric hospital (paper charts, no EHR) filling the prefecture's Excel copy of
# the MHLW survey: a questionnaire (No. | 設問 | はい | いいえ | 備考) where the answer is a ○ in the はい or
# いいえ column; Q1 and Q9 written in merged answer cells / a small sub-table; hospital name and date
# (和暦) in one cell each above the table.
# Planted: (1) Q3 いいえ (no EHR) yet Q4 and Q5 answered (skip rule: Q4–Q7 not required);
#          (2) Q12 left without a mark although Q8 is はい.
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave11/backup-vpn-survey/bv-w11-a-questionnaire-circle-marks.xlsx"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="E2EFDA")
SEC = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "回答票"
for k, w in {"A": 6, "B": 56, "C": 16, "D": 16, "E": 10, "F": 30}.items():
    ws.column_dimensions[k].width = w

ws.merge_cells("A1:F1")
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A1"].alignment = Alignment(horizontal="center")
ws["A2"] = "※該当する欄に「○」を記入してください。回答要領（厚生労働省）を必ずご確認ください。"
ws["A2"].font = Font(size=9)
ws["A3"] = "医療機関名：医療法人 松風会 松風病院"
ws["E3"] = "回答日：令和6年2月14日"

r = 5
for j, h in enumerate(["No.", "設問", "はい", "いいえ", "", "備考"]):
    c = ws.cell(row=r, column=1 + j, value=h or None)
    c.fill = HEAD
    c.border = BOX
    c.alignment = CENTER
    c.font = Font(bold=True)
ws.merge_cells("D5:E5")


def row(no, q, yes=None, no_=None, note=None, answer=None, fill=None):
    global r
    r += 1
    ws.cell(row=r, column=1, value=no)
    ws.cell(row=r, column=2, value=q)
    if answer is not None:
        ws.cell(row=r, column=3, value=answer)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
    else:
        ws.cell(row=r, column=3, value=yes)
        ws.cell(row=r, column=4, value=no_)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    ws.cell(row=r, column=6, value=note)
    for c in range(1, 7):
        cell = ws.cell(row=r, column=c)
        cell.border = BOX
        cell.alignment = CENTER if c in (1, 3, 4) and answer is None else WRAP
        if fill:
            cell.fill = fill
    return r


def section(title):
    global r
    r += 1
    ws.cell(row=r, column=1, value=title).font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(row=r, column=1).fill = SEC


O = "○"
section("【電子カルテシステムのバックアップに係る質問関係】")
row("１．", "回答者の情報　氏名", answer="田中 由美子")
row("", "　　　　　　　所属", answer="事務部 医事課 課長")
row("", "　　　　　　　連絡先", answer="0866-22-3145（医事課直通）")
row("２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", yes=O)
row("３．", "電子カルテシステムを使用しているか\n（使用していない場合は７．まで回答不要）", no_=O, note="紙カルテ運用（医事会計システムのみ）")
row("４．", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストしているか）", yes=O,
    note="医事会計システムのバックアップ")
row("５．", "バックアップデータは世代管理しているか", yes=O, note="3世代")
row("６．", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか")
row("７．", "バックアップデータの漏洩対策を講じているか")
section("【リモートゲートウェイ装置に係る質問関係】")
row("８．", "VPN装置が存在するか\n（設置されていない場合は以降の設問は回答不要）", yes=O)
# Q9 sub-table
r += 1
ws.cell(row=r, column=1, value="９．")
ws.cell(row=r, column=2, value="VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）")
ws.cell(row=r, column=3, value="メーカー名")
ws.cell(row=r, column=4, value="型番")
ws.cell(row=r, column=5, value="台数")
for c in range(1, 7):
    cell = ws.cell(row=r, column=c)
    cell.border = BOX
    cell.alignment = WRAP if c == 2 else CENTER
    if c in (3, 4, 5):
        cell.fill = HEAD
q9_first = r
devices = [("YAMAHA", "RTX830", 1), ("NEC", "UNIVERGE IX2105", 1), (None, None, None)]
for mk, md, n in devices:
    r += 1
    ws.cell(row=r, column=3, value=mk)
    ws.cell(row=r, column=4, value=md)
    ws.cell(row=r, column=5, value=n)
    for c in range(1, 7):
        ws.cell(row=r, column=c).border = BOX
        ws.cell(row=r, column=c).alignment = CENTER
ws.merge_cells(start_row=q9_first, start_column=1, end_row=r, end_column=1)
ws.merge_cells(start_row=q9_first, start_column=2, end_row=r, end_column=2)
ws.merge_cells(start_row=q9_first, start_column=6, end_row=r, end_column=6)
ws.cell(row=q9_first, column=6, value="医事会計ベンダ保守用1台、\n電子処方・検査ベンダ保守用1台")
ws.cell(row=q9_first, column=6).alignment = WRAP
row("10．", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", yes=O, note="保守ベンダに確認済み")
row("11．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", yes=O)
row("12．", "VPN装置へのアクセス記録を定期的に分析・監査しているか")
row("13．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", no_=O, note="手順書は作成中")
row("14．", "セキュリティ責任者を設置しているか", yes=O)
row("", "　セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", no_=O, note="事務長が兼務")

for rr in range(6, r + 1):
    ws.row_dimensions[rr].height = 30
ws.print_area = "A1:F%d" % r
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

wb.save(OUT)
print("wrote", OUT, "last row", r)

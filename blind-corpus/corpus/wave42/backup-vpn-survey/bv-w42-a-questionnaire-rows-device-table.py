#!/usr/bin/python3
"""Generator for bv-w42-a-questionnaire-rows-device-table.xlsx (blind test workbook, wave 42).

Role: prefecture office (医務課) turning the MHLW 回答要領 into a one-sheet questionnaire
(No. | 設問 | 回答 | 備考) with はい/いいえ drop-downs fed from a hidden list sheet, Q1 split into three rows,
Q9 as a small maker/model/count table, Q14 as two rows (14 / 14-2). A 記入日 cell holds =TODAY()
(openpyxl save, no cached value). Filled by a hospital's information-systems staff member: complete, no
planted problem.
"""
import os
import sys

sys.path.insert(0, "/tmp/w42lib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w42-a-questionnaire-rows-device-table"
OUT = os.path.join(HERE, NAME + ".xlsx")

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="BDD7EE")
SEC = PatternFill("solid", fgColor="F2F2F2")
ANS = PatternFill("solid", fgColor="FFFFCC")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "回答票"
lst = wb.create_sheet("選択肢")
lst["A1"] = "はい"
lst["A2"] = "いいえ"
lst.sheet_state = "hidden"

for col, w in zip("ABCDE", [7, 62, 22, 10, 30]):
    ws.column_dimensions[col].width = w
ws.merge_cells("A1:E1")
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A2:E2")
ws["A2"] = ("※回答要領を必ずご確認ください。回答欄はプルダウンから「はい」「いいえ」を選択してください。"
            "設問3で「いいえ」の場合は設問7まで、設問8で「いいえ」の場合は以降の設問は回答不要です。")
ws["A2"].alignment = WRAP
ws.row_dimensions[2].height = 44
ws["A3"] = "医療機関名"
ws.merge_cells("B3:C3")
ws["B3"] = "社会医療法人 讃岐会 丸亀みどり病院"
ws["D3"] = "記入日"
ws["E3"] = "=TODAY()"
ws["E3"].number_format = "yyyy/m/d"
for c in ("A3", "B3", "C3", "D3", "E3"):
    ws[c].border = BOX

hdr = ["No.", "設問", "回答", "", "備考"]
for i, h in enumerate(hdr):
    ws.cell(5, 1 + i, h or None)
ws.merge_cells("C5:D5")
for c in range(1, 6):
    ws.cell(5, c).fill = HEAD
    ws.cell(5, c).border = BOX
    ws.cell(5, c).alignment = CEN

rows = []  # (no, question, answer, remark, kind)
rows.append(("", "【電子カルテシステムのバックアップに係る質問関係】", None, None, "sec"))
rows.append(("1", "回答者の情報　氏名", "大西 翔太", None, "text"))
rows.append(("", "回答者の情報　所属", "事務部 情報システム課 係長", None, "text"))
rows.append(("", "回答者の情報　連絡先", "0877-23-5511（内線305）", None, "text"))
rows.append(("2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい", None, "yn"))
rows.append(("3", "電子カルテシステムを使用しているか", "はい", "H28年導入", "yn"))
rows.append(("4", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "はい", "年2回リストア訓練", "yn"))
rows.append(("5", "バックアップデータは世代管理しているか", "はい", "日次・7世代", "yn"))
rows.append(("6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "いいえ", "外部保管は検討中", "yn"))
rows.append(("7", "バックアップデータの漏洩対策を講じているか", "はい", None, "yn"))
rows.append(("", "【リモートゲートウェイ装置に係る質問関係】", None, None, "sec"))
rows.append(("8", "VPN装置が存在するか", "はい", None, "yn"))
rows.append(("9", "VPN装置のメーカー名、型番、台数を全て記載すること（下表）", None, None, "q9"))
rows.append(("10", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい", None, "yn"))
rows.append(("11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい", None, "yn"))
rows.append(("12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "ログ取得のみ", "yn"))
rows.append(("13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ", None, "yn"))
rows.append(("14", "セキュリティ責任者を設置しているか", "はい", None, "yn"))
rows.append(("14-2", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "情報システム課長が兼務", "yn"))

dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
vpn = [("Fortinet", "FortiGate-60F", 1), ("YAMAHA", "RTX1220", 2)]
r = 6
for no, q, a, rem, kind in rows:
    if kind == "sec":
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(r, 1, q).font = Font(bold=True)
        ws.cell(r, 1).fill = SEC
        ws.cell(r, 1).border = BOX
        r += 1
        continue
    ws.cell(r, 1, no or None)
    ws.cell(r, 2, q)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    if a is not None:
        ws.cell(r, 3, a)
    if rem:
        ws.cell(r, 5, rem)
    for c in range(1, 6):
        ws.cell(r, c).border = BOX
        ws.cell(r, c).alignment = WRAP
    ws.cell(r, 1).alignment = CEN
    ws.cell(r, 3).alignment = CEN
    if kind in ("yn", "text"):
        ws.cell(r, 3).fill = ANS
    if kind == "yn":
        dv.add(ws.cell(r, 3).coordinate)
    if len(q) > 40:
        ws.row_dimensions[r].height = 32
    r += 1
    if kind == "q9":
        # sub-table: メーカー名 (B) | 型番 (C) | 台数 (D)
        for i, h in enumerate(["メーカー名", "型番", "台数"]):
            ws.cell(r, 2 + i, h).fill = HEAD
            ws.cell(r, 2 + i).alignment = CEN
        for c in range(1, 6):
            ws.cell(r, c).border = BOX
        r += 1
        for mk, md, n in vpn + [("", "", None), ("", "", None)]:
            ws.cell(r, 2, mk or None)
            ws.cell(r, 3, md or None)
            ws.cell(r, 4, n)
            for c in range(1, 6):
                ws.cell(r, c).border = BOX
            for c in (2, 3, 4):
                ws.cell(r, c).fill = ANS
            r += 1
        ws.cell(r, 2, "合計台数").alignment = Alignment(horizontal="right")
        ws.cell(r, 4, f"=SUM(D{r - 4}:D{r - 1})")
        for c in range(1, 6):
            ws.cell(r, c).border = BOX
        r += 1

ws.print_area = f"A1:E{r - 1}"
ws.page_setup.fitToWidth = 1
wb.save(OUT)
print("saved", OUT)

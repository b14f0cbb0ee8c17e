#!/usr/bin/python3
"""bv-w27-a: prefecture office's questionnaire (No. | 設問 | 回答 | 備考) with はい/いいえ drop-downs,
Q9 as a small maker/model/count table, Q14 split into two answer rows, plus a 記入要領 sheet.
Filled completely and correctly; no planted problems."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave27/backup-vpn-survey/bv-w27-a-questionnaire-rows-dropdown.xlsx"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="C6E0B4")
SEC = PatternFill("solid", fgColor="EDEDED")
ANS = PatternFill("solid", fgColor="FFFFCC")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "回答票"
for col, w in zip("ABCDE", [7, 58, 22, 14, 30]):
    ws.column_dimensions[col].width = w
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "岡山県保健医療部医療推進課　取りまとめ（回答は本シートに入力のうえ、メールにて御提出ください）"
ws["A3"] = "病院名"; ws["B3"] = "医療法人 緑風会 倉敷みどり病院"
for a in ("A3", "B3"):
    ws[a].border = BOX
ws["A3"].fill = SEC

r = 5
for j, t in enumerate(["No.", "設問", "回答", "", "備考"]):
    ws.cell(r, 1 + j, t)
ws.merge_cells("C5:D5")
for c in range(1, 6):
    ws.cell(r, c).fill = HEAD; ws.cell(r, c).border = BOX; ws.cell(r, c).alignment = CEN
    ws.cell(r, c).font = Font(bold=True)

rows = []  # (no, question, answer, note, kind)
def sec(title):
    rows.append((None, title, None, None, "sec"))

sec("【電子カルテシステムのバックアップに係る質問関係】")
rows += [
    ("1", "回答者の情報　氏名", "山田 花子", "", "text"),
    ("", "回答者の情報　所属", "事務部 医療情報管理室 室長", "", "text"),
    ("", "回答者の情報　連絡先", "086-422-7130（内線215）", "", "text"),
    ("2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい", "", "yn"),
    ("3", "電子カルテシステムを使用しているか\n（使用していない場合は7.まで回答不要）", "はい", "", "yn"),
    ("4", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "はい", "", "yn"),
    ("5", "バックアップデータは世代管理しているか", "はい", "7世代", "yn"),
    ("6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
     "いいえ", "同一サーバ室内のNASのみ。来年度検討", "yn"),
    ("7", "バックアップデータの漏洩対策を講じているか", "はい", "", "yn"),
]
sec("【リモートゲートウェイ装置に係る質問関係】")
rows += [
    ("8", "VPN装置が存在するか\n（設置されていない場合は以降の設問は回答不要）", "はい", "", "yn"),
    ("9", "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式・下表に記入）", None, "", "q9"),
    ("10", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい", "", "yn"),
    ("11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい", "", "yn"),
    ("12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "ログ取得のみ", "yn"),
    ("13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ", "", "yn"),
    ("14", "セキュリティ責任者を設置しているか", "はい", "", "yn"),
    ("", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "兼務（医療情報管理室長）", "yn"),
]
vpn = [("Fortinet", "FortiGate 60F", 1), ("ヤマハ", "RTX830", 2), ("", "", None)]

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
r = 6
for no, q, a, note, kind in rows:
    if kind == "sec":
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(r, 1, q).font = Font(bold=True)
        for c in range(1, 6):
            ws.cell(r, c).fill = SEC; ws.cell(r, c).border = BOX
        r += 1
        continue
    if kind == "q9":
        ws.cell(r, 1, no); ws.cell(r, 2, q)
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
        ws.cell(r, 3).fill = SEC
        for c in range(1, 6):
            ws.cell(r, c).border = BOX; ws.cell(r, c).alignment = WRAP
        ws.cell(r, 1).alignment = CEN
        r += 1
        for j, t in enumerate(["メーカー名", "型番", "台数"]):
            ws.cell(r, 2 + j, t).fill = HEAD
            ws.cell(r, 2 + j).alignment = CEN
        for c in range(1, 6):
            ws.cell(r, c).border = BOX
        r += 1
        for mk, md, n in vpn:
            if mk: ws.cell(r, 2, mk)
            if md: ws.cell(r, 3, md)
            if n is not None: ws.cell(r, 4, n)
            for c in range(1, 6):
                ws.cell(r, c).border = BOX
            for c in (2, 3, 4):
                ws.cell(r, c).fill = ANS
            r += 1
        continue
    ws.cell(r, 1, no); ws.cell(r, 2, q)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    ws.cell(r, 3, a)
    if note: ws.cell(r, 5, note)
    ws.cell(r, 3).fill = ANS
    if kind == "yn":
        dv.add(ws.cell(r, 3).coordinate)
    for c in range(1, 6):
        ws.cell(r, c).border = BOX; ws.cell(r, c).alignment = WRAP
    ws.cell(r, 1).alignment = CEN
    ws.cell(r, 3).alignment = CEN if kind == "yn" else WRAP
    ws.row_dimensions[r].height = 32 if len(q) > 30 else 20
    r += 1
ws.freeze_panes = "A6"
ws.print_area = f"A1:E{r}"

g = wb.create_sheet("記入要領")
g.column_dimensions["A"].width = 110
guide = [
    "記入要領（回答要領より抜粋）",
    "・回答に当たっては、提出後の修正等作業をできるだけ防ぐため、必ず回答要領を確認してください。",
    "・技術的な質問・用語等については、院内担当者だけでなく、システム設置事業者や保守事業者への照会等も活用して回答してください。",
    "・回答欄はプルダウンから「はい」「いいえ」を選択してください。",
    "・設問3で「いいえ」（電子カルテシステムを使用していない）の場合は、設問7まで回答不要です。",
    "・設問8で「いいえ」（VPN装置が設置されていない）の場合は、以降の設問は回答不要です。",
    "・設問9はVPN装置のメーカー名、型番、台数を全て記載してください（行が足りない場合は追加してください）。",
    "・設問14はセキュリティ責任者の設置と、医療情報システムの責任者とは別に配置しているかの2点を回答してください。",
]
for i, t in enumerate(guide):
    g.cell(1 + i, 1, t).alignment = Alignment(wrap_text=True)
g["A1"].font = Font(bold=True)
wb.save(OUT)
print("saved")

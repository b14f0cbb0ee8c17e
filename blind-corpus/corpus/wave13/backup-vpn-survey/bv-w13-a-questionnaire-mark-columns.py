#!/usr/bin/python3
# Generator for bv-w13-a-questionnaire-mark-columns.xlsx (backup-vpn-survey, no planted problem)
# Role: hospital 情報管理係 who typed the MHLW 回答要領 questions into a No. | 設問 | はい | いいえ | 備考 grid
# and answers with ○ in the chosen column; Q9 as rows (maker / model / count) with a =SUM total (no cached value).
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

OUT = "/work/blind/wave13/backup-vpn-survey"
NAME = "bv-w13-a-questionnaire-mark-columns"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
SEC = PatternFill("solid", fgColor="FCE4D6")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center")

wb = Workbook()
ws = wb.active
ws.title = "回答票"
for L, w in zip("ABCDE", [7, 62, 11, 11, 30]):
    ws.column_dimensions[L].width = w

ws.merge_cells("A1:E1")
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=12)
ws.merge_cells("A2:C2")
ws["A2"] = "医療機関名：市立あおば台病院"
ws.merge_cells("D2:E2")
ws["D2"] = "回答日：令和6年2月9日"
ws["A3"] = "※該当する欄に「○」を記入してください。"

r = 5
for j, h in enumerate(["No.", "設問", "はい", "いいえ", "備考"]):
    c = ws.cell(row=r, column=1 + j, value=h)
    c.fill = HEAD
    c.alignment = CEN
    c.border = BOX


def section(row, text):
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
    c = ws.cell(row=row, column=1, value=text)
    c.fill = SEC
    c.font = Font(bold=True)
    for col in range(1, 6):
        ws.cell(row=row, column=col).border = BOX


def q(row, no, text, ans, note=None):
    ws.cell(row=row, column=1, value=no).alignment = CEN
    ws.cell(row=row, column=2, value=text).alignment = WRAP
    if ans == "はい":
        ws.cell(row=row, column=3, value="○")
    elif ans == "いいえ":
        ws.cell(row=row, column=4, value="○")
    ws.cell(row=row, column=3).alignment = CEN
    ws.cell(row=row, column=4).alignment = CEN
    if note:
        ws.cell(row=row, column=5, value=note).alignment = WRAP
    for col in range(1, 6):
        ws.cell(row=row, column=col).border = BOX
    ws.row_dimensions[row].height = 33


section(6, "【電子カルテシステムのバックアップに係る質問関係】")
# Q1: respondent, three sub rows, value merged over C:E
ws.merge_cells("A7:A9")
ws["A7"] = 1
ws["A7"].alignment = CEN
for i, (lab, val) in enumerate([("回答者の情報　氏名", "村上 達也"),
                                ("回答者の情報　所属", "経営企画課 情報管理係"),
                                ("回答者の情報　連絡先", "089-941-3312（直通）／ murakami@aobadai-hp.jp")]):
    rr = 7 + i
    ws.cell(row=rr, column=2, value=lab)
    ws.merge_cells(start_row=rr, start_column=3, end_row=rr, end_column=5)
    ws.cell(row=rr, column=3, value=val)
    for col in range(1, 6):
        ws.cell(row=rr, column=col).border = BOX

q(10, 2, "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい")
q(11, 3, "電子カルテシステムを使用しているか\n（使用していない場合は7.まで回答不要）", "はい")
q(12, 4, "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "はい",
  "年2回 ベンダ立会いでリストアテスト")
q(13, 5, "バックアップデータは世代管理しているか", "はい", "日次・7世代")
q(14, 6, "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
  "はい", "週1回 LTOを別棟金庫へ")
q(15, 7, "バックアップデータの漏洩対策を講じているか（暗号化、秘密分散管理等）", "いいえ", "R6年度中に暗号化対応予定")

section(16, "【リモートゲートウェイ装置に係る質問関係】　※院内のサーバ室等を確認のうえ回答")
q(17, 8, "VPN装置が存在するか\n（設置されていない場合は以降の設問は回答不要）", "はい")

# Q9 as a small table
ws.cell(row=18, column=1, value=9).alignment = CEN
ws.merge_cells("B18:E18")
ws["B18"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）"
ws["B19"] = "メーカー名"
ws.merge_cells("C19:D19")
ws["C19"] = "型番"
ws["E19"] = "台数"
for a in ("B19", "C19", "E19"):
    ws[a].fill = HEAD
    ws[a].alignment = CEN
devices = [("Fortinet", "FortiGate-60F", 2), ("ヤマハ", "RTX1220", 1), ("NEC", "UNIVERGE IX2215", 1)]
for i, (mk, md, n) in enumerate(devices):
    rr = 20 + i
    ws.cell(row=rr, column=2, value=mk)
    ws.merge_cells(start_row=rr, start_column=3, end_row=rr, end_column=4)
    ws.cell(row=rr, column=3, value=md)
    ws.cell(row=rr, column=5, value=n).alignment = CEN
ws["B23"] = "合計"
ws["B23"].alignment = Alignment(horizontal="right")
ws.merge_cells("C23:D23")
ws["E23"] = "=SUM(E20:E22)"
ws["E23"].alignment = CEN
ws.merge_cells("A18:A23")
ws["A18"].alignment = CEN
for rr in range(18, 24):
    for col in range(1, 6):
        ws.cell(row=rr, column=col).border = BOX

q(24, 10, "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい")
q(25, 11, "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい")
q(26, 12, "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "ログ取得のみ（分析未実施）")
q(27, 13, "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ")
q(28, "14-1", "セキュリティ責任者を設置しているか（職員として配置）", "はい", "情報管理係長")
q(29, "14-2", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "医療情報システム責任者と兼務")

ws["A31"] = "未回答チェック（はい・いいえ欄の○の数）："
ws["D31"] = "=COUNTA(C10:D15,C17:D17,C24:D29)"
ws.print_area = "A1:E31"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

wb.save(os.path.join(OUT, NAME + ".xlsx"))
print("saved", NAME)

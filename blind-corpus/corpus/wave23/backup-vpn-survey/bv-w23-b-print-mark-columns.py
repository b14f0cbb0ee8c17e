#!/usr/bin/python3
# Generator for bv-w23-b-print-mark-columns.xlsx
# Role: hospital 診療情報管理室 that typed the survey up as a printable sheet: はい / いいえ columns where the chosen
# one gets a ○, blank spacer columns, Q1 as 「項目：値」 cells, Q9 as one free-text cell with line breaks.
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w23-b-print-mark-columns"
thin = Side(style="thin"); med = Side(style="medium")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="FCE4D6")
B = Font(bold=True, name="ＭＳ ゴシック")
N = Font(name="ＭＳ ゴシック", size=10)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center")

wb = Workbook()
ws = wb.active
ws.title = "調査回答"
# A spacer | B No | C question | D spacer | E はい | F いいえ | G spacer | H 備考
for k, w in zip("ABCDEFGH", [2, 6, 62, 2, 7, 7, 2, 24]):
    ws.column_dimensions[k].width = w

ws["B1"] = "バックアップデータ及びリモートゲートウェイ装置に係る調査　回答"
ws["B1"].font = Font(bold=True, size=14, name="ＭＳ ゴシック")
ws["B2"] = "医療機関名：医療法人 回生会 宇多津みなみ病院"; ws["B2"].font = N
ws["H2"] = "記入日：令和6年2月20日"; ws["H2"].font = N
ws["B3"] = "該当する欄に○を記入してください。"; ws["B3"].font = N

r = 5
for col, h in zip("BCEFH", ["No.", "設問", "はい", "いいえ", "備考"]):
    c = ws[f"{col}{r}"]; c.value = h; c.font = B; c.fill = HEAD; c.alignment = CEN; c.border = BOX


def boxrow(row):
    for col in "BCEFH":
        ws[f"{col}{row}"].border = BOX


def q(row, no, text, yes=None, note=None):
    ws[f"B{row}"] = no; ws[f"B{row}"].alignment = CEN
    ws[f"C{row}"] = text; ws[f"C{row}"].alignment = WRAP
    if yes is True:
        ws[f"E{row}"] = "○"
    elif yes is False:
        ws[f"F{row}"] = "○"
    ws[f"E{row}"].alignment = CEN; ws[f"F{row}"].alignment = CEN
    ws[f"H{row}"] = note
    ws.row_dimensions[row].height = 30
    for col in "BCEFH":
        ws[f"{col}{row}"].font = N
    boxrow(row)


def heading(row, text):
    ws[f"B{row}"] = text; ws[f"B{row}"].font = B
    ws.merge_cells(f"B{row}:H{row}")


heading(6, "【電子カルテシステムのバックアップに係る質問関係】")
ws["B7"] = "1"; ws["B7"].alignment = CEN
ws["C7"] = "回答者の情報"; ws["C7"].font = B
boxrow(7)
for i, t in enumerate(["氏名：森 大輔", "所属：事務部 診療情報管理室 室長", "連絡先："]):
    row = 8 + i
    ws[f"C{row}"] = t; ws[f"C{row}"].font = N
    ws.merge_cells(f"C{row}:H{row}")
    boxrow(row)
q(11, "2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", False)
q(12, "3", "電子カルテシステムを使用しているか", True)
q(13, "4", "診療行為を停止させないためのバックアップデータは作成しているか", True, "毎日夜間に取得・半年毎に復元テスト")
q(14, "5", "バックアップデータは世代管理しているか", True, "7世代")
q(15, "6", "バックアップデータについて、同時災害を回避する方法で管理しているか", True)
q(16, "7", "バックアップデータの漏洩対策を講じているか", False)
heading(18, "【リモートゲートウェイ装置に係る質問関係】")
q(19, "8", "VPN装置が存在するか", True)
ws["B20"] = "9"; ws["B20"].alignment = CEN
ws["C20"] = "VPN装置のメーカー名、型番、台数を全て記載すること"; ws["C20"].font = N
boxrow(20)
ws["C21"] = ("・フォーティネット FortiGate-60F　1台（電子カルテ保守）\n"
             "・ヤマハ RTX830　1台（PACS保守、業者設置）\n"
             "　計2台")
ws["C21"].alignment = Alignment(wrap_text=True, vertical="top"); ws["C21"].font = N
ws.merge_cells("C21:H21")
ws.row_dimensions[21].height = 52
boxrow(21)
q(22, "10", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", True)
q(23, "11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", False, "保守業者側の設定で制限なし")
q(24, "12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", None)
q(25, "13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", False)
q(26, "14", "①セキュリティ責任者を設置しているか", True)
q(27, "", "②セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", True)

# outer frame (medium) for print
for row in range(5, 28):
    ws[f"B{row}"].border = Border(left=med, right=thin, top=thin, bottom=thin)
ws.print_area = "A1:H28"
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.horizontalCentered = True
wb.save(os.path.join(HERE, NAME + ".xlsx"))
print("saved")

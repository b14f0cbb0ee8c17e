#!/usr/bin/python3
# Generator for bv-w36-b-prefecture-print-circle-marks.xlsx
# Role: prefecture office's print-style redraw (問１..問１４, はい | いいえ columns, mark ○ in the chosen column,
# Q9 as one free-text box, Q14 as (1)/(2)), filled by a small hospital without an EHR. Saved by openpyxl.
# Run: PYTHONPATH=/tmp/w36lib /usr/bin/python3 bv-w36-b-prefecture-print-circle-marks.py
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w36-b-prefecture-print-circle-marks.xlsx"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center")

wb = Workbook()
ws = wb.active
ws.title = "調査票"
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
for col, w in zip("ABCDEFGH", [2, 8, 58, 1, 7, 7, 24, 2]):
    ws.column_dimensions[col].width = w

ws.merge_cells("B1:G1")
ws["B1"] = "バックアップデータ及びリモートゲートウェイ装置に係る調査　回答用紙"
ws["B1"].font = Font(bold=True, size=14)
ws["B1"].alignment = CEN
ws.merge_cells("B2:G2")
ws["B2"] = "（岡山県保健医療部医療推進課 取りまとめ／厚生労働省調査）"
ws["B2"].alignment = CEN
ws.merge_cells("B3:G4")
ws["B3"] = ("※該当する欄に○を記入してください。問３で「いいえ」の場合は問４～問７は回答不要です。"
            "問８で「いいえ」の場合は問９以降は回答不要です。")
ws["B3"].alignment = WRAP
ws.row_dimensions[3].height = 20

ws["B6"] = "病院名"
ws.merge_cells("C6:G6")
ws["C6"] = "医療法人 清和会 倉敷すこやか病院"
for col in "BCEFG":
    ws[f"{col}6"].border = B

r = 8
ws[f"B{r}"] = "問１"
ws.merge_cells(f"C{r}:G{r}")
ws[f"C{r}"] = "回答者の情報（後日、厚生労働省より内容確認の連絡をする場合があります）"
ws[f"B{r}"].fill = HEAD
ws[f"C{r}"].fill = HEAD
r += 1
Q1 = {}
for label, val in [("氏名", "藤原 恵"), ("所属", "事務部 総務課 主任"), ("連絡先", "086-462-3107")]:
    ws[f"C{r}"] = f"　{label}"
    ws.merge_cells(f"E{r}:G{r}")
    ws[f"E{r}"] = val
    for col in "BCEFG":
        ws[f"{col}{r}"].border = B
    Q1[label] = r
    r += 1
r += 1
# header
for col, h in zip("BCEFG", ["問", "設問", "はい", "いいえ", "備考"]):
    ws[f"{col}{r}"] = h
    ws[f"{col}{r}"].fill = HEAD
    ws[f"{col}{r}"].alignment = CEN
    ws[f"{col}{r}"].border = B
r += 1
ROWS = {}

def yn(no, text, mark=None, yes=None, note=None):
    """yes=True -> mark in はい column, False -> いいえ column, None -> unanswered"""
    global r
    ws[f"B{r}"] = no
    ws[f"C{r}"] = text
    if yes is True:
        ws[f"E{r}"] = mark
    elif yes is False:
        ws[f"F{r}"] = mark
    if note:
        ws[f"G{r}"] = note
    for col in "BCEFG":
        ws[f"{col}{r}"].border = B
    ws[f"B{r}"].alignment = CEN
    ws[f"C{r}"].alignment = WRAP
    ws[f"E{r}"].alignment = CEN
    ws[f"F{r}"].alignment = CEN
    ws[f"G{r}"].alignment = WRAP
    ws.row_dimensions[r].height = 32
    ROWS[no] = r
    r += 1

def sect(title):
    global r
    ws.merge_cells(f"B{r}:G{r}")
    ws[f"B{r}"] = title
    ws[f"B{r}"].font = Font(bold=True)
    r += 1

sect("【電子カルテシステムのバックアップに係る質問】")
yn("問２", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "〇", True)
yn("問３", "電子カルテシステムを使用しているか", "〇", False, "紙カルテ運用")
yn("問４", "診療行為を停止させないためのバックアップデータを作成し、定期的にテストしているか", "〇", True, "レセコンのデータ")
yn("問５", "バックアップデータは世代管理しているか", "〇", True)
yn("問６", "バックアップデータについて、サイバー攻撃や火災・自然災害等による同時災害を回避する方法で管理しているか")
yn("問７", "バックアップデータの漏洩対策（暗号化、秘密分散管理等）を講じているか")
sect("【リモートゲートウェイ装置（VPN装置）に係る質問】")
yn("問８", "VPN装置が存在するか", "〇", True)
# Q9 free text
ws[f"B{r}"] = "問９"
ws[f"C{r}"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述）"
ws.merge_cells(f"E{r}:G{r}")
ws[f"E{r}"] = "ヤマハ　RTX830　1台（レセコン保守）\nNEC　UNIVERGE IX2215　1台（画像システム保守）"
ws[f"E{r}"].alignment = WRAP
for col in "BCEFG":
    ws[f"{col}{r}"].border = B
ws[f"B{r}"].alignment = CEN
ws.row_dimensions[r].height = 44
ROWS["問９"] = r
r += 1
yn("問10", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "〇", True)
yn("問11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか")
yn("問12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "〇", False)
yn("問13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "〇", False, "R7年度に整備予定")
yn("問14(1)", "セキュリティ責任者を設置しているか", "〇", True)
yn("問14(2)", "（設置している場合）セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "〇", False)

ws.print_area = f"A1:H{r}"
wb.save(os.path.join(OUT, NAME))
print("saved", NAME, ROWS, Q1)

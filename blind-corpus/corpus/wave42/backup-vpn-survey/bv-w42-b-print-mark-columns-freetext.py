#!/usr/bin/python3
"""Generator for bv-w42-b-print-mark-columns-freetext.xlsx (blind test workbook, wave 42).

Role: a small psychiatric hospital's 医事課 clerk filling a printable 調査票 drawn by a prefecture office:
bordered print layout with blank spacer columns, full-width question numbers (１．), はい / いいえ as two
mark columns where the chosen one gets ○, Q1 written as 「項目：値」 cells, Q9 as one free-text cell
(line break inside), Q14 split into (1)/(2). Built with openpyxl, then re-saved by LibreOffice.
Planted: (1) Q3 いいえ (no EHR) but Q4–Q7 answered anyway; (2) Q12 left unanswered although Q8 is はい.
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, "/tmp/w42lib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w42-b-print-mark-columns-freetext"
OUT = os.path.join(HERE, NAME + ".xlsx")

thin = Side(style="thin")
med = Side(style="medium")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center")
GREY = PatternFill("solid", fgColor="EDEDED")

wb = Workbook()
ws = wb.active
ws.title = "調査票"
for col, w in zip("ABCDEFGH", [2, 6, 60, 2, 7, 7, 2, 26]):
    ws.column_dimensions[col].width = w

ws["H1"] = "（別添）"
ws["H1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B2:H2")
ws["B2"] = "病院における医療情報システムのバックアップデータ及び\nリモートゲートウェイ装置に係る調査票"
ws["B2"].font = Font(bold=True, size=14)
ws["B2"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[2].height = 42
ws.merge_cells("B4:F4")
ws["B4"] = "病院名：医療法人 白鷺会 白鷺の森病院"
ws["H4"] = "回答日：令和6年2月20日"
ws.merge_cells("B5:H5")
ws["B5"] = "※該当する欄に○を記入してください。"

r = 7


def border_row(row, cols="BCEFH"):
    for c in cols:
        ws[f"{c}{row}"].border = BOX


def section(title):
    global r
    ws.merge_cells(f"B{r}:H{r}")
    ws[f"B{r}"] = title
    ws[f"B{r}"].font = Font(bold=True)
    ws[f"B{r}"].fill = GREY
    for c in "BCDEFGH":
        ws[f"{c}{r}"].border = Border(top=med, bottom=thin)
    r += 1


def header():
    global r
    ws[f"B{r}"] = "No."
    ws[f"C{r}"] = "設　問"
    ws[f"E{r}"] = "はい"
    ws[f"F{r}"] = "いいえ"
    ws[f"H{r}"] = "備考"
    for c in "BCEFH":
        ws[f"{c}{r}"].alignment = CEN
        ws[f"{c}{r}"].fill = GREY
    border_row(r)
    r += 1


def yn(no, q, ans, mark="○", note=None):
    global r
    ws[f"B{r}"] = no
    ws[f"C{r}"] = q
    ws[f"C{r}"].alignment = WRAP
    ws[f"B{r}"].alignment = CEN
    if ans == "はい":
        ws[f"E{r}"] = mark
    elif ans == "いいえ":
        ws[f"F{r}"] = mark
    ws[f"E{r}"].alignment = CEN
    ws[f"F{r}"].alignment = CEN
    if note:
        ws[f"H{r}"] = note
        ws[f"H{r}"].alignment = WRAP
    border_row(r)
    if len(q) > 30:
        ws.row_dimensions[r].height = 34
    r += 1
    return r - 1


section("【電子カルテシステムのバックアップに係る質問関係】")
ws[f"B{r}"] = "１．"
ws[f"C{r}"] = "回答者の情報"
border_row(r)
r += 1
for t in ["氏名：高橋 美咲", "所属：事務部 医事課 主任", "連絡先：086-462-3310（医事課直通）"]:
    ws.merge_cells(f"C{r}:H{r}")
    ws[f"C{r}"] = t
    for c in "BCDEFGH":
        ws[f"{c}{r}"].border = BOX
    r += 1
header()
yn("２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "いいえ")
yn("３．", "電子カルテシステムを使用しているか", "いいえ", note="紙カルテ運用")
q4 = yn("４．", "診療行為を停止させないためのバックアップデータは作成しているか", "はい", note="医事会計システムについて回答")
yn("５．", "バックアップデータは世代管理しているか", "いいえ")
yn("６．", "バックアップデータについて、同時災害を回避する方法で管理しているか", "いいえ", mark="〇")
q7 = yn("７．", "バックアップデータの漏洩対策を講じているか", "いいえ")
r += 1
section("【リモートゲートウェイ装置に係る質問関係】")
header()
yn("８．", "VPN装置が存在するか", "はい")
ws[f"B{r}"] = "９．"
ws[f"C{r}"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述）"
border_row(r)
r += 1
ws.merge_cells(f"C{r}:H{r}")
q9 = r
ws[f"C{r}"] = "YAMAHA RTX830　1台（医事会計システム保守用）\nNEC UNIVERGE IX2106　1台（調剤システム保守用・ベンダ設置）"
ws[f"C{r}"].alignment = WRAP
ws.row_dimensions[r].height = 36
for c in "BCDEFGH":
    ws[f"{c}{r}"].border = BOX
r += 1
yn("１０．", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい", note="保守業者が実施")
yn("１１．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい")
q12 = yn("１２．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", None)
yn("１３．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ")
ws[f"B{r}"] = "１４．"
ws[f"C{r}"] = "セキュリティ責任者を設置しているか"
border_row(r)
r += 1
yn("", "（１）セキュリティ責任者を職員として配置しているか", "はい", note="事務長")
yn("", "（２）セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ")

ws.print_area = f"A1:H{r}"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

tmpdir = tempfile.mkdtemp()
raw = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(raw)
outdir = os.path.join(tmpdir, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), OUT)
print("saved", OUT, "(LibreOffice re-save)", "Q4 row", q4, "Q7 row", q7, "Q9 row", q9, "Q12 row", q12)

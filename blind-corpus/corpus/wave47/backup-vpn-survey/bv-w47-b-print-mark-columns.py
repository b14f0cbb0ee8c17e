#!/usr/bin/env python3
# Generator for bv-w47-b-print-mark-columns.xlsx
# Run: PYTHONPATH=/tmp/w47lib /usr/bin/python3 bv-w47-b-print-mark-columns.py   (needs soffice on PATH)
# Layout: a prefecture office's print-style reformat: 記入要領 sheet first, then one sheet per section
# (Ⅰ バックアップ = Q1-Q7, Ⅱ VPN装置 = Q8-Q14); Q1 as 「氏名：…」 cells; each question has はい / いいえ columns
# with a ○ typed in the chosen one, a blank spacer column; Q9 as one free-text cell with line breaks.
# Saved by openpyxl, then re-saved by LibreOffice.
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w47-b-print-mark-columns"
OUT = os.path.join(HERE, NAME + ".xlsx")

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="E7E6E6")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center")

wb = Workbook()

# ---------------------------------------------------------------- 記入要領
ws = wb.active
ws.title = "記入要領"
ws.column_dimensions["A"].width = 100
notes = [
    "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　記入要領",
    "",
    "１．回答用紙（Ⅰ・Ⅱ）の該当する欄（「はい」又は「いいえ」）に○を記入してください。",
    "２．設問３で「いいえ」（電子カルテシステムを使用していない）の場合は、設問７まで回答不要です。",
    "３．設問８で「いいえ」（VPN装置が設置されていない）の場合は、以降の設問は回答不要です。",
    "４．設問９はVPN装置のメーカー名、型番、台数を全て記載してください（記述式）。",
    "５．技術的な質問・用語等については、システム設置事業者や保守事業者への照会も活用してください。",
    "６．回答は県医療政策課あてメールで提出してください。",
]
for i, t in enumerate(notes, start=1):
    ws[f"A{i}"] = t
    ws[f"A{i}"].alignment = WRAP
ws["A1"].font = Font(bold=True, size=12)


def sheet_head(ws, title):
    for col, w in zip("ABCDEF", [6, 56, 2, 8, 8, 26]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:F1")
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=12)
    ws["A1"].alignment = CEN
    ws.merge_cells("A2:F2")
    ws["A2"] = "医療機関名：医療法人清和会　さくらが丘病院"


def header(ws, r):
    for col, h in zip("ABCDEF", ["No.", "設　　問", None, "はい", "いいえ", "備考"]):
        c = ws[f"{col}{r}"]
        c.value = h
        if col != "C":
            c.fill = GRAY
            c.border = B
            c.font = Font(bold=True)
        c.alignment = CEN


def q(ws, r, no, text, mark=None, note=None, height=36):
    ws[f"A{r}"] = no
    ws[f"B{r}"] = text
    ws[f"F{r}"] = note
    if mark == "はい":
        ws[f"D{r}"] = "○"
    elif mark == "いいえ":
        ws[f"E{r}"] = "○"
    for col in "ABDEF":
        ws[f"{col}{r}"].border = B
        ws[f"{col}{r}"].alignment = CEN if col in "ADE" else WRAP
    ws.row_dimensions[r].height = height


# ---------------------------------------------------------------- Ⅰ バックアップ
ws = wb.create_sheet("Ⅰ バックアップ")
sheet_head(ws, "回答用紙（Ⅰ）電子カルテシステムのバックアップに係る質問")
ws["A4"] = "１．回答者の情報"
ws["A4"].font = Font(bold=True)
for r, t in zip((5, 6, 7), ["氏名：森本 和也", "所属：事務部 医事課", "連絡先：0857-24-3366（医事課直通）"]):
    ws.merge_cells(f"B{r}:F{r}")
    ws[f"B{r}"] = t
    for col in "BCDEF":
        ws[f"{col}{r}"].border = B
header(ws, 9)
q(ws, 10, "２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "いいえ")
q(ws, 11, "３．", "電子カルテシステムを使用しているか", "いいえ", "紙カルテ運用（医事会計システムのみ）")
q(ws, 12, "４．", "診療行為を停止させないためのバックアップデータは作成しているか", "はい", "医事会計のデータを週1回外付HDDへ")
q(ws, 13, "５．", "バックアップデータは世代管理しているか", "いいえ")
q(ws, 14, "６．", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", None, height=48)
q(ws, 15, "７．", "バックアップデータの漏洩対策を講じているか", None)
ws["A17"] = "※設問３で「いいえ」の場合は、設問７まで回答不要。"
ws["A17"].font = Font(size=9)

# ---------------------------------------------------------------- Ⅱ VPN装置
ws = wb.create_sheet("Ⅱ VPN装置")
sheet_head(ws, "回答用紙（Ⅱ）リモートゲートウェイ装置（VPN装置）に係る質問")
ws["A3"] = "※院内のサーバ室等を確認し、VPN装置が存在するか確認してください。"
ws["A3"].font = Font(size=9)
header(ws, 5)
q(ws, 6, "８．", "VPN装置が存在するか", "はい", "保守業者に確認済")
ws["A7"] = "９．"
ws["B7"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述式）"
ws["A7"].alignment = CEN
ws["B7"].alignment = WRAP
for col in "ABDEF":
    ws[f"{col}7"].border = B
ws.merge_cells("D7:F7")
ws.merge_cells("B8:F8")
ws["A8"].border = B
ws["B8"] = "NEC UNIVERGE IX2105　1台（医事会計システム保守用）\nヤマハ RTX830　1台（給食管理システム保守用）"
ws["B8"].alignment = Alignment(wrap_text=True, vertical="top")
for col in "BCDEF":
    ws[f"{col}8"].border = B
ws.row_dimensions[8].height = 40
q(ws, 9, "10．", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "いいえ", height=48)
q(ws, 10, "11．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい")
q(ws, 11, "12．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", None)
q(ws, 12, "13．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ")
q(ws, 13, "14．", "セキュリティ責任者を設置しているか", "はい", "事務長")
q(ws, 14, "", "　セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ")

wb.active = 1
tmpdir = tempfile.mkdtemp(prefix="bvw47b-")
raw = os.path.join(tmpdir, "raw", NAME + ".xlsx")
os.makedirs(os.path.dirname(raw))
wb.save(raw)
outdir = os.path.join(tmpdir, "lo")
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copyfile(os.path.join(outdir, NAME + ".xlsx"), OUT)
shutil.rmtree(tmpdir)
print("wrote", OUT)

# -*- coding: utf-8 -*-
"""Generator for bv-w38-b-print-form-circle-marks.xlsx: print-style answer form (borders, spacer columns),
answers as ○ in はい / いいえ columns, one sheet per section, Q1 as '項目：値' cells, Q9 as one free-text cell.
Re-saved by LibreOffice. Planted: skipped Q6 answered (Q3 いいえ); Q12 left unanswered although Q8 はい.
Run: /usr/bin/python3 bv-w38-b-print-form-circle-marks.py (openpyxl from /tmp/w38lib, soffice on PATH)"""
import os, sys, shutil, subprocess, tempfile
sys.path.insert(0, "/tmp/w38lib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w38-b-print-form-circle-marks.xlsx"
thin = Side(style="thin")
med = Side(style="medium")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="E7E6E6")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def setup(ws):
    for k, v in {"A": 2, "B": 7, "C": 20, "D": 20, "E": 20, "F": 14, "G": 2, "H": 7, "I": 7, "J": 2, "K": 30}.items():
        ws.column_dimensions[k].width = v
    ws.page_setup.orientation = "portrait"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0


def header(ws, r):
    ws[f"B{r}"], ws[f"C{r}"], ws[f"H{r}"], ws[f"I{r}"], ws[f"K{r}"] = "番号", "設　問", "はい", "いいえ", "備　考"
    ws.merge_cells(f"C{r}:F{r}")
    for col in "BCDEFHIK":
        c = ws[f"{col}{r}"]
        c.fill = GRAY
        c.border = BOX
        c.alignment = CEN
        c.font = Font(bold=True)


def item(ws, r, no, text, mark=None, note=None, h=36):
    """mark: 'はい' / 'いいえ' / None"""
    ws[f"B{r}"] = no
    ws[f"C{r}"] = text
    ws.merge_cells(f"C{r}:F{r}")
    if mark == "はい":
        ws[f"H{r}"] = "○"
    elif mark == "いいえ":
        ws[f"I{r}"] = "○"
    ws[f"K{r}"] = note
    for col in "BCDEFHIK":
        ws[f"{col}{r}"].border = BOX
        ws[f"{col}{r}"].alignment = WRAP
    for col in "BHI":
        ws[f"{col}{r}"].alignment = CEN
    ws.row_dimensions[r].height = h


wb = Workbook()
# ------------------------------------------------------------------ sheet 1
ws = wb.active
ws.title = "1_バックアップ"
setup(ws)
ws["B1"] = "【回答用紙】病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査"
ws["B1"].font = Font(bold=True, size=12)
ws["B3"] = "医療機関名：医療法人 南星会 いわき南ヶ丘病院"
ws["B4"] = "回答日：令和6年2月9日"
ws["B6"] = "※ 該当する欄に「○」を記入してください。回答に当たっては必ず「回答要領」をご確認ください。"
ws["B7"] = "Ⅰ　電子カルテシステムのバックアップに係る質問"
ws["B7"].font = Font(bold=True)
header(ws, 8)
# Q1
ws["B9"] = "１．"
ws["C9"] = "回答者の情報（氏名、所属、連絡先を記載）"
ws.merge_cells("C9:I9")
for i, t in enumerate(["氏名：高橋 由美", "所属：総務課 主任", "連絡先：0246-35-2207"]):
    r = 10 + i
    ws[f"C{r}"] = t
    ws.merge_cells(f"C{r}:I{r}")
ws.merge_cells("B9:B12")
for r in range(9, 13):
    for col in "BCDEFGHIK":
        ws[f"{col}{r}"].border = BOX
        ws[f"{col}{r}"].alignment = WRAP
ws["B9"].alignment = CEN
item(ws, 13, "２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "いいえ")
item(ws, 14, "３．", "電子カルテシステムを使用しているか", "いいえ", "※「いいえ」の場合は、７．まで回答不要")
item(ws, 15, "４．", "診療行為を停止させないためのバックアップデータは作成しているか", None)
item(ws, 16, "５．", "バックアップデータは世代管理しているか", None)
item(ws, 17, "６．", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
     "はい", h=48)
item(ws, 18, "７．", "バックアップデータの漏洩対策を講じているか", None)
ws["B20"] = "（裏面「2_VPN装置」シートに続く）"

# ------------------------------------------------------------------ sheet 2
ws = wb.create_sheet("2_VPN装置")
setup(ws)
ws["B1"] = "Ⅱ　リモートゲートウェイ装置（VPN装置）に係る質問"
ws["B1"].font = Font(bold=True, size=12)
ws["B2"] = "※ 院内のサーバ室等を確認し、システム設置業者・保守業者にも照会のうえ回答してください。"
header(ws, 4)
item(ws, 5, "８．", "VPN装置が存在するか", "はい", "※「いいえ」の場合は、以降の設問は回答不要")
ws["B6"] = "９．"
ws["C6"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）"
ws.merge_cells("C6:I6")
ws["C7"] = "ヤマハ　RTX830　1台（医事会計システム保守用）\nNEC　UNIVERGE IX2106　1台（臨床検査システム保守用）"
ws.merge_cells("C7:I7")
ws.merge_cells("B6:B7")
for r in (6, 7):
    for col in "BCDEFGHIK":
        ws[f"{col}{r}"].border = BOX
        ws[f"{col}{r}"].alignment = WRAP
ws["B6"].alignment = CEN
ws.row_dimensions[7].height = 48
item(ws, 8, "１０．", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい", h=48)
item(ws, 9, "１１．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "いいえ")
item(ws, 10, "１２．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", None, "（例えば年1回）")
item(ws, 11, "１３．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ")
item(ws, 12, "１４．", "（１）セキュリティ責任者を設置しているか", "はい")
item(ws, 13, "", "（２）セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "はい")
ws.merge_cells("B12:B13")
ws["B15"] = "以上"

wb.active = 0
tmp = tempfile.mkdtemp()
raw = os.path.join(tmp, NAME)
wb.save(raw)
conv = os.path.join(tmp, "lo")
os.makedirs(conv)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", conv, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(conv, NAME), os.path.join(OUT, NAME))
print("saved", NAME)

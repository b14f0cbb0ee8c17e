#!/usr/bin/env python3
"""Generator for bv-w45-b-print-style-maru-marks.xlsx

Role: a hospital's 医療情報部 who drew its own print-style answer sheet from the 回答要領
(title block + notes above, blank spacer columns, full-width question numbers １．…１４．,
はい / いいえ columns answered with ○ / 〇 marks, Q1 answered as `氏名：…` cells,
Q9 as one free-text cell with a line break, Q14 split into (1)/(2)).
Planted: Q12 left unanswered although Q8 is はい. Re-saved by LibreOffice.

Run:  PYTHONPATH=<dir with openpyxl> /usr/bin/python3 THIS.py
"""
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w45-b-print-style-maru-marks"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "調査票"
ws.sheet_view.showGridLines = False
for col, w in zip("ABCDEFGH", [2, 6, 1, 62, 7, 7, 1, 34]):
    ws.column_dimensions[col].width = w

ws.merge_cells("B1:H1")
ws["B1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査"
ws["B1"].font = Font(bold=True, size=13)
ws["B1"].alignment = CENTER
ws.merge_cells("B2:H2")
ws["B2"] = "（回答要領に基づき回答。該当する欄に○を記入）"
ws["B2"].alignment = CENTER
ws["B4"] = "病院名：社会医療法人 光風会 さくら台総合病院"
ws["B5"] = "回答日：令和6年6月20日"
ws["B6"] = "※設問３で「いいえ」の場合は７．まで回答不要。設問８で「いいえ」の場合は以降の設問は回答不要。"
ws["B6"].font = Font(size=9, color="C00000")

ws["B8"] = "No."
ws["D8"] = "設問"
ws["E8"] = "はい"
ws["F8"] = "いいえ"
ws["H8"] = "備考"
for c in ("B8", "D8", "E8", "F8", "H8"):
    ws[c].fill = GRAY
    ws[c].alignment = CENTER
    ws[c].border = BOX
    ws[c].font = Font(bold=True)

rows = []  # (row, no, text, yes_mark, no_mark, note)
r = 9
ws[f"B{r}"] = "１．"
ws[f"D{r}"] = "回答者の情報"
ws[f"D{r}"].font = Font(bold=True)
ws[f"B{r}"].border = BOX
ws[f"D{r}"].border = BOX
r += 1
for t in ("氏名：西川 由美", "所属：医療情報部 システム管理室", "連絡先：0877-22-3456（内線215）"):
    ws[f"D{r}"] = t
    ws[f"D{r}"].border = BOX
    ws[f"B{r}"].border = BOX
    r += 1

q = [
    ("２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", None, "○", None),
    ("３．", "電子カルテシステムを使用しているか", "○", None, None),
    ("４．", "診療行為を停止させないためのバックアップデータを作成し、定期的にテストしているか", "○", None,
     "月1回 リストアテスト（ベンダ実施）"),
    ("５．", "バックアップデータは世代管理しているか", None, "〇", None),
    ("６．", "同時災害（サイバー攻撃による汚損・破壊、火災・自然災害による消失等）を回避する方法で管理しているか",
     None, "〇", "来年度オフラインバックアップ導入予定"),
    ("７．", "バックアップデータの漏洩対策（暗号化等）を講じているか", None, "○", None),
    ("８．", "VPN装置が存在するか", "○", None, "保守業者に照会済"),
]
answer_rows = {}
for no, text, y, n, note in q:
    ws[f"B{r}"] = no
    ws[f"D{r}"] = text
    if y:
        ws[f"E{r}"] = y
    if n:
        ws[f"F{r}"] = n
    if note:
        ws[f"H{r}"] = note
    answer_rows[no] = r
    r += 1

# Q9 free text
ws[f"B{r}"] = "９．"
ws[f"D{r}"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）"
ws.merge_cells(f"E{r}:F{r}")
ws[f"E{r}"] = "―"
q9 = r
r += 1
ws.merge_cells(f"D{r}:H{r}")
ws[f"D{r}"] = ("Fortinet FortiGate 60F　2台（電子カルテ保守用・PACS保守用）\n"
               "ヤマハ RTX1210　1台（医事会計保守用）")
ws.row_dimensions[r].height = 36
q9_answer = r
r += 1

q2 = [
    ("１０．", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "○", None, None),
    ("１１．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", None, "○", "ベンダに確認中"),
    ("１２．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", None, None, None),   # planted: left blank
    ("１３．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", None, "○", None),
    ("１４．", "（１）セキュリティ責任者を設置しているか", "○", None, None),
    ("", "（２）セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "○", None, "副院長（CISO）を任命"),
]
for no, text, y, n, note in q2:
    if no:
        ws[f"B{r}"] = no
    ws[f"D{r}"] = text
    if y:
        ws[f"E{r}"] = y
    if n:
        ws[f"F{r}"] = n
    if note:
        ws[f"H{r}"] = note
    answer_rows[no or "14-2"] = r
    r += 1
last = r - 1

for rr in range(9, last + 1):
    for col in "BDEFH":
        c = ws[f"{col}{rr}"]
        c.border = BOX
        c.alignment = CENTER if col in "BEF" else WRAP
    ws.row_dimensions[rr].height = ws.row_dimensions[rr].height or 30
ws.merge_cells(f"B{answer_rows['１４．']}:B{answer_rows['14-2']}")

ws[f"B{last + 2}"] = "以上"
ws.print_area = f"A1:H{last + 2}"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

tmpdir = tempfile.mkdtemp(prefix="bv_b_")
raw = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(raw)
outdir = tempfile.mkdtemp(prefix="bv_b_lo_")
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
print("saved (LibreOffice re-save)", os.path.join(HERE, NAME + ".xlsx"), answer_rows, "q9", q9, q9_answer)

#!/usr/bin/python3
"""bv-w26-b: print/FAX-style sheet drawn by a health office: 問 | 設問 | はい | いいえ mark columns (○ in the
chosen column), spacer columns, respondent info as 「氏名：…」 in one cell, Q9 as one free-text box, Q14 split
into (1)/(2). Filled by a small hospital with no EHR. Saved by openpyxl.
Planted: Q4/Q5 answered although Q3 いいえ makes them 回答不要; Q12 left unanswered although Q8 はい."""
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = "/work/blind/wave26/backup-vpn-survey"
NAME = "bv-w26-b-print-mark-columns-q9-text"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
G = PatternFill("solid", fgColor="EDEDED")
wrap = Alignment(wrap_text=True, vertical="center")
mid = Alignment(horizontal="center", vertical="center")

wb = Workbook()
ws = wb.active
ws.title = "調査票"
for k, v in dict(A=2, B=6, C=62, D=2, E=8, F=8, G=2, H=24).items():
    ws.column_dimensions[k].width = v
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

ws["B1"] = "病院における医療情報システムのバックアップデータ及び\nリモートゲートウェイ装置に係る調査"
ws.merge_cells("B1:H1")
ws["B1"].font = Font(bold=True, size=13)
ws["B1"].alignment = Alignment(horizontal="center", wrap_text=True)
ws.row_dimensions[1].height = 40
ws["B2"] = "該当する欄に「○」を記入してください。（回答要領を必ずご確認ください）"
ws.merge_cells("B2:H2")
ws["B3"] = "病院名：医療法人 松寿会 松本東病院"
ws.merge_cells("B3:C3")

r = 5
ws[f"B{r}"] = "１．回答者の情報"
ws[f"B{r}"].font = Font(bold=True)
r += 1
for t in ["氏名：伊藤 和夫", "所属：事務部 事務長", "連絡先：0263-35-1182（代表）"]:
    ws[f"C{r}"] = t
    ws.merge_cells(f"C{r}:H{r}")
    for col in "CDEFGH":
        ws[f"{col}{r}"].border = B
    r += 1
r += 1
hdr = r
for col, t in zip("BCEFH", ["問", "設問", "はい", "いいえ", "備考"]):
    ws[f"{col}{r}"] = t
    ws[f"{col}{r}"].fill = G
    ws[f"{col}{r}"].alignment = mid
    ws[f"{col}{r}"].border = B
r += 1
cells = {}


def sec(t):
    global r
    ws[f"B{r}"] = t
    ws.merge_cells(f"B{r}:H{r}")
    ws[f"B{r}"].font = Font(bold=True)
    r += 1


def q(no, text, mark=None, note=None, key=None):
    """mark: 'Y' -> ○ in はい, 'N' -> ○ in いいえ, None -> both blank."""
    global r
    ws[f"B{r}"] = no
    ws[f"B{r}"].alignment = mid
    ws[f"C{r}"] = text
    ws[f"C{r}"].alignment = wrap
    if mark == "Y":
        ws[f"E{r}"] = "○"
    elif mark == "N":
        ws[f"F{r}"] = "○"
    if note:
        ws[f"H{r}"] = note
        ws[f"H{r}"].alignment = wrap
    for col in "BCEFH":
        ws[f"{col}{r}"].border = B
    ws[f"E{r}"].alignment = mid
    ws[f"F{r}"].alignment = mid
    ws.row_dimensions[r].height = 32
    if key:
        cells[key] = r
    r += 1


sec("【電子カルテシステムのバックアップに係る質問関係】")
q("２．", "医療情報システムの安全管理に関するガイドライン及びチェックリスト等を活用しているか", "N")
q("３．", "電子カルテシステムを使用しているか\n（「いいえ」の場合、７．まで回答不要）", "N", "紙カルテ運用", "q3")
q("４．", "診療行為を停止させないためのバックアップデータを作成し、定期的にテストしているか", "Y", "レセコンのみ", "q4")
q("５．", "バックアップデータは世代管理しているか", "Y", None, "q5")
q("６．", "同時災害（サイバー攻撃による汚損・破壊、火災・自然災害による消失等）を回避する方法で管理しているか", None)
q("７．", "バックアップデータの漏洩対策（暗号化等）を講じているか", None)
sec("【リモートゲートウェイ装置に係る質問関係】")
q("８．", "VPN装置が存在するか\n（「いいえ」の場合、以降の設問は回答不要）", "Y", "レセコン保守用", "q8")
ws[f"B{r}"] = "９．"
ws[f"B{r}"].alignment = mid
ws[f"C{r}"] = "VPN装置のメーカー名、型番、台数を全て記載してください（記述）"
ws.merge_cells(f"C{r}:H{r}")
for col in "BCDEFGH":
    ws[f"{col}{r}"].border = B
r += 1
ws[f"C{r}"] = "NEC UNIVERGE IX2106　1台\n（レセコン保守業者設置）"
ws.merge_cells(f"C{r}:H{r}")
ws[f"C{r}"].alignment = Alignment(wrap_text=True, vertical="top")
ws.row_dimensions[r].height = 45
for col in "BCDEFGH":
    ws[f"{col}{r}"].border = B
q9 = r
r += 1
q("10．", "NISCや厚生労働省の注意喚起を基に、VPN装置のアップデートを適切に行っているか", "Y")
q("11．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "Y", "業者に確認済")
q("12．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", None, None, "q12")
q("13．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "N")
q("14．(1)", "セキュリティ責任者を（職員として）設置しているか", "Y", "事務長が兼務")
q("14．(2)", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "N")
ws[f"B{r + 1}"] = "※本票は令和6年2月29日（木）までに保健所へFAXまたはメールで提出してください。"
wb.save(os.path.join(OUT, NAME + ".xlsx"))
print("saved", cells, "q9", q9)

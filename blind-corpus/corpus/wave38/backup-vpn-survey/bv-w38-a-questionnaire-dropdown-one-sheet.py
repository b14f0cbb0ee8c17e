# -*- coding: utf-8 -*-
"""Generator for bv-w38-a-questionnaire-dropdown-one-sheet.xlsx: prefecture-made answer sheet,
No. | 設問 | 回答 on one sheet, はい/いいえ drop-downs, Q9 as a maker/model/count table with a SUM total
(formula saved by openpyxl, no cached value). Filled completely and correctly (no planted problem).
Run: /usr/bin/python3 bv-w38-a-questionnaire-dropdown-one-sheet.py (openpyxl from /tmp/w38lib)"""
import os, sys
sys.path.insert(0, "/tmp/w38lib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w38-a-questionnaire-dropdown-one-sheet.xlsx"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
SEC = PatternFill("solid", fgColor="FFF2CC")
ANS = PatternFill("solid", fgColor="FFFFFF")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "回答票"
lst = wb.create_sheet("list")
lst["A1"], lst["A2"] = "はい", "いいえ"
lst.sheet_state = "hidden"

for k, v in {"A": 2, "B": 6, "C": 62, "D": 22, "E": 12, "F": 44}.items():
    ws.column_dimensions[k].width = v

ws["B1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["B1"].font = Font(bold=True, size=13)
ws["B2"] = "栃木県保健福祉部医療政策課　取りまとめ用"
ws["B4"] = "・「回答要領」を必ず確認のうえ、回答欄のプルダウンから「はい」「いいえ」を選択してください。"
ws["B5"] = "・技術的な質問・用語等については、システム設置事業者や保守事業者への照会も活用して回答してください。"
ws["B6"] = "・3で「いいえ」の場合は7まで回答不要、8で「いいえ」の場合は9以降回答不要です。"
ws["B8"] = "医療機関名"
ws.merge_cells("C8:D8")
ws["C8"] = "医療法人 杏林会 さくら野総合病院"
for c in ("B8", "C8", "D8"):
    ws[c].border = BOX
ws["B8"].fill = HEAD

r = 10
for col, v in zip("BCDEF", ["No.", "設問", "回答", "", "備考（回答要領より）"]):
    ws[f"{col}{r}"] = v or None
ws.merge_cells(f"D{r}:E{r}")
for col in "BCDEF":
    ws[f"{col}{r}"].fill = HEAD
    ws[f"{col}{r}"].font = Font(bold=True)
    ws[f"{col}{r}"].border = BOX
    ws[f"{col}{r}"].alignment = CEN

dv = DataValidation(type="list", formula1="=list!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)


def section(title):
    global r
    r += 1
    ws.merge_cells(f"B{r}:F{r}")
    ws[f"B{r}"] = title
    ws[f"B{r}"].fill = SEC
    ws[f"B{r}"].font = Font(bold=True)
    for col in "BCDEF":
        ws[f"{col}{r}"].border = BOX


def q(no, text, answer, note=None, choice=True):
    global r
    r += 1
    ws[f"B{r}"] = no
    ws[f"C{r}"] = text
    ws.merge_cells(f"D{r}:E{r}")
    ws[f"D{r}"] = answer
    ws[f"F{r}"] = note
    for col in "BCDEF":
        ws[f"{col}{r}"].border = BOX
        ws[f"{col}{r}"].alignment = WRAP
    ws[f"B{r}"].alignment = CEN
    ws[f"D{r}"].alignment = CEN if choice else WRAP
    if choice:
        dv.add(f"D{r}")
    ws.row_dimensions[r].height = 32


section("【電子カルテシステムのバックアップに係る質問関係】")
# Q1: three sub rows
r += 1
q1_first = r
ws.merge_cells(f"B{r}:B{r + 2}")
ws[f"B{r}"] = 1
for i, (lab, val) in enumerate([("回答者の情報　氏名", "佐藤 健一"), ("回答者の情報　所属", "事務部 情報システム課 課長"),
                                ("回答者の情報　連絡先", "0285-22-4811")]):
    rr = r + i
    ws[f"C{rr}"] = lab
    ws.merge_cells(f"D{rr}:E{rr}")
    ws[f"D{rr}"] = val
    for col in "BCDEF":
        ws[f"{col}{rr}"].border = BOX
        ws[f"{col}{rr}"].alignment = WRAP
ws[f"B{r}"].alignment = CEN
ws[f"F{r}"] = "後日、厚生労働省から確認の連絡をする場合があります。"
r += 2
q(2, "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか。", "はい")
q(3, "電子カルテシステムを使用しているか", "はい", "「いいえ」の場合は7.まで回答不要")
q(4, "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストしているか）", "はい")
q(5, "バックアップデータは世代管理しているか", "はい")
q(6, "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "いいえ",
  "例：遠隔地のサーバに保管、世代ごとにオフラインで保存など")
q(7, "バックアップデータの漏洩対策を講じているか", "はい", "暗号化や秘密分散管理等")
section("【リモートゲートウェイ装置に係る質問関係】")
q(8, "VPN装置が存在するか。", "はい", "「いいえ」の場合は以降の設問は回答不要")
# Q9 table
r += 1
ws[f"B{r}"] = 9
ws[f"C{r}"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）"
ws.merge_cells(f"C{r}:F{r}")
for col in "BCDEF":
    ws[f"{col}{r}"].border = BOX
    ws[f"{col}{r}"].alignment = WRAP
q9_head = r + 1
ws[f"C{q9_head}"], ws[f"D{q9_head}"], ws[f"E{q9_head}"] = "メーカー名", "型番", "台数"
devices = [("Fortinet", "FortiGate 60F", 1), ("ヤマハ", "RTX1220", 2), ("NEC", "UNIVERGE IX2215", 1)]
for i, (m, mo, n) in enumerate(devices):
    rr = q9_head + 1 + i
    ws[f"C{rr}"], ws[f"D{rr}"], ws[f"E{rr}"] = m, mo, n
blank = q9_head + 1 + len(devices)       # one spare row left empty
tot = blank + 1
ws[f"D{tot}"] = "合計台数"
ws[f"E{tot}"] = f"=SUM(E{q9_head + 1}:E{blank})"
ws.merge_cells(f"B{r}:B{tot}")
for rr in range(q9_head, tot + 1):
    for col in "BCDEF":
        ws[f"{col}{rr}"].border = BOX
    ws[f"E{rr}"].alignment = CEN
for col in "CDE":
    ws[f"{col}{q9_head}"].fill = HEAD
    ws[f"{col}{q9_head}"].alignment = CEN
ws[f"F{q9_head}"] = "行が足りない場合は挿入してください"
r = tot
q(10, "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい")
q(11, "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい")
q(12, "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "例えば年1回")
q(13, "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ")
q(14, "セキュリティ責任者を設置しているか", "はい")
q("14-2", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ")

ws.print_area = f"B1:F{r}"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save(os.path.join(OUT, NAME))
print("saved", NAME)

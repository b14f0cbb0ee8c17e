#!/usr/bin/python3
"""bv-w26-a: prefecture-style questionnaire (No. | 設問 | 回答) with はい/いいえ dropdowns fed from a hidden
list sheet; Q1 in three sub-rows, Q9 as a maker/model/count table, Q14 as 14-1 / 14-2. Filled completely
and correctly, re-saved by LibreOffice."""
import os, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave26/backup-vpn-survey"
NAME = "bv-w26-a-questionnaire-dropdown-rows"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
H = PatternFill("solid", fgColor="D9E1F2")
SEC = PatternFill("solid", fgColor="FCE4D6")
ANS = PatternFill("solid", fgColor="FFFFCC")
wrap = Alignment(wrap_text=True, vertical="center")

wb = Workbook()
ws = wb.active
ws.title = "回答票"
wl = wb.create_sheet("リスト")
wl["A1"] = "はい"
wl["A2"] = "いいえ"
wl.sheet_state = "hidden"

for k, v in dict(A=7, B=64, C=22, D=22, E=10).items():
    ws.column_dimensions[k].width = v
ws.merge_cells("A1:E1")
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A1"].alignment = Alignment(horizontal="center")
ws["A2"] = "※回答要領を確認のうえ、回答欄（黄色）に入力してください。問3で「いいえ」の場合は問7まで、問8で「いいえ」の場合は以降の設問は回答不要です。"
ws["A3"] = "医療機関名"
ws["B3"] = "医療法人社団 緑風会 みなと中央病院"
ws["C3"] = "回答日"
ws["D3"] = "令和6年2月16日"
ws["A5"], ws["B5"], ws["C5"] = "No.", "設問", "回答"
ws.merge_cells("C5:E5")
for c in ("A5", "B5", "C5", "D5", "E5"):
    ws[c].fill = H
    ws[c].border = B
    ws[c].font = Font(bold=True)

dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)

r = 6


def section(title):
    global r
    ws.merge_cells(f"A{r}:E{r}")
    ws[f"A{r}"] = title
    ws[f"A{r}"].fill = SEC
    ws[f"A{r}"].font = Font(bold=True)
    r += 1


def q(no, text, ans=None, yn=True, parent=False):
    global r
    ws[f"A{r}"] = no
    ws[f"B{r}"] = text
    ws[f"B{r}"].alignment = wrap
    ws.merge_cells(f"C{r}:E{r}")
    if ans is not None:
        ws[f"C{r}"] = ans
    if not parent:
        ws[f"C{r}"].fill = ANS
    if yn:
        dv.add(f"C{r}")
    for col in "ABCDE":
        ws[f"{col}{r}"].border = B
    ws[f"A{r}"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[r].height = 30
    r += 1


section("【電子カルテシステムのバックアップに係る質問関係】")
q("1", "回答者の情報（後日、厚生労働省より内容確認の連絡をする場合があります）", yn=False, parent=True)
q("1-1", "　氏名", "中村 浩二", yn=False)
q("1-2", "　所属", "事務部 情報管理課 係長", yn=False)
q("1-3", "　連絡先", "045-503-2211（内線312）", yn=False)
q("2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい")
q("3", "電子カルテシステムを使用しているか（使用していない場合は7.まで回答不要）", "はい")
q("4", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "はい")
q("5", "バックアップデータは世代管理しているか", "はい")
q("6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "いいえ")
q("7", "バックアップデータの漏洩対策を講じているか", "はい")
section("【リモートゲートウェイ装置に係る質問関係】")
q("8", "VPN装置が存在するか（設置されていない場合は以降の設問は回答不要）", "はい")
# Q9 table
ws[f"A{r}"] = "9"
ws[f"B{r}"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）"
ws[f"B{r}"].alignment = wrap
for col, h in zip("CDE", ["メーカー名", "型番", "台数"]):
    ws[f"{col}{r}"] = h
    ws[f"{col}{r}"].fill = H
for col in "ABCDE":
    ws[f"{col}{r}"].border = B
q9_top = r
r += 1
vpn = [("Fortinet", "FortiGate-60F", 2), ("ヤマハ", "RTX1220", 1), ("", "", None), ("", "", None)]
for mk, md, n in vpn:
    if mk:
        ws[f"C{r}"], ws[f"D{r}"], ws[f"E{r}"] = mk, md, n
    for col in "ABCDE":
        ws[f"{col}{r}"].border = B
    for col in "CDE":
        ws[f"{col}{r}"].fill = ANS
    r += 1
ws.merge_cells(f"A{q9_top}:A{r - 1}")
ws.merge_cells(f"B{q9_top}:B{r - 1}")
ws[f"A{q9_top}"].alignment = Alignment(horizontal="center", vertical="center")
q("10", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい")
q("11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい")
q("12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ")
q("13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ")
q("14", "セキュリティ責任者を設置しているか", yn=False, parent=True)
q("14-1", "　セキュリティ責任者を職員として配置しているか", "はい")
q("14-2", "　セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ")
ws[f"A{r + 1}"] = "ご協力ありがとうございました。"

tmp = tempfile.mkdtemp()
raw = os.path.join(tmp, NAME + ".xlsx")
wb.save(raw)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", tmp + "/lo", raw],
               check=True, capture_output=True)
shutil.copy(os.path.join(tmp, "lo", NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
print("saved")

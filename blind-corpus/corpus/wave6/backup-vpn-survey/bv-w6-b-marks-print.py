#!/usr/bin/python3
# bv-w6-b-marks-print: print-style answer sheet drawn by a small hospital's 総務課: spacer columns, borders,
# はい / いいえ columns where ○ is placed, respondent as label：value cells, Q9 as one free-text cell,
# Q14 as ①/②, a hidden 選択肢 sheet feeding the ○ dropdown. Saved by openpyxl, re-saved by LibreOffice.
import os
import shutil
import subprocess
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w6-b-marks-print"
TMP = os.path.join(OUT, "_tmp_" + NAME)
os.makedirs(TMP, exist_ok=True)

thin = Side(style="thin")
med = Side(style="medium")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "調査票"
for k, v in dict(A=2, B=6, C=60, D=2, E=8, F=8, G=2, H=26).items():
    ws.column_dimensions[k].width = v
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.print_area = "A1:H40"

ws.merge_cells("B2:H2")
ws["B2"] = "病院における医療情報システムのバックアップデータ及び\nリモートゲートウェイ装置に係る調査"
ws["B2"].font = Font(bold=True, size=14)
ws["B2"].alignment = CEN
ws.row_dimensions[2].height = 40
ws.merge_cells("B3:H3")
ws["B3"] = "該当する欄に「○」を記入してください。"

ws["B5"] = "１．"
ws["C5"] = "回答者の情報"
ws["C5"].font = Font(bold=True)
resp = ["氏名：岡 健太郎",
        "所属：医療法人 桜樹会 こうなん病院 事務部 総務課",
        "連絡先：0869-34-2207（直通）"]
for i, t in enumerate(resp):
    r = 6 + i
    ws.merge_cells(f"C{r}:H{r}")
    ws[f"C{r}"] = t
    for col in "CDEFGH":
        ws[f"{col}{r}"].border = BOX

HR = 10
ws[f"B{HR}"] = "No."
ws[f"C{HR}"] = "設　問"
ws[f"E{HR}"] = "はい"
ws[f"F{HR}"] = "いいえ"
ws[f"H{HR}"] = "備考"
for col in "BCEFH":
    c = ws[f"{col}{HR}"]
    c.border = Border(left=thin, right=thin, top=med, bottom=med)
    c.font = Font(bold=True)
    c.alignment = CEN

mark = DataValidation(type="list", formula1="=選択肢!$A$1:$A$1", allow_blank=True)
ws.add_data_validation(mark)

rows = [
    ("２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "Y", ""),
    ("３．", "電子カルテシステムを使用しているか\n（使用していない場合は７．まで回答不要）", "N", "紙カルテ運用（オーダリングなし）"),
    ("４．", "診療行為を停止させないためのバックアップデータは作成しているか（定期的なテストを含む）", "", ""),
    ("５．", "バックアップデータは世代管理しているか", "", ""),
    ("６．", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "", ""),
    ("７．", "バックアップデータの漏洩対策を講じているか", "", ""),
    ("８．", "VPN装置が存在するか\n（設置されていない場合は以降の設問は回答不要）", "Y", ""),
    ("９．", "VPN装置のメーカー名、型番、台数を全て記載すること", "TEXT", ""),
    ("10．", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "Y", ""),
    ("11．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "Y", ""),
    ("12．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "N", ""),
    ("13．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "Y", "年1回 システム障害訓練"),
    ("14．", "①セキュリティ責任者を設置しているか", "Y", ""),
    ("", "②セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "N", "事務部長が兼務"),
]
Q9TEXT = "ヤマハ　RTX1210　1台\nNEC　UNIVERGE IX2106　1台（医事システム保守用）"
r = HR + 1
where = {}
for no, q, a, note in rows:
    ws[f"B{r}"] = no
    ws[f"C{r}"] = q
    if a == "TEXT":
        ws.merge_cells(f"E{r}:H{r}")
        ws[f"E{r}"] = Q9TEXT
        ws[f"E{r}"].alignment = WRAP
        ws.row_dimensions[r].height = 44
    else:
        if a == "Y":
            ws[f"E{r}"] = "○"
        elif a == "N":
            ws[f"F{r}"] = "○"
        mark.add(f"E{r}:F{r}")
        ws[f"E{r}"].alignment = CEN
        ws[f"F{r}"].alignment = CEN
        if note:
            ws[f"H{r}"] = note
            ws[f"H{r}"].alignment = WRAP
        ws.row_dimensions[r].height = 34
    for col in "BCEFGH":
        ws[f"{col}{r}"].border = BOX
    ws[f"C{r}"].alignment = WRAP
    ws[f"B{r}"].alignment = CEN
    where[(no or "14②")] = r
    r += 1
ws.merge_cells(f"B{where['14．']}:B{where['14②']}")

ws[f"C{r + 1}"] = "ご協力ありがとうございました。"

hid = wb.create_sheet("選択肢")
hid["A1"] = "○"
hid.sheet_state = "hidden"

raw = os.path.join(TMP, NAME + ".xlsx")
wb.save(raw)
conv = os.path.join(TMP, "lo")
os.makedirs(conv, exist_ok=True)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", conv, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(conv, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(TMP)
print("saved", where)

#!/usr/bin/python3
"""bv-w37-b: a prefecture's print-style sheet for the MHLW backup / VPN survey: 記入要領 sheet, full-width
question numbers (２．), はい / いいえ option columns where the hospital puts ○, Q1 label-above, Q9 one
free-text cell (記述方式), Q14 as two lines, a hidden 集計用 sheet of formulas; re-saved by LibreOffice.
Planted: Q3 いいえ but Q4 and Q5 answered anyway; Q11 left blank although Q8 is はい.
Run: /usr/bin/python3 bv-w37-b-print-style-maru-columns.py  (needs soffice on PATH)"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, "/tmp/bv_lds_py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w37-b-print-style-maru-columns"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="EDEDED")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
wi = wb.active
wi.title = "記入要領"
wi.column_dimensions["A"].width = 100
guide = [
    "記入要領（必ずお読みください）",
    "・国（厚生労働省）の回答要領に基づき、各設問の「はい」「いいえ」のいずれかの欄に○を記入してください。",
    "・技術的な質問・用語等については、院内担当者だけでなく、システム設置事業者や保守事業者への照会等も活用してください。",
    "・設問３で「いいえ」（電子カルテシステムを使用していない）の場合は、設問７まで回答不要です。",
    "・設問８で「いいえ」（VPN装置が設置されていない）の場合は、以降の設問は回答不要です。",
    "・設問９は記述方式です。VPN装置のメーカー名、型番、台数を全て記載してください。",
    "・後日内容の確認のため、厚生労働省から回答者に連絡させていただく場合があります。",
    "・回答後は、本ファイルを県医療政策課あてにメールで提出してください。",
]
for i, t in enumerate(guide, 1):
    wi[f"A{i}"] = t
wi["A1"].font = Font(bold=True, size=13)

ws = wb.create_sheet("調査票")
for col, w in zip("ABCDEFGH", [2, 7, 30, 30, 18, 9, 9, 2]):
    ws.column_dimensions[col].width = w


def box(ref, v=None, fill=None, bold=False, align=WRAP):
    x = ws[ref]
    x.value = v
    x.border = BOX
    x.alignment = align
    if fill:
        x.fill = fill
    if bold:
        x.font = Font(bold=True)


def mbox(rng, v=None, **kw):
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    for row in ws[rng]:
        for x in row:
            x.border = BOX
    box(first, v, **kw)


ws["B1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査"
ws["B1"].font = Font(bold=True, size=13)
ws["B2"] = "（回答様式・県取りまとめ用）"
ws["B4"] = "病院名：医療法人 健生会 三豊さくら病院"
ws["B4"].font = Font(bold=True)

ws["B6"] = "１．回答者の情報"
ws["B6"].font = Font(bold=True)
mbox("B7:C7", "氏名", fill=GRAY, align=CENTER)
box("D7", "所属", fill=GRAY, align=CENTER)
mbox("E7:G7", "連絡先", fill=GRAY, align=CENTER)
mbox("B8:C8", "合田 恵子", align=CENTER)
box("D8", "総務課 係長", align=CENTER)
mbox("E8:G8", "0875-72-5110（総務課直通）", align=CENTER)
ws.row_dimensions[8].height = 24

box("B10", "No.", fill=GRAY, bold=True, align=CENTER)
mbox("C10:E10", "設問", fill=GRAY, bold=True, align=CENTER)
box("F10", "はい", fill=GRAY, bold=True, align=CENTER)
box("G10", "いいえ", fill=GRAY, bold=True, align=CENTER)

r = 11
answer_rows = {}


def q(no, text, mark, key, note=None):
    """mark: 'Y' -> ○ in はい, 'N' -> ○ in いいえ, None -> blank"""
    global r
    box(f"B{r}", no, align=CENTER)
    mbox(f"C{r}:E{r}", text)
    box(f"F{r}", "○" if mark == "Y" else None, align=CENTER)
    box(f"G{r}", "○" if mark == "N" else None, align=CENTER)
    ws.row_dimensions[r].height = 34
    answer_rows[key] = r
    r += 1
    if note:
        ws.merge_cells(f"C{r}:G{r}")
        ws[f"C{r}"] = note
        ws[f"C{r}"].font = Font(size=9, color="C00000")
        r += 1


def section(text):
    global r
    mbox(f"B{r}:G{r}", text, fill=GRAY, bold=True)
    r += 1


section("【電子カルテシステムのバックアップに係る質問】")
q("２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "Y", "q2")
q("３．", "電子カルテシステムを使用しているか", "N", "q3", "※「いいえ」の場合は、７．まで回答不要")
q("４．", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "Y", "q4")  # PLANTED (skipped)
q("５．", "バックアップデータは世代管理しているか", "N", "q5")  # PLANTED (skipped)
q("６．", "バックアップデータについて、同時災害（サイバー攻撃による汚損・破壊、火災・自然災害による消失等）を回避する方法で管理しているか",
  None, "q6")
q("７．", "バックアップデータの漏洩対策（暗号化や秘密分散管理等）を講じているか", None, "q7")
section("【リモートゲートウェイ装置（VPN装置）に係る質問】")
q("８．", "VPN装置が存在するか（システム設置業者や保守業者などに照会してください）", "Y", "q8",
  "※「いいえ」の場合は、以降の設問は回答不要")
box(f"B{r}", "９．", align=CENTER)
mbox(f"C{r}:G{r}", "VPN装置のメーカー名、型番、台数を全て記載してください（記述方式）")
r += 1
q9_row = r
mbox(f"C{r}:G{r + 2}", "ヤマハ RTX1210　1台（医事会計システム保守用）\nNEC UNIVERGE IX2215　1台（PACS保守用）", align=Alignment(
    wrap_text=True, vertical="top"))
box(f"B{r}")
box(f"B{r + 1}")
box(f"B{r + 2}")
r += 3
q("１０．", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "Y", "q10")
q("１１．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", None, "q11")  # PLANTED (missing)
q("１２．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "N", "q12")
q("１３．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "N", "q13")
q("１４．", "セキュリティ責任者を設置しているか", "Y", "q14")
q("", "　　セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "Y", "q14b")
ws.print_area = f"A1:H{r}"
ws.page_setup.fitToWidth = 1

# hidden aggregation sheet: one row of formulas the prefecture copies into its 集計表
wh = wb.create_sheet("集計用")
keys = ["q2", "q3", "q4", "q5", "q6", "q7", "q8", "q10", "q11", "q12", "q13", "q14", "q14b"]
wh["A1"] = "病院名"
wh["B1"] = "回答者"
wh["A2"] = "=MID(調査票!B4,5,100)"
wh["B2"] = "=調査票!B8"
for i, k in enumerate(keys):
    col = chr(ord("C") + i)
    rr = answer_rows[k]
    wh[f"{col}1"] = k.upper()
    wh[f"{col}2"] = f'=IF(調査票!F{rr}="○","はい",IF(調査票!G{rr}="○","いいえ",""))'
wh["P1"] = "Q9"
wh["P2"] = f"=調査票!C{q9_row}"
wh.sheet_state = "hidden"

tmpdir = tempfile.mkdtemp(prefix="bv_b_")
raw = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(raw)
outdir = os.path.join(tmpdir, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
print("wrote", os.path.join(HERE, NAME + ".xlsx"), answer_rows, "q9", q9_row)

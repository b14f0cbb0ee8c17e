# Generator for bv-w48-b-print-circle-marks-two-sheets.xlsx
# Role: a small hospital's 事務部 typed the MHLW survey into its own print-style sheet (one sheet per
# section, 問１… full-width numbers, はい/いいえ as two columns marked with ○, spacer columns, Q1 as
# "項目：値" cells, Q9 one free-text cell with line breaks). Re-saved by LibreOffice.
import sys, os, subprocess, shutil, tempfile
sys.path.insert(0, "/tmp/pylib-w48-lds-bv")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w48-b-print-circle-marks-two-sheets"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
W = Alignment(vertical="center", wrap_text=True)
CW = Alignment(horizontal="center", vertical="center", wrap_text=True)
G = PatternFill("solid", fgColor="EDEDED")


def setup(ws, title):
    # A and D are blank spacer columns (print margins / gap before the answer columns)
    for col, w in zip("ABCDEF", (2, 8, 64, 2, 7, 7)):
        ws.column_dimensions[col].width = w
    ws["B1"] = title
    ws["B1"].font = Font(bold=True, size=12)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1


def header(ws, r):
    for col, t in (("B", "問"), ("C", "設問"), ("E", "はい"), ("F", "いいえ")):
        c = ws[f"{col}{r}"]
        c.value = t
        c.fill = G
        c.border = B
        c.alignment = CW


def q(ws, r, no, text, mark=None, h=30):
    ws[f"B{r}"] = no
    ws[f"C{r}"] = text
    for col in "BCEF":
        ws[f"{col}{r}"].border = B
        ws[f"{col}{r}"].alignment = CW if col != "C" else W
    if mark == "はい":
        ws[f"E{r}"] = "○"
    elif mark == "いいえ":
        ws[f"F{r}"] = "○"
    ws.row_dimensions[r].height = h


wb = Workbook()
s1 = wb.active
s1.title = "バックアップ（問1～7）"
setup(s1, "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査")
s1["B2"] = "【電子カルテシステムのバックアップに係る質問】　※該当する欄に○を記入"
s1["B4"] = "問１"
s1["C4"] = "回答者の情報"
s1["C5"] = "氏名：鈴木 一郎"
s1["C6"] = "所属：事務部 総務課"
s1["C7"] = "連絡先：0287-22-5131"
for r in (5, 6, 7):
    s1[f"C{r}"].border = B
header(s1, 9)
q(s1, 10, "問２", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい")
q(s1, 11, "問３", "電子カルテシステムを使用しているか\n（使用していない場合は問７まで回答不要）", "いいえ")
q(s1, 12, "問４", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストしているか）", "はい")
q(s1, 13, "問５", "バックアップデータは世代管理しているか", "はい")
q(s1, 14, "問６", "バックアップデータについて、サイバー攻撃や火災・自然災害等による同時災害を回避する方法で管理しているか", None)
q(s1, 15, "問７", "バックアップデータの漏洩対策（暗号化等）を講じているか", None)

s2 = wb.create_sheet("VPN装置（問8～14）")
setup(s2, "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査")
s2["B2"] = "【リモートゲートウェイ装置（VPN装置）に係る質問】　※該当する欄に○を記入"
header(s2, 4)
q(s2, 5, "問８", "VPN装置が存在するか\n（設置されていない場合は以降回答不要）", "はい")
s2["B6"] = "問９"
s2["C6"] = "VPN装置のメーカー名、型番、台数（全て記載）"
s2["B6"].border = B
s2["C6"].border = B
s2.merge_cells("C7:F7")
s2["C7"] = "FortiGate 40F（Fortinet）　1台\nSonicWall TZ270（SonicWall）　1台"
s2["C7"].alignment = W
s2["C7"].border = B
s2.row_dimensions[7].height = 40
q(s2, 8, "問10", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい")
q(s2, 9, "問11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", None)
q(s2, 10, "問12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ")
q(s2, 11, "問13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "はい")
q(s2, 12, "問14", "セキュリティ責任者を設置しているか", "はい")
q(s2, 13, "", "　（問14つづき）セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "はい")
s2["B15"] = "以上"

wb.active = 0
tmpd = tempfile.mkdtemp(prefix="w48-bv-b-")
src = os.path.join(tmpd, NAME + ".xlsx")
wb.save(src)
outd = os.path.join(tmpd, "lo")
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
print("saved", NAME)

# Generator for bv-w29-a-questionnaire-dropdown-onesheet.xlsx
# Role: a prefecture's 医療政策課 turned the MHLW 回答要領 into a one-sheet questionnaire
# (No. | 区分 | 設問 | 回答 | 備考) with はい/いいえ drop-downs and a maker/model/count sub-table for Q9
# (with a =SUM total that openpyxl leaves without a cached value). Filled by a hospital IT person. No planted problem.
import os
import sys

sys.path.insert(0, "/tmp/w29lib")  # openpyxl if not installed system-wide

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w29-a-questionnaire-dropdown-onesheet"

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="BDD7EE")
SEC = PatternFill("solid", fgColor="F2F2F2")
ANS = PatternFill("solid", fgColor="FFFFE0")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "回答票"
for col, w in zip("ABCDEFG", [6, 26, 44, 16, 16, 10, 36]):
    ws.column_dimensions[col].width = w


def frame(rng, fill=None, align=WRAP, font=None):
    for row in ws[rng]:
        for c in row:
            c.border = B
            c.alignment = align
            if fill:
                c.fill = fill
            if font:
                c.font = font


ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "※回答要領を必ずご確認のうえ、回答欄（黄色）のプルダウンから「はい」「いいえ」を選択してください。"
ws["A3"] = "※設問3で「いいえ」の場合は設問7まで回答不要です。設問8で「いいえ」の場合は以降の設問は回答不要です。"
for r in (2, 3):
    ws[f"A{r}"].font = Font(size=9, color="C00000")
ws["A5"] = "病院名"
ws.merge_cells("B5:C5")
ws["B5"] = "医療法人社団緑誠会　さくら台中央病院"
frame("A5:C5")
ws["A5"].fill = HEAD

ws["A7"] = "No."
ws["B7"] = "区分"
ws["C7"] = "設問"
ws.merge_cells("D7:F7")
ws["D7"] = "回答"
ws["G7"] = "備考"
frame("A7:G7", fill=HEAD, align=CENTER, font=Font(bold=True))

yn = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(yn)

r = 8


def section(title):
    global r
    ws.merge_cells(f"A{r}:G{r}")
    ws[f"A{r}"] = title
    frame(f"A{r}:G{r}", fill=SEC, font=Font(bold=True))
    r += 1


def q(no, kubun, text, ans, note=None):
    global r
    ws[f"A{r}"] = no
    ws[f"B{r}"] = kubun
    ws[f"C{r}"] = text
    ws.merge_cells(f"D{r}:F{r}")
    ws[f"D{r}"] = ans
    ws[f"G{r}"] = note
    frame(f"A{r}:G{r}")
    ws[f"A{r}"].alignment = CENTER
    ws[f"D{r}"].alignment = CENTER
    ws[f"D{r}"].fill = ANS
    yn.add(f"D{r}")
    ws.row_dimensions[r].height = 45
    r += 1


section("【電子カルテシステムのバックアップに係る質問関係】")
# Q1 respondent: three sub rows
q1 = [("氏名", "高橋 健一"), ("所属", "情報システム室"), ("連絡先", "042-748-1120")]
start = r
for lab, val in q1:
    ws[f"C{r}"] = lab
    ws.merge_cells(f"D{r}:F{r}")
    ws[f"D{r}"] = val
    frame(f"A{r}:G{r}")
    ws[f"D{r}"].fill = ANS
    r += 1
ws.merge_cells(f"A{start}:A{r - 1}")
ws[f"A{start}"] = 1
ws[f"A{start}"].alignment = CENTER
ws.merge_cells(f"B{start}:B{r - 1}")
ws[f"B{start}"] = "回答者の情報"
ws[f"G{start}"] = "厚生労働省から内容確認の連絡がある場合があります"

q(2, "ガイドライン等の活用", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい")
q(3, "電子カルテ", "電子カルテシステムを使用しているか", "はい", "「いいえ」の場合、7.まで回答不要")
q(4, "バックアップ", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "はい")
q(5, "世代管理", "バックアップデータは世代管理しているか", "はい")
q(6, "保管方法", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "はい")
q(7, "漏洩対策", "バックアップデータの漏洩対策を講じているか", "いいえ", "暗号化は次年度予定")

section("【リモートゲートウェイ装置に係る質問関係】")
q(8, "VPN装置", "VPN装置が存在するか", "はい", "「いいえ」の場合、以降の設問は回答不要")

# Q9 sub-table
start = r
ws[f"C{r}"] = "VPN装置のメーカー名、型番、台数を全て記載すること"
ws[f"D{r}"] = "メーカー名"
ws[f"E{r}"] = "型番"
ws[f"F{r}"] = "台数"
frame(f"A{r}:G{r}")
for c in "DEF":
    ws[f"{c}{r}"].fill = HEAD
    ws[f"{c}{r}"].alignment = CENTER
r += 1
devices = [("Fortinet", "FortiGate 60F", 1), ("YAMAHA", "RTX1220", 1), ("NEC", "UNIVERGE IX2106", 1)]
first = r
for i in range(5):
    if i < len(devices):
        m, mo, n = devices[i]
        ws[f"D{r}"] = m
        ws[f"E{r}"] = mo
        ws[f"F{r}"] = n
    frame(f"A{r}:G{r}")
    for c in "DEF":
        ws[f"{c}{r}"].fill = ANS
    r += 1
ws[f"E{r}"] = "合計"
ws[f"F{r}"] = f"=SUM(F{first}:F{r - 1})"
frame(f"A{r}:G{r}")
ws.merge_cells(f"A{start}:A{r}")
ws[f"A{start}"] = 9
ws[f"A{start}"].alignment = CENTER
ws.merge_cells(f"B{start}:B{r}")
ws[f"B{start}"] = "VPN装置一覧（記述方式）"
ws.merge_cells(f"C{start}:C{r}")
ws[f"G{start}"] = "行が足りない場合は行を挿入してください"
r += 1

q(10, "アップデート", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい")
q(11, "接続元制限", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい")
q(12, "ログ監査", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ")
q(13, "緊急対応", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ", "手順書は作成中")
start = r
q("14", "セキュリティ責任者", "(1) セキュリティ責任者を設置しているか", "はい")
q("", "", "(2) セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "情報システム室長が兼務")
ws.merge_cells(f"A{start}:A{r - 1}")
ws.merge_cells(f"B{start}:B{r - 1}")
ws[f"A{start}"] = 14
ws[f"A{start}"].alignment = CENTER

ws.print_area = f"A1:G{r}"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
print("saved", out)

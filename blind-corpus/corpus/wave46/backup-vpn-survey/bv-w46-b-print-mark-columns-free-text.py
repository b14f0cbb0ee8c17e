# Generator for bv-w46-b-print-mark-columns-free-text.xlsx
# Role: a small hospital's 医事課 staff member typed the MHLW questions into a print-style sheet of their
# own: bordered table with blank spacer columns, はい | いいえ mark columns (○ / 〇 in the chosen one),
# full-width question numbers, Q1 as `項目：値` cells, Q9 as one free-text cell with line breaks, Q14 as two
# rows. Written by openpyxl, then re-saved by LibreOffice.
import sys, os, subprocess
sys.path.insert(0, "/tmp/lds_bv_py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w46-b-print-mark-columns-free-text.xlsx"
TMP = "/tmp/w46-lds-bv-helper/bv_b_src"
os.makedirs(TMP, exist_ok=True)
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="D9D9D9")
W = Alignment(wrap_text=True, vertical="center")
C = Alignment(horizontal="center", vertical="center")

wb = Workbook()
ws = wb.active
ws.title = "調査回答"
for col, w in zip("ABCDEFGH", (2, 6, 64, 7, 7, 2, 30, 2)):
    ws.column_dimensions[col].width = w
ws["B1"] = "バックアップデータ及びリモートゲートウェイ装置（VPN装置）に係る調査　回答"
ws["B1"].font = Font(bold=True, size=13)
ws["B2"] = "病院名：医療法人 栗林会 栗林記念病院"
ws["B3"] = "※該当する欄に○を記入。３．が「いいえ」の場合は７．まで、８．が「いいえ」の場合は以降の設問は回答不要。"
ws["B3"].font = Font(size=9)

hdr = {"B": "番号", "C": "質問", "D": "はい", "E": "いいえ", "G": "備考"}
for col, t in hdr.items():
    c = ws[f"{col}5"]
    c.value = t
    c.fill = GRAY
    c.font = Font(bold=True)
    c.border = BOX
    c.alignment = C

r = 6


def row(no, text, mark=None, note=None):
    """mark: 'Y' / 'N' / None, or a raw string for the はい column"""
    global r
    ws[f"B{r}"] = no
    ws[f"C{r}"] = text
    if mark == "Y":
        ws[f"D{r}"] = "○"
    elif mark == "N":
        ws[f"E{r}"] = "○"
    elif mark == "Y2":
        ws[f"D{r}"] = "〇"
    elif mark == "N2":
        ws[f"E{r}"] = "〇"
    ws[f"G{r}"] = note
    for col in "BCDEG":
        ws[f"{col}{r}"].border = BOX
        ws[f"{col}{r}"].alignment = W if col in "CG" else C
    ws.row_dimensions[r].height = 30
    r += 1
    return r - 1


def textrow(text, height=18):
    global r
    ws[f"C{r}"] = text
    ws.merge_cells(f"C{r}:E{r}")
    for col in "BCDEG":
        ws[f"{col}{r}"].border = BOX
    ws[f"C{r}"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r].height = height
    r += 1
    return r - 1


row("１．", "回答者の情報（氏名・所属・連絡先）")
ws.cell(row=r - 1, column=4).fill = GRAY
ws.cell(row=r - 1, column=5).fill = GRAY
textrow("氏名：十河 さやか")
textrow("所属：医事課 主任（情報システム担当）")
textrow("連絡先：TEL 087-831-4402 / sogo@ritsurin-kinen.jp")
row("２．", "医療情報システムの安全管理に関するガイドライン及びチェックリスト等を活用しているか", "N",
    "チェックリストは今年度から着手予定")
row("３．", "電子カルテシステムを使用しているか", "Y")
row("４．", "バックアップデータを作成し、定期的にテストを行っているか", "Y2")
row("５．", "バックアップデータは世代管理しているか", "Y", "3世代")
q6 = row("６．", "バックアップデータについて、同時災害（サイバー攻撃による汚損・破壊、火災・自然災害による消失等）を回避する方法で管理しているか")
row("７．", "バックアップデータの漏洩対策（暗号化等）を講じているか", "N")
row("８．", "VPN装置が存在するか", "Y", "業者に確認済み")
row("９．", "VPN装置のメーカー名、型番、台数（全て記載）")
ws.cell(row=r - 1, column=4).fill = GRAY
ws.cell(row=r - 1, column=5).fill = GRAY
q9t = textrow("ヤマハ RTX830　1台\nNEC UNIVERGE IX2106　1台（オンライン資格確認用）\nNEC UNIVERGE IX2215　1台（検査会社管理）", height=52)
row("10．", "NISCや厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "Y")
row("11．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "Y2", "保守業者に確認")
row("12．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "N")
row("13．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "N2")
row("14．", "セキュリティ責任者を設置しているか", "Y", "事務長")
q14b = row("", "　（14．続き）セキュリティ責任者を医療情報システムの責任者とは別に配置しているか")

ws[f"B{r + 1}"] = "以上"
ws.print_area = f"B1:G{r + 1}"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

src = os.path.join(TMP, NAME)
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print("saved", NAME, "q6 row", q6, "q9 text row", q9t, "q14b row", q14b)

# Generator for bv-w39-b-print-marks-freetext-q9.xlsx
# Role: prefecture office (医療政策課) re-drawing the MHLW survey as a one-sheet print form for FAX/e-mail:
# title block and notes on top, spacer column A, full-width numbering, はい / いいえ columns where the hospital puts ○,
# Q1 as 「氏名：…」 cells, Q9 as one free-text box. Filled by a small hospital that has no 電子カルテ.
import os
import sys

sys.path.insert(0, "/tmp/w39pkgs")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w39-b-print-marks-freetext-q9"

thin = Side(style="thin")
med = Side(style="medium")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="D9D9D9")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center")

wb = Workbook()
ws = wb.active
ws.title = "調査票"
for col, w in zip("ABCDEFG", [2, 6, 64, 8, 8, 2, 30]):
    ws.column_dimensions[col].width = w
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1


def box(rng, fill=None, bold=False, align=WRAP):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = align
            if fill:
                c.fill = fill
            if bold:
                c.font = Font(bold=True)


ws["B1"] = "（様式）"
ws.merge_cells("B2:E2")
ws["B2"] = "病院における医療情報システムのバックアップデータ及び\nリモートゲートウェイ装置に係る調査　回答用紙"
ws["B2"].font = Font(bold=True, size=14)
ws["B2"].alignment = Alignment(horizontal="center", wrap_text=True)
ws.row_dimensions[2].height = 40
ws.merge_cells("B3:E3")
ws["B3"] = "回答にあたっては「回答要領」を必ず確認してください。該当する欄に○を記入してください。"
ws.merge_cells("B4:E4")
ws["B4"] = "提出先：県健康福祉部 医療政策課 医療情報担当　（メール添付またはFAXにて）"

ws.merge_cells("B6:C6")
ws["B6"] = "病院名：医療法人 緑風会 みさき台病院"
ws.merge_cells("D6:E6")
ws["D6"] = "回答日：令和6年2月9日"
box("B6:E6")

# header
ws["B8"] = "番号"
ws["C8"] = "設問"
ws["D8"] = "はい"
ws["E8"] = "いいえ"
box("B8:E8", fill=GRAY, bold=True, align=CEN)

r = 9


def sec(t):
    global r
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
    ws.cell(r, 2, t)
    box(f"B{r}:E{r}", bold=True)
    r += 1


def yn(no, text, mark):
    """mark: 'はい', 'いいえ' or None."""
    global r
    ws.cell(r, 2, no)
    ws.cell(r, 3, text)
    if mark == "はい":
        ws.cell(r, 4, "○")
    elif mark == "いいえ":
        ws.cell(r, 5, "○")
    box(f"B{r}:E{r}")
    ws.cell(r, 4).alignment = CEN
    ws.cell(r, 5).alignment = CEN
    rr = r
    r += 1
    return rr


sec("【電子カルテシステムのバックアップに係る質問関係】")
# Q1: label and value in one cell
ws.merge_cells(start_row=r, start_column=2, end_row=r + 3, end_column=2)
ws.cell(r, 2, "１．")
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
ws.cell(r, 3, "回答者の情報（厚生労働省から確認の連絡をする場合があります）")
for k, t in enumerate(["氏名：岡田 直美", "所属：事務部 医事課 主任（医療情報担当）",
                       "連絡先：0865-44-2180　okada@misakidai-hp.jp"]):
    ws.merge_cells(start_row=r + 1 + k, start_column=3, end_row=r + 1 + k, end_column=5)
    ws.cell(r + 1 + k, 3, t)
box(f"B{r}:E{r + 3}")
r += 4
rows = {}
rows[2] = yn("２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい")
rows[3] = yn("３．", "電子カルテシステムを使用しているか\n※「いいえ」の場合は７．まで回答不要", "いいえ")
rows[4] = yn("４．", "診療行為を停止させないためのバックアップデータは作成しているか", "はい")
rows[5] = yn("５．", "バックアップデータは世代管理しているか", "はい")
rows[6] = yn("６．", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等"
                   "同時災害を回避する方法で管理しているか", None)
rows[7] = yn("７．", "バックアップデータの漏洩対策を講じているか", None)
sec("【リモートゲートウェイ装置に係る質問関係】　※院内のサーバ室等を確認してください")
rows[8] = yn("８．", "VPN装置が存在するか\n※「いいえ」の場合は以降の設問は回答不要", "はい")
# Q9 free text
ws.cell(r, 2, "９．")
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
ws.cell(r, 3, "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）")
box(f"B{r}:E{r}")
r += 1
ws.merge_cells(start_row=r, start_column=3, end_row=r + 2, end_column=5)
q9_row = r
ws.cell(r, 3, "ヤマハ　RTX1210　1台（レセコン保守用）\nNEC　UNIVERGE IX2215　1台（画像システム保守用）")
box(f"B{r}:E{r + 2}")
r += 3
rows[10] = yn("10．", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか",
              "はい")
rows[11] = yn("11．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい")
rows[12] = yn("12．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", None)
rows[13] = yn("13．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ")
rows[14] = yn("14．", "セキュリティ責任者を設置しているか", "はい")
rows[15] = yn("", "　（セキュリティ責任者を医療情報システムの責任者とは別に配置しているか）", "いいえ")
for rr in range(9, r):
    ws.row_dimensions[rr].height = 30
ws.merge_cells(start_row=r + 1, start_column=2, end_row=r + 1, end_column=5)
ws.cell(r + 1, 2, "ご協力ありがとうございました。")

wb.save(os.path.join(OUT, NAME + ".xlsx"))
print("saved", NAME, rows, "q9", q9_row)

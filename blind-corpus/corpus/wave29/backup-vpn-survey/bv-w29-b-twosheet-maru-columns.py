# Generator for bv-w29-b-twosheet-maru-columns.xlsx
# Role: a hospital's 医療情報課 typed the MHLW survey into its own workbook, one sheet per section of the
# 回答要領 (バックアップ / VPN装置), with はい・いいえ columns marked ○, Q1 as 「項目：値」 cells and Q9 as one
# free-text cell. Planted: Q1 連絡先 left empty; Q12 unanswered although Q8 is はい.
import os
import sys

sys.path.insert(0, "/tmp/w29lib")  # openpyxl if not installed system-wide

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w29-b-twosheet-maru-columns"

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="FCE4D6")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()


def setup(ws, title):
    for col, w in zip("ABCDEF", [6, 58, 8, 8, 30, 2]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査"
    ws["A1"].font = Font(bold=True, size=12)
    ws["A2"] = title
    ws["A2"].font = Font(bold=True, size=11, color="833C0B")
    ws["A3"] = "（該当する欄に○を記入）"
    ws["A3"].font = Font(size=9)
    for c, t in zip("ABCDE", ["No.", "設問", "はい", "いいえ", "備考"]):
        ws[f"{c}5"] = t
        ws[f"{c}5"].border = B
        ws[f"{c}5"].fill = HEAD
        ws[f"{c}5"].alignment = CENTER
        ws[f"{c}5"].font = Font(bold=True)


def row(ws, r, no, text, ans=None, note=None, height=33):
    ws[f"A{r}"] = no
    ws[f"B{r}"] = text
    if ans == "はい":
        ws[f"C{r}"] = "○"
    elif ans == "いいえ":
        ws[f"D{r}"] = "○"
    ws[f"E{r}"] = note
    for c in "ABCDE":
        ws[f"{c}{r}"].border = B
        ws[f"{c}{r}"].alignment = CENTER if c in "ACD" else WRAP
    ws.row_dimensions[r].height = height


# ---------------------------------------------------------------- Sheet I
ws = wb.active
ws.title = "Ⅰ バックアップ"
setup(ws, "【電子カルテシステムのバックアップに係る質問関係】")
# Q1: label and value in one cell
ws["A6"] = "１．"
ws["B6"] = "回答者の情報（氏名、所属、連絡先）"
ws.merge_cells("B6:E6")
for i, t in enumerate(["氏名：森田 さやか", "所属：医療情報課", "連絡先："]):
    r = 7 + i
    ws.merge_cells(f"B{r}:E{r}")
    ws[f"B{r}"] = t
for r in range(6, 10):
    for c in "ABCDE":
        ws[f"{c}{r}"].border = B
ws.merge_cells("A6:A9")
ws["A6"].alignment = CENTER

row(ws, 10, "２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい")
row(ws, 11, "３．", "電子カルテシステムを使用しているか\n（使用していない場合は７．まで回答不要）", "はい")
row(ws, 12, "４．", "診療行為を停止させないためのバックアップデータは作成しているか（定期的なテストを含む）", "はい",
    "年1回 復元テスト実施")
row(ws, 13, "５．", "バックアップデータは世代管理しているか", "はい", "7世代")
row(ws, 14, "６．", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "はい",
    "週1回 LTOを別棟保管", height=45)
row(ws, 15, "７．", "バックアップデータの漏洩対策を講じているか", "いいえ")

# ---------------------------------------------------------------- Sheet II
ws = wb.create_sheet("Ⅱ VPN装置")
setup(ws, "【リモートゲートウェイ装置に係る質問関係】")
ws["A4"] = "※院内のサーバ室等を確認し、VPN装置の有無を確認のうえ回答"
ws["A4"].font = Font(size=9)
row(ws, 6, "８．", "VPN装置が存在するか\n（存在しない場合は以降の設問は回答不要）", "はい")
# Q9: one free-text cell
ws["A7"] = "９．"
ws["B7"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）"
for c in "ABCDE":
    ws[f"{c}7"].border = B
ws["A7"].alignment = CENTER
ws["B7"].alignment = WRAP
ws.merge_cells("B8:E8")
ws["B8"] = "Sophos　XGS 116　1台（電子カルテ保守）\nYAMAHA　RTX830　1台（PACS保守）"
ws["B8"].alignment = Alignment(wrap_text=True, vertical="top")
ws.row_dimensions[8].height = 40
for c in "ABCDE":
    ws[f"{c}8"].border = B
ws.merge_cells("A7:A8")
row(ws, 9, "10．", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい",
    "保守ベンダが四半期ごとに適用", height=45)
row(ws, 10, "11．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい")
row(ws, 11, "12．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", None)  # PLANTED: unanswered
row(ws, 12, "13．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ")
row(ws, 13, "14．", "セキュリティ責任者を設置しているか", "はい")
row(ws, 14, "", "　セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "はい", "事務長（医療情報システム責任者は医療情報課長）")
ws.merge_cells("A13:A14")

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
print("saved", out)

# Generator for bv-w33-b-sheet-per-section-circle-marks.xlsx
# Role: hospital 総務課 person answering on a print-style form (one sheet per section, はい | いいえ
# columns where the chosen one gets a ○, spacer column, Q1 written as "氏名：…" in one cell,
# Q9 as one free-text cell with line breaks). Two planted problems (see expected.json).
import sys, os
sys.path.insert(0, "/tmp/w33lib")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w33-b-sheet-per-section-circle-marks"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
H = PatternFill("solid", fgColor="E7E6E6")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center")

def box(ws, rng, fill=None):
    for row in ws[rng]:
        for c in row:
            c.border = B
            if c.alignment.horizontal != "center":
                c.alignment = WRAP
            if fill: c.fill = fill

def setup(ws, subtitle):
    for k, v in dict(A=2, B=6, C=60, D=8, E=8, F=24).items():
        ws.column_dimensions[k].width = v
    ws["B1"] = "令和６年度　病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査"
    ws["B1"].font = Font(bold=True, size=12)
    ws["B2"] = "病院名：医療法人 琴平会 ことひら病院"
    ws["B3"] = subtitle; ws["B3"].font = Font(bold=True)
    ws.page_setup.orientation = "portrait"
    ws.page_setup.fitToWidth = 1

def header(ws, r):
    ws[f"B{r}"] = "No."; ws[f"C{r}"] = "設問"; ws[f"D{r}"] = "はい"; ws[f"E{r}"] = "いいえ"; ws[f"F{r}"] = "備考"
    box(ws, f"B{r}:F{r}", H)
    for c in "BCDEF": ws[f"{c}{r}"].font = Font(bold=True)

def yn(ws, r, no, text, ans, note=None, mark="○"):
    ws[f"B{r}"] = no; ws[f"C{r}"] = text
    if ans == "はい": ws[f"D{r}"] = mark
    elif ans == "いいえ": ws[f"E{r}"] = mark
    if note: ws[f"F{r}"] = note
    box(ws, f"B{r}:F{r}")
    for c in "DE": ws[f"{c}{r}"].alignment = CEN
    ws.row_dimensions[r].height = 36

wb = Workbook()
s1 = wb.active
s1.title = "Ⅰ バックアップ"
setup(s1, "Ⅰ　電子カルテシステムのバックアップに係る質問関係")
s1["B5"] = "１．"; s1["C5"] = "回答者の情報（後日、厚生労働省より確認の連絡をする場合があります）"
s1.merge_cells("C6:F6"); s1["C6"] = "氏名：琴平 一郎"
s1.merge_cells("C7:F7"); s1["C7"] = "所属：事務部 総務課"
s1.merge_cells("C8:F8"); s1["C8"] = "連絡先：0877-75-3300 / soumu@kotohira-hp.jp"
box(s1, "B5:F8")
header(s1, 10)
yn(s1, 11, "２．", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい")
yn(s1, 12, "３．", "電子カルテシステムを使用しているか\n※使用していない場合は７．まで回答不要", "いいえ", "紙カルテ運用（レセコンのみ）")
yn(s1, 13, "４．", "診療行為を停止させないためのバックアップデータは作成しているか", "はい", "レセコンを外付けHDDへ毎日")
yn(s1, 14, "５．", "バックアップデータは世代管理しているか", "はい")
yn(s1, 15, "６．", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "いいえ")
yn(s1, 16, "７．", "バックアップデータの漏洩対策を講じているか", "いいえ", mark="〇")

s2 = wb.create_sheet("Ⅱ VPN装置")
setup(s2, "Ⅱ　リモートゲートウェイ装置（VPN装置）に係る質問関係")
s2["B4"] = "※院内のサーバ室等を確認し、VPN装置が存在するか確認してください。"
header(s2, 6)
yn(s2, 7, "８．", "VPN装置が存在するか\n※設置されていない場合は、以降の設問は回答不要", "はい")
s2["B8"] = "９．"; s2["C8"] = "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）"
box(s2, "B8:F8")
s2.merge_cells("C9:F9")
s2["C9"] = "ヤマハ RTX1210 1台（医事システム保守用）\nNEC UNIVERGE IX2106 1台（検査機器メーカー保守用）"
box(s2, "B9:F9"); s2.row_dimensions[9].height = 40
yn(s2, 10, "10．", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい")
yn(s2, 11, "11．", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", None, "業者に確認中")
yn(s2, 12, "12．", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ")
yn(s2, 13, "13．", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ")
yn(s2, 14, "14．", "セキュリティ責任者を設置しているか", "はい", "事務長が兼務")
yn(s2, 15, "", "また、セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ")

wb.save(os.path.join(OUT, NAME + ".xlsx"))
print("saved")

# Generator for bv-w39-a-qa-table-device-rows.xlsx
# Role: programme secretariat's answer sheet (No. | 設問 | 回答 | 補足) with はい/いいえ dropdowns, Q9 as a
# maker/model/count sub-table with a labelled 記入例 row, plus a 記入要領 sheet; filled by a hospital's 情報管理課.
import os
import sys

sys.path.insert(0, "/tmp/w39pkgs")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w39-a-qa-table-device-rows"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="BDD7EE")
SEC = PatternFill("solid", fgColor="E2EFDA")
EXF = PatternFill("solid", fgColor="EDEDED")
ANS = PatternFill("solid", fgColor="FFFFE0")
WRAP = Alignment(wrap_text=True, vertical="center")

wb = Workbook()
ws = wb.active
ws.title = "回答票"
for col, w in zip("ABCDE", [7, 62, 16, 16, 40]):
    ws.column_dimensions[col].width = w


def box(rng, fill=None, bold=False):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = WRAP
            if fill:
                c.fill = fill
            if bold:
                c.font = Font(bold=True)


ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "医療機関名"
ws["B2"] = "医療法人社団 清和会 広島西部中央病院"
ws["A3"] = "作成日"
ws["B3"] = "=TODAY()"
ws["B3"].number_format = "yyyy/m/d"
ws["A4"] = "※回答欄（黄色）はプルダウンから「はい」「いいえ」を選択してください。回答不要の設問は空欄のままとしてください。"

ws["A6"] = "No."
ws["B6"] = "設問"
ws.merge_cells("C6:D6")
ws["C6"] = "回答"
ws["E6"] = "補足（回答要領より）"
box("A6:E6", fill=HEAD, bold=True)

r = 7
answer_cells = []


def section(title):
    global r
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.cell(r, 1, title)
    box(f"A{r}:E{r}", fill=SEC, bold=True)
    r += 1


def q(no, text, ans, note=None):
    global r
    ws.cell(r, 1, no)
    ws.cell(r, 2, text)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    ws.cell(r, 3, ans)
    ws.cell(r, 5, note)
    box(f"A{r}:E{r}")
    ws.cell(r, 3).fill = ANS
    answer_cells.append(f"C{r}")
    r += 1


section("【電子カルテシステムのバックアップに係る質問関係】")
ws.cell(r, 1, "1")
ws.cell(r, 2, "回答者の情報")
ws.cell(r, 5, "後日、厚生労働省より回答者に確認の連絡をする場合があります。")
box(f"A{r}:E{r}")
r += 1
for sub, lab, val in [("1-1", "氏名", "村上 浩二"), ("1-2", "所属", "事務部 情報管理課 課長"),
                      ("1-3", "連絡先", "082-277-1100（内線3120）")]:
    ws.cell(r, 1, sub)
    ws.cell(r, 2, "　" + lab)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    ws.cell(r, 3, val)
    box(f"A{r}:E{r}")
    ws.cell(r, 3).fill = ANS
    r += 1
q("2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい")
q("3", "電子カルテシステムを使用しているか", "はい", "「いいえ」の場合は7.まで回答不要")
q("4", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "はい")
q("5", "バックアップデータは世代管理しているか", "はい")
q("6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
  "いいえ", "例：遠隔地のサーバに保管、世代ごとにオフラインで保存")
q("7", "バックアップデータの漏洩対策を講じているか", "はい", "暗号化や秘密分散管理等")
section("【リモートゲートウェイ装置に係る質問関係】")
q("8", "VPN装置が存在するか", "はい", "「いいえ」の場合は以降の設問は回答不要")

ws.cell(r, 1, "9")
ws.cell(r, 2, "VPN装置のメーカー名、型番、台数を全て記載すること（下表に記載。行が足りない場合は追加）")
box(f"A{r}:E{r}")
r += 1
ws.cell(r, 2, "")
ws.cell(r, 2, "メーカー名")
ws.cell(r, 3, "型番")
ws.cell(r, 4, "台数")
ws.cell(r, 5, "備考")
box(f"B{r}:E{r}", fill=HEAD, bold=True)
r += 1
ws.cell(r, 1, "記入例")
ws.cell(r, 2, "○○株式会社")
ws.cell(r, 3, "ABC-1000")
ws.cell(r, 4, 1)
ws.cell(r, 5, "（記入例）")
box(f"A{r}:E{r}", fill=EXF)
r += 1
devices = [("フォーティネット", "FortiGate-60F", 1, "電子カルテ保守用"), ("ヤマハ", "RTX1220", 2, "PACS・検査システム保守用"),
           (None, None, None, None)]
for mk, md, n, note in devices:
    ws.cell(r, 2, mk)
    ws.cell(r, 3, md)
    ws.cell(r, 4, n)
    ws.cell(r, 5, note)
    box(f"B{r}:E{r}")
    r += 1
q("10", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい")
q("11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい")
q("12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "例：年1回")
q("13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ")
q("14-1", "セキュリティ責任者を設置しているか", "はい")
q("14-2", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ")

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
for a in answer_cells:
    dv.add(a)
ws.freeze_panes = "A7"

# 記入要領
w2 = wb.create_sheet("記入要領")
w2.column_dimensions["A"].width = 120
lines = [
    "記入要領",
    "・本回答要領に基づき、設問に回答してください。提出後の修正等作業をできるだけ防ぐため、必ず回答要領を確認してください。",
    "・技術的な質問・用語等については、院内担当者だけでなく、システム設置事業者や保守事業者への照会等も活用してください。",
    "・設問3で「いいえ」（電子カルテシステムを使用していない）の場合は、設問7まで回答不要です。",
    "・設問8で「いいえ」（VPN装置が設置されていない）の場合は、以降の設問は回答不要です。",
    "・設問9は確認したVPN装置のメーカー名、型番、台数を全て記載してください。記入例の行は削除不要です。",
    "・設問14は、セキュリティ責任者の配置と、医療情報システムの責任者とは別に配置しているかの2点に回答してください。",
]
for i, t in enumerate(lines):
    w2.cell(1 + i, 1, t)
w2["A1"].font = Font(bold=True, size=13)

wb.save(os.path.join(OUT, NAME + ".xlsx"))
print("saved", NAME)

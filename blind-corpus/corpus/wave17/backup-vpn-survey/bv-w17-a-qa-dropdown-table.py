#!/usr/bin/python3
"""bv-w17-a: questionnaire layout (No. | 設問 | 回答 | 備考) with drop-downs, Q1 as three sub-rows, Q9 as a
maker/model/count sub-table with a SUM row, Q14 as 14-1/14-2, plus a 記入要領 sheet. Re-saved by LibreOffice."""
import os, subprocess
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w17-a-qa-dropdown-table"
TMP = "/tmp/p17/bva"
os.makedirs(TMP, exist_ok=True)
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HDR = PatternFill("solid", fgColor="BDD7EE")
ANS = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
wg = wb.active
wg.title = "記入要領"
guide = [
    "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　記入要領",
    "",
    "・「回答票」シートの黄色の回答欄に記入してください。はい／いいえの設問はプルダウンから選択してください。",
    "・技術的な質問・用語等については、院内担当者だけでなく、システム設置事業者や保守事業者への照会等も活用してください。",
    "・問3で「いいえ」（電子カルテシステムを使用していない）の場合は、問7まで回答不要です。",
    "・問8で「いいえ」（VPN装置が存在しない）の場合は、以降の設問は回答不要です。",
    "・問9はVPN装置のメーカー名、型番、台数を全て記載してください（行が足りない場合は行を挿入してください）。",
    "・問14は、セキュリティ責任者の設置と、医療情報システムの責任者とは別に配置しているかの2点を回答してください。",
]
for i, t in enumerate(guide):
    wg.cell(1 + i, 1, t)
wg["A1"].font = Font(bold=True, size=13)
wg.column_dimensions["A"].width = 120

ws = wb.create_sheet("回答票")
for c, w in dict(A=7, B=62, C=22, D=12, E=40).items():
    ws.column_dimensions[c].width = w
ws.merge_cells("A1:E1")
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "※回答に当たっては「記入要領」シートを必ず確認してください。"
ws["A3"] = "医療機関名"
ws.merge_cells("B3:C3")
ws["B3"] = "医療法人 北讃会 丸亀北病院"
for c in ("A3", "B3", "C3"):
    ws[c].border = B
ws["A3"].fill = HDR

hdr = ["No.", "設問", "回答", "", "備考"]
for i, h in enumerate(hdr):
    ws.cell(5, 1 + i, h)
ws.merge_cells("C5:D5")
for c in ws["A5:E5"][0]:
    c.fill = HDR
    c.border = B
    c.alignment = CEN
    c.font = Font(bold=True)

rows = []  # (no, question, answer, remark)
r = 6
def put(no, q, a=None, remark=None, merge_answer=True):
    global r
    ws.cell(r, 1, no)
    ws.cell(r, 2, q)
    if a is not None:
        ws.cell(r, 3, a)
    if merge_answer:
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    if remark:
        ws.cell(r, 5, remark)
    for col in range(1, 6):
        c = ws.cell(r, col)
        c.border = B
        c.alignment = CEN if col in (1, 3) else WRAP
    ws.cell(r, 3).fill = ANS
    r += 1
    return r - 1

ws.cell(r, 1, "【電子カルテシステムのバックアップに係る質問関係】").font = Font(bold=True)
r += 1
q1 = r
put(1, "回答者の情報　氏名", "宇多津 裕子")
put(None, "回答者の情報　所属", "医療情報管理課 課長")
put(None, "回答者の情報　連絡先", "0877-23-4410（医療情報管理課直通）")
ws.merge_cells(start_row=q1, start_column=1, end_row=q1 + 2, end_column=1)
yn_rows = []
yn_rows.append(put(2, "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい"))
yn_rows.append(put(3, "電子カルテシステムを使用しているか\n（「いいえ」の場合、問7まで回答不要）", "はい"))
yn_rows.append(put(4, "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "はい"))
yn_rows.append(put(5, "バックアップデータは世代管理しているか", "はい", "日次バックアップ・7世代保持"))
yn_rows.append(put(6, "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか",
                   "いいえ", "現状はサーバ室内のNASのみ。オフライン保管を検討中"))
yn_rows.append(put(7, "バックアップデータの漏洩対策を講じているか", "はい", "NAS暗号化"))
ws.cell(r, 1, "【リモートゲートウェイ装置に係る質問関係】").font = Font(bold=True)
r += 1
yn_rows.append(put(8, "VPN装置が存在するか\n（「いいえ」の場合、以降の設問は回答不要）", "はい"))
# Q9 sub-table
q9 = r
ws.cell(r, 1, 9)
ws.cell(r, 2, "VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）")
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=5)
for col in range(1, 6):
    ws.cell(r, col).border = B
    ws.cell(r, col).alignment = WRAP
r += 1
sub_hdr = r
for col, t in zip((2, 3, 4, 5), ("メーカー名", "型番", "台数", "用途（参考）")):
    ws.cell(r, col, t)
for col in range(1, 6):
    c = ws.cell(r, col)
    c.border = B
    c.fill = HDR
    c.alignment = CEN
r += 1
devs = [("Fortinet", "FortiGate 60F", 1, "電子カルテ ベンダ保守"), ("YAMAHA", "RTX1220", 2, "PACS・検査システム保守")]
dev_first = r
for m, mo, n, u in devs + [(None, None, None, None)]:
    for col, v in zip((2, 3, 4, 5), (m, mo, n, u)):
        if v is not None:
            ws.cell(r, col, v)
    for col in range(1, 6):
        ws.cell(r, col).border = B
    for col in (2, 3, 4):
        ws.cell(r, col).fill = ANS
    r += 1
ws.cell(r, 3, "合計台数")
ws.cell(r, 4, f"=SUM(D{dev_first}:D{r - 1})")
for col in range(1, 6):
    ws.cell(r, col).border = B
ws.merge_cells(start_row=q9, start_column=1, end_row=r, end_column=1)
r += 1
yn_rows.append(put(10, "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい"))
yn_rows.append(put(11, "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい"))
yn_rows.append(put(12, "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "ログは取得しているが定期的な分析は未実施"))
yn_rows.append(put(13, "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ"))
q14 = r
yn_rows.append(put("14-1", "セキュリティ責任者を設置しているか", "はい"))
yn_rows.append(put("14-2", "セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "医療情報管理課長が兼務"))

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
for rr in yn_rows:
    dv.add(f"C{rr}")
for rr in range(6, r):
    ws.row_dimensions[rr].height = 33
ws.print_title_rows = "5:5"
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
wb.active = 1

raw = os.path.join(TMP, NAME + ".xlsx")
wb.save(raw)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print("saved", NAME)

# Generator for bv-w48-a-prefecture-qa-dropdown.xlsx
# Role: a prefecture's 医療政策課 turned the MHLW answering guide into an Excel 回答票
# (記入要領 sheet first, No.|区分|設問|回答 table, はい/いいえ dropdown from a hidden list sheet,
# Q9 as a maker/model/count sub-table with a SUM total). Filled by a hospital's 情報システム課.
import sys, os
sys.path.insert(0, "/tmp/pylib-w48-lds-bv")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w48-a-prefecture-qa-dropdown"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HDR = PatternFill("solid", fgColor="BDD7EE")
SEC = PatternFill("solid", fgColor="DEEAF6")
ANS = PatternFill("solid", fgColor="FFFFCC")
W = Alignment(vertical="center", wrap_text=True)
CW = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
g = wb.active
g.title = "記入要領"
g.column_dimensions["A"].width = 110
guide = [
    "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　記入要領",
    "",
    "・「回答票」シートの黄色のセルに回答を入力してください。はい／いいえはプルダウンから選択してください。",
    "・技術的な質問・用語等については、院内担当者だけでなく、システム設置事業者や保守事業者への照会等も活用して回答してください。",
    "・問1 回答者の情報：後日内容の確認のため、厚生労働省より回答者に対し連絡をさせていただく可能性があります。",
    "・問3 で「いいえ」（電子カルテシステムを使用していない）の場合、問7 まで回答不要です。",
    "・問8 で「いいえ」（VPN装置が設置されていない）の場合、以降の設問は回答不要です。",
    "・問9 はVPN装置のメーカー名、型番、台数を全て記載してください（行が足りない場合は行を挿入してください）。",
    "・問14 はセキュリティ責任者の設置の有無と、医療情報システムの責任者とは別に配置しているかの2点をご回答ください。",
]
for i, t in enumerate(guide, start=1):
    g.cell(i, 1, t).alignment = W
g["A1"].font = Font(bold=True, size=13)

ws = wb.create_sheet("回答票")
for col, w in zip("ABCDEFG", (6, 16, 58, 18, 18, 8, 24)):
    ws.column_dimensions[col].width = w
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "※回答要領（記入要領シート）を必ずご確認のうえ、ご回答ください。"
ws["A3"] = "※問3「いいえ」の場合は問4～問7、問8「いいえ」の場合は問9～問14の回答は不要です。"
for a in ("A2", "A3"):
    ws[a].font = Font(size=9, color="C00000")

hdr = ["No.", "区分", "設問", "回答", "", "", "備考"]
for j, h in enumerate(hdr, start=1):
    c = ws.cell(5, j, h)
    c.fill = HDR
    c.font = Font(bold=True)
    c.alignment = CW
    c.border = B
ws.merge_cells("D5:F5")



def qa(r, no, q, ans):
    ws.cell(r, 1, no)
    ws.cell(r, 3, q)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    if ans is not None:
        ws.cell(r, 4, ans)
    ws.cell(r, 4).fill = ANS


# Q1
ws.merge_cells("A6:A8")
ws["A6"] = 1
ws["C6"] = "回答者の情報　①氏名"
ws["C7"] = "②所属"
ws["C8"] = "③連絡先（電話番号）"
for r, v in zip((6, 7, 8), ("山本 浩二", "社会医療法人 聖和会 聖和総合病院 情報システム課", "0748-33-2150")):
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    ws.cell(r, 4, v).fill = ANS
qs = [
    (2, "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい"),
    (3, "電子カルテシステムを使用しているか", "はい"),
    (4, "診療行為を停止させないためのバックアップデータは作成しているか（バックアップデータを作成し、復旧が可能となるよう定期的にテストを行っているか）", "はい"),
    (5, "バックアップデータは世代管理しているか", "はい"),
    (6, "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "いいえ"),
    (7, "バックアップデータの漏洩対策を講じているか（暗号化や秘密分散管理等）", "はい"),
    (8, "VPN装置が存在するか", "はい"),
]
r = 9
for no, q, a in qs:
    qa(r, no, q, a)
    r += 1
ws.merge_cells("B6:B14")  # Q1-Q7; Q8 opens the VPN section
ws["B6"] = "電子カルテシステムのバックアップ"
VPN_START = 15
# Q9 sub-table
q9 = r  # 16
ws.cell(q9, 1, 9)
ws.cell(q9, 3, "VPN装置のメーカー名、型番、台数を全て記載すること（記述）")
for j, h in zip((4, 5, 6), ("メーカー名", "型番", "台数")):
    c = ws.cell(q9, j, h)
    c.fill = SEC
    c.alignment = CW
devs = [("Fortinet", "FortiGate 60F", 2), ("NEC", "UNIVERGE IX2106", 1), None, None]
for i, dvv in enumerate(devs):
    rr = q9 + 1 + i
    for j in (4, 5, 6):
        ws.cell(rr, j).fill = ANS
    if dvv:
        for j, v in zip((4, 5, 6), dvv):
            ws.cell(rr, j, v)
tot = q9 + 5
ws.cell(tot, 5, "合計").alignment = CW
ws.cell(tot, 6, f"=SUM(F{q9 + 1}:F{q9 + 4})")
ws.merge_cells(start_row=q9, start_column=1, end_row=tot, end_column=1)
ws.merge_cells(start_row=q9, start_column=3, end_row=tot, end_column=3)
r = tot + 1
qs2 = [
    (10, "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい"),
    (11, "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい"),
    (12, "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ"),
    (13, "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ"),
]
for no, q, a in qs2:
    qa(r, no, q, a)
    r += 1
q14 = r
ws.merge_cells(start_row=q14, start_column=1, end_row=q14 + 1, end_column=1)
ws.cell(q14, 1, 14)
qa(q14, None, "セキュリティ責任者を設置しているか　①セキュリティ責任者を職員として配置しているか", "はい")
ws.cell(q14, 1, 14)
qa(q14 + 1, None, "②セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ")
last = q14 + 1
ws.merge_cells(start_row=VPN_START, start_column=2, end_row=last, end_column=2)
ws.cell(VPN_START, 2, "リモートゲートウェイ装置（VPN装置）")
ws.cell(q14 + 1, 7, "情報システム課長が兼務")
for row in ws.iter_rows(min_row=6, max_row=last, min_col=1, max_col=7):
    for c in row:
        c.border = B
        if c.alignment is None or not c.alignment.wrap_text:
            c.alignment = W
for row in ws.iter_rows(min_row=6, max_row=last, min_col=1, max_col=2):
    for c in row:
        c.alignment = CW
for rr in range(9, last + 1):
    if ws.cell(rr, 3).value and len(str(ws.cell(rr, 3).value)) > 30:
        ws.row_dimensions[rr].height = 32

lst = wb.create_sheet("選択肢")
lst["A1"] = "はい"
lst["A2"] = "いいえ"
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
for rr in list(range(9, 16)) + list(range(tot + 1, last + 1)):
    dv.add(f"D{rr}")
ws.freeze_panes = "A6"
wb.active = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))
print("saved", NAME, "q9", q9, "tot", tot, "q14", q14)

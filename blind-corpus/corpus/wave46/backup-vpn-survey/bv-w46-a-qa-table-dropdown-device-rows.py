# Generator for bv-w46-a-qa-table-dropdown-device-rows.xlsx
# Role: prefecture office (医務課) passing the MHLW survey on to hospitals as an Excel questionnaire:
# a 記入要領 sheet, a 回答票 sheet laid out No. | 設問 | 回答 | 備考 with はい/いいえ dropdowns fed from a
# hidden 選択肢 sheet, Q1 split into three rows, Q9 as a small device table (メーカー名/型番/台数) with a
# =SUM total, Q14 as two rows. Filled by a hospital's information-management officer. Saved by openpyxl
# only (the SUM has no cached value).
import sys, os
sys.path.insert(0, "/tmp/lds_bv_py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill, Border, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "bv-w46-a-qa-table-dropdown-device-rows.xlsx"
thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="C6E0B4")
ANS = PatternFill("solid", fgColor="FFF2CC")
W = Alignment(wrap_text=True, vertical="center")
C = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng, fill=None, bold=False, align=W):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            c.alignment = align
            if fill:
                c.fill = fill
            if bold:
                c.font = Font(bold=True)


wb = Workbook()
# ------------------------------------------------------------ 記入要領
wi = wb.active
wi.title = "記入要領"
wi.column_dimensions["A"].width = 110
guide = [
    "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　記入要領",
    "",
    "・「回答票」シートの黄色のセルに回答を入力してください（はい／いいえはプルダウンから選択）。",
    "・技術的な質問・用語等については、院内担当者だけでなく、システム設置事業者や保守事業者への照会等も活用して回答してください。",
    "・設問3で「いいえ」（電子カルテシステムを使用していない）の場合は、設問4～7は回答不要です。",
    "・設問8で「いいえ」（VPN装置が存在しない）の場合は、以降の設問は回答不要です。",
    "・設問9はVPN装置のメーカー名、型番、台数を全て記載してください。行が足りない場合は行を挿入してください。",
    "・設問14は、セキュリティ責任者の設置と、医療情報システムの責任者とは別に配置しているかの2点を回答してください。",
    "・後日、内容の確認のため厚生労働省から回答者に連絡させていただく場合があります。",
    "",
    "提出先：香川県健康福祉部医務国保課 医療企画グループ（電子メールで提出）",
]
for i, t in enumerate(guide, start=1):
    wi.cell(row=i, column=1, value=t).alignment = Alignment(wrap_text=True)
wi["A1"].font = Font(bold=True, size=13)

# ------------------------------------------------------------ 回答票
ws = wb.create_sheet("回答票")
for col, w in zip("ABCDE", (6, 62, 22, 14, 34)):
    ws.column_dimensions[col].width = w
ws["A1"] = "病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査　回答票"
ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "医療機関名"
ws.merge_cells("B3:C3")
ws["B3"] = "善通寺みどり病院"
box(ws, "A3:C3")
ws["A3"].fill = HEAD

ws["A5"], ws["B5"], ws["C5"], ws["E5"] = "No.", "設問", "回答", "備考"
ws.merge_cells("C5:D5")
box(ws, "A5:E5", fill=HEAD, bold=True, align=C)
ws["A6"] = "【電子カルテシステムのバックアップに係る質問関係】"
ws.merge_cells("A6:E6")
ws["A6"].font = Font(bold=True)

rows = []  # (no, question, answer, note)
r = 7
def q(no, text, ans, note=None, merge_answer=True):
    global r
    ws.cell(row=r, column=1, value=no)
    ws.cell(row=r, column=2, value=text)
    ws.cell(row=r, column=3, value=ans)
    ws.cell(row=r, column=5, value=note)
    if merge_answer:
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    box(ws, f"A{r}:E{r}")
    ws.cell(row=r, column=1).alignment = C
    ws.cell(row=r, column=3).fill = ANS
    r += 1
    return r - 1

q1 = r
q("1", "回答者の情報　氏名", "川田 真一")
q("", "回答者の情報　所属", "事務部 情報管理室 室長")
q("", "回答者の情報　連絡先", "0877-62-1234（内線305）")
ws.merge_cells(f"A{q1}:A{q1 + 2}")
yn = []
yn.append(q("2", "医療情報システムの安全管理に関するガイドライン及びそれを基としたチェックリスト等を活用しているか", "はい"))
yn.append(q("3", "電子カルテシステムを使用しているか", "はい", "「いいえ」の場合は7.まで回答不要"))
yn.append(q("4", "診療行為を停止させないためのバックアップデータは作成しているか（定期的にテストを行っているか）", "はい"))
yn.append(q("5", "バックアップデータは世代管理しているか", "はい"))
yn.append(q("6", "バックアップデータについて、サイバー攻撃による汚損や破壊、火災や自然災害による消失等同時災害を回避する方法で管理しているか", "いいえ"))
yn.append(q("7", "バックアップデータの漏洩対策を講じているか", "はい"))
ws.cell(row=r, column=1, value="【リモートゲートウェイ装置に係る質問関係】").font = Font(bold=True)
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
r += 1
yn.append(q("8", "VPN装置が存在するか", "はい", "「いいえ」の場合は以降の設問は回答不要"))
# Q9 device table
q9 = r
ws.cell(row=r, column=1, value="9")
ws.cell(row=r, column=2, value="VPN装置のメーカー名、型番、台数を全て記載すること（記述方式）")
ws.cell(row=r, column=5, value="行が足りない場合は挿入してください")
box(ws, f"A{r}:E{r}")
r += 1
ws.cell(row=r, column=2, value="メーカー名")
ws.cell(row=r, column=3, value="型番")
ws.cell(row=r, column=4, value="台数")
box(ws, f"A{r}:E{r}", fill=HEAD, bold=True, align=C)
r += 1
dev_first = r
devices = [("フォーティネット（Fortinet）", "FortiGate 60F", 1), ("ヤマハ", "RTX1210", 2), (None, None, None), (None, None, None)]
for mk, md, n in devices:
    ws.cell(row=r, column=2, value=mk)
    ws.cell(row=r, column=3, value=md)
    ws.cell(row=r, column=4, value=n)
    box(ws, f"A{r}:E{r}")
    for cc in (2, 3, 4):
        ws.cell(row=r, column=cc).fill = ANS
    r += 1
dev_last = r - 1
ws.cell(row=r, column=3, value="合計")
ws.cell(row=r, column=4, value=f"=SUM(D{dev_first}:D{dev_last})")
box(ws, f"A{r}:E{r}")
r += 1
ws.merge_cells(f"A{q9}:A{r - 1}")
ws.cell(row=q9, column=1).alignment = C
yn.append(q("10", "内閣サイバーセキュリティセンター（NISC）や厚生労働省の注意喚起を基にVPN装置のアップデートを適切に行っているか", "はい"))
yn.append(q("11", "VPN装置へのアクセス元IPアドレスを保守業者等に制限しているか", "はい"))
yn.append(q("12", "VPN装置へのアクセス記録を定期的に分析・監査しているか", "いいえ", "ログは保存しているが分析はしていない"))
yn.append(q("13", "詳細な緊急対応手順を整備し、定期的に訓練しているか", "いいえ"))
q14 = q("14", "セキュリティ責任者を設置しているか", "はい")
q14b = q("", "（14の続き）セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "いいえ", "情報管理室長が兼務")
yn += [q14, q14b]
ws.merge_cells(f"A{q14}:A{q14b}")
for rr in range(7, r):
    ws.row_dimensions[rr].height = 32

# ------------------------------------------------------------ hidden list sheet
wl = wb.create_sheet("選択肢")
wl["A1"], wl["A2"] = "はい", "いいえ"
wl.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
for rr in yn:
    dv.add(f"C{rr}")

wb.active = 1
wb.save(os.path.join(OUT, NAME))
print("saved", NAME, "rows", yn)

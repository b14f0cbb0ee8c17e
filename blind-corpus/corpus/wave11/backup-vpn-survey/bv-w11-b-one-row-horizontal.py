#!/usr/bin/python3
# Generator for bv-w11-b-one-row-horizontal.xlsx
# Role: prefecture official (医療政策課) who distributes the survey as a "one hospital = one row" sheet so the
# replies can be pasted into a 集計表: questions across the columns (two header rows: question text / short
# label), a grey 記入例 row, then the hospital's answer row. Answers from a dropdown (はい/いいえ) fed by a hidden
# 選択肢 sheet; Q9 as three maker/model/count column groups plus a 合計台数 formula (openpyxl: no cached value);
# a 記入要領 sheet first. Filled by a hospital information-systems person.
# No planted problem.
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave11/backup-vpn-survey/bv-w11-b-one-row-horizontal.xlsx"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
GRP = PatternFill("solid", fgColor="BDD7EE")
EXF = PatternFill("solid", fgColor="EDEDED")
ANS = PatternFill("solid", fgColor="FFF2CC")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()

# ------------------------------------------------------------ 記入要領
ws0 = wb.active
ws0.title = "記入要領"
ws0.column_dimensions["A"].width = 100
notes = [
    "【記入要領】病院における医療情報システムのバックアップデータ及びリモートゲートウェイ装置に係る調査",
    "",
    "1. 「回答」シートの黄色の行（8行目）に1行で回答してください。7行目は記入例です（消さずにそのままにしてください）。",
    "2. はい／いいえの設問はプルダウンから選択してください。",
    "3. 設問3で「いいえ」（電子カルテシステムを使用していない）の場合、設問4～7は回答不要です。",
    "4. 設問8で「いいえ」（VPN装置が存在しない）の場合、以降の設問は回答不要です。",
    "5. 設問9はVPN装置ごとにメーカー名・型番・台数を記入してください（3種類を超える場合は備考へ）。",
    "6. 設問14は「設置しているか」「医療情報システムの責任者とは別に配置しているか」の2つに回答してください。",
    "7. 技術的な質問・用語等については、システム設置事業者や保守事業者へ照会のうえ回答してください。",
    "",
    "提出先：県 健康福祉部 医療政策課　（回答期限：令和6年2月22日）",
]
for i, t in enumerate(notes):
    ws0.cell(row=1 + i, column=1, value=t)
ws0["A1"].font = Font(bold=True, size=12)

# ------------------------------------------------------------ 回答
ws = wb.create_sheet("回答")
ws["A1"] = "バックアップデータ及びリモートゲートウェイ装置に係る調査　回答シート（1病院1行）"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "※7行目は記入例です。8行目に回答してください。"
ws["A2"].font = Font(size=9, color="C00000")

# (group header, question text header, short label, width)
cols = [
    ("", "区分", "", 8),
    ("", "医療機関名", "", 26),
    ("1 回答者の情報", "氏名", "Q1-1", 14),
    ("1 回答者の情報", "所属", "Q1-2", 20),
    ("1 回答者の情報", "連絡先", "Q1-3", 22),
    ("電子カルテのバックアップ", "2 安全管理ガイドライン及びチェックリスト等を活用しているか", "Q2", 14),
    ("電子カルテのバックアップ", "3 電子カルテシステムを使用しているか", "Q3", 14),
    ("電子カルテのバックアップ", "4 バックアップデータを作成し、定期的にテストしているか", "Q4", 14),
    ("電子カルテのバックアップ", "5 バックアップデータは世代管理しているか", "Q5", 14),
    ("電子カルテのバックアップ", "6 同時災害を回避する方法で管理しているか", "Q6", 14),
    ("電子カルテのバックアップ", "7 バックアップデータの漏洩対策を講じているか", "Q7", 14),
    ("リモートゲートウェイ装置（VPN装置）", "8 VPN装置が存在するか", "Q8", 14),
    ("リモートゲートウェイ装置（VPN装置）", "9 VPN装置① メーカー名", "Q9-1", 14),
    ("リモートゲートウェイ装置（VPN装置）", "9 VPN装置① 型番", "Q9-1", 16),
    ("リモートゲートウェイ装置（VPN装置）", "9 VPN装置① 台数", "Q9-1", 8),
    ("リモートゲートウェイ装置（VPN装置）", "9 VPN装置② メーカー名", "Q9-2", 14),
    ("リモートゲートウェイ装置（VPN装置）", "9 VPN装置② 型番", "Q9-2", 16),
    ("リモートゲートウェイ装置（VPN装置）", "9 VPN装置② 台数", "Q9-2", 8),
    ("リモートゲートウェイ装置（VPN装置）", "9 VPN装置③ メーカー名", "Q9-3", 14),
    ("リモートゲートウェイ装置（VPN装置）", "9 VPN装置③ 型番", "Q9-3", 16),
    ("リモートゲートウェイ装置（VPN装置）", "9 VPN装置③ 台数", "Q9-3", 8),
    ("リモートゲートウェイ装置（VPN装置）", "9 合計台数（自動計算）", "Q9計", 10),
    ("リモートゲートウェイ装置（VPN装置）", "10 NISC・厚労省の注意喚起を基にアップデートを適切に行っているか", "Q10", 16),
    ("リモートゲートウェイ装置（VPN装置）", "11 アクセス元IPアドレスを保守業者等に制限しているか", "Q11", 16),
    ("リモートゲートウェイ装置（VPN装置）", "12 アクセス記録を定期的に分析・監査しているか", "Q12", 16),
    ("リモートゲートウェイ装置（VPN装置）", "13 詳細な緊急対応手順を整備し、定期的に訓練しているか", "Q13", 16),
    ("リモートゲートウェイ装置（VPN装置）", "14 セキュリティ責任者を設置しているか", "Q14-1", 16),
    ("リモートゲートウェイ装置（VPN装置）", "14 セキュリティ責任者を医療情報システムの責任者とは別に配置しているか", "Q14-2", 18),
]
for j, (g, q, s, w) in enumerate(cols):
    col = j + 1
    ws.column_dimensions[get_column_letter(col)].width = w
    ws.cell(row=4, column=col, value=g or None)
    ws.cell(row=5, column=col, value=q)
    ws.cell(row=6, column=col, value=s or None)
# group merges on row 4
j = 0
while j < len(cols):
    k = j
    while k + 1 < len(cols) and cols[k + 1][0] == cols[j][0]:
        k += 1
    if cols[j][0] and k > j:
        ws.merge_cells(start_row=4, start_column=j + 1, end_row=4, end_column=k + 1)
    j = k + 1
ws.merge_cells("A4:A6")
ws.cell(row=4, column=1, value="区分")
ws.cell(row=5, column=1, value=None)
ws.merge_cells("B4:B6")
ws.cell(row=4, column=2, value="医療機関名")
ws.cell(row=5, column=2, value=None)
for r in (4, 5, 6):
    for c in range(1, len(cols) + 1):
        cell = ws.cell(row=r, column=c)
        cell.fill = GRP if r == 4 else HEAD
        cell.border = BOX
        cell.alignment = CENTER
        cell.font = Font(bold=(r != 5), size=9)
ws.row_dimensions[5].height = 75

example = ["記入例", "○○病院", "厚労 太郎", "情報システム課 係長", "03-XXXX-XXXX",
           "はい", "はい", "はい", "はい", "いいえ", "はい", "はい",
           "A社", "XX-1000", 1, None, None, None, None, None, None, "=SUM(O7,R7,U7)",
           "はい", "はい", "いいえ", "いいえ", "はい", "いいえ"]
answer = ["回答", "社会医療法人 北辰会 北辰総合病院", "佐々木 健太", "経営企画部 情報システム室 主任",
          "011-555-0123（内線3021）",
          "はい", "はい", "はい", "はい", "いいえ", "はい", "はい",
          "Fortinet", "FortiGate 60F", 2, "YAMAHA", "RTX1210", 1, None, None, None, "=SUM(O8,R8,U8)",
          "はい", "はい", "いいえ", "いいえ", "はい", "はい"]
for j, v in enumerate(example):
    c = ws.cell(row=7, column=j + 1, value=v)
    c.fill = EXF
    c.font = Font(color="808080", italic=True, size=9)
    c.border = BOX
    c.alignment = CENTER
for j, v in enumerate(answer):
    c = ws.cell(row=8, column=j + 1, value=v)
    c.fill = ANS
    c.border = BOX
    c.alignment = CENTER
ws.row_dimensions[8].height = 36
ws.freeze_panes = "C8"

# ------------------------------------------------------------ hidden 選択肢 + validation
wl = wb.create_sheet("選択肢")
wl["A1"] = "はい"
wl["A2"] = "いいえ"
wl.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
for L in ["F", "G", "H", "I", "J", "K", "L", "W", "X", "Y", "Z", "AA", "AB"]:
    dv.add("%s7:%s8" % (L, L))

wb.save(OUT)
print("wrote", OUT)

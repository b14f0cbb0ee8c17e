#!/usr/bin/python3
# Generator for bv-w14-b-one-row-sheet.xlsx (backup-vpn-survey, 2 planted problems)
# Role: prefecture (北海道 保健福祉部) staff who made a one-row-per-hospital collection sheet so answers can be
# pasted into the aggregate: questions across columns with a two-row header, a 記入例 row, dropdowns from a hidden
# sheet, Q9 as one free-text cell, and a check formula column (no cached value: saved by openpyxl only).
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave14/backup-vpn-survey/bv-w14-b-one-row-sheet.xlsx"


def luhn_check(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)


CODE9 = "011023456"  # 北海道(01) 医科(1) 郡市区02 番号3456
CODE = CODE9 + luhn_check(CODE9)

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2")
EX = PatternFill("solid", fgColor="E7E6E6")
WRAP = Alignment(wrap_text=True, vertical="top")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "回答"
ws["A1"] = "バックアップデータ及びリモートゲートウェイ装置に係る調査　回答シート（1病院1行）"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = ("※6行目の記入例は消さずに、7行目に入力してください。問3「いいえ」→問4～7は回答不要／"
            "問8「いいえ」→問9以降は回答不要。回答はプルダウンから選択。")
ws["A2"].font = Font(size=9, color="C00000")

groups = [  # (first col, last col, label row 4)
    (1, 1, "医療機関コード"), (2, 2, "医療機関名"), (3, 5, "問1 回答者の情報"),
    (6, 6, "問2"), (7, 7, "問3"), (8, 8, "問4"), (9, 9, "問5"), (10, 10, "問6"), (11, 11, "問7"),
    (12, 12, "問8"), (13, 13, "問9"), (14, 14, "問10"), (15, 15, "問11"), (16, 16, "問12"), (17, 17, "問13"),
    (18, 19, "問14"), (20, 20, "入力チェック"),
]
subs = {3: "氏名", 4: "所属", 5: "連絡先",
        6: "ガイドライン及びチェックリスト等を活用しているか",
        7: "電子カルテシステムを使用しているか",
        8: "バックアップデータを作成し定期的にテストしているか",
        9: "バックアップデータは世代管理しているか",
        10: "同時災害を回避する方法で管理しているか",
        11: "バックアップデータの漏洩対策を講じているか",
        12: "VPN装置が存在するか",
        13: "VPN装置のメーカー名、型番、台数（全て記載）",
        14: "NISC・厚労省の注意喚起を基にVPN装置のアップデートを適切に行っているか",
        15: "アクセス元IPアドレスを保守業者等に制限しているか",
        16: "VPN装置へのアクセス記録を定期的に分析・監査しているか",
        17: "詳細な緊急対応手順を整備し、定期的に訓練しているか",
        18: "セキュリティ責任者を設置しているか",
        19: "医療情報システムの責任者とは別に配置しているか"}
for a, b, lab in groups:
    if a != b:
        ws.merge_cells(start_row=4, start_column=a, end_row=4, end_column=b)
    elif a not in subs:
        ws.merge_cells(start_row=4, start_column=a, end_row=5, end_column=a)
    ws.cell(4, a, lab)
for c, lab in subs.items():
    ws.cell(5, c, lab)
for r in (4, 5):
    for c in range(1, 21):
        x = ws.cell(r, c)
        x.fill = HEAD
        x.border = BOX
        x.alignment = CEN
ws.row_dimensions[5].height = 75
widths = [13, 26, 12, 18, 18, 12, 11, 12, 11, 12, 11, 10, 30, 14, 12, 12, 12, 12, 13, 12]
for i, w in enumerate(widths):
    ws.column_dimensions[chr(65 + i)].width = w

example = ["0110113719", "○○病院", "厚労 太郎", "事務部 医療情報課", "011-XXX-XXXX",
           "はい", "はい", "はい", "はい", "はい", "はい", "はい", "○○社 XX-1000　1台",
           "はい", "はい", "はい", "はい", "はい", "はい"]
data = [CODE, "医療法人 白樺会 北斗記念病院", "佐藤 美咲", "総務部 総務課", "0138-55-1234",
        "いいえ", "いいえ", "はい", "はい", "いいえ", "いいえ", "はい",
        "NEC UNIVERGE IX2215　1台\nヤマハ RTX830　1台",
        "はい", "はい", None, "いいえ", "はい", "はい"]
ws.cell(6, 1, "記入例）" + example[0])
for j, v in enumerate(example[1:], start=2):
    ws.cell(6, j, v)
for j, v in enumerate(data, start=1):
    ws.cell(7, j, v)
ws["A7"].number_format = "@"
for r, fill in ((6, EX), (7, None)):
    for c in range(1, 21):
        x = ws.cell(r, c)
        x.border = BOX
        x.alignment = WRAP
        if fill:
            x.fill = fill
ws.row_dimensions[7].height = 36
ws["T6"] = "－"
ws["T7"] = '=IF(COUNTBLANK(C7:S7)>0,"未入力あり","OK")'
ws.freeze_panes = "C6"

lst = wb.create_sheet("選択肢")
lst["A1"] = "はい"
lst["A2"] = "いいえ"
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
dv.add("F7:L7")
dv.add("N7:S7")

wb.save(OUT)
print("saved", OUT, CODE)

#!/usr/bin/python3
# Generator: clm-w43-b-numbered-questionnaire-mark-columns.xlsx
# Hospital-made questionnaire: 記入要領 sheet + data sheet, No.|区分(merged)|項目|回答(○/×)|確認日|目標日|回答|確認日|備考,
# a labelled 記入例 row, dates as real Excel dates shown m/d. Two planted mistakes.
# Run: PYTHONPATH=/tmp/clmclh_py /usr/bin/python3 THIS.py
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w43-b-numbered-questionnaire-mark-columns"
FACILITY = "医療法人 和光会 吉備の杜病院"
SHEET = "チェックリスト"

H1 = "パスワードを強固なものに変更し、使い回しをしない"
H2 = "IoT 機器を含む情報資産の通信制御を確認する"
H3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
ITEMS = [
    (H1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。"),
    (H1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。"),
    (H1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。"),
    (H2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。"),
    (H2, "ネットワーク接続点へのアクセス制御を適切に実施している。"),
    (H2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。"),
    (H3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。"),
    (H3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。"),
]
D = dt.date
# (ans1, date1, target, ans2, date2, remarks)
FILL = [
    ("○", D(2024, 10, 8), None, None, None, "VPN装置は保守業者設定、PW変更済を確認"),
    ("×", D(2024, 10, 8), D(2024, 12, 27), "○", D(2025, 1, 10), "共有PW 3件あり、個別化する"),
    ("○", D(2024, 10, 8), None, None, None, None),
    ("×", D(2024, 10, 8), D(2024, 11, 30), "○", D(2024, 11, 22), "ベンダー2社と確認"),
    ("○", D(2024, 10, 8), None, None, None, None),
    ("×", D(2024, 10, 9), None, None, None, "ログ確認の運用方法を検討中"),          # PLANTED: no 目標日
    ("○", D(2024, 10, 9), None, None, None, None),
    ("×", D(2024, 10, 9), D(2024, 10, 31), "○", D(2024, 10, 7), "定義ファイル自動更新が止まっていた端末あり"),  # PLANTED: 2回目 10/7 < 1回目 10/9 (meant 11/7)
]
ANS = {"○": "はい", "×": "いいえ"}

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")
HDRFILL = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook()
g = wb.active
g.title = "記入要領"
g.column_dimensions["A"].width = 100
guide = [
    "【記入要領】サイバー攻撃リスク低減のための最低限の措置 チェックリスト",
    "1. 「チェックリスト」シートの各項目について確認し、回答欄に ○（はい）または ×（いいえ）を選択してください。",
    "2. 確認日は 月/日 で入力してください（例：10/1）。",
    "3. 1回目が × の場合は、実施可能な直近の対応目標日を「目標日」欄に入力してください。",
    "4. 目標日までに対応後、2回目の回答と確認日を入力してください。",
    "5. 記入例の行は参考です（削除しなくて構いません）。",
    "6. 立入検査時に本チェックリストを確認します。",
]
for i, t in enumerate(guide, 1):
    g.cell(i, 1, t).alignment = Alignment(wrap_text=True)
g["A1"].font = Font(bold=True, size=12)

ws = wb.create_sheet(SHEET)
widths = {"A": 6, "B": 22, "C": 60, "D": 8, "E": 10, "F": 10, "G": 8, "H": 10, "I": 30}
for k, v in widths.items():
    ws.column_dimensions[k].width = v
ws["A1"] = "サイバー攻撃リスク低減のための最低限の措置　チェックリスト（医療機関確認用）"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "医療機関名：" + FACILITY
ws["A2"].font = Font(size=11)
ws["A3"] = "回答欄：○＝はい　×＝いいえ"

# two-row header (rows 4-5)
ws.merge_cells("A4:A5"); ws["A4"] = "No."
ws.merge_cells("B4:B5"); ws["B4"] = "区分"
ws.merge_cells("C4:C5"); ws["C4"] = "チェック項目"
ws.merge_cells("D4:E4"); ws["D4"] = "1回目"
ws.merge_cells("F4:F5"); ws["F4"] = "目標日"
ws.merge_cells("G4:H4"); ws["G4"] = "2回目"
ws.merge_cells("I4:I5"); ws["I4"] = "備考"
ws["D5"] = "回答"; ws["E5"] = "確認日"; ws["G5"] = "回答"; ws["H5"] = "確認日"
for r in (4, 5):
    for c in range(1, 10):
        cell = ws.cell(r, c)
        cell.border = BOX; cell.alignment = CENTER; cell.fill = HDRFILL; cell.font = Font(bold=True)

# 記入例 row 6
ex = ["記入例", "（例）パスワード", "（例）VPN装置のパスワードを強固なものに設定している。", "×", D(2024, 10, 1), D(2024, 10, 31), "○", D(2024, 10, 25), "（例）保守業者に変更依頼済"]
for c, v in enumerate(ex, 1):
    cell = ws.cell(6, c, v)
    cell.border = BOX; cell.font = Font(color="808080", italic=True)
    cell.alignment = CENTER if c not in (3, 9) else WRAP
    if isinstance(v, dt.date):
        cell.number_format = 'm"/"d'

dv = DataValidation(type="list", formula1='"○,×"', allow_blank=True)
ws.add_data_validation(dv)

r0 = 7
entries = []
for i, ((head, item), (a1, d1, tg, a2, d2, rem)) in enumerate(zip(ITEMS, FILL)):
    r = r0 + i
    ws.cell(r, 1, i + 1)
    ws.cell(r, 3, item)
    ws.cell(r, 4, a1)
    ws.cell(r, 5, d1)
    ws.cell(r, 6, tg)
    ws.cell(r, 7, a2)
    ws.cell(r, 8, d2)
    ws.cell(r, 9, rem)
    for c in range(1, 10):
        cell = ws.cell(r, c)
        cell.border = BOX
        cell.alignment = WRAP if c in (2, 3, 9) else CENTER
        if c in (5, 6, 8):
            cell.number_format = 'm"/"d'
    ws.row_dimensions[r].height = 45
    dv.add(ws.cell(r, 4)); dv.add(ws.cell(r, 7))
    e = {"section": head, "item": item, "itemNo": str(i + 1), "firstAnswer": ANS[a1], "firstDate": d1.isoformat()}
    if tg: e["targetDate"] = tg.isoformat()
    if a2: e["secondAnswer"] = ANS[a2]
    if d2: e["secondDate"] = d2.isoformat()
    if rem: e["remarks"] = rem
    entries.append(e)
# 区分 merged vertically per heading
ws.merge_cells("B7:B9"); ws["B7"] = "○" + H1
ws.merge_cells("B10:B12"); ws["B10"] = "○" + H2
ws.merge_cells("B13:B14"); ws["B13"] = "○" + H3
for a in ("B7", "B10", "B13"):
    ws[a].alignment = WRAP
ws.freeze_panes = "D7"
ws.page_setup.orientation = "landscape"
wb.active = 1

wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [
        {"cells": [f"{SHEET}!F12"], "paths": ["entries[5].targetDate"],
         "why": "No.6 answered いいえ (×) at the 1回目 check but 目標日 left blank; the form requires a 目標日 for いいえ"},
        {"cells": [f"{SHEET}!H14", f"{SHEET}!E14"], "paths": ["entries[7].secondDate"],
         "why": "No.8 2回目 確認日 is 2024-10-07, before the 1回目 確認日 2024-10-09 (typo for 11/7); 2回目 date must not be before 1回目"},
    ],
    "notes": ("Answers written ○ (=はい) / × (=いいえ) per the legend in A3. Dates are real Excel date cells displayed m/d. "
              "Row 6 is a correctly labelled 記入例 row (grey) and must be ignored. 区分 (B) is merged vertically over the items "
              "of each heading; section = heading text without the leading ○. Facility name is in the same cell as its label (A2). "
              "itemNo = the No. column (1-8)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", NAME)

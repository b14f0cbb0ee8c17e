#!/usr/bin/env python3
"""clm-w33-b: 最低限の措置編 drawn like the Okayama sheet: each result cell holds 'はい・いいえ (/)' and the filler
deletes the option not chosen and writes a year-less date inside the brackets; unused cells keep the placeholder.
Extra 記入要領 sheet. Two planted problems (いいえ without 目標日; 2回目 date before 1回目).
Run: PYTHONPATH=/tmp/clpy /usr/bin/python3 THIS.py"""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w33-b-original-form-answer-date-one-cell"
FACILITY = "医療法人 和気会 旭川ほとり病院"
SHEET = "最低限の措置"
PH_ANS = "はい・いいえ\n（　／　）"   # untouched placeholder
PH_DATE = "（　／　）"

H1 = "パスワードを強固なものに変更し、使い回しをしない"
H2 = "IoT 機器を含む情報資産の通信制御を確認する"
H3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
# heading, item, cell1, cell_target, cell2, remarks, canonical(first, firstDate, target, second, secondDate)
ROWS = [
    (H1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい\n（10/15）", PH_DATE, PH_ANS, "VPN装置は保守業者にて9月に変更済",
     ("はい", "2024-10-15", None, None, None)),
    (H1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "いいえ\n（10/15）", PH_DATE, PH_ANS, "共用PC・複合機のパスワード見直し中",
     ("いいえ", "2024-10-15", None, None, None)),
    (H1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "はい\n（10/15）", PH_DATE, PH_ANS, None,
     ("はい", "2024-10-15", None, None, None)),
    (H2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "はい\n（10/16）", PH_DATE, PH_ANS, "ネットワーク構成図で確認（電子カルテ業者立会い）",
     ("はい", "2024-10-16", None, None, None)),
    (H2, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "はい\n（10/16）", PH_DATE, PH_ANS, None,
     ("はい", "2024-10-16", None, None, None)),
    (H2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "いいえ\n（10/16）", "（12/27）", "はい\n（12/24）", "UTMログを月1回確認する運用を開始",
     ("いいえ", "2024-10-16", "2024-12-27", "はい", "2024-12-24")),
    (H3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "いいえ\n（10/16）", "（11/29）", "はい\n（10/5）", "ルータ・UTMのファームウェア更新済",
     ("いいえ", "2024-10-16", "2024-11-29", "はい", "2024-10-05")),
    (H3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい（10/15）", PH_DATE, PH_ANS, None,
     ("はい", "2024-10-15", None, None, None)),
]

wb = Workbook()
ws = wb.active
ws.title = SHEET
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
for col, w in zip("ABCDE", [62, 14, 12, 14, 28]):
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:E1"); ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws.merge_cells("A2:E2"); ws["A2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
ws["A1"].font = Font(bold=True, size=14); ws["A2"].font = Font(bold=True, size=12)
ws["A1"].alignment = ws["A2"].alignment = Alignment(horizontal="center")
ws["E3"] = "医療機関確認用"; ws["E3"].alignment = Alignment(horizontal="right")
ws["E3"].border = box
ws.merge_cells("A4:C4")
ws["A4"] = "医療機関名　" + FACILITY
ws["A4"].font = Font(size=12, underline="single")
notes = ("※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、"
         "特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。\n"
         "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。\n"
         "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。\n"
         "※ 立入検査時、本チェックリストを確認します。")
ws.merge_cells("A6:E6"); ws["A6"] = notes; ws["A6"].alignment = wrap; ws["A6"].font = Font(size=9)
ws.row_dimensions[6].height = 75

ws.merge_cells("A8:A9"); ws["A8"] = "チェック項目"
ws.merge_cells("B8:D8"); ws["B8"] = "確認結果（日付）"
ws.merge_cells("E8:E9"); ws["E8"] = "備考"
ws["B9"], ws["C9"], ws["D9"] = "1回目", "目標日", "2回目"
for r in (8, 9):
    for c in range(1, 6):
        ws.cell(r, c).border = box; ws.cell(r, c).alignment = center
        ws.cell(r, c).fill = PatternFill("solid", fgColor="DDEBF7")

r = 10
last = None
entries = []
for head, item, c1, ct, c2, rem, canon in ROWS:
    if head != last:
        ws.cell(r, 1, "○" + head).font = Font(bold=True)
        for c in range(1, 6):
            ws.cell(r, c).border = box
        r += 1; last = head
    for c, v in zip(range(1, 6), (item, c1, ct, c2, rem)):
        cell = ws.cell(r, c, v); cell.border = box
        cell.alignment = wrap if c in (1, 5) else center
    ws.row_dimensions[r].height = 48
    fa, fd, td, sa, sd = canon
    e = {"section": head, "item": item, "firstAnswer": fa, "firstDate": fd}
    if td: e["targetDate"] = td
    if sa: e["secondAnswer"] = sa
    if sd: e["secondDate"] = sd
    if rem: e["remarks"] = rem
    entries.append((r, e))
    r += 1

ws2 = wb.create_sheet("記入要領")
ws2.column_dimensions["A"].width = 100
guide = [
    "【記入要領】",
    "1　各項目について確認を行い、「はい・いいえ」のうち該当しない方を消去してください。",
    "2　（　／　）には確認した日付（月／日）を記入してください。",
    "3　1回目の確認で「いいえ」の場合は、目標日欄に実施可能な直近の対応目標日を記入してください。",
    "4　対応後、2回目の確認を行い、結果と日付を記入してください。",
    "5　立入検査の際に保健所へ提出してください。",
]
for i, t in enumerate(guide, 1):
    ws2.cell(i, 1, t)

wb.save(os.path.join(OUT, NAME + ".xlsx"))

row_of = {i: rr for i, (rr, _) in enumerate(entries)}
exp = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": [e for _, e in entries]},
    "planted": [
        {"cells": [f"{SHEET}!C{row_of[1]}"], "paths": ["entries[1].targetDate"],
         "why": "1回目 is いいえ but the 目標日 cell still holds the empty placeholder （　／　）: いいえ requires a 目標日"},
        {"cells": [f"{SHEET}!D{row_of[6]}", f"{SHEET}!B{row_of[6]}"], "paths": ["entries[6].secondDate"],
         "why": "2回目 date 10/5 (2024-10-05) is before the 1回目 date 10/16 (2024-10-16); 2回目 must not be before 1回目"},
    ],
    "notes": "Answers and dates share one cell: the filler deleted the unchosen option of 'はい・いいえ' and wrote a year-less "
             "date in the brackets (R6 form: 10/15 = 2024-10-15, 12/27 = 2024-12-27). Cells still holding the untouched "
             "placeholder 'はい・いいえ （　／　）' or '（　／　）' are blank (not answered). The last item uses 'はい（10/15）' on one line. "
             "Facility name shares the cell with its label ('医療機関名　…'). 'section' is the ○ heading text without the ○ mark. "
             "No item numbers on this layout, so itemNo is omitted. Sheet 記入要領 is instructions only.",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", NAME)

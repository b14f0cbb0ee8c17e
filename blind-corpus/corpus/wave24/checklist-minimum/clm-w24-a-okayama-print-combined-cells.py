#!/usr/bin/python3
"""clm-w24-a: Okayama-style print layout of the 最低限の措置 checklist.
Answer and date share one cell ("はい・いいえ\n(　/　)" template; filler deletes one option and writes a
year-less date). Saved by openpyxl. No planted problem."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w24-a-okayama-print-combined-cells"

FACILITY = "医療法人 吉備高原会 きびの里病院"

H_PW = "パスワードを強固なものに変更し、使い回しをしない"
H_IOT = "IoT 機器を含む情報資産の通信制御を確認する"
H_FW = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"

# (heading, item text, first cell, target cell, second cell, remarks, expected entry)
T_ANS = "はい・いいえ\n(　/　)"
T_DATE = "(　/　)"
rows = [
    ("H", H_PW),
    ("I", H_PW, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい\n(10/8)", T_DATE, T_ANS, None,
     dict(firstAnswer="はい", firstDate="2024-10-08")),
    ("I", H_PW, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "いいえ\n(10/8)", "(11/29)", "はい\n(12/3)", "複合機・NAS・無線LANの管理者パスワードを個別の値に変更",
     dict(firstAnswer="いいえ", firstDate="2024-10-08", targetDate="2024-11-29",
          secondAnswer="はい", secondDate="2024-12-03")),
    ("I", H_PW, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "はい（10/8）", T_DATE, T_ANS, "10/1 院内メール・掲示で周知済",
     dict(firstAnswer="はい", firstDate="2024-10-08")),
    ("H", H_IOT),
    ("I", H_IOT, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "はい\n(10/8)", T_DATE, T_ANS, "電子カルテ業者・医事会計業者と確認",
     dict(firstAnswer="はい", firstDate="2024-10-08")),
    ("I", H_IOT, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "はい\n(10/8)", T_DATE, T_ANS, None,
     dict(firstAnswer="はい", firstDate="2024-10-08")),
    ("I", H_IOT, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "いいえ\n(10/8)", "(1/31)", "はい\n(2/4)", "UTMのログを月1回確認する運用を開始",
     dict(firstAnswer="いいえ", firstDate="2024-10-08", targetDate="2025-01-31",
          secondAnswer="はい", secondDate="2025-02-04")),
    ("H", H_FW),
    ("I", H_FW, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "はい\n(10/8)", T_DATE, T_ANS, "保守業者と四半期ごとに確認",
     dict(firstAnswer="はい", firstDate="2024-10-08")),
    ("I", H_FW, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい\n(10/8)", T_DATE, T_ANS, None,
     dict(firstAnswer="はい", firstDate="2024-10-08")),
]

wb = Workbook()
ws = wb.active
ws.title = "最低限の措置"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
font = "ＭＳ 明朝"
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 58
for c in "CDE":
    ws.column_dimensions[c].width = 13
ws.column_dimensions["F"].width = 26

ws.merge_cells("B1:F1")
ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B1"].font = Font(name=font, size=14, bold=True)
ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:F2")
ws["B2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
ws["B2"].font = Font(name=font, size=12, bold=True)
ws["B2"].alignment = Alignment(horizontal="center")
ws["F3"] = "医療機関確認用"
ws["F3"].border = box
ws["F3"].alignment = Alignment(horizontal="center")
# label and value in one cell (the filler typed over the underline)
ws.merge_cells("B5:D5")
ws["B5"] = "医療機関名　" + FACILITY
ws["B5"].font = Font(name=font, size=12, underline="single")

notes = [
    "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、"
    "特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
r = 7
for n in notes:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    ws.cell(r, 2, n).alignment = Alignment(wrap_text=True, vertical="top")
    ws.cell(r, 2).font = Font(name=font, size=9)
    ws.row_dimensions[r].height = 30 if len(n) > 60 else 15
    r += 1

hr = 12
ws.merge_cells(start_row=hr, start_column=2, end_row=hr + 1, end_column=2)
ws.cell(hr, 2, "チェック項目")
ws.merge_cells(start_row=hr, start_column=3, end_row=hr, end_column=5)
ws.cell(hr, 3, "確認結果（日付）")
ws.merge_cells(start_row=hr, start_column=6, end_row=hr + 1, end_column=6)
ws.cell(hr, 6, "備考")
ws.cell(hr + 1, 3, "1回目")
ws.cell(hr + 1, 4, "目標日")
ws.cell(hr + 1, 5, "2回目")
for rr in (hr, hr + 1):
    for c in range(2, 7):
        cell = ws.cell(rr, c)
        cell.border = box
        cell.alignment = Alignment(horizontal="center", vertical="center")
        cell.fill = PatternFill("solid", fgColor="D9D9D9")
        cell.font = Font(name=font, bold=True)

entries = []
r = hr + 2
for row in rows:
    if row[0] == "H":
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(r, 2, "○" + row[1]).font = Font(name=font, bold=True)
        for c in range(2, 7):
            ws.cell(r, c).border = box
            ws.cell(r, c).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        continue
    _, head, item, first, target, second, rem, exp = row
    ws.cell(r, 2, item)
    ws.cell(r, 3, first)
    ws.cell(r, 4, target)
    ws.cell(r, 5, second)
    if rem:
        ws.cell(r, 6, rem)
    for c in range(2, 7):
        cell = ws.cell(r, c)
        cell.border = box
        cell.font = Font(name=font, size=10)
        cell.alignment = Alignment(wrap_text=True, vertical="center",
                                   horizontal="left" if c in (2, 6) else "center")
    ws.row_dimensions[r].height = 48
    e = {"section": head, "item": item}
    e.update(exp)
    if rem:
        e["remarks"] = rem
    entries.append(e)
    r += 1

ws.print_area = "A1:F%d" % (r - 1)
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

wb.save(os.path.join(HERE, NAME + ".xlsx"))

expected = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [],
    "notes": "Okayama 最低限の措置編 print layout. 医療機関名 is written in the same cell as its label "
             "('医療機関名　…'). 1回目/2回目 cells hold answer and a year-less date in one cell, the template text "
             "'はい・いいえ\\n(　/　)' with the unused option deleted; unused 目標日/2回目 cells still hold the empty "
             "template '(　/　)' / 'はい・いいえ\\n(　/　)' and are blank answers. Year-less dates: Oct-Dec = 2024, "
             "Jan-Mar = 2025. section is the ○ heading without the leading ○ mark. The date '10/1' inside one "
             "remark is free text, not a field.",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", NAME)

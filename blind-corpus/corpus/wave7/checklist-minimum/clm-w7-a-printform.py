#!/usr/bin/python3
# Generator for clm-w7-a-printform.xlsx  (checklist-minimum, R6, Okayama print-style replica)
# A hospital clerk retyped the Okayama 「最低限の措置」編 PDF into Excel as a print form and
# filled each answer cell in the template's own way: 「はい・いいえ (/)」 -> 「はい (10/3)」.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w7-a-printform"

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
# what the clerk typed in the item column (copied, item 4 and 6 slightly shortened)
ITEM_TEXT = [t for _, t in ITEMS]
ITEM_TEXT[3] = "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークの接続点の有無の確認を含む）している。"
ITEM_TEXT[5] = "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にチェックして不正利用がないことを確認している。"

TEMPLATE = "はい・いいえ (　/　)"
TEMPLATE_T = "(　/　)"
# per item: first cell, target cell, second cell, remarks ; canonical values
FILL = [
    ("はい (10/3)", TEMPLATE_T, TEMPLATE, None,
     dict(firstAnswer="はい", firstDate="2024-10-03")),
    ("いいえ (10/3)", "(12/27)", "はい (12/18)", "UTM・VPNの管理者PWを個別化",
     dict(firstAnswer="いいえ", firstDate="2024-10-03", targetDate="2024-12-27",
          secondAnswer="はい", secondDate="2024-12-18")),
    # PLANTED: 2回目 date (10/1) is before the 1回目 date (10/3)
    ("いいえ (10/3)", "(11/29)", "はい (10/1)", "院内メール・朝礼で周知",
     dict(firstAnswer="いいえ", firstDate="2024-10-03", targetDate="2024-11-29",
          secondAnswer="はい", secondDate="2024-10-01")),
    ("はい (10/3)", TEMPLATE_T, TEMPLATE, "電子カルテ保守回線、オン資回線含む",
     dict(firstAnswer="はい", firstDate="2024-10-03")),
    ("はい　(10/3)", TEMPLATE_T, TEMPLATE, None,
     dict(firstAnswer="はい", firstDate="2024-10-03")),
    # PLANTED: いいえ but the 目標日 is left as the blank template
    ("いいえ (10/3)", TEMPLATE_T, TEMPLATE, "業者に確認中",
     dict(firstAnswer="いいえ", firstDate="2024-10-03")),
    ("はい\n(10/4)", TEMPLATE_T, TEMPLATE, None,
     dict(firstAnswer="はい", firstDate="2024-10-04")),
    ("はい\n(10/4)", TEMPLATE_T, TEMPLATE, None,
     dict(firstAnswer="はい", firstDate="2024-10-04")),
]

FACILITY = "医療法人 吉井川会 つやま東病院"

wb = Workbook()
ws = wb.active
ws.title = "最低限の措置"
thin = Side(style="thin")
med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
f = Font(name="ＭＳ 明朝", size=10)
fb = Font(name="ＭＳ 明朝", size=10, bold=True)

ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 58
for c in "CDE":
    ws.column_dimensions[c].width = 15
ws.column_dimensions["F"].width = 22
ws.column_dimensions["G"].width = 2

ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B1"].font = Font(name="ＭＳ 明朝", size=14, bold=True)
ws.merge_cells("B1:F1")
ws["B1"].alignment = Alignment(horizontal="center")
ws["B2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
ws.merge_cells("B2:F2")
ws["B2"].alignment = Alignment(horizontal="center")
ws["B2"].font = fb
ws["F3"] = "医療機関確認用"
ws["F3"].border = box
ws["F3"].alignment = center
ws["F3"].font = f

ws["B5"] = "医療機関名"
ws["B5"].alignment = Alignment(horizontal="right")
ws["B5"].font = fb
ws["C5"] = FACILITY
ws.merge_cells("C5:F5")
for c in "CDEF":
    ws[c + "5"].border = Border(bottom=thin)
ws["C5"].font = Font(name="ＭＳ 明朝", size=11)

notes = [
    "※ このチェックリストは、「医療機関等におけるサイバーセキュリティ対策の取組みについて」（令和6年8月1日事務連絡）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
r = 7
for n in notes:
    ws.cell(r, 2, n).alignment = wrap
    ws.cell(r, 2).font = Font(name="ＭＳ 明朝", size=9)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    ws.row_dimensions[r].height = 26 if len(n) > 60 else 14
    r += 1

# header (2 rows): row 12-13
hr = 12
ws.cell(hr, 2, "チェック項目")
ws.merge_cells(start_row=hr, start_column=2, end_row=hr + 1, end_column=2)
ws.cell(hr, 3, "確認結果（日付）")
ws.merge_cells(start_row=hr, start_column=3, end_row=hr, end_column=5)
ws.cell(hr, 6, "備考")
ws.merge_cells(start_row=hr, start_column=6, end_row=hr + 1, end_column=6)
ws.cell(hr + 1, 3, "1回目")
ws.cell(hr + 1, 4, "目標日")
ws.cell(hr + 1, 5, "2回目")
gray = PatternFill("solid", fgColor="D9D9D9")
for rr in (hr, hr + 1):
    for cc in range(2, 7):
        cell = ws.cell(rr, cc)
        cell.border = box
        cell.alignment = center
        cell.font = fb
        cell.fill = gray

r = hr + 2
expected_entries = []
cur = None
for i, (sec, full) in enumerate(ITEMS):
    if sec != cur:
        cur = sec
        ws.cell(r, 2, "○" + sec)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        for cc in range(2, 7):
            ws.cell(r, cc).border = box
        ws.cell(r, 2).font = fb
        ws.cell(r, 2).alignment = Alignment(vertical="center")
        ws.row_dimensions[r].height = 18
        r += 1
    first, tgt, second, rem, canon = FILL[i]
    ws.cell(r, 2, ITEM_TEXT[i])
    ws.cell(r, 3, first)
    ws.cell(r, 4, tgt)
    ws.cell(r, 5, second)
    if rem:
        ws.cell(r, 6, rem)
    for cc in range(2, 7):
        cell = ws.cell(r, cc)
        cell.border = box
        cell.font = f
        cell.alignment = wrap if cc in (2, 6) else center
    ws.row_dimensions[r].height = 42
    e = {"section": sec, "item": full}
    e.update(canon)
    if rem:
        e["remarks"] = rem
    expected_entries.append((r, e))
    r += 1

ws.print_area = "A1:G%d" % (r - 1)
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.horizontalCentered = True
ws.page_margins.left = ws.page_margins.right = 0.5

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)

rows = {i: rr for i, (rr, _) in enumerate(expected_entries)}
expected = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "facilityName": FACILITY,
        "entries": [e for _, e in expected_entries],
    },
    "planted": [
        {"cells": ["最低限の措置!E%d" % rows[2], "最低限の措置!C%d" % rows[2]],
         "paths": ["entries[2].secondDate"],
         "why": "2回目の確認日 (10/1 = 2024-10-01) が1回目の確認日 (10/3 = 2024-10-03) より前になっている（2回目は1回目より後でなければならない）"},
        {"cells": ["最低限の措置!D%d" % rows[5]],
         "paths": ["entries[5].targetDate"],
         "why": "1回目が「いいえ」なのに目標日が空欄（様式の「(　/　)」のまま）。「いいえ」の場合は対応目標日の記入が必要"},
    ],
    "notes": ("Answer and date share one cell as in the Okayama template (「はい・いいえ (/)」 edited to 「はい (10/3)」, "
              "some with a full-width space or a line break). Dates are year-less; R6 form, so 10/3 = 2024-10-03, 12/27 = 2024-12-27. "
              "Cells still holding the untouched template 「はい・いいえ (　/　)」 or 「(　/　)」 are blank (unanswered). "
              "section = the ○ heading text without the ○ mark. Items 4 and 6 were typed slightly shortened; item gives the seed wording. "
              "No item numbers are shown, so itemNo is omitted."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fp:
    json.dump(expected, fp, ensure_ascii=False, indent=2)
print("wrote", out)

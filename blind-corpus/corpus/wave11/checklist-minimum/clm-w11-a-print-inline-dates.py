#!/usr/bin/python3
# clm-w11-a: Okayama 最低限の措置編 checklist drawn by a prefecture clerk exactly as the printed notice
# (print layout, borders, spacer columns, はい・いいえ（　／　） template text in the answer cells).
# The hospital filled it by deleting the option that does not apply and typing a year-less date
# into the brackets.  No planted problem.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.page import PageMargins

OUT = "/work/blind/wave11/checklist-minimum"
NAME = "clm-w11-a-print-inline-dates"

thin = Side(style="thin", color="000000")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(wrap_text=True, vertical="center", horizontal="center")
grey = PatternFill("solid", fgColor="D9D9D9")

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
TPL_ANS = "はい・いいえ\n（　　／　　）"
TPL_DATE = "（　　／　　）"
# (first cell, target cell, second cell, remarks, expected dict)
FILL = [
    ("はい\n（10/15）", TPL_DATE, TPL_ANS, None,
     dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("いいえ\n（10/15）", "（１２／２７）", "はい\n（12/20）", "VPN装置・UTMの管理者パスワードを機器ごとに個別化",
     dict(firstAnswer="いいえ", firstDate="2024-10-15", targetDate="2024-12-27", secondAnswer="はい", secondDate="2024-12-20")),
    ("はい\n（10/15）", TPL_DATE, TPL_ANS, "院内研修（9月）及び院内メールで周知済",
     dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("いいえ\n（10/16）", "（1/31）", "はい\n（1/24）", "保守事業者と接続点一覧を作成",
     dict(firstAnswer="いいえ", firstDate="2024-10-16", targetDate="2025-01-31", secondAnswer="はい", secondDate="2025-01-24")),
    ("はい\n（10/16）", TPL_DATE, TPL_ANS, None,
     dict(firstAnswer="はい", firstDate="2024-10-16")),
    ("いいえ\n（10/16）", "（3/31）", TPL_ANS, "UTMログの定期確認手順を事業者と検討中",
     dict(firstAnswer="いいえ", firstDate="2024-10-16", targetDate="2025-03-31")),
    ("はい\n（10/16）", TPL_DATE, TPL_ANS, None,
     dict(firstAnswer="はい", firstDate="2024-10-16")),
    ("はい\n（10/16）", TPL_DATE, TPL_ANS, None,
     dict(firstAnswer="はい", firstDate="2024-10-16")),
]
FACILITY = "医療法人緑風会　みどり中央病院"

wb = Workbook()
ws = wb.active
ws.title = "最低限の措置編"
for col, w in zip("ABCDEFG", [2, 52, 13, 11, 13, 24, 2]):
    ws.column_dimensions[col].width = w

def merge(rng, value, font=None, align=None, fill=None, border=False):
    ws.merge_cells(rng)
    c = ws[rng.split(":")[0]]
    c.value = value
    if font: c.font = font
    if align: c.alignment = align
    if fill: c.fill = fill
    if border:
        for row in ws[rng]:
            for cell in row:
                cell.border = box
    return c

merge("B2:F2", "医療機関におけるサイバーセキュリティ対策チェックリスト", Font(bold=True, size=14),
      Alignment(horizontal="center"))
merge("B3:F3", "「サイバー攻撃リスク低減のための最低限の措置」編", Font(bold=True, size=12),
      Alignment(horizontal="center"))
merge("E4:F4", "医療機関確認用", Font(bold=True), Alignment(horizontal="right"))
# label and value in one cell: the filler typed the name over the underline of the printed form
c = merge("B6:D6", "医療機関名　　" + FACILITY, Font(size=12, underline="single"))
notes = [
    "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）"
    "により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
r = 8
for n in notes:
    merge(f"B{r}:F{r}", n, Font(size=9), Alignment(wrap_text=True, vertical="top"))
    ws.row_dimensions[r].height = 30 if len(n) > 60 else 15
    r += 1
# header (two rows)
merge("B13:B14", "チェック項目", Font(bold=True), center, grey, True)
merge("C13:E13", "確認結果（日付）", Font(bold=True), center, grey, True)
for col, t in zip("CDE", ["1回目", "目標日", "2回目"]):
    cell = ws[f"{col}14"]; cell.value = t; cell.font = Font(bold=True)
    cell.alignment = center; cell.fill = grey; cell.border = box
merge("F13:F14", "備考", Font(bold=True), center, grey, True)

r = 15
expected_entries = []
last_h = None
for (h, item), (a1, tgt, a2, rem, exp) in zip(ITEMS, FILL):
    if h != last_h:
        merge(f"B{r}:F{r}", "○" + h, Font(bold=True), Alignment(vertical="center"), None, True)
        ws.row_dimensions[r].height = 20
        r += 1
        last_h = h
    vals = [item, a1, tgt, a2, rem]
    for col, v in zip("BCDEF", vals):
        cell = ws[f"{col}{r}"]
        cell.value = v
        cell.border = box
        cell.alignment = wrap if col in "BF" else center
        if col in "CDE": cell.font = Font(size=10)
        if col == "F": cell.font = Font(size=9)
    ws.row_dimensions[r].height = 48
    e = dict(section=h, item=item)
    e.update(exp)
    if rem: e["remarks"] = rem
    expected_entries.append(e)
    r += 1

ws.print_area = f"A1:G{r}"
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6)
ws.sheet_view.showGridLines = False

wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": expected_entries},
    "planted": [],
    "notes": ("Print layout copied from the Okayama notice. Answer cells started as the template text "
              "'はい・いいえ（　／　）'; the filler deleted the option that does not apply and typed a year-less date "
              "in the brackets (e.g. 'いいえ\\n（10/15）'). Cells still holding the untouched template text "
              "(目標日 '（　　／　　）', 2回目 'はい・いいえ\\n（　　／　　）') are blank, not answers. Year-less dates: "
              "Oct–Dec = 2024, Jan–Mar = 2025 (R6 fiscal year; Okayama's programme runs 2024-10-01..2025-03-31). "
              "One 目標日 is typed in full-width digits '（１２／２７）' = 2024-12-27. facilityName shares cell B6 "
              "with its label '医療機関名'. section = the ○ heading text without the ○ mark. "
              "No item numbers are shown, so itemNo is omitted."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok")

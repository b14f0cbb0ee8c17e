# Generator: clm-w27-a-print-style-inline-dates.xlsx (checklist-minimum, R6, Okayama 最低限の措置編)
# Print-style copy of the prefecture's sheet: answer and date share one cell ("はい\n(10/15)"),
# unused template cells keep the placeholder "はい・いいえ\n(　　/　　)".
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w27-a-print-style-inline-dates"
SHEET = "最低限の措置チェックリスト"

H1 = "○パスワードを強固なものに変更し、使い回しをしない"
H2 = "○IoT 機器を含む情報資産の通信制御を確認する"
H3 = "○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
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
TPL_ANS = "はい・いいえ\n(　　/　　)"
TPL_DATE = "(　　/　　)"
# (first cell, target cell, second cell, remarks, canonical dict)
FILL = [
    ("はい\n(10/15)", TPL_DATE, TPL_ANS, None,
     dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("いいえ\n(10/15)", "(11/29)", "はい\n(12/2)", "保守用アカウントのパスワードを機器ごとに変更済",
     dict(firstAnswer="いいえ", firstDate="2024-10-15", targetDate="2024-11-29", secondAnswer="はい", secondDate="2024-12-02")),
    ("はい\n(10/15)", TPL_DATE, TPL_ANS, "院内グループウェアで周知（9月）",
     dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("いいえ\n(10/15)", "(1/31)", "はい\n(1/28)", "電子カルテ保守回線・PACS保守回線を\n事業者と確認",
     dict(firstAnswer="いいえ", firstDate="2024-10-15", targetDate="2025-01-31", secondAnswer="はい", secondDate="2025-01-28")),
    ("はい\n(10/16)", TPL_DATE, TPL_ANS, None,
     dict(firstAnswer="はい", firstDate="2024-10-16")),
    ("いいえ\n(10/16)", "(3/31)", TPL_ANS, "UTMログの月次確認を開始予定",
     dict(firstAnswer="いいえ", firstDate="2024-10-16", targetDate="2025-03-31")),
    ("はい\n(10/16)", TPL_DATE, TPL_ANS, None,
     dict(firstAnswer="はい", firstDate="2024-10-16")),
    ("はい\n(10/16) ", TPL_DATE, TPL_ANS, None,
     dict(firstAnswer="はい", firstDate="2024-10-16")),
]

wb = Workbook()
ws = wb.active
ws.title = SHEET
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap_c = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap_l = Alignment(horizontal="left", vertical="center", wrap_text=True)
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 58
for c in "CDE":
    ws.column_dimensions[c].width = 13
ws.column_dimensions["F"].width = 28
ws.column_dimensions["G"].width = 2

ws.merge_cells("B1:F1"); ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B1"].font = Font(size=14, bold=True); ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:F2"); ws["B2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
ws["B2"].font = Font(size=12, bold=True); ws["B2"].alignment = Alignment(horizontal="center")
ws["F3"] = "医療機関確認用"; ws["F3"].alignment = Alignment(horizontal="right"); ws["F3"].border = box
ws["B5"] = "医療機関名"; ws["B5"].alignment = Alignment(horizontal="right")
ws.merge_cells("C5:F5"); ws["C5"] = "医療法人 清風会 岡山あさひ病院"
for c in "CDEF":
    ws[f"{c}5"].border = Border(bottom=thin)
notes = [
    "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
for i, t in enumerate(notes):
    r = 7 + i
    ws.merge_cells(f"B{r}:F{r}"); ws[f"B{r}"] = t
    ws[f"B{r}"].alignment = wrap_l; ws[f"B{r}"].font = Font(size=9)
ws.row_dimensions[7].height = 36

ws.merge_cells("B12:B13"); ws["B12"] = "チェック項目"
ws.merge_cells("C12:E12"); ws["C12"] = "確認結果（日付）"
ws["C13"] = "1回目"; ws["D13"] = "目標日"; ws["E13"] = "2回目"
ws.merge_cells("F12:F13"); ws["F12"] = "備考"
hdr_fill = PatternFill("solid", fgColor="D9E1F2")
for r in (12, 13):
    for c in "BCDEF":
        ws[f"{c}{r}"].border = box; ws[f"{c}{r}"].alignment = wrap_c
        ws[f"{c}{r}"].fill = hdr_fill; ws[f"{c}{r}"].font = Font(bold=True)

entries = []
row = 14
prev = None
for (head, item), (a1, tgt, a2, rem, canon) in zip(ITEMS, FILL):
    if head != prev:
        ws.merge_cells(f"B{row}:F{row}"); ws[f"B{row}"] = head
        ws[f"B{row}"].font = Font(bold=True)
        for c in "BCDEF":
            ws[f"{c}{row}"].border = box
            ws[f"{c}{row}"].fill = PatternFill("solid", fgColor="F2F2F2")
        prev = head; row += 1
    ws[f"B{row}"] = item; ws[f"B{row}"].alignment = wrap_l
    ws[f"C{row}"] = a1; ws[f"D{row}"] = tgt; ws[f"E{row}"] = a2
    for c in "CDE":
        ws[f"{c}{row}"].alignment = wrap_c
    if rem:
        ws[f"F{row}"] = rem
    ws[f"F{row}"].alignment = wrap_l
    for c in "BCDEF":
        ws[f"{c}{row}"].border = box
    ws.row_dimensions[row].height = 45
    e = {"section": head, "item": item}
    e.update(canon)
    if rem:
        e["remarks"] = rem
    entries.append(e)
    row += 1

ws.page_setup.orientation = "portrait"; ws.page_setup.fitToWidth = 1
ws.print_area = f"A1:G{row}"
wb.save(os.path.join(HERE, NAME + ".xlsx"))

exp = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": "医療法人 清風会 岡山あさひ病院", "entries": entries},
    "planted": [],
    "notes": ("Okayama print layout. Answer and date share one cell (e.g. 'はい\\n(10/15)'); year-less dates on an R6 form "
              "(Oct-Dec = 2024, Jan-Mar = 2025). Cells still holding the template placeholder 'はい・いいえ\\n(　　/　　)' or "
              "'(　　/　　)' are unanswered (no 目標日 / no 2回目 yet) and are not in values. Headings use ○ (U+25CB) as in the seed. "
              "Item 8's first-answer cell has a trailing space. Item 6 is いいえ with 目標日 3/31 and no 2回目 yet (still within FY R6)."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok")

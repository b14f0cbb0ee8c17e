#!/usr/bin/python3
"""clm-w25-a: Okayama 最低限の措置編 drawn like the prefecture's own sheet.
Each result cell carries the answer and the date together ("はい\n（10/7）"), as the printed form
("はい・いいえ (/)") invites; untouched cells keep the template text.  Saved by openpyxl. No planted problem."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w25-a-okayama-form-inline-dates"

FACILITY = "医療法人 清和会 玉野みなと病院"
TPL_ANS = "はい・いいえ\n（　/　）"
TPL_DATE = "（　/　）"

H1 = "パスワードを強固なものに変更し、使い回しをしない"
H2 = "IoT 機器を含む情報資産の通信制御を確認する"
H3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
# (heading, item text, first(ans, m, d), target(m, d) or None, second(ans, m, d) or None, remarks)
ROWS = [
    ("H", H1),
    ("I", H1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     ("はい", 10, 7), None, None, None),
    ("I", H1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     ("いいえ", 10, 7), (11, 29), ("はい", 11, 27), "保守用ルータとVPN装置で同一パスワードだったため変更"),
    ("I", H1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     ("はい", 10, 7), None, None, "院内メール・朝礼で周知済"),
    ("H", H2),
    ("I", H2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     ("はい", 10, 8), None, None, "電子カルテ・PACS各事業者同席で確認"),
    ("I", H2, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     ("はい", 10, 8), None, None, None),
    ("I", H2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     ("いいえ", 10, 8), (12, 20), ("はい", 12, 18), "UTMログを月1回確認する手順を作成"),
    ("H", H3),
    ("I", H3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     ("はい", 10, 9), None, None, None),
    ("I", H3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     ("はい", 10, 9), None, None, None),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap_c = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap_l = Alignment(horizontal="left", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "最低限の措置"
ws.sheet_view.showGridLines = False
for col, w in zip("ABCDEF", (2, 62, 14, 11, 14, 28)):
    ws.column_dimensions[col].width = w

ws.merge_cells("B1:F1"); ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B1"].font = Font(size=14, bold=True); ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:F2"); ws["B2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
ws["B2"].font = Font(size=12, bold=True); ws["B2"].alignment = Alignment(horizontal="center")
ws["F3"] = "医療機関確認用"; ws["F3"].alignment = Alignment(horizontal="right"); ws["F3"].border = box

ws["B5"] = "医療機関名"; ws["B5"].alignment = Alignment(horizontal="right")
ws.merge_cells("C5:F5"); ws["C5"] = FACILITY
for c in "CDEF":
    ws[f"{c}5"].border = Border(bottom=thin)

notes = [
    "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
r = 7
for n in notes:
    ws.merge_cells(f"B{r}:F{r}"); ws[f"B{r}"] = n; ws[f"B{r}"].alignment = wrap_l
    ws[f"B{r}"].font = Font(size=9)
    ws.row_dimensions[r].height = 30 if len(n) > 60 else 15
    r += 1

# header (two rows)
hr = 12
ws.merge_cells(f"B{hr}:B{hr+1}"); ws[f"B{hr}"] = "チェック項目"
ws.merge_cells(f"C{hr}:E{hr}"); ws[f"C{hr}"] = "確認結果（日付）"
ws.merge_cells(f"F{hr}:F{hr+1}"); ws[f"F{hr}"] = "備考"
ws[f"C{hr+1}"] = "1回目"; ws[f"D{hr+1}"] = "目標日"; ws[f"E{hr+1}"] = "2回目"
fill = PatternFill("solid", fgColor="D9E1F2")
for rr in (hr, hr + 1):
    for c in "BCDEF":
        ws[f"{c}{rr}"].border = box; ws[f"{c}{rr}"].alignment = wrap_c; ws[f"{c}{rr}"].fill = fill
        ws[f"{c}{rr}"].font = Font(bold=True)

entries = []
r = hr + 2
for row in ROWS:
    if row[0] == "H":
        ws.merge_cells(f"B{r}:F{r}"); ws[f"B{r}"] = "○" + row[1]
        ws[f"B{r}"].font = Font(bold=True)
        for c in "BCDEF":
            ws[f"{c}{r}"].border = box
        ws.row_dimensions[r].height = 18
        r += 1
        continue
    _, head, text, first, target, second, rem = row
    ws[f"B{r}"] = text
    ws[f"C{r}"] = f"{first[0]}\n（{first[1]}/{first[2]}）"
    ws[f"D{r}"] = f"（{target[0]}/{target[1]}）" if target else TPL_DATE
    ws[f"E{r}"] = f"{second[0]}\n（{second[1]}/{second[2]}）" if second else TPL_ANS
    if rem:
        ws[f"F{r}"] = rem
    for c in "BCDEF":
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].alignment = wrap_l if c in "BF" else wrap_c
    ws.row_dimensions[r].height = 48
    e = {"section": head, "item": text, "firstAnswer": first[0], "firstDate": f"2024-{first[1]:02d}-{first[2]:02d}"}
    if target:
        e["targetDate"] = f"2024-{target[0]:02d}-{target[1]:02d}"
    if second:
        e["secondAnswer"] = second[0]; e["secondDate"] = f"2024-{second[1]:02d}-{second[2]:02d}"
    if rem:
        e["remarks"] = rem
    entries.append(e)
    r += 1

ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = f"B1:F{r-1}"

wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [],
    "notes": ("Answer and date share one cell as the printed form invites (e.g. 'はい\\n（10/7）'); year-less dates "
              "are 2024 (R6, Oct-Dec). Cells left untouched keep the template text 'はい・いいえ\\n（　/　）' (2回目) "
              "or '（　/　）' (目標日) and mean blank. Section = the ○ heading without the leading ○."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", NAME)

#!/usr/bin/python3
"""clm-w36-a: Okayama 最低限の措置編 checklist, print-style replica; answers typed over the
template's 「はい・いいえ (/)」 cells (one option deleted, year-less date in the same cell)."""
import sys, json, os
sys.path.insert(0, "/tmp/w36-clmh-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w36-a-okayama-print-inline-answers"
FACILITY = "医療法人 緑水会 旭川みどり病院"

H1 = "○パスワードを強固なものに変更し、使い回しをしない"
H2 = "○IoT 機器を含む情報資産の通信制御を確認する"
H3 = "○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
CANON = {H1: "〇パスワードを強固なものに変更し、使い回しをしない",
         H2: "〇IoT 機器を含む情報資産の通信制御を確認する",
         H3: "〇ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"}

# (heading, item, first answer, first date(cell text), iso, target text, iso, second text, iso2, second answer, remarks)
ROWS = [
 (H1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
  "はい", "10/15", "2024-10-15", None, None, "1/20", "2025-01-20", "はい", ""),
 (H1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
  "いいえ", "10/15", "2024-10-15", "12/20", "2024-12-20", "1/20", "2025-01-20", "はい",
  "UTM・ルータ・NASで同一PWを使用していたため、\n機器ごとに個別のPWへ変更（12/17 業者作業）"),
 (H1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
  "はい", "10/15", "2024-10-15", None, None, "1/20", "2025-01-20", "はい", "職員研修（9/26）で周知"),
 (H2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
  "いいえ", "10/16", "2024-10-16", "12/27", "2024-12-27", "1/20", "2025-01-20", "はい",
  "電子カルテ・PACS・検査システム各事業者に照会し接続点一覧を作成"),
 (H2, "ネットワーク接続点へのアクセス制御を適切に実施している。",
  "はい", "10/16", "2024-10-16", None, None, "1/20", "2025-01-20", "はい", ""),
 (H2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
  "いいえ", "10/16", "2024-10-16", "2/28", "2025-02-28", "2/25", "2025-02-25", "はい",
  "UTMログの保存期間を1年に延長、月1回確認する運用とした"),
 (H3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
  "はい", "10/16", "2024-10-16", None, None, "1/20", "2025-01-20", "はい", "保守契約により年2回確認"),
 (H3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
  "はい", "10/15", "2024-10-15", None, None, "1/20", "2025-01-20", "はい", ""),
]

thin = Side(style="thin"); med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト"
ws.sheet_view.showGridLines = False
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 62
for c in "CDE":
    ws.column_dimensions[c].width = 13
ws.column_dimensions["F"].width = 34
ws.column_dimensions["G"].width = 2

ws.merge_cells("B1:F1"); ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B1"].font = Font(size=14, bold=True); ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:F2"); ws["B2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
ws["B2"].font = Font(size=13, bold=True); ws["B2"].alignment = Alignment(horizontal="center")
ws.merge_cells("B3:F3"); ws["B3"] = "医療機関確認用"
ws["B3"].font = Font(size=12, bold=True); ws["B3"].alignment = Alignment(horizontal="center")

ws["D5"] = "医療機関名"; ws["D5"].alignment = Alignment(horizontal="right", vertical="center")
ws.merge_cells("E5:F5"); ws["E5"] = FACILITY
ws["E5"].border = Border(bottom=thin); ws["F5"].border = Border(bottom=thin)
ws["E5"].font = Font(size=12)

notes = [
 "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡 各都道府県等衛生主管部(局)宛厚生労働省医政局特定医薬品開発支援・医療情報担当参事官及び厚生労働省政策統括官付サイバーセキュリティ担当参事官室）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
 "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
 "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
 "※ 立入検査時、本チェックリストを確認します。",
]
r = 7
for n in notes:
    ws.merge_cells(f"B{r}:F{r}"); ws[f"B{r}"] = n
    ws[f"B{r}"].alignment = Alignment(wrap_text=True, vertical="top")
    ws[f"B{r}"].font = Font(size=9)
    ws.row_dimensions[r].height = 40 if len(n) > 80 else 15
    r += 1

# header rows 12-13
ws.merge_cells("B12:B13"); ws["B12"] = "チェック項目"
ws.merge_cells("C12:E12"); ws["C12"] = "確認結果（日付）"
ws.merge_cells("F12:F13"); ws["F12"] = "備考"
ws["C13"] = "1回目"; ws["D13"] = "目標日"; ws["E13"] = "2回目"
hdrfill = PatternFill("solid", fgColor="D9D9D9")
for row in (12, 13):
    for c in "BCDEF":
        ws[f"{c}{row}"].border = B; ws[f"{c}{row}"].alignment = center
        ws[f"{c}{row}"].fill = hdrfill; ws[f"{c}{row}"].font = Font(bold=True)

r = 14
last_h = None
entries = []
placeholder = "（　/　）"
for (h, item, a1, d1, iso1, tgt, isot, d2, iso2, a2, rem) in ROWS:
    if h != last_h:
        ws.merge_cells(f"B{r}:F{r}"); ws[f"B{r}"] = h
        ws[f"B{r}"].font = Font(bold=True); ws[f"B{r}"].fill = PatternFill("solid", fgColor="F2F2F2")
        for c in "BCDEF":
            ws[f"{c}{r}"].border = B
        ws.row_dimensions[r].height = 18
        r += 1; last_h = h
    ws[f"B{r}"] = item
    # habit: the other option deleted from 「はい・いいえ」, date typed into the (/) of the same cell
    ws[f"C{r}"] = f"{a1}\n（{d1}）"
    ws[f"D{r}"] = f"（{tgt}）" if tgt else placeholder
    ws[f"E{r}"] = f"{a2}\n（{d2}）"
    if rem:
        ws[f"F{r}"] = rem
    ws[f"B{r}"].alignment = wrap
    for c in "CDE":
        ws[f"{c}{r}"].alignment = center
    ws[f"F{r}"].alignment = Alignment(wrap_text=True, vertical="center")
    ws[f"F{r}"].font = Font(size=9)
    for c in "BCDEF":
        ws[f"{c}{r}"].border = B
    ws.row_dimensions[r].height = 48
    e = {"section": CANON[h], "item": item, "firstAnswer": a1, "firstDate": iso1}
    if isot: e["targetDate"] = isot
    e["secondAnswer"] = a2; e["secondDate"] = iso2
    if rem: e["remarks"] = rem
    entries.append(e)
    r += 1

ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = f"A1:G{r}"

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)

exp = {
 "form": "checklist-minimum", "version": "R6", "file": NAME + ".xlsx",
 "values": {"facilityName": FACILITY, "entries": entries},
 "planted": [],
 "notes": ("Answers are typed over the template's 「はい・いいえ (/)」 cells: the unchosen option deleted and the "
           "year-less date written in brackets in the same cell (10/15 = 2024-10-15, 1/20 = 2025-01-20; R6 form, FY Apr 2024-Mar 2025). "
           "目標日 cells still showing the template placeholder 「（　/　）」 are blank. Headings in the sheet use ○ (U+25CB) as in the "
           "seed; section values are given with the catalogue's 〇. The form shows no item numbers."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("wrote", out)

# Generator: clm-w39-a-okayama-print-inline-dates.xlsx  (checklist-minimum, no planted problem)
# Okayama print-style form; filler deletes the unchosen option in 「はい・いいえ」 and writes the year-less date in ( ).
import sys, os, json
sys.path.insert(0, "/tmp/clx-pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w39-a-okayama-print-inline-dates"
SHEET = "チェックリスト"
FACILITY = "医療法人 緑風会 つやま南病院"

S1 = "パスワードを強固なものに変更し、使い回しをしない"
S2 = "IoT 機器を含む情報資産の通信制御を確認する"
S3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
BLANK = "はい・いいえ\n(　/　)"
BLANK_T = "(　/　)"
# (section, item, first cell, target cell, second cell, remarks, expected entry)
rows = [
    (S1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい\n(10/7)", BLANK_T, BLANK, None, dict(firstAnswer="はい", firstDate="2024-10-07")),
    (S1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "いいえ\n(10/7)", "(11/29)", "はい\n(11/26)", "VPN装置・UTM・複合機の管理者パスワードを機器ごとに変更",
     dict(firstAnswer="いいえ", firstDate="2024-10-07", targetDate="2024-11-29", secondAnswer="はい", secondDate="2024-11-26")),
    (S1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "はい\n(10/7)", BLANK_T, BLANK, None, dict(firstAnswer="はい", firstDate="2024-10-07")),
    (S2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "はい\n(10/7)", BLANK_T, BLANK, "電子カルテ・回線事業者と確認（接続点3箇所）", dict(firstAnswer="はい", firstDate="2024-10-07")),
    (S2, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "はい\n(10/7)", BLANK_T, BLANK, None, dict(firstAnswer="はい", firstDate="2024-10-07")),
    (S2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "いいえ\n(10/7)", "(1/31)", "はい\n(1/24)", "UTMログの月次確認を開始",
     dict(firstAnswer="いいえ", firstDate="2024-10-07", targetDate="2025-01-31", secondAnswer="はい", secondDate="2025-01-24")),
    (S3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "はい\n(10/8)", BLANK_T, BLANK, None, dict(firstAnswer="はい", firstDate="2024-10-08")),
    (S3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい\n(10/8)", BLANK_T, BLANK, None, dict(firstAnswer="はい", firstDate="2024-10-08")),
]

wb = Workbook()
ws = wb.active
ws.title = SHEET
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
f = "ＭＳ 明朝"
for col, w in zip("ABCDE", [62, 13, 11, 13, 26]):
    ws.column_dimensions[col].width = w

ws["E1"] = "別添"
ws["E1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A2:E2"); ws["A2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws.merge_cells("A3:E3"); ws["A3"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
for c in ("A2", "A3"):
    ws[c].font = Font(name=f, size=14, bold=True); ws[c].alignment = Alignment(horizontal="center")
ws["E4"] = "医療機関確認用"; ws["E4"].border = box; ws["E4"].alignment = center
ws["A6"] = "医療機関名"
ws["A6"].alignment = Alignment(horizontal="right")
ws.merge_cells("B6:E6"); ws["B6"] = FACILITY
for c in "BCDE":
    ws[f"{c}6"].border = Border(bottom=thin)
notes = [
    "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
for i, t in enumerate(notes):
    r = 8 + i
    ws.merge_cells(f"A{r}:E{r}"); ws[f"A{r}"] = t
    ws[f"A{r}"].alignment = Alignment(wrap_text=True, vertical="top")
    ws[f"A{r}"].font = Font(name=f, size=9)
ws.row_dimensions[8].height = 38

ws.merge_cells("A13:A14"); ws["A13"] = "チェック項目"
ws.merge_cells("B13:D13"); ws["B13"] = "確認結果（日付）"
ws["B14"] = "1回目"; ws["C14"] = "目標日"; ws["D14"] = "2回目"
ws.merge_cells("E13:E14"); ws["E13"] = "備考"
for r in (13, 14):
    for c in "ABCDE":
        ws[f"{c}{r}"].border = box; ws[f"{c}{r}"].alignment = center
        ws[f"{c}{r}"].fill = PatternFill("solid", fgColor="D9D9D9")

r = 15
last = None
entries = []
for sec, item, c1, ct, c2, rem, exp in rows:
    if sec != last:
        ws.merge_cells(f"A{r}:E{r}"); ws[f"A{r}"] = "○" + sec
        ws[f"A{r}"].font = Font(name=f, bold=True)
        for c in "ABCDE":
            ws[f"{c}{r}"].border = box
        last = sec; r += 1
    ws[f"A{r}"] = item; ws[f"B{r}"] = c1; ws[f"C{r}"] = ct; ws[f"D{r}"] = c2
    if rem:
        ws[f"E{r}"] = rem
    for c in "ABCDE":
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].alignment = wrap if c in "AE" else center
    ws.row_dimensions[r].height = 48
    e = {"section": sec, "item": item}
    e.update(exp)
    if rem:
        e["remarks"] = rem
    entries.append(e)
    r += 1

ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = f"A1:E{r}"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [],
    "notes": ("Answer and date share one cell: the filler deleted the unchosen option from 「はい・いいえ」 and wrote a "
              "year-less date in ( ) (10/7 = 2024-10-07; 1/24 and 1/31 = 2025). 目標日 and 2回目 cells of items "
              "answered はい were left as the untouched template text 「はい・いいえ (　/　)」 / 「(　/　)」: they are "
              "blank, not answers. section values are the ○ headings without the leading ○ mark."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
print("ok", r)

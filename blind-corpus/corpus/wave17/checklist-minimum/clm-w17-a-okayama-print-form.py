# Generator for clm-w17-a-okayama-print-form.xlsx
# Role: records clerk at an Okayama hospital typing into the prefecture's print-style form
# (answer and date share one cell: the unused option is deleted from 「はい・いいえ」).
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave17/checklist-minimum"
NAME = "clm-w17-a-okayama-print-form"
FAC = "医療法人 清和会 吉備高原中央病院"

H1 = "パスワードを強固なものに変更し、使い回しをしない"
H2 = "IoT 機器を含む情報資産の通信制御を確認する"
H3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
I = [
 (H1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。"),
 (H1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。"),
 (H1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。"),
 (H2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。"),
 (H2, "ネットワーク接続点へのアクセス制御を適切に実施している。"),
 (H2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。"),
 (H3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。"),
 (H3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。"),
]
T_ANS = "はい・いいえ\n(　 /　 )"   # untouched template text
T_DATE = "(　 /　 )"
# cell texts as the hospital typed them: (1回目, 目標日, 2回目, 備考)
FILL = [
 ("はい\n(10/7)", T_DATE, T_ANS, "VPN装置の管理者PWは16桁に変更済"),
 ("いいえ\n(10/7)", "(11/29)", "はい\n(11/26)", "電子カルテ端末とグループウェアで同一PWあり→11月に変更"),
 ("はい\n(10/9)", T_DATE, T_ANS, "10/9 院内メール・朝礼で周知"),
 ("はい\n(10/15)", T_DATE, T_ANS, "保守事業者2社と確認"),
 ("はい\n(10/15)", T_DATE, T_ANS, None),
 ("いいえ\n(10/15)", "(1/31)", T_ANS, "UTMログの定期確認手順を作成中"),
 ("はい\n(10/21)", T_DATE, T_ANS, None),
 ("はい\n(10/21)", T_DATE, T_ANS, None),
]
# canonical reading
CANON = [
 dict(firstAnswer="はい", firstDate="2024-10-07"),
 dict(firstAnswer="いいえ", firstDate="2024-10-07", targetDate="2024-11-29", secondAnswer="はい", secondDate="2024-11-26"),
 dict(firstAnswer="はい", firstDate="2024-10-09"),
 dict(firstAnswer="はい", firstDate="2024-10-15"),
 dict(firstAnswer="はい", firstDate="2024-10-15"),
 dict(firstAnswer="いいえ", firstDate="2024-10-15", targetDate="2025-01-31"),
 dict(firstAnswer="はい", firstDate="2024-10-21"),
 dict(firstAnswer="はい", firstDate="2024-10-21"),
]

wb = Workbook()
ws = wb.active
ws.title = "最低限の措置"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(wrap_text=True, vertical="center", horizontal="center")
for col, w in zip("ABCDE", (62, 14, 11, 14, 30)):
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:E1"); ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["A1"].font = Font(size=14, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:E2"); ws["A2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
ws["A2"].font = Font(size=12, bold=True); ws["A2"].alignment = Alignment(horizontal="center")
ws["E3"] = "医療機関確認用"; ws["E3"].alignment = Alignment(horizontal="right")
ws["A5"] = "医療機関名"; ws["A5"].alignment = Alignment(horizontal="right")
ws.merge_cells("B5:E5"); ws["B5"] = FAC
for c in ("B5", "C5", "D5", "E5"):
    ws[c].border = Border(bottom=thin)
notes = [
 "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
 "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
 "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
 "※ 立入検査時、本チェックリストを確認します。",
]
r = 7
for n in notes:
    ws.merge_cells(f"A{r}:E{r}"); ws[f"A{r}"] = n; ws[f"A{r}"].alignment = wrap
    ws.row_dimensions[r].height = 30 if len(n) > 60 else 16
    r += 1
# header rows 12-13
ws.merge_cells("A12:A13"); ws["A12"] = "チェック項目"
ws.merge_cells("B12:D12"); ws["B12"] = "確認結果 (日付)"
ws["B13"] = "1回目"; ws["C13"] = "目標日"; ws["D13"] = "2回目"
ws.merge_cells("E12:E13"); ws["E12"] = "備考"
hdr_fill = PatternFill("solid", fgColor="D9E1F2")
for row in (12, 13):
    for col in "ABCDE":
        c = ws[f"{col}{row}"]; c.border = box; c.alignment = center; c.fill = hdr_fill; c.font = Font(bold=True)

r = 14
entries = []
prev = None
for (h, item), (a1, tg, a2, rem), canon in zip(I, FILL, CANON):
    if h != prev:
        ws.merge_cells(f"A{r}:E{r}"); ws[f"A{r}"] = "○" + h
        ws[f"A{r}"].font = Font(bold=True)
        for col in "ABCDE":
            ws[f"{col}{r}"].border = box
        r += 1; prev = h
    ws[f"A{r}"] = item; ws[f"B{r}"] = a1; ws[f"C{r}"] = tg; ws[f"D{r}"] = a2
    if rem: ws[f"E{r}"] = rem
    for col in "ABCDE":
        ws[f"{col}{r}"].border = box
        ws[f"{col}{r}"].alignment = wrap if col in "AE" else center
    ws.row_dimensions[r].height = 48
    e = dict(section=h, item=item); e.update(canon)
    if rem: e["remarks"] = rem
    entries.append(e)
    r += 1
ws.page_setup.orientation = "portrait"; ws.page_setup.fitToWidth = 1
ws.print_area = f"A1:E{r-1}"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
 "form": "checklist-minimum", "version": "R6", "file": NAME + ".xlsx",
 "values": {"facilityName": FAC, "entries": entries},
 "planted": [],
 "notes": ("Okayama print form: answer and date share one cell with a line break (e.g. 'はい\\n(10/7)'); the "
           "unused option was deleted. Untouched template text 'はい・いいえ\\n(　 /　 )' and '(　 /　 )' in cells "
           "not needed means blank. Year-less dates on the R6 form: Oct-Dec = 2024, (1/31) = 2025-01-31. "
           "section is the ○ heading without the leading ○ mark. No item numbers are shown."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok")

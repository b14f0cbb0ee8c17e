#!/usr/bin/python3
# Okayama prefecture's printed 最低限の措置編 checklist, redrawn in Excel by a prefecture clerk,
# then filled in by a busy hospital office clerk who overwrote the printed "はい・いいえ (/)" cells.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "clm-w4-a-printed-yearless"
HERE = os.path.dirname(os.path.abspath(__file__))
SHEET = "チェックリスト（最低限の措置編）"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

S1 = "パスワードを強固なものに変更し、使い回しをしない"
S2 = "IoT 機器を含む情報資産の通信制御を確認する"
S3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
I = [
 "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
 "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
 "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
 "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
 "ネットワーク接続点へのアクセス制御を適切に実施している。",
 "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
 "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
 "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
]
BLANK_ANS = "はい・いいえ (　/　)"   # printed template text, left untouched = blank
BLANK_DATE = "(　/　)"

# (section, item, 1回目 cell text, 目標日 cell text, 2回目 cell text, 備考, expected dict)
rows = [
 (S1, I[0], "はい (10/1)", BLANK_DATE, BLANK_ANS, None,
  dict(firstAnswer="はい", firstDate="2024-10-01")),
 (S1, I[1], "いいえ（10/1）", BLANK_DATE, BLANK_ANS, "電子カルテと院内メールで同じPWの職員あり\n変更予定",
  dict(firstAnswer="いいえ", firstDate="2024-10-01")),            # PLANTED: no 目標日
 (S1, I[2], "はい (10/1)", BLANK_DATE, BLANK_ANS, "朝礼で周知済",
  dict(firstAnswer="はい", firstDate="2024-10-01")),
 (S2, I[3], "いいえ（10/2）", "(11/29)", "はい（11/25）", "保守業者と接続点を洗い出し",
  dict(firstAnswer="いいえ", firstDate="2024-10-02", targetDate="2024-11-29",
       secondAnswer="はい", secondDate="2024-11-25")),
 (S2, I[4], "はい (10/2)", BLANK_DATE, BLANK_ANS, None,
  dict(firstAnswer="はい", firstDate="2024-10-02")),
 (S2, I[5], "いいえ (10/15)", "(1/31)", "はい (10/8)", "UTMのログ確認を月1回に",
  dict(firstAnswer="いいえ", firstDate="2024-10-15", targetDate="2025-01-31",
       secondAnswer="はい", secondDate="2024-10-08")),             # PLANTED: 2回目 before 1回目
 (S3, I[6], "いいえ（10/2）", "(12/20)", "はい (12/18)", "ルータ・UTMのファーム更新を業者に依頼",
  dict(firstAnswer="いいえ", firstDate="2024-10-02", targetDate="2024-12-20",
       secondAnswer="はい", secondDate="2024-12-18")),
 (S3, I[7], "はい (10/2)", BLANK_DATE, BLANK_ANS, None,
  dict(firstAnswer="はい", firstDate="2024-10-02")),
]

wb = Workbook()
ws = wb.active
ws.title = SHEET
for col, w in zip("ABCDEF", [2, 62, 16, 11, 16, 26]):
    ws.column_dimensions[col].width = w

ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B1"].font = Font(size=14, bold=True)
ws["B2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
ws["B2"].font = Font(size=12, bold=True)
ws["F1"] = "医療機関確認用"
ws["F1"].border = box; ws["F1"].alignment = center

ws["C4"] = "医療機関名"
ws["C4"].alignment = center
ws.merge_cells("D4:F4")
FACILITY = "医療法人緑風会　みどり丘病院"
ws["D4"] = FACILITY
ws["D4"].border = Border(bottom=thin)
for c in ("E4", "F4"):
    ws[c].border = Border(bottom=thin)

notes = [
 "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、"
 "特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
 "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
 "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
 "※ 立入検査時、本チェックリストを確認します。",
]
r = 6
for n in notes:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    ws.cell(r, 2, n).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r].height = 30 if len(n) > 60 else 16
    r += 1

# table header (two rows)
h1 = r + 1
ws.merge_cells(start_row=h1, start_column=2, end_row=h1 + 1, end_column=2)
ws.cell(h1, 2, "チェック項目")
ws.merge_cells(start_row=h1, start_column=3, end_row=h1, end_column=5)
ws.cell(h1, 3, "確認結果 (日付)")
ws.merge_cells(start_row=h1, start_column=6, end_row=h1 + 1, end_column=6)
ws.cell(h1, 6, "備考")
ws.cell(h1 + 1, 3, "1回目"); ws.cell(h1 + 1, 4, "目標日"); ws.cell(h1 + 1, 5, "2回目")
for rr in (h1, h1 + 1):
    for cc in range(2, 7):
        c = ws.cell(rr, cc)
        c.border = box; c.alignment = center; c.fill = PatternFill("solid", fgColor="D9D9D9")

r = h1 + 2
entries, planted = [], []
cur = None
for k, (sec, item, a1, tgt, a2, rem, exp) in enumerate(rows):
    if sec != cur:
        cur = sec
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(r, 2, "○" + sec).font = Font(bold=True)
        for cc in range(2, 7):
            ws.cell(r, cc).border = box
        r += 1
    ws.cell(r, 2, item).alignment = wrap
    ws.cell(r, 3, a1).alignment = center
    ws.cell(r, 4, tgt).alignment = center
    ws.cell(r, 5, a2).alignment = center
    if rem:
        ws.cell(r, 6, rem).alignment = wrap
    for cc in range(2, 7):
        ws.cell(r, cc).border = box
    ws.row_dimensions[r].height = 45
    e = dict(section=sec, item=item)
    e.update(exp)
    if rem:
        e["remarks"] = rem
    entries.append(e)
    if k == 1:
        planted.append({"cells": [f"{SHEET}!D{r}"], "paths": [f"entries[{k}].targetDate"],
                        "why": "1回目が「いいえ」なのに目標日が未記入（印刷様式の (　/　) のまま）。"
                               "様式の注記「1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入」に反する。"})
    if k == 5:
        planted.append({"cells": [f"{SHEET}!E{r}"], "paths": [f"entries[{k}].secondDate"],
                        "why": "2回目の確認日 10/8（2024-10-08）が1回目の確認日 10/15（2024-10-15）より前になっている（2回目の日付は1回目以降でなければならない）。"})
    r += 1

ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.print_area = f"A1:F{r}"

xlsx = os.path.join(HERE, NAME + ".xlsx")
wb.save(xlsx)

expected = {
  "form": "checklist-minimum",
  "version": "R6",
  "file": NAME + ".xlsx",
  "values": {"facilityName": FACILITY, "entries": entries},
  "planted": planted,
  "notes": ("Prefecture's printed form redrawn in Excel. Answer and date share one cell: 'はい (10/1)' / "
            "'いいえ（10/2）' (half- and full-width brackets mixed); target dates as '(12/20)'. Dates are year-less: "
            "Oct-Dec = 2024, Jan-Mar = 2025 (R6 fiscal year). Cells still holding the printed template text "
            "'はい・いいえ (　/　)' or '(　/　)' are blank (not answered) and are omitted. section = the ○ heading "
            "text without the leading ○ mark. No item numbers are shown, so itemNo is omitted. "
            "facilityName has a full-width space between 法人名 and 病院名, kept as written."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", xlsx)

#!/usr/bin/python3
"""clm-w1-c: prefecture-style print layout with ○ marks in はい / いいえ columns, 和暦 text dates
(R6.10.15 and 令和6年12月20日), 医療機関名：… in one cell over the table, spacer column, line break in 備考,
trailing spaces. No planted problem."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "clm-w1-c-maru-wareki"
HERE = os.path.dirname(os.path.abspath(__file__))
SEC = ["〇パスワードを強固なものに変更し、使い回しをしない",
       "〇IoT 機器を含む情報資産の通信制御を確認する",
       "〇ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"]
ITEMS = [
 (0, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。"),
 (0, "複数の機器や外部サービス等で、同一のパスワードを設定していない。"),
 (0, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。"),
 (1, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。"),
 (1, "ネットワーク接続点へのアクセス制御を適切に実施している。"),
 (1, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。"),
 (2, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。"),
 (2, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。"),
]
FACILITY = "特定医療法人 美作会 津山さくら病院"
# 1回目 (ans, date text, iso), 目標日 (text, iso), 2回目 (ans, text, iso), 備考
ROWS = [
 (("はい", "R6.10.15", "2024-10-15"), None, None, None),
 (("はい", "R6.10.15", "2024-10-15"), None, None, None),
 (("いいえ", "R6.10.15", "2024-10-15"), ("令和6年12月20日", "2024-12-20"), ("はい", "R6.12.19", "2024-12-19"),
  "全職員向け研修で周知\n（12/19 実施、欠席者は資料配布）"),
 (("はい", "R6.10.16", "2024-10-16"), None, None, "閉域網（地域連携NW）の接続点も確認"),
 (("はい", "R6.10.16", "2024-10-16"), None, None, None),
 (("いいえ", "R6.10.16", "2024-10-16"), ("令和7年4月30日", "2025-04-30"), ("いいえ", "R6.12.19", "2024-12-19"),
  "ログ監視サービス導入を次年度予算で要求中"),
 (("はい", "R6.10.17 ", "2024-10-17"), None, None, None),
 (("はい", "R6.10.17", "2024-10-17"), None, None, None),
]
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wb = Workbook(); ws = wb.active; ws.title = "Sheet1"
# A: spacer, B: item, C/D/E: 1回目 はい/いいえ/日付, F: 目標日, G/H/I: 2回目, J: 備考
widths = {"A": 2, "B": 56, "C": 6, "D": 6, "E": 11, "F": 15, "G": 6, "H": 6, "I": 11, "J": 30}
for k, v in widths.items(): ws.column_dimensions[k].width = v
ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト　「サイバー攻撃リスク低減のための最低限の措置」編（医療機関確認用）"
ws["B1"].font = Font(bold=True, size=12)
ws["B2"] = "※該当する欄に○を記入し、確認日を記入してください。「いいえ」の場合は目標日を記入してください。"
ws["B2"].font = Font(size=9)
ws["B4"] = "医療機関名：" + FACILITY + "  "     # label and value in one cell, trailing spaces
ws["B4"].font = Font(size=12, underline="single")
h = 6
ws.cell(h, 2, "チェック項目"); ws.merge_cells(start_row=h, start_column=2, end_row=h+1, end_column=2)
ws.cell(h, 3, "1回目"); ws.merge_cells(start_row=h, start_column=3, end_row=h, end_column=5)
ws.cell(h, 6, "目標日"); ws.merge_cells(start_row=h, start_column=6, end_row=h+1, end_column=6)
ws.cell(h, 7, "2回目"); ws.merge_cells(start_row=h, start_column=7, end_row=h, end_column=9)
ws.cell(h, 10, "備考"); ws.merge_cells(start_row=h, start_column=10, end_row=h+1, end_column=10)
for c, t in zip((3, 4, 5, 7, 8, 9), ("はい", "いいえ", "確認日", "はい", "いいえ", "確認日")): ws.cell(h+1, c, t)
for rr in (h, h+1):
    for cc in range(2, 11):
        x = ws.cell(rr, cc); x.border = box; x.alignment = Alignment(horizontal="center", vertical="center")
        x.fill = PatternFill("solid", fgColor="D9D9D9")
r = h + 2; cur = None; entries = []
for (sec, text), (f1, tg, s2, rem) in zip(ITEMS, ROWS):
    if sec != cur:
        cur = sec
        ws.cell(r, 2, SEC[sec])
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        ws.cell(r, 2).font = Font(bold=True)
        for cc in range(2, 11): ws.cell(r, cc).border = box
        r += 1
    ws.cell(r, 2, text).alignment = Alignment(wrap_text=True, vertical="center")
    ws.cell(r, 3 if f1[0] == "はい" else 4, "○"); ws.cell(r, 5, f1[1])
    e = {"section": SEC[sec], "item": text, "firstAnswer": f1[0], "firstDate": f1[2]}
    if tg: ws.cell(r, 6, tg[0]); e["targetDate"] = tg[1]
    if s2:
        ws.cell(r, 7 if s2[0] == "はい" else 8, "○"); ws.cell(r, 9, s2[1])
        e["secondAnswer"] = s2[0]; e["secondDate"] = s2[2]
    if rem: ws.cell(r, 10, rem); e["remarks"] = rem
    for cc in range(2, 11):
        ws.cell(r, cc).border = box
        if cc > 2: ws.cell(r, cc).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.cell(r, 10).alignment = Alignment(wrap_text=True, vertical="center")
    ws.row_dimensions[r].height = 48
    entries.append(e); r += 1
ws.cell(r + 1, 2, "記入者：情報システム室　主任　西村").font = Font(size=9)
ws.print_area = f"A1:J{r+1}"; ws.page_setup.orientation = "landscape"
wb.save(os.path.join(HERE, NAME + ".xlsx"))
exp = {"form": "checklist-minimum", "version": "R6", "file": NAME + ".xlsx",
       "values": {"facilityName": FACILITY, "entries": entries},
       "planted": [],
       "notes": "Answers are ○ marks in はい / いいえ columns; dates are 和暦 text (R6.10.15, 令和6年12月20日); one date has a trailing space. "
                "B4 holds '医療機関名：…' with trailing spaces. Item 2-3 (ログ) has 目標日 令和7年4月30日 = 2025-04-30, after 3/31: "
                "deliberately NOT a planted problem. 備考 of item 3 contains a line break. Section rows use 〇 (U+3007). "
                "The 記入者 line below the table is not a form field."}
json.dump(exp, open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("ok", NAME)

#!/usr/bin/python3
"""clm-w1-a: seed 001 layout reconstructed as closely as the text allows.
One cell per check (answer + year-less date), target dates as (12/20), template text left in unused cells.
No planted problem."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "clm-w1-a-seed-layout"
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
FACILITY = "医療法人 旭水会 旭川みなみ病院"
TPL_ANS, TPL_DATE = "はい・いいえ (/)", "(/)"

# (cell 1回目, cell 目標日, cell 2回目, 備考) and the canonical meaning
ROWS = [
 ("はい (10/1)",   TPL_DATE,  TPL_ANS,        None,
  dict(firstAnswer="はい", firstDate="2024-10-01")),
 ("いいえ（10/2）", "(12/20)", "はい (12/18)",  "VPN装置・UTMとも保守業者が変更済",
  dict(firstAnswer="いいえ", firstDate="2024-10-02", targetDate="2024-12-20", secondAnswer="はい", secondDate="2024-12-18")),
 ("はい (10/1)",   TPL_DATE,  TPL_ANS,        "10/1 朝礼・院内メールで周知",
  dict(firstAnswer="はい", firstDate="2024-10-01")),
 ("いいえ（10/2）", "(11/30)", "はい (11/28)",  "保守業者と合同で確認",
  dict(firstAnswer="いいえ", firstDate="2024-10-02", targetDate="2024-11-30", secondAnswer="はい", secondDate="2024-11-28")),
 ("はい (10/2)",   TPL_DATE,  TPL_ANS,        None,
  dict(firstAnswer="はい", firstDate="2024-10-02")),
 ("いいえ（10/3）", "(1/31)",  "いいえ (12/17)", "ログ確認手順を作成中",
  dict(firstAnswer="いいえ", firstDate="2024-10-03", targetDate="2025-01-31", secondAnswer="いいえ", secondDate="2024-12-17")),
 ("はい (10/3)",   TPL_DATE,  TPL_ANS,        None,
  dict(firstAnswer="はい", firstDate="2024-10-03")),
 ("はい (10/1)",   TPL_DATE,  TPL_ANS,        None,
  dict(firstAnswer="はい", firstDate="2024-10-01")),
]

thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wb = Workbook(); ws = wb.active; ws.title = "チェックリスト"
ws.column_dimensions["A"].width = 62
for c in "BCD": ws.column_dimensions[c].width = 17
ws.column_dimensions["E"].width = 24

ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"; ws.merge_cells("A1:E1")
ws["A2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"; ws.merge_cells("A2:E2")
for c in ("A1", "A2"):
    ws[c].font = Font(bold=True, size=13); ws[c].alignment = Alignment(horizontal="center")
ws["E3"] = "医療機関確認用"; ws["E3"].border = box; ws["E3"].alignment = Alignment(horizontal="center")
ws["A5"] = "医療機関名"; ws["A5"].alignment = Alignment(horizontal="right")
ws["B5"] = FACILITY; ws.merge_cells("B5:E5")
for c in "BCDE": ws[f"{c}5"].border = Border(bottom=thin)
notes = [
 "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡 各都道府県等衛生主管部(局)宛厚生労働省医政局特定医薬品開発支援・医療情報担当参事官及び厚生労働省政策統括官付サイバーセキュリティ担当参事官室）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
 "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
 "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
 "※ 立入検査時、本チェックリストを確認します。",
]
r = 7
for n in notes:
    ws.cell(r, 1, n).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.row_dimensions[r].height = 45 if len(n) > 80 else 18
    r += 1
h = 12
ws.cell(h, 1, "チェック項目"); ws.merge_cells(start_row=h, start_column=1, end_row=h+1, end_column=1)
ws.cell(h, 2, "確認結果 (日付)"); ws.merge_cells(start_row=h, start_column=2, end_row=h, end_column=4)
ws.cell(h, 5, "備考"); ws.merge_cells(start_row=h, start_column=5, end_row=h+1, end_column=5)
for i, t in enumerate(["1回目", "目標日", "2回目"]): ws.cell(h+1, 2+i, t)
for rr in (h, h+1):
    for cc in range(1, 6):
        ws.cell(rr, cc).border = box; ws.cell(rr, cc).alignment = Alignment(horizontal="center", vertical="center")
        ws.cell(rr, cc).fill = PatternFill("solid", fgColor="DDEBF7")

entries = []
r = h + 2; cur = None
for (sec, text), (a1, tg, a2, rem, canon) in zip(ITEMS, ROWS):
    if sec != cur:
        cur = sec
        ws.cell(r, 1, "○" + SEC[sec][1:])   # seed table uses ○ (U+25CB)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        ws.cell(r, 1).font = Font(bold=True)
        for cc in range(1, 6): ws.cell(r, cc).border = box
        r += 1
    ws.cell(r, 1, text).alignment = Alignment(wrap_text=True, vertical="center")
    for cc, v in zip((2, 3, 4), (a1, tg, a2)):
        ws.cell(r, cc, v).alignment = Alignment(horizontal="center", vertical="center")
    if rem: ws.cell(r, 5, rem).alignment = Alignment(wrap_text=True, vertical="center")
    for cc in range(1, 6): ws.cell(r, cc).border = box
    ws.row_dimensions[r].height = 48
    e = {"section": SEC[sec], "item": text}; e.update(canon)
    if rem: e["remarks"] = rem
    entries.append(e)
    r += 1
ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
wb.save(os.path.join(HERE, NAME + ".xlsx"))

exp = {"form": "checklist-minimum", "version": "R6", "file": NAME + ".xlsx",
       "values": {"facilityName": FACILITY, "entries": entries},
       "planted": [],
       "notes": "Seed layout: section rows start with ○ (U+25CB) in the sheet; section values given as the catalogue's heading wording with 〇 (U+3007). "
                "Unused cells still hold the template text 'はい・いいえ (/)' or '(/)' = blank. Year-less dates: Oct-Dec = 2024, Jan = 2025. "
                "No planted problem."}
json.dump(exp, open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("ok", NAME)

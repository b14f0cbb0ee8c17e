#!/usr/bin/python3
# Generator: clm-w46-a-okayama-print-style.xlsx  (checklist-minimum, R6, no planted problem)
# Role: IT/事務 staff of an Okayama hospital filling the prefecture's printed form
# (はい・いいえ（ / ） cells: delete the wrong option, write the year-less date inside the brackets).
import sys, json, os
sys.path.insert(0, "/tmp/clx_py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w46-a-okayama-print-style"

H1 = "〇パスワードを強固なものに変更し、使い回しをしない"
H2 = "〇IoT 機器を含む情報資産の通信制御を確認する"
H3 = "〇ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
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
BLANK_ANS = "はい・いいえ\n（　　/　　）"   # template text left untouched
BLANK_DATE = "（　　/　　）"
# filled answers: (first cell text, target cell text, second cell text, remarks) and canonical values
FILL = [
 ("はい（10/8）", None, None, "保守業者管理のVPN装置も含めて確認", dict(firstAnswer="はい", firstDate="2024-10-08")),
 ("いいえ（10/8）", "（1/31）", None, "電子カルテ端末のローカル管理者PWを個別化予定",
      dict(firstAnswer="いいえ", firstDate="2024-10-08", targetDate="2025-01-31")),
 ("はい（10/8）", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-08")),
 ("はい（10/11）", None, None, "電子カルテ業者・回線業者と確認", dict(firstAnswer="はい", firstDate="2024-10-11")),
 ("はい（10/11）", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-11")),
 ("いいえ（10/11）", "（12/27）", "はい（12/20）", "UTMのログを業者月次レポートで確認する運用とした",
      dict(firstAnswer="いいえ", firstDate="2024-10-11", targetDate="2024-12-27", secondAnswer="はい", secondDate="2024-12-20")),
 ("はい（10/11）", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-11")),
 ("はい（10/8）", None, None, None, dict(firstAnswer="はい", firstDate="2024-10-08")),
]
FACILITY = "医療法人 旭水会 あさひ川病院"

wb = Workbook()
ws = wb.active
ws.title = "最低限の措置"
thin = Side(style="thin"); med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(wrap_text=True, vertical="center", horizontal="center")
font = "ＭＳ 明朝"
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 58
for c in "CDE": ws.column_dimensions[c].width = 14
ws.column_dimensions["F"].width = 24
ws.column_dimensions["G"].width = 2

ws.merge_cells("B1:F1"); ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws.merge_cells("B2:F2"); ws["B2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
ws.merge_cells("B3:F3"); ws["B3"] = "医療機関確認用"
for r in (1, 2, 3):
    ws.cell(r, 2).alignment = Alignment(horizontal="center")
    ws.cell(r, 2).font = Font(name=font, size=14 if r == 1 else 12, bold=(r != 3))
ws["D5"] = "医療機関名"; ws["D5"].alignment = Alignment(horizontal="right")
ws.merge_cells("E5:F5"); ws["E5"] = FACILITY
ws["E5"].border = Border(bottom=thin); ws["F5"].border = Border(bottom=thin)
notes = [
 "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
 "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
 "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
 "※ 立入検査時、本チェックリストを確認します。",
]
for i, t in enumerate(notes):
    r = 7 + i
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    ws.cell(r, 2, t).alignment = Alignment(wrap_text=True, vertical="top")
    ws.cell(r, 2).font = Font(name=font, size=9)
    ws.row_dimensions[r].height = 30 if i == 0 else 15
# header
ws.merge_cells("B12:B13"); ws["B12"] = "チェック項目"
ws.merge_cells("C12:E12"); ws["C12"] = "確認結果（日付）"
ws["C13"] = "1回目"; ws["D13"] = "目標日"; ws["E13"] = "2回目"
ws.merge_cells("F12:F13"); ws["F12"] = "備考"
hdrfill = PatternFill("solid", fgColor="D9D9D9")
for r in (12, 13):
    for c in range(2, 7):
        cell = ws.cell(r, c); cell.border = box; cell.alignment = center; cell.fill = hdrfill
        cell.font = Font(name=font, bold=True)

r = 14
entries = []; cellmap = []
prev = None
for (head, item), (a1, tgt, a2, rem, vals) in zip(ITEMS, FILL):
    if head != prev:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(r, 2, head).font = Font(name=font, bold=True)
        for c in range(2, 7): ws.cell(r, c).border = box
        ws.row_dimensions[r].height = 20
        prev = head; r += 1
    ws.cell(r, 2, item)
    ws.cell(r, 3, a1)
    ws.cell(r, 4, tgt if tgt else BLANK_DATE)
    ws.cell(r, 5, a2 if a2 else BLANK_ANS)
    if rem: ws.cell(r, 6, rem)
    for c in range(2, 7):
        cell = ws.cell(r, c); cell.border = box
        cell.alignment = wrap if c in (2, 6) else center
        cell.font = Font(name=font, size=10)
    ws.row_dimensions[r].height = 48
    e = dict(section=head, item=item); e.update(vals)
    if rem: e["remarks"] = rem
    entries.append(e)
    cm = {"firstAnswer": f"C{r}", "firstDate": f"C{r}"}
    if tgt: cm["targetDate"] = f"D{r}"
    if a2: cm["secondAnswer"] = f"E{r}"; cm["secondDate"] = f"E{r}"
    if rem: cm["remarks"] = f"F{r}"
    cellmap.append(cm)
    r += 1
ws.print_area = f"A1:G{r}"
ws.page_setup.orientation = "portrait"; ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
 "form": "checklist-minimum", "version": "R6", "file": NAME + ".xlsx",
 "values": {"facilityName": FACILITY, "entries": entries},
 "planted": [],
 "notes": ("Answers written in the template cell 'はい・いいえ（ / ）' with the wrong option deleted and a year-less date "
           "inside the brackets (10/8 = 2024-10-08, 1/31 = 2025-01-31 on this R6 form). 目標日/2回目 cells that were not "
           "needed still hold the untouched template text 'はい・いいえ（　　/　　）' / '（　　/　　）' and are blank answers. "
           "No item numbers are shown, so itemNo is omitted. Section = the 〇 heading row above the item."),
}
json.dump(exp, open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
json.dump({"sheet": ws.title, "cells": cellmap, "facility": "E5"}, open(f"/tmp/clx_{NAME}.cells.json", "w"), ensure_ascii=False)
print("ok", NAME)

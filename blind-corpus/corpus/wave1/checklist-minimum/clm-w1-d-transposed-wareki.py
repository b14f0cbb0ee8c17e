#!/usr/bin/python3
"""clm-w1-d: transposed table (items as columns Q1..Q8, rows = 区分 / 項目 / 1回目 / 目標日 / 2回目 / 備考),
an extra 記入要領 sheet first, 医療機関名 label above its value, dates mostly Excel date cells shown in 和暦
([$-411]ggge"年"m"月"d"日") plus a few typed as 和暦 text.
Planted: Q5 has a 1回目 確認日 but no はい/いいえ answer."""
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "clm-w1-d-transposed-wareki"
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
FACILITY = "医療法人社団 潮風会 玉野みなと病院"
D = lambda y, m, d: dt.date(y, m, d)
W = "W"  # marker: write as 和暦 text instead of a date cell
def wtxt(d):  # 令和 text
    return f"令和{d.year - 2018}年{d.month}月{d.day}日"
# (ans1, date1, target, ans2, date2, remarks); date tuples (date, as_text?)
ROWS = [
 ("はい",   (D(2024, 11, 5), 0), None, None, None, None),
 ("はい",   (D(2024, 11, 5), 0), None, None, None, None),
 ("いいえ", (D(2024, 11, 5), 0), (D(2025, 1, 31), 0), None, None, "1月の職員研修で周知予定"),
 ("はい",   (D(2024, 11, 6), 1), None, None, None, None),
 (None,     (D(2024, 11, 6), 0), None, None, None, "事業者に確認中"),          # planted: no answer
 ("いいえ", (D(2024, 11, 6), 0), (D(2024, 12, 27), 1), "はい", (D(2024, 12, 24), 0), "UTMログの月次確認を開始"),
 ("はい",   (D(2024, 11, 7), 0), None, None, None, "保守契約で四半期ごとに適用"),
 ("はい",   (D(2024, 11, 7), 1), None, None, None, None),
]
WAREKI_FMT = '[$-411]ggge"年"m"月"d"日"'
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wb = Workbook()
g = wb.active; g.title = "記入要領"
guide = ["記入要領",
         "1. 医療機関名を記入してください。",
         "2. 各項目について確認し、1回目の回答欄に「はい」又は「いいえ」を、確認日欄に確認した日を記入してください。",
         "3. 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
         "4. 対応後に再確認した結果を2回目の欄に記入してください。",
         "5. 立入検査時に本チェックリストを確認します。"]
for i, t in enumerate(guide, 1): g.cell(i, 1, t)
g["A1"].font = Font(bold=True, size=12); g.column_dimensions["A"].width = 100

ws = wb.create_sheet("チェックリスト"); wb.active = 1
ws.column_dimensions["A"].width = 10; ws.column_dimensions["B"].width = 10
for c in "CDEFGHIJ": ws.column_dimensions[c].width = 20
ws["A1"] = "サイバー攻撃リスク低減のための最低限の措置　チェックリスト"; ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "医療機関名"; ws["A3"].font = Font(bold=True)
ws["A4"] = FACILITY; ws.merge_cells("A4:E4"); ws["A4"].border = Border(bottom=thin)
top = 6
labels = [("区分", None), ("番号", None), ("チェック項目", None),
          ("1回目", "回答"), ("1回目", "確認日"), ("目標日", None), ("2回目", "回答"), ("2回目", "確認日"), ("備考", None)]
for i, (l1, l2) in enumerate(labels):
    r = top + i
    if l2 is None:
        ws.cell(r, 1, l1); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    else:
        ws.cell(r, 1, l1); ws.cell(r, 2, l2)
    for cc in (1, 2):
        ws.cell(r, cc).fill = PatternFill("solid", fgColor="FCE4D6"); ws.cell(r, cc).border = box
        ws.cell(r, cc).alignment = Alignment(horizontal="center", vertical="center")
ws.merge_cells(start_row=top+3, start_column=1, end_row=top+4, end_column=1)
ws.merge_cells(start_row=top+6, start_column=1, end_row=top+7, end_column=1)
ws.row_dimensions[top+2].height = 150; ws.row_dimensions[top+8].height = 45
# section header cells merged across their items
spans = {0: (3, 5), 1: (6, 8), 2: (9, 10)}
for s, (c1, c2) in spans.items():
    ws.cell(top, c1, SEC[s]); ws.merge_cells(start_row=top, start_column=c1, end_row=top, end_column=c2)
    ws.cell(top, c1).alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
ws.row_dimensions[top].height = 36
entries = []; colof = {}
def put_date(r, c, dd):
    d, astext = dd
    if astext: ws.cell(r, c, wtxt(d))
    else:
        ws.cell(r, c, d); ws.cell(r, c).number_format = WAREKI_FMT
for i, ((sec, text), (a1, d1, tg, a2, d2, rem)) in enumerate(zip(ITEMS, ROWS)):
    c = 3 + i; colof[i] = c
    ws.cell(top+1, c, f"Q{i+1}")
    ws.cell(top+2, c, text)
    if a1: ws.cell(top+3, c, a1)
    put_date(top+4, c, d1)
    if tg: put_date(top+5, c, tg)
    if a2: ws.cell(top+6, c, a2)
    if d2: put_date(top+7, c, d2)
    if rem: ws.cell(top+8, c, rem)
    for rr in range(top, top+9):
        ws.cell(rr, c).border = box
        if rr > top: ws.cell(rr, c).alignment = Alignment(wrap_text=True, horizontal="center", vertical="center")
    ws.cell(top+2, c).alignment = Alignment(wrap_text=True, vertical="top")
    e = {"section": SEC[sec], "item": text, "itemNo": f"Q{i+1}"}
    if a1: e["firstAnswer"] = a1
    e["firstDate"] = d1[0].isoformat()
    if tg: e["targetDate"] = tg[0].isoformat()
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2[0].isoformat()
    if rem: e["remarks"] = rem
    entries.append(e)
wb.save(os.path.join(HERE, NAME + ".xlsx"))
from openpyxl.utils import get_column_letter as L
exp = {"form": "checklist-minimum", "version": "R6", "file": NAME + ".xlsx",
       "values": {"facilityName": FACILITY, "entries": entries},
       "planted": [
         {"cells": [f"チェックリスト!{L(colof[4])}{top+3}"], "paths": ["entries[4].firstAnswer"],
          "why": "Q5 (ネットワーク接続点へのアクセス制御) has a 1回目 確認日 but no はい/いいえ answer; every item needs a 1回目 answer and date"}],
       "notes": "Transposed: one column per item (Q1..Q8), rows 区分/番号/チェック項目/1回目回答/1回目確認日/目標日/2回目回答/2回目確認日/備考. "
                "区分 cells are merged over the items of each section and show the heading with 〇. Dates are Excel date cells with a 和暦 "
                "number format, except Q4 and Q8 1回目 and Q6 目標日 which are typed as 和暦 text (令和6年11月6日 …). "
                "First sheet 記入要領 is instructions only."}
json.dump(exp, open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("ok", NAME)

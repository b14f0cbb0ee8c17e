#!/usr/bin/python3
"""clm-w1-b: hospital IT person's own sheet. Items numbered 1-1..3-2, separate 回答 / 確認日 columns,
two-row header 1回目 / 目標日 / 2回目, dates as Excel date cells, data-validation dropdown はい/いいえ,
a COUNTIF formula saved by openpyxl without cached value.
Planted: (1) No.2-3 いいえ without 目標日; (2) No.3-1 2回目 date before 1回目 date."""
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

NAME = "clm-w1-b-numbered-split-cols"
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
NOS = ["1-1", "1-2", "1-3", "2-1", "2-2", "2-3", "3-1", "3-2"]
FACILITY = "社会医療法人 吉備の里 吉備中央記念病院"
D = lambda m, d, y=2024: dt.date(y, m, d)
#        1回目ans, 1回目date, target, 2回目ans, 2回目date, remarks
ROWS = [
 ("はい",   D(10, 8),  None,        None,   None,       None),
 ("いいえ", D(10, 8),  D(11, 29),   "はい", D(11, 26),  "共有アカウントのPWを個別化"),
 ("はい",   D(10, 9),  None,        None,   None,       None),
 ("はい",   D(10, 9),  None,        None,   None,       "電子カルテ・PACS・検査系の各事業者と確認"),
 ("はい",   D(10, 9),  None,        None,   None,       None),
 ("いいえ", D(10, 10), None,        None,   None,       "UTMのログ保存期間を要確認"),      # planted: no 目標日
 ("いいえ", D(11, 5),  D(11, 29),   "はい", D(10, 5),   "ルータFW更新済"),              # planted: 2回目 < 1回目
 ("はい",   D(10, 10), None,        None,   None,       None),
]
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdrfill = PatternFill("solid", fgColor="FFF2CC")
wb = Workbook(); ws = wb.active; ws.title = "最低限の措置"
widths = {"A": 6, "B": 58, "C": 8, "D": 12, "E": 12, "F": 8, "G": 12, "H": 28}
for k, v in widths.items(): ws.column_dimensions[k].width = v
ws["A1"] = "サイバーセキュリティ対策チェックリスト（最低限の措置編）"; ws["A1"].font = Font(bold=True, size=14)
ws["A3"] = "医療機関名"; ws.merge_cells("A3:B3")  # label spans A:B ... value in C
ws["A3"].alignment = Alignment(horizontal="right")
ws["C3"] = FACILITY; ws.merge_cells("C3:H3")
ws["A4"] = "※回答欄はプルダウンで選択。日付は yyyy/m/d で入力。"
ws["F5"] = "いいえ件数"; ws["G5"] = '=COUNTIF(C9:C19,"いいえ")'
h = 7
def hdr(r1, c1, r2, c2, text):
    ws.cell(r1, c1, text)
    if (r1, c1) != (r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
hdr(h, 1, h+1, 1, "No."); hdr(h, 2, h+1, 2, "チェック項目")
hdr(h, 3, h, 4, "1回目"); hdr(h, 5, h+1, 5, "目標日"); hdr(h, 6, h, 7, "2回目"); hdr(h, 8, h+1, 8, "備考")
for c, t in ((3, "回答"), (4, "確認日"), (6, "回答"), (7, "確認日")): ws.cell(h+1, c, t)
for rr in (h, h+1):
    for cc in range(1, 9):
        x = ws.cell(rr, cc); x.border = box; x.fill = hdrfill
        x.alignment = Alignment(horizontal="center", vertical="center")
dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True); ws.add_data_validation(dv)
r = h + 2; cur = None; entries = []; cellmap = {}
for i, ((sec, text), no, row) in enumerate(zip(ITEMS, NOS, ROWS)):
    if sec != cur:
        cur = sec
        ws.cell(r, 1, str(sec + 1)); ws.cell(r, 2, SEC[sec][1:])
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=8)
        for cc in range(1, 9):
            ws.cell(r, cc).border = box; ws.cell(r, cc).fill = PatternFill("solid", fgColor="E2EFDA")
        ws.cell(r, 2).font = Font(bold=True)
        r += 1
    a1, d1, tg, a2, d2, rem = row
    ws.cell(r, 1, no); ws.cell(r, 2, text).alignment = Alignment(wrap_text=True, vertical="center")
    for cc, v in zip(range(3, 9), (a1, d1, tg, a2, d2, rem)):
        if v is not None: ws.cell(r, cc, v)
        if isinstance(v, dt.date): ws.cell(r, cc).number_format = "yyyy/m/d"
        ws.cell(r, cc).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    ws.cell(r, 1).alignment = Alignment(horizontal="center", vertical="center")
    for cc in range(1, 9): ws.cell(r, cc).border = box
    dv.add(f"C{r}"); dv.add(f"F{r}")
    ws.row_dimensions[r].height = 45
    cellmap[i] = r
    e = {"section": SEC[sec], "item": text, "itemNo": no, "firstAnswer": a1, "firstDate": d1.isoformat()}
    if tg: e["targetDate"] = tg.isoformat()
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2.isoformat()
    if rem: e["remarks"] = rem
    entries.append(e); r += 1
ws.freeze_panes = "C9"
wb.save(os.path.join(HERE, NAME + ".xlsx"))
S = ws.title
exp = {"form": "checklist-minimum", "version": "R6", "file": NAME + ".xlsx",
       "values": {"facilityName": FACILITY, "entries": entries},
       "planted": [
         {"cells": [f"{S}!E{cellmap[5]}"], "paths": ["entries[5].targetDate"],
          "why": "1回目 いいえ (No.2-3) but no 目標日; the form says a 「いいえ」 answer needs the target date"},
         {"cells": [f"{S}!G{cellmap[6]}", f"{S}!D{cellmap[6]}"], "paths": ["entries[6].secondDate"],
          "why": "No.3-1: 2回目 確認日 2024-10-05 is before the 1回目 確認日 2024-11-05 (month typo)"}],
       "notes": "Item numbers 1-1..3-2 are the hospital's own; section rows show the heading without 〇 in column B with the section number in A. "
                "Dates are Excel date cells (yyyy/m/d). G5 holds =COUNTIF(...) saved by openpyxl with no cached value (not a form field)."}
json.dump(exp, open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("ok", NAME, cellmap)

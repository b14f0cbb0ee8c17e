#!/usr/bin/python3
"""clm-w1-e: one cell per check like the seed but with single-row headers, a correctly labelled 記入例 row
under the header, full-width digits in some dates, 医療機関名：… in one cell, a hidden 選択肢 sheet;
written by openpyxl then re-saved by LibreOffice.
Planted: (1) item 3 はい without 1回目 date; (2) item 5 いいえ with target left as template '(　/　)';
(3) item 8 2回目 date (10/1) before 1回目 date (10/9)."""
import json, os, subprocess, tempfile, shutil
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "clm-w1-e-onecell-lo-resaved"
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
FACILITY = "医療法人 笠岡会 笠岡ひかり病院"
EMPTY_T = "(　/　)"
ROWS = [  # (cell1, target, cell2, remarks, canonical)
 ("はい（１０／７）", "", "", None, dict(firstAnswer="はい", firstDate="2024-10-07")),
 ("はい（１０／７）", "", "", None, dict(firstAnswer="はい", firstDate="2024-10-07")),
 ("はい", "", "", "院内掲示で周知済み", dict(firstAnswer="はい")),                                  # planted 1
 ("いいえ（10/7）", "（11/29）", "はい（11/27）", "VPN・保守回線・地域連携NWの3か所",
  dict(firstAnswer="いいえ", firstDate="2024-10-07", targetDate="2024-11-29", secondAnswer="はい", secondDate="2024-11-27")),
 ("いいえ（10/7）", EMPTY_T, "", "事業者見積待ち", dict(firstAnswer="いいえ", firstDate="2024-10-07")),   # planted 2
 ("はい (10/8)", "", "", None, dict(firstAnswer="はい", firstDate="2024-10-08")),
 ("はい (10/8)", "", "", None, dict(firstAnswer="はい", firstDate="2024-10-08")),
 ("いいえ (10/9)", "(11/15)", "はい (10/1)", "定義ファイル自動更新を設定",                            # planted 3
  dict(firstAnswer="いいえ", firstDate="2024-10-09", targetDate="2024-11-15", secondAnswer="はい", secondDate="2024-10-01")),
]
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wb = Workbook(); ws = wb.active; ws.title = "最低限の措置編"
for k, v in {"A": 60, "B": 22, "C": 14, "D": 22, "E": 28}.items(): ws.column_dimensions[k].width = v
ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト「サイバー攻撃リスク低減のための最低限の措置」編"
ws["A1"].font = Font(bold=True)
ws["E1"] = "医療機関確認用"
ws["A3"] = "医療機関名：" + FACILITY
ws["A4"] = "※1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。"
h = 6
for c, t in enumerate(["チェック項目", "1回目（はい・いいえ／日付）", "目標日", "2回目（はい・いいえ／日付）", "備考"], 1):
    x = ws.cell(h, c, t); x.border = box; x.font = Font(bold=True)
    x.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    x.fill = PatternFill("solid", fgColor="DDEBF7")
ex = ["【記入例】○○○○について確認している。", "いいえ（10/1）", "（12/20）", "はい（12/15）", "← 記入例（削除不要）"]
for c, t in enumerate(ex, 1):
    x = ws.cell(h+1, c, t); x.border = box; x.font = Font(color="808080", italic=True)
r = h + 2; cur = None; entries = []; rowof = {}
for i, ((sec, text), (c1, tg, c2, rem, canon)) in enumerate(zip(ITEMS, ROWS)):
    if sec != cur:
        if cur is not None: r += 1   # blank spacer row between sections
        cur = sec
        ws.cell(r, 1, SEC[sec]).font = Font(bold=True)
        for cc in range(1, 6): ws.cell(r, cc).border = box; ws.cell(r, cc).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
    ws.cell(r, 1, text).alignment = Alignment(wrap_text=True, vertical="center")
    for cc, v in zip((2, 3, 4, 5), (c1, tg, c2, rem)):
        if v: ws.cell(r, cc, v)
        ws.cell(r, cc).alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for cc in range(1, 6): ws.cell(r, cc).border = box
    ws.row_dimensions[r].height = 45
    rowof[i] = r
    e = {"section": SEC[sec], "item": text}; e.update(canon)
    if rem: e["remarks"] = rem
    entries.append(e); r += 1
opt = wb.create_sheet("選択肢")
for i, t in enumerate(["はい（　/　）", "いいえ（　/　）", "（　/　）"], 1): opt.cell(i, 1, t)
opt.sheet_state = "hidden"
tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx"); wb.save(src)
out = os.path.join(tmp, "out"); os.makedirs(out)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", out, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(out, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx")); shutil.rmtree(tmp)
S = ws.title
exp = {"form": "checklist-minimum", "version": "R6", "file": NAME + ".xlsx",
       "values": {"facilityName": FACILITY, "entries": entries},
       "planted": [
         {"cells": [f"{S}!B{rowof[2]}"], "paths": ["entries[2].firstDate"],
          "why": "item 3 (類推されやすいパスワード…周知): 1回目 'はい' written without a date; every item needs a 1回目 answer and date"},
         {"cells": [f"{S}!C{rowof[4]}"], "paths": ["entries[4].targetDate"],
          "why": "item 5 (アクセス制御): 1回目 いいえ but the 目標日 cell still holds the empty template '(　/　)'"},
         {"cells": [f"{S}!D{rowof[7]}", f"{S}!B{rowof[7]}"], "paths": ["entries[7].secondDate"],
          "why": "item 8 (セキュリティ対策ソフト): 2回目 date 10/1 is before the 1回目 date 10/9"}],
       "notes": "Row 7 is a correctly labelled 【記入例】 row and must be ignored. Some dates use full-width digits （１０／７）. "
                "Item 5's 目標日 '(　/　)' is the blank template, i.e. no value. Section rows show the heading with 〇 (U+3007); "
                "a blank spacer row separates sections. Hidden sheet 選択肢 holds option strings only. Re-saved by LibreOffice."}
json.dump(exp, open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("ok", NAME, rowof)

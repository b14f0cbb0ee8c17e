#!/usr/bin/python3
"""clm-w26-b: a hospital's own redraw of the 最低限の措置編 checklist: 記入要領 sheet first, then a numbered
table (No. | チェック項目 | 1回目 結果/確認日 | 目標日 | 2回目 結果/確認日 | 備考) with a labelled 記入例 row,
answers from a drop-down, 確認日 as Excel date cells, 目標日 typed as 和暦 text, a COUNTIF total without a
cached value. Saved by openpyxl only.
Planted: item 4 いいえ without 目標日; item 6 2回目 date before the 1回目 date."""
import datetime as dt, json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave26/checklist-minimum"
NAME = "clm-w26-b-numbered-table-separate-dates"
FACILITY = "医療法人 松風会 玉島みなと病院"
SHEET = "チェックリスト"

H1 = "〇パスワードを強固なものに変更し、使い回しをしない"
H2 = "〇IoT 機器を含む情報資産の通信制御を確認する"
H3 = "〇ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
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
D = dt.date
# (heading, item, ans1, date1, target(text or None), ans2, date2, remarks, expected)
ROWS = [
    (H1, I[0], "はい", D(2024, 11, 5), None, None, None, "",
     dict(firstAnswer="はい", firstDate="2024-11-05")),
    (H1, I[1], "いいえ", D(2024, 11, 5), "令和6年12月27日", "はい", D(2024, 12, 24), "",
     dict(firstAnswer="いいえ", firstDate="2024-11-05", targetDate="2024-12-27",
          secondAnswer="はい", secondDate="2024-12-24")),
    (H1, I[2], "はい", D(2024, 11, 5), None, None, None, "11/1 院内メールで周知、朝礼でも説明",
     dict(firstAnswer="はい", firstDate="2024-11-05")),
    # PLANT 1: いいえ but no 目標日
    (H2, I[3], "いいえ", D(2024, 11, 6), None, None, None, "事業者へ確認依頼中",
     dict(firstAnswer="いいえ", firstDate="2024-11-06")),
    (H2, I[4], "はい", D(2024, 11, 6), None, None, None, "",
     dict(firstAnswer="はい", firstDate="2024-11-06")),
    # PLANT 2: 2回目 date (2024-10-30) before 1回目 date (2024-11-06)
    (H2, I[5], "いいえ", D(2024, 11, 6), "R7.2.28", "はい", D(2024, 10, 30), "ルータのログ確認を月次点検に追加",
     dict(firstAnswer="いいえ", firstDate="2024-11-06", targetDate="2025-02-28",
          secondAnswer="はい", secondDate="2024-10-30")),
    (H3, I[6], "はい", D(2024, 11, 6), None, None, None, "",
     dict(firstAnswer="はい", firstDate="2024-11-06")),
    (H3, I[7], "はい", D(2024, 11, 7), None, None, None, "定義ファイル自動更新を確認",
     dict(firstAnswer="はい", firstDate="2024-11-07")),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
hdr_fill = PatternFill("solid", fgColor="DDEBF7")

wb = Workbook()
inst = wb.active
inst.title = "記入要領"
inst.column_dimensions["A"].width = 100
lines = [
    "【記入要領】チェックリスト（最低限の措置編）",
    "",
    "1. 「チェックリスト」シートの各項目について、1回目の確認結果を「はい」「いいえ」から選択し、確認日を入力してください。",
    "2. 1回目が「いいえ」の場合は、実施可能な直近の対応目標日を入力してください。",
    "3. 対応後、2回目の確認結果と確認日を入力してください。",
    "4. 記入例の行は参考です（データとして扱いません）。",
    "5. 立入検査時に保健所が確認します。参考：令和6年8月1日事務連絡「サイバー攻撃リスク低減のための最低限の措置」",
]
for i, t in enumerate(lines, 1):
    inst.cell(i, 1, t)
inst["A1"].font = Font(bold=True, size=12)

ws = wb.create_sheet(SHEET)
widths = dict(A=5, B=60, C=9, D=12, E=16, F=9, G=12, H=30)
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト「サイバー攻撃リスク低減のための最低限の措置」編（医療機関確認用）"
ws["A1"].font = Font(bold=True, size=12)
ws["B3"] = "医療機関名"
ws["B3"].font = Font(bold=True)
ws["B4"] = FACILITY
ws["B4"].border = box

# two-row header
ws.merge_cells("A6:A7"); ws["A6"] = "No."
ws.merge_cells("B6:B7"); ws["B6"] = "チェック項目"
ws.merge_cells("C6:D6"); ws["C6"] = "1回目"
ws["C7"] = "結果"; ws["D7"] = "確認日"
ws.merge_cells("E6:E7"); ws["E6"] = "目標日\n（1回目いいえの場合）"
ws.merge_cells("F6:G6"); ws["F6"] = "2回目"
ws["F7"] = "結果"; ws["G7"] = "確認日"
ws.merge_cells("H6:H7"); ws["H6"] = "備考"
for rr in (6, 7):
    for c in range(1, 9):
        cell = ws.cell(rr, c)
        cell.border = box; cell.alignment = center; cell.fill = hdr_fill; cell.font = Font(bold=True)

# labelled example row
ex = ["記入例", "（例）〇〇〇〇している。", "いいえ", dt.date(2024, 10, 1), "令和6年10月31日", "はい",
      dt.date(2024, 10, 25), "（例）事業者と調整済み"]
for c, v in enumerate(ex, 1):
    cell = ws.cell(8, c, v)
    cell.border = box
    cell.font = Font(color="808080", italic=True)
    cell.alignment = center if c != 2 else wrap
    if isinstance(v, dt.date):
        cell.number_format = "yyyy/m/d"

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

r = 9
first_data = None
entries = []
cells = {}
last_h = None
no = 0
for h, item, a1, d1, tgt, a2, d2, rem, exp in ROWS:
    if h != last_h:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1, h).font = Font(bold=True)
        for c in range(1, 9):
            ws.cell(r, c).border = box
        last_h = h
        r += 1
    no += 1
    if first_data is None:
        first_data = r
    ws.cell(r, 1, no).alignment = center
    ws.cell(r, 2, item).alignment = wrap
    ws.cell(r, 3, a1)
    ws.cell(r, 4, d1).number_format = "yyyy/m/d"
    if tgt:
        ws.cell(r, 5, tgt)
    if a2:
        ws.cell(r, 6, a2)
    if d2:
        ws.cell(r, 7, d2).number_format = "yyyy/m/d"
    if rem:
        ws.cell(r, 8, rem).alignment = wrap
    for c in range(1, 9):
        ws.cell(r, c).border = box
        if c in (3, 4, 5, 6, 7):
            ws.cell(r, c).alignment = center
    dv.add(f"C{r}"); dv.add(f"F{r}")
    ws.row_dimensions[r].height = 42
    e = dict(section=h, item=item, itemNo=str(no))
    e.update(exp)
    if rem:
        e["remarks"] = rem
    entries.append(e)
    cells[no] = r
    r += 1
last_data = r - 1
r += 1
ws.cell(r, 2, "「いいえ」（1回目）の件数").alignment = Alignment(horizontal="right")
ws.cell(r, 3, f'=COUNTIF(C{first_data}:C{last_data},"いいえ")')
ws.freeze_panes = "C8"
wb.active = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [
        {"cells": [f"{SHEET}!E{cells[4]}"], "paths": ["entries[3].targetDate"],
         "why": "1回目が「いいえ」なのに目標日が未記入（いいえの場合は対応目標日が必要）"},
        {"cells": [f"{SHEET}!G{cells[6]}", f"{SHEET}!D{cells[6]}"], "paths": ["entries[5].secondDate"],
         "why": "2回目の確認日 2024-10-30 が1回目の確認日 2024-11-06 より前になっている（2025-02 の入力ミスと思われる）"},
    ],
    "notes": ("Row 8 is a correctly labelled 記入例 row (grey) and is not data. Headings are merged rows in "
              "column A with the catalogue's '〇' text. 確認日 are Excel date cells; 目標日 are typed as 和暦 text "
              "('令和6年12月27日', 'R7.2.28'). The 「いいえ」件数 total below the table is a COUNTIF formula saved by openpyxl "
              "without a cached value. itemNo is the No. column (1-8)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", NAME, cells)

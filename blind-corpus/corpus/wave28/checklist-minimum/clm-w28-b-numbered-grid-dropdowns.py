#!/usr/bin/python3
"""clm-w28-b: a hospital IT office's own redraw of the 最低限の措置 checklist.

No. column, the ○ headings as vertically merged 区分 cells, separate answer/date columns with はい/いいえ
dropdowns (list on a hidden sheet), a correctly labelled 記入例 row above the data, COUNTIF totals below
(openpyxl: formulas without cached values).  Dates mostly Excel date cells, some typed as 和暦 text.
Two planted problems (see expected.json).
"""
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w28-b-numbered-grid-dropdowns"
SHEET = "最低限の措置チェック"

FACILITY = "社会医療法人 吉備高原会 高梁きび病院"

H1 = "パスワードを強固なものに変更し、使い回しをしない"
H2 = "IoT 機器を含む情報資産の通信制御を確認する"
H3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
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
D = dt.datetime
# cells: (1回目回答, 1回目確認日, 目標日, 2回目回答, 2回目確認日, 備考)
FILL = [
    ("はい", D(2024, 10, 15), None, None, None, None),
    ("いいえ", D(2024, 10, 15), "令和6年12月20日", "はい", "令和6年12月16日", "電子カルテ・PACSの管理者PWが同一→個別に変更"),
    ("はい", D(2024, 10, 15), None, None, None, "院内掲示・朝礼で周知 "),
    ("はい", D(2024, 10, 16), None, None, None, "ネットワーク構成図で確認（業者立会い）"),
    ("いいえ", D(2024, 10, 16), "R6.10.6", None, None, "地域連携NWのFW設定見直し"),   # planted: 目標日 before 1回目
    ("はい", D(2024, 10, 16), None, None, None, None),
    ("はい", None, None, None, None, "保守契約で年2回実施"),                         # planted: 1回目 date missing
    ("はい", D(2024, 10, 15), None, None, None, None),
]
CANON = [
    dict(firstAnswer="はい", firstDate="2024-10-15"),
    dict(firstAnswer="いいえ", firstDate="2024-10-15", targetDate="2024-12-20", secondAnswer="はい", secondDate="2024-12-16",
         remarks="電子カルテ・PACSの管理者PWが同一→個別に変更"),
    dict(firstAnswer="はい", firstDate="2024-10-15", remarks="院内掲示・朝礼で周知"),
    dict(firstAnswer="はい", firstDate="2024-10-16", remarks="ネットワーク構成図で確認（業者立会い）"),
    dict(firstAnswer="いいえ", firstDate="2024-10-16", targetDate="2024-10-06", remarks="地域連携NWのFW設定見直し"),
    dict(firstAnswer="はい", firstDate="2024-10-16"),
    dict(firstAnswer="はい", remarks="保守契約で年2回実施"),
    dict(firstAnswer="はい", firstDate="2024-10-15"),
]

thin = Side(style="thin")
BD = Border(left=thin, right=thin, top=thin, bottom=thin)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
L = Alignment(horizontal="left", vertical="center", wrap_text=True)
HDR = PatternFill("solid", fgColor="E2EFDA")
GREY = PatternFill("solid", fgColor="EDEDED")


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    widths = dict(A=5, B=20, C=56, D=9, E=12, F=13, G=9, H=15, I=28)
    for k, v in widths.items():
        ws.column_dimensions[k].width = v

    ws["A1"] = "サイバーセキュリティ対策チェックリスト【サイバー攻撃リスク低減のための最低限の措置編】（医療機関確認用）"
    ws["A1"].font = Font(size=13, bold=True)
    ws["A2"] = "医療機関名：" + FACILITY
    ws["A2"].font = Font(size=11, bold=True)
    ws["G2"] = "※プルダウンから「はい」「いいえ」を選択。1回目「いいえ」の項目は目標日を記入。"
    ws["G2"].font = Font(size=9, color="C00000")

    # header rows 4-5
    hdr = [("A4", "A5", "No."), ("B4", "B5", "区分"), ("C4", "C5", "チェック項目"),
           ("D4", "E4", "1回目"), ("F4", "F5", "目標日"), ("G4", "H4", "2回目"), ("I4", "I5", "備考")]
    for a, b, t in hdr:
        ws[a] = t
        if a != b:
            ws.merge_cells(f"{a}:{b}")
    ws["D5"] = "回答"; ws["E5"] = "確認日"; ws["G5"] = "回答"; ws["H5"] = "確認日"
    for row in ws.iter_rows(min_row=4, max_row=5, min_col=1, max_col=9):
        for c in row:
            c.border = BD; c.alignment = C; c.font = Font(bold=True); c.fill = HDR

    # 記入例 row 6
    ex = ["記入例", "（区分）", "○○○について確認している。", "いいえ", D(2024, 10, 1), D(2024, 11, 30), "はい",
          D(2024, 11, 25), "（対応内容を記入）"]
    for i, v in enumerate(ex, 1):
        c = ws.cell(6, i, v)
        c.fill = GREY; c.border = BD; c.font = Font(italic=True, color="808080")
        c.alignment = C if i != 3 and i != 9 else L
        if isinstance(v, dt.datetime):
            c.number_format = "yyyy/m/d"

    first = 7
    r = first
    start_of = {}
    entries = []
    for n, ((h, text), cells, canon) in enumerate(zip(ITEMS, FILL, CANON), 1):
        start_of.setdefault(h, [r, r])[1] = r
        ws.cell(r, 1, n).alignment = C
        ws.cell(r, 3, text).alignment = L
        for j, v in enumerate(cells):
            if v is None:
                continue
            c = ws.cell(r, 4 + j, v)
            if isinstance(v, dt.datetime):
                c.number_format = "yyyy/m/d"
        for col in range(1, 10):
            ws.cell(r, col).border = BD
            if col in (4, 5, 6, 7, 8):
                ws.cell(r, col).alignment = C
            elif col == 9:
                ws.cell(r, col).alignment = L
        ws.row_dimensions[r].height = 45
        e = {"section": h, "item": text, "itemNo": str(n)}
        e.update(canon)
        entries.append(e)
        r += 1
    last = r - 1
    for h, (a, b) in start_of.items():
        ws.cell(a, 2, "○" + h)
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
        ws.cell(a, 2).alignment = C

    # totals (formulas, no cached value)
    ws.cell(r + 1, 3, "1回目「はい」の件数").alignment = Alignment(horizontal="right")
    ws.cell(r + 1, 4, f'=COUNTIF(D{first}:D{last},"はい")')
    ws.cell(r + 2, 3, "1回目「いいえ」の件数").alignment = Alignment(horizontal="right")
    ws.cell(r + 2, 4, f'=COUNTIF(D{first}:D{last},"いいえ")')
    ws.cell(r + 3, 3, "2回目確認済の件数").alignment = Alignment(horizontal="right")
    ws.cell(r + 3, 4, f'=COUNTA(G{first}:G{last})')

    # hidden list sheet + validation
    ls = wb.create_sheet("リスト")
    ls["A1"] = "はい"; ls["A2"] = "いいえ"
    ls.sheet_state = "hidden"
    dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$2", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"D{first}:D{last}")
    dv.add(f"G{first}:G{last}")

    ws.freeze_panes = "D6"
    xlsx = os.path.join(HERE, NAME + ".xlsx")
    wb.save(xlsx)

    # planted cells
    e5row = first + 4
    e7row = first + 6
    expected = {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [
            {"cells": [f"{SHEET}!F{e5row}", f"{SHEET}!E{e5row}"], "paths": ["entries[4].targetDate"],
             "why": "1回目「いいえ」の目標日 R6.10.6 (2024-10-06) が1回目確認日 2024-10-16 より前（目標日は1回目の日付より後でなければならない）"},
            {"cells": [f"{SHEET}!E{e7row}"], "paths": ["entries[6].firstDate"],
             "why": "1回目の回答「はい」はあるが1回目の確認日が空欄（全項目に1回目の回答と日付が必要）"},
        ],
        "notes": ("Row 6 is a correctly labelled 記入例 row (greyed) and is not data. No. column 1-8 given as itemNo. "
                  "区分 = vertically merged ○ heading, given as section without the leading ○. 1回目 dates are Excel date "
                  "cells; 目標日/2回目 dates typed as 和暦 text (令和6年12月20日, R6.10.6). Remarks in row 9 has a trailing "
                  "space in the cell. Totals below the table are COUNTIF/COUNTA formulas saved without cached values. "
                  "Hidden sheet 'リスト' holds the dropdown list only."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()

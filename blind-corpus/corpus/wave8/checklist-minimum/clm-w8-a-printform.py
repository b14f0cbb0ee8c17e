#!/usr/bin/python3
"""Generator for clm-w8-a-printform.xlsx (checklist-minimum, R6, Okayama 最低限の措置編).

Role: general-affairs clerk of a hospital in 岡山市 who re-typed the prefecture's printed form
into Excel as a print layout and filled it by overtyping the pre-printed 「はい・いいえ (　/　)」 cells.
Writes the xlsx and NAME.expected.json into this script's folder.
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins

OUT = "/work/blind/wave8/checklist-minimum"
NAME = "clm-w8-a-printform"

FACILITY = "医療法人 緑風会 旭東中央病院"

H1 = "パスワードを強固なものに変更し、使い回しをしない"
H2 = "IoT 機器を含む情報資産の通信制御を確認する"
H3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"

BLANK_ANS = "はい・いいえ (　/　)"
BLANK_DATE = "(　/　)"

# (heading, item wording as written in the cell (== seed wording), 1回目 cell, 目標日 cell, 2回目 cell, 備考,
#  expected entry)
ROWS = [
    (H1, [
        ("システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
         "はい (10/21)", BLANK_DATE, BLANK_ANS, "",
         {"firstAnswer": "はい", "firstDate": "2024-10-21"}),
        ("複数の機器や外部サービス等で、同一のパスワードを設定していない。",
         "いいえ (10/21)", "(12/20)", "はい (12/16)", "ルータ・UTMの管理者パスワードを機器ごとに変更",
         {"firstAnswer": "いいえ", "firstDate": "2024-10-21", "targetDate": "2024-12-20",
          "secondAnswer": "はい", "secondDate": "2024-12-16",
          "remarks": "ルータ・UTMの管理者パスワードを機器ごとに変更"}),
        # PLANTED: answer chosen but the date left as printed
        ("利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
         "はい (　/　)", BLANK_DATE, BLANK_ANS, "職員向け研修で周知",
         {"firstAnswer": "はい", "remarks": "職員向け研修で周知"}),
    ]),
    (H2, [
        ("関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
         "はい (10/22)", BLANK_DATE, BLANK_ANS, "",
         {"firstAnswer": "はい", "firstDate": "2024-10-22"}),
        ("ネットワーク接続点へのアクセス制御を適切に実施している。",
         "いいえ (10/22)", "(1/31)", BLANK_ANS, "UTM更新時に併せて対応予定",
         {"firstAnswer": "いいえ", "firstDate": "2024-10-22", "targetDate": "2025-01-31",
          "remarks": "UTM更新時に併せて対応予定"}),
        # PLANTED: 目標日 before the 1回目 date
        ("各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
         "いいえ (10/22)", "(10/4)", BLANK_ANS, "ログ確認の手順を保守業者と調整中",
         {"firstAnswer": "いいえ", "firstDate": "2024-10-22", "targetDate": "2024-10-04",
          "remarks": "ログ確認の手順を保守業者と調整中"}),
    ]),
    (H3, [
        ("すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
         "はい (10/22)", BLANK_DATE, BLANK_ANS, "",
         {"firstAnswer": "はい", "firstDate": "2024-10-22"}),
        ("セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
         "はい (10/21)", BLANK_DATE, BLANK_ANS, "",
         {"firstAnswer": "はい", "firstDate": "2024-10-21"}),
    ]),
]


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = "最低限の措置"

    thin = Side(style="thin", color="000000")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    bottom_only = Border(bottom=thin)
    head_fill = PatternFill("solid", fgColor="D9D9D9")
    sec_fill = PatternFill("solid", fgColor="F2F2F2")
    f_title = Font(name="ＭＳ 明朝", size=14, bold=True)
    f_norm = Font(name="ＭＳ 明朝", size=10.5)
    f_small = Font(name="ＭＳ 明朝", size=9)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)

    # spacer column A and G (print margins drawn by hand)
    widths = {"A": 2, "B": 58, "C": 15, "D": 10, "E": 15, "F": 26, "G": 2}
    for col, w in widths.items():
        ws.column_dimensions[col].width = w

    ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
    ws["B1"].font = f_title
    ws.merge_cells("B1:F1")
    ws["B1"].alignment = Alignment(horizontal="center")
    ws["B2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
    ws["B2"].font = Font(name="ＭＳ 明朝", size=12, bold=True)
    ws.merge_cells("B2:F2")
    ws["B2"].alignment = Alignment(horizontal="center")
    ws["F3"] = "医療機関確認用"
    ws["F3"].font = f_norm
    ws["F3"].alignment = Alignment(horizontal="right")

    ws["B5"] = "医療機関名"
    ws["B5"].font = f_norm
    ws["B5"].alignment = Alignment(horizontal="right")
    ws["C5"] = FACILITY
    ws["C5"].font = Font(name="ＭＳ 明朝", size=12)
    ws.merge_cells("C5:F5")
    for c in ("C5", "D5", "E5", "F5"):
        ws[c].border = bottom_only

    notes = [
        "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）"
        "により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
        "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
        "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
        "※ 立入検査時、本チェックリストを確認します。",
    ]
    r = 7
    for n in notes:
        ws.cell(row=r, column=2, value=n).font = f_small
        ws.cell(row=r, column=2).alignment = Alignment(wrap_text=True, vertical="top")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.row_dimensions[r].height = 27 if len(n) > 60 else 15
        r += 1

    # table header (two rows)
    h1, h2 = 12, 13
    ws.cell(row=h1, column=2, value="チェック項目")
    ws.merge_cells(start_row=h1, start_column=2, end_row=h2, end_column=2)
    ws.cell(row=h1, column=3, value="確認結果（日付）")
    ws.merge_cells(start_row=h1, start_column=3, end_row=h1, end_column=5)
    ws.cell(row=h1, column=6, value="備考")
    ws.merge_cells(start_row=h1, start_column=6, end_row=h2, end_column=6)
    ws.cell(row=h2, column=3, value="1回目")
    ws.cell(row=h2, column=4, value="目標日")
    ws.cell(row=h2, column=5, value="2回目")
    for rr in (h1, h2):
        for cc in range(2, 7):
            cell = ws.cell(row=rr, column=cc)
            cell.border = box
            cell.fill = head_fill
            cell.font = f_norm
            cell.alignment = center

    entries = []
    cellmap = {}
    r = h2 + 1
    for heading, items in ROWS:
        ws.cell(row=r, column=2, value="○" + heading)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        for cc in range(2, 7):
            ws.cell(row=r, column=cc).border = box
            ws.cell(row=r, column=cc).fill = sec_fill
        ws.cell(row=r, column=2).font = Font(name="ＭＳ 明朝", size=10.5, bold=True)
        ws.row_dimensions[r].height = 18
        r += 1
        for text, a1, tgt, a2, rem, exp in items:
            ws.cell(row=r, column=2, value=text).alignment = wrap
            ws.cell(row=r, column=3, value=a1).alignment = center
            ws.cell(row=r, column=4, value=tgt).alignment = center
            ws.cell(row=r, column=5, value=a2).alignment = center
            if rem:
                ws.cell(row=r, column=6, value=rem).alignment = wrap
            for cc in range(2, 7):
                ws.cell(row=r, column=cc).border = box
                ws.cell(row=r, column=cc).font = f_norm
            ws.row_dimensions[r].height = 42
            e = {"section": heading, "item": text}
            e.update(exp)
            cellmap[text] = r
            entries.append(e)
            r += 1

    ws.print_area = "A1:G%d" % (r + 1)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.6, bottom=0.6)
    ws.print_title_rows = "12:13"
    ws.sheet_view.showGridLines = False

    wb.save(os.path.join(OUT, NAME + ".xlsx"))

    item3 = ROWS[0][1][2][0]
    item6 = ROWS[1][1][2][0]
    expected = {
        "form": "checklist-minimum",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "entries": entries},
        "planted": [
            {"cells": ["最低限の措置!C%d" % cellmap[item3]],
             "paths": ["entries[2].firstDate"],
             "why": "1回目は「はい」を残したが確認日を記入していない（全項目に1回目の回答と日付が必要）"},
            {"cells": ["最低限の措置!D%d" % cellmap[item6], "最低限の措置!C%d" % cellmap[item6]],
             "paths": ["entries[5].targetDate"],
             "why": "「いいえ」の目標日 (10/4) が1回目の確認日 (10/22) より前になっている"},
        ],
        "notes": "Pre-printed cells kept as printed where not filled: 'はい・いいえ (　/　)' and '(　/　)' mean blank. "
                 "Filled cells are answer+date in one cell with the other option deleted, year-less dates "
                 "(R6 form: Oct-Dec = 2024, Jan-Mar = 2025). Items carry no numbers. section = the ○ heading text "
                 "without the leading ○ mark.",
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()

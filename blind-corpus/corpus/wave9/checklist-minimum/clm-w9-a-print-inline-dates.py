#!/usr/bin/python3
# Generator for clm-w9-a-print-inline-dates.xlsx (checklist-minimum, Okayama 最低限の措置編)
# A print-style copy of the Okayama form: answer + year-less date in one cell (the filler deleted the
# unchosen option of 「はい・いいえ」), unused cells keep the printed placeholders.
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.page import PageMargins

OUT = "/work/blind/wave9/checklist-minimum"
NAME = "clm-w9-a-print-inline-dates.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "最低限の措置チェックリスト"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap_c = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap_l = Alignment(horizontal="left", vertical="center", wrap_text=True)
gothic = "ＭＳ ゴシック"

ws.column_dimensions["A"].width = 2      # spacer
ws.column_dimensions["B"].width = 58
ws.column_dimensions["C"].width = 13
ws.column_dimensions["D"].width = 10
ws.column_dimensions["E"].width = 13
ws.column_dimensions["F"].width = 26
ws.column_dimensions["G"].width = 2      # spacer

ws["F1"] = "（別添）"
ws["F1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B2:F2")
ws["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B2"].font = Font(name=gothic, size=14, bold=True)
ws["B2"].alignment = Alignment(horizontal="center")
ws.merge_cells("B3:F3")
ws["B3"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
ws["B3"].font = Font(name=gothic, size=12, bold=True)
ws["B3"].alignment = Alignment(horizontal="center")
ws.merge_cells("B4:F4")
ws["B4"] = "医療機関確認用"
ws["B4"].alignment = Alignment(horizontal="center")

# label and value in one cell, underlined like the printed form
ws.merge_cells("C6:F6")
ws["C6"] = "医療機関名：医療法人清和会 旭東なかやま病院"
ws["C6"].font = Font(name=gothic, size=11, underline="single")

notes = [
    "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、"
    "特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
r = 8
for n in notes:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    ws.cell(r, 2, n).alignment = wrap_l
    ws.cell(r, 2).font = Font(size=9)
    ws.row_dimensions[r].height = 27 if len(n) > 60 else 14
    r += 1

# header (two rows)
h1 = 13
ws.merge_cells(start_row=h1, start_column=2, end_row=h1 + 1, end_column=2)
ws.cell(h1, 2, "チェック項目")
ws.merge_cells(start_row=h1, start_column=3, end_row=h1, end_column=5)
ws.cell(h1, 3, "確認結果（日付）")
ws.merge_cells(start_row=h1, start_column=6, end_row=h1 + 1, end_column=6)
ws.cell(h1, 6, "備考")
ws.cell(h1 + 1, 3, "1回目")
ws.cell(h1 + 1, 4, "目標日")
ws.cell(h1 + 1, 5, "2回目")
for rr in (h1, h1 + 1):
    for cc in range(2, 7):
        c = ws.cell(rr, cc)
        c.border = box
        c.alignment = wrap_c
        c.fill = PatternFill("solid", fgColor="D9D9D9")
        c.font = Font(bold=True)

PH_ANS = "はい・いいえ\n（　/　）"   # printed placeholder, left as is when unused
PH_DATE = "（　/　）"

rows = [
    ("H", "○パスワードを強固なものに変更し、使い回しをしない"),
    ("I", "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい\n（10/8）", None, None, None),
    ("I", "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "いいえ\n（10/8）", "（12/20）", "はい\n（12/18）", "共通パスワードだった機器5台を\n個別設定に変更済"),
    ("I", "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "はい\n（10/8）", None, None, None),
    ("H", "○IoT 機器を含む情報資産の通信制御を確認する"),
    ("I", "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "はい\n（10/22）", None, None, "電子カルテ・医事会計・PACSの各事業者と確認"),
    ("I", "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "はい\n（10/22）", None, None, None),
    ("I", "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "いいえ\n（10/22）", "（1/31）", "はい\n（1/29）", "UTMのログ確認を月1回実施とした"),
    ("H", "○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"),
    ("I", "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "はい\n（10/22）", None, None, None),
    ("I", "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい\n（10/8）", None, None, None),
]
r = h1 + 2
for row in rows:
    if row[0] == "H":
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(r, 2, row[1]).font = Font(bold=True)
        ws.cell(r, 2).alignment = wrap_l
        for cc in range(2, 7):
            ws.cell(r, cc).border = box
        ws.row_dimensions[r].height = 18
    else:
        _, text, a1, tgt, a2, rem = row
        ws.cell(r, 2, text).alignment = wrap_l
        ws.cell(r, 3, a1 if a1 else PH_ANS).alignment = wrap_c
        ws.cell(r, 4, tgt if tgt else PH_DATE).alignment = wrap_c
        ws.cell(r, 5, a2 if a2 else PH_ANS).alignment = wrap_c
        if rem:
            ws.cell(r, 6, rem).alignment = wrap_l
        for cc in range(2, 7):
            ws.cell(r, cc).border = box
        ws.row_dimensions[r].height = 45
    r += 1

# print settings: A4 portrait, fit to one page wide, header rows repeated
ws.print_area = f"A1:G{r}"
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = f"{h1}:{h1+1}"
ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6)
ws.oddFooter.center.text = "&P / &N"
ws.sheet_view.view = "pageBreakPreview"

wb.save(os.path.join(OUT, NAME))
print("saved", NAME)

# Generator for clm-w34-a-okayama-print-combined-cells.xlsx
# Okayama prefecture's 「最低限の措置」編 checklist redrawn as the printed form:
# answer + year-less date in one cell (はい・いいえ (/) with one option deleted), template text left in unused cells.
import sys, json
sys.path.insert(0, "/tmp/clx-pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave34/checklist-minimum/clm-w34-a-okayama-print-combined-cells.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 58
for c in "CDE":
    ws.column_dimensions[c].width = 14
ws.column_dimensions["F"].width = 30

ws.merge_cells("B1:F1")
ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B1"].font = Font(size=14, bold=True)
ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:F2")
ws["B2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
ws["B2"].font = Font(size=12, bold=True)
ws["B2"].alignment = Alignment(horizontal="center")
ws["F3"] = "医療機関確認用"
ws["F3"].border = box
ws["F3"].alignment = center

# label and value in one cell (filler typed the name over the underline)
ws.merge_cells("B5:D5")
ws["B5"] = "医療機関名　医療法人清水会　旭川中央病院"
ws["B5"].font = Font(size=12, underline="single")

notes = [
    "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
r = 7
for n in notes:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    ws.cell(r, 2, n).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r].height = 30 if len(n) > 60 else 16
    r += 1

# header (two rows)
ws.merge_cells("B12:B13"); ws["B12"] = "チェック項目"
ws.merge_cells("C12:E12"); ws["C12"] = "確認結果（日付）"
ws["C13"] = "1回目"; ws["D13"] = "目標日"; ws["E13"] = "2回目"
ws.merge_cells("F12:F13"); ws["F12"] = "備考"
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
for row in (12, 13):
    for col in range(2, 7):
        c = ws.cell(row, col)
        c.border = box
        c.alignment = center
        c.fill = hdr_fill
        c.font = Font(bold=True)

TPL_ANS = "はい・いいえ\n（　　/　　）"
TPL_DATE = "（　　/　　）"

H1 = "○パスワードを強固なものに変更し、使い回しをしない"
H2 = "○IoT 機器を含む情報資産の通信制御を確認する"
H3 = "○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
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
# (first cell text, target cell text, second cell text, remarks)
fill = [
 ("はい\n（10/7）", TPL_DATE, TPL_ANS, None),
 ("いいえ\n（10/7）", "（11/29）", "はい\n（11/25）", "電子カルテ端末とVPN装置で同じPWを使用していたため変更"),
 ("いいえ\n（10/7）", "（10/31）", "はい\n（10/30）", "10/30 全職員へ院内メール・掲示で周知"),
 ("はい\n（10/7）", TPL_DATE, TPL_ANS, "回線業者・電カルベンダと確認済"),
 ("はい\n（10/7）", TPL_DATE, TPL_ANS, None),
 ("いいえ\n（10/7）", "（3/31）", TPL_ANS, "UTMログの定期確認手順を\n保守業者と調整中"),
 ("はい\n（10/8）", TPL_DATE, TPL_ANS, None),
 ("はい\n（10/8）", TPL_DATE, TPL_ANS, None),
]
layout = [("H", H1), (0,), (1,), (2,), ("H", H2), (3,), (4,), (5,), ("H", H3), (6,), (7,)]
r = 14
for entry in layout:
    if entry[0] == "H":
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        c = ws.cell(r, 2, entry[1]); c.font = Font(bold=True); c.alignment = wrap
        for col in range(2, 7):
            ws.cell(r, col).border = box
        ws.row_dimensions[r].height = 20
    else:
        i = entry[0]
        ws.cell(r, 2, I[i]).alignment = wrap
        a, t, s, rem = fill[i]
        ws.cell(r, 3, a).alignment = center
        ws.cell(r, 4, t).alignment = center
        ws.cell(r, 5, s).alignment = center
        if rem:
            ws.cell(r, 6, rem).alignment = wrap
        for col in range(2, 7):
            ws.cell(r, col).border = box
        ws.row_dimensions[r].height = 48
    r += 1

ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = "A1:F24"
wb.save(OUT)
print("saved", OUT)

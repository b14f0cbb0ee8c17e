# Generator: checklist-minimum, workbook a (print-style, as the Okayama 別添 form; answer and date in one cell)
import json
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font
from openpyxl.worksheet.page import PageMargins

OUT = "/work/blind/wave22/checklist-minimum/clm-w22-a-seed-print-combined-cells.xlsx"
wb = Workbook()
ws = wb.active
ws.title = "チェックリスト（最低限の措置編）"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(wrap_text=True, vertical="center", horizontal="center")

ws.column_dimensions["A"].width = 62
for c in "BCD":
    ws.column_dimensions[c].width = 15
ws.column_dimensions["E"].width = 30

ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["A1"].font = Font(size=14, bold=True)
ws.merge_cells("A1:E1"); ws["A1"].alignment = Alignment(horizontal="center")
ws["A2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
ws.merge_cells("A2:E2"); ws["A2"].alignment = Alignment(horizontal="center")
ws["E3"] = "医療機関確認用"; ws["E3"].border = box; ws["E3"].alignment = center
ws["A4"] = "医療機関名"; ws["A4"].alignment = Alignment(horizontal="right")
ws["B4"] = "医療法人 旭水会　旭東病院"
ws.merge_cells("B4:E4")
for c in "BCDE":
    ws[f"{c}4"].border = Border(bottom=thin)
notes = [
    "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
for i, n in enumerate(notes):
    r = 5 + i
    ws.cell(r, 1, n).alignment = Alignment(wrap_text=True, vertical="top")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.row_dimensions[r].height = 30 if i == 0 else 16

# header rows 10-11
ws["A10"] = "チェック項目"; ws.merge_cells("A10:A11")
ws["B10"] = "確認結果（日付）"; ws.merge_cells("B10:D10")
ws["B11"] = "1回目"; ws["C11"] = "目標日"; ws["D11"] = "2回目"
ws["E10"] = "備考"; ws.merge_cells("E10:E11")
for r in (10, 11):
    for c in range(1, 6):
        ws.cell(r, c).border = box
        ws.cell(r, c).alignment = center
        ws.cell(r, c).font = Font(bold=True)

BLANK_ANS = "はい・いいえ\n(　/　)"
BLANK_DATE = "(　/　)"
rows = [
    ("H", "○パスワードを強固なものに変更し、使い回しをしない"),
    ("I", "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい\n(10/15)", BLANK_DATE, BLANK_ANS, ""),
    ("I", "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "いいえ\n(10/15)", "(12/20)", "はい\n(12/18)", "電子カルテ・メール・職員PCのログオンPWを\n個別の値に変更済"),
    ("I", "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "はい\n(10/15)", BLANK_DATE, BLANK_ANS, "10月の全体朝礼・院内メールで周知 "),
    ("H", "○IoT 機器を含む情報資産の通信制御を確認する"),
    ("I", "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "はい\n(10/16)", BLANK_DATE, BLANK_ANS, "保守業者3社（電カル・PACS・検査）と確認"),
    ("I", "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "はい\n(10/16)", BLANK_DATE, BLANK_ANS, ""),
    ("I", "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "いいえ\n(10/16)", "(1/31)", "はい\n(2/3)", "ログ保存は実施、定期チェックは\n月1回の運用を開始"),
    ("H", "○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"),
    ("I", "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "はい\n(10/16)", BLANK_DATE, BLANK_ANS, ""),
    ("I", "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい\n(10/17)", BLANK_DATE, BLANK_ANS, ""),
]
r = 12
for row in rows:
    if row[0] == "H":
        ws.cell(r, 1, row[1]).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        for c in range(1, 6):
            ws.cell(r, c).border = box
        ws.cell(r, 1).alignment = Alignment(vertical="center")
        ws.row_dimensions[r].height = 20
    else:
        _, item, a1, tgt, a2, rem = row
        vals = [item, a1, tgt, a2, rem if rem else None]
        for c, v in enumerate(vals, start=1):
            cell = ws.cell(r, c, v)
            cell.border = box
            cell.alignment = wrap if c in (1, 5) else center
        ws.row_dimensions[r].height = 45
    r += 1

ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = "A1:E22"
wb.save(OUT)
print("saved", OUT)

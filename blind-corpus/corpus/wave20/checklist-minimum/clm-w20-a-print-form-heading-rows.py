# Generator: clm-w20-a-print-form-heading-rows.xlsx
# Okayama 「最低限の措置」編 checklist, drawn as the prefecture's print form (one sheet, heading rows,
# merged 確認結果（日付） header, spacer column A), filled by a hospital 事務 person who deleted one of
# 「はい・いいえ」 and wrote year-less dates into the "(　/　)" placeholders.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w20-a-print-form-heading-rows"

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト（最低限の措置編）"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(wrap_text=True, vertical="center", horizontal="center")
grey = PatternFill("solid", fgColor="D9D9D9")

ws.column_dimensions["A"].width = 2      # spacer
ws.column_dimensions["B"].width = 58
ws.column_dimensions["C"].width = 13
ws.column_dimensions["D"].width = 11
ws.column_dimensions["E"].width = 13
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
ws["F3"].alignment = Alignment(horizontal="right")
ws["F3"].border = box

ws.merge_cells("B5:D5")
ws["B5"] = "医療機関名　医療法人 旭水会 旭川みなみ病院"
ws["B5"].border = Border(bottom=thin)
ws["B5"].font = Font(size=12)

notes = [
    "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、"
    "特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
r = 7
for n in notes:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    ws.cell(r, 2, n).alignment = wrap
    ws.row_dimensions[r].height = 30 if len(n) > 60 else 16
    r += 1

# header (rows 12-13)
ws.merge_cells("B12:B13"); ws["B12"] = "チェック項目"
ws.merge_cells("C12:E12"); ws["C12"] = "確認結果（日付）"
ws["C13"] = "1回目"; ws["D13"] = "目標日"; ws["E13"] = "2回目"
ws.merge_cells("F12:F13"); ws["F12"] = "備考"
for row in ws["B12:F13"]:
    for c in row:
        c.border = box; c.alignment = center; c.fill = grey

BLANK_ANS = "はい・いいえ\n(　/　)"
BLANK_DATE = "(　/　)"

H1 = "○パスワードを強固なものに変更し、使い回しをしない"
H2 = "○IoT 機器を含む情報資産の通信制御を確認する"
H3 = "○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
rows = [
    ("H", H1),
    ("I", "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい\n(10/15)", BLANK_DATE, BLANK_ANS, "VPN装置の初期ID・パスワードは導入時に変更済み"),
    ("I", "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "いいえ\n(10/15)", "(12/20)", "はい\n(12/18)", "事業者と調整し、機器ごとに別のパスワードへ変更"),
    ("I", "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "はい\n(10/15)", BLANK_DATE, BLANK_ANS, None),
    ("H", H2),
    ("I", "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "はい\n(10/22)", BLANK_DATE, BLANK_ANS, "電子カルテ・PACS・レセコン保守業者と確認"),
    ("I", "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "はい\n(10/22)", BLANK_DATE, BLANK_ANS, None),
    ("I", "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "いいえ\n(10/22)", "(1/31)", BLANK_ANS, "UTMのログ保存設定を事業者に依頼中"),
    ("H", H3),
    ("I", "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "はい\n(10/29)", BLANK_DATE, BLANK_ANS, None),
    ("I", "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい\n(10/29)", BLANK_DATE, BLANK_ANS, None),
]
r = 14
for row in rows:
    if row[0] == "H":
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(r, 2, row[1]).font = Font(bold=True)
        for c in range(2, 7):
            ws.cell(r, c).border = box
        ws.row_dimensions[r].height = 18
    else:
        _, item, a1, tgt, a2, rem = row
        ws.cell(r, 2, item).alignment = wrap
        ws.cell(r, 3, a1).alignment = center
        ws.cell(r, 4, tgt).alignment = center
        ws.cell(r, 5, a2).alignment = center
        if rem:
            ws.cell(r, 6, rem).alignment = wrap
        for c in range(2, 7):
            ws.cell(r, c).border = box
        ws.row_dimensions[r].height = 45
    r += 1

ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.print_area = "A1:F24"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

S1 = H1.lstrip("○"); S2 = H2.lstrip("○"); S3 = H3.lstrip("○")
entries = [
    {"section": S1, "item": rows[1][1], "firstAnswer": "はい", "firstDate": "2024-10-15",
     "remarks": rows[1][5]},
    {"section": S1, "item": rows[2][1], "firstAnswer": "いいえ", "firstDate": "2024-10-15",
     "targetDate": "2024-12-20", "secondAnswer": "はい", "secondDate": "2024-12-18", "remarks": rows[2][5]},
    {"section": S1, "item": rows[3][1], "firstAnswer": "はい", "firstDate": "2024-10-15"},
    {"section": S2, "item": rows[5][1], "firstAnswer": "はい", "firstDate": "2024-10-22", "remarks": rows[5][5]},
    {"section": S2, "item": rows[6][1], "firstAnswer": "はい", "firstDate": "2024-10-22"},
    {"section": S2, "item": rows[7][1], "firstAnswer": "いいえ", "firstDate": "2024-10-22",
     "targetDate": "2025-01-31", "remarks": rows[7][5]},
    {"section": S3, "item": rows[9][1], "firstAnswer": "はい", "firstDate": "2024-10-29"},
    {"section": S3, "item": rows[10][1], "firstAnswer": "はい", "firstDate": "2024-10-29"},
]
exp = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": "医療法人 旭水会 旭川みなみ病院", "entries": entries},
    "planted": [],
    "notes": ("Prefecture print form. 医療機関名 label and value share cell B5 (separated by a full-width space). "
              "Answers: the filler deleted one of 「はい・いいえ」 and wrote a year-less date in the (　/　) "
              "placeholder, with a line break between answer and date (R6 form: Oct-Dec = 2024, Jan-Mar = 2025). "
              "Untouched placeholders 「はい・いいえ\\n(　/　)」 (2回目) and 「(　/　)」 (目標日) mean blank and are omitted. "
              "section = the ○ heading text without the leading ○ mark. No item numbers in this layout, so no itemNo."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)

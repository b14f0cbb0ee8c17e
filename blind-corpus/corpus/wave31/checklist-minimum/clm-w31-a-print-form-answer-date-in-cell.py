# Generator: clm-w31-a-print-form-answer-date-in-cell.xlsx
# Okayama-style print form redrawn by a hospital clerk: answer and date typed into one cell
# ("はい・いいえ (　/　)" template text, unused option deleted, year-less date in brackets).
import sys, json, os
sys.path.insert(0, "/tmp/clmh-py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w31-a-print-form-answer-date-in-cell"

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="D9D9D9")

ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 58
for c in "CDE":
    ws.column_dimensions[c].width = 14
ws.column_dimensions["F"].width = 30
ws.column_dimensions["G"].width = 2

ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B1"].font = Font(size=14, bold=True)
ws["B2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
ws["B2"].font = Font(size=12, bold=True)
ws["F2"] = "医療機関確認用"
ws["F2"].alignment = Alignment(horizontal="right")
ws["F2"].border = box

ws["B4"] = "医療機関名　医療法人緑風会 吉備中央病院"
ws["B4"].font = Font(size=12, underline="single")

notes = [
    "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、"
    "特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
r = 6
for n in notes:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    ws.cell(r, 2, n).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r].height = 30 if len(n) > 60 else 16
    r += 1

# header (two rows)
h = 11
ws.merge_cells(start_row=h, start_column=2, end_row=h + 1, end_column=2)
ws.cell(h, 2, "チェック項目")
ws.merge_cells(start_row=h, start_column=3, end_row=h, end_column=5)
ws.cell(h, 3, "確認結果（日付）")
ws.merge_cells(start_row=h, start_column=6, end_row=h + 1, end_column=6)
ws.cell(h, 6, "備考")
ws.cell(h + 1, 3, "1回目")
ws.cell(h + 1, 4, "目標日")
ws.cell(h + 1, 5, "2回目")
for rr in (h, h + 1):
    for cc in range(2, 7):
        c = ws.cell(rr, cc)
        c.border = box
        c.alignment = center
        c.fill = grey
        c.font = Font(bold=True)

TPL_ANS = "はい・いいえ\n(　/　)"
TPL_DATE = "(　/　)"

H1 = "〇パスワードを強固なものに変更し、使い回しをしない"
H2 = "〇IoT 機器を含む情報資産の通信制御を確認する"
H3 = "〇ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
# (item, 1回目 cell, 目標日 cell, 2回目 cell, 備考)
rows = [
    H1,
    ("システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい\n(10/21)", TPL_DATE, TPL_ANS, ""),
    ("複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "いいえ\n(10/21)", "(12/20)", "はい\n(12/18)", "電子カルテ端末と院内メールで同じPWを使っていた職員あり→全職員に変更依頼済"),
    ("利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "はい\n(10/21)", TPL_DATE, TPL_ANS, "10月の全体朝礼・院内掲示で周知"),
    H2,
    ("関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "いいえ\n(10/21)", "(1/31)", "はい\n(1/24)", "電子カルテベンダー・回線業者と確認中\n(検査機器の保守回線を含む)"),
    ("ネットワーク接続点へのアクセス制御を適切に実施している。",
     "はい\n(10/21)", TPL_DATE, TPL_ANS, ""),
    ("各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "いいえ\n(10/21)", "(3/14)", TPL_ANS, "UTMのログ確認手順を作成中 "),
    H3,
    ("すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "はい\n(10/21)", TPL_DATE, TPL_ANS, "保守契約により年2回確認"),
    ("セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい\n(10/21)", TPL_DATE, TPL_ANS, ""),
]
r = h + 2
for row in rows:
    if isinstance(row, str):
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(r, 2, row).font = Font(bold=True)
        for cc in range(2, 7):
            ws.cell(r, cc).border = box
        ws.row_dimensions[r].height = 20
    else:
        item, a1, tgt, a2, rem = row
        ws.cell(r, 2, item).alignment = wrap
        ws.cell(r, 3, a1)
        ws.cell(r, 4, tgt)
        ws.cell(r, 5, a2)
        if rem:
            ws.cell(r, 6, rem)
        for cc in range(2, 7):
            ws.cell(r, cc).border = box
            if cc != 2:
                ws.cell(r, cc).alignment = center if cc < 6 else wrap
        ws.row_dimensions[r].height = 48
    r += 1

ws.print_area = f"A1:G{r}"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save(os.path.join(OUT, NAME + ".xlsx"))

S1 = "パスワードを強固なものに変更し、使い回しをしない"
S2 = "IoT 機器を含む情報資産の通信制御を確認する"
S3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
entries = [
    {"section": S1, "item": rows[1][0], "firstAnswer": "はい", "firstDate": "2024-10-21"},
    {"section": S1, "item": rows[2][0], "firstAnswer": "いいえ", "firstDate": "2024-10-21", "targetDate": "2024-12-20",
     "secondAnswer": "はい", "secondDate": "2024-12-18", "remarks": rows[2][4]},
    {"section": S1, "item": rows[3][0], "firstAnswer": "はい", "firstDate": "2024-10-21", "remarks": rows[3][4]},
    {"section": S2, "item": rows[5][0], "firstAnswer": "いいえ", "firstDate": "2024-10-21", "targetDate": "2025-01-31",
     "secondAnswer": "はい", "secondDate": "2025-01-24", "remarks": rows[5][4]},
    {"section": S2, "item": rows[6][0], "firstAnswer": "はい", "firstDate": "2024-10-21"},
    {"section": S2, "item": rows[7][0], "firstAnswer": "いいえ", "firstDate": "2024-10-21", "targetDate": "2025-03-14",
     "remarks": rows[7][4]},
    {"section": S3, "item": rows[9][0], "firstAnswer": "はい", "firstDate": "2024-10-21", "remarks": rows[9][4]},
    {"section": S3, "item": rows[10][0], "firstAnswer": "はい", "firstDate": "2024-10-21"},
]
exp = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": "医療法人緑風会 吉備中央病院", "entries": entries},
    "planted": [],
    "notes": ("Answer and date share one cell as in the Okayama template 'はい・いいえ (/)': the unused option is deleted and a "
              "year-less date typed in the brackets (10/21 = 2024-10-21; 1/31, 1/24, 3/14 = 2025). Cells still holding the untouched "
              "template text 'はい・いいえ\\n(　/　)' or '(　/　)' are unanswered. 医療機関名 label and value share B4. "
              "section = the 〇 heading without the leading 〇. One remark has a trailing space (kept)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)

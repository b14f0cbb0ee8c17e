# Generator: checklist-minimum, workbook b (prefecture's Excel version: separate answer/date columns,
# dropdowns fed by a hidden list sheet, 記入要領 sheet first, numbered items, label-above header)
import datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave22/checklist-minimum/clm-w22-b-split-columns-dropdown.xlsx"
D = dt.datetime
wb = Workbook()
guide = wb.active
guide.title = "記入要領"
guide.column_dimensions["A"].width = 100
lines = [
    "【記入要領】医療機関におけるサイバーセキュリティ対策チェックリスト「サイバー攻撃リスク低減のための最低限の措置」編",
    "",
    "1 「チェックリスト」シートの黄色のセルに記入してください。",
    "2 回答欄は「はい」「いいえ」をプルダウンから選択してください。",
    "3 確認日・目標日は 2024/10/1 の形式（西暦）で入力してください。",
    "4 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "5 目標日以降に再度確認し、2回目の回答欄・確認日に記入してください。",
    "6 記入に当たっては、令和6年8月1日付け事務連絡の別添「サイバー攻撃リスク低減のための最低限の措置」を参照してください。",
    "7 立入検査時、本チェックリストを確認します。",
    "",
    "問い合わせ先：岡山県保健医療部医療推進課医事班　TEL 086-226-7403（直通）",
]
for i, t in enumerate(lines, start=1):
    guide.cell(i, 1, t)
guide["A1"].font = Font(bold=True, size=12)

ws = wb.create_sheet("チェックリスト")
lst = wb.create_sheet("list")
lst["A1"] = "はい"; lst["A2"] = "いいえ"
lst.sheet_state = "hidden"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(wrap_text=True, vertical="center", horizontal="center")
yellow = PatternFill("solid", fgColor="FFF2CC")
grey = PatternFill("solid", fgColor="D9D9D9")
widths = {"A": 5, "B": 58, "C": 9, "D": 12, "E": 14, "F": 9, "G": 12, "H": 30}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
ws["A2"].font = Font(bold=True)
ws["H2"] = "医療機関確認用"; ws["H2"].border = box; ws["H2"].alignment = center

ws["B4"] = "医療機関名"
ws["C4"] = "記入者（所属・氏名）"
ws.merge_cells("C4:E4")
ws["B5"] = "医療法人 吉井会　吉井川病院"
ws["C5"] = "事務部 情報システム係　岡本"
ws.merge_cells("C5:E5")
for ref in ("B4", "C4", "D4", "E4"):
    ws[ref].border = box; ws[ref].fill = grey; ws[ref].alignment = center
for ref in ("B5", "C5", "D5", "E5"):
    ws[ref].border = box; ws[ref].fill = yellow; ws[ref].alignment = wrap

# header rows 7-8
hdr = [("A7:A8", "No."), ("B7:B8", "チェック項目"), ("C7:D7", "1回目"), ("E7:E8", "目標日\n（1回目「いいえ」の場合）"),
       ("F7:G7", "2回目"), ("H7:H8", "備考")]
for rng, text in hdr:
    ws[rng.split(":")[0]] = text
    ws.merge_cells(rng)
ws["C8"] = "回答"; ws["D8"] = "確認日"; ws["F8"] = "回答"; ws["G8"] = "確認日"
for r in (7, 8):
    for c in range(1, 9):
        cell = ws.cell(r, c)
        cell.border = box; cell.alignment = center; cell.fill = grey; cell.font = Font(bold=True)
ws.row_dimensions[7].height = 20
ws.row_dimensions[8].height = 30

rows = [
    ("H", "〇パスワードを強固なものに変更し、使い回しをしない"),
    (1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい", D(2024, 11, 5), None, None, None, None),
    (2, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "はい", D(2024, 11, 5), None, None, None, None),
    (3, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "いいえ", D(2024, 11, 5), D(2024, 11, 29), "はい", D(2024, 12, 2), "職員向け周知文書を11/28に配布"),
    ("H", "〇IoT 機器を含む情報資産の通信制御を確認する"),
    (4, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "いいえ", D(2024, 11, 5), D(2025, 6, 30), None, None, "地域連携ネットワークの接続点は\n事業者の回答待ち"),
    (5, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "はい", "2024/11/6", None, None, None, None),
    (6, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "いいえ", D(2024, 11, 6), D(2025, 1, 31), "はい", D(2025, 2, 4), "UTMログの月次確認を開始"),
    ("H", "〇ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"),
    (7, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "はい", None, None, None, None, "保守契約で年2回確認"),
    (8, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい", D(2024, 11, 6), None, None, None, None),
]
dv = DataValidation(type="list", formula1="=list!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
r = 9
for row in rows:
    if row[0] == "H":
        ws.cell(r, 1, row[1]).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        for c in range(1, 9):
            ws.cell(r, c).border = box
        ws.row_dimensions[r].height = 20
    else:
        for c, v in enumerate(row, start=1):
            cell = ws.cell(r, c, v)
            cell.border = box
            if c == 2 or c == 8:
                cell.alignment = wrap
            else:
                cell.alignment = center
            if c >= 3:
                cell.fill = yellow
            if isinstance(v, dt.datetime):
                cell.number_format = "yyyy/m/d"
        dv.add(f"C{r}"); dv.add(f"F{r}")
        ws.row_dimensions[r].height = 45
    r += 1

ws.freeze_panes = "C9"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.active = 1
wb.save(OUT)
print("saved", OUT)

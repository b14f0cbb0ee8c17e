# Generator for clm-w38-b-numbered-questionnaire-date-columns.xlsx
# A hospital's own re-drawing of the Okayama "最低限の措置編": numbered questionnaire table with separate
# answer / date columns, dropdowns fed from a hidden sheet, a 記入要領 sheet, a labelled 記入例 row,
# Excel date cells shown in 和暦, a COUNTIF total without cached value (openpyxl save).
import sys, datetime as dt
sys.path.insert(0, "/tmp/clpy")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave38/checklist-minimum"
NAME = "clm-w38-b-numbered-questionnaire-date-columns"
D = dt.datetime
wb = Workbook()
guide = wb.active
guide.title = "記入要領"
guide.column_dimensions["A"].width = 100
lines = [
    "【記入要領】チェックリスト（「サイバー攻撃リスク低減のための最低限の措置」編）",
    "",
    "1. 「チェックリスト」シートの各項目について、1回目の確認結果を「はい」「いいえ」から選択し、確認日を入力してください。",
    "2. 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を入力してください。",
    "3. 対応後に2回目の確認を行い、結果と確認日を入力してください。",
    "4. 日付は 2024/10/1 のように入力してください（和暦で表示されます）。",
    "5. 記入例の行は参考です。",
    "※ 立入検査時、本チェックリストを確認します。",
]
for i, t in enumerate(lines, 1):
    guide.cell(i, 1, t).alignment = Alignment(wrap_text=True)
guide["A1"].font = Font(bold=True, size=12)

ws = wb.create_sheet("チェックリスト")
lst = wb.create_sheet("選択肢")
lst["A1"] = "はい"; lst["A2"] = "いいえ"
lst.sheet_state = "hidden"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(wrap_text=True, vertical="center", horizontal="center")
widths = dict(A=5, B=24, C=56, D=9, E=15, F=15, G=9, H=15, I=28)
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "サイバーセキュリティ対策チェックリスト【最低限の措置編】（医療機関確認用）"
ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "医療機関名：社会医療法人 緑水会 津山ひがし病院"
ws["A3"].font = Font(size=11)
ws["F3"] = "記入者：情報システム室 岡田"

hr = 5
heads = ["No.", "区分", "チェック項目", "1回目\n回答", "1回目\n確認日", "目標日\n（「いいえ」の場合）", "2回目\n回答", "2回目\n確認日", "備考"]
fill = PatternFill("solid", fgColor="DDEBF7")
for i, h in enumerate(heads, 1):
    c = ws.cell(hr, i, h); c.border = box; c.alignment = center; c.fill = fill; c.font = Font(bold=True)
ws.row_dimensions[hr].height = 34

JP = '[$-411]ggge"年"m"月"d"日"'
# 記入例 row (correctly labelled)
ex = ["記入例", "（区分）", "（例）○○○○を確認している。", "いいえ", D(2024, 10, 1), D(2024, 12, 27), "はい", D(2024, 12, 20), "（例）事業者と調整中"]
for i, v in enumerate(ex, 1):
    c = ws.cell(hr + 1, i, v); c.border = box; c.alignment = center if i != 3 else wrap
    c.font = Font(color="808080", italic=True)
    if isinstance(v, dt.datetime):
        c.number_format = JP

S1 = "パスワードを強固なものに変更し、使い回しをしない"
S2 = "IoT 機器を含む情報資産の通信制御を確認する"
S3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
data = [
    (1, S1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい", D(2024, 10, 8), None, None, None, None),
    (2, S1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "いいえ", D(2024, 10, 8), D(2025, 1, 31), "はい", D(2024, 1, 15), "部署共有PCのPWを個別化"),
    (3, S1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "はい", D(2024, 10, 8), None, None, None, "10月の院内研修で周知"),
    (4, S2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "はい", D(2024, 10, 11), None, None, None, None),
    (5, S2, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "いいえ", D(2024, 10, 11), None, None, None, "検査機器の保守回線について業者確認中"),
    (6, S2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "はい", D(2024, 10, 11), None, None, None, None),
    (7, S3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "はい", D(2024, 10, 11), None, None, None, "VPN装置 FW更新済"),
    (8, S3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい", D(2024, 10, 8), None, None, None, None),
]
first = hr + 2
r = first
for row in data:
    for i, v in enumerate(row, 1):
        c = ws.cell(r, i, v)
        c.border = box
        c.alignment = wrap if i in (2, 3, 9) else center
        if isinstance(v, dt.datetime):
            c.number_format = JP
    ws.row_dimensions[r].height = 45
    r += 1
last = r - 1
# merge 区分 cells per heading
ws.merge_cells(start_row=first, start_column=2, end_row=first + 2, end_column=2)
ws.merge_cells(start_row=first + 3, start_column=2, end_row=first + 5, end_column=2)
ws.merge_cells(start_row=first + 6, start_column=2, end_row=first + 7, end_column=2)
dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
dv.add(f"D{first}:D{last}"); dv.add(f"G{first}:G{last}")
# total (formula, no cached value)
ws.cell(last + 2, 3, "1回目「いいえ」の項目数").alignment = Alignment(horizontal="right")
ws.cell(last + 2, 4, f'=COUNTIF(D{first}:D{last},"いいえ")')
ws.freeze_panes = ws.cell(first, 1)
wb.active = 1
wb.save(f"{OUT}/{NAME}.xlsx")
print("ok", first, last)

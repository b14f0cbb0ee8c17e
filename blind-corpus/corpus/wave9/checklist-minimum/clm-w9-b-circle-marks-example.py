#!/usr/bin/python3
# Generator for clm-w9-b-circle-marks-example.xlsx (checklist-minimum, Okayama 最低限の措置編)
# Secretariat-style questionnaire: 記入要領 sheet first, a labelled 記入例 row, はい/いいえ answered by a ○ mark
# in separate columns, dates as real Excel date cells shown as m月d日, then re-saved by LibreOffice.
# Planted: item 5 いいえ without 目標日; item 8 marked はい but 1回目 確認日 left blank.
import os, subprocess, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave9/checklist-minimum"
NAME = "clm-w9-b-circle-marks-example.xlsx"
TMP = "/tmp/clmwork"
os.makedirs(TMP, exist_ok=True)

wb = Workbook()
guide = wb.active
guide.title = "記入要領"
guide.column_dimensions["A"].width = 100
lines = [
    "チェックリスト（最低限の措置編）記入要領",
    "",
    "1　「チェックリスト」シートの各項目について確認を行い、1回目の「はい」「いいえ」いずれかの欄に ○ を記入してください。",
    "2　確認日欄には確認を行った日付を入力してください（例：10/1 と入力）。",
    "3　1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を「目標日」欄に入力してください。",
    "4　目標日までに対応した後、2回目の確認結果と確認日を入力してください。",
    "5　記入例の行は削除せずにそのまま提出してください（集計時に除外します）。",
    "6　立入検査時、本チェックリストを確認します。",
    "",
    "（参考）令和6年8月1日付け事務連絡「医療機関等におけるサイバーセキュリティ対策の取組みについて」別添",
    "　　　　「サイバー攻撃リスク低減のための最低限の措置」",
]
for i, t in enumerate(lines, 1):
    guide.cell(i, 1, t).alignment = Alignment(wrap_text=True)
guide["A1"].font = Font(bold=True, size=13)

ws = wb.create_sheet("チェックリスト")
wb.active = 1
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
cen = Alignment(horizontal="center", vertical="center", wrap_text=True)
lef = Alignment(horizontal="left", vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="DDEBF7")
ex_fill = PatternFill("solid", fgColor="FFF2CC")

widths = {"A": 6, "B": 60, "C": 6, "D": 6, "E": 10, "F": 10, "G": 6, "H": 6, "I": 10, "J": 28}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("A1:J1")
ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト「サイバー攻撃リスク低減のための最低限の措置」編（医療機関確認用）"
ws["A1"].font = Font(bold=True, size=12)
ws["A3"] = "医療機関名"
ws["A3"].font = Font(bold=True)
ws.merge_cells("A3:B3")
ws.merge_cells("C3:J3")
ws["C3"] = "医療法人葵会 たかはし中央病院"
for cc in range(1, 11):
    ws.cell(3, cc).border = box
ws["A4"] = "（正式名称で記入）"
ws["A4"].font = Font(size=9, color="808080")

# header rows 6-7
hdr = 6
ws.merge_cells(start_row=hdr, start_column=1, end_row=hdr + 1, end_column=1); ws.cell(hdr, 1, "No.")
ws.merge_cells(start_row=hdr, start_column=2, end_row=hdr + 1, end_column=2); ws.cell(hdr, 2, "チェック項目")
ws.merge_cells(start_row=hdr, start_column=3, end_row=hdr, end_column=5); ws.cell(hdr, 3, "1回目")
ws.merge_cells(start_row=hdr, start_column=6, end_row=hdr + 1, end_column=6); ws.cell(hdr, 6, "目標日\n（いいえの場合）")
ws.merge_cells(start_row=hdr, start_column=7, end_row=hdr, end_column=9); ws.cell(hdr, 7, "2回目")
ws.merge_cells(start_row=hdr, start_column=10, end_row=hdr + 1, end_column=10); ws.cell(hdr, 10, "備考")
for cc, t in ((3, "はい"), (4, "いいえ"), (5, "確認日"), (7, "はい"), (8, "いいえ"), (9, "確認日")):
    ws.cell(hdr + 1, cc, t)
for rr in (hdr, hdr + 1):
    for cc in range(1, 11):
        c = ws.cell(rr, cc); c.border = box; c.alignment = cen; c.fill = grey; c.font = Font(bold=True)
ws.row_dimensions[hdr].height = 28

D = dt.date
# (no, text, first, firstDate, target, second, secondDate, remarks)
rows = [
    ("EX", "記入例）○○○○を行っている。", "はい", D(2024, 10, 1), None, None, None, "（記入例）"),
    ("H", "【1】パスワードを強固なものに変更し、使い回しをしない"),
    ("1", "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。", "はい", D(2024, 11, 6), None, None, None, None),
    ("2", "複数の機器や外部サービス等で、同一のパスワードを設定していない。", "はい", D(2024, 11, 6), None, None, None, None),
    ("3", "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "いいえ", D(2024, 11, 6), D(2024, 12, 13), "はい", D(2024, 12, 10), "職員向け周知文を12月の全体朝礼で配布"),
    ("H", "【2】IoT 機器を含む情報資産の通信制御を確認する"),
    ("4", "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "はい", D(2024, 11, 13), None, None, None, None),
    ("5", "ネットワーク接続点へのアクセス制御を適切に実施している。", "いいえ", D(2024, 11, 13), None, None, None, "事業者と調整中"),  # PLANTED: no 目標日
    ("6", "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "はい", D(2024, 11, 13), None, None, None, None),
    ("H", "【3】ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"),
    ("7", "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "はい", D(2024, 11, 13), None, None, None, None),
    ("8", "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい", None, None, None, None, None),  # PLANTED: 確認日 missing
]
DATEFMT = 'm"月"d"日"'
r = hdr + 2
dv = DataValidation(type="list", formula1='"○"', allow_blank=True)
ws.add_data_validation(dv)
for row in rows:
    if row[0] == "H":
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        ws.cell(r, 1, row[1]).font = Font(bold=True)
        ws.cell(r, 1).alignment = lef
        for cc in range(1, 11):
            ws.cell(r, cc).border = box
        r += 1
        continue
    no, text, a1, d1, tgt, a2, d2, rem = row
    ws.cell(r, 1, "記入例" if no == "EX" else no)
    ws.cell(r, 2, text)
    if a1 == "はい": ws.cell(r, 3, "○")
    if a1 == "いいえ": ws.cell(r, 4, "○")
    if d1: ws.cell(r, 5, d1)
    if tgt: ws.cell(r, 6, tgt)
    if a2 == "はい": ws.cell(r, 7, "○")
    if a2 == "いいえ": ws.cell(r, 8, "○")
    if d2: ws.cell(r, 9, d2)
    if rem: ws.cell(r, 10, rem)
    for cc in range(1, 11):
        c = ws.cell(r, cc); c.border = box
        c.alignment = lef if cc in (2, 10) else cen
        if cc in (5, 6, 9): c.number_format = DATEFMT
        if no == "EX": c.fill = ex_fill; c.font = Font(color="C00000")
    dv.add(f"C{r}:D{r}"); dv.add(f"G{r}:H{r}")
    ws.row_dimensions[r].height = 42
    r += 1

ws.freeze_panes = "C8"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0

tmp = os.path.join(TMP, NAME)
wb.save(tmp)
# re-save through LibreOffice, as the secretariat did
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, tmp], check=True)
print("saved", os.path.join(OUT, NAME))

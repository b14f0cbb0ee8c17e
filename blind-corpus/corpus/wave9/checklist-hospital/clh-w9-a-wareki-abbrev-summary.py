#!/usr/bin/python3
# Generator for clh-w9-a-wareki-abbrev-summary.xlsx (checklist-hospital, MHLW 令和6年度版 医療機関確認用)
# A hospital IT person's own one-sheet version: 区分 column merged vertically, abbreviated item labels with notes
# in brackets, はい/いいえ typed from a drop-down (list on a hidden sheet), dates as Excel date cells shown in
# 和暦 (令和6年10月7日), a second small table (集計) with COUNTIF formulas saved by openpyxl (no cached values).
# Planted: 端末PC セキュリティパッチ 2回目 date before its 1回目 date; 3-(3) BCP 目標日 beyond the fiscal year.
import os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave9/checklist-hospital"
NAME = "clh-w9-a-wareki-abbrev-summary.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト"
lst = wb.create_sheet("選択肢")
lst["A1"] = "はい"; lst["A2"] = "いいえ"
lst.sheet_state = "hidden"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
cen = Alignment(horizontal="center", vertical="center", wrap_text=True)
lef = Alignment(horizontal="left", vertical="center", wrap_text=True)
head_fill = PatternFill("solid", fgColor="E2EFDA")
WAREKI = '[$-411]ggge"年"m"月"d"日"'

for col, w in zip("ABCDEFGHIJKL", (14, 8, 46, 8, 17, 17, 8, 17, 30, 3, 14, 8)):
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:I1")
ws["A1"] = "令和6年度版　医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "※厚生労働省のチェックリストの項目を院内管理用に転記（項目名は一部省略）。詳細はチェックリストマニュアル参照。"
ws["A2"].font = Font(size=9, color="595959")
ws["A3"] = "※1回目「いいえ」の項目は目標日を記入し、対応後に2回目を記入すること。"
ws["A3"].font = Font(size=9, color="595959")
ws["A4"] = "医療機関名"
ws["A4"].font = Font(bold=True)
ws.merge_cells("B4:E4")
ws["B4"] = "社会医療法人緑風会　みどりヶ丘総合病院"
for cc in range(1, 6):
    ws.cell(4, cc).border = box

hdr = 6
heads = ["区分", "No.", "チェック項目", "1回目\n回答", "1回目\n確認日", "目標日", "2回目\n回答", "2回目\n確認日", "備考"]
for i, h in enumerate(heads, 1):
    c = ws.cell(hdr, i, h); c.border = box; c.alignment = cen; c.fill = head_fill; c.font = Font(bold=True)
ws.row_dimensions[hdr].height = 30

D = dt.date
d1 = D(2024, 10, 7)
dv_d = D(2024, 10, 15)
# (section label shown, no, text, a1, date1, target, a2, date2, remarks)
rows = [
    ("前提", "", "医療情報システムを導入・運用している（「いいえ」の場合、以下の記入不要）", "はい", d1, None, None, None, None),
    ("体制構築", "1-(1)", "医療情報システム安全管理責任者の設置", "はい", d1, None, None, None, "情報システム課長を任命済（R5.4）"),
    ("医療情報システム全般", "2-(1)", "サーバ・端末PC・NW機器の台帳管理（マニュアル2-(1)参照）", "いいえ", d1, D(2024, 11, 29), "はい", D(2024, 11, 27), "機器管理台帳をExcelで新規作成"),
    ("医療情報システム全般", "2-(2)", "リモートメンテナンス（保守）利用機器の有無を事業者に確認", "はい", dv_d, None, None, None, "電子カルテ・PACS・検体検査システムの3社に確認"),
    ("医療情報システム全般", "2-(3)", "MDS/SDS（医療情報セキュリティ開示書）を事業者から提出してもらう", "いいえ", dv_d, D(2025, 1, 31), "はい", D(2025, 1, 24), "2社未提出のため依頼"),
    ("サーバ", "2-(4)", "アクセス利用権限の設定（職種・担当業務別の情報区分毎）", "はい", d1, None, None, None, None),
    ("サーバ", "2-(5)", "不要アカウントの削除（退職者・未使用等）", "はい", d1, None, None, None, None),
    ("サーバ", "2-(6)", "アクセスログの管理", "はい", d1, None, None, None, None),
    ("サーバ", "2-(7)", "セキュリティパッチの適用（最新FW・更新プログラム）", "はい", d1, None, None, None, None),
    ("サーバ", "2-(8)", "不要なソフトウェア・サービスの停止（バックグラウンド動作）", "はい", d1, None, None, None, None),
    ("端末PC", "2-(9)", "アクセス利用権限の設定（職種・担当業務別の情報区分毎）", "はい", d1, None, None, None, None),
    ("端末PC", "2-(10)", "不要アカウントの削除（退職者・未使用等）", "いいえ", d1, D(2024, 12, 27), "はい", D(2024, 12, 20), "退職者アカウント12件削除"),
    ("端末PC", "2-(11)", "セキュリティパッチの適用（最新FW・更新プログラム）", "いいえ", d1, D(2024, 12, 27), "はい", D(2024, 9, 30), "WSUS導入"),  # PLANTED 2回目 < 1回目
    ("端末PC", "2-(12)", "不要なソフトウェア・サービスの停止（バックグラウンド動作）", "はい", d1, None, None, None, None),
    ("ネットワーク機器", "2-(13)", "セキュリティパッチの適用（最新FW・更新プログラム）", "はい", d1, None, None, None, None),
    ("ネットワーク機器", "2-(14)", "接続元制限の実施", "はい", d1, None, None, None, None),
    ("インシデント発生に備えた対応", "3-(1)", "インシデント発生時の連絡体制図（組織内・外部関係機関）", "はい", d1, None, None, None, None),
    ("インシデント発生に備えた対応", "3-(2)", "診療継続に必要な情報の検討、バックアップの実施と復旧手順の確認", "はい", d1, None, None, None, None),
    ("インシデント発生に備えた対応", "3-(3)", "サイバー攻撃を想定したBCPの策定", "いいえ", d1, D(2025, 6, 30), None, None, "BCP確認表を用いて策定予定"),  # PLANTED 目標日 beyond FY R6
]
dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
r0 = hdr + 1
r = r0
for sec, no, text, a1, dd1, tgt, a2, dd2, rem in rows:
    vals = [sec, no or None, text, a1, dd1, tgt, a2, dd2, rem]
    for i, v in enumerate(vals, 1):
        c = ws.cell(r, i, v)
        c.border = box
        c.alignment = lef if i in (3, 9) else cen
        if i in (5, 6, 8):
            c.number_format = WAREKI
    dv.add(f"D{r}"); dv.add(f"G{r}")
    ws.row_dimensions[r].height = 30
    r += 1
last = r - 1
# merge the 区分 column over runs of the same section
start = r0
for rr in range(r0 + 1, last + 2):
    if rr > last or ws.cell(rr, 1).value != ws.cell(start, 1).value:
        if rr - 1 > start:
            ws.merge_cells(start_row=start, start_column=1, end_row=rr - 1, end_column=1)
        start = rr

# second table: 集計 (formulas, no cached values — saved by openpyxl)
ws["K6"] = "集計"; ws["K6"].font = Font(bold=True)
summ = [("1回目 はい", f'=COUNTIF(D{r0}:D{last},"はい")'),
        ("1回目 いいえ", f'=COUNTIF(D{r0}:D{last},"いいえ")'),
        ("未回答", f'=COUNTBLANK(D{r0}:D{last})'),
        ("2回目 はい", f'=COUNTIF(G{r0}:G{last},"はい")')]
for i, (lab, f) in enumerate(summ):
    ws.cell(7 + i, 11, lab).border = box
    ws.cell(7 + i, 12, f).border = box

ws.freeze_panes = "D7"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
ws.print_area = f"A1:I{last}"

wb.save(os.path.join(OUT, NAME))
print("saved", NAME)

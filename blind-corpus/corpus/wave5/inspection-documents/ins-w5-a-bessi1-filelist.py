# Generates ins-w5-a-bessi1-filelist.xlsx: the prefecture's 別紙1「サイバーセキュリティ対策関連書類一覧」
# turned into a return sheet (提出の有無 dropdown, file name, 備考), filled by a hospital.
# Saved by openpyxl only: the 提出書類数 total is a formula with no cached value.
import os
from datetime import date
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ins-w5-a-bessi1-filelist.xlsx")

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
top_wrap = Alignment(wrap_text=True, vertical="top")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head_fill = PatternFill("solid", fgColor="DDEBF7")

wb = Workbook()
ws = wb.active
ws.title = "別紙1"
for col, w in zip("ABCDEF", [6, 30, 52, 16, 40, 34]):
    ws.column_dimensions[col].width = w

ws["A1"] = "別紙1"
ws["A2"] = "サイバーセキュリティ対策関連書類一覧（提出書類確認票）"
ws.merge_cells("A2:F2")
ws["A2"].font = Font(bold=True, size=14)
ws["A2"].alignment = Alignment(horizontal="center")
ws["A3"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求めるサイバーセキュリティ対策関連書類"
ws.merge_cells("A3:F3")
ws["A3"].alignment = Alignment(horizontal="center")

labels = [(5, "医療機関名"), (6, "提出日"), (7, "記入者（連絡先）")]
for r, t in labels:
    ws[f"A{r}"] = t
    ws.merge_cells(f"A{r}:B{r}")
    ws[f"A{r}"].fill = head_fill
    ws.merge_cells(f"C{r}:D{r}")
    for c in "ABCD":
        ws[f"{c}{r}"].border = box
ws["C5"] = "医療法人 旭水会 旭川みなみ病院"
ws["C6"] = date(2024, 11, 18)
ws["C6"].number_format = '[$-411]ggge"年"m"月"d"日"'
ws["C6"].alignment = Alignment(horizontal="left")
ws["C7"] = "事務部 総務課　井上 真理子（086-200-4417）"

ws["A9"] = "※「提出の有無」欄は、プルダウンから「提出する」「未作成」「作成済・提出しない」のいずれかを選択してください。"
ws["A10"] = "※2のチェックリスト（事業者確認用）は、事業者ごと又はシステムごとに行を分けて記入してください。6・7は作成している場合に提出してください。"

HDR_ROW = 12
for c, t in zip("ABCDEF", ["No.", "書類の名称", "提出にあたっての注意点", "提出の有無", "提出ファイル名", "備考"]):
    cell = ws[f"{c}{HDR_ROW}"]
    cell.value = t
    cell.fill = head_fill
    cell.font = Font(bold=True)
    cell.alignment = center
    cell.border = box

NOTE1 = "令和6年度版のチェックリスト様式を使用し、「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル」を参照して記入すること。"
NOTE2 = "上記と同じ。医療情報システム（電子カルテ、レセコン、医療機器など）の委託事業者すべてに記入・提出を求めること（事業者ごと又はシステムごと）。"
NOTE3 = "別添のチェックリスト様式を使用（「サイバー攻撃リスク低減のための最低限の措置」参照）。"
NOTE4 = "情報機器（サーバーやPC）、ルータ等を記載した台帳。書式はマニュアル2-(1)参照。"
NOTE5 = "サイバーセキュリティの連絡体制を記載したもの。書式はマニュアル3-(1)参照。"
NOTE6 = "作成していれば提出（ガイドライン第6.0版 企画管理編4.4、システム運用編2②参照）。"
NOTE7 = "作成していれば提出（「サイバー攻撃を想定した事業継続計画（BCP）策定の確認表」参照）。"

rows = [
    ("1", "チェックリスト（医療機関確認用）", NOTE1, "提出する", "01_チェックリスト_医療機関確認用_R6.xlsx", None),
    ("2", "チェックリスト（事業者確認用）\n①電子カルテシステム", NOTE2, "提出する", "02-1_チェックリスト_事業者確認用_電子カルテ.pdf", "事業者：ひかりメディカルシステム株式会社"),
    (None, "チェックリスト（事業者確認用）\n②レセプトコンピュータ", None, "提出する", "02-2_チェックリスト_事業者確認用_レセコン.pdf", "事業者：株式会社さんようシステムサービス"),
    (None, "チェックリスト（事業者確認用）\n③PACS（画像管理システム）", None, "提出する", "02-3_チェックリスト_事業者確認用_PACS.pdf", "事業者：オリオン画像技研株式会社"),
    ("3", "チェックリスト（最低限の措置編）", NOTE3, "提出する", "03_チェックリスト_最低限の措置編.xlsx", None),
    ("4", "機器管理台帳", NOTE4, "提出する", "04_機器管理台帳_20241101.xlsx", None),
    ("5", "インシデント発生時の連絡体制図", NOTE5, "提出する", "05_インシデント発生時の連絡体制図.pdf", None),
    ("6", "ネットワーク構成図及びシステム全体構成図", NOTE6, "提出する", "06_ネットワーク構成図_システム全体構成図.pdf", "2つの図を1ファイルにまとめています"),
    ("7", "サイバー攻撃を想定した事業継続計画（BCP）", NOTE7, "未作成", None, "令和7年3月策定予定（確認表に基づき作成中）"),
]
first = HDR_ROW + 1
for i, (no, name, note, sub, fn, rem) in enumerate(rows):
    r = first + i
    ws[f"A{r}"] = no
    ws[f"B{r}"] = name
    ws[f"C{r}"] = note
    ws[f"D{r}"] = sub
    ws[f"E{r}"] = fn
    ws[f"F{r}"] = rem
    for c in "ABCDEF":
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].alignment = top_wrap
    ws[f"A{r}"].alignment = center
    ws[f"D{r}"].alignment = center
    ws.row_dimensions[r].height = 45
# document 2: No. and note merged over its three rows
ws.merge_cells(f"A{first+1}:A{first+3}")
ws.merge_cells(f"C{first+1}:C{first+3}")

last = first + len(rows) - 1
dv = DataValidation(type="list", formula1='"提出する,未作成,作成済・提出しない"', allow_blank=True)
ws.add_data_validation(dv)
dv.add(f"D{first}:D{last}")

tot = last + 1
ws[f"C{tot}"] = "提出書類数（ファイル数）"
ws[f"C{tot}"].alignment = Alignment(horizontal="right")
ws[f"D{tot}"] = f'=COUNTIF(D{first}:D{last},"提出する")'
ws[f"D{tot}"].alignment = center
ws[f"D{tot}"].border = box

ws[f"A{tot+2}"] = "提出先：立入検査実施保健所（立入検査の際に提出）"
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.print_title_rows = f"{HDR_ROW}:{HDR_ROW}"
wb.save(OUT)
print("wrote", OUT)

#!/usr/bin/python3
"""sr-w23-b: prefecture (Ehime-style) collects replies as a one-row list to paste into its roll-up:
記入要領 sheet, 回答 sheet with two-row header, a labelled 記入例 row and the hospital's row,
hidden 選択肢 sheet for drop-downs, declarations (確認事項) as はい/いいえ columns.
Planted: wrong check digit in 医療機関コード; 担当者② Mail アドレス left blank."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sr-w23-b-one-row-list-with-example.xlsx")

wb = Workbook()
guide = wb.active
guide.title = "記入要領"
lines = [
    "「医療機関におけるサイバーセキュリティ確保事業」支援の希望調査　記入要領",
    "",
    "１　支援を希望する病院は、「回答」シートの７行目に１病院１行で記入してください（６行目は記入例です）。",
    "２　医療機関コードは10桁（都道府県番号から検証番号まで）で記入してください。",
    "３　担当者①・②は必須です。担当者③は任意ですが、記入する場合は３項目すべてを記入してください。",
    "４　回答データの活用の可否は、国の実態調査（令和6年1月31日付け事務連絡）の回答を当該事業で活用することの可否を",
    "　　「可」「不可」から選択してください。",
    "５　確認事項は、いずれも「はい」に該当する病院が支援対象です。",
    "　　・令和6年度に本事業の支援を受けていない",
    "　　・電子カルテシステムを導入している",
    "　　・電子カルテシステムの更改等がなく、令和8年1月までに現地調査を完了できる",
    "６　ファイル名は「支援希望調査_病院名.xlsx」とし、メールで提出してください。",
]
for i, t in enumerate(lines, 1):
    guide.cell(i, 1, t).font = Font(name="ＭＳ ゴシック", bold=(i == 1), size=11)
guide.column_dimensions["A"].width = 110

ws = wb.create_sheet("回答")
opts = wb.create_sheet("選択肢")
for i, v in enumerate(["可", "不可"], 1):
    opts.cell(i, 1, v)
for i, v in enumerate(["はい", "いいえ"], 1):
    opts.cell(i, 2, v)
opts.sheet_state = "hidden"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
ex_fill = PatternFill("solid", fgColor="EDEDED")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)

ws["A1"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査　回答票"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "当病院は、当該事業の支援を希望します。"
ws["A3"] = "※黄色のセルに入力してください。提出期限：令和7年2月28日（金）"
ws["A3"].font = Font(size=9, color="C00000")

cols = [  # (top header, sub header, width)
    ("区分", None, 8),
    ("医療機関コード\n（10桁）", None, 16),
    ("病院名（正式名称）", None, 28),
    ("郵便番号", None, 10),
    ("住所", None, 30),
    ("電話番号", None, 15),
    ("担当者①【必須】", "所属・役職", 18), (None, "氏名", 12), (None, "Mailアドレス", 26),
    ("担当者②【必須】", "所属・役職", 18), (None, "氏名", 12), (None, "Mailアドレス", 26),
    ("担当者③", "所属・役職", 18), (None, "氏名", 12), (None, "Mailアドレス", 26),
    ("回答データの\n活用の可否(※)", None, 12),
    ("確認事項", "令和6年度に本事業の支援を受けていない", 14),
    (None, "電子カルテシステムを導入している", 14),
    (None, "令和8年1月までに現地調査を完了できる", 14),
    ("備考", None, 30),
]
from openpyxl.utils import get_column_letter as L
for j, (top, sub, w) in enumerate(cols, 1):
    ws.column_dimensions[L(j)].width = w
    if top is not None:
        ws.cell(4, j, top)
    if sub is not None:
        ws.cell(5, j, sub)
    for rr in (4, 5):
        c = ws.cell(rr, j)
        c.fill = hdr_fill
        c.border = box
        c.alignment = center
        c.font = Font(bold=True, size=9)
# merges of the two-row header
for j, (top, sub, w) in enumerate(cols, 1):
    if sub is None:
        ws.merge_cells(start_row=4, start_column=j, end_row=5, end_column=j)
ws.merge_cells("G4:I4"); ws.merge_cells("J4:L4"); ws.merge_cells("M4:O4"); ws.merge_cells("Q4:S4")
ws.row_dimensions[5].height = 48

example = ["記入例", "3810100005", "医療法人○○会　○○病院", "790-0000", "愛媛県松山市○○町1丁目2番3号",
           "089-000-0000", "事務部　総務課長", "愛媛　太郎", "taro@example.jp",
           "情報システム室　係長", "松山　花子", "hanako@example.jp", "", "", "",
           "可", "はい", "はい", "はい", ""]
row = ["回答", "38-1-02-0734-5", "社会医療法人石手川会　松山みなと病院", "7900024",
       "愛媛県松山市北藤原町４番８号", "０８９－９４１－２２０５",
       "事務部　総務課長", "村上　健二", "murakami@matsuyama-minato.jp",
       "医療情報管理室　係長", "越智　由紀", None,            # Mail left blank
       None, None, None,
       "可", "はい", "はい", "はい",
       "電子カルテ（令和3年導入）。\n調査日程は外来の少ない水・木曜日を希望します。"]
for j, v in enumerate(example, 1):
    c = ws.cell(6, j, v if v != "" else None)
    c.fill = ex_fill; c.border = box; c.alignment = wrap; c.font = Font(size=9, color="808080")
yellow = PatternFill("solid", fgColor="FFF2CC")
for j, v in enumerate(row, 1):
    c = ws.cell(7, j, v)
    c.border = box; c.alignment = wrap; c.font = Font(size=10)
    if j > 1:
        c.fill = yellow
ws.row_dimensions[7].height = 45

dv1 = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
dv2 = DataValidation(type="list", formula1="=選択肢!$B$1:$B$2", allow_blank=True)
ws.add_data_validation(dv1); ws.add_data_validation(dv2)
dv1.add("P7"); dv2.add("Q7:S7")

ws["A9"] = ("※ 国が令和6年1月31日付け事務連絡により実施した病院におけるサイバーセキュリティ対策の実態調査の回答内容を"
            "当該事業でも活用させていただく可能性があります。ご了解いただける場合は「可」、ご了解いただけない場合は「不可」を選択してください。")
ws["A9"].font = Font(size=9)
ws.freeze_panes = "C6"
ws.page_setup.orientation = "landscape"
wb.active = 1
wb.save(OUT)
print("saved", OUT)

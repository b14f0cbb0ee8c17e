#!/usr/bin/env python3
"""Generator: sr-w29-b-questionnaire-example-column.xlsx
Hospital-side redraw of the 回答様式 as a No./項目/回答欄/記入例 questionnaire, with a 記入要領 sheet
and a hidden 選択肢 sheet feeding drop-down lists. Saved by openpyxl (needs a python with openpyxl)."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave29/support-request"
NAME = "sr-w29-b-questionnaire-example-column.xlsx"

wb = Workbook()
guide = wb.active
guide.title = "記入要領"
guide.column_dimensions["A"].width = 100
lines = [
    "「医療機関におけるサイバーセキュリティ確保事業」支援の希望調査　記入要領",
    "",
    "1. 「回答様式」シートの黄色の回答欄に入力してください。右側の「記入例」欄は入力不要です。",
    "2. 医療機関コードは10桁（都道府県番号2桁＋点数表番号1桁＋郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）で記入してください。",
    "3. 担当者①・②は必須です（所属・役職、氏名、Mailアドレスの全て）。担当者③は任意ですが、記入する場合は全ての項目を記入してください。",
    "4. 回答データの活用の可否は、プルダウンから「可」又は「不可」を選択してください。",
    "5. 令和6年度に支援を受けた病院、電子カルテシステム未導入の病院、電子カルテシステム更改のため令和8年1月までに現地調査を完了できない病院は対象外です。",
    "6. 提出期限：令和7年2月28日（金）　提出方法：FAX（087-806-0248）香川県医務国保課医療企画G宛",
]
for i, t in enumerate(lines, 1):
    guide.cell(row=i, column=1, value=t).alignment = Alignment(wrap_text=True)
guide["A1"].font = Font(bold=True, size=12)

ws = wb.create_sheet("回答様式")
opt = wb.create_sheet("選択肢")
opt["A1"], opt["A2"] = "可", "不可"
opt["B1"], opt["B2"] = "はい", "いいえ"
opt.sheet_state = "hidden"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head = PatternFill("solid", fgColor="DDEBF7")
yellow = PatternFill("solid", fgColor="FFF2CC")
exfont = Font(color="808080", italic=True, size=9)

for col, w in {"A": 5, "B": 12, "C": 34, "D": 38, "E": 30}.items():
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:E1")
ws["A1"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査に係る回答様式"
ws["A1"].font = Font(bold=True, size=12)
ws.merge_cells("A2:E2")
ws["A2"] = "当病院は、当該事業の支援を希望します。"
ws["A2"].font = Font(bold=True)
ws.merge_cells("A3:E3")
ws["A3"] = "（提出期限：令和7年2月28日（金）　FAX 087-806-0248　香川県医務国保課医療企画G宛）"
ws["A3"].font = Font(size=9)

HDR = 5
for col, t in zip("ABCDE", ["No.", "区分", "項目", "回答欄", "記入例"]):
    c = ws[f"{col}{HDR}"]
    c.value = t
    c.fill = head
    c.alignment = center
    c.border = box

rows = [
    # (区分, 項目, 回答, 記入例)
    ("基本情報", "医療機関コード（10桁）", "37-1-03-4567-8", "3710123450"),
    ("基本情報", "病院名（正式名称）", "社会医療法人　瀬戸内会　丸亀みなと病院", "医療法人○○会　○○病院"),
    ("基本情報", "郵便番号", "7630034", "760-0000"),
    ("基本情報", "住所", "香川県丸亀市大手町三丁目5番12号", "香川県高松市○○町1番1号"),
    ("基本情報", "電話番号", "０８７７－２３－４４５１", "087-000-0000"),
    ("担当者①【必須】", "所属・役職", "情報システム室　係長", "事務部　医療情報課　課長"),
    ("担当者①【必須】", "氏名", "宇多津　誠", "香川　太郎"),
    ("担当者①【必須】", "Mail アドレス", "m.utazu@marugame-minato.jp", "taro@example.jp"),
    ("担当者②【必須】", "所属・役職", "事務長", "事務部　次長"),
    ("担当者②【必須】", "氏名", "坂出　和子", "香川　花子"),
    ("担当者②【必須】", "Mail アドレス", "jimucho@marugame-minato.jp", "hanako@example.jp"),
    ("担当者③（任意）", "所属・役職", None, "診療情報管理室　主任"),
    ("担当者③（任意）", "氏名", "善通寺　翔", "讃岐　次郎"),
    ("担当者③（任意）", "Mail アドレス", None, "jiro@example.jp"),
    ("回答データ", "サイバーセキュリティ調査における回答データの活用の可否（※）\n※国の令和6年1月31日付け実態調査の回答内容を当該事業で活用することの可否", "不可", "可"),
    ("備考", "備考", "担当者③は現地調査当日の立会者です。", ""),
    ("対象確認", "令和6年度に本事業の支援を受けていない", "はい", "はい"),
    ("対象確認", "電子カルテシステムを導入している", "はい", "はい"),
    ("対象確認", "令和8年1月までに現地調査を完了できる（電子カルテ更改による支障がない）", "はい", "はい"),
]
r = HDR + 1
first = {}
for i, (grp, item, ans, ex) in enumerate(rows, 1):
    ws[f"A{r}"] = i
    ws[f"B{r}"] = grp
    ws[f"C{r}"] = item
    ws[f"D{r}"] = ans
    ws[f"E{r}"] = ex
    ws[f"A{r}"].alignment = center
    ws[f"B{r}"].alignment = center
    ws[f"C{r}"].alignment = wrap
    ws[f"D{r}"].alignment = wrap
    ws[f"D{r}"].fill = yellow
    ws[f"E{r}"].font = exfont
    ws[f"E{r}"].alignment = wrap
    for col in "ABCDE":
        ws[f"{col}{r}"].border = box
    first.setdefault(grp, []).append(r)
    if "\n" in item:
        ws.row_dimensions[r].height = 45
    r += 1
# merge the 区分 column per group
for grp, rs in first.items():
    if len(rs) > 1:
        ws.merge_cells(f"B{rs[0]}:B{rs[-1]}")

dv1 = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
dv2 = DataValidation(type="list", formula1="=選択肢!$B$1:$B$2", allow_blank=True)
ws.add_data_validation(dv1)
ws.add_data_validation(dv2)
dv1.add(f"D{HDR+15}")
dv2.add(f"D{HDR+17}:D{HDR+19}")
ws.freeze_panes = f"A{HDR+1}"
wb.active = 1
wb.save(os.path.join(OUT, NAME))
print("saved", NAME)

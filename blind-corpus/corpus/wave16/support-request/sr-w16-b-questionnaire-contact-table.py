#!/usr/bin/python3
"""sr-w16-b: questionnaire layout (No. | 設問 | 回答) with marks beside options, 担当者 as a second table,
an extra 記入要領 sheet. Saved by openpyxl. Planted: wrong check digit; 担当者③ partly filled."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w16-b-questionnaire-contact-table.xlsx"

def luhn(n9):
    s = 0
    for i, ch in enumerate(reversed(n9)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return str((10 - s % 10) % 10)

assert luhn("371050082") == "2"
CODE_WRITTEN = "37-1-05-0082-5"   # planted: correct check digit is 2

wb = Workbook()
guide = wb.active
guide.title = "記入要領"
lines = [
    "「医療機関におけるサイバーセキュリティ確保事業」支援希望調査　記入要領",
    "",
    "1. 「回答」シートの黄色のセルに入力してください。",
    "2. 医療機関コードは10桁（都道府県番号＋点数表番号＋郡市区番号＋医療機関番号＋検証番号）で記入してください。",
    "3. 担当者①②は必須です。担当者③を記入する場合は、所属・役職、氏名、Mailアドレスをすべて記入してください。",
    "4. 選択する項目は、左の欄に「●」または「✓」を記入してください。",
    "5. 令和6年度に支援を受けた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため",
    "   令和8年1月までに現地調査を完了できない病院は対象外です。",
    "6. 回答期限：令和7年2月28日（金）　送付先：香川県健康福祉部医務国保課医療企画G（FAX 087-806-0248）",
]
for i, t in enumerate(lines, 1):
    guide.cell(i, 1, t)
guide["A1"].font = Font(bold=True, size=12)
guide.column_dimensions["A"].width = 110

ws = wb.create_sheet("回答")
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="DDEBF7")
yellow = PatternFill("solid", fgColor="FFF2CC")
wrap = Alignment(wrap_text=True, vertical="center")
for col, w in {"A": 6, "B": 44, "C": 5, "D": 16, "E": 5, "F": 16, "G": 30}.items():
    ws.column_dimensions[col].width = w

ws["A1"] = "支援の希望調査に係る回答様式（医療機関におけるサイバーセキュリティ確保事業）"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "回答日：令和7年2月21日"
ws["A4"] = "☑ 当病院は、当該事業の支援を希望します。"
ws["A4"].font = Font(bold=True)

hdr = 6
for c, t in zip("ABCG", ["No.", "設問", "回答", "記入上の注意"]):
    ws[f"{c}{hdr}"] = t
ws.merge_cells(f"C{hdr}:F{hdr}")

def text_q(row, no, q, ans, note=""):
    ws[f"A{row}"] = no; ws[f"B{row}"] = q
    ws.merge_cells(f"C{row}:F{row}")
    ws[f"C{row}"] = ans
    ws[f"C{row}"].fill = yellow
    ws[f"G{row}"] = note

def choice_q(row, no, q, opts, chosen, mark, note=""):
    ws[f"A{row}"] = no; ws[f"B{row}"] = q
    ws[f"D{row}"] = opts[0]; ws[f"F{row}"] = opts[1]
    ws[f"C{row}" if chosen == 0 else f"E{row}"] = mark
    ws[f"C{row}"].fill = yellow; ws[f"E{row}"].fill = yellow
    ws[f"G{row}"] = note

text_q(7, 1, "医療機関コード（10桁）", CODE_WRITTEN, "ハイフンの有無は問いません")
text_q(8, 2, "病院名（正式名称）", "医療法人 燧灘会 みとよ中央病院")
text_q(9, 3, "郵便番号", "767-0001")
text_q(10, 4, "住所", "香川県三豊市高瀬町上高瀬1482番地")
text_q(11, 5, "電話番号", "０８７５－７２－５１１０")
text_q(12, 6, "担当者（①②必須、③任意）", "下表「担当者」に記入", "")
choice_q(13, 7, "サイバーセキュリティ調査における回答データの活用の可否(※)", ("可", "不可"), 0, "●",
         "※国の実態調査（令和6年1月31日付け事務連絡）の回答を当該事業で活用することの可否")
ws["B14"] = "【確認事項】"
ws["B14"].font = Font(bold=True)
choice_q(15, 8, "令和6年度に本事業の支援を受けていない", ("はい", "いいえ"), 0, "✓")
choice_q(16, 9, "電子カルテシステムを導入している", ("はい", "いいえ"), 0, "✓")
choice_q(17, 10, "令和8年1月までに現地調査を完了できる（電子カルテシステムの更改予定等による支障がない）",
         ("はい", "いいえ"), 0, "✓")
text_q(18, 11, "備考", "同内容をFAXでも送付しています。\n連絡は担当者①へお願いします。")

for row in ws.iter_rows(min_row=hdr, max_row=18, min_col=1, max_col=7):
    for c in row:
        if c.row == 14:
            continue
        c.border = box
        c.alignment = wrap
for c in ws[hdr]:
    if c.column <= 7:
        c.fill = head; c.font = Font(bold=True)
for r in (7, 8, 9, 10, 11, 12, 18):
    ws.row_dimensions[r].height = 22
ws.row_dimensions[17].height = 34; ws.row_dimensions[18].height = 36
for r in (13, 15, 16, 17):
    for c in "CE":
        ws[f"{c}{r}"].alignment = Alignment(horizontal="center", vertical="center")

# second table: 担当者
t0 = 21
ws[f"A{t0 - 1}"] = "担当者"
ws[f"A{t0 - 1}"].font = Font(bold=True)
ws[f"A{t0}"] = "区分"; ws.merge_cells(f"A{t0}:B{t0}")
ws[f"C{t0}"] = "所属・役職"; ws.merge_cells(f"C{t0}:D{t0}")
ws[f"E{t0}"] = "氏名"; ws.merge_cells(f"E{t0}:F{t0}")
ws[f"G{t0}"] = "Mail アドレス"
people = [
    ("担当者①【必須】", "事務部 総務課 係長", "香川 直人", "n-kagawa@mitoyo-chuo.jp"),
    ("担当者②【必須】", "医療情報管理室 主任", "石川 美咲", "m-ishikawa@mitoyo-chuo.jp"),
    ("担当者③", "放射線科 技師長", "森 浩一", None),   # planted: ③ without Mail
]
for i, (k, dept, name, mail) in enumerate(people, 1):
    r = t0 + i
    ws.merge_cells(f"A{r}:B{r}"); ws[f"A{r}"] = k
    ws.merge_cells(f"C{r}:D{r}"); ws[f"C{r}"] = dept
    ws.merge_cells(f"E{r}:F{r}"); ws[f"E{r}"] = name
    if mail:
        ws[f"G{r}"] = mail
    for col in "CEG":
        ws[f"{col}{r}"].fill = yellow
for row in ws.iter_rows(min_row=t0, max_row=t0 + 3, min_col=1, max_col=7):
    for c in row:
        c.border = box; c.alignment = wrap
for c in ws[t0]:
    if c.column <= 7:
        c.fill = head; c.font = Font(bold=True)

wb.active = 1
ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 1
wb.save(os.path.join(HERE, NAME))
print("wrote", NAME)

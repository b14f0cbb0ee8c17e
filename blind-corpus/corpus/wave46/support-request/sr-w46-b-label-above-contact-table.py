# Generator for sr-w46-b-label-above-contact-table.xlsx (support-request; 記入要領 sheet + label-above layout,
# contacts as a horizontal table, ○ mark beside 可/不可). Planted: wrong check digit, 担当者② Mail blank.
# run: PYTHONPATH=/tmp/w46srhs_py /usr/bin/python3 sr-w46-b-label-above-contact-table.py
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sr-w46-b-label-above-contact-table.xlsx")
wb = Workbook()
guide = wb.active
guide.title = "記入要領"
guide.column_dimensions["A"].width = 4
guide.column_dimensions["B"].width = 100
lines = [
    "「医療機関におけるサイバーセキュリティ確保事業」支援の希望調査　記入要領",
    "",
    "1　支援を希望される病院は、「回答様式」シートに必要事項を記入し、令和7年2月28日（金）までにFAXにてご回答ください。",
    "　　（送付先　香川県医務国保課医療企画G　FAX 087-806-0248）",
    "2　医療機関コードは7桁（郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）で記入してください。",
    "3　担当者①②は必須です。所属・役職、氏名、Mailアドレスをすべて記入してください。担当者③は任意です。",
    "4　回答データの活用の可否は、「可」「不可」のいずれかの右欄に○を付けてください。",
    "5　令和6年度に支援を受けた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため",
    "　　令和8年1月までに現地調査を完了できない病院は対象外です。確認事項欄の「はい・いいえ」のうち該当しない方を消してください。",
    "",
    "（問合せ先）香川県健康福祉部医務国保課医療企画G　TEL 087-832-3319",
]
for i, t in enumerate(lines, start=1):
    guide.cell(i, 2, t)
guide["B1"].font = Font(bold=True, size=13)

ws = wb.create_sheet("回答様式")
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head = PatternFill("solid", fgColor="E2EFDA")
for col, w in {"A": 3, "B": 16, "C": 30, "D": 16, "E": 36, "F": 16}.items():
    ws.column_dimensions[col].width = w

ws.merge_cells("B1:F1")
ws["B1"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の希望調査に係る回答様式"
ws["B1"].font = Font(bold=True, size=13)
ws.merge_cells("B3:F3")
ws["B3"] = "当病院は、当該事業の支援を希望します。"
ws["B3"].font = Font(bold=True)

# label above: header row 5, values row 6
hdr = ["医療機関コード（7桁）", "病院名（正式名称）", "郵便番号", "住所", "電話番号"]
val = ["2100335", "社会医療法人 西讃会 観音寺さくら病院", "7680061", "香川県観音寺市鍛冶屋町1番地の5", "0875-25-3311"]
for i, (h, v) in enumerate(zip(hdr, val)):
    c = ws.cell(5, 2 + i, h); c.fill = head; c.alignment = center; c.border = box
    d = ws.cell(6, 2 + i, v); d.alignment = wrap; d.border = box; d.number_format = "@"
ws.row_dimensions[6].height = 30

ws["B8"] = "■ 担当者"
ws["B8"].font = Font(bold=True)
for i, h in enumerate(["区分", "所属・役職", "氏名", "Mail アドレス"]):
    c = ws.cell(9, 2 + i, h); c.fill = head; c.alignment = center; c.border = box
rows = [
    ("担当者①【必須】", "事務部 医療情報課 係長", "三好 隆之", "t.miyoshi@kanonji-sakura.example.jp"),
    ("担当者②【必須】", "経営企画室 室長", "合田 恵子", None),      # planted: Mail left blank
    ("担当者③", None, None, None),
]
for r, row in enumerate(rows, start=10):
    for i, v in enumerate(row):
        c = ws.cell(r, 2 + i, v); c.border = box; c.alignment = wrap
    ws.row_dimensions[r].height = 22

ws.merge_cells("B14:E14")
ws["B14"] = "■ サイバーセキュリティ調査における回答データの活用の可否（※）　いずれかの右欄に○"
ws["B14"].font = Font(bold=True)
for r, (opt, mark) in enumerate([("可", None), ("不可", "○")], start=15):
    a = ws.cell(r, 2, opt); a.border = box; a.alignment = center
    b = ws.cell(r, 3, mark); b.border = box; b.alignment = center
ws.merge_cells("B17:F18")
ws["B17"] = ("※ 国が令和6年1月31日付け事務連絡により実施した病院におけるサイバーセキュリティ対策の実態調査で回答いただいた内容を"
             "当該事業でも活用させていただく可能性があり、ご了解いただける場合は「可」、ご了解いただけない場合は「不可」としてください。")
ws["B17"].font = Font(size=8)
ws["B17"].alignment = Alignment(wrap_text=True, vertical="top")

ws["B20"] = "■ 確認事項"
ws["B20"].font = Font(bold=True)
c = ws.cell(21, 2, "No."); c.fill = head; c.border = box; c.alignment = center
ws.merge_cells("C21:D21")
c = ws.cell(21, 3, "確認事項"); c.fill = head; c.border = box; c.alignment = center
c = ws.cell(21, 5, "回答（はい・いいえ）"); c.fill = head; c.border = box; c.alignment = center
qs = [
    ("1", "令和6年度に本事業の支援を受けていない", "はい"),
    ("2", "電子カルテシステムを導入している", "はい"),
    ("3", "令和8年1月までに現地調査を完了できる（電子カルテ更改による支障なし）", "はい"),
]
for r, (n, q, a) in enumerate(qs, start=22):
    ws.cell(r, 2, n).alignment = center
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    ws.cell(r, 3, q).alignment = wrap
    ws.cell(r, 5, a).alignment = center      # 「・いいえ」 deleted by the hospital
    for col in range(2, 6):
        ws.cell(r, col).border = box
    ws.row_dimensions[r].height = 28

ws["B26"] = "■ 備考"
ws["B26"].font = Font(bold=True)
ws.merge_cells("B27:F29")
ws["B27"] = "現地調査は平日午後を希望します。\n電子カルテ：ベンダーA社製（令和3年更新）"
ws["B27"].alignment = Alignment(wrap_text=True, vertical="top")
for row in ws.iter_rows(min_row=27, max_row=29, min_col=2, max_col=6):
    for c in row:
        c.border = box

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "landscape"
wb.active = 1
wb.save(OUT)
print("saved", OUT)

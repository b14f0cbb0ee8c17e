# Generator for sr-w35-b-questionnaire-with-guide.xlsx
# Role: prefecture office's e-mailed Excel version (記入要領 sheet + No./項目/回答 questionnaire sheet),
# filled by a hospital's 医事課 staff; re-saved by LibreOffice.
# Run: PYTHONPATH=/tmp/w35_srhs_lib /usr/bin/python3 sr-w35-b-questionnaire-with-guide.py
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w35-b-questionnaire-with-guide.xlsx"

wb = Workbook()
g = wb.active
g.title = "記入要領"
g.column_dimensions["A"].width = 100
guide = [
    "【記入要領】",
    "1　「回答様式」シートの回答欄に必要事項を記入してください。",
    "2　医療機関コードは10桁で記入してください。",
    "3　病院名は正式名称で記入してください。",
    "4　担当者①及び担当者②は必須です（所属・役職、氏名、Mailアドレスをすべて記入）。担当者③は任意です。",
    "5　回答データの活用の可否は、「可」又は「不可」の該当する方の左の欄に○を記入してください。",
    "6　令和6年度に支援を受けた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため",
    "　　令和8年1月までに現地調査を完了できない病院は対象外です。",
    "7　提出期限：令和7年2月28日（金）　提出先：香川県医務国保課医療企画G（FAX 087-806-0248）",
]
for i, t in enumerate(guide, 1):
    g.cell(row=i, column=1, value=t)
g["A1"].font = Font(bold=True)

ws = wb.create_sheet("回答様式")
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
for col, w in zip("ABCDEF", (6, 46, 6, 14, 6, 14)):
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:F1")
ws["A1"] = "支援の希望調査に係る回答様式（医療機関におけるサイバーセキュリティ確保事業）"
ws["A1"].font = Font(size=13, bold=True)
ws["A1"].alignment = center
ws.merge_cells("A2:F2")
ws["A2"] = "当病院は、当該事業の支援を希望します。"
ws.merge_cells("A3:F3")
ws["A3"] = "※ 記入後、FAX（087-806-0248）にて送付してください。"
ws["A3"].font = Font(size=9)

ws["A5"], ws["B5"], ws["C5"] = "No.", "項目", "回答"
ws.merge_cells("C5:F5")
for c in ("A5", "B5", "C5"):
    ws[c].fill = hdr_fill
    ws[c].alignment = center
    ws[c].font = Font(bold=True)

rows = [
    ("医療機関コード（10桁）", "37 1 05 2345 8"),   # planted: check digit should be 1
    ("病院名（正式名称）", "社会医療法人 瀬戸内会 丸亀さくら病院"),
    ("郵便番号", "7630034"),
    ("住所", "香川県丸亀市大手町3丁目1-8"),
    ("電話番号", "0877-23-5151"),
    ("担当者①【必須】　所属・役職", "医事課 係長（システム担当）"),
    ("担当者①【必須】　氏名", "真鍋 拓也"),
    ("担当者①【必須】　Mailアドレス", "t.manabe@marugame-sakura.example.jp"),
    ("担当者②【必須】　所属・役職", "事務長"),
    ("担当者②【必須】　氏名", "谷口 昌子"),
    ("担当者②【必須】　Mailアドレス", None),      # planted: required, left blank
    ("担当者③（任意）　所属・役職", None),
    ("担当者③（任意）　氏名", None),
    ("担当者③（任意）　Mailアドレス", None),
]
r = 6
for no, (label, val) in enumerate(rows, 1):
    ws.cell(row=r, column=1, value=no).alignment = center
    ws.cell(row=r, column=2, value=label).alignment = wrap
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
    if val is not None:
        ws.cell(row=r, column=3, value=val)
    ws.cell(row=r, column=3).alignment = wrap
    for c in range(1, 7):
        ws.cell(row=r, column=c).border = box
    ws.row_dimensions[r].height = 22
    r += 1

# No.15 活用の可否: mark cells beside the printed options
ws.cell(row=r, column=1, value=15).alignment = center
ws.cell(row=r, column=2, value="サイバーセキュリティ調査における回答データの活用の可否（※）\n（該当する方の左欄に○）").alignment = wrap
ws.cell(row=r, column=3, value="○").alignment = center
ws.cell(row=r, column=4, value="可").alignment = center
ws.cell(row=r, column=5).alignment = center
ws.cell(row=r, column=6, value="不可").alignment = center
for c in range(1, 7):
    ws.cell(row=r, column=c).border = box
ws.row_dimensions[r].height = 36
r += 1
ws.cell(row=r, column=1, value=16).alignment = center
ws.cell(row=r, column=2, value="備考").alignment = wrap
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
ws.cell(row=r, column=3, value="オフラインバックアップは電子カルテベンダーと検討中です。\n連絡は担当者①へお願いします。").alignment = wrap
for c in range(1, 7):
    ws.cell(row=r, column=c).border = box
ws.row_dimensions[r].height = 40
r += 2
ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=6)
ws.cell(row=r, column=1, value="※ 国が令和6年1月31日付け事務連絡により実施した病院におけるサイバーセキュリティ対策の実態調査で"
        "回答いただいた内容を当該事業でも活用させていただく可能性があり、ご了解いただける場合は「可」と、"
        "ご了解いただけない場合は「不可」と記載してください。").alignment = wrap
ws.cell(row=r, column=1).font = Font(size=9)

tmp = tempfile.mkdtemp(prefix="w35sr_")
src = os.path.join(tmp, NAME)
wb.save(src)
# re-save with LibreOffice, as the hospital did
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, src], check=True)
shutil.rmtree(tmp)
print("saved", os.path.join(HERE, NAME))

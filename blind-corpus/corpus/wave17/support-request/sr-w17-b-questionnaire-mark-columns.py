# Generator: sr-w17-b-questionnaire-mark-columns.xlsx
# Role: a hospital's 事務局 rebuilt the Kagawa 回答様式 as a numbered questionnaire (No. | 項目 | 回答),
# contacts as a horizontal second table, eligibility confirmations with はい/いいえ mark columns,
# 活用の可否 marked with ● before the option. Saved by openpyxl then re-saved by LibreOffice.
import os, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w17-b-questionnaire-mark-columns"

def cd(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

nine = "371034215"
good = cd(nine)
bad = str((int(good) + 3) % 10)          # planted: wrong check digit (typo)
code_written = f"{nine[:2]}-{nine[2]}-{nine[3:5]}-{nine[5:9]}-{bad}"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head = PatternFill("solid", fgColor="DDEBF7")

wb = Workbook()
ws = wb.active
ws.title = "回答票"
for col, w in zip("ABCDEFG", [6, 30, 6, 22, 6, 22, 24]):
    ws.column_dimensions[col].width = w

ws["A1"] = "「医療機関におけるサイバーセキュリティ確保事業」支援の希望調査　回答票"
ws["A1"].font = Font(size=13, bold=True)
ws["A2"] = "香川県健康福祉部医務国保課医療企画G 宛（FAX 087-806-0248）／回答期限 令和7年2月28日（金）"
ws["A2"].font = Font(size=9)
ws["A3"] = "当病院は、当該事業の支援を希望します。"
ws["A3"].font = Font(bold=True)

def hdr(row, labels, cols):
    for c, l in zip(cols, labels):
        x = ws.cell(row, c, l); x.fill = head; x.border = box; x.alignment = center

# 1. 基本情報
ws["A5"] = "１．医療機関の情報"; ws["A5"].font = Font(bold=True)
hdr(6, ["No.", "項目", "回答"], [1, 2, 3])
ws.merge_cells("C6:G6")
items = [
    ("(1)", "医療機関コード（10桁）", code_written),
    ("(2)", "病院名（正式名称）", "医療法人瀬戸内会　丸亀みなと病院"),
    ("(3)", "郵便番号", "〒763-0034"),
    ("(4)", "住所", "香川県丸亀市大手町四丁目2番17号"),
    ("(5)", "電話番号", "0877-24-3315"),
]
r = 7
for no, lab, val in items:
    ws.cell(r, 1, no).alignment = center
    ws.cell(r, 2, lab).alignment = wrap
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
    ws.cell(r, 3, val).alignment = wrap
    for c in range(1, 8): ws.cell(r, c).border = box
    r += 1

# 2. 担当者 (second table, horizontal)
r += 1
ws.cell(r, 1, "２．担当者（①②は必須、③は任意）").font = Font(bold=True); r += 1
hdr(r, ["No.", "区分", "所属・役職", "氏名", "Mail アドレス"], [1, 2, 3, 5, 6])
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=7)
r += 1
contact_rows = {}
contacts = [
    ("(6)", "担当者①【必須】", "事務局 企画課 係長", "山地 翔太", "s-yamaji@marugame-minato.jp"),
    ("(7)", "担当者②【必須】", "医療情報部 主任", "三好 彩", None),        # planted: Mail left blank
    ("(8)", "担当者③", None, None, None),
]
for no, lab, dep, nm, em in contacts:
    ws.cell(r, 1, no).alignment = center
    ws.cell(r, 2, lab).alignment = wrap
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=7)
    if dep: ws.cell(r, 3, dep)
    if nm: ws.cell(r, 5, nm)
    if em: ws.cell(r, 6, em)
    for c in range(1, 8):
        ws.cell(r, c).border = box; ws.cell(r, c).alignment = wrap
    ws.row_dimensions[r].height = 22
    contact_rows[lab] = r
    r += 1

# 3. 確認事項
r += 1
ws.cell(r, 1, "３．確認事項（該当する欄に○）").font = Font(bold=True); r += 1
hdr(r, ["No.", "確認内容", "はい", "", "いいえ", ""], [1, 2, 3, 4, 5, 6])
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
r += 1
conf = [
    ("(9)", "令和6年度に本事業の支援を受けていない", "○", None),
    ("(10)", "電子カルテシステムを導入している", "○", None),
    ("(11)", "電子カルテシステムの更改等がなく、令和8年1月までに現地調査を完了できる", "○", None),
]
conf_rows = []
for no, lab, yes, no_ in conf:
    ws.cell(r, 1, no).alignment = center
    ws.cell(r, 2, lab).alignment = wrap
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=6)
    if yes: ws.cell(r, 3, yes)
    if no_: ws.cell(r, 5, no_)
    ws.cell(r, 3).alignment = center; ws.cell(r, 5).alignment = center
    for c in range(1, 7): ws.cell(r, c).border = box
    ws.row_dimensions[r].height = 32
    conf_rows.append(r)
    r += 1

# 4. 活用の可否
r += 1
ws.cell(r, 1, "４．サイバーセキュリティ調査における回答データの活用の可否（※）").font = Font(bold=True); r += 1
ws.cell(r, 1, "(12)").alignment = center
ws.cell(r, 2, "回答データの活用（いずれかに●）").alignment = wrap
ws.cell(r, 3, "●").alignment = center
ws.cell(r, 4, "可").alignment = center
ws.cell(r, 5, "").alignment = center
ws.cell(r, 6, "不可").alignment = center
for c in range(1, 7): ws.cell(r, c).border = box
use_row = r
r += 1
ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=7)
ws.cell(r, 1, "※ 国が令和6年1月31日付け事務連絡により実施した病院のサイバーセキュリティ対策に係る実態調査の回答内容を、"
              "当該事業でも活用させていただく可能性があります。ご了解いただける場合は「可」、ご了解いただけない場合は「不可」を選択してください。")
ws.cell(r, 1).font = Font(size=9)
ws.cell(r, 1).alignment = Alignment(wrap_text=True, vertical="top")
r += 4

# 5. 備考
ws.cell(r, 1, "５．備考").font = Font(bold=True); r += 1
ws.cell(r, 1, "(13)").alignment = center
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
ws.cell(r, 2, "担当者①不在時は代表電話（0877-24-3315）へご連絡ください。").alignment = wrap
for c in range(1, 8): ws.cell(r, c).border = box
ws.row_dimensions[r].height = 30
rem_row = r

# 記入要領 sheet
ins = wb.create_sheet("記入要領")
ins.column_dimensions["A"].width = 90
for i, t in enumerate([
    "【記入要領】",
    "1. 医療機関コードは10桁（都道府県番号2桁＋点数表番号1桁＋郡市区番号2桁＋医療機関番号4桁＋検証番号1桁）で記入してください。",
    "2. 担当者①②は必須です（所属・役職、氏名、Mailアドレスをすべて記入）。担当者③は任意です。",
    "3. 令和6年度に支援を受けた病院、電子カルテシステムを導入していない病院、電子カルテ更改のため令和8年1月までに現地調査を完了できない病院は対象外です。",
    "4. 回答データの活用の可否は、「可」「不可」のいずれか一方に●を付けてください。",
    "5. 記入後、FAX（087-806-0248）にて送付してください。",
], start=1):
    ins.cell(i, 1, t).alignment = Alignment(wrap_text=True)

tmpd = tempfile.mkdtemp()
src = os.path.join(tmpd, NAME + ".xlsx")
wb.save(src)
subprocess.run(["soffice", "-env:UserInstallation=file://" + tmpd + "/profile", "--headless",
                "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmpd)
print(code_written, "correct check digit:", good, contact_rows, conf_rows, use_row, rem_row)

# Generator: sr-w22-a-print-form-digit-boxes.xlsx (Kagawa-style FAX form, digit boxes, LibreOffice re-save)
import subprocess, os, shutil
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font
from openpyxl.utils import get_column_letter

def luhn(d9):
    s = 0
    for i, ch in enumerate(reversed(d9)):
        p = int(ch) * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return str((10 - s % 10) % 10)

CODE9 = "371012468"
CODE = CODE9 + luhn(CODE9)

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w22-a-print-form-digit-boxes"
wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin"); med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

ws.column_dimensions["A"].width = 16
ws.column_dimensions["B"].width = 13
for c in range(3, 13):
    ws.column_dimensions[get_column_letter(c)].width = 5.5

def frame(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box

ws["H1"] = "（送付先　香川県医務国保課医療企画G宛\nFAX　087-806-0248）"
ws.merge_cells("H1:L1"); ws["H1"].alignment = wrap; ws["H1"].font = Font(size=9)
ws.row_dimensions[1].height = 30
ws["A3"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws.merge_cells("A3:L3"); ws["A3"].alignment = center; ws["A3"].font = Font(size=13, bold=True)
ws.row_dimensions[3].height = 36
ws["A5"] = "当病院は、当該事業の支援を希望します。"
ws.merge_cells("A5:L5"); ws["A5"].font = Font(bold=True)

r = 7
ws.cell(r, 1, "医療機関コード")
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
for i, ch in enumerate(CODE):
    c = ws.cell(r, 3 + i, ch); c.alignment = center
frame(f"A{r}:L{r}")
ws.row_dimensions[r].height = 24

single = [
    ("病院名（正式名称）", "社会医療法人　瀬戸内会　屋島中央病院"),
    ("郵便番号", "〒761-0111"),
    ("住所", "香川県高松市屋島東町１２３４番地の５"),
    ("電話番号", "087-841-5521"),
]
r = 8
for lab, val in single:
    ws.cell(r, 1, lab)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 3, val).alignment = wrap
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=12)
    frame(f"A{r}:L{r}")
    ws.row_dimensions[r].height = 24
    r += 1

contacts = [
    ("担当者①　【必須】", "情報システム室　室長", "高畑　修一", "s-takahata@setouchikai-yashima.or.jp "),
    ("担当者②　【必須】", "事務部　医事課　主任", "三好　里奈", "r-miyoshi@setouchikai-yashima.or.jp"),
    ("担当者③", "診療情報管理室　係長", "大西　健太", "k-onishi@setouchikai-yashima.or.jp"),
]
for lab, dept, name, mail in contacts:
    ws.cell(r, 1, lab).alignment = center
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 2, end_column=1)
    for j, (sub, val) in enumerate([("所属・役職", dept), ("氏名", name), ("Mail アドレス", mail)]):
        ws.cell(r + j, 2, sub)
        ws.cell(r + j, 3, val).alignment = wrap
        ws.merge_cells(start_row=r + j, start_column=3, end_row=r + j, end_column=12)
        ws.row_dimensions[r + j].height = 22
    frame(f"A{r}:L{r+2}")
    r += 3

# 活用の可否: mark ○ in the box before the chosen option
ws.cell(r, 1, "サイバーセキュリティ調査における回答データの活用の可否(※)").alignment = wrap
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
ws.cell(r, 4, "○").alignment = center
ws.cell(r, 5, "可").alignment = center
ws.cell(r, 6, "・").alignment = center
ws.cell(r, 8, "不可").alignment = center
ws.merge_cells(start_row=r, start_column=8, end_row=r, end_column=9)
frame(f"A{r}:L{r}")
ws.row_dimensions[r].height = 42
kahi_row = r
r += 1
ws.cell(r, 1, "備考")
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
ws.cell(r, 3, "電子カルテは令和9年度更新予定のため、現地調査への影響はありません。\n連絡は平日9時～17時にお願いします。").alignment = wrap
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=12)
frame(f"A{r}:L{r}")
ws.row_dimensions[r].height = 44
bikou_row = r
r += 2

ws.cell(r, 1, "【確認事項】該当する方を残してください。").font = Font(bold=True)
r += 1
decl = [
    "令和6年度に本事業の支援を受けていない",
    "電子カルテシステムを導入している",
    "令和8年1月までに現地調査を完了できる（電子カルテ更改等の予定がない）",
]
decl_rows = []
for t in decl:
    ws.cell(r, 1, t).alignment = wrap
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
    ws.cell(r, 9, "はい").alignment = center   # 「いいえ」を消して回答
    ws.merge_cells(start_row=r, start_column=9, end_row=r, end_column=12)
    frame(f"A{r}:L{r}")
    ws.row_dimensions[r].height = 28
    decl_rows.append(r)
    r += 1
r += 1
ws.cell(r, 1, "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。").alignment = Alignment(wrap_text=True, vertical="top")
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
ws.row_dimensions[r].height = 70
r += 1
ws.cell(r, 1, "※ 令和6年度に支援を受けた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため令和8年1月までに現地調査を完了できない病院は対象外です。").alignment = Alignment(wrap_text=True, vertical="top")
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=12)
ws.row_dimensions[r].height = 40
ws.page_setup.paperSize = 9
ws.page_setup.fitToWidth = 1
ws.print_area = f"A1:L{r}"

tmp = os.path.join(OUT, "_tmp_sr_a"); os.makedirs(tmp, exist_ok=True)
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmp)
print(CODE, kahi_row, bikou_row, decl_rows)

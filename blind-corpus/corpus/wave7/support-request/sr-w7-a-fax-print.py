#!/usr/bin/python3
# Generator for sr-w7-a-fax-print.xlsx
# Role: 愛媛県 保健福祉部 医療対策課 (prefecture office) drew the FAX reply form; a hospital (西条市) filled it.
# Layout: print-style FAX sheet, blank spacer columns A/H, merged label cells, 担当者 blocks with a merged
# vertical label, 可/不可 as two printed options with a ○ in the cell just before the chosen one, optional
# 確認事項 with ☑ check boxes. Saved by openpyxl, then re-saved by LibreOffice (soffice --convert-to xlsx).
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.page import PageMargins

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w7-a-fax-print"


def check_digit(s9):
    t = 0
    for i, ch in enumerate(reversed(s9)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        t += d // 10 + d % 10
    return (10 - t % 10) % 10


base = "381052147"  # 38 愛媛 / 1 医科 / 05 郡市区 / 2147
code10 = base + str(check_digit(base))
code_written = f"{code10[0:2]}-{code10[2]}-{code10[3:5]}-{code10[5:9]}-{code10[9]}"

wb = Workbook()
ws = wb.active
ws.title = "回答様式"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

for col, w in {"A": 2.5, "B": 14, "C": 15, "D": 6, "E": 14, "F": 6, "G": 22, "H": 2.5}.items():
    ws.column_dimensions[col].width = w

ws["B1"] = "（送付先）愛媛県保健福祉部医療対策課　医療政策係　宛"
ws["B2"] = "　　　　　ＦＡＸ　０８９－９００－００００（送付状不要）"
ws["G1"] = "回答期限：令和7年2月21日（金）"
ws["G1"].font = Font(bold=True)
ws.merge_cells("B4:G4")
ws["B4"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws["B4"].font = Font(size=13, bold=True)
ws["B4"].alignment = center
ws.row_dimensions[4].height = 36
ws.merge_cells("B6:G6")
ws["B6"] = "当病院は、当該事業の支援を希望します。"
ws["B6"].font = Font(size=12, bold=True)
ws["B6"].alignment = center

r = 8


def simple_row(label, value, height=24):
    global r
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
    ws.cell(r, 2, label).alignment = wrap
    ws.cell(r, 4, value).alignment = wrap
    for c in range(2, 8):
        ws.cell(r, c).border = box
    ws.row_dimensions[r].height = height
    r += 1


simple_row("医療機関コード", code_written)
simple_row("病院名（正式名称）", "医療法人 聖和会 西条さくら病院")
simple_row("郵便番号", "793-0030")
simple_row("住所", "愛媛県西条市大町１２３４番地")
simple_row("電話番号", "0897-56-1234")

contacts = [
    ("担当者①\n【必須】", "事務部 医療情報課 課長", "村上 健一", "murakami@saijo-sakura.or.jp"),
    ("担当者②\n【必須】", "事務部 医療情報課 主任", "高橋 彩", "a-takahashi@saijo-sakura.or.jp"),
    ("担当者③", "診療情報管理室 室長", "越智 由美", "ochi@saijo-sakura.or.jp"),
]
for label, dept, name, mail in contacts:
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 2, end_column=2)
    ws.cell(r, 2, label).alignment = center
    for i, (sub, val) in enumerate([("所属・役職", dept), ("氏名", name), ("Mail アドレス", mail)]):
        ws.cell(r + i, 3, sub).alignment = wrap
        ws.merge_cells(start_row=r + i, start_column=4, end_row=r + i, end_column=7)
        ws.cell(r + i, 4, val).alignment = wrap
        for c in range(2, 8):
            ws.cell(r + i, c).border = box
        ws.row_dimensions[r + i].height = 22
    r += 3

# 活用の可否: printed options 可 / 不可, the hospital put ○ just before 可
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
ws.cell(r, 2, "サイバーセキュリティ調査における回答データの活用の可否(※)").alignment = wrap
ws.cell(r, 4, "○").alignment = center
ws.cell(r, 5, "可").alignment = center
ws.cell(r, 6, None)
ws.cell(r, 7, "不可").alignment = Alignment(horizontal="left", vertical="center")
for c in range(2, 8):
    ws.cell(r, c).border = box
ws.row_dimensions[r].height = 40
use_row = r
r += 1

ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
ws.cell(r, 2, "備考").alignment = wrap
ws.cell(r, 4, "電子カルテの更新は令和9年度予定のため、令和8年1月までの現地調査に対応可能です。").alignment = wrap
for c in range(2, 8):
    ws.cell(r, c).border = box
ws.row_dimensions[r].height = 44
r += 2

ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
ws.cell(r, 2, "確認事項（該当する場合は□にチェックしてください。）").font = Font(bold=True)
r += 1
decl = [
    "令和6年度に本事業の支援を受けていない。",
    "電子カルテシステムを導入している。",
    "令和8年1月までに現地調査を完了できる（電子カルテ更改等による支障がない）。",
]
for text in decl:
    ws.cell(r, 2, "☑").alignment = Alignment(horizontal="right", vertical="center")
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
    ws.cell(r, 3, text).alignment = wrap
    r += 1
r += 1
ws.merge_cells(start_row=r, start_column=2, end_row=r + 2, end_column=7)
ws.cell(r, 2, "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
              "により実施した実態調査の回答内容を当該事業でも活用させていただく可能性があります。ご了解いただける場合は「可」、"
              "ご了解いただけない場合は「不可」に○を付けてください。").alignment = Alignment(wrap_text=True, vertical="top")
ws.cell(r, 2).font = Font(size=9)
ws.row_dimensions[r].height = 20

ws.print_area = f"A1:H{r + 2}"
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6)

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
outdir = os.path.join(tmp, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
shutil.rmtree(tmp)
print("code", code10, "use row", use_row)

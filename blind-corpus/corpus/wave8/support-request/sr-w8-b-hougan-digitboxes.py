#!/usr/bin/python3
# Generator for sr-w8-b-hougan-digitboxes.xlsx (support-request, 愛媛県の病院, 2 planted problems).
# "Excel 方眼紙" print layout: 31 narrow columns, labels above values, code in 10 digit boxes. Saved by openpyxl.
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter as L

OUT = "/work/blind/wave8/support-request/sr-w8-b-hougan-digitboxes.xlsx"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
for c in range(1, 33):
    ws.column_dimensions[L(c)].width = 2.9
ws.column_dimensions["A"].width = 1.5   # spacer margin column
ws.column_dimensions["AF"].width = 1.5  # spacer margin column


def put(rng, value, bold=False, border=False, size=None, align=None):
    ws.merge_cells(rng)
    first = rng.split(":")[0]
    ws[first] = value
    f = Font(bold=bold, size=size) if (bold or size) else None
    if f:
        ws[first].font = f
    ws[first].alignment = align or Alignment(vertical="center", wrap_text=True)
    if border:
        for row in ws[rng]:
            for cell in row:
                cell.border = box


put("Y1:AE1", "別紙", align=Alignment(horizontal="right"))
put("B2:AE3", "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式", bold=True, size=12,
    align=Alignment(horizontal="center", vertical="center", wrap_text=True))
ws.row_dimensions[2].height = 20
ws.row_dimensions[3].height = 20
put("B5:AE5", "当病院は、当該事業の支援を希望します。", bold=True, align=Alignment(horizontal="center"))

put("B7:AE7", "１．医療機関コード（10桁・1マスに1文字）", bold=True)
digits = "3811204568"  # PLANTED: correct check digit is 3 (3811204563)
for i, d in enumerate(digits):
    c = 2 + 2 * i
    put("%s8:%s8" % (L(c), L(c + 1)), d, border=True, align=Alignment(horizontal="center", vertical="center"))
ws.row_dimensions[8].height = 22

put("B10:AE10", "２．病院名（正式名称）", bold=True)
put("B11:AE11", "医療法人 石手会 道後ひかり病院", border=True)
put("B13:AE13", "３．郵便番号", bold=True)
put("B14:M14", "〒７９０－０８４２", border=True)
put("B16:AE16", "４．住所", bold=True)
put("B17:AE17", "愛媛県松山市道後湯之町21番8号", border=True)
put("B19:AE19", "５．電話番号", bold=True)
put("B20:M20", "089-923-1571", border=True)

put("B22:AE22", "６．担当者（①②は必須。③を記入する場合は3項目すべて記入）", bold=True)
contacts = [
    ("担当者①【必須】", "経営企画課 システム係長", "越智 大輔", "ochi.d@dogo-hikari.jp"),
    ("担当者②【必須】", "事務長", "村上 浩二", "murakami.k@dogo-hikari.jp"),
    ("担当者③", "看護部 看護師長（医療情報委員）", "渡部 裕子", None),  # PLANTED: Mail missing
]
row = 23
for lab, dep, nm, mail in contacts:
    put("B%d:AE%d" % (row, row), lab, bold=True)
    put("B%d:L%d" % (row + 1, row + 1), "所属・役職", border=True)
    put("M%d:S%d" % (row + 1, row + 1), "氏名", border=True)
    put("T%d:AE%d" % (row + 1, row + 1), "Mail アドレス", border=True)
    put("B%d:L%d" % (row + 2, row + 2), dep, border=True)
    put("M%d:S%d" % (row + 2, row + 2), nm, border=True)
    put("T%d:AE%d" % (row + 2, row + 2), mail, border=True)
    ws.row_dimensions[row + 2].height = 30
    row += 3
# row is now 32

put("B33:AE33", "７．サイバーセキュリティ調査における回答データの活用の可否（※）　「可」又は「不可」を記入", bold=True)
put("B34:H34", "不可", border=True, align=Alignment(horizontal="center", vertical="center"))
put("B35:AE37", "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
    "により実施している実態調査で回答いただいた内容を当該事業でも活用させていただく可能性があり、ご了解いただける場合は「可」と、"
    "ご了解いただけない場合は「不可」と記載してください。", size=8,
    align=Alignment(wrap_text=True, vertical="top"))

put("B39:AE39", "８．対象要件の確認（「はい・いいえ」のうち該当しない方を消してください）", bold=True)
reqs = [
    "(1) 令和6年度に本事業の支援を受けていない",
    "(2) 電子カルテシステムを導入している",
    "(3) 電子カルテ更改等により令和8年1月までの現地調査完了に支障がない",
]
for k, text in enumerate(reqs):
    r = 40 + k
    put("B%d:X%d" % (r, r), text, border=True)
    put("Y%d:AE%d" % (r, r), "はい", border=True, align=Alignment(horizontal="center", vertical="center"))

put("B44:AE44", "９．備考", bold=True)
put("B45:AE47", "令和7年5月に電子カルテ端末の一部を入替予定（サーバ更改なし）。\n現地調査は6月以降を希望します。", border=True,
    align=Alignment(wrap_text=True, vertical="top"))

put("T49:AE49", "記入日：令和7年2月20日", align=Alignment(horizontal="right"))

ws.print_area = "A1:AF49"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save(OUT)
print("written", OUT)

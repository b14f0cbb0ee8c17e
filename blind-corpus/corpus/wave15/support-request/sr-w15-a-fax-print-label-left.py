#!/usr/bin/python3
"""sr-w15-a: Kagawa-style FAX reply form, one printable sheet, labels left with merged
contact blocks, spacer columns and borders. Filled completely and correctly."""
import json
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "sr-w15-a-fax-print-label-left"

def luhn(nine):
    s = 0
    for i, d in enumerate(reversed([int(c) for c in nine])):
        p = d * (2 if i % 2 == 0 else 1)
        s += p // 10 + p % 10
    return str((10 - s % 10) % 10)

CODE = "371015127"
CODE = CODE + luhn(CODE)

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

ws.column_dimensions["A"].width = 2      # spacer
ws.column_dimensions["B"].width = 16
ws.column_dimensions["C"].width = 14
ws.column_dimensions["D"].width = 22
ws.column_dimensions["E"].width = 22
ws.column_dimensions["F"].width = 12
ws.column_dimensions["G"].width = 2      # spacer

ws["B1"] = "（送付先　香川県医務国保課医療企画Ｇ宛　ＦＡＸ　087-806-0248）"
ws["B1"].font = Font(size=9)
ws.merge_cells("B1:F1")
ws["F2"] = "別紙"
ws["F2"].alignment = Alignment(horizontal="right")
ws["B3"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws.merge_cells("B3:F4")
ws["B3"].alignment = center
ws["B3"].font = Font(size=13, bold=True)
ws.row_dimensions[3].height = 22
ws.row_dimensions[4].height = 22
ws["B6"] = "当病院は、当該事業の支援を希望します。"
ws.merge_cells("B6:F6")
ws["B6"].font = Font(size=11, bold=True)

r = 8
def simple(label, value, height=24):
    global r
    ws.cell(r, 2, label)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(r, 4, value)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    for c in range(2, 7):
        ws.cell(r, c).border = box
    ws.cell(r, 2).alignment = wrap
    ws.cell(r, 4).alignment = wrap
    ws.cell(r, 2).fill = PatternFill("solid", fgColor="F2F2F2")
    ws.row_dimensions[r].height = height
    r += 1

simple("医療機関コード", CODE)
ws.cell(r - 1, 4).number_format = "@"
simple("病院名（正式名称）", "医療法人　瀬戸内会　高松みなと病院")
simple("郵便番号", "〒760-0011")
simple("住所", "香川県高松市浜ノ町12番3号")
simple("電話番号", "087-811-4567")

contacts = [
    ("担当者①\n【必須】", "事務部 情報システム課 課長", "大西　健一", "k-onishi@takamatsu-minato-hp.jp "),
    ("担当者②\n【必須】", "事務部 総務課 主任", "香川　真由美", "m-kagawa@takamatsu-minato-hp.jp"),
    ("担当者③", "診療情報管理室 係長", "三好　拓也", "t-miyoshi@takamatsu-minato-hp.jp"),
]
for head, dept, name, mail in contacts:
    ws.cell(r, 2, head)
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 2, end_column=2)
    ws.cell(r, 2).alignment = center
    ws.cell(r, 2).fill = PatternFill("solid", fgColor="F2F2F2")
    for i, (sub, val) in enumerate([("所属・役職", dept), ("氏名", name), ("Mail アドレス", mail)]):
        ws.cell(r + i, 3, sub)
        ws.cell(r + i, 4, val)
        ws.merge_cells(start_row=r + i, start_column=4, end_row=r + i, end_column=6)
        for c in range(2, 7):
            ws.cell(r + i, c).border = box
        ws.cell(r + i, 3).alignment = wrap
        ws.row_dimensions[r + i].height = 22
    r += 3

# 可否: the printed cell read 「可 ・ 不可」; the hospital deleted 「・ 不可」
simple("サイバーセキュリティ調査における回答データの活用の可否(※)", "可", height=48)
ws.cell(r - 1, 4).alignment = center
simple("備考", "電子カルテ更新は令和9年度の予定のため、令和8年1月までの現地調査は対応可能です。\n"
               "日程調整は平日9時～17時でお願いします。", height=48)

r += 1
ws.cell(r, 2, "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
              "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも活用"
              "させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。")
ws.merge_cells(start_row=r, start_column=2, end_row=r + 3, end_column=6)
ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")
ws.cell(r, 2).font = Font(size=9)
r += 5
ws.cell(r, 2, "回答期限：令和7年2月28日（金）　ＦＡＸにてご回答ください。")
ws.cell(r, 2).font = Font(size=9)

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = "A1:G%d" % r

wb.save(NAME + ".xlsx")

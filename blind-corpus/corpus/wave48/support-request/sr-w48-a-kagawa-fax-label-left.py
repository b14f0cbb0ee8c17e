#!/usr/bin/python3
"""sr-w48-a: Kagawa-style FAX 回答様式, label left with merged 担当者 blocks, filled completely (no planted problem)."""
import sys, os
sys.path.insert(0, "/tmp/w48lib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font
from openpyxl.worksheet.page import PageMargins

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sr-w48-a-kagawa-fax-label-left.xlsx")
wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 16
ws.column_dimensions["C"].width = 14
for c in "DEF":
    ws.column_dimensions[c].width = 18

ws["F1"] = "（送付先）香川県医務国保課医療企画G宛\nFAX 087-806-0248"
ws["F1"].alignment = Alignment(wrap_text=True, horizontal="right")
ws.row_dimensions[1].height = 30
ws.merge_cells("B3:F3")
ws["B3"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws["B3"].font = Font(bold=True, size=13); ws["B3"].alignment = Alignment(wrap_text=True, horizontal="center")
ws.row_dimensions[3].height = 36
ws.merge_cells("B5:F5")
ws["B5"] = "当病院は、当該事業の支援を希望します。"
ws["B5"].font = Font(size=12)

def frame(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box

def single(r, label, value):
    ws.merge_cells(f"B{r}:C{r}"); ws.merge_cells(f"D{r}:F{r}")
    ws[f"B{r}"] = label; ws[f"D{r}"] = value
    ws[f"B{r}"].alignment = wrap; ws[f"D{r}"].alignment = wrap
    frame(f"B{r}:F{r}")
    ws.row_dimensions[r].height = 24

single(7, "医療機関コード", 3710102348)        # typed as a number
single(8, "病院名（正式名称）", "社会医療法人 讃陽会 高松みなと病院")
single(9, "郵便番号", "760-0011")
single(10, "住所", "香川県高松市浜ノ町12番3号")
single(11, "電話番号", "087-851-2234")

def contact(r, label, dept, name, mail):
    ws.merge_cells(f"B{r}:B{r+2}")
    ws[f"B{r}"] = label; ws[f"B{r}"].alignment = wrap
    for i, (sub, val) in enumerate([("所属・役職", dept), ("氏名", name), ("Mail アドレス", mail)]):
        ws.merge_cells(f"D{r+i}:F{r+i}")
        ws[f"C{r+i}"] = sub; ws[f"D{r+i}"] = val
        ws.row_dimensions[r+i].height = 22
    frame(f"B{r}:F{r+2}")

contact(12, "担当者①\n【必須】", "事務部 情報システム課 課長", "大西 健太", "k-onishi@takamatsu-minato.example.jp")
contact(15, "担当者②\n【必須】", "事務部 情報システム課 主任", "香西 美咲", "m-kozai@takamatsu-minato.example.jp")
contact(18, "担当者③", "診療情報管理室 室長", "三好 直樹", "n-miyoshi@takamatsu-minato.example.jp")

ws.merge_cells("B21:C21"); ws.merge_cells("D21:F21")
ws["B21"] = "サイバーセキュリティ調査における回答データの活用の可否(※)"
ws["B21"].alignment = wrap
ws["D21"] = "可"          # printed "可 ・ 不可": the filler deleted 不可
ws["D21"].alignment = Alignment(horizontal="center", vertical="center")
ws.row_dimensions[21].height = 44
frame("B21:F21")
ws.merge_cells("B22:C22"); ws.merge_cells("D22:F22")
ws["B22"] = "備考"
ws["D22"] = "電子カルテシステム導入済み（次回更改は令和10年度予定）。\n現地調査は令和7年度中であれば日程調整可能です。"
ws["D22"].alignment = wrap
ws.row_dimensions[22].height = 48
frame("B22:F22")

ws.merge_cells("B24:F27")
ws["B24"] = ("※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
             "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも"
             "活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。")
ws["B24"].alignment = Alignment(wrap_text=True, vertical="top")
ws["B24"].font = Font(size=9)
ws.print_area = "A1:F27"
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.7, bottom=0.7)
wb.save(OUT)
print("saved", OUT)

# Generator for sr-w36-a-fax-form-merged-labels.xlsx
# Run: PYTHONPATH=/tmp/sr_hs_py /usr/bin/python3 sr-w36-a-fax-form-merged-labels.py
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "sr-w36-a-fax-form-merged-labels.xlsx")

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
font = Font(name="ＭＳ 明朝", size=11)

ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 16
ws.column_dimensions["C"].width = 16
ws.column_dimensions["D"].width = 22
ws.column_dimensions["E"].width = 22
ws.column_dimensions["F"].width = 14

ws["B1"] = "（送付先　香川県医務国保課医療企画G　宛　FAX 087-806-0248）"
ws["B1"].font = Font(name="ＭＳ 明朝", size=10)
ws.merge_cells("B3:F4")
ws["B3"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws["B3"].alignment = center
ws["B3"].font = Font(name="ＭＳ 明朝", size=13, bold=True)
ws.row_dimensions[3].height = 22
ws.row_dimensions[4].height = 22
ws.merge_cells("B6:F6")
ws["B6"] = "当病院は、当該事業の支援を希望します。"
ws["B6"].alignment = center
ws["B6"].font = Font(name="ＭＳ 明朝", size=12)

def boxed(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box
            c.font = font

r = 8
simple = [
    ("医療機関コード", "3710123450"),
    ("病院名（正式名称）", "医療法人社団 瀬戸内会 高松みなと病院"),
    ("郵便番号", "760-0065"),
    ("住所", "香川県高松市朝日新町3番21号"),
    ("電話番号", "087-851-6620"),
]
for label, val in simple:
    ws.merge_cells(f"B{r}:C{r}")
    ws.merge_cells(f"D{r}:F{r}")
    ws[f"B{r}"] = label
    ws[f"D{r}"] = val
    ws[f"D{r}"].number_format = "@"
    boxed(f"B{r}:F{r}")
    ws[f"B{r}"].alignment = wrap
    ws[f"D{r}"].alignment = wrap
    ws.row_dimensions[r].height = 24
    r += 1

contacts = [
    ("担当者①\n【必須】", ["事務部 情報システム課 課長", "三好 健一", "k-miyoshi@takamatsu-minato-hp.jp"]),
    ("担当者②\n【必須】", ["事務部 情報システム課 主任", "香西 美穂", "m-kozai@takamatsu-minato-hp.jp"]),
    ("担当者③", ["医療情報管理室 室長（診療情報管理士）", "大西 亮", "r-onishi@takamatsu-minato-hp.jp"]),
]
for head, vals in contacts:
    ws.merge_cells(f"B{r}:B{r+2}")
    ws[f"B{r}"] = head
    for i, sub in enumerate(["所属・役職", "氏名", "Mail アドレス"]):
        ws[f"C{r+i}"] = sub
        ws.merge_cells(f"D{r+i}:F{r+i}")
        ws[f"D{r+i}"] = vals[i]
        ws[f"D{r+i}"].alignment = wrap
        ws.row_dimensions[r+i].height = 22
    boxed(f"B{r}:F{r+2}")
    ws[f"B{r}"].alignment = center
    r += 3

# 活用の可否: printed "可 ・ 不可", the filler deleted "・ 不可"
ws.merge_cells(f"B{r}:C{r}")
ws[f"B{r}"] = "サイバーセキュリティ調査における回答データの活用の可否(※)"
ws.merge_cells(f"D{r}:F{r}")
ws[f"D{r}"] = "可"
boxed(f"B{r}:F{r}")
ws[f"B{r}"].alignment = wrap
ws[f"D{r}"].alignment = center
ws.row_dimensions[r].height = 44
r += 1
ws.merge_cells(f"B{r}:C{r}")
ws[f"B{r}"] = "備考"
ws.merge_cells(f"D{r}:F{r}")
ws[f"D{r}"] = "電子カルテは令和3年更新済みで、次回更改は令和10年度の予定です。\n現地調査は平日の午後（13時以降）を希望します。"
boxed(f"B{r}:F{r}")
ws[f"B{r}"].alignment = wrap
ws[f"D{r}"].alignment = wrap
ws.row_dimensions[r].height = 48
r += 2
ws.merge_cells(f"B{r}:F{r+3}")
ws[f"B{r}"] = ("※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
               "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも"
               "活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。")
ws[f"B{r}"].alignment = Alignment(wrap_text=True, vertical="top")
ws[f"B{r}"].font = Font(name="ＭＳ 明朝", size=9)

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.print_area = f"A1:F{r+3}"
wb.save(OUT)
print("saved", OUT)

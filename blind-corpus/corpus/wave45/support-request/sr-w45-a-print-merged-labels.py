# Generator: support-request, workbook a (print-style FAX sheet, merged labels, no planted problem)
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font
from openpyxl.worksheet.page import PageMargins

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w45-a-print-merged-labels"

def luhn(d9):
    s = 0
    for i, ch in enumerate(reversed(d9)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return (10 - s % 10) % 10

pref, table = "37", "1"
gun, num = "01", "4528"
cd = luhn(pref + table + gun + num)
code7 = gun + num + str(cd)
code10 = pref + table + code7

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin"); med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
f = Font(name="ＭＳ 明朝", size=11)
fb = Font(name="ＭＳ 明朝", size=14, bold=True)

ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 16
ws.column_dimensions["C"].width = 14
ws.column_dimensions["D"].width = 22
ws.column_dimensions["E"].width = 22
ws.column_dimensions["F"].width = 10
ws.column_dimensions["G"].width = 2

ws.merge_cells("B1:F1")
ws["B1"] = "（送付先　香川県医務国保課医療企画G宛　FAX 087-806-0248）"
ws["B1"].alignment = Alignment(horizontal="right"); ws["B1"].font = f
ws.merge_cells("B3:F4")
ws["B3"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws["B3"].alignment = center; ws["B3"].font = fb
ws.row_dimensions[3].height = 22; ws.row_dimensions[4].height = 22
ws.merge_cells("B6:F6")
ws["B6"] = "当病院は、当該事業の支援を希望します。"
ws["B6"].font = Font(name="ＭＳ 明朝", size=12); ws["B6"].alignment = center

def box(rng):
    for row in ws[rng]:
        for c in row:
            c.border = B
            c.font = f
            if c.alignment is None or not c.alignment.wrap_text:
                c.alignment = wrap

r = 8
single = [
    ("医療機関コード", code7),
    ("病院名（正式名称）", "社会医療法人 瀬戸内会 さぬき中央病院"),
    ("郵便番号", "〒760-0065"),
    ("住所", "香川県高松市朝日町三丁目4番12号"),
    ("電話番号", "087-851-3300"),
]
for label, val in single:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    ws.cell(r, 2, label)
    ws.cell(r, 4, val)
    box(f"B{r}:F{r}")
    ws.row_dimensions[r].height = 24
    r += 1

contacts = [
    ("担当者①\n【必須】", ("事務部 情報システム課・課長", "大西 健一", "k-onishi@sanuki-chuo-hp.jp ")),
    ("担当者②\n【必須】", ("診療情報管理室・主任", "三好 由紀", "y-miyoshi@sanuki-chuo-hp.jp")),
    ("担当者③", ("医療情報部・システムエンジニア", "香西 拓也", "t-kozai@sanuki-chuo-hp.jp")),
]
for label, vals in contacts:
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 2, end_column=2)
    ws.cell(r, 2, label).alignment = center
    for i, sub in enumerate(["所属・役職", "氏名", "Mail アドレス"]):
        ws.cell(r + i, 3, sub)
        ws.merge_cells(start_row=r + i, start_column=4, end_row=r + i, end_column=6)
        ws.cell(r + i, 4, vals[i])
        ws.row_dimensions[r + i].height = 22
    box(f"B{r}:F{r+2}")
    ws.cell(r, 2).alignment = center
    r += 3

# 活用の可否: the form printed 「可 ・ 不可」; the filler deleted 「・ 不可」
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
ws.cell(r, 2, "サイバーセキュリティ調査における回答データの活用の可否(※)")
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
ws.cell(r, 4, "可")
box(f"B{r}:F{r}")
ws.cell(r, 4).alignment = center
ws.row_dimensions[r].height = 36
use_row = r
r += 1
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
ws.cell(r, 2, "備考")
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
ws.cell(r, 4, "電子カルテ（令和3年導入）の更改予定はありません。\n現地調査は平日午後を希望します。")
box(f"B{r}:F{r}")
ws.row_dimensions[r].height = 48
remarks_row = r
r += 2
ws.merge_cells(start_row=r, start_column=2, end_row=r + 3, end_column=6)
ws.cell(r, 2, "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
              "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも活用させて"
              "いただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。")
ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")
ws.cell(r, 2).font = Font(name="ＭＳ 明朝", size=9)

ws.print_area = f"A1:G{r+3}"
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.6)
ws.sheet_view.showGridLines = False

wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": code10,
        "hospitalName": "社会医療法人 瀬戸内会 さぬき中央病院",
        "postalCode": "760-0065",
        "address": "香川県高松市朝日町三丁目4番12号",
        "phoneNumber": "087-851-3300",
        "contact1.department": "事務部 情報システム課・課長",
        "contact1.name": "大西 健一",
        "contact1.email": "k-onishi@sanuki-chuo-hp.jp",
        "contact2.department": "診療情報管理室・主任",
        "contact2.name": "三好 由紀",
        "contact2.email": "y-miyoshi@sanuki-chuo-hp.jp",
        "contact3.department": "医療情報部・システムエンジニア",
        "contact3.name": "香西 拓也",
        "contact3.email": "t-kozai@sanuki-chuo-hp.jp",
        "dataUse": "可",
        "remarks": "電子カルテ（令和3年導入）の更改予定はありません。\n現地調査は平日午後を希望します。",
    },
    "planted": [],
    "notes": (f"医療機関コード was written as the 7-digit code '{code7}' (text); expanded with 香川県 (37) and 点数表番号 1 "
              f"to {code10} (check digit valid). 郵便番号 written with a leading 〒. 活用の可否: the printed '可 ・ 不可' "
              "was edited down to '可' (不可 deleted). 担当者① Mail address cell has a trailing space. "
              "Merged label cells: 担当者①/②/③ labels span three rows each."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print(code7, code10)

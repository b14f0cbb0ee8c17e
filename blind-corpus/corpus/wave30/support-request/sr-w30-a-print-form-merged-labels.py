# Generator: sr-w30-a-print-form-merged-labels.xlsx (support-request, no planted problem)
# Run: PYTHONPATH=/tmp/sr_hs_pylib /usr/bin/python3 THIS.py
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w30-a-print-form-merged-labels"

def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

code9 = "371021458"          # 香川県(37) 医科(1) 郡市区02 番号1458
code10 = code9 + luhn(code9)

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.column_dimensions["A"].width = 2      # spacer
ws.column_dimensions["B"].width = 20
ws.column_dimensions["C"].width = 14
for c in "DEFG":
    ws.column_dimensions[c].width = 14
ws.column_dimensions["H"].width = 2      # spacer

ws["G1"] = "（別紙）"
ws["G1"].alignment = Alignment(horizontal="right")
ws["B2"] = "（送付先　香川県医務国保課医療企画G 宛　FAX 087-806-0248）"
ws.merge_cells("B4:G4")
ws["B4"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws["B4"].alignment = center
ws["B4"].font = Font(size=13, bold=True)
ws.row_dimensions[4].height = 40
ws.merge_cells("B6:G6")
ws["B6"] = "当病院は、当該事業の支援を希望します。"
ws["B6"].font = Font(size=12)

def labelled(row, label, value, height=None):
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
    ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=7)
    ws.cell(row, 2, label).alignment = wrap
    ws.cell(row, 4, value).alignment = wrap
    if height:
        ws.row_dimensions[row].height = height

labelled(8, "医療機関コード", code10)
ws["D8"].number_format = "@"
labelled(9, "病院名（正式名称）", "医療法人社団 瀬戸内会 さぬき浜病院")
labelled(10, "郵便番号", "〒763-0034")
labelled(11, "住所", "香川県丸亀市大手町三丁目8番12号")
labelled(12, "電話番号", "0877-24-6111")

contacts = [
    ("担当者①　【必須】", ("事務部 医療情報課 課長", "三好 健太郎", "k-miyoshi@sanukihama-hp.jp")),
    ("担当者②　【必須】", ("医療情報課 主任（システム担当）", "大西 由佳", "y-onishi@sanukihama-hp.jp")),
    ("担当者③", ("事務部長", "香西 伸一", "s-kozai@sanukihama-hp.jp")),
]
r = 13
for head, (dept, name, mail) in contacts:
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 2, end_column=2)
    ws.cell(r, 2, head).alignment = wrap
    for i, (sub, val) in enumerate([("所属・役職", dept), ("氏名", name), ("Mail アドレス", mail)]):
        ws.cell(r + i, 3, sub).alignment = wrap
        ws.merge_cells(start_row=r + i, start_column=4, end_row=r + i, end_column=7)
        ws.cell(r + i, 4, val).alignment = wrap
    r += 3
# r == 22 : 活用の可否 — printed options 可 / 不可, the hospital marks ○ in the box before the chosen one
ws.merge_cells("B22:C22")
ws["B22"] = "サイバーセキュリティ調査における回答データの活用の可否(※)"
ws["B22"].alignment = wrap
ws.row_dimensions[22].height = 42
ws["D22"] = "○"
ws["E22"] = "可"
ws["F22"] = None
ws["G22"] = "不可"
for c in ("D22", "E22", "F22", "G22"):
    ws[c].alignment = center
labelled(23, "備考", "現地調査は平日13時以降を希望します。\n電子カルテ（令和3年導入）の更改予定はありません。", height=48)

for row in range(8, 24):
    for col in range(2, 8):
        ws.cell(row, col).border = box
for row in (8, 9, 10, 11, 12, 13, 16, 19, 22, 23):
    ws.cell(row, 2).fill = PatternFill("solid", fgColor="EDEDED")

ws.merge_cells("B25:G25")
ws["B25"] = ("※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
             "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも"
             "活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。")
ws["B25"].alignment = wrap
ws["B25"].font = Font(size=9)
ws.row_dimensions[25].height = 60

ws.merge_cells("B27:G27")
ws["B27"] = "【対象要件の確認】（該当する方を選択してください）"
ws["B27"].font = Font(bold=True)
decl = [
    ("令和6年度に本事業の支援を受けていない", "はい"),
    ("電子カルテシステムを導入している", "はい"),
    ("令和8年1月までに現地調査を完了できる（電子カルテ更改等の支障なし）", "はい"),
]
dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
for i, (q, a) in enumerate(decl):
    row = 28 + i
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=6)
    ws.cell(row, 2, q).alignment = wrap
    ws.cell(row, 7, a).alignment = center
    dv.add(ws.cell(row, 7))
    ws.row_dimensions[row].height = 30
    for col in range(2, 8):
        ws.cell(row, col).border = box

ws.print_area = "A1:H31"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": code10,
        "hospitalName": "医療法人社団 瀬戸内会 さぬき浜病院",
        "postalCode": "763-0034",
        "address": "香川県丸亀市大手町三丁目8番12号",
        "phoneNumber": "0877-24-6111",
        "contact1.department": "事務部 医療情報課 課長",
        "contact1.name": "三好 健太郎",
        "contact1.email": "k-miyoshi@sanukihama-hp.jp",
        "contact2.department": "医療情報課 主任（システム担当）",
        "contact2.name": "大西 由佳",
        "contact2.email": "y-onishi@sanukihama-hp.jp",
        "contact3.department": "事務部長",
        "contact3.name": "香西 伸一",
        "contact3.email": "s-kozai@sanukihama-hp.jp",
        "dataUse": "可",
        "remarks": "現地調査は平日13時以降を希望します。\n電子カルテ（令和3年導入）の更改予定はありません。",
        "notSupportedBefore": "はい",
        "hasEhr": "はい",
        "surveyFeasible": "はい",
    },
    "planted": [],
    "notes": ("活用の可否: options 可 (E22) and 不可 (G22) are printed; the hospital put ○ in D22, the box before 可 -> 可. "
              "郵便番号 written with a leading 〒 (D10). Statement line B6 is printed text. The 対象要件の確認 block "
              "(G28:G30, はい/いいえ dropdowns) carries the optional declarations. The ※ note in B25 is printed text."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print(code10)

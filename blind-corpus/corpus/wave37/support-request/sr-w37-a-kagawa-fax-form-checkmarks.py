# Generator: sr-w37-a-kagawa-fax-form-checkmarks.xlsx
# Kagawa prefecture's Excel rendering of the FAX 回答様式 (print style, label left, merged cells),
# with a 確認事項 block (レ marks) added under the form; filled completely and correctly.
# run: PYTHONPATH=/tmp/sr-hs-py /usr/bin/python3 THIS.py
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w37-a-kagawa-fax-form-checkmarks"

def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

code9 = "371021187"
code10 = code9 + luhn(code9)
code7 = code10[3:]          # 郡市区(2)+番号(4)+検証(1) — what the hospital wrote

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 16
ws.column_dimensions["C"].width = 14
for c in "DEFG":
    ws.column_dimensions[c].width = 15
ws.column_dimensions["H"].width = 2

ws["D1"] = "（送付先　香川県医務国保課医療企画G 宛　FAX 087-806-0248）"
ws["D1"].font = Font(size=9)
ws.merge_cells("D1:G1")
ws["B3"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws.merge_cells("B3:G4")
ws["B3"].alignment = center
ws["B3"].font = Font(bold=True, size=12)
ws.row_dimensions[3].height = 22
ws.row_dimensions[4].height = 22
ws["B6"] = "当病院は、当該事業の支援を希望します。"
ws.merge_cells("B6:G6")
ws["B6"].alignment = center
ws["B6"].font = Font(size=11, bold=True)

def boxrange(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box

def single(row, label, value, height=None):
    ws.cell(row=row, column=2, value=label)
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
    ws.cell(row=row, column=2).alignment = wrap
    ws.cell(row=row, column=4, value=value)
    ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=7)
    ws.cell(row=row, column=4).alignment = wrap
    boxrange(f"B{row}:G{row}")
    if height:
        ws.row_dimensions[row].height = height

V = {
    "hospitalName": "医療法人社団 玉藻会 玉藻記念病院",
    "postalCode": "760-0068",
    "address": "香川県高松市松島町二丁目14番6号",
    "phoneNumber": "087-831-5521",
}
single(8, "医療機関コード", code7)
ws["D8"].number_format = "@"
single(9, "病院名（正式名称）", V["hospitalName"])
single(10, "郵便番号", V["postalCode"])
single(11, "住所", V["address"])
single(12, "電話番号", V["phoneNumber"])

contacts = [
    ("担当者①\n【必須】", "情報システム室 室長", "三好 健太", "k-miyoshi@tamamo-kinen.or.jp "),
    ("担当者②\n【必須】", "事務部 総務課 主任", "香西 由美", "y-kozai@tamamo-kinen.or.jp"),
    ("担当者③", "医療情報管理室 診療情報管理士", "大西 翔", "s-onishi@tamamo-kinen.or.jp"),
]
r = 13
for lab, dep, name, mail in contacts:
    ws.cell(row=r, column=2, value=lab).alignment = center
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 2, end_column=2)
    for i, (sub, val) in enumerate((("所属・役職", dep), ("氏名", name), ("Mail アドレス", mail))):
        ws.cell(row=r + i, column=3, value=sub).alignment = wrap
        ws.cell(row=r + i, column=4, value=val).alignment = wrap
        ws.merge_cells(start_row=r + i, start_column=4, end_row=r + i, end_column=7)
    boxrange(f"B{r}:G{r+2}")
    r += 3
# r == 22
single(22, "サイバーセキュリティ調査における回答データの活用の可否(※)", "可", height=45)
ws["D22"].alignment = center      # originally 「可 ・ 不可」; the hospital deleted 「・ 不可」
remarks = ("電子カルテ更改は令和9年度予定のため、令和8年1月までの現地調査に支障ありません。\n"
           "日程調整のご連絡は担当者①宛にお願いします。")
single(23, "備考", remarks, height=48)

ws["B25"] = ("※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
             "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも"
             "活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。")
ws.merge_cells("B25:G28")
ws["B25"].alignment = Alignment(wrap_text=True, vertical="top")
ws["B25"].font = Font(size=9)

ws["B30"] = "【確認事項】　該当する項目の左欄に「レ」を記入してください。"
ws.merge_cells("B30:G30")
checks = [
    "令和6年度に本事業の支援を受けていない。",
    "電子カルテシステムを導入している。",
    "令和8年1月までに現地調査を完了できる（電子カルテシステム更改による支障がない）。",
]
for i, t in enumerate(checks):
    rr = 31 + i
    ws.cell(row=rr, column=2, value="レ").alignment = center
    ws.cell(row=rr, column=3, value=t).alignment = wrap
    ws.merge_cells(start_row=rr, start_column=3, end_row=rr, end_column=7)
    boxrange(f"B{rr}:G{rr}")
    ws.row_dimensions[rr].height = 28

ws.print_area = "A1:H33"
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": code10,
        "hospitalName": V["hospitalName"],
        "postalCode": V["postalCode"],
        "address": V["address"],
        "phoneNumber": V["phoneNumber"],
        "contact1.department": contacts[0][1],
        "contact1.name": contacts[0][2],
        "contact1.email": contacts[0][3].strip(),
        "contact2.department": contacts[1][1],
        "contact2.name": contacts[1][2],
        "contact2.email": contacts[1][3],
        "contact3.department": contacts[2][1],
        "contact3.name": contacts[2][2],
        "contact3.email": contacts[2][3],
        "dataUse": "可",
        "remarks": remarks,
        "notSupportedBefore": "はい",
        "hasEhr": "はい",
        "surveyFeasible": "はい",
    },
    "planted": [],
    "notes": ("医療機関コード was written as the 7-digit form " + code7 + " (text cell); it expands with Kagawa (37) and "
              "点数表番号 1 to " + code10 + " (valid check digit). 活用の可否 cell D22 holds 「可」 alone (the hospital deleted "
              "「・ 不可」 from the printed choice). contact1 Mail address has a trailing space in the cell. The three 確認事項 "
              "rows (B31:B33, mark 「レ」) are the optional declarations notSupportedBefore / hasEhr / surveyFeasible, all marked = はい. "
              "Form issued in FY R6 (Feb 2025) for support in 令和7年度; version given as R6."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", code10)

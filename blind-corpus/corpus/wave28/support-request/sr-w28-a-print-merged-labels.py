#!/usr/bin/python3
"""sr-w28-a: Kagawa 回答様式 drawn as a FAX print form (merged label cells, borders, spacer column).
Filled completely and correctly by a hospital's 情報システム課. Re-saved by LibreOffice."""
import json, os, subprocess, tempfile, shutil
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font

OUT = "/work/blind/wave28/support-request"
NAME = "sr-w28-a-print-merged-labels"


def luhn_check(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)


assert luhn_check("341071236") == "2"
code9 = "371011583"          # 香川37・医科1・郡市区01・番号1583
CODE = code9 + luhn_check(code9)

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 14
ws.column_dimensions["C"].width = 14
for c in "DEFG":
    ws.column_dimensions[c].width = 15

ws["B1"] = "（送付先　香川県医務国保課医療企画Ｇ　宛　ＦＡＸ　０８７－８０６－０２４８）"
ws["B1"].font = Font(size=9)
ws.merge_cells("B3:G4")
ws["B3"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws["B3"].alignment = center
ws["B3"].font = Font(size=13, bold=True)
ws.row_dimensions[3].height = 22
ws.row_dimensions[4].height = 22
ws["B6"] = "当病院は、当該事業の支援を希望します。"
ws["B6"].font = Font(size=11)

r = 8
simple = [
    ("医療機関コード", CODE),
    ("病院名（正式名称）", "社会医療法人 讃陽会 讃陽記念病院"),
    ("郵便番号", "760-0017"),
    ("住所", "香川県高松市番町四丁目12番8号"),
    ("電話番号", "087-834-5121"),
]
cellmap = {}
for label, val in simple:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
    ws.cell(r, 2, label).alignment = wrap
    ws.cell(r, 4, val).alignment = wrap
    cellmap[label] = f"D{r}"
    ws.row_dimensions[r].height = 24
    r += 1
# code as text so leading digits survive
ws[cellmap["医療機関コード"]].number_format = "@"

contacts = [
    ("担当者①\n【必須】", "事務部 情報システム課 課長", "三好 健太", "k-miyoshi@sanyo-kinen-hp.jp"),
    ("担当者②\n【必須】", "事務部 総務課 主任", "大西 由美", "y-onishi@sanyo-kinen-hp.jp"),
    ("担当者③", "医療情報管理室 室長", "香西 直樹", "n-kozai@sanyo-kinen-hp.jp"),
]
for head, dept, name, mail in contacts:
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 2, end_column=2)
    ws.cell(r, 2, head).alignment = center
    for i, (sub, val) in enumerate([("所属・役職", dept), ("氏名", name), ("Mail アドレス", mail)]):
        ws.cell(r + i, 3, sub).alignment = wrap
        ws.merge_cells(start_row=r + i, start_column=4, end_row=r + i, end_column=7)
        ws.cell(r + i, 4, val).alignment = wrap
        ws.row_dimensions[r + i].height = 22
    r += 3

use_row = r
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
ws.cell(r, 2, "サイバーセキュリティ調査における回答データの活用の可否(※)").alignment = wrap
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
ws.cell(r, 4, "可").alignment = center        # 「可 ・ 不可」の不可を消して返送
ws.row_dimensions[r].height = 40
r += 1
rem_row = r
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
ws.cell(r, 2, "備考").alignment = wrap
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
REMARKS = "電子カルテは令和3年導入（更改予定なし）\n現地調査は平日13時以降を希望します"
ws.cell(r, 4, REMARKS).alignment = wrap
ws.row_dimensions[r].height = 48
last = r
for row in ws.iter_rows(min_row=8, max_row=last, min_col=2, max_col=7):
    for c in row:
        c.border = box
r += 2
ws.merge_cells(start_row=r, start_column=2, end_row=r + 3, end_column=7)
ws.cell(r, 2, "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
        "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも活用させて"
        "いただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。").alignment = Alignment(wrap_text=True, vertical="top")
ws.cell(r, 2).font = Font(size=9)

ws.print_area = f"A1:G{r+3}"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
               stdout=subprocess.DEVNULL)
shutil.rmtree(tmp)

expected = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": CODE,
        "hospitalName": "社会医療法人 讃陽会 讃陽記念病院",
        "postalCode": "760-0017",
        "address": "香川県高松市番町四丁目12番8号",
        "phoneNumber": "087-834-5121",
        "contact1.department": contacts[0][1], "contact1.name": contacts[0][2], "contact1.email": contacts[0][3],
        "contact2.department": contacts[1][1], "contact2.name": contacts[1][2], "contact2.email": contacts[1][3],
        "contact3.department": contacts[2][1], "contact3.name": contacts[2][2], "contact3.email": contacts[2][3],
        "dataUse": "可",
        "remarks": REMARKS,
    },
    "planted": [],
    "notes": "Single sheet 回答様式, label cells merged (B:C, contact heads over 3 rows), values in merged D:G. "
             "活用の可否 printed as 「可 ・ 不可」; the filler deleted 「不可」 leaving only 可 (D" + str(use_row) + "). "
             "Survey is the R6-fiscal-year (Feb 2025) Kagawa request for R7 support; version given as R6. "
             "No eligibility declarations on this form (Kagawa's wording has none). Re-saved by LibreOffice.",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print(CODE, cellmap, use_row, rem_row)

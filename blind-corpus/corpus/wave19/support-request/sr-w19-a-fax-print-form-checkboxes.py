# Generator: sr-w19-a-fax-print-form-checkboxes.xlsx
# Role: Kagawa prefecture office (医務国保課) drawing the FAX reply form as a print-style sheet;
# filled by a hospital's 医療情報管理室. Complete and correct, nothing planted.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave19/support-request"
NAME = "sr-w19-a-fax-print-form-checkboxes"

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin"); med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
C = Alignment(horizontal="center", vertical="center", wrap_text=True)
L = Alignment(horizontal="left", vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="F2F2F2")

ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 16
ws.column_dimensions["C"].width = 14
for col in "DEFGHIJKLM":
    ws.column_dimensions[col].width = 4.6
ws.column_dimensions["N"].width = 2

def box(r1, c1, r2, c2, value=None, align=L, fill=None, font=None):
    if (r1, c1) != (r2, c2):
        ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    cell = ws.cell(r1, c1)
    if value is not None:
        cell.value = value
    cell.alignment = align
    if fill: cell.fill = fill
    if font: cell.font = font
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = B
    return cell

ws.merge_cells("B1:M1")
ws["B1"] = "(送付先　香川県医務国保課医療企画G宛　FAX 087-806-0248)"
ws["B1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B3:M4")
ws["B3"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws["B3"].alignment = C
ws["B3"].font = Font(size=13, bold=True)
ws.row_dimensions[3].height = 22; ws.row_dimensions[4].height = 22
ws.merge_cells("B6:M6")
ws["B6"] = "当病院は、当該事業の支援を希望します。"
ws["B6"].font = Font(size=12, bold=True)

# 医療機関コード: one digit per box (D..M)
box(8, 2, 8, 3, "医療機関コード", fill=grey)
code = "3710108451"
for i, d in enumerate(code):
    c = ws.cell(8, 4 + i, d)
    c.alignment = C; c.border = B
ws.row_dimensions[8].height = 24

rows = [
    ("病院名（正式名称）", "医療法人社団 玉藻会 たまも記念病院"),
    ("郵便番号", "〒760-0065"),
    ("住所", "香川県高松市朝日町二丁目8番15号"),
    ("電話番号", "087-851-2247"),
]
r = 9
for lab, val in rows:
    box(r, 2, r, 3, lab, fill=grey)
    box(r, 4, r, 13, val)
    ws.row_dimensions[r].height = 24
    r += 1

contacts = [
    ("担当者①【必須】", ("事務部 医療情報管理室 室長", "三好 達也", "t.miyoshi@tamamo-mh.or.jp")),
    ("担当者②【必須】", ("事務部 総務課 主任", "大西 香織", "k.onishi@tamamo-mh.or.jp")),
    ("担当者③", ("診療情報管理室 診療情報管理士", "十河 慎吾", "s.sogo@tamamo-mh.or.jp")),
]
for lab, vals in contacts:
    box(r, 2, r + 2, 2, lab, align=C, fill=grey)
    for i, sub in enumerate(("所属・役職", "氏名", "Mail アドレス")):
        box(r + i, 3, r + i, 3, sub, fill=grey)
        box(r + i, 4, r + i, 13, vals[i])
        ws.row_dimensions[r + i].height = 22
    r += 3
# r == 22
box(r, 2, r, 3, "サイバーセキュリティ調査における回答データの活用の可否(※)", fill=grey)
box(r, 4, r, 13, "可", align=C)          # 「・不可」を消して「可」だけ残した
ws.row_dimensions[r].height = 36
r += 1
box(r, 2, r, 3, "備考", fill=grey)
box(r, 4, r, 13, "電子カルテ稼働中（令和3年10月更新、次回更新は令和9年度予定）。\n現地調査は火・木曜日の午後を希望します。")
ws.row_dimensions[r].height = 40
r += 2
# r == 25
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=13)
ws.cell(r, 2, "【対象要件の確認】 該当する方に☑を付けてください。").font = Font(bold=True)
r += 1
decl = [
    "令和6年度に本事業の支援を受けていない",
    "電子カルテシステムを導入している",
    "令和8年1月までに現地調査を完了できる（電子カルテシステム更改の予定がない）",
]
for text in decl:
    box(r, 2, r, 9, text)
    box(r, 10, r, 13, "☑はい　□いいえ", align=C)
    ws.row_dimensions[r].height = 30
    r += 1
r += 1
ws.merge_cells(start_row=r, start_column=2, end_row=r + 3, end_column=13)
ws.cell(r, 2, "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
             "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも活用させて"
             "いただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。")
ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical="top")
ws.cell(r, 2).font = Font(size=9)

ws.print_area = "B1:M%d" % (r + 3)
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
        "hospitalCode": "3710108451",
        "hospitalName": "医療法人社団 玉藻会 たまも記念病院",
        "postalCode": "760-0065",
        "address": "香川県高松市朝日町二丁目8番15号",
        "phoneNumber": "087-851-2247",
        "contact1.department": "事務部 医療情報管理室 室長",
        "contact1.name": "三好 達也",
        "contact1.email": "t.miyoshi@tamamo-mh.or.jp",
        "contact2.department": "事務部 総務課 主任",
        "contact2.name": "大西 香織",
        "contact2.email": "k.onishi@tamamo-mh.or.jp",
        "contact3.department": "診療情報管理室 診療情報管理士",
        "contact3.name": "十河 慎吾",
        "contact3.email": "s.sogo@tamamo-mh.or.jp",
        "dataUse": "可",
        "remarks": "電子カルテ稼働中（令和3年10月更新、次回更新は令和9年度予定）。\n現地調査は火・木曜日の午後を希望します。",
        "notSupportedBefore": "はい",
        "hasEhr": "はい",
        "surveyFeasible": "はい",
    },
    "planted": [],
    "notes": "医療機関コード is written one digit per cell in 回答様式!D8:M8 (print-style code boxes). "
             "郵便番号 written as '〒760-0065'. 活用の可否 cell D22 holds only '可' (the filler deleted '・不可'). "
             "The three eligibility declarations (rows 26-28) are answered '☑はい　□いいえ' -> はい; the third "
             "(令和8年1月までに現地調査を完了できる) is surveyFeasible.",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)

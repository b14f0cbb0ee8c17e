# Generator for sr-w21-a-fax-print-form.xlsx (support-request, Kagawa-style FAX reply sheet)
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font
from openpyxl.worksheet.page import PageMargins

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w21-a-fax-print-form"

def luhn(d9):
    s = 0
    for i, ch in enumerate(reversed(d9)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return (10 - s % 10) % 10

CODE = "371012345" + str(luhn("371012345"))   # 香川(37) 医科(1) 郡市区01 番号2345
assert CODE == "3710123450"

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin")
med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
mincho = "ＭＳ 明朝"
f = Font(name=mincho, size=11)
fb = Font(name=mincho, size=14, bold=True)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

ws.column_dimensions["A"].width = 2     # spacer
ws.column_dimensions["B"].width = 17
ws.column_dimensions["C"].width = 13
ws.column_dimensions["D"].width = 22
ws.column_dimensions["E"].width = 22
ws.column_dimensions["F"].width = 2     # spacer

# FAX header block
ws["B1"] = "（送付先　香川県医務国保課医療企画G 宛　FAX 087-806-0248）"
ws["B1"].font = Font(name=mincho, size=10)
ws.merge_cells("B1:E1")
ws["E2"] = "別紙"
ws["E2"].alignment = Alignment(horizontal="right")
ws["E2"].font = f

ws["B4"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws.merge_cells("B4:E5")
ws["B4"].font = fb
ws["B4"].alignment = center
ws.row_dimensions[4].height = 24
ws.row_dimensions[5].height = 24

ws["B7"] = "当病院は、当該事業の支援を希望します。"
ws.merge_cells("B7:E7")
ws["B7"].font = Font(name=mincho, size=12)
ws["B7"].alignment = Alignment(horizontal="left", vertical="center")

r = 9
rows = {}
def simple(label, value, key):
    global r
    ws.cell(r, 2, label)
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(r, 4, value)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    rows[key] = r
    ws.row_dimensions[r].height = 26
    r += 1

simple("医療機関コード", int(CODE), "hospitalCode")          # typed as a number
simple("病院名（正式名称）", "医療法人社団 瀬戸内会 さぬき中央病院", "hospitalName")
simple("郵便番号", "〒761-8042 ", "postalCode")                # trailing space, 〒 prefix
simple("住所", "香川県高松市御厩町1234番地5", "address")
simple("電話番号", "０８７－８８５－１２３４", "phoneNumber")  # full-width digits

contacts = [
    ("担当者①\n【必須】", "事務部 医事課長", "大西　健一", "onishi.k@sanuki-chuo.example.jp"),
    ("担当者②\n【必須】", "情報システム室 主任", "香川　美咲", "m-kagawa@sanuki-chuo.example.jp"),
    ("担当者③", "診療情報管理室 室長", "三好　亮", "miyoshi@sanuki-chuo.example.jp"),
]
for i, (lab, dept, name, mail) in enumerate(contacts, 1):
    ws.cell(r, 2, lab)
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 2, end_column=2)
    for j, (sub, val) in enumerate([("所属・役職", dept), ("氏名", name), ("Mail アドレス", mail)]):
        ws.cell(r + j, 3, sub)
        ws.cell(r + j, 4, val)
        ws.merge_cells(start_row=r + j, start_column=4, end_row=r + j, end_column=5)
        ws.row_dimensions[r + j].height = 22
        rows[f"contact{i}.{['department','name','email'][j]}"] = r + j
    r += 3

ws.cell(r, 2, "サイバーセキュリティ調査における回答データの活用の可否(※)")
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
ws.cell(r, 4, "可")          # filler deleted "・不可" from the printed "可 ・ 不可"
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
ws.row_dimensions[r].height = 36
rows["dataUse"] = r
r += 1
ws.cell(r, 2, "備考")
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
ws.cell(r, 4, "電子カルテは令和9年度に更新予定のため、令和7年度中の現地調査に支障はありません。")
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
ws.row_dimensions[r].height = 48
rows["remarks"] = r
last = r

for row in ws.iter_rows(min_row=9, max_row=last, min_col=2, max_col=5):
    for c in row:
        c.border = box
        c.font = f
        c.alignment = center if c.column in (2, 3) else wrap

ws.cell(last + 2, 2, "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
        "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも活用させて"
        "いただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。")
ws.merge_cells(start_row=last + 2, start_column=2, end_row=last + 5, end_column=5)
ws.cell(last + 2, 2).alignment = Alignment(wrap_text=True, vertical="top")
ws.cell(last + 2, 2).font = Font(name=mincho, size=9)

ws.print_area = f"A1:F{last + 5}"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.7, right=0.5, top=0.6, bottom=0.6)

wb.save(os.path.join(OUT, NAME + ".xlsx"))

S = "回答様式"
exp = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": CODE,
        "hospitalName": "医療法人社団 瀬戸内会 さぬき中央病院",
        "postalCode": "761-8042",
        "address": "香川県高松市御厩町1234番地5",
        "phoneNumber": "087-885-1234",
        "contact1.department": "事務部 医事課長",
        "contact1.name": "大西　健一",
        "contact1.email": "onishi.k@sanuki-chuo.example.jp",
        "contact2.department": "情報システム室 主任",
        "contact2.name": "香川　美咲",
        "contact2.email": "m-kagawa@sanuki-chuo.example.jp",
        "contact3.department": "診療情報管理室 室長",
        "contact3.name": "三好　亮",
        "contact3.email": "miyoshi@sanuki-chuo.example.jp",
        "dataUse": "可",
        "remarks": "電子カルテは令和9年度に更新予定のため、令和7年度中の現地調査に支障はありません。",
    },
    "planted": [],
    "notes": (f"Kagawa notice of 令和7年2月 (fiscal R6) asking for R7 support; version given as R6. "
              f"{S}!D{rows['hospitalCode']} 医療機関コード typed as a numeric cell 3710123450. "
              f"{S}!D{rows['postalCode']} written '〒761-8042 ' (〒 prefix, trailing space). "
              f"{S}!D{rows['phoneNumber']} full-width digits and hyphens (０８７－８８５－１２３４). "
              f"{S}!D{rows['dataUse']}: printed '可 ・ 不可', the filler deleted '・ 不可' leaving '可'. "
              "Names use a full-width space between family and given name. No eligibility declarations on this layout. "
              "Statement line 「当病院は、当該事業の支援を希望します。」 is printed text (B7). Spacer columns A and F; "
              "担当者 labels are merged over three rows (B)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)

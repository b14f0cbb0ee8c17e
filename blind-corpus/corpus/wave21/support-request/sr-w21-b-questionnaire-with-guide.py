# Generator for sr-w21-b-questionnaire-with-guide.xlsx (support-request, No.|項目|回答 questionnaire,
# contacts as a second table, 記入要領 sheet, re-saved by LibreOffice)
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w21-b-questionnaire-with-guide"

def luhn(d9):
    s = 0
    for i, ch in enumerate(reversed(d9)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return (10 - s % 10) % 10

GOOD = luhn("371024567")          # 5
BAD = (GOOD + 1) % 10             # planted: wrong check digit typed
CODE7 = "024567" + str(BAD)       # 7-digit form as written on the sheet
CODE10 = "37" + "1" + CODE7
assert GOOD == 5 and CODE7 == "0245676"

wb = Workbook()
g = wb.active
g.title = "記入要領"
guide = [
    "【記入要領】",
    "1 本回答票は、令和7年度に「医療機関におけるサイバーセキュリティ確保事業」の支援を希望する病院のみ提出してください。",
    "2 医療機関コードは、都道府県番号（37）及び点数表番号（1）を除いた7桁を記入してください。",
    "3 担当者①及び②は必須です。担当者③を記入する場合は、所属・役職、氏名、Mailアドレスをすべて記入してください。",
    "4 回答データの活用の可否は、「可」「不可」のいずれか一方に○を付けてください。",
    "5 令和6年度に支援を受けた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため",
    "  令和8年1月までに現地調査を完了できない病院は対象外です。「8 対象要件の確認」に回答してください。",
    "6 提出期限：令和7年2月28日（金）　提出方法：FAX（087-806-0248）",
    "   問合せ先：香川県健康福祉部医務国保課医療企画G　TEL 087-832-3319",
]
for i, t in enumerate(guide, 1):
    g.cell(i, 1, t)
g["A1"].font = Font(bold=True, size=12)
g.column_dimensions["A"].width = 110

ws = wb.create_sheet("回答票")
wb.active = 1
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="DDEBF7")
wrap = Alignment(wrap_text=True, vertical="center")
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
for col, w in zip("ABCDEF", (2, 7, 34, 22, 34, 2)):
    ws.column_dimensions[col].width = w

ws["B1"] = "令和7年度「医療機関におけるサイバーセキュリティ確保事業」支援希望調査　回答票"
ws["B1"].font = Font(bold=True, size=13)
ws["B2"] = "提出先：香川県健康福祉部医務国保課 医療企画G（FAX 087-806-0248）　提出期限：令和7年2月28日（金）"
ws["B2"].font = Font(size=9)
ws["B4"] = "■ 当病院は、当該事業の支援を希望します。"
ws["B4"].font = Font(bold=True, size=11)

def header(r, labels):
    for c, t in enumerate(labels, 2):
        cell = ws.cell(r, c, t)
        cell.fill = hdr; cell.border = box; cell.alignment = ctr; cell.font = Font(bold=True)

def line(r, vals, heights=20):
    for c, t in enumerate(vals, 2):
        cell = ws.cell(r, c, t)
        cell.border = box
        cell.alignment = ctr if c == 2 else wrap
    ws.row_dimensions[r].height = heights

cells = {}
header(6, ["No.", "項目", "回答", "記入上の注意"])
basic = [
    ("1", "医療機関コード（7桁）", CODE7, "県番号・点数表番号を除く7桁", "hospitalCode"),
    ("2", "病院名（正式名称）", "医療法人 志度会 志度湾記念病院", "略称不可", "hospitalName"),
    ("3", "郵便番号", "769-2101", "", "postalCode"),
    ("4", "住所", "香川県さぬき市志度4567番地", "", "address"),
    ("5", "電話番号", "0879-22-3456", "代表番号", "phoneNumber"),
]
r = 7
for no, lab, val, note, key in basic:
    line(r, [no, lab, val, note])
    ws.cell(r, 4).number_format = "@"
    cells[key] = f"D{r}"
    r += 1

r += 1
ws.cell(r, 2, "6").alignment = ctr
ws.cell(r, 3, "担当者（①②は必須）").font = Font(bold=True)
r += 1
header(r, ["区分", "所属・役職", "氏名", "Mailアドレス"])
r += 1
contacts = [
    ("担当者①【必須】", "事務部 総務課 係長", "森　裕子", "mori-y@shidowan-kinen.example.jp"),
    ("担当者②【必須】", "医療情報課 課長", "谷口　誠", None),        # planted: Mail blank
    ("担当者③", None, None, None),
]
contact_rows = []
for lab, d, n, m in contacts:
    line(r, [lab, d, n, m], 22)
    contact_rows.append(r)
    r += 1
for i, rr in enumerate(contact_rows, 1):
    cells[f"contact{i}.department"] = f"C{rr}"
    cells[f"contact{i}.name"] = f"D{rr}"
    cells[f"contact{i}.email"] = f"E{rr}"

r += 1
ws.cell(r, 2, "7").alignment = ctr
ws.cell(r, 3, "サイバーセキュリティ調査における回答データの活用の可否（※）\n（該当に○）")
ws.merge_cells(start_row=r, start_column=3, end_row=r + 1, end_column=3)
ws.merge_cells(start_row=r, start_column=2, end_row=r + 1, end_column=2)
ws.cell(r, 4, "○"); ws.cell(r, 5, "可")
ws.cell(r + 1, 4, None); ws.cell(r + 1, 5, "不可")
for rr in (r, r + 1):
    for c in range(2, 6):
        ws.cell(rr, c).border = box
        ws.cell(rr, c).alignment = ctr if c in (2, 4) else wrap
    ws.row_dimensions[rr].height = 22
cells["dataUse"] = f"D{r}"
r += 2
ws.cell(r, 3, "※ 国の令和6年1月31日付け事務連絡による実態調査の回答内容を当該事業で活用することの可否").font = Font(size=8)
r += 2

ws.cell(r, 2, "8").alignment = ctr
ws.cell(r, 3, "対象要件の確認（はい・いいえを選択）").font = Font(bold=True)
r += 1
header(r, ["No.", "確認事項", "回答", "備考"])
r += 1
elig = [
    ("8-1", "令和6年度に本事業の支援を受けていない", "はい", "", "notSupportedBefore"),
    ("8-2", "電子カルテシステムを導入している", "はい", "令和2年導入", "hasEhr"),
    ("8-3", "令和8年1月までに現地調査を完了できる（電子カルテ更改の予定がない等）", "はい", "", "surveyFeasible"),
]
dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
for no, q, a, note, key in elig:
    line(r, [no, q, a, note], 30)
    dv.add(f"D{r}")
    cells[key] = f"D{r}"
    r += 1

r += 1
ws.cell(r, 2, "9").alignment = ctr
line(r, ["9", "備考", "外来棟改修工事のため、令和7年8月は現地調査の受入れが困難です。\nそれ以外の日程であれば対応可能です。"], 48)
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
cells["remarks"] = f"D{r}"
ws.print_area = f"A1:F{r + 1}"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 1

tmpd = tempfile.mkdtemp()
src = os.path.join(tmpd, NAME + ".xlsx")
wb.save(src)
outd = os.path.join(tmpd, "lo")
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, src],
               check=True, capture_output=True)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmpd)

S = "回答票"
REM = "外来棟改修工事のため、令和7年8月は現地調査の受入れが困難です。\nそれ以外の日程であれば対応可能です。"
exp = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": CODE10,
        "hospitalName": "医療法人 志度会 志度湾記念病院",
        "postalCode": "769-2101",
        "address": "香川県さぬき市志度4567番地",
        "phoneNumber": "0879-22-3456",
        "contact1.department": "事務部 総務課 係長",
        "contact1.name": "森　裕子",
        "contact1.email": "mori-y@shidowan-kinen.example.jp",
        "contact2.department": "医療情報課 課長",
        "contact2.name": "谷口　誠",
        "dataUse": "可",
        "remarks": REM,
        "notSupportedBefore": "はい",
        "hasEhr": "はい",
        "surveyFeasible": "はい",
    },
    "planted": [
        {"cells": [f"{S}!{cells['hospitalCode']}"], "paths": ["hospitalCode"],
         "why": f"医療機関コード check digit wrong: 7-digit {CODE7} expands to {CODE10}; Luhn over 371024567 gives 5, not {BAD} (correct code 3710245675)"},
        {"cells": [f"{S}!{cells['contact2.email']}"], "paths": ["contact2.email"],
         "why": "担当者②【必須】 Mail アドレス left blank (担当者② must have all three fields)"},
    ],
    "notes": (f"Kagawa notice of 令和7年2月 (fiscal R6) for R7 support; version given as R6. "
              f"Code written as the 7-digit form '{CODE7}' (text cell) per the sheet's instruction; "
              f"expanded with 香川 37 and 点数表番号 1 to {CODE10} (check digit wrong on purpose). "
              f"活用の可否: ○ in {S}!{cells['dataUse']} beside '可' (E); the 不可 row has no mark. "
              "担当者③ row left entirely blank (optional, all-or-nothing satisfied). "
              "Eligibility answers 8-1..8-3 はい via dropdown; 8-2 has a side note '令和2年導入' (not a key). "
              "Contacts are a second table on the same sheet (区分|所属・役職|氏名|Mailアドレス). "
              "Sheet 記入要領 is instructions only. File re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
print(cells)

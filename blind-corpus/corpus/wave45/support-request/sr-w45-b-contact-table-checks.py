# Generator: support-request, workbook b (prefecture-redrawn form: 記入要領 sheet, eligibility checks first,
# basic info with labels above, contacts as a horizontal table, ○ beside 可/不可). Planted: 2 problems.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w45-b-contact-table-checks"

def luhn(d9):
    s = 0
    for i, ch in enumerate(reversed(d9)):
        v = int(ch) * (2 if i % 2 == 0 else 1)
        s += v // 10 + v % 10
    return (10 - s % 10) % 10

pref, table, gun, num = "37", "1", "05", "6702"
good = luhn(pref + table + gun + num)
bad = (good + 3) % 10                       # planted: wrong check digit
code_written = f"{pref}-{table}-{gun}-{num}-{bad}"
code10_written = f"{pref}{table}{gun}{num}{bad}"

wb = Workbook()
ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["A"].width = 100
lines = [
    "【記入要領】",
    "１　「回答様式」シートに必要事項を入力し、令和7年2月28日（金）までにFAXにて御回答ください。",
    "　　（送付先　香川県医務国保課医療企画G宛　FAX 087-806-0248）",
    "２　医療機関コードは10桁で記入してください。",
    "３　担当者①及び②は必須です。所属・役職、氏名、Mailアドレスをすべて記入してください。",
    "　　担当者③は任意です（記入する場合は3項目すべて）。",
    "４　回答データの活用の可否は、「可」「不可」のいずれかの欄に○を付けてください。",
    "５　確認事項はすべて「はい」となる病院が支援の対象です。",
    "　　（令和6年度に支援を受けた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため",
    "　　　令和8年1月までに現地調査を完了できない病院は対象外です。）",
    "",
    "問合せ先：香川県健康福祉部医務国保課医療企画G　TEL 087-832-3319",
]
for i, t in enumerate(lines, 1):
    ins.cell(i, 1, t)
ins["A1"].font = Font(bold=True, size=12)

ws = wb.create_sheet("回答様式")
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="DDEBF7")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
for col, w in zip("ABCDEF", [16, 30, 14, 36, 30, 4]):
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:E1")
ws["A1"] = "医療機関におけるサイバーセキュリティ確保事業　支援希望調査　回答様式"
ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = center
ws.merge_cells("A2:E2")
ws["A2"] = "当病院は、当該事業の支援を希望します。"
ws["A2"].alignment = center

def grid(rng, fill=None):
    for row in ws[rng]:
        for c in row:
            c.border = B
            c.alignment = wrap
            if fill: c.fill = fill

# block 1: eligibility declarations (first on this sheet)
ws["A4"] = "【確認事項】"; ws["A4"].font = Font(bold=True)
ws.merge_cells("A5:D5"); ws["A5"] = "確認内容"; ws["E5"] = "回答（はい・いいえ）"
grid("A5:E5", hdr)
decl = [
    "令和6年度に本事業の支援を受けていない",
    "電子カルテシステムを導入している",
    "令和8年1月までに現地調査を完了できる（電子カルテ更改による支障がない）",
]
for i, t in enumerate(decl):
    r = 6 + i
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(r, 1, f"({i+1}) {t}")
    ws.cell(r, 5, "はい")
    grid(f"A{r}:E{r}")
    ws.cell(r, 5).alignment = center

# block 2: basic info, labels above values
ws["A10"] = "【医療機関情報】"; ws["A10"].font = Font(bold=True)
heads = ["医療機関コード（10桁）", "病院名（正式名称）", "郵便番号", "住所", "電話番号"]
vals = [code_written, "医療法人 青松会 観音寺さくら病院", "768-0060", "香川県観音寺市観音寺町甲1234番地1", "0875-25-1234"]
for j, (h, v) in enumerate(zip(heads, vals), 1):
    ws.cell(11, j, h); ws.cell(12, j, v)
grid("A11:E11", hdr); grid("A12:E12")
ws.row_dimensions[12].height = 30

# block 3: contacts as a table
ws["A14"] = "【担当者】"; ws["A14"].font = Font(bold=True)
for j, h in enumerate(["区分", "所属・役職", "氏名", "Mail アドレス"], 1):
    ws.cell(15, j, h)
grid("A15:D15", hdr)
contacts = [
    ("担当者①【必須】", "事務部 総務課 係長", "合田 誠", "m-goda@kanonji-sakura.or.jp"),
    ("担当者②【必須】", "医事課 主任", "真鍋 美穂", None),          # planted: email missing
    ("担当者③", None, None, None),
]
for i, row in enumerate(contacts):
    r = 16 + i
    for j, v in enumerate(row, 1):
        if v is not None:
            ws.cell(r, j, v)
    grid(f"A{r}:D{r}")
    ws.row_dimensions[r].height = 22

# block 4: data use with ○ beside the chosen option
ws["A20"] = "【回答データの活用の可否】(※)"; ws["A20"].font = Font(bold=True)
ws.merge_cells("A21:B21")
ws["A21"] = "サイバーセキュリティ調査における回答データの活用の可否"
ws["C21"] = "可"; ws["D21"] = "○　不可"
grid("A21:D21")
ws["C21"].alignment = center; ws["D21"].alignment = center
ws.merge_cells("A22:E23")
ws["A22"] = ("※ 国の実態調査（令和6年1月31日付け事務連絡）で回答いただいた内容を当該事業でも活用させていただく可能性があります。"
             "ご了解いただける場合は「可」、ご了解いただけない場合は「不可」に○を付けてください。")
ws["A22"].alignment = Alignment(wrap_text=True, vertical="top"); ws["A22"].font = Font(size=9)

ws["A25"] = "【備考】"; ws["A25"].font = Font(bold=True)
ws.merge_cells("A26:E27")
ws["A26"] = "現地調査の日程は、外来休診日（木曜午後）を希望します。"
grid("A26:E27")
ws.sheet_view.showGridLines = False
ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.active = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "notSupportedBefore": "はい",
        "hasEhr": "はい",
        "surveyFeasible": "はい",
        "hospitalCode": code10_written,
        "hospitalName": "医療法人 青松会 観音寺さくら病院",
        "postalCode": "768-0060",
        "address": "香川県観音寺市観音寺町甲1234番地1",
        "phoneNumber": "0875-25-1234",
        "contact1.department": "事務部 総務課 係長",
        "contact1.name": "合田 誠",
        "contact1.email": "m-goda@kanonji-sakura.or.jp",
        "contact2.department": "医事課 主任",
        "contact2.name": "真鍋 美穂",
        "dataUse": "不可",
        "remarks": "現地調査の日程は、外来休診日（木曜午後）を希望します。",
    },
    "planted": [
        {"cells": ["回答様式!A12"], "paths": ["hospitalCode"],
         "why": f"医療機関コード {code_written}: check digit {bad} is wrong (Luhn over 371{gun}{num} gives {good})"},
        {"cells": ["回答様式!D17"], "paths": ["contact2.email"],
         "why": "担当者②【必須】 has 所属・役職 and 氏名 but no Mail アドレス (①② must be complete)"},
    ],
    "notes": ("Sheets: 記入要領 (instructions, no values) and 回答様式 (active). Eligibility declarations answered はい "
              "(いいえ deleted). 医療機関コード written with hyphens 37-1-05-6702-N. 活用の可否: ○ written in the 不可 cell "
              "('○　不可'); the 可 cell is unmarked. 担当者③ left entirely blank (allowed)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print(code_written, good)

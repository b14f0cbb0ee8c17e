"""sr-w2-d: Kochi hospital IT person's own workbook: labels ABOVE values (one header row), contacts as a small table
(rows ①②③ x columns) with a correctly labelled 記入例 row, eligibility check list with ✓ in はい/いいえ columns,
可/不可 with ○, hidden list sheet, 記入要領 sheet; re-saved by LibreOffice.
Planted: (1) 担当者③ only partly filled (氏名 only), (2) declaration 「令和8年1月までに現地調査を完了できる」 = いいえ
(EHR replacement) which the notice says makes the hospital ineligible."""
import json, os, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

NAME = "sr-w2-d-kochi-contact-table"
OUT = os.path.dirname(os.path.abspath(__file__))
SHEET = "回答"

def check_digit(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

NINE = "391014567"            # 高知39 医科1 郡市区01 番号4567
CODE = NINE + check_digit(NINE)
CODE_W = f"{CODE[:2]}-{CODE[2]}-{CODE[3:5]}-{CODE[5:9]}-{CODE[9]}"
REMARKS = "電子カルテシステム更改作業（令和7年11月～令和8年2月予定）のため、現地調査は更改完了後を希望します。"

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr = PatternFill("solid", fgColor="E2EFDA"); grey = PatternFill("solid", fgColor="EDEDED")
wb = Workbook(); ws = wb.active; ws.title = SHEET
for col, w in {"A": 2, "B": 22, "C": 30, "D": 18, "E": 36, "F": 16}.items():
    ws.column_dimensions[col].width = w
ws["B1"] = "支援の希望調査に係る回答様式（高知県提出用）"; ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "当病院は、当該事業の支援を希望します。"

def cell(ref, v, fill=None, bold=False, italic=False, wrap=False):
    ws[ref] = v; ws[ref].border = B
    if fill: ws[ref].fill = fill
    ws[ref].font = Font(bold=bold, italic=italic, color="808080" if italic else "000000")
    ws[ref].alignment = Alignment(vertical="center", wrap_text=wrap)

for c, t in zip("BCDEF", ["医療機関コード", "病院名（正式名称）", "郵便番号", "住所", "電話番号"]):
    cell(f"{c}4", t, hdr, bold=True)
for c, v in zip("BCDEF", [CODE_W, "医療法人　黒潮会　はりまや橋病院", "780-0822", "高知県高知市はりまや町三丁目5-21", "088-882-6300"]):
    cell(f"{c}5", v, wrap=True)

ws["B7"] = "■ 担当者（①②は必須）"; ws["B7"].font = Font(bold=True)
for c, t in zip("BCDE", ["区分", "所属・役職", "氏名", "Mail アドレス"]):
    cell(f"{c}8", t, hdr, bold=True)
contacts = [
    ("記入例", "情報システム室　室長", "高知　太郎", "taro.kochi@example.jp", True),
    ("担当者①【必須】", "情報システム室　係長", "岡林　大輔", "d-okabayashi@harimaya-hp.jp", False),
    ("担当者②【必須】", "医事課　課長", "山﨑　幸恵", "y-yamasaki@harimaya-hp.jp", False),
    ("担当者③", None, "濵田　光", None, False),        # planted: partly filled
]
for i, (lab, dep, nm, em, ex) in enumerate(contacts):
    r = 9 + i
    cell(f"B{r}", lab, grey if ex else None, italic=ex)
    for c, v in zip("CDE", [dep, nm, em]):
        cell(f"{c}{r}", v, grey if ex else None, italic=ex)

ws["B14"] = "■ 確認事項（該当する欄に✓）"; ws["B14"].font = Font(bold=True)
ws.merge_cells("B15:D15"); cell("B15", "確認事項", hdr, bold=True); cell("E15", "はい", hdr, bold=True); cell("F15", "いいえ", hdr, bold=True)
checks = [("令和6年度に本事業の支援を受けていない", "✓", None),
          ("電子カルテシステムを導入している", "✓", None),
          ("令和8年1月までに現地調査を完了できる（電子カルテ更改の予定がない）", None, "✓")]   # planted: いいえ
for i, (t, y, n) in enumerate(checks):
    r = 16 + i
    ws.merge_cells(f"B{r}:D{r}"); cell(f"B{r}", t, wrap=True)
    for c in "CD": ws[f"{c}{r}"].border = B
    cell(f"E{r}", y); cell(f"F{r}", n)
    ws[f"E{r}"].alignment = ws[f"F{r}"].alignment = Alignment(horizontal="center", vertical="center")

ws.merge_cells("B20:D20"); cell("B20", "項目", hdr, bold=True); cell("E20", "可", hdr, bold=True); cell("F20", "不可", hdr, bold=True)
ws.merge_cells("B21:D21"); cell("B21", "サイバーセキュリティ調査における回答データの活用の可否(※)", wrap=True)
for c in "CD": ws[f"{c}21"].border = B
cell("E21", "○"); cell("F21", None)
ws["E21"].alignment = Alignment(horizontal="center", vertical="center")
ws["B22"] = "※ 国の実態調査（令和6年1月31日付け事務連絡）の回答データを本事業で活用してよい場合は「可」に○"
ws["B22"].font = Font(size=9)

cell("B24", "備考", hdr, bold=True)
ws.merge_cells("B25:F26"); cell("B25", REMARKS, wrap=True)
ws["B25"].alignment = Alignment(vertical="top", wrap_text=True)

lst = wb.create_sheet("リスト")
for i, v in enumerate(["✓", "○", "はい", "いいえ", "可", "不可"], 1):
    lst.cell(row=i, column=1, value=v)
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="リスト!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv); dv.add("E16:F18"); dv.add("E21:F21")

g = wb.create_sheet("記入要領")
for i, t in enumerate(["・担当者①②は必須、③は任意（記入する場合は所属・役職、氏名、Mail アドレスをすべて記入）",
                       "・「記入例」の行は消さずにそのままで結構です（集計対象外）",
                       "・確認事項は「はい」「いいえ」のいずれかの欄に✓を入れてください",
                       "・令和6年度に支援を受けた病院、電子カルテ未導入の病院、令和8年1月までに現地調査を完了できない病院は対象外です"], 1):
    g.cell(row=i, column=1, value=t)
g.column_dimensions["A"].width = 110

tmp = tempfile.mkdtemp()
wb.save(os.path.join(tmp, NAME + ".xlsx"))
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, os.path.join(tmp, NAME + ".xlsx")],
               check=True, capture_output=True)

exp = {
    "form": "support-request", "version": "R6", "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": CODE,
        "hospitalName": "医療法人　黒潮会　はりまや橋病院",
        "postalCode": "780-0822",
        "address": "高知県高知市はりまや町三丁目5-21",
        "phoneNumber": "088-882-6300",
        "contact1.department": "情報システム室　係長", "contact1.name": "岡林　大輔", "contact1.email": "d-okabayashi@harimaya-hp.jp",
        "contact2.department": "医事課　課長", "contact2.name": "山﨑　幸恵", "contact2.email": "y-yamasaki@harimaya-hp.jp",
        "contact3.name": "濵田　光",
        "notSupportedBefore": "はい", "hasEhr": "はい", "surveyFeasible": "いいえ",
        "dataUse": "可",
        "remarks": REMARKS,
    },
    "planted": [
        {"cells": [f"{SHEET}!C12", f"{SHEET}!E12"], "paths": ["contact3.department", "contact3.email"],
         "why": "担当者③ is all-or-nothing: 氏名 (D12) is filled but 所属・役職 and Mail アドレス are blank."},
        {"cells": [f"{SHEET}!F18"], "paths": ["surveyFeasible"],
         "why": "Declaration 「令和8年1月までに現地調査を完了できる」 is answered いいえ (✓ in the いいえ column; 備考 says the "
                "EHR replacement runs to 令和8年2月). The Kagawa notice makes such hospitals ineligible (対象外)."},
    ],
    "notes": f"Re-saved by LibreOffice. Labels are in row 4 with values below in row 5 (label-above layout). Code written "
             f"with hyphens '{CODE_W}' (check digit valid). Contacts table B8:E12: row 9 is a correctly labelled 記入例 "
             "row (grey italic) that must be ignored; 担当者① is row 10. Declarations: ✓ in column E (はい) or F (いいえ), "
             "rows 16-18 in the order notSupportedBefore, hasEhr, surveyFeasible. 活用の可否: ○ under 可 (E21). Hidden "
             "sheet リスト holds dropdown values only; 記入要領 is instructions only.",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
print("ok", CODE_W)

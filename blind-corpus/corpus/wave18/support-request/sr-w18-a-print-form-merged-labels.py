#!/usr/bin/python3
"""sr-w18-a: Kagawa-style 回答様式 drawn as a print/FAX form: title block, FAX送付先 box, statement line,
label column with merged 担当者 blocks (label | sub-label | merged value), 可・不可 with 不可 deleted,
note below; second sheet 記入要領. Saved by openpyxl. Filled completely and correctly (all three contacts)."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w18-a-print-form-merged-labels"

def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

nine = "371014217"
CODE = nine + luhn(nine)
V = {
    "hospitalCode": CODE,
    "hospitalName": "医療法人社団 讃和会 高松さぬき中央病院",
    "postalCode": "761-8071",
    "address": "香川県高松市伏石町2105番地1",
    "phoneNumber": "087-867-5210",
    "contact1": {"department": "事務部 医療情報課 課長", "name": "三好 健太", "email": "k-miyoshi@sanuki-chuo.or.jp"},
    "contact2": {"department": "事務部 医療情報課 主任", "name": "大西 美咲", "email": "m-onishi@sanuki-chuo.or.jp"},
    "contact3": {"department": "事務部長", "name": "香西 達也", "email": "kozai@sanuki-chuo.or.jp"},
    "dataUse": "可",
    "remarks": "担当者①②は平日8:30～17:00に在席しております。\n電子カルテは令和4年に更新済みで、令和8年1月までの更改予定はありません。",
}

thin = Side(style="thin"); med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
lab_fill = PatternFill("solid", fgColor="F2F2F2")

wb = Workbook(); ws = wb.active; ws.title = "回答様式"
for col, w in zip("ABCDEFG", (2, 20, 14, 18, 18, 18, 2)):
    ws.column_dimensions[col].width = w

ws.merge_cells("D1:F1"); ws["D1"] = "（送付先　香川県医務国保課医療企画G 宛）"
ws.merge_cells("D2:F2"); ws["D2"] = "FAX　087-806-0248"
for c in ("D1", "D2"):
    ws[c].alignment = Alignment(horizontal="right"); ws[c].font = Font(bold=True)
ws["F3"] = "（別紙）"; ws["F3"].alignment = Alignment(horizontal="right")
ws.merge_cells("B5:F6")
ws["B5"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws["B5"].font = Font(size=14, bold=True)
ws["B5"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[5].height = 24; ws.row_dimensions[6].height = 24
ws.merge_cells("B8:F8"); ws["B8"] = "当病院は、当該事業の支援を希望します。"
ws["B8"].font = Font(size=12); ws["B8"].alignment = Alignment(horizontal="left")

def box(r1, r2, c1="B", c2="F"):
    for r in range(r1, r2 + 1):
        for col in "BCDEF"[("BCDEF".index(c1)):("BCDEF".index(c2) + 1)]:
            ws[f"{col}{r}"].border = B

def label_row(r, label, value, height=26):
    ws.merge_cells(f"B{r}:C{r}"); ws[f"B{r}"] = label
    ws[f"B{r}"].fill = lab_fill
    ws[f"B{r}"].alignment = Alignment(vertical="center", wrap_text=True)
    ws.merge_cells(f"D{r}:F{r}"); ws[f"D{r}"] = value
    ws[f"D{r}"].alignment = Alignment(vertical="center", wrap_text=True)
    ws.row_dimensions[r].height = height
    box(r, r)

r = 10
label_row(r, "医療機関コード", int(V["hospitalCode"])); ws[f"D{r}"].number_format = "0"
ws[f"D{r}"].alignment = Alignment(horizontal="left", vertical="center"); r += 1
label_row(r, "病院名（正式名称）", V["hospitalName"]); r += 1
label_row(r, "郵便番号", V["postalCode"]); r += 1
label_row(r, "住所", V["address"]); r += 1
label_row(r, "電話番号", V["phoneNumber"]); r += 1
for n, key, req in (("①", "contact1", "【必須】"), ("②", "contact2", "【必須】"), ("③", "contact3", "")):
    ws.merge_cells(f"B{r}:B{r+2}")
    ws[f"B{r}"] = f"担当者{n}" + (f"\n{req}" if req else "")
    ws[f"B{r}"].fill = lab_fill
    ws[f"B{r}"].alignment = Alignment(vertical="center", wrap_text=True)
    for i, (sub, f) in enumerate((("所属・役職", "department"), ("氏名", "name"), ("Mailアドレス", "email"))):
        ws[f"C{r+i}"] = sub; ws[f"C{r+i}"].fill = lab_fill
        ws.merge_cells(f"D{r+i}:F{r+i}"); ws[f"D{r+i}"] = V[key][f]
        ws.row_dimensions[r + i].height = 22
    box(r, r + 2)
    r += 3
ws.merge_cells(f"B{r}:C{r}")
ws[f"B{r}"] = "サイバーセキュリティ調査における回答データの活用の可否(※)"
ws[f"B{r}"].fill = lab_fill; ws[f"B{r}"].alignment = Alignment(vertical="center", wrap_text=True)
ws.merge_cells(f"D{r}:F{r}"); ws[f"D{r}"] = "可"   # hospital deleted 「 • 不可」 from 「可 • 不可」
ws[f"D{r}"].alignment = Alignment(horizontal="center", vertical="center")
ws.row_dimensions[r].height = 40; box(r, r)
row_datause = r; r += 1
ws.merge_cells(f"B{r}:C{r}"); ws[f"B{r}"] = "備考"; ws[f"B{r}"].fill = lab_fill
ws[f"B{r}"].alignment = Alignment(vertical="center")
ws.merge_cells(f"D{r}:F{r}"); ws[f"D{r}"] = V["remarks"]
ws[f"D{r}"].alignment = Alignment(vertical="top", wrap_text=True)
ws.row_dimensions[r].height = 60; box(r, r)
row_rem = r; r += 2
ws.merge_cells(f"B{r}:F{r+3}")
ws[f"B{r}"] = ("※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
               "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも"
               "活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。")
ws[f"B{r}"].font = Font(size=9); ws[f"B{r}"].alignment = Alignment(wrap_text=True, vertical="top")
ws.print_area = f"A1:G{r+3}"
ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.orientation = "portrait"
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 1; ws.page_setup.fitToWidth = 1

ins = wb.create_sheet("記入要領")
ins.column_dimensions["A"].width = 100
lines = [
    "【記入要領】",
    "1. 令和7年度に当該事業の支援を希望される場合に、令和7年2月28日（金）までにFAX（087-806-0248）にてご回答ください。",
    "2. 担当者①②は必須です。担当者③は任意ですが、記入する場合は所属・役職、氏名、Mailアドレスをすべてご記入ください。",
    "3. 「回答データの活用の可否」は「可」「不可」のいずれかを残し、もう一方を削除してください。",
    "4. 令和6年度に支援を受けた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため令和8年1月までに"
    "現地調査を完了できない病院は対象外です。",
    "問合せ先：香川県健康福祉部医務国保課医療企画G　TEL 087-832-3319",
]
for i, t in enumerate(lines):
    ins.cell(row=1 + i, column=1, value=t).alignment = Alignment(wrap_text=True)
ins["A1"].font = Font(bold=True)

wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {"form": "support-request", "version": "R6", "file": NAME + ".xlsx", "values": V, "planted": [],
       "notes": "医療機関コード typed as a number cell (10 digits, Kagawa 37). 活用の可否 cell holds 「可」 "
                "(the filler deleted 「・不可」). 備考 has a line break. The sheet 記入要領 is instructions only. "
                "No eligibility declarations on this form (keys notSupportedBefore/hasEhr/surveyFeasible absent)."}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)

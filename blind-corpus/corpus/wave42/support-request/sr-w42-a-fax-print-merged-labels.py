"""sr-w42-a: Kagawa FAX 回答様式 drawn as a print-style sheet (merged labels, borders, spacer column).
Filled by a hospital's 情報システム室; complete and correct. Saved by openpyxl.
Run: PYTHONPATH=/tmp/w42-srhs-py /usr/bin/python3 sr-w42-a-fax-print-merged-labels.py"""
import os, json
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.page import PageMargins

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w42-a-fax-print-merged-labels"

def luhn(n9):
    s = 0
    for i, ch in enumerate(reversed(n9)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10

code9 = "371014528"          # 香川(37) 医科(1) 郡市区01 番号4528
code = code9 + str(luhn(code9))

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin")
med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
mincho = "ＭＳ 明朝"
f = Font(name=mincho, size=11)
fb = Font(name=mincho, size=12, bold=True)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="F2F2F2")

for col, w in {"A": 2, "B": 16, "C": 14, "D": 22, "E": 22, "F": 14, "G": 2}.items():
    ws.column_dimensions[col].width = w

def put(ref, v, font=f, align=wrap, fill=None):
    c = ws[ref]
    c.value = v
    c.font = font
    c.alignment = align
    if fill:
        c.fill = fill
    return c

# destination block (FAX cover style)
put("D1", "送付先　香川県医務国保課医療企画Ｇ　宛", Font(name=mincho, size=10))
put("D2", "ＦＡＸ　０８７－８０６－０２４８", Font(name=mincho, size=10))
ws.merge_cells("D1:F1"); ws.merge_cells("D2:F2")
put("B4", "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式", fb, center)
ws.merge_cells("B4:F4"); ws.row_dimensions[4].height = 36
put("B6", "当病院は、当該事業の支援を希望します。", Font(name=mincho, size=11, bold=True), Alignment(vertical="center"))
ws.merge_cells("B6:F6")

def border_range(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box

r = 8
single = [
    ("医療機関コード", code),
    ("病院名（正式名称）", "社会医療法人 讃岐会 高松みなと中央病院"),
    ("郵便番号", "760-0065"),
    ("住所", "香川県高松市朝日町三丁目4番12号"),
    ("電話番号", "087-811-4520"),
]
for label, val in single:
    put(f"B{r}", label, f, wrap, grey); ws.merge_cells(f"B{r}:C{r}")
    put(f"D{r}", val); ws.merge_cells(f"D{r}:F{r}")
    border_range(f"B{r}:F{r}")
    ws.row_dimensions[r].height = 24
    r += 1

contacts = [
    ("担当者①\n【必須】", ("情報システム室　室長", "三好　健太", "k-miyoshi@minato-chuo.or.jp")),
    ("担当者②\n【必須】", ("事務部 総務課 主任", "大西　由佳", "y-onishi@minato-chuo.or.jp")),
    ("担当者③", ("診療情報管理室　係長", "十河　誠", "m-sogo@minato-chuo.or.jp")),
]
for label, (dep, name, mail) in contacts:
    put(f"B{r}", label, f, center, grey)
    ws.merge_cells(f"B{r}:B{r+2}")
    for i, (sub, v) in enumerate([("所属・役職", dep), ("氏名", name), ("Mail アドレス", mail)]):
        put(f"C{r+i}", sub, f, wrap, grey)
        put(f"D{r+i}", v)
        ws.merge_cells(f"D{r+i}:F{r+i}")
        ws.row_dimensions[r + i].height = 22
    border_range(f"B{r}:F{r+2}")
    r += 3

put(f"B{r}", "サイバーセキュリティ調査における回答データの活用の可否(※)", f, wrap, grey)
ws.merge_cells(f"B{r}:C{r}")
put(f"D{r}", "可", f, center)      # filler deleted 「・不可」 from 「可 ・ 不可」
ws.merge_cells(f"D{r}:F{r}")
border_range(f"B{r}:F{r}")
ws.row_dimensions[r].height = 40
r += 1
put(f"B{r}", "備考", f, wrap, grey); ws.merge_cells(f"B{r}:C{r}")
put(f"D{r}", "電子カルテの次回更改は令和9年度予定のため、現地調査に支障ありません。\n平日9時～17時であれば日程調整可能です。")
ws.merge_cells(f"D{r}:F{r}")
border_range(f"B{r}:F{r}")
ws.row_dimensions[r].height = 48
r += 2
put(f"B{r}", "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
    "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも活用させて"
    "いただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。",
    Font(name=mincho, size=9), wrap)
ws.merge_cells(f"B{r}:F{r}"); ws.row_dimensions[r].height = 52
r += 2

# second table: confirmation of eligibility (office's own addition)
put(f"B{r}", "【確認事項】（該当する方を残してください）", Font(name=mincho, size=11, bold=True), Alignment(vertical="center"))
ws.merge_cells(f"B{r}:F{r}")
r += 1
decl = [
    ("令和６年度に本事業の支援を受けていない", "はい"),
    ("電子カルテシステムを導入している", "はい"),
    ("令和８年１月までに現地調査を完了できる（電子カルテ更改により支障が生じない）", "はい"),
]
first_decl = r
for q, a in decl:
    put(f"B{r}", q); ws.merge_cells(f"B{r}:E{r}")
    put(f"F{r}", a, f, center)
    border_range(f"B{r}:F{r}")
    ws.row_dimensions[r].height = 30
    r += 1

ws.print_area = f"A1:G{r}"
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.7, bottom=0.7)

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)

expected = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": code,
        "hospitalName": "社会医療法人 讃岐会 高松みなと中央病院",
        "postalCode": "760-0065",
        "address": "香川県高松市朝日町三丁目4番12号",
        "phoneNumber": "087-811-4520",
        "contact1.department": "情報システム室　室長",
        "contact1.name": "三好　健太",
        "contact1.email": "k-miyoshi@minato-chuo.or.jp",
        "contact2.department": "事務部 総務課 主任",
        "contact2.name": "大西　由佳",
        "contact2.email": "y-onishi@minato-chuo.or.jp",
        "contact3.department": "診療情報管理室　係長",
        "contact3.name": "十河　誠",
        "contact3.email": "m-sogo@minato-chuo.or.jp",
        "dataUse": "可",
        "remarks": "電子カルテの次回更改は令和9年度予定のため、現地調査に支障ありません。\n平日9時～17時であれば日程調整可能です。",
        "notSupportedBefore": "はい",
        "hasEhr": "はい",
        "surveyFeasible": "はい",
    },
    "planted": [],
    "notes": "Single sheet 回答様式, print layout: labels in merged B:C (担当者 labels merged over 3 rows, sub-labels in C), "
             "values in merged D:F. 活用の可否 written as 「可」 (filler deleted 「・不可」). The FAX destination "
             "block (D1:D2) and the ※ note are printed text, not values. The three declarations are a second table "
             "below (【確認事項】, answer in column F). Names use full-width spaces as typed.",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)
print(out, code)

#!/usr/bin/python3
# Generator: sr-w12-a-print-form-marks.xlsx  (support-request, clean: no planted problem)
# Role: Kagawa hospital 事務部 person, filling the prefecture's print-style 回答様式 (to be FAXed).
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.page import PageMargins

OUT = "/work/blind/wave12/support-request"
NAME = "sr-w12-a-print-form-marks"

def luhn(n9):
    s = 0
    for i, ch in enumerate(reversed(n9)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10

code9 = "371012345"
code10 = code9 + str(luhn(code9))
code_written = f"{code10[0:2]}-{code10[2]}-{code10[3:5]}-{code10[5:9]}-{code10[9]}"

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin")
med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
f10 = Font(name="ＭＳ 明朝", size=10.5)
f12b = Font(name="ＭＳ 明朝", size=13, bold=True)

# column A: blank spacer for printing, B: label, C: sub label, D..G: value area, H: spacer
for col, w in {"A": 2.5, "B": 16, "C": 13, "D": 5, "E": 14, "F": 5, "G": 14, "H": 2.5}.items():
    ws.column_dimensions[col].width = w

def put(ref, v, font=f10, align=wrap):
    c = ws[ref]
    c.value = v
    c.font = font
    c.alignment = align
    return c

def border_range(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box

put("E1", "（送付先）香川県医務国保課医療企画G 宛\nFAX 087-806-0248", align=Alignment(horizontal="right", vertical="top", wrap_text=True))
ws.merge_cells("E1:G1")
ws.row_dimensions[1].height = 30
put("B3", "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式", f12b, center)
ws.merge_cells("B3:G3")
ws.row_dimensions[3].height = 40
put("B5", "当病院は、当該事業の支援を希望します。", Font(name="ＭＳ 明朝", size=11, bold=True), Alignment(vertical="center"))
ws.merge_cells("B5:G5")
put("E6", "回答日　令和７年２月２０日", align=Alignment(horizontal="right"))
ws.merge_cells("E6:G6")

simple = [
    (8, "医療機関コード", code_written),
    (9, "病院名（正式名称）", "医療法人社団讃岐会　さぬき中央病院"),
    (10, "郵便番号", "〒760-0017"),
    (11, "住所", "香川県高松市番町二丁目３番１５号"),
    (12, "電話番号", "087-831-2245"),
]
for r, lab, v in simple:
    put(f"B{r}", lab)
    ws.merge_cells(f"B{r}:C{r}")
    put(f"D{r}", v)
    ws.merge_cells(f"D{r}:G{r}")
    ws.row_dimensions[r].height = 24
    border_range(f"B{r}:G{r}")

contacts = [
    (13, "担当者①\n【必須】", ("事務部 医事課 課長", "大西　健一", "k-onishi@sanuki-chuo.example.jp")),
    (16, "担当者②\n【必須】", ("情報システム室 主任", "森　由香", "y-mori@sanuki-chuo.example.jp")),
    (19, "担当者③", ("診療情報管理室 室長", "香西　智也", "t-kozai@sanuki-chuo.example.jp")),
]
for r0, lab, vals in contacts:
    put(f"B{r0}", lab, align=center)
    ws.merge_cells(f"B{r0}:B{r0+2}")
    for i, (sub, v) in enumerate(zip(("所属・役職", "氏名", "Mail アドレス"), vals)):
        r = r0 + i
        put(f"C{r}", sub)
        put(f"D{r}", v)
        ws.merge_cells(f"D{r}:G{r}")
        ws.row_dimensions[r].height = 22
    border_range(f"B{r0}:G{r0+2}")

# 活用の可否: printed 「可 ・ 不可」 split in option cells, the hospital put 〇 in the mark cell before 可
r = 22
put(f"B{r}", "サイバーセキュリティ調査における回答データの活用の可否（※）")
ws.merge_cells(f"B{r}:C{r}")
put(f"D{r}", "〇", Font(name="ＭＳ 明朝", size=14), center)
put(f"E{r}", "可", align=Alignment(horizontal="left", vertical="center"))
put(f"F{r}", None, align=center)
put(f"G{r}", "不可", align=Alignment(horizontal="left", vertical="center"))
ws.row_dimensions[r].height = 40
border_range(f"B{r}:G{r}")

r = 23
put(f"B{r}", "備考")
ws.merge_cells(f"B{r}:C{r}")
remarks = "電子カルテは平成30年より運用中。\n令和7年度中の電子カルテ更改予定はありません。"
put(f"D{r}", remarks, align=Alignment(wrap_text=True, vertical="top"))
ws.merge_cells(f"D{r}:G{r}")
ws.row_dimensions[r].height = 48
border_range(f"B{r}:G{r}")

note = ("※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
        "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも活用させて"
        "いただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。")
put("B25", note, Font(name="ＭＳ 明朝", size=9), Alignment(wrap_text=True, vertical="top"))
ws.merge_cells("B25:G25")
ws.row_dimensions[25].height = 52

# 確認事項 (prefecture-added check boxes; hospital typed ✓ in the box column)
put("B27", "【確認事項】以下に該当する場合は、左欄に ✓ を記入してください。", Font(name="ＭＳ 明朝", size=10.5, bold=True), Alignment(vertical="center"))
ws.merge_cells("B27:G27")
checks = [
    (28, "令和6年度に本事業の支援を受けていない。"),
    (29, "電子カルテシステムを導入している。"),
    (30, "令和8年1月までに現地調査を完了できる（電子カルテシステム更改の予定がない）。"),
]
for r, txt in checks:
    put(f"B{r}", "✓", Font(name="ＭＳ 明朝", size=12), center)
    put(f"C{r}", txt)
    ws.merge_cells(f"C{r}:G{r}")
    ws.row_dimensions[r].height = 22
    border_range(f"B{r}:G{r}")

for row in ws.iter_rows(min_row=8, max_row=23, min_col=2, max_col=3):
    for c in row:
        c.fill = PatternFill("solid", fgColor="F2F2F2")

ws.print_area = "A1:H31"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.7, bottom=0.7)
ws.sheet_view.showGridLines = False

wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": code10,
        "hospitalName": "医療法人社団讃岐会　さぬき中央病院",
        "postalCode": "760-0017",
        "address": "香川県高松市番町二丁目３番１５号",
        "phoneNumber": "087-831-2245",
        "contact1": {"department": "事務部 医事課 課長", "name": "大西　健一", "email": "k-onishi@sanuki-chuo.example.jp"},
        "contact2": {"department": "情報システム室 主任", "name": "森　由香", "email": "y-mori@sanuki-chuo.example.jp"},
        "contact3": {"department": "診療情報管理室 室長", "name": "香西　智也", "email": "t-kozai@sanuki-chuo.example.jp"},
        "dataUse": "可",
        "remarks": remarks,
        "notSupportedBefore": "はい",
        "hasEhr": "はい",
        "surveyFeasible": "はい",
    },
    "planted": [],
    "notes": ("Clean file. 医療機関コード written with hyphens (37-1-01-2345-0) in merged D8:G8; 郵便番号 written with '〒' prefix. "
              "活用の可否 is answered by a mark: 〇 in D22 before the option cell E22 '可' (G22 '不可' unmarked, F22 its empty mark cell). "
              "The three optional declarations are a prefecture-added 確認事項 block (rows 28-30): ✓ in column B beside each statement = はい. "
              "'回答日　令和７年２月２０日' (E6) has no key. Names use a full-width space between family and given name; address uses full-width digits as typed. "
              "Saved by openpyxl, one sheet, print area set, merged label/value cells."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", code10)

#!/usr/bin/python3
"""sr-w27-b: hospital-made questionnaire layout (No. | 項目 | 回答), contacts as a grid with a labelled 記入例 row,
eligibility checks with ○ in はい/いいえ columns, 活用の可否 as ○ under 可/不可, extra 記入要領 sheet. Saved by openpyxl."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave27/support-request"
NAME = "sr-w27-b-numbered-questionnaire-grid"

wb = Workbook()
ws = wb.active
ws.title = "回答票"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill("solid", fgColor="DDEBF7")
ex_fill = PatternFill("solid", fgColor="EDEDED")
for col, w in zip("ABCDE", [10, 34, 18, 18, 22]):
    ws.column_dimensions[col].width = w

def cell(ref, value, bold=False, fill=None, align="left", border=True, italic=False, color=None):
    c = ws[ref]
    c.value = value
    c.font = Font(name="游ゴシック", size=10, bold=bold, italic=italic, color=color)
    c.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    if fill:
        c.fill = fill
    if border:
        c.border = box
    return c

def merge(rng, value, **kw):
    ws.merge_cells(rng)
    first, last = rng.split(":")
    cell(first, value, **kw)
    from openpyxl.utils import range_boundaries
    c1, r1, c2, r2 = range_boundaries(rng)
    if kw.get("border", True):
        for r in range(r1, r2 + 1):
            for cc in range(c1, c2 + 1):
                ws.cell(r, cc).border = box

cell("A1", "令和7年度「医療機関におけるサイバーセキュリティ確保事業」支援希望調査　回答票", bold=True, border=False)
cell("A2", "提出先：香川県健康福祉部医務国保課 医療企画G（FAX 087-806-0248）　提出期限：令和7年2月28日（金）", border=False)
cell("A3", "■ 当病院は、当該事業の支援を希望します。", bold=True, border=False)

cell("A5", "No.", bold=True, fill=head_fill, align="center")
cell("B5", "項目", bold=True, fill=head_fill, align="center")
merge("C5:E5", "回答", bold=True, fill=head_fill, align="center")
basic = [
    (6, "1", "医療機関コード（10桁）", "37-1-02-0517-9"),
    (7, "2", "病院名（正式名称）", "社会医療法人 瀬戸内会 丸亀みなと病院"),
    (8, "3", "郵便番号", "〒763-0034"),
    (9, "4", "住所", "香川県丸亀市大手町二丁目3番8号"),
    (10, "5", "電話番号", "0877-22-5108"),
]
for r, no, label, val in basic:
    cell(f"A{r}", no, align="center")
    cell(f"B{r}", label)
    merge(f"C{r}:E{r}", val)

cell("A12", "6．担当者（①②は必須、③は任意）", bold=True, border=False)
for ref, v in zip(["A13", "B13", "C13"], ["区分", "所属・役職", "氏名"]):
    cell(ref, v, bold=True, fill=head_fill, align="center")
merge("D13:E13", "Mail アドレス", bold=True, fill=head_fill, align="center")
grid = [
    (14, "記入例", "情報システム室 主任", "香川 太郎", "kagawa-taro@example.jp"),
    (15, "①【必須】", "医事課 課長補佐", "岡田 健一", "k-okada@marugame-minato.example.jp"),
    (16, "②【必須】", "システム管理室", "三好 沙織", None),          # planted: Mail left blank
    (17, "③", "看護部 副看護部長", "多田 由美子", "y-tada@marugame-minato.example.jp"),
]
for r, k, dept, name, mail in grid:
    ex = k == "記入例"
    kw = dict(fill=ex_fill, italic=True, color="808080") if ex else {}
    cell(f"A{r}", k, align="center", **kw)
    cell(f"B{r}", dept, **kw)
    cell(f"C{r}", name, **kw)
    merge(f"D{r}:E{r}", mail, **kw)

cell("A19", "7．対象要件の確認（該当する欄に○）", bold=True, border=False)
for ref, v in zip(["A20", "B20", "C20", "D20"], ["No.", "確認事項", "はい", "いいえ"]):
    cell(ref, v, bold=True, fill=head_fill, align="center")
checks = [
    (21, "(ア)", "令和6年度に本事業の支援を受けていない"),
    (22, "(イ)", "電子カルテシステムを導入している"),
    (23, "(ウ)", "電子カルテシステムの更改等がなく、令和8年1月までに現地調査を完了できる"),
]
for r, no, text in checks:
    cell(f"A{r}", no, align="center")
    cell(f"B{r}", text)
    cell(f"C{r}", "○", align="center")
    cell(f"D{r}", None, align="center")

cell("A25", "8．サイバーセキュリティ調査における回答データの活用の可否(※)（該当する欄に○）", bold=True, border=False)
merge("A26:B26", "", fill=head_fill)
cell("C26", "可", bold=True, fill=head_fill, align="center")
cell("D26", "不可", bold=True, fill=head_fill, align="center")
merge("A27:B27", "回答データの活用")
cell("C27", None, align="center")
cell("D27", "○", align="center")
merge("A28:E29", "※ 国が令和6年1月31日付け事務連絡により実施した病院におけるサイバーセキュリティ対策の実態調査の回答内容を、"
      "当該事業でも活用させていただく可能性があります。ご了解いただける場合は「可」、ご了解いただけない場合は「不可」としてください。",
      border=False)

cell("A31", "9", align="center")
cell("B31", "備考")
merge("C31:E31", "電子カルテは令和5年度に更新済みです。\n連絡は担当者①宛にお願いします。")
ws.row_dimensions[31].height = 34
ws.row_dimensions[28].height = 24
ws.row_dimensions[29].height = 24

# instructions sheet
ins = wb.create_sheet("記入要領")
lines = [
    "記入要領",
    "1. 医療機関コードは10桁で記入してください。",
    "2. 担当者①②は必須です。所属・役職、氏名、Mail アドレスをすべて記入してください。担当者③は任意です。",
    "3. 「記入例」の行は参考です（削除不要）。",
    "4. 対象要件の確認は「はい」「いいえ」のいずれかに○を付けてください。",
    "5. 記入後、印刷してFAX（087-806-0248）で提出してください。",
]
for i, t in enumerate(lines, 1):
    ins.cell(i, 1, t).font = Font(name="游ゴシック", size=10, bold=(i == 1))
ins.column_dimensions["A"].width = 100

wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": "3710205179",
        "hospitalName": "社会医療法人 瀬戸内会 丸亀みなと病院",
        "postalCode": "763-0034",
        "address": "香川県丸亀市大手町二丁目3番8号",
        "phoneNumber": "0877-22-5108",
        "contact1.department": "医事課 課長補佐",
        "contact1.name": "岡田 健一",
        "contact1.email": "k-okada@marugame-minato.example.jp",
        "contact2.department": "システム管理室",
        "contact2.name": "三好 沙織",
        "contact3.department": "看護部 副看護部長",
        "contact3.name": "多田 由美子",
        "contact3.email": "y-tada@marugame-minato.example.jp",
        "notSupportedBefore": "はい",
        "hasEhr": "はい",
        "surveyFeasible": "はい",
        "dataUse": "不可",
        "remarks": "電子カルテは令和5年度に更新済みです。\n連絡は担当者①宛にお願いします。",
    },
    "planted": [
        {"cells": ["回答票!C6"], "paths": ["hospitalCode"],
         "why": "医療機関コード 37-1-02-0517-9: check digit wrong (Luhn over 371020517 gives 4, i.e. 3710205174)"},
        {"cells": ["回答票!D16"], "paths": ["contact2.email"],
         "why": "担当者②【必須】 Mail アドレス left blank; ①② must be complete (所属・役職, 氏名, Mail)"},
    ],
    "notes": ("Row 14 of 回答票 is a correctly labelled 記入例 contact row (香川 太郎) and is not data. 医療機関コード written with "
              "hyphens; 郵便番号 written with a leading 〒. Eligibility declarations (ア)(イ)(ウ) answered by ○ in the はい column; "
              "活用の可否 by ○ under 不可 (D27). Saved by openpyxl."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok")

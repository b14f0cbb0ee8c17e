#!/usr/bin/python3
"""sr-w5-a: Kagawa FAX reply form, print layout with merged label cells (openpyxl only).

Regenerates sr-w5-a-fax-print-merged.xlsx and .expected.json in this folder.
No planted problem: filled completely and correctly.
"""
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w5-a-fax-print-merged"


def check_digit(n9):
    s = 0
    for i, ch in enumerate(reversed(n9)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return (10 - s % 10) % 10


code9 = "371040215"
CODE = code9 + str(check_digit(code9))

V = {
    "hospitalCode": CODE,
    "hospitalName": "社会医療法人 瀬戸内会 瀬戸内みなと病院",
    "postalCode": "763-0031",
    "address": "香川県丸亀市福島町12番地5",
    "phoneNumber": "0877-23-4510",
    "contact1.department": "情報システム室 室長",
    "contact1.name": "真鍋 健太",
    "contact1.email": "manabe.k@setouchi-minato-hp.example.jp",
    "contact2.department": "事務部 総務課 主任",
    "contact2.name": "大西 由美",
    "contact2.email": "onishi.y@setouchi-minato-hp.example.jp",
    "contact3.department": "医療情報管理室 係長",
    "contact3.name": "香西 翔",
    "contact3.email": "kozai.s@setouchi-minato-hp.example.jp",
    "dataUse": "可",
    "remarks": "電子カルテの更新は令和9年度を予定しており、現地調査には支障ありません。\n連絡は平日9:00～17:00にお願いします。",
    "notSupportedBefore": "はい",
    "hasEhr": "はい",
    "surveyFeasible": "はい",
}

thin = Side(style="thin")
medium = Side(style="medium")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
LABEL_FILL = PatternFill("solid", fgColor="F2F2F2")
FONT = "ＭＳ 明朝"

wb = Workbook()
ws = wb.active
ws.title = "回答様式"

for col, w in {"A": 2.5, "B": 14, "C": 16, "D": 5, "E": 18, "F": 5, "G": 18, "H": 2.5}.items():
    ws.column_dimensions[col].width = w


def put(ref, value, bold=False, size=10.5, h="left", v="center", wrap=True, fill=None):
    c = ws[ref]
    c.value = value
    c.font = Font(name=FONT, size=size, bold=bold)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    if fill:
        c.fill = fill
    return c


def box(rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


def merge(rng):
    ws.merge_cells(rng)
    box(rng)


put("G1", "（別紙）", h="right")
ws.merge_cells("B2:G2")
put("B2", "送付先　香川県医務国保課医療企画Ｇ 宛（ＦＡＸ　０８７－８０６－０２４８）", size=10)

ws.merge_cells("B4:G5")
put("B4", "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式",
    bold=True, size=13, h="center")
ws.row_dimensions[4].height = 22
ws.row_dimensions[5].height = 22

ws.merge_cells("B7:G7")
put("B7", "当病院は、当該事業の支援を希望します。", size=11, h="center")
ws.row_dimensions[7].height = 24

# single-line items: label B:C merged, value D:G merged
rows = [
    (9, "医療機関コード", V["hospitalCode"]),
    (10, "病院名（正式名称）", V["hospitalName"]),
    (11, "郵便番号", V["postalCode"]),
    (12, "住所", V["address"]),
    (13, "電話番号", V["phoneNumber"]),
]
for r, label, val in rows:
    merge(f"B{r}:C{r}")
    put(f"B{r}", label, fill=LABEL_FILL)
    merge(f"D{r}:G{r}")
    put(f"D{r}", val)
    ws.row_dimensions[r].height = 24
# hospital code entered as a number (the office's own habit: numeric cell, shown as 10 digits)
ws["D9"].value = int(V["hospitalCode"])
ws["D9"].number_format = "0"
ws["D9"].alignment = Alignment(horizontal="left", vertical="center")

# contacts: B merged vertically over three rows
contacts = [
    (14, "担当者①\n【必須】", "contact1"),
    (17, "担当者②\n【必須】", "contact2"),
    (20, "担当者③", "contact3"),
]
for r0, label, key in contacts:
    merge(f"B{r0}:B{r0 + 2}")
    put(f"B{r0}", label, fill=LABEL_FILL)
    for i, (sub, field) in enumerate([("所属・役職", "department"), ("氏名", "name"), ("Mail アドレス", "email")]):
        r = r0 + i
        box(f"C{r}:C{r}")
        put(f"C{r}", sub, fill=LABEL_FILL)
        merge(f"D{r}:G{r}")
        put(f"D{r}", V[f"{key}.{field}"])
        ws.row_dimensions[r].height = 22

# data use: mark ○ in the cell before the chosen option
merge("B23:C23")
put("B23", "サイバーセキュリティ調査における回答データの活用の可否(※)", size=9.5, fill=LABEL_FILL)
box("D23:G23")
put("D23", "○", h="center", size=12)
put("E23", "可", h="left", size=11)
put("F23", None, h="center")
put("G23", "不可", h="left", size=11)
ws.row_dimensions[23].height = 36

merge("B24:C24")
put("B24", "備考", fill=LABEL_FILL)
merge("D24:G24")
put("D24", V["remarks"], v="top")
ws.row_dimensions[24].height = 48

ws.merge_cells("B26:G26")
put("B26", "※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
           "により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも"
           "活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。"
           "（該当する方の左欄に○を記入）", size=8.5, v="top")
ws.row_dimensions[26].height = 58

ws.merge_cells("B28:G28")
put("B28", "【確認事項】支援の対象要件（該当しない方を消してください）", bold=True, size=10)
merge("B29:E29")
put("B29", "確認項目", h="center", fill=LABEL_FILL)
merge("F29:G29")
put("F29", "回答", h="center", fill=LABEL_FILL)
checks = [
    (30, "令和6年度に本事業の支援を受けていない", V["notSupportedBefore"]),
    (31, "電子カルテシステムを導入している", V["hasEhr"]),
    (32, "電子カルテシステムの更改等の予定がなく、令和8年1月までに現地調査を完了できる", V["surveyFeasible"]),
]
for r, label, ans in checks:
    merge(f"B{r}:E{r}")
    put(f"B{r}", label, size=9.5)
    merge(f"F{r}:G{r}")
    # printed as 「はい ・ いいえ」; the filler deleted the option that does not apply
    put(f"F{r}", ans, h="center")
    ws.row_dimensions[r].height = 30

ws.merge_cells("B34:G34")
put("B34", "※ 令和6年度に支援を受けた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため"
           "令和8年1月までに現地調査を完了できない病院は対象外です。", size=8.5, v="top")
ws.row_dimensions[34].height = 30

ws.print_area = "A1:H34"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.horizontalCentered = True
ws.sheet_view.showGridLines = False

wb.save(os.path.join(HERE, NAME + ".xlsx"))

expected = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": V,
    "planted": [],
    "notes": ("医療機関コード is a numeric cell (D9, number format 0), value "
              + CODE + ". 活用の可否: ○ written in D23, the cell before 「可」 (E23); 「不可」 (G23) has no mark. "
              "The three 確認事項 answers (F30:F32) were printed as 「はい・いいえ」 and the filler deleted 「いいえ」, leaving 「はい」. "
              "備考 contains a line break."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print(CODE)

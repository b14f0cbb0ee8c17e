#!/usr/bin/env python3
"""Generator: sr-w29-a-fax-print-merged-labels.xlsx (Kagawa-style FAX 回答様式, print layout).
Saved by openpyxl (needs a python with openpyxl; LibreOffice was not available on this machine)."""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave29/support-request"
NAME = "sr-w29-a-fax-print-merged-labels.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
gray = PatternFill("solid", fgColor="EDEDED")

for col, w in {"A": 2, "B": 16, "C": 14, "D": 18, "E": 18, "F": 18, "G": 2}.items():
    ws.column_dimensions[col].width = w

ws["F1"] = "（別紙）"
ws["F1"].alignment = Alignment(horizontal="right")
ws["B2"] = "（送付先　香川県医務国保課医療企画Ｇ宛　ＦＡＸ　087-806-0248）"
ws["B2"].font = Font(size=9)
ws.merge_cells("B4:F5")
ws["B4"] = "「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式"
ws["B4"].alignment = center
ws["B4"].font = Font(size=13, bold=True)
ws.row_dimensions[4].height = 22
ws.row_dimensions[5].height = 22
ws.merge_cells("B7:F7")
ws["B7"] = "当病院は、当該事業の支援を希望します。"
ws["B7"].font = Font(size=11, bold=True)

def label(rng, text):
    ws.merge_cells(rng)
    c = ws[rng.split(":")[0]]
    c.value = text
    c.alignment = wrap
    c.fill = gray

def value(rng, v):
    ws.merge_cells(rng)
    c = ws[rng.split(":")[0]]
    c.value = v
    c.alignment = wrap

r = 9
simple = [
    ("医療機関コード", "0123450"),            # 7-digit code only (郡市区+番号+検証)
    ("病院名（正式名称）", "医療法人社団　玉藻会　たまも記念病院"),
    ("郵便番号", "〒761-8073"),
    ("住所", "香川県高松市太田下町２１１４番地１"),
    ("電話番号", "087-867-5120 "),           # trailing space (habit)
]
for lab, v in simple:
    label(f"B{r}:C{r}", lab)
    value(f"D{r}:F{r}", v)
    ws.row_dimensions[r].height = 24
    r += 1

contacts = [
    ("担当者①\n【必須】", ("事務部　医療情報課　課長", "高松　健一", "k-takamatsu@tamamo-hp.or.jp")),
    ("担当者②\n【必須】", ("事務部　医療情報課　主任", "三木　由香", "y-miki@tamamo-hp.or.jp")),
    ("担当者③", ("診療情報管理室　室長", "大西　隆之", "t-onishi@tamamo-hp.or.jp")),
]
for lab, (dept, name, mail) in contacts:
    ws.merge_cells(f"B{r}:B{r+2}")
    ws[f"B{r}"] = lab
    ws[f"B{r}"].alignment = center
    ws[f"B{r}"].fill = gray
    for i, (sub, v) in enumerate([("所属・役職", dept), ("氏名", name), ("Mail アドレス", mail)]):
        ws[f"C{r+i}"] = sub
        ws[f"C{r+i}"].fill = gray
        ws[f"C{r+i}"].alignment = wrap
        value(f"D{r+i}:F{r+i}", v)
        ws.row_dimensions[r+i].height = 22
    r += 3

# 活用の可否: printed "□ 可" / "□ 不可"; the filler overtyped the box of 可 with ■
label(f"B{r}:C{r}", "サイバーセキュリティ調査における回答データの活用の可否(※)")
ws.row_dimensions[r].height = 36
ws[f"D{r}"] = "■ 可"
ws[f"E{r}"] = "□ 不可"
ws[f"D{r}"].alignment = center
ws[f"E{r}"].alignment = center
KAHI_ROW = r
r += 1
label(f"B{r}:C{r}", "備考")
value(f"D{r}:F{r}", "電子カルテ（令和3年導入）の更改予定はありません。\n現地調査は平日午後であれば対応可能です。")
ws.row_dimensions[r].height = 40
BIKO_ROW = r
r += 1

for row in ws.iter_rows(min_row=9, max_row=r-1, min_col=2, max_col=6):
    for c in row:
        c.border = box

r += 1
ws.merge_cells(f"B{r}:F{r+2}")
ws[f"B{r}"] = ("※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」"
               "により実施した実態調査の回答内容を当該事業でも活用させていただく可能性があり、ご了解いただける場合は「可」と、"
               "ご了解いただけない場合は「不可」と記載してください。")
ws[f"B{r}"].alignment = Alignment(wrap_text=True, vertical="top")
ws[f"B{r}"].font = Font(size=9)
r += 4

# second table on the same sheet: eligibility confirmation (不要な方を消してください)
ws.merge_cells(f"B{r}:F{r}")
ws[f"B{r}"] = "【確認事項】該当する方を残し、不要な方を消してください。"
ws[f"B{r}"].font = Font(bold=True)
r += 1
decl = [
    "令和6年度に本事業の支援を受けていない",
    "電子カルテシステムを導入している",
    "令和8年1月までに現地調査を完了できる（電子カルテシステム更改の予定がない）",
]
DECL_START = r
for i, q in enumerate(decl, 1):
    ws[f"B{r}"] = f"({i})"
    ws[f"B{r}"].alignment = center
    ws.merge_cells(f"C{r}:E{r}")
    ws[f"C{r}"] = q
    ws[f"C{r}"].alignment = wrap
    ws[f"F{r}"] = "はい"          # filler deleted 「・いいえ」 from the printed 「はい・いいえ」
    ws[f"F{r}"].alignment = center
    ws.row_dimensions[r].height = 30
    for col in "BCDEF":
        ws[f"{col}{r}"].border = box
    r += 1

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.print_area = f"A1:G{r}"

wb.save(os.path.join(OUT, NAME))
print("saved", NAME, "kahi row", KAHI_ROW, "biko row", BIKO_ROW, "decl", DECL_START)

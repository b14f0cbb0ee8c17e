#!/usr/bin/python3
"""sr-w3-b-label-in-cell: a hospital IT person's own entry sheet for the Kagawa 回答様式.
Labels and values share one cell (「項目：値」), contacts as a small table with the labels above,
a =TODAY() answer date saved by openpyxl without a cached value.
Planted: wrong check digit, 担当者② without Mail アドレス, 担当者③ only partly filled.
Regenerate: /usr/bin/python3 sr-w3-b-label-in-cell.py"""
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w3-b-label-in-cell"


def check_digit(n9):
    s = 0
    for i, ch in enumerate(reversed(n9)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)


PREF, TBL, GUN, NUM = "37", "1", "02", "3456"
GOOD = check_digit(PREF + TBL + GUN + NUM)
BAD = str((int(GOOD) + 3) % 10)           # planted: wrong check digit
CODE_WRITTEN = f"{PREF}-{TBL}-{GUN}-{NUM}-{BAD}"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
F = "游ゴシック"

wb = Workbook()
ws = wb.active
ws.title = "回答"
for col, w in {"A": 16, "B": 30, "C": 16, "D": 40}.items():
    ws.column_dimensions[col].width = w


def line(r, text, bold=False, size=11, fill=None, merge=True, height=None):
    if merge:
        ws.merge_cells(f"A{r}:D{r}")
    c = ws.cell(row=r, column=1, value=text)
    c.font = Font(name=F, bold=bold, size=size)
    c.alignment = Alignment(vertical="center", wrap_text=True)
    if fill:
        c.fill = PatternFill("solid", fgColor=fill)
    if height:
        ws.row_dimensions[r].height = height
    return c


line(1, "支援の希望調査に係る回答様式（当院入力用）", bold=True, size=14)
line(2, "※香川県からの照会（回答期限 令和7年2月28日）の回答様式を当院で入力用に作り直したもの。"
        "印刷して院長確認後にFAX送信（087-806-0248）。", size=9, fill="FFF2CC", height=30)
ws["A3"] = "回答日"
ws["B3"] = "=TODAY()"
ws["B3"].number_format = "yyyy/m/d"
ws["B3"].alignment = Alignment(horizontal="left")
line(4, "当病院は、当該事業の支援を希望します。", bold=True)

r = 6
for text in [
    f"医療機関コード：{CODE_WRITTEN}",
    "病院名（正式名称）：社会医療法人 瀬戸内会 瀬戸内記念病院",
    "郵便番号：763-0034",
    "住所：香川県丸亀市大手町三丁目5番2号",
    "電話番号：0877-22-5678",
]:
    c = line(r, text)
    for col in "ABCD":
        ws[f"{col}{r}"].border = box
    r += 1

r += 1  # 12
line(r, "担当者（①②は必須、③は任意）", bold=True)
r += 1  # 13
for col, h in zip("ABCD", ["担当者", "所属・役職", "氏名", "Mail アドレス"]):
    c = ws[f"{col}{r}"]
    c.value = h
    c.font = Font(name=F, bold=True)
    c.fill = PatternFill("solid", fgColor="DDEBF7")
    c.border = box
    c.alignment = Alignment(horizontal="center")
rows = [
    ("①【必須】", "事務局 情報管理課 係長", "坂出 誠", "m-sakaide@setouchi-kinen.example.jp"),
    ("②【必須】", "看護部 副看護部長", "宇多津 由美", None),       # planted: Mail missing
    ("③", None, "善通寺 健", None),                                  # planted: partial
]
for vals in rows:
    r += 1
    for col, v in zip("ABCD", vals):
        c = ws[f"{col}{r}"]
        c.value = v
        c.border = box
        c.font = Font(name=F)

r += 2  # 18
line(r, "サイバーセキュリティ調査における回答データの活用の可否(※)：可", height=20)
r += 1
line(r, "(※)実態調査（令和6年1月31日付け事務連絡）の回答内容を当該事業で活用することの可否。"
        "「可・不可」のうち該当しない方を消すこと。", size=8, height=24)
r += 2  # 21
line(r, "備考", bold=True)
r += 1
line(r, "令和6年度は支援対象に選定されず。\n電子カルテは令和3年導入（次回更改は令和10年予定）。", height=36)
for col in "ABCD":
    ws[f"{col}{r}"].border = box

r += 2
line(r, "■ 対象要件（○/×）", bold=True)
for q, a in [
    ("令和6年度に本事業の支援を受けていない", "○"),
    ("電子カルテシステムを導入している", "○"),
    ("令和8年1月までに現地調査を完了できる", "○"),
]:
    r += 1
    ws.merge_cells(f"A{r}:C{r}")
    ws[f"A{r}"] = q
    ws[f"D{r}"] = a
    ws[f"D{r}"].alignment = Alignment(horizontal="center")
    for col in "ABCD":
        ws[f"{col}{r}"].border = box

wb.save(os.path.join(HERE, NAME + ".xlsx"))
print("written code", CODE_WRITTEN, "correct check digit", GOOD)

#!/usr/bin/python3
"""sr-w18-b: hospital IT person's own questionnaire-style sheet (No. | 設問 | 小項目 | 回答) with an added
対象要件の確認 table (はい/いいえ columns, レ marks), 活用の可否 as ○ beside 可 / 不可, 7-digit hyphenated code,
full-width phone, 〒 in postal code. Re-saved by LibreOffice.
Planted: 担当者② Mailアドレス blank; 担当者③ only 氏名 filled (all-or-nothing)."""
import json, os, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "sr-w18-b-questionnaire-with-eligibility-checks"

def luhn(nine):
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return str((10 - s % 10) % 10)

nine = "371020843"
CODE10 = nine + luhn(nine)
CODE7_WRITTEN = f"{CODE10[3:5]}-{CODE10[5:9]}-{CODE10[9]}"

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
hfill = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook(); ws = wb.active; ws.title = "回答"
for col, w in zip("ABCDEFG", (6, 34, 14, 6, 10, 6, 10)):
    ws.column_dimensions[col].width = w
ws["A1"] = "「医療機関におけるサイバーセキュリティ確保事業」支援希望調査　回答票"
ws["A1"].font = Font(size=13, bold=True)
ws["A2"] = "香川県健康福祉部医務国保課医療企画G 宛（FAX 087-806-0248）"
ws["A3"] = "当病院は、当該事業の支援を希望します。"; ws["A3"].font = Font(bold=True)

hr = 5
for col, t in zip("ABC", ("No.", "設問", "小項目")):
    ws[f"{col}{hr}"] = t
ws.merge_cells(f"D{hr}:G{hr}"); ws[f"D{hr}"] = "回答"
for col in "ABCDEFG":
    ws[f"{col}{hr}"].fill = hfill; ws[f"{col}{hr}"].border = B; ws[f"{col}{hr}"].font = Font(bold=True)
    ws[f"{col}{hr}"].alignment = Alignment(horizontal="center")

cells = {}
r = hr + 1
def qa(no, q, sub, val, key):
    global r
    ws[f"A{r}"] = no; ws[f"B{r}"] = q; ws[f"C{r}"] = sub
    ws.merge_cells(f"D{r}:G{r}")
    if val is not None:
        ws[f"D{r}"] = val
    ws[f"D{r}"].alignment = Alignment(wrap_text=True, vertical="center")
    for col in "ABCDEFG":
        ws[f"{col}{r}"].border = B
    ws[f"A{r}"].alignment = Alignment(horizontal="center", vertical="center")
    cells[key] = f"D{r}"
    r += 1

qa(1, "医療機関コード", "", CODE7_WRITTEN, "hospitalCode")
qa(2, "病院名（正式名称）", "", "医療法人 飯山会 丸亀飯野山病院", "hospitalName")
qa(3, "郵便番号", "", "〒763-0082", "postalCode")
qa(4, "住所", "", "香川県丸亀市土器町東八丁目512番地", "address")
qa(5, "電話番号", "", "０８７７－２２－５１８０", "phoneNumber")
contacts = [
    (6, "担当者①【必須】", ("総務課 情報システム係長", "松浦 翔", "sho.matsuura@iinoyama-hp.jp"), "contact1"),
    (7, "担当者②【必須】", ("総務課長", "宮武 由紀子", None), "contact2"),          # planted: email blank
    (8, "担当者③", (None, "真鍋 大輔", None), "contact3"),                          # planted: only name
]
for no, lab, vals, key in contacts:
    start = r
    for sub, v, f in zip(("所属・役職", "氏名", "Mailアドレス"), vals, ("department", "name", "email")):
        qa(None, None, sub, v, f"{key}.{f}")
    ws.merge_cells(f"A{start}:A{r-1}"); ws[f"A{start}"] = no
    ws.merge_cells(f"B{start}:B{r-1}"); ws[f"B{start}"] = lab
    ws[f"B{start}"].alignment = Alignment(vertical="center")
# 活用の可否: ○ beside the chosen option
ws[f"A{r}"] = 9
ws[f"B{r}"] = "サイバーセキュリティ調査における回答データの活用の可否（※）\n該当に○"
ws[f"B{r}"].alignment = Alignment(wrap_text=True, vertical="center")
ws[f"D{r}"] = "○"; ws[f"E{r}"] = "可"; ws[f"F{r}"] = None; ws[f"G{r}"] = "不可"
for col in "ABCDEFG":
    ws[f"{col}{r}"].border = B
for col in "DEFG":
    ws[f"{col}{r}"].alignment = Alignment(horizontal="center", vertical="center")
ws.row_dimensions[r].height = 34
r += 1
qa(10, "備考", "", "現地調査の日程は、外来診療の少ない木曜午後を希望します。", "remarks")
ws.row_dimensions[r - 1].height = 30

r += 1
ws[f"A{r}"] = "※ 国の実態調査（令和6年1月31日付け事務連絡）で回答した内容を当該事業で活用することを了解する場合は「可」、了解しない場合は「不可」。"
ws[f"A{r}"].font = Font(size=9)
r += 2
ws[f"A{r}"] = "【対象要件の確認】該当する欄に「レ」を記入"; ws[f"A{r}"].font = Font(bold=True)
r += 1
hdr2 = r
ws[f"A{r}"] = "No."; ws.merge_cells(f"B{r}:C{r}"); ws[f"B{r}"] = "確認事項"
ws.merge_cells(f"D{r}:E{r}"); ws[f"D{r}"] = "はい"; ws.merge_cells(f"F{r}:G{r}"); ws[f"F{r}"] = "いいえ"
for col in "ABCDEFG":
    ws[f"{col}{r}"].fill = hfill; ws[f"{col}{r}"].border = B
    ws[f"{col}{r}"].alignment = Alignment(horizontal="center")
r += 1
checks = [
    ("令和6年度に本事業の支援を受けていない", "notSupportedBefore"),
    ("電子カルテシステムを導入している", "hasEhr"),
    ("令和8年1月までに現地調査を完了できる（電子カルテ更改の予定なし）", "surveyFeasible"),
]
for i, (t, key) in enumerate(checks):
    ws[f"A{r}"] = i + 1
    ws.merge_cells(f"B{r}:C{r}"); ws[f"B{r}"] = t
    ws[f"B{r}"].alignment = Alignment(wrap_text=True, vertical="center")
    ws.merge_cells(f"D{r}:E{r}"); ws[f"D{r}"] = "レ"
    ws.merge_cells(f"F{r}:G{r}")
    for col in "ABCDEFG":
        ws[f"{col}{r}"].border = B
    ws[f"A{r}"].alignment = Alignment(horizontal="center", vertical="center")
    ws[f"D{r}"].alignment = Alignment(horizontal="center", vertical="center")
    ws.row_dimensions[r].height = 30
    r += 1
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 1; ws.page_setup.fitToWidth = 1

tmp = tempfile.mkdtemp()
raw = os.path.join(tmp, NAME + ".xlsx"); wb.save(raw)
od = os.path.join(tmp, "lo"); os.makedirs(od)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", od, raw],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(od, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmp)

V = {
    "hospitalCode": CODE10,
    "hospitalName": "医療法人 飯山会 丸亀飯野山病院",
    "postalCode": "763-0082",
    "address": "香川県丸亀市土器町東八丁目512番地",
    "phoneNumber": "0877-22-5180",
    "contact1": {"department": "総務課 情報システム係長", "name": "松浦 翔", "email": "sho.matsuura@iinoyama-hp.jp"},
    "contact2": {"department": "総務課長", "name": "宮武 由紀子"},
    "contact3": {"name": "真鍋 大輔"},
    "dataUse": "可",
    "remarks": "現地調査の日程は、外来診療の少ない木曜午後を希望します。",
    "notSupportedBefore": "はい",
    "hasEhr": "はい",
    "surveyFeasible": "はい",
}
S = "回答"
exp = {"form": "support-request", "version": "R6", "file": NAME + ".xlsx", "values": V,
       "planted": [
           {"cells": [f"{S}!{cells['contact2.email']}"], "paths": ["contact2.email"],
            "why": "担当者②【必須】: Mailアドレス left blank (all three fields of ①② are required)"},
           {"cells": [f"{S}!{cells['contact3.department']}", f"{S}!{cells['contact3.email']}"],
            "paths": ["contact3.department", "contact3.email"],
            "why": "担当者③ only 氏名 filled; ③ is all-or-nothing (所属・役職 and Mailアドレス missing)"},
       ],
       "notes": f"医療機関コード written as the 7-digit form with hyphens ({CODE7_WRITTEN}); the address is in 香川県, so it "
                f"expands to {CODE10} (37 + 点数表番号 1). Phone written full-width (０８７７－２２－５１８０). "
                "Postal code written with 〒. 活用の可否: ○ in D beside 可 (E); 不可 in G unmarked. "
                "対象要件の確認 table: レ in the はい column for all three → はい. LibreOffice re-save."}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)

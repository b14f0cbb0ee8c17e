#!/usr/bin/python3
"""ins-w24-b: the hospital IT office's own 提出書類チェック表 for the CD-R handed to the health centre:
header as '項目：値' single cells (提出日 in R-era text), a file-name column, document 2 split into one row per vendor
(2-1, 2-2, 2-3), 提出 answered 有 / 未作成, a COUNTIF total saved by openpyxl without a cached value,
a note row added below the table."""
import json
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

FOLDER = "/work/blind/wave24/inspection-documents"
NAME = "ins-w24-b-hospital-file-list-vendor-rows"
OUT = f"{FOLDER}/{NAME}.xlsx"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "提出書類一覧"
for col, w in zip("ABCDE", [6, 40, 44, 9, 32]):
    ws.column_dimensions[col].width = w
ws["A1"] = "立入検査　サイバーセキュリティ対策関連書類　提出書類チェック表"
ws["A1"].font = Font(size=13, bold=True)
FAC = "社会医療法人清流会 清流記念病院"
ws["A3"] = f"医療機関名：{FAC}"
ws["A4"] = "提出日：R6.11.8"
ws["A5"] = "担当：情報システム室　森下（内線 2315）"
for r in (3, 4, 5):
    ws.merge_cells(f"A{r}:C{r}")

hdr = ["No.", "書類名", "ファイル名", "提出", "備考"]
for c, t in zip("ABCDE", hdr):
    ws[f"{c}7"] = t
    ws[f"{c}7"].border = B; ws[f"{c}7"].alignment = CEN
    ws[f"{c}7"].fill = PatternFill("solid", fgColor="D9D9D9"); ws[f"{c}7"].font = Font(bold=True)

# (No. shown, kind, name, fileName, 提出 cell, remarks, canonical submission)
docs = [
 ("1", "1", "チェックリスト（医療機関確認用）", "01_チェックリスト_医療機関確認用_R6.xlsx", "有", None, "SUBMITTED"),
 ("2-1", "2", "チェックリスト（事業者確認用）電子カルテ", "02-1_事業者確認用_電子カルテ_吉備メディカル.xlsx", "有", "吉備メディカルソリューション㈱", "SUBMITTED"),
 ("2-2", "2", "チェックリスト（事業者確認用）医事会計", "02-2_事業者確認用_医事会計_ニシキ電算.pdf", "有", "㈱ニシキ電算", "SUBMITTED"),
 ("2-3", "2", "チェックリスト（事業者確認用）PACS", "02-3_事業者確認用_PACS_山陽医療情報.xlsx", "有", "山陽医療情報サービス㈱", "SUBMITTED"),
 ("3", "3", "チェックリスト（最低限の措置編）", None, None, None, None),
 ("4", "4", "機器管理台帳", "04_機器管理台帳_20241031.xlsx", "有", None, "SUBMITTED"),
 ("5", "5", "インシデント発生時の連絡体制図", None, "未作成", "作成中（12月完成予定）", "NOT_CREATED"),
 ("6", "6", "ネットワーク構成図及びシステム全体構成図", "06_ネットワーク構成図.pdf", "有", "システム全体構成図も同ファイルに含む", "SUBMITTED"),
 ("7", "7", "サイバー攻撃を想定したBCP", None, "未作成", "R7年度策定予定", "NOT_CREATED"),
]
r = 8
documents = []
rowof = {}
for no, kind, name, fn, sub, rem, canon in docs:
    for c, v in zip("ABCDE", [no, name, fn, sub, rem]):
        ws[f"{c}{r}"] = v
        ws[f"{c}{r}"].border = B
        ws[f"{c}{r}"].alignment = CEN if c in "AD" else WRAP
    d = {"kind": kind}
    if canon: d["submission"] = canon
    if fn: d["fileName"] = fn
    if rem: d["remarks"] = rem
    documents.append(d)
    rowof[no] = r
    r += 1
last = r - 1
ws[f"C{r}"] = "提出ファイル数"
ws[f"D{r}"] = f'=COUNTIF(D8:D{last},"有")'
ws[f"C{r}"].alignment = Alignment(horizontal="right")
ws[f"A{r+2}"] = "※ CD-R 1枚に格納して保健所へ持参（立入検査当日）"
ws.merge_cells(f"A{r+2}:E{r+2}")
wb.save(OUT)

sh = ws.title
exp = {
  "form": "inspection-documents", "version": "R6", "file": f"{NAME}.xlsx",
  "values": {"facilityName": FAC, "submittedOn": "2024-11-08", "documents": documents},
  "planted": [
    {"cells": [f"{sh}!D{rowof['3']}", f"{sh}!C{rowof['3']}"], "paths": ["documents[4].submission"],
     "why": "document 3 チェックリスト（最低限の措置編） has no answer at all (提出 and ファイル名 blank); it is one of the documents the notice asks to be submitted"},
    {"cells": [f"{sh}!D{rowof['5']}"], "paths": ["documents[6].submission"],
     "why": "document 5 インシデント発生時の連絡体制図 is 未作成; the notice requires it (「提出してください」, unlike 6 and 7 which are only 'if made')"},
  ],
  "notes": ("Header fields are '項目：値' in one cell; 提出日 written 'R6.11.8'. Document 2 is split into one row per vendor "
            "(No. 2-1/2-2/2-3), each a documents[] entry with kind '2'. 提出 '有' = SUBMITTED, '未作成' = NOT_CREATED. "
            "Doc 7 BCP 未作成 is allowed (optional). The 担当 line (A5) has no key. The total in D17 is a COUNTIF formula "
            "saved by openpyxl without a cached value; the CD-R note below the table is not data. documents[4] (doc 3) "
            "is listed with its kind only because its answer was left blank on purpose."),
}
with open(f"{FOLDER}/{NAME}.expected.json", "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", rowof, "total row", r)

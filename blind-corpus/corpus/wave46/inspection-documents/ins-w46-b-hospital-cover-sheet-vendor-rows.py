#!/usr/bin/python3
# Generator: a hospital IT person's own cover sheet for the 立入検査 document package.
# Header as "項目：値" in one cell (提出日 in 和暦 text), status chosen from a dropdown fed by a hidden
# sheet, document 2 split into one row per vendor/system, a second (reference) table of vendors below.
# Planted: 4 機器管理台帳 marked 未作成 (required document); 5 連絡体制図 status left blank.
import sys, json, os
sys.path.insert(0, "/tmp/clvins-py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w46-b-hospital-cover-sheet-vendor-rows"
SHEET = "提出書類一覧"

facility = "社会医療法人 旭水会 旭台病院"
WORD = {"SUBMITTED": "提出", "NOT_CREATED": "未作成", "NOT_SUBMITTED": "作成済（今回提出しない）", None: None}
# (number label, kind, title, status, file, remarks)
docs = [
    ("1", "1", "チェックリスト（医療機関確認用）", "SUBMITTED", "1_医療機関確認用チェックリスト_R6.xlsx", None),
    ("2-①", "2", "チェックリスト（事業者確認用）　電子カルテ", "SUBMITTED", "2-1_事業者確認用_電子カルテ.pdf",
     "㈱メディネット・ソリューションズ"),
    ("2-②", "2", "チェックリスト（事業者確認用）　医事会計システム", "SUBMITTED", "2-2_事業者確認用_医事会計.pdf",
     "㈱システムクリエイト山陽"),
    ("2-③", "2", "チェックリスト（事業者確認用）　PACS", "SUBMITTED", "2-3_事業者確認用_PACS.pdf",
     "山陽画像システム㈱　12/2受領"),
    ("3", "3", "チェックリスト（最低限の措置編）", "SUBMITTED", "3_最低限の措置編.xlsx", None),
    ("4", "4", "機器管理台帳", "NOT_CREATED", None, "現在作成中（事業者に依頼済）"),  # planted
    ("5", "5", "インシデント発生時の連絡体制図", None, None, None),                  # planted: blank
    ("6", "6", "ネットワーク構成図及びシステム全体構成図", "NOT_SUBMITTED", None,
     "院内限定資料のため立入検査当日に閲覧で対応"),
    ("7", "7", "サイバー攻撃を想定した事業継続計画（BCP）", "SUBMITTED", "7_BCP（サイバー攻撃編）.pdf", None),
]

wb = Workbook(); ws = wb.active; ws.title = SHEET
lists = wb.create_sheet("選択肢")
for i, v in enumerate(["提出", "未作成", "作成済（今回提出しない）"], 1):
    lists[f"A{i}"] = v
lists.sheet_state = "hidden"

thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="FCE4D6")
for k, v in {"A": 8, "B": 44, "C": 22, "D": 36, "E": 36}.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "立入検査 提出書類チェック表（サイバーセキュリティ対策関係）"
ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "医療機関名：" + facility
ws["A4"] = "提出日：令和6年12月3日"
ws["D3"] = "担当：情報システム室　岡田"
ws["A5"] = "（県医療推進課 別紙1「サイバーセキュリティ対策関連書類一覧」に対応）"
ws["A5"].font = Font(size=9, color="595959")

ws.append([])
hr = 7
for c, t in zip("ABCDE", ["番号", "書類名", "提出区分", "ファイル名", "備考"]):
    ws[f"{c}{hr}"] = t; ws[f"{c}{hr}"].fill = head; ws[f"{c}{hr}"].border = box
    ws[f"{c}{hr}"].font = Font(bold=True); ws[f"{c}{hr}"].alignment = Alignment(horizontal="center")

dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$3", allow_blank=True)
ws.add_data_validation(dv)

documents, planted = [], []
r = hr + 1
for label, kind, title, status, fname, rem in docs:
    ws[f"A{r}"] = label; ws[f"B{r}"] = title
    if status: ws[f"C{r}"] = WORD[status]
    if fname: ws[f"D{r}"] = fname
    if rem: ws[f"E{r}"] = rem
    dv.add(f"C{r}")
    for c in "ABCDE":
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].alignment = Alignment(vertical="center", wrap_text=True,
                                            horizontal="center" if c in "AC" else None)
    d = {"kind": kind}
    if status: d["submission"] = status
    if fname: d["fileName"] = fname
    if rem: d["remarks"] = rem
    i = len(documents)
    if kind == "4":
        planted.append({"cells": [f"{SHEET}!C{r}"], "paths": [f"documents[{i}].submission"],
                        "why": "機器管理台帳 (書類4) は必須の提出書類で「未作成」は不備（「作成していれば提出」は6・7のみ）"})
    if kind == "5":
        planted.append({"cells": [f"{SHEET}!C{r}"], "paths": [f"documents[{i}].submission"],
                        "why": "インシデント発生時の連絡体制図 (書類5) の提出区分が空欄（必須の回答漏れ）"})
    documents.append(d)
    r += 1

# second table: reference list of contracted vendors (not part of the form's fields)
r += 2
ws[f"A{r}"] = "【参考】医療情報システム委託事業者一覧（事業者確認用チェックリスト回収状況）"
ws[f"A{r}"].font = Font(bold=True)
r += 1
for c, t in zip("ABCD", ["No", "システム名", "事業者名", "チェックリスト受領日"]):
    ws[f"{c}{r}"] = t; ws[f"{c}{r}"].fill = head; ws[f"{c}{r}"].border = box
vendors = [("1", "電子カルテ", "株式会社メディネット・ソリューションズ", "11/15"),
           ("2", "医事会計システム", "株式会社システムクリエイト山陽", "11/20"),
           ("3", "PACS（画像管理）", "山陽画像システム株式会社", "12/2")]
for v in vendors:
    r += 1
    for c, t in zip("ABCD", v):
        ws[f"{c}{r}"] = t; ws[f"{c}{r}"].border = box

ws.freeze_panes = "A8"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
    "values": {"facilityName": facility, "submittedOn": "2024-12-03", "documents": documents},
    "planted": planted,
    "notes": ("Header as '医療機関名：値' / '提出日：令和6年12月3日' (text) in one cell. 提出区分 words: 提出 -> SUBMITTED, "
              "未作成 -> NOT_CREATED, 作成済（今回提出しない） -> NOT_SUBMITTED; dropdown list on the hidden sheet 選択肢. "
              "Document 2 is split into three rows (2-①/2-②/2-③, one per system), each kind '2'; the system name is part of "
              "the 書類名 cell, the vendor name is in 備考. The row for document 5 is listed with kind only (status left blank on "
              "purpose). The table under 【参考】 (vendor list with receipt dates) is a second, reference table and not documents[]. "
              "'担当：情報システム室　岡田' in D3 has no key."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", NAME)

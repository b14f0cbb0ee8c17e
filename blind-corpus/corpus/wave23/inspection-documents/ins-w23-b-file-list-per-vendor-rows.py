# Generator: ins-w23-b-file-list-per-vendor-rows.xlsx  (inspection-documents, R6, 2 planted problems)
# Role: hospital 情報システム担当 keeps its own submission list: one row per file, vendor checklists split per vendor,
# dropdown answers from a hidden list sheet, header as 「項目：値」 cells, 和暦 text date.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w23-b-file-list-per-vendor-rows"
SHEET = "提出書類一覧"
HOSP = "医療法人 桃花会 総社さくら病院"
CANON = {"提出する": "SUBMITTED", "未作成": "NOT_CREATED", "作成済・提出しない": "NOT_SUBMITTED", None: None}

# (No. shown, kind, 書類名 shown, 提出区分, ファイル名, 備考)
ROWS = [
 ("１", 1, "チェックリスト（医療機関確認用）", "提出する", "01_チェックリスト_医療機関確認用_R6.xlsx", None),
 ("２－１", 2, "チェックリスト（事業者確認用）\n電子カルテ", "提出する", "02-1_事業者確認用_電子カルテ_メディネクスト.xlsx", "株式会社メディネクスト岡山"),
 ("２－２", 2, "チェックリスト（事業者確認用）\n医事会計（レセコン）", "提出する", "02-2_事業者確認用_レセコン.pdf", "吉備システムサービス株式会社"),
 ("２－３", 2, "チェックリスト（事業者確認用）\n院内ネットワーク保守", "提出する", "02-3_事業者確認用_ネットワーク.pdf", "西日本ネットサポート株式会社"),
 ("３", 3, "チェックリスト（最低限の措置編）", None, "03_チェックリスト_最低限の措置編.xlsx", None),       # PLANT 1: 提出区分 blank
 ("４", 4, "機器管理台帳", "提出する", "04_機器管理台帳_2024.11.xlsx", None),
 ("５", 5, "インシデント発生時の連絡体制図", "未作成", None, "現在作成中（12月中完成予定）"),             # PLANT 2: required doc not made
 ("６", 6, "ネットワーク構成図及びシステム全体構成図", "提出する", "06_ネットワーク構成図.pdf", None),
 ("７", 7, "サイバー攻撃を想定した事業継続計画（BCP）", "提出する", "07_BCP_サイバー攻撃編_R6.10.pdf", "令和6年10月理事会承認"),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SHEET
for k, v in {"A": 8, "B": 34, "C": 18, "D": 46, "E": 30}.items():
    ws.column_dimensions[k].width = v
ws["A1"] = "サイバーセキュリティ対策関連書類一覧（立入検査提出用）"
ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = f"医療機関名：{HOSP}"
ws["A4"] = "提出日：令和6年12月3日"
ws["A5"] = "担当：事務部 情報システム係　藤原"
ws["A7"] = "※提出区分はプルダウンから選択。ファイルはCD-Rに格納して保健所へ提出。"
ws["A7"].font = Font(size=9)

HR = 9
for c, t in enumerate(["No.", "書類名", "提出区分", "ファイル名", "備考"], 1):
    cell = ws.cell(HR, c, t); cell.border = B; cell.alignment = ctr; cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor="DDEBF7")

lst = wb.create_sheet("リスト")
for i, t in enumerate(["提出する", "未作成", "作成済・提出しない"], 1):
    lst.cell(i, 1, t)
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$3", allow_blank=True)
ws.add_data_validation(dv)

docs, planted = [], []
r = HR + 1
first = r
for i, (no, kind, name, sub, fn, rem) in enumerate(ROWS):
    for c, v in enumerate([no, name, sub, fn, rem], 1):
        cell = ws.cell(r, c, v); cell.border = B
        cell.alignment = ctr if c in (1, 3) else wrap
    dv.add(f"C{r}")
    ws.row_dimensions[r].height = 32
    d = {"kind": str(kind)}
    if sub: d["submission"] = CANON[sub]
    if fn: d["fileName"] = fn
    if rem: d["remarks"] = rem
    docs.append(d)
    if kind == 3:
        planted.append({"cells": [f"{SHEET}!C{r}"], "paths": [f"documents[{i}].submission"],
                        "why": "提出区分が未選択（必須の回答が空欄）"})
    if kind == 5:
        planted.append({"cells": [f"{SHEET}!C{r}"], "paths": [f"documents[{i}].submission"],
                        "why": "5 インシデント発生時の連絡体制図は必須書類（「作成していれば」は6・7のみ）なのに未作成"})
    r += 1
last = r - 1
ws.cell(r + 1, 3, "提出ファイル数").alignment = Alignment(horizontal="right")
ws.cell(r + 1, 4, f'=COUNTIF(C{first}:C{last},"提出する")')
ws.cell(r + 1, 4).alignment = Alignment(horizontal="left")
ws.freeze_panes = f"A{HR+1}"

wb.save(os.path.join(HERE, NAME + ".xlsx"))

exp = {"form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
       "values": {"facilityName": HOSP, "submittedOn": "2024-12-03", "documents": docs},
       "planted": planted,
       "notes": ("Hospital's own list, one row per file: document 2 appears as three rows (２－１, ２－２, ２－３), one per vendor, each kind '2'. "
                 "No. written full-width. Header as 「項目：値」 in one cell; 提出日 is text 令和6年12月3日; 担当 line is not a field. "
                 "提出区分 is a dropdown fed from hidden sheet リスト (提出する/未作成/作成済・提出しない). "
                 "D below the table is a COUNTIF formula saved by openpyxl without cached value (not a field). "
                 "Row ３ has a file name but no 提出区分 (planted).")}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", planted)

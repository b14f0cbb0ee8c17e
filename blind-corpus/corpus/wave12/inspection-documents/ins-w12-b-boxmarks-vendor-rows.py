#!/usr/bin/python3
# Generator: ins-w12-b-boxmarks-vendor-rows.xlsx
# A hospital clerk's printable "提出書類チェック表" (covering sheet handed to the 保健所): spacer columns,
# header values in the label cell (医療機関名：…, 提出日：令和6年12月3日 as text), each status cell pre-printed
# "□提出　□未作成　□作成済・未提出" with the chosen box turned into ■, the vendor checklist split into
# rows 2-1 / 2-2 / 2-3 (one per system, 〃 in the name), and a second table (担当者連絡先) below on the
# same sheet. Written by openpyxl, re-saved by LibreOffice.
# Planted: No.3 left with no box marked; No.5 (a document the list requires) marked 未作成.
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave12/inspection-documents"
NAME = "ins-w12-b-boxmarks-vendor-rows"
HOSP = "医療法人和光会　西大寺みなと病院"
OPTS = [("提出", "SUBMITTED"), ("未作成", "NOT_CREATED"), ("作成済・未提出", "NOT_SUBMITTED")]

def marks(choice):
    return "　".join(("■" if o == choice else "□") + o for o, _ in OPTS)

# (No. shown, kind, name, choice or None, 備考)
DOCS = [
    ("1", 1, "チェックリスト（医療機関確認用）", "提出", None),
    ("2-1", 2, "チェックリスト（事業者確認用）\n　電子カルテシステム", "提出", "株式会社せとうち医療システム"),
    ("2-2", 2, "　〃　医事会計システム（レセコン）", "提出", "ミナト情報サービス株式会社"),
    ("2-3", 2, "　〃　医用画像管理システム（PACS）", "提出", "吉備メディカルソリューションズ株式会社"),
    ("3", 3, "チェックリスト（最低限の措置編）", None, None),                       # PLANTED: no box marked
    ("4", 4, "機器管理台帳", "提出", "R6.11.29時点"),
    ("5", 5, "インシデント発生時の連絡体制図", "未作成", "事業者と調整中"),        # PLANTED: required doc not made
    ("6", 6, "ネットワーク構成図及びシステム全体構成図\n（※作成していれば提出）", "提出", None),
    ("7", 7, "サイバー攻撃を想定した事業継続計画（BCP）\n（※作成していれば提出）", "作成済・未提出", "院内で案を検討中のため今回は提出しない"),
]

thin = Side(style="thin"); med = Side(style="medium")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
GRAY = PatternFill("solid", fgColor="D9D9D9")
FN = "ＭＳ 明朝"

wb = Workbook()
ws = wb.active
ws.title = "提出書類チェック表"
for col, w in zip("ABCDEFG", [2, 6, 40, 1.5, 36, 30, 2]):
    ws.column_dimensions[col].width = w

ws.merge_cells("B2:F2")
ws["B2"] = "サイバーセキュリティ対策関連書類　提出チェック表"
ws["B2"].font = Font(name=FN, size=14, bold=True); ws["B2"].alignment = CEN
ws.merge_cells("B3:F3")
ws["B3"] = "（令和6年度医療機関立入検査（サイバーセキュリティ対策関係）支援事業　別紙1関係）"
ws["B3"].font = Font(name=FN, size=9); ws["B3"].alignment = CEN

for r, t in [(5, "医療機関名：" + HOSP), (6, "提出日：令和6年12月3日"), (7, "提出先：備前保健所（立入検査時）")]:
    ws.merge_cells(f"B{r}:E{r}")
    ws[f"B{r}"] = t; ws[f"B{r}"].font = Font(name=FN, size=11)
    for col in "BCDE":
        ws[f"{col}{r}"].border = Border(bottom=thin)

ws.merge_cells("B9:F9")
ws["B9"] = "※提出状況は該当する□を■に変えてください。事業者確認用チェックリストは事業者（システム）ごとに1行ずつ記入。"
ws["B9"].font = Font(name=FN, size=9)

for col, t in zip("BCDEF", ["No.", "書類の名称", None, "提出状況", "備考"]):
    c = ws[f"{col}10"]; c.value = t; c.font = Font(name=FN, size=10, bold=True); c.alignment = CEN; c.fill = GRAY
    c.border = Border(left=thin, right=thin, top=med, bottom=thin)
ws.row_dimensions[10].height = 22

docs, rowof = [], []
for i, (no, kind, name, choice, rem) in enumerate(DOCS):
    r = 11 + i
    vals = {"B": no, "C": name, "D": None, "E": marks(choice), "F": rem}
    for col, v in vals.items():
        c = ws[f"{col}{r}"]; c.value = v; c.border = BOX
        c.font = Font(name=FN, size=10 if col != "F" else 9)
        c.alignment = CEN if col == "B" else LEFT
    ws.row_dimensions[r].height = 34 if "\n" in name else 24
    d = {"kind": kind}
    if choice: d["submission"] = dict(OPTS)[choice]
    if rem: d["remarks"] = rem
    docs.append(d); rowof.append(r)
last = 11 + len(DOCS) - 1

# second table on the same sheet: contact person
t2 = last + 3
ws.merge_cells(f"B{t2}:F{t2}")
ws[f"B{t2}"] = "【担当者連絡先】"; ws[f"B{t2}"].font = Font(name=FN, size=10, bold=True)
for j, (lab, val) in enumerate([("所属・職名", "事務部　医事課　主任"), ("氏名", "岡田　真由美"),
                                ("電話番号", "086-942-3170（内線215）"), ("メールアドレス", "iji@saidaiji-minato.example.jp")]):
    r = t2 + 1 + j
    ws.merge_cells(f"B{r}:C{r}")
    ws[f"B{r}"] = lab; ws[f"B{r}"].fill = GRAY; ws[f"B{r}"].font = Font(name=FN, size=10)
    ws.merge_cells(f"E{r}:F{r}")
    ws[f"E{r}"] = val; ws[f"E{r}"].font = Font(name=FN, size=10)
    for col in "BCDEF":
        ws[f"{col}{r}"].border = BOX

ws.print_area = f"A1:G{t2+5}"
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.sheet_view.showGridLines = False

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmp)

SH = "提出書類チェック表"
exp = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": HOSP, "submittedOn": "2024-12-03", "documents": docs},
    "planted": [
        {"cells": [f"{SH}!E{rowof[4]}"], "paths": ["documents[4].submission"],
         "why": "No.3 チェックリスト（最低限の措置編）の提出状況が未選択（□のまま）。1～5は提出を求められている書類で回答が必要"},
        {"cells": [f"{SH}!E{rowof[6]}"], "paths": ["documents[6].submission"],
         "why": "No.5 インシデント発生時の連絡体制図が「未作成」。別紙1では1～5は必須（「作成していれば」は6・7のみ）"},
    ],
    "notes": ("Status cells hold all three options with the chosen one as ■ (■提出 → SUBMITTED, ■未作成 → NOT_CREATED, "
              "■作成済・未提出 → NOT_SUBMITTED). Vendor checklists are three rows No. 2-1/2-2/2-3, all kind 2 (names after the "
              "first use 〃); their 備考 hold the vendor names. 提出日 is text 「提出日：令和6年12月3日」 in one cell with its "
              "label, as is 医療機関名. Row 7 提出先 and the 担当者連絡先 table below the list have no keys. Column D is a "
              "blank spacer. documents[4] (No.3, nothing marked) is listed with its kind only, no submission. "
              "Re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok")

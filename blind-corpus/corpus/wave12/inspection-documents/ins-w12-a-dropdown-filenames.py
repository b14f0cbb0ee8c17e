#!/usr/bin/python3
# Generator: ins-w12-a-dropdown-filenames.xlsx
# The prefecture's 別紙1 table kept as published (No. | 書類の名称 | 提出にあたっての注意点) with three columns
# added for the hospital: 提出の有無 (drop-down from a hidden リスト sheet), ファイル名, 備考.  提出日 is an Excel
# date shown in 和暦; the three vendor checklists share one row with their file names on separate lines.
# Saved by openpyxl. No planted problem.
import datetime as dt, json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave12/inspection-documents"
NAME = "ins-w12-a-dropdown-filenames"
HOSP = "社会医療法人　吉備高原記念病院"
SUBMITTED = dt.date(2024, 11, 20)
OPT = {"提出する": "SUBMITTED", "未作成": "NOT_CREATED", "作成済（提出しない）": "NOT_SUBMITTED"}

DOCS = [
    (1, "チェックリスト（医療機関確認用）",
     "令和6年度版のチェックリスト様式を使用。記入に当たっては「チェックリストマニュアル」を参照。",
     "提出する", "01_チェックリスト（医療機関確認用）_R6.xlsx", None),
    (2, "チェックリスト（事業者確認用）",
     "上記と同じ。ネットワークを構成するすべての医療情報システムの委託事業者に記入・提出を求めること（事業者ごと又はシステムごと）。",
     "提出する",
     "02-1_事業者確認用_電子カルテ_せとうち医療システム.xlsx\n02-2_事業者確認用_医事会計_ミナト情報サービス.xlsx\n02-3_事業者確認用_PACS_吉備メディカル.xlsx",
     "委託事業者3社分（システムごとに作成）"),
    (3, "チェックリスト（最低限の措置編）",
     "別添の様式を使用。「サイバー攻撃リスク低減のための最低限の措置」を参照。",
     "提出する", "03_チェックリスト（最低限の措置編）.xlsx", None),
    (4, "機器管理台帳",
     "情報機器（サーバーやPC）、ルータ等を記載した台帳。書式はマニュアル2-(1)を参照。",
     "提出する", "04_機器管理台帳_20241115時点.xlsx", None),
    (5, "インシデント発生時の連絡体制図",
     "サイバーセキュリティの連絡体制を記載したもの。書式はマニュアル3-(1)を参照。",
     "提出する", "05_インシデント発生時連絡体制図.pdf", None),
    (6, "ネットワーク構成図及びシステム全体構成図",
     "作成していれば提出。ガイドライン第6.0版 企画管理編4.4、システム運用編2②を参照。",
     "提出する", "06_ネットワーク構成図.pdf", "システム全体構成図はネットワーク構成図に併記"),
    (7, "サイバー攻撃を想定した事業継続計画（BCP）",
     "作成していれば提出。「サイバー攻撃を想定した事業継続計画（BCP）策定の確認表」を参照。",
     "未作成", None, "令和7年3月策定予定（確認表で検討中）"),
]

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
HEAD = PatternFill("solid", fgColor="E2EFDA"); INPUT = PatternFill("solid", fgColor="FFF2CC")
FN = "ＭＳ Ｐゴシック"

wb = Workbook()
ws = wb.active
ws.title = "提出書類一覧"
for col, w in zip("ABCDEF", [5, 30, 46, 18, 44, 28]):
    ws.column_dimensions[col].width = w

ws["A1"] = "別紙1"; ws["A1"].font = Font(name=FN, size=10)
ws.merge_cells("A2:F2")
ws["A2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求める\nサイバーセキュリティ対策関連書類一覧"
ws["A2"].font = Font(name=FN, size=13, bold=True); ws["A2"].alignment = CEN
ws.row_dimensions[2].height = 36

hdr = [(4, "医療機関名", HOSP, None), (5, "提出日", SUBMITTED, '[$-ja-JP-x-gannen]ggge"年"m"月"d"日";@'),
       (6, "立入検査実施保健所", "備中保健所", None)]
for r, lab, val, fmt in hdr:
    ws.merge_cells(f"A{r}:B{r}")
    ws[f"A{r}"] = lab; ws[f"A{r}"].font = Font(name=FN, size=10, bold=True); ws[f"A{r}"].fill = HEAD
    ws[f"A{r}"].alignment = LEFT
    c = ws[f"C{r}"]; c.value = val; c.font = Font(name=FN, size=11); c.fill = INPUT; c.alignment = LEFT
    if fmt: c.number_format = fmt
    for col in "ABC":
        ws[f"{col}{r}"].border = BOX

ws.merge_cells("D4:F6")
ws["D4"] = ("※提出の有無欄はリストから選択してください（提出する／未作成／作成済（提出しない））。\n"
            "※6・7は作成していれば提出してください。\n※ファイルで提出する場合はファイル名を記入してください。")
ws["D4"].font = Font(name=FN, size=9); ws["D4"].alignment = LEFT

for col, t in zip("ABCDEF", ["No.", "書類の名称", "提出にあたっての注意点", "提出の有無\n（リストから選択）", "ファイル名", "備考"]):
    c = ws[f"{col}8"]; c.value = t; c.font = Font(name=FN, size=10, bold=True); c.alignment = CEN; c.fill = HEAD; c.border = BOX
ws.row_dimensions[8].height = 30

docs = []
for i, (no, name, note, sub, fname, rem) in enumerate(DOCS):
    r = 9 + i
    for col, v in zip("ABCDEF", [no, name, note, sub, fname, rem]):
        c = ws[f"{col}{r}"]; c.value = v; c.border = BOX
        c.font = Font(name=FN, size=9 if col in "CF" else 10)
        c.alignment = CEN if col in "AD" else LEFT
        if col in "DEF": c.fill = INPUT
    ws.row_dimensions[r].height = 58 if fname and "\n" in fname else 40
    d = {"kind": no, "submission": OPT[sub]}
    if fname: d["fileName"] = fname
    if rem: d["remarks"] = rem
    docs.append(d)

lst = wb.create_sheet("リスト")
for i, o in enumerate(OPT, 1):
    lst.cell(i, 1, o)
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="リスト!$A$1:$A$3", allow_blank=True,
                    showErrorMessage=True, errorTitle="入力エラー", error="リストから選択してください")
ws.add_data_validation(dv); dv.add("D9:D15")

ws.print_area = "A1:F16"
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": HOSP, "submittedOn": SUBMITTED.isoformat(), "documents": docs},
    "planted": [],
    "notes": ("提出日 C5 is an Excel date cell displayed in 和暦 (令和6年11月20日). 提出の有無 options: 提出する → SUBMITTED, "
              "未作成 → NOT_CREATED, 作成済（提出しない） → NOT_SUBMITTED (list on hidden sheet リスト). The three vendor "
              "checklists (kind 2) are one row with three file names separated by line breaks. C6 立入検査実施保健所 is an "
              "extra header with no key. Column C repeats the prefecture's 注意点 (abbreviated) and is not a value."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok")

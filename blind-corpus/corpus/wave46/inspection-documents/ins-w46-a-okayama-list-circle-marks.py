#!/usr/bin/python3
# Generator: 別紙1 サイバーセキュリティ対策関連書類一覧 as the prefecture office would hand it out
# (print layout, spacer column, notes column from the notice) and a hospital fills it with ○ in one of
# three status columns. No planted problem.
import sys, json, os, datetime as dt
sys.path.insert(0, "/tmp/clvins-py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w46-a-okayama-list-circle-marks"

facility = "医療法人 晴和会 きびの里病院"
submitted = dt.date(2024, 11, 12)
NOTE = "令和6年度版のチェックリスト様式を使用（マニュアル参照）"
docs = [
    ("1", "チェックリスト（医療機関確認用）", NOTE, "SUBMITTED", "01_チェックリスト（医療機関確認用）.pdf", None),
    ("2", "チェックリスト（事業者確認用）",
     "上記と同じ。すべての医療情報システムの委託事業者に記入・提出を求めること（事業者ごと又はシステムごと）",
     "SUBMITTED", "02_チェックリスト（事業者確認用）_3社分.pdf",
     "電子カルテ（㈱メディネット・ソリューションズ）\n医事会計（㈱システムクリエイト山陽）\nPACS（山陽画像システム㈱）の3社分"),
    ("3", "チェックリスト（最低限の措置編）", "別添のチェックリスト様式を使用", "SUBMITTED",
     "03_チェックリスト（最低限の措置編）.pdf", None),
    ("4", "機器管理台帳", "台帳の書式はマニュアル2-(1)を参照", "SUBMITTED", "04_機器管理台帳.xlsx", None),
    ("5", "インシデント発生時の連絡体制図", "連絡体制図の書式はマニュアル3-(1)を参照", "SUBMITTED",
     "05_インシデント発生時の連絡体制図.pdf", None),
    ("6", "ネットワーク構成図及びシステム全体構成図", "作成していれば提出", "SUBMITTED",
     "06_ネットワーク構成図.pdf", "システム全体構成図はネットワーク構成図に含めて作成"),
    ("7", "サイバー攻撃を想定した事業継続計画（BCP）", "作成していれば提出", "NOT_CREATED", None,
     "令和7年3月までに策定予定"),
]
COL = {"SUBMITTED": "F", "NOT_CREATED": "G", "NOT_SUBMITTED": "H"}

wb = Workbook(); ws = wb.active; ws.title = "別紙1"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="E7E6E6")
for k, v in {"A": 2, "B": 5, "C": 30, "D": 40, "E": 2, "F": 7, "G": 7, "H": 9, "I": 34, "J": 30}.items():
    ws.column_dimensions[k].width = v

ws["B1"] = "別紙1"
ws.merge_cells("B2:J2"); ws["B2"] = "サイバーセキュリティ対策関連書類一覧"
ws["B2"].font = Font(bold=True, size=14); ws["B2"].alignment = Alignment(horizontal="center")
ws.merge_cells("B3:J3")
ws["B3"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求めるサイバーセキュリティ対策関連書類一覧"
ws["B3"].alignment = Alignment(horizontal="center"); ws["B3"].font = Font(size=9)

ws.merge_cells("B5:C5"); ws["B5"] = "医療機関名"
ws.merge_cells("D5:I5"); ws["D5"] = facility
ws.merge_cells("B6:C6"); ws["B6"] = "提出日"
ws.merge_cells("D6:I6"); ws["D6"] = submitted; ws["D6"].number_format = '[$-411]ggge"年"m"月"d"日"'
ws["D6"].alignment = Alignment(horizontal="left")
ws.merge_cells("B7:C7"); ws["B7"] = "立入検査実施保健所"
ws.merge_cells("D7:I7"); ws["D7"] = "備中保健所"
for r in (5, 6, 7):
    for c in "BCDFGHI":
        ws[f"{c}{r}"].border = box
    ws[f"B{r}"].fill = grey

ws.merge_cells("B9:J9")
ws["B9"] = "※ 提出状況欄は該当するものに○を付けてください。6・7は作成している場合のみ提出してください。"
ws["B9"].font = Font(size=9)

ws.merge_cells("B10:B11"); ws["B10"] = "No."
ws.merge_cells("C10:C11"); ws["C10"] = "書類の名称"
ws.merge_cells("D10:D11"); ws["D10"] = "提出にあたっての注意点"
ws.merge_cells("F10:H10"); ws["F10"] = "提出状況"
ws["F11"] = "提出"; ws["G11"] = "未作成"; ws["H11"] = "作成済\n提出なし"
ws.merge_cells("I10:I11"); ws["I10"] = "提出ファイル名"
ws.merge_cells("J10:J11"); ws["J10"] = "備考"
for r in (10, 11):
    for c in "BCDFGHIJ":
        cell = ws[f"{c}{r}"]
        cell.border = box; cell.fill = grey; cell.font = Font(bold=True, size=10)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[11].height = 28

documents = []
r = 12
for kind, title, note, status, fname, rem in docs:
    ws[f"B{r}"] = int(kind); ws[f"C{r}"] = title; ws[f"D{r}"] = note
    ws[f"{COL[status]}{r}"] = "○"
    if fname: ws[f"I{r}"] = fname
    if rem: ws[f"J{r}"] = rem
    for c in "BCDFGHIJ":
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].alignment = Alignment(vertical="center", wrap_text=True,
                                            horizontal="center" if c in "BFGH" else None)
    ws[f"D{r}"].font = Font(size=9)
    ws.row_dimensions[r].height = 48 if rem and "\n" in rem else 32
    d = {"kind": kind, "submission": status}
    if fname: d["fileName"] = fname
    if rem: d["remarks"] = rem
    documents.append(d)
    r += 1

ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
    "values": {"facilityName": facility, "submittedOn": submitted.isoformat(), "documents": documents},
    "planted": [],
    "notes": ("Status is a ○ in one of three columns: 提出 -> SUBMITTED, 未作成 -> NOT_CREATED, 作成済・提出なし -> "
              "NOT_SUBMITTED. No. column holds numbers 1-7 (numeric cells); kind given as strings '1'..'7'. 提出日 is an Excel "
              "date cell displayed in 和暦 (令和6年11月12日). 立入検査実施保健所 is an extra header field with no key. The 注意点 "
              "column is pre-printed form text, not a remark. Document 2 remarks contain line breaks. Column E is an empty spacer."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", NAME)

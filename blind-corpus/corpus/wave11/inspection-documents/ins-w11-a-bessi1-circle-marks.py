#!/usr/bin/python3
# Generator for ins-w11-a-bessi1-circle-marks.xlsx (inspection-documents, R6, 2 planted problems)
# Role: Okayama prefecture 医療推進課 official who turned 別紙1 into an A4 landscape sheet: the notice's table
# (No. | 書類の名称 | 提出にあたっての注意点) reproduced as is, plus 提出状況 columns where the hospital puts ○,
# a 提出ファイル名 column and 備考; three pre-drawn sub-rows for No.2 (one per vendor / system).
# Filled by a hospital's 事務 staff; 提出日 typed as 和暦 text.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave11/inspection-documents"
NAME = "ins-w11-a-bessi1-circle-marks"
SHEET = "別紙1"

FACILITY = "医療法人 仁風会 高梁川リハビリテーション病院"
SUBMITTED_TEXT = "令和６年１１月５日"
SUBMITTED_ISO = "2024-11-05"
HOKENJO = "備中保健所"

NOTES = {
    1: "令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」(以下「マニュアル」という。)を参照してください。",
    2: "上記と同じ。なお、医療機関のネットワークを構成するすべての医療情報システム*（電子カルテ、レセプトコンピューター、医療機器など）の委託事業者に対し、漏れなくチェックリストの記入、提出を求めてください。（事業者ごと又はシステムごとにチェックリストを分けること）",
    3: "別添のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、（令和6年8月1日付け、事務連絡「医療機関等におけるサイバーセキュリティ対策の取組みについて」の別添「サイバー攻撃リスク低減のための最低限の措置」を参照してください。",
    4: "情報機器（サーバーやPC）、ルータ等のシステムやネットワークを構築する際に用いられる機器等を記載した台帳を提出してください。台帳の書式については、マニュアル2-(1)を参照してください。",
    5: "診療継続及び医療情報システムの復旧を迅速に行う目的でサイバーセキュリティの連絡体制を記載したものを提出してください。連絡体制図の書式については、マニュアル3-(1)を参照してください。",
    6: "システム全体構成図及びネットワーク構成図を作成していれば提出してください。構成図については、「医療情報システムの安全管理に関するガイドライン第6.0版」▶企画管理編 4.4、▶システム運用編 2②を参照してください。",
    7: "サイバー攻撃を想定した事業継続計画(BCP)を作成していれば提出してください。BCPについては、令和6年6月6日付け、厚生労働省医政局特定医薬品開発支援・医療情報担当参事官室事務連絡「サイバー攻撃を想定した事業継続計画(BCP)策定の確認表」についてを参照してください。",
}
TITLES = {
    1: "チェックリスト\n（医療機関確認用）",
    2: "チェックリスト\n（事業者確認用）",
    3: "チェックリスト\n（最低限の措置編）",
    4: "機器管理台帳",
    5: "インシデント発生時の連絡体制図",
    6: "ネットワーク構成図及びシステム全体構成図",
    7: "サイバー攻撃を想定した事業継続計画（BCP）",
}
COLS = {"SUBMITTED": "E", "NOT_CREATED": "F", "NOT_SUBMITTED": "G"}

# document rows in sheet order: (kind, submission or None, fileName or None, remarks or None)
DOCS = [
    (1, "SUBMITTED", "01_チェックリスト_医療機関確認用.pdf", None),
    (2, "SUBMITTED", "02-1_事業者CL_電子カルテ.pdf", "①電子カルテ（株式会社メディネクスト）"),
    (2, "SUBMITTED", "02-2_事業者CL_医事会計.pdf", "②医事会計システム（山陽システム株式会社）"),
    (2, "SUBMITTED", "02-3_事業者CL_PACS.pdf", "③PACS（株式会社ウエストメディカルソリューションズ）"),
    (3, "SUBMITTED", "03_チェックリスト_最低限の措置編.pdf", None),
    (4, None, "04_機器管理台帳.xlsx", None),                                   # planted: no ○ at all
    (5, "NOT_CREATED", None, "作成中（12月中に院内決裁予定）"),               # planted: required doc not made
    (6, "SUBMITTED", "06_ネットワーク構成図.pdf", "システム全体構成図はネットワーク構成図に含む"),
    (7, "NOT_CREATED", None, None),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="D9D9D9")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
topwrap = Alignment(vertical="top", wrap_text=True)
FN = "ＭＳ ゴシック"

wb = Workbook()
ws = wb.active
ws.title = SHEET
ws.sheet_view.showGridLines = False
for k, v in {"A": 1.5, "B": 5, "C": 22, "D": 58, "E": 7, "F": 7, "G": 9, "H": 30, "I": 28, "J": 1.5}.items():
    ws.column_dimensions[k].width = v

ws["I1"] = "別紙1"
ws["I1"].alignment = Alignment(horizontal="right")
ws["I1"].font = Font(name=FN, size=11)
ws.merge_cells("B2:I2")
ws["B2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求めるサイバーセキュリティ対策関連書類一覧"
ws["B2"].font = Font(name=FN, size=13, bold=True)
ws["B2"].alignment = Alignment(horizontal="center")

labels = [(4, "医療機関名", FACILITY), (5, "提出日", SUBMITTED_TEXT), (6, "所管保健所", HOKENJO)]
for r, lab, val in labels:
    ws.merge_cells(f"B{r}:C{r}")
    ws[f"B{r}"] = lab
    ws.merge_cells(f"D{r}:E{r}")
    ws[f"D{r}"] = val
    for col in "BCDE":
        ws[f"{col}{r}"].border = B
        ws[f"{col}{r}"].font = Font(name=FN, size=10)
    for col in "BC":
        ws[f"{col}{r}"].fill = grey
    ws[f"B{r}"].alignment = center
    ws[f"D{r}"].alignment = wrap
ws.merge_cells("G4:I6")
ws["G4"] = ("※ 提出状況欄は、該当するものに○を付けてください。\n"
            "※ 書類の提出は任意ですが、6・7以外は作成のうえ提出をお願いします。\n"
            "※ 書類は立入検査の際に保健所へ提出してください。")
ws["G4"].font = Font(name=FN, size=8)
ws["G4"].alignment = topwrap

H1, H2 = 8, 9
ws.merge_cells(f"B{H1}:B{H2}"); ws[f"B{H1}"] = "No."
ws.merge_cells(f"C{H1}:C{H2}"); ws[f"C{H1}"] = "書類の名称"
ws.merge_cells(f"D{H1}:D{H2}"); ws[f"D{H1}"] = "提出にあたっての注意点"
ws.merge_cells(f"E{H1}:G{H1}"); ws[f"E{H1}"] = "提出状況（該当に○）"
ws[f"E{H2}"] = "提出"; ws[f"F{H2}"] = "未作成"; ws[f"G{H2}"] = "作成済\n(提出しない)"
ws.merge_cells(f"H{H1}:H{H2}"); ws[f"H{H1}"] = "提出ファイル名\n（電子データの場合）"
ws.merge_cells(f"I{H1}:I{H2}"); ws[f"I{H1}"] = "備考"
for r in (H1, H2):
    ws.row_dimensions[r].height = 24
    for col in "BCDEFGHI":
        c = ws[f"{col}{r}"]
        c.border = B
        c.fill = grey
        c.alignment = center
        c.font = Font(name=FN, size=9, bold=True)

r = H2 + 1
row_of = []
first_row_of_kind = {}
for kind, sub, fn, rem in DOCS:
    row_of.append(r)
    if kind not in first_row_of_kind:
        first_row_of_kind[kind] = r
        ws[f"B{r}"] = kind
        ws[f"C{r}"] = TITLES[kind]
        ws[f"D{r}"] = NOTES[kind]
    if sub:
        ws[f"{COLS[sub]}{r}"] = "○"
    if fn:
        ws[f"H{r}"] = fn
    if rem:
        ws[f"I{r}"] = rem
    for col in "BCDEFGHI":
        c = ws[f"{col}{r}"]
        c.border = B
        c.font = Font(name=FN, size=9)
        c.alignment = center if col in "BEFG" else wrap
    ws[f"D{r}"].font = Font(name=FN, size=8)
    ws.row_dimensions[r].height = 30 if kind == 2 else 60
    r += 1
# merge the No./name/note cells of the three No.2 sub-rows
r2 = [row_of[i] for i, d in enumerate(DOCS) if d[0] == 2]
for col in "BCD":
    ws.merge_cells(f"{col}{r2[0]}:{col}{r2[-1]}")
last = r - 1
ws[f"B{last+2}"] = ("※ 医療情報システム：医療機関等のレセプト作成用コンピュータ（レセコン）、電子カルテ、オーダリングシステム等"
                    "のほか、何らかの形で患者の情報を保有するコンピュータ等を含む（ガイドライン第6.0版Q&A Q5）。")
ws[f"B{last+2}"].font = Font(name=FN, size=8)

ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 1
ws.page_setup.fitToWidth = 1
ws.print_area = f"A1:J{last+2}"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

docs = []
for kind, sub, fn, rem in DOCS:
    d = {"kind": kind}
    if sub:
        d["submission"] = sub
    if fn:
        d["fileName"] = fn
    if rem:
        d["remarks"] = rem
    docs.append(d)
i4 = [i for i, d in enumerate(DOCS) if d[0] == 4][0]
i5 = [i for i, d in enumerate(DOCS) if d[0] == 5][0]
expected = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "facilityName": FACILITY,
        "submittedOn": SUBMITTED_ISO,
        "documents": docs,
    },
    "planted": [
        {"cells": [f"{SHEET}!E{row_of[i4]}", f"{SHEET}!F{row_of[i4]}", f"{SHEET}!G{row_of[i4]}"],
         "paths": [f"documents[{i4}].submission"],
         "why": "4 機器管理台帳: 提出状況に○が一つもない（ファイル名だけ記入）— 提出状況の回答漏れ"},
        {"cells": [f"{SHEET}!F{row_of[i5]}"],
         "paths": [f"documents[{i5}].submission"],
         "why": "5 インシデント発生時の連絡体制図が「未作成」— 6・7（作成していれば提出）と違い、1〜5は作成・提出が求められる書類"},
    ],
    "notes": (
        "Prefecture print layout of 別紙1. Submission is a ○ in one of three columns 提出 / 未作成 / 作成済(提出しない) "
        "(SUBMITTED / NOT_CREATED / NOT_SUBMITTED). No.2 has three pre-drawn sub-rows (B, C, D merged over them), "
        "one per vendor, all three filled: documents[1..3] all have kind 2 and the vendor/system is in 備考. "
        "提出日 is 和暦 text with full-width digits '令和６年１１月５日'. The 所管保健所 cell (備中保健所) has no key "
        "in the key list and is not in values. Document 4's row has a file name but no ○ (planted), so its object "
        "has no submission. The long 提出にあたっての注意点 column is the prefecture's printed text, not an answer."
    ),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", row_of)

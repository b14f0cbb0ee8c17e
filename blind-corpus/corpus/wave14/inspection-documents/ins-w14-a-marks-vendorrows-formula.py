#!/usr/bin/python3
# Generator for ins-w14-a-marks-vendorrows-formula.xlsx
# Role: Okayama prefecture official drew 別紙1 as a print table (No. | 書類の名称 | 提出にあたっての注意点)
# with added columns for the hospital: 提出状況 as three ○-columns, ファイル名, 備考; header 医療機関名 / 提出日.
# The hospital's secretariat (医事課) filled it: ○ marks, one extra row per vendor for document 2 under a
# merged "2" cell, 提出日 as a real Excel date, and a COUNTIF total at the bottom (openpyxl: no cached value).
# No planted problem.
import json
import os
import datetime
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave14/inspection-documents"
NAME = "ins-w14-a-marks-vendorrows-formula"
SHEET = "別紙1"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
F = "ＭＳ 明朝"

HOSP = "医療法人社団 旭川会 吉備中央病院"
SUBMITTED = datetime.date(2024, 11, 12)

NOTE1 = ("令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を使用すること。"
         "記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照。")
NOTE2 = ("上記と同じ。医療機関のネットワークを構成するすべての医療情報システム（電子カルテ、レセプトコンピューター、医療機器など）の"
         "委託事業者に対し、漏れなくチェックリストの記入、提出を求めること。（事業者ごと又はシステムごとにチェックリストを分けること）")
NOTE3 = "別添のチェックリスト様式を使用すること。（令和6年8月1日付け事務連絡「サイバー攻撃リスク低減のための最低限の措置」参照）"
NOTE4 = "情報機器（サーバーやPC）、ルータ等の機器等を記載した台帳。書式はマニュアル2-(1)を参照。"
NOTE5 = "サイバーセキュリティの連絡体制を記載したもの。書式はマニュアル3-(1)を参照。"
NOTE6 = "作成していれば提出。（安全管理ガイドライン第6.0版 企画管理編4.4、システム運用編2②参照）"
NOTE7 = "作成していれば提出。（令和6年6月6日付け事務連絡「サイバー攻撃を想定した事業継続計画(BCP)策定の確認表」参照）"

# (kind, label, note, [(status, fileName, remarks)])  status: SUBMITTED / NOT_CREATED / NOT_SUBMITTED
DOCS = [
    (1, "チェックリスト\n（医療機関確認用）", NOTE1,
     [("SUBMITTED", "01_チェックリスト（医療機関確認用）.xlsx", "")]),
    (2, "チェックリスト\n（事業者確認用）", NOTE2,
     [("SUBMITTED", "02-1_事業者確認用_電子カルテ.xlsx", "電子カルテ／株式会社せとうちメディカルシステム"),
      ("SUBMITTED", "02-2_事業者確認用_医事会計.xlsx", "レセコン（医事会計）／株式会社ビゼン情報サービス"),
      ("SUBMITTED", "02-3_事業者確認用_PACS.pdf", "PACS／吉備イメージング株式会社")]),
    (3, "チェックリスト\n（最低限の措置編）", NOTE3,
     [("SUBMITTED", "03_チェックリスト（最低限の措置編）.xlsx", "")]),
    (4, "機器管理台帳", NOTE4,
     [("SUBMITTED", "04_機器管理台帳.xlsx", "")]),
    (5, "インシデント発生時の\n連絡体制図", NOTE5,
     [("SUBMITTED", "05_連絡体制図.pdf", "")]),
    (6, "ネットワーク構成図及び\nシステム全体構成図", NOTE6,
     [("NOT_CREATED", "", "令和7年度に業者と作成予定")]),
    (7, "サイバー攻撃を想定した\n事業継続計画（BCP）", NOTE7,
     [("SUBMITTED", "07_BCP（サイバー攻撃編）.pdf", "令和6年9月策定")]),
]
STATUS_COL = {"SUBMITTED": 5, "NOT_CREATED": 6, "NOT_SUBMITTED": 7}


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for k, v in {"A": 5, "B": 20, "C": 44, "D": 1.5, "E": 6, "F": 6, "G": 8, "H": 34, "I": 26}.items():
        ws.column_dimensions[k].width = v

    ws["A1"] = "別紙1"
    ws["A1"].font = Font(name=F, size=10)
    ws.merge_cells("A2:I2")
    ws["A2"] = "サイバーセキュリティ対策関連書類一覧"
    ws["A2"].font = Font(name=F, size=14, bold=True)
    ws["A2"].alignment = CENTER
    ws.merge_cells("A3:I3")
    ws["A3"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求めるサイバーセキュリティ対策関連書類一覧"
    ws["A3"].font = Font(name=F, size=9)
    ws["A3"].alignment = CENTER

    ws.merge_cells("A5:B5")
    ws["A5"] = "医療機関名"
    ws.merge_cells("C5:G5")
    ws["C5"] = HOSP
    ws["H5"] = "提出日"
    ws["I5"] = SUBMITTED
    ws["I5"].number_format = 'yyyy"年"m"月"d"日"'
    for c in ("A5", "H5"):
        ws[c].fill = PatternFill("solid", fgColor="E2EFDA")
        ws[c].alignment = CENTER
    for col in "ABCDEFGHI":
        ws[f"{col}5"].border = BOX
        ws[f"{col}5"].font = Font(name=F, size=11)

    # header rows 7-8
    ws.merge_cells("A7:A8"); ws["A7"] = "No."
    ws.merge_cells("B7:B8"); ws["B7"] = "書類の名称"
    ws.merge_cells("C7:D8"); ws["C7"] = "提出にあたっての注意点"
    ws.merge_cells("E7:G7"); ws["E7"] = "提出状況（該当欄に○）"
    ws["E8"] = "提出"; ws["F8"] = "未作成"; ws["G8"] = "作成済\n提出せず"
    ws.merge_cells("H7:H8"); ws["H7"] = "ファイル名"
    ws.merge_cells("I7:I8"); ws["I7"] = "備考\n（事業者名・システム名等）"
    for r in (7, 8):
        for c in range(1, 10):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.alignment = CENTER
            cell.fill = PatternFill("solid", fgColor="E2EFDA")
            cell.font = Font(name=F, size=10, bold=True)
    ws.row_dimensions[8].height = 28

    docs = []
    r = 9
    first_row = r
    for kind, label, note, subs in DOCS:
        n = len(subs)
        if n > 1:
            ws.merge_cells(start_row=r, start_column=1, end_row=r + n - 1, end_column=1)
            ws.merge_cells(start_row=r, start_column=2, end_row=r + n - 1, end_column=2)
        ws.merge_cells(start_row=r, start_column=3, end_row=r + n - 1, end_column=4)
        ws.cell(r, 1, kind)
        ws.cell(r, 2, label)
        ws.cell(r, 3, note)
        for i, (st, fn, rem) in enumerate(subs):
            rr = r + i
            ws.cell(rr, STATUS_COL[st], "○")
            if fn:
                ws.cell(rr, 8, fn)
            if rem:
                ws.cell(rr, 9, rem)
            for c in range(1, 10):
                cell = ws.cell(rr, c)
                cell.border = BOX
                cell.font = Font(name=F, size=9 if c == 3 else 10)
                cell.alignment = CENTER if c in (1, 5, 6, 7) else WRAP
            ws.row_dimensions[rr].height = 40 if n > 1 else 62
            d = {"kind": kind, "submission": st}
            if fn:
                d["fileName"] = fn
            if rem:
                d["remarks"] = rem
            docs.append(d)
        r += n
    last_row = r - 1

    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(r, 1, "提出書類数（○の数）").alignment = Alignment(horizontal="right", vertical="center")
    ws.cell(r, 5, f'=COUNTIF(E{first_row}:E{last_row},"○")').alignment = CENTER
    for c in range(1, 10):
        ws.cell(r, c).border = BOX
        ws.cell(r, c).font = Font(name=F, size=10)
    r += 2
    for t in ["※ 書類は立入検査の際に保健所へ提出してください（電子データの場合はCD-R等に格納）。",
              "※ 2 チェックリスト（事業者確認用）は事業者ごと又はシステムごとに行を追加して記入してください。",
              "※ 問い合わせ先　岡山県保健医療部医療推進課医事班　TEL 086-226-7403（直通）"]:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1, t).font = Font(name=F, size=9)
        r += 1

    ws.print_area = f"A1:I{r}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(os.path.join(OUT, NAME + ".xlsx"))

    expected = {
        "form": "inspection-documents",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {
            "facilityName": HOSP,
            "submittedOn": SUBMITTED.isoformat(),
            "documents": docs,
        },
        "planted": [],
        "notes": ("提出状況 is a ○ in one of three columns: 提出 -> SUBMITTED, 未作成 -> NOT_CREATED, 作成済提出せず -> "
                  "NOT_SUBMITTED. Document 2 has three rows (one per vendor/system) under merged No. '2' and merged "
                  "name/notes cells; each row is one documents[] entry with kind 2. kind is given as a JSON number. "
                  "提出日 is an Excel date cell. Column C 提出にあたっての注意点 is the prefecture's pre-printed text, "
                  "not a hospital answer. The total row holds =COUNTIF(...) saved by openpyxl without a cached "
                  "value (it would show 8); it is not a field. Footnotes below the table are not fields."),
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()

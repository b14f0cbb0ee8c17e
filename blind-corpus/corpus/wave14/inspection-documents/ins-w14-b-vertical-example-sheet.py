#!/usr/bin/python3
# Generator for ins-w14-b-vertical-example-sheet.xlsx
# Role: a 保健所 clerk turned 別紙1 into a one-page "提出票" for the hospitals of its area: a cover block
# whose labels and values share one cell (医療機関名：…, 提出日：令和6年12月3日 as text), then a
# transposed table (one COLUMN per document 1…7; rows 書類名 / 提出区分 / ファイル名 / 備考).
# The workbook carries a filled 記入例 sheet FIRST (for a fictitious ○○病院) that must be ignored; the real
# sheet is the second one.  The hospital's 情報システム担当 typed 提出区分 as words.
# Planted: 2 problems (see expected.json).
import json
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

OUT = "/work/blind/wave14/inspection-documents"
NAME = "ins-w14-b-vertical-example-sheet"
SHEET = "提出票"
EXSHEET = "記入例"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="top")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
F = "Meiryo UI"

NAMES = ["チェックリスト\n（医療機関確認用）", "チェックリスト\n（事業者確認用）", "チェックリスト\n（最低限の措置編）",
         "機器管理台帳", "インシデント発生時の\n連絡体制図", "ネットワーク構成図及び\nシステム全体構成図\n（作成していれば）",
         "サイバー攻撃を想定した\nBCP\n（作成していれば）"]

HOSP = "社会医療法人 青葉会 岡山青葉病院"
DATE_TEXT = "令和6年12月3日"
DATE_ISO = "2024-12-03"

# per document: (written 提出区分, canonical or None, fileName, remarks)
REAL = [
    ("提出する", "SUBMITTED", "1_医療機関確認用チェックリスト_R6.pdf", ""),
    ("提出する", "SUBMITTED", "2_事業者確認用チェックリスト（電子カルテ・検査システム）.pdf",
     "電子カルテ（株式会社ミナト情報）と臨床検査部門システム（ラボテック株式会社）の2社分を1ファイルにまとめました"),
    ("提出する", "SUBMITTED", "3_最低限の措置編.pdf", ""),
    ("提出する", "SUBMITTED", "4_機器管理台帳_20241129.xlsx", "端末PC 182台、サーバ 14台"),
    ("", None, "", ""),
    ("提出する", "SUBMITTED", "6_ネットワーク構成図.pdf", "システム全体構成図は電子カルテ業者作成のものを同封"),
    ("未作成", "NOT_CREATED", "", "BCP（サイバー攻撃編）は作成中　R7.3完成予定"),
]
EXAMPLE = [
    ("提出する", "1_医療機関確認用.pdf", ""),
    ("提出する", "2-1_事業者確認用（電子カルテ）.pdf\n2-2_事業者確認用（PACS）.pdf", "事業者ごとにファイルを分けること"),
    ("提出する", "3_最低限の措置編.pdf", ""),
    ("提出する", "4_機器管理台帳.xlsx", ""),
    ("提出する", "5_連絡体制図.pdf", ""),
    ("未作成", "", "作成していない場合は「未作成」"),
    ("提出しない", "", "作成済みだが提出しない場合"),
]


def draw(ws, hosp, date_text, rows, example=False):
    ws.column_dimensions["A"].width = 2
    ws.column_dimensions["B"].width = 16
    for i in range(7):
        ws.column_dimensions[get_column_letter(3 + i)].width = 19
    ws.merge_cells("B1:I1")
    ws["B1"] = ("【記入例】" if example else "") + "サイバーセキュリティ対策関連書類　提出票（別紙1）"
    ws["B1"].font = Font(name=F, size=14, bold=True, color="C00000" if example else "000000")
    ws.merge_cells("B3:F3")
    ws["B3"] = "医療機関名：" + hosp
    ws.merge_cells("G3:I3")
    ws["G3"] = "提出日：" + date_text
    ws.merge_cells("B4:F4")
    ws["B4"] = "立入検査実施保健所：" + ("○○保健所" if example else "岡山県備中保健所")
    ws.merge_cells("G4:I4")
    ws["G4"] = "担当者：" + ("○○課 ○○" if example else "情報システム室 藤井")
    for rr in (3, 4):
        for c in range(2, 10):
            ws.cell(rr, c).border = Border(bottom=thin)
            ws.cell(rr, c).font = Font(name=F, size=11)

    labels = ["書類番号", "書類の名称", "提出区分\n（提出する／未作成／提出しない）", "ファイル名", "備考"]
    top = 6
    for i, lab in enumerate(labels):
        cell = ws.cell(top + i, 2, lab)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.font = Font(name=F, size=10, bold=True)
        cell.alignment = CENTER
    for j in range(7):
        col = 3 + j
        ws.cell(top, col, j + 1)
        ws.cell(top + 1, col, NAMES[j])
        ws.cell(top, col).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.cell(top + 1, col).fill = PatternFill("solid", fgColor="DDEBF7")
        sub, fn, rem = rows[j][0], rows[j][-2], rows[j][-1]
        if sub:
            ws.cell(top + 2, col, sub)
        if fn:
            ws.cell(top + 3, col, fn)
        if rem:
            ws.cell(top + 4, col, rem)
        for i in range(5):
            cell = ws.cell(top + i, col)
            cell.border = BOX
            if cell.font is None or not cell.font.b:
                cell.font = Font(name=F, size=10, bold=(i < 2))
            cell.alignment = CENTER if i < 3 else WRAP
    for i in range(5):
        ws.cell(top + i, 2).border = BOX
    ws.row_dimensions[top + 1].height = 48
    ws.row_dimensions[top + 2].height = 30
    ws.row_dimensions[top + 3].height = 60
    ws.row_dimensions[top + 4].height = 90
    ws.merge_cells(start_row=top + 6, start_column=2, end_row=top + 6, end_column=9)
    ws.cell(top + 6, 2, "※ 1〜5は必ず提出してください。6・7は作成している場合に提出してください。"
            "2は事業者ごと又はシステムごとにファイルを分けてください。").font = Font(name=F, size=9)
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    return top


def build():
    wb = Workbook()
    ex = wb.active
    ex.title = EXSHEET
    draw(ex, "医療法人○○会 ○○病院", "令和6年○月○日", EXAMPLE, example=True)
    ex.sheet_properties.tabColor = "C00000"

    ws = wb.create_sheet(SHEET)
    top = draw(ws, HOSP, DATE_TEXT, REAL)
    wb.active = 1

    wb.save(os.path.join(OUT, NAME + ".xlsx"))

    docs = []
    for j, (written, canon, fn, rem) in enumerate(REAL):
        d = {"kind": j + 1}
        if canon:
            d["submission"] = canon
        if fn:
            d["fileName"] = fn
        if rem:
            d["remarks"] = rem
        docs.append(d)

    c2 = get_column_letter(3 + 1)   # document 2 column
    c5 = get_column_letter(3 + 4)   # document 5 column
    expected = {
        "form": "inspection-documents",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {
            "facilityName": HOSP,
            "submittedOn": DATE_ISO,
            "documents": docs,
        },
        "planted": [
            {"cells": [f"{SHEET}!{c2}{top+3}", f"{SHEET}!{c2}{top+4}"],
             "paths": ["documents[1].fileName"],
             "why": ("書類2 チェックリスト（事業者確認用）: 2事業者（電子カルテ・臨床検査部門システム）分を1ファイルにまとめている。"
                     "別紙1は「事業者ごと又はシステムごとにチェックリストを分けること」と求める")},
            {"cells": [f"{SHEET}!{c5}{top+2}"],
             "paths": ["documents[4].submission"],
             "why": "書類5 インシデント発生時の連絡体制図: 提出区分が空欄（必須書類 1〜5 の回答漏れ）"},
        ],
        "notes": ("Sheet order: '記入例' (filled example for ○○病院, must be ignored) then '提出票' (the real "
                  "submission, active sheet). Transposed table: one column per document (C=1 … I=7); rows 6 番号, "
                  "7 書類の名称, 8 提出区分, 9 ファイル名, 10 備考. Header values share the cell with their label "
                  "(医療機関名：…, 提出日：令和6年12月3日 as text). 立入検査実施保健所 and 担当者 have no key and are "
                  "not listed. 提出区分 typed: 提出する -> SUBMITTED, 未作成 -> NOT_CREATED. Document 5 is left "
                  "completely blank (only kind listed). kind is given as a JSON number."),
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()

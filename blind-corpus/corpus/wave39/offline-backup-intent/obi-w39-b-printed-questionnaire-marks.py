#!/usr/bin/env python3
"""obi-w39-b: prefecture-drawn printable Excel version of the offline-backup intent survey
(No. | 設問 | 回答欄 questionnaire, ○ marks beside options, 記入要領 sheet), filled by a hospital.
Planted: 患者数 over 3000; 問4 (意向) left unmarked.
Run: PYTHONPATH=/tmp/obi-pylib /usr/bin/python3 obi-w39-b-printed-questionnaire-marks.py"""
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "obi-w39-b-printed-questionnaire-marks.xlsx")

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
gray = PatternFill("solid", fgColor="D9D9D9")
pale = PatternFill("solid", fgColor="FFFFE0")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "回答票"

# columns: A spacer | B No. | C 回答欄(○) | D-G 設問/選択肢 | H spacer
for col, w in {"A": 2, "B": 6, "C": 8, "D": 20, "E": 20, "F": 20, "G": 18, "H": 2}.items():
    ws.column_dimensions[col].width = w

def boxed(r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = box

ws.merge_cells("B1:G1")
ws["B1"] = "オフラインバックアップ支援意向アンケート（回答票）"
ws["B1"].font = Font(size=14, bold=True)
ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:G3")
ws["B2"] = ("※ポータルシステムのWebアンケート（Microsoft Forms）にご回答いただく前に、院内での確認用として本票をご利用ください。"
            "「別紙5_各媒体におけるオフライン状態の定義」をご確認の上、該当する選択肢の回答欄に「○」を記入してください。")
ws["B2"].alignment = wrap
ws["B2"].font = Font(size=9)
ws.row_dimensions[2].height = 22
ws.row_dimensions[3].height = 22

# header of the Q&A table
ws["B5"], ws["C5"] = "No.", "回答欄"
ws.merge_cells("D5:G5")
ws["D5"] = "設問・選択肢"
for c in range(2, 8):
    ws.cell(5, c).fill = gray
    ws.cell(5, c).alignment = center
    ws.cell(5, c).font = Font(bold=True)
boxed(5, 2, 5, 7)

# 1. 病院名 (label and value in one cell, as the hospital typed it)
ws["B6"] = "１．"
ws.merge_cells("C6:G6")
ws["C6"] = "病院名：医療法人社団 緑風会 宇多津みどり病院"
ws["C6"].alignment = wrap
boxed(6, 2, 6, 7)
ws.row_dimensions[6].height = 24

# 2. 患者数
ws["B7"] = "２．"
ws.merge_cells("C7:G7")
ws["C7"] = ("患者数（Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数）"
            "【必須】1～3000の数値で記入")
ws["C7"].alignment = wrap
ws.row_dimensions[7].height = 30
ws.merge_cells("C8:D8")
ws["C8"] = 3520                      # PLANTED: over the survey's 1-3000 bound
ws["C8"].number_format = "#,##0"
ws["C8"].fill = pale
ws["C8"].alignment = center
ws["E8"] = "件"
boxed(7, 2, 8, 7)

def question(row, no, text, options, chosen):
    ws.cell(row, 2, no)
    ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=7)
    ws.cell(row, 3, text).alignment = wrap
    ws.row_dimensions[row].height = 30
    for k, opt in enumerate(options, 1):
        r = row + k
        ws.cell(r, 2, f"({k})").alignment = center
        mark = ws.cell(r, 3, "○" if k == chosen else None)
        mark.alignment = center
        mark.fill = pale
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
        ws.cell(r, 4, opt).alignment = wrap
        ws.row_dimensions[r].height = 28
    boxed(row, 2, row + len(options), 7)
    return row + len(options) + 1

r = 9
r = question(r, "３．", "現在の電子カルテのバックアップの状況について、当てはまるものを１つ選んでください。",
             ["既に電子カルテのオフラインバックアップを運用している（本事業の支援対象外）",
              "電子カルテベンダ等とオフラインバックアップの方針を検討中",
              "オフラインバックアップは未実施"], 3)          # rows 9-12, ○ at C12
r = question(r, "４．", "本事業による支援のご意向（１つ選択）",
             ["本事業で支援可能なサーバ・物品を新設する（調達は今年度内に可能）",
              "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
              "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
              "本事業での支援は不要"], None)                # rows 13-17 — PLANTED: left unmarked
r = question(r, "５．", "バックアップの保存先（希望する構成）",
             ["院内の物理媒体に保存",
              "外部クラウド環境に保存（サーバの新設は不要）"], 1)   # rows 18-20, ○ at C19

# 6. 備考
ws.cell(r, 2, "６．")
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=7)
ws.cell(r, 3, "その他・備考（ご質問等あれば）")
ws.merge_cells(start_row=r + 1, start_column=3, end_row=r + 3, end_column=7)
ws.cell(r + 1, 3, "サーバ室にNASがあり、電子カルテサーバと常時接続しています。\n"
                  "媒体の選定は打合せでご相談させてください。").alignment = Alignment(wrap_text=True, vertical="top")
ws.cell(r + 1, 3).fill = pale
boxed(r, 2, r + 3, 7)

ws.print_area = f"A1:H{r + 3}"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

# instructions sheet
ins = wb.create_sheet("記入要領")
ins.column_dimensions["A"].width = 12
ins.column_dimensions["B"].width = 90
lines = [
    ("記入要領", None),
    ("1", "回答欄には、該当する選択肢に「○」を１つだけ記入してください。"),
    ("2", "患者数は、Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数を、1から3000の間の数値で記入してください。"),
    ("3", "アンケートの回答結果により、事務局にて支援方針（支援A／支援B／支援C／報告のみ／対象外）を決定します。回答者が支援方針を記入する必要はありません。"),
    ("4", "既にオフラインバックアップを取得済の場合は、本事業での支援対象外となります。"),
    ("5", "電子カルテベンダ等と方針を検討中で、本事業での支援が不要な場合は、その旨ご回答ください（報告のみ）。"),
    ("6", "外部クラウド環境に保存する構成では、クラウド接続装置を院内に新設します（サーバの新設は不要）。"),
]
for i, (a, b) in enumerate(lines, 1):
    ins.cell(i, 1, a)
    ins.cell(i, 2, b).alignment = Alignment(wrap_text=True, vertical="top")
ins["A1"].font = Font(bold=True, size=12)

wb.active = 0
wb.save(OUT)
print(OUT)

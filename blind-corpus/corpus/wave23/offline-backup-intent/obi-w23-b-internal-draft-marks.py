#!/usr/bin/python3
"""Hospital IT person's internal draft (院内確認用) of the answers to
「オフラインバックアップ支援意向に関するアンケート」 before typing them into Microsoft Forms.
Print-style: spacer column A, No. | 設問 | 回答 table, options listed one per row with a ○ mark column,
approval (決裁) boxes, a hidden 選択肢 sheet feeding the mark cells' drop-down. Saved by openpyxl only.
Planted: 患者数 48,500 (bound is 1-3000); 問4 (支援の意向) left unmarked although 問3 = 実施していない."""
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w23-b-internal-draft-marks.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "回答内容"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head_fill = PatternFill("solid", fgColor="DDEBF7")

for col, w in {"A": 2, "B": 6, "C": 38, "D": 7, "E": 16, "F": 16, "G": 16, "H": 16, "I": 2}.items():
    ws.column_dimensions[col].width = w

ws.merge_cells("B2:H2")
ws["B2"] = "オフラインバックアップ支援意向に関するアンケート　回答内容（院内確認用）"
ws["B2"].font = Font(size=14, bold=True)
ws["B2"].alignment = Alignment(horizontal="center")
ws["B3"] = "※医療機関におけるサイバーセキュリティ確保事業。ポータル経由のWebアンケート（Microsoft Forms）へ入力する前に、院内で内容を確認するためのもの。回答期限 8/30"
ws["B3"].font = Font(size=9)

# approval boxes
for col, lab in zip("FGH", ["事務長", "課長", "担当"]):
    c = ws[f"{col}5"]
    c.value = lab
    c.alignment = center
    c.border = box
    ws[f"{col}6"].border = box
ws.row_dimensions[6].height = 42

ws["B5"] = "記入日：R6.8.26"
ws["B6"] = "担当：情報システム課　田中"

# table header
r = 8
ws.cell(r, 2, "No.")
ws.cell(r, 3, "設問")
ws.cell(r, 4, "回答")
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=8)
for c in range(2, 9):
    ws.cell(r, c).border = box
    ws.cell(r, c).fill = head_fill
    ws.cell(r, c).alignment = center
    ws.cell(r, c).font = Font(bold=True)


def frame(r1, r2, c1=2, c2=8):
    for rr in range(r1, r2 + 1):
        for cc in range(c1, c2 + 1):
            ws.cell(rr, cc).border = box


def free(row, no, q, value, fmt=None, height=None):
    ws.cell(row, 2, no).alignment = center
    ws.cell(row, 3, q).alignment = wrap
    ws.merge_cells(start_row=row, start_column=4, end_row=row, end_column=8)
    c = ws.cell(row, 4, value)
    c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="left")
    if fmt:
        c.number_format = fmt
    if height:
        ws.row_dimensions[row].height = height
    frame(row, row)


mark_cells = []


def choice(row, no, q, options, marked):
    n = len(options)
    ws.merge_cells(start_row=row, start_column=2, end_row=row + n - 1, end_column=2)
    ws.merge_cells(start_row=row, start_column=3, end_row=row + n - 1, end_column=3)
    ws.cell(row, 2, no).alignment = center
    ws.cell(row, 3, q).alignment = wrap
    for k, opt in enumerate(options):
        rr = row + k
        m = ws.cell(rr, 4, "○" if k == marked else None)
        m.alignment = center
        mark_cells.append(m.coordinate)
        ws.merge_cells(start_row=rr, start_column=5, end_row=rr, end_column=8)
        ws.cell(rr, 5, f"{k + 1}. {opt}").alignment = wrap
        ws.row_dimensions[rr].height = 20
    frame(row, row + n - 1)
    return row + n


r = 9
free(r, "1", "病院名を入力してください。", "社会医療法人　瀬戸内会　坂出みなと病院", height=22)
r += 1
free(r, "2", "患者数を入力してください。\n（Teams「00_医療機関データ」に表示されている患者情報数。1～3000の数値）",
     48500, fmt="#,##0", height=44)
r += 1
r = choice(r, "3", "現在の電子カルテのバックアップの状況\n（いずれか1つに○）",
           ["既に電子カルテのオフラインバックアップを運用している",
            "電子カルテベンダ等とオフラインバックアップの方針を検討中",
            "オフラインバックアップは実施していない"], marked=2)
q4_first = r
r = choice(r, "4", "本事業での支援の意向\n（3で「1」に○の場合は回答不要）",
           ["本事業で支援可能なサーバ・物品を新設する　※調達は今年度内に可能",
            "本事業で支援可能なサーバ・物品を新設する　※調達は次年度以降",
            "サーバは新設せず、既存設備に支援可能な媒体を接続する",
            "本事業での支援は不要（電子カルテベンダ等と検討中）"], marked=None)
q4_last = r - 1
r = choice(r, "5", "バックアップの保存先\n（4で「4」に○の場合は回答不要）\n※外部クラウドの場合サーバ新設は不要",
           ["院内の物理媒体に保存", "外部クラウド環境に保存"], marked=0)
ws.row_dimensions[r - 2].height = 30
ws.row_dimensions[r - 1].height = 30
free(r, "6", "その他ご意見・ご質問",
     "電子カルテの更新を令和7年度に予定しており、サーバ調達の時期は院内で調整中です。\n打合せの際にご相談させてください。",
     height=48)
r += 2
ws.cell(r, 2, "※選択式の設問は該当する選択肢の「回答」欄に○を付けてください（ドロップダウンから選択可）。")
ws.cell(r, 2).font = Font(size=9)
ws.cell(r + 1, 2, "※別紙5「各媒体におけるオフライン状態の定義」、別紙6「支援可能物品一覧」を確認のうえ回答。")
ws.cell(r + 1, 2).font = Font(size=9)

# hidden list sheet for the drop-down
lst = wb.create_sheet("選択肢")
lst["A1"] = "○"
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$1", allow_blank=True)
ws.add_data_validation(dv)
for c in mark_cells:
    dv.add(c)

ws.print_area = f"A1:I{r + 2}"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

out = os.path.join(HERE, NAME)
wb.save(out)
print("wrote", out, "q4 rows", q4_first, q4_last)

#!/usr/bin/python3
# Generator for obi-w9-a-print-marked-questionnaire.xlsx
# Role: a hospital's 情報システム室 staff member who copies the Microsoft Forms questions
# into an Excel sheet to get the answers approved (院内決裁) before typing them into Forms.
# Print-style: spacer column A, borders, 決裁欄, options listed row by row with a ○ marked
# in the 選択 column, storage answered with ■/□ in one cell, reference table below the form,
# a hidden list sheet. Saved by openpyxl. No planted problem.
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT_DIR = "/work/blind/wave9/offline-backup-intent"
NAME = "obi-w9-a-print-marked-questionnaire.xlsx"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="D9E1F2")
q_fill = PatternFill("solid", fgColor="F2F2F2")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
font = Font(name="ＭＳ Ｐゴシック", size=10)
bold = Font(name="ＭＳ Ｐゴシック", size=10, bold=True)

wb = Workbook()
ws = wb.active
ws.title = "回答票"

widths = {"A": 2, "B": 6, "C": 34, "D": 7, "E": 40, "F": 2}
for col, w in widths.items():
    ws.column_dimensions[col].width = w


def put(cell, value, f=font, al=wrap, border=None, fill=None):
    c = ws[cell]
    c.value = value
    c.font = f
    c.alignment = al
    if border:
        c.border = border
    if fill:
        c.fill = fill
    return c


def box_range(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box


# --- title block -------------------------------------------------------------
ws.merge_cells("B2:E2")
put("B2", "「オフラインバックアップ支援意向に関するアンケート」回答内容（院内確認用）",
    Font(name="ＭＳ Ｐゴシック", size=13, bold=True), Alignment(horizontal="center", vertical="center"))
ws.row_dimensions[2].height = 24
ws.merge_cells("B3:E3")
put("B3", "医療機関におけるサイバーセキュリティ確保事業（厚生労働省）／回答方法：ポータルシステム経由の Microsoft Forms"
    "（二次募集医療機関は8/30まで）")
ws.merge_cells("B4:E4")
put("B4", "※回答前に「別紙5_各媒体におけるオフライン状態の定義」「別紙6_オフラインバックアップ支援可能物品一覧」を確認のこと。"
    "\n※決裁後、本票の内容をそのまま Forms に入力する。")
ws.row_dimensions[4].height = 28

# 決裁欄 (print habit): right side, rows 6-7
put("B6", "起案日：令和6年8月20日", font, Alignment(vertical="center"))
put("B7", "起案者：情報システム室　香西", font, Alignment(vertical="center"))
ws.merge_cells("B6:C6")
ws.merge_cells("B7:C7")
put("D6", "院長", font, center, box, hdr_fill)
put("E6", "事務長　｜　情報システム室長", font, center, box, hdr_fill)
put("D7", "", font, center, box)
put("E7", "（済）　　　　｜　（済）", font, center, box)
ws.row_dimensions[7].height = 30

# --- questionnaire -------------------------------------------------------------
r = 9
put(f"B{r}", "No.", bold, center, box, hdr_fill)
put(f"C{r}", "設問", bold, center, box, hdr_fill)
put(f"D{r}", "選択", bold, center, box, hdr_fill)
put(f"E{r}", "回答", bold, center, box, hdr_fill)

# Q1 患者数 (Forms asks it first)
put("B10", "１", font, center, box)
put("C10", "患者数を入力してください。\n（Teams「00_医療機関データ」に表示されている患者情報数／1～3000の数値）", font, wrap, box)
put("D10", "－", font, center, box)
put("E10", "742件", font, Alignment(horizontal="left", vertical="center"), box)
ws.row_dimensions[10].height = 40

# Q2 病院名
put("B11", "２", font, center, box)
put("C11", "病院名を入力してください。（正式名称）", font, wrap, box)
put("D11", "－", font, center, box)
put("E11", "医療法人 緑風会 西讃なぎさ病院", font, wrap, box)
ws.row_dimensions[11].height = 22

# Q3 current state: options row by row, mark in D
put("B12", "３", font, center, box)
ws.merge_cells("B12:B15")
put("C12", "現在の電子カルテのオフラインバックアップの状況（１つ選択）", font, wrap, box, q_fill)
ws.merge_cells("C12:E12")
opts3 = [
    ("既にオフラインバックアップを取得済（運用中）", ""),
    ("電子カルテベンダ等とオフラインバックアップの方針を検討中", ""),
    ("未実施", "○"),
]
for i, (label, mark) in enumerate(opts3):
    rr = 13 + i
    put(f"C{rr}", f"{'ｱｲｳ'[i]}．{label}", font, wrap, box)
    put(f"D{rr}", mark, font, center, box)
    put(f"E{rr}", "", font, wrap, box)
ws["E13"].value = "※取得済の場合は本事業の支援対象外"
ws["E13"].font = Font(name="ＭＳ Ｐゴシック", size=8, color="808080")
box_range("B12:E15")

# Q4 intent
put("B16", "４", font, center, box)
ws.merge_cells("B16:B20")
put("C16", "本事業における支援の意向（１つ選択）", font, wrap, box, q_fill)
ws.merge_cells("C16:E16")
opts4 = [
    ("本事業で支援可能なサーバ・物品を新設する意向あり（年度内に調達可能）", ""),
    ("本事業で支援可能なサーバ・物品を新設する意向あり（調達は次年度以降）", ""),
    ("サーバの新設はせず、既存設備に本事業で支援可能な媒体を接続する", "○"),
    ("本事業での支援は不要（電子カルテベンダ等と方針検討中のため 等）", ""),
]
for i, (label, mark) in enumerate(opts4):
    rr = 17 + i
    put(f"C{rr}", f"{'ｱｲｳｴ'[i]}．{label}", font, wrap, box)
    put(f"D{rr}", mark, font, center, box)
    ws.row_dimensions[rr].height = 28
box_range("B16:E20")
# answer note written beside the chosen option (habit: comment in the 回答 column)
ws["E19"].value = "既存のバックアップサーバに媒体を追加する想定"

# Q5 storage: checkbox characters in one cell
put("B21", "５", font, center, box)
put("C21", "オフラインバックアップの保存先（希望）", font, wrap, box)
put("D21", "－", font, center, box)
put("E21", "■ 院内の物理媒体　　□ 外部クラウド", font, wrap, box)
ws.row_dimensions[21].height = 22

# Q6 備考
put("B22", "６", font, center, box)
put("C22", "備考（ご意見・ご質問等）", font, wrap, box)
put("D22", "－", font, center, box)
put("E22", "電子カルテ保守ベンダ（バックアップサーバ保守含む）と接続方法を確認中。\n打合せは9月中旬以降を希望します。",
    font, wrap, box)
ws.row_dimensions[22].height = 44

put("B24", "Forms入力日：8/28　　入力者：香西", font, Alignment(vertical="center"))
ws.merge_cells("B24:E24")

# --- reference table (second table on the same sheet; not an answer) ---------------
put("B26", "（参考）アンケート結果による支援方針（事業説明資料より転記）", bold, Alignment(vertical="center"))
ws.merge_cells("B26:E26")
put("B27", "方針", bold, center, box, hdr_fill)
ws.merge_cells("B27:C27")
put("D27", "概要", bold, center, box, hdr_fill)
ws.merge_cells("D27:E27")
ref = [
    ("支援A", "サーバ・物品を新設する意向あり、調達が年度内に可能（現地構築・設置まで支援）"),
    ("支援B", "サーバ・物品を新設する意向あり、調達は次年度以降（構築手順の提供）"),
    ("支援C", "サーバ新設の意向なし、既存設備に媒体を接続（計画策定を支援）"),
    ("報告のみ", "ベンダ等と方針検討中で支援不要（アンケート回答のみで完了）"),
    ("対象外", "既にオフラインバックアップの運用を開始済（アンケート回答のみで完了）"),
]
for i, (k, v) in enumerate(ref):
    rr = 28 + i
    put(f"B{rr}", k, font, center, box)
    ws.merge_cells(f"B{rr}:C{rr}")
    put(f"D{rr}", v, font, wrap, box)
    ws.merge_cells(f"D{rr}:E{rr}")
    ws.row_dimensions[rr].height = 26
box_range("B27:E32")

# --- hidden list sheet + validation on the mark column -------------------------------
lst = wb.create_sheet("list")
lst["A1"] = "○"
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="list!$A$1:$A$1", allow_blank=True)
ws.add_data_validation(dv)
dv.add("D13:D15")
dv.add("D17:D20")

# print setup
ws.print_area = "A1:F32"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.sheet_view.showGridLines = False

wb.save(os.path.join(OUT_DIR, NAME))
print("wrote", NAME)

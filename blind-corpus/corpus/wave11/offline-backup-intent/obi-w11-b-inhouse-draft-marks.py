#!/usr/bin/python3
# Generator for obi-w11-b-inhouse-draft-marks.xlsx
# Role: a hospital's 情報システム室 staff member who drafts the answers to the
# Microsoft Forms survey in Excel for 院内決裁 before typing them into Forms.
# Print layout (A4), questionnaire No.|設問|印|回答, options pre-printed with □ and
# the chosen one overwritten with ■, 和暦 date, a notes sheet and a hidden list sheet.
import os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave11/offline-backup-intent"
NAME = "obi-w11-b-inhouse-draft-marks.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "回答下書き"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

for col, w in {"A": 2, "B": 5, "C": 30, "D": 5, "E": 46, "F": 2, "G": 8, "H": 8, "I": 8}.items():
    ws.column_dimensions[col].width = w

# title block
ws.merge_cells("B1:E1")
ws["B1"] = "オフラインバックアップ支援意向に関するアンケート　回答内容（院内決裁用）"
ws["B1"].font = Font(bold=True, size=13)
ws.merge_cells("B2:E3")
ws["B2"] = ("※セキュリティ確保事業ポータルのWebアンケート（Microsoft Forms）へ入力する前の院内確認用です。\n"
            "　決裁後、情報システム室がFormsへ入力します（回答期限　8/30）。")
ws["B2"].alignment = wrap
ws["B2"].font = Font(size=9)

# 決裁欄 (stamp boxes) at the right
for col, lab in zip("GHI", ["院長", "事務長", "室長"]):
    ws[f"{col}1"] = lab
    ws[f"{col}1"].alignment = center
    ws[f"{col}1"].border = box
    ws.merge_cells(f"{col}2:{col}3")
    for r in (2, 3):
        ws[f"{col}{r}"].border = box
ws.row_dimensions[2].height = 24
ws.row_dimensions[3].height = 24

ws.merge_cells("B5:E5")
ws["B5"] = "作成日：令和6年8月20日　　作成：情報システム室　香西（内線 215）"
ws["B5"].font = Font(size=9)

# questionnaire header
for col, lab in zip("BCDE", ["No.", "設問", "印", "回答"]):
    c = ws[f"{col}7"]
    c.value = lab
    c.font = Font(bold=True)
    c.alignment = center
    c.fill = PatternFill("solid", fgColor="D9E1F2")
    c.border = box


def free_q(row, no, q, ans):
    ws[f"B{row}"] = no
    ws[f"C{row}"] = q
    ws.merge_cells(f"D{row}:E{row}")
    ws[f"D{row}"] = ans
    ws[f"B{row}"].alignment = center
    ws[f"C{row}"].alignment = wrap
    ws[f"D{row}"].alignment = wrap
    for col in "BCDE":
        ws[f"{col}{row}"].border = box


def choice_q(row, no, q, options, chosen):
    last = row + len(options) - 1
    ws.merge_cells(f"B{row}:B{last}")
    ws.merge_cells(f"C{row}:C{last}")
    ws[f"B{row}"] = no
    ws[f"C{row}"] = q
    ws[f"B{row}"].alignment = center
    ws[f"C{row}"].alignment = wrap
    for k, opt in enumerate(options):
        r = row + k
        ws[f"D{r}"] = "■" if k == chosen else "□"
        ws[f"D{r}"].alignment = center
        ws[f"E{r}"] = opt
        ws[f"E{r}"].alignment = wrap
        dv.add(f"D{r}")
        for col in "BCDE":
            ws[f"{col}{r}"].border = box
    return last + 1


dv = DataValidation(type="list", formula1="=list!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)

free_q(8, "１", "患者数を入力してください。\n（Teams「00_医療機関データ」に表示されている患者情報数／1～3000の数値）",
       "3,500")  # PLANTED: over the 1–3000 bound
ws.row_dimensions[8].height = 44
free_q(9, "２", "病院名を入力してください。（正式名称）", "医療法人社団讃岐会　さぬき中央病院")

r = choice_q(10, "３", "現在の電子カルテのバックアップの状況\n（別紙5「各媒体におけるオフライン状態の定義」参照）", [
    "既に電子カルテのオフラインバックアップを運用している",     # chosen  (PLANTED, see Q4)
    "電子カルテベンダ等とオフラインバックアップの方針を検討中",
    "実施していない",
], 0)
r = choice_q(r, "４", "本事業での支援の意向\n（支援可能物品は別紙6参照）", [
    "支援可能なサーバ・物品を新設し、年度内に調達できる",
    "支援可能なサーバ・物品を新設するが、調達は次年度以降",      # chosen  (PLANTED: contradicts Q3)
    "サーバは新設せず、既存設備に支援可能な媒体を接続する",
    "本事業での支援は不要",
], 1)
r = choice_q(r, "５", "バックアップの保存先（希望）", [
    "院内の物理媒体に保存",
    "外部クラウド環境に保存",
], 0)
free_q(r, "６", "ご意見・ご質問（任意）",
       "現在はNASへ日次でバックアップを取得（ネットワークに接続したまま）。\n別紙5の定義でオフラインとみなせるか事務局に確認したい。")
ws.row_dimensions[r].height = 44

ws.merge_cells(f"B{r + 2}:E{r + 2}")
ws[f"B{r + 2}"] = "支援方針（対象外／報告のみ／支援A・B・C）は回答内容をもとに事務局が判定（記入不要）"
ws[f"B{r + 2}"].font = Font(size=9, italic=True)

ws.print_area = f"A1:I{r + 2}"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.horizontalCentered = True

# notes sheet
memo = wb.create_sheet("メモ")
memo.column_dimensions["A"].width = 90
for i, line in enumerate([
    "【アンケート回答にあたってのメモ（情報システム室）】",
    "・回答はセキュリティ確保事業ポータル経由のMicrosoft Formsで行う（二次募集は8/30まで）。",
    "・既にオフラインバックアップを取得済みの場合、本事業の支援対象外（対象外）。",
    "・ベンダ等と方針検討中で支援不要の場合は「報告のみ」。",
    "・支援A：年度内にサーバ・物品を調達／支援B：調達は次年度以降／支援C：既存設備に媒体を接続。",
    "・物品の購入・保守手配は病院負担（本事業の対象外）。",
    "・電子カルテベンダにも打合せへの参加を依頼すること。",
], start=1):
    memo[f"A{i}"] = line

# hidden list sheet for the □/■ drop-down
lst = wb.create_sheet("list")
lst["A1"] = "□"
lst["A2"] = "■"
lst.sheet_state = "hidden"

wb.active = 0
wb.save(os.path.join(OUT, NAME))
print("wrote", os.path.join(OUT, NAME))

#!/usr/bin/python3
# Generator for obi-w12-b-marked-print-questionnaire.xlsx
# A hospital's information-systems office copies the Microsoft Forms questions into a printable
# "回答控え" for internal approval (決裁) before typing the answers into Forms.
# Questionnaire layout (No. | 設問 | mark | option), answers marked with ● beside the option,
# the hospital name in the same cell as its label, a 記入要領 sheet and a hidden option list.
# Planted: patient count over the 1-3000 bound; Q3 (intent) left unmarked.
import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave12/offline-backup-intent/obi-w12-b-marked-print-questionnaire.xlsx"

thin = Side(style="thin")
hair = Side(style="hair")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GREY = PatternFill("solid", fgColor="E7E6E6")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)


def box(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = BOX


wb = openpyxl.Workbook()
ws = wb.active
ws.title = "回答控え"

# spacer column A, content B..F, spacer G
for col, w in zip("ABCDEFG", [2, 6, 30, 5, 52, 14, 2]):
    ws.column_dimensions[col].width = w

ws["B1"] = "オフラインバックアップ支援意向に関するアンケート　回答控え"
ws["B1"].font = Font(size=14, bold=True)
ws.merge_cells("B1:F1")
ws["B2"] = "（医療機関におけるサイバーセキュリティ確保事業／Microsoft Forms 入力前の院内確認用・回答期限 8/30）"
ws["B2"].font = Font(size=9)
ws.merge_cells("B2:F2")

# 決裁欄 (stamp boxes) on the right
ws["E3"] = "決裁"
ws["E3"].alignment = Alignment(horizontal="right", vertical="center")
ws["F3"] = "院長　｜　事務長　｜　担当"
ws["F3"].alignment = CENTER
ws["F3"].font = Font(size=8)
ws.merge_cells("F4:F5")
box(ws, "F3:F5")
ws.row_dimensions[4].height = 22
ws.row_dimensions[5].height = 22

ws["B7"] = "病院名：医療法人 慈光会 宇多津さくら病院"
ws["B7"].font = Font(size=12, bold=True)
ws.merge_cells("B7:E7")
ws["B8"] = "作成：情報システム室　澤田　／　作成日：R6.8.21"
ws["B8"].font = Font(size=9)
ws.merge_cells("B8:E8")

# header
hdr = 10
for col, text in zip("BCDE", ["No.", "設問", "回答", "選択肢・記入欄"]):
    c = ws[f"{col}{hdr}"]
    c.value = text
    c.fill = GREY
    c.font = Font(bold=True)
    c.alignment = CENTER
ws[f"F{hdr}"] = "備考"
ws[f"F{hdr}"].fill = GREY
ws[f"F{hdr}"].font = Font(bold=True)
ws[f"F{hdr}"].alignment = CENTER
box(ws, f"B{hdr}:F{hdr}")

r = hdr + 1  # 11
# Q1 patient count (number answer, shown with 人)
ws[f"B{r}"] = "1"
ws[f"C{r}"] = "患者数\n（Teams「00_医療機関データ」に表示されている患者情報数）【必須】"
ws[f"D{r}"] = "―"
ws[f"E{r}"] = 3450
ws[f"E{r}"].number_format = '#,##0"人"'
ws[f"E{r}"].alignment = Alignment(horizontal="left", vertical="center")
ws[f"F{r}"] = "1～3000の数値"
ws.row_dimensions[r].height = 42
box(ws, f"B{r}:F{r}")
q1_row = r


def choice_block(start, no, question, note, options, marked):
    """Question in merged B/C/F cells, one row per option: mark in D, option text in E."""
    end = start + len(options) - 1
    ws[f"B{start}"] = no
    ws[f"C{start}"] = question
    ws[f"F{start}"] = note
    for col in "BCF":
        ws.merge_cells(f"{col}{start}:{col}{end}")
    for i, opt in enumerate(options):
        rr = start + i
        ws[f"E{rr}"] = opt
        if marked is not None and i == marked:
            ws[f"D{rr}"] = "●"
        ws.row_dimensions[rr].height = 30
    box(ws, f"B{start}:F{end}")
    return end + 1


q2_start = r + 1  # 12
r = choice_block(
    q2_start, "2",
    "現在の電子カルテのバックアップの状況【必須】\n（別紙5「各媒体におけるオフライン状態の定義」参照）",
    "該当する1つに●",
    ["(1) 既に電子カルテのオフラインバックアップを運用している（→本事業の支援対象外、設問3・4は回答不要）",
     "(2) 電子カルテベンダ等とオフラインバックアップの方針を検討中",
     "(3) 実施していない"],
    2,
)
q3_start = r  # 15
r = choice_block(
    q3_start, "3",
    "本事業での支援の意向\n（設問2で(2)(3)の場合【必須】）",
    "該当する1つに●\n支援物品は別紙6参照",
    ["(1) 本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）",
     "(2) 本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
     "(3) サーバは新設せず、既存設備に支援可能な媒体を接続する",
     "(4) 本事業での支援は不要（ベンダ等と方針検討中）"],
    None,  # planted: nothing marked
)
q4_start = r  # 19
r = choice_block(
    q4_start, "4",
    "バックアップの保存先\n（設問3で(1)～(3)の場合）",
    "外部クラウドの場合\nサーバ新設は不要",
    ["院内の物理媒体", "外部クラウド環境"],
    0,
)
q5 = r  # 21
ws[f"B{q5}"] = "5"
ws[f"C{q5}"] = "その他（ご意見・ご質問等）"
ws[f"D{q5}"] = "―"
ws[f"E{q5}"] = ("電子カルテ更新（令和8年2月予定）に合わせて整備したい。\n"
                "別紙6の物品一覧は確認済み。")
ws[f"E{q5}"].alignment = WRAP
ws.row_dimensions[q5].height = 48
box(ws, f"B{q5}:F{q5}")

for row in ws.iter_rows(min_row=hdr + 1, max_row=q5):
    for c in row:
        if not hasattr(c, "column_letter"):
            continue
        if c.column_letter in "BD":
            c.alignment = CENTER
        elif c.column_letter in "CF" or (c.column_letter == "E" and c.row != q1_row):
            c.alignment = WRAP

ws[f"B{q5 + 2}"] = "※ 院内決裁後、情報システム室がポータルのMicrosoft Formsへ入力します（入力後、本控えは情報システム室で保管）。"
ws[f"B{q5 + 2}"].font = Font(size=9)
ws.merge_cells(f"B{q5 + 2}:F{q5 + 2}")

# data validation for the mark cells (list on a hidden sheet)
lst = wb.create_sheet("list")
lst["A1"] = "●"
lst["A2"] = "○"
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=list!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
dv.add(f"D{q2_start}:D{q4_start + 1}")

# print settings
ws.print_area = f"A1:G{q5 + 2}"
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

# 記入要領 sheet
g = wb.create_sheet("記入要領")
g.column_dimensions["A"].width = 100
lines = [
    "【記入要領】オフラインバックアップ支援意向に関するアンケート（回答控え）",
    "",
    "・本シートは事務局（NTT東日本）ポータルのMicrosoft Formsアンケートの設問を院内確認用に転記したものです。",
    "・設問1の患者数は、Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入（1～3000の数値）。",
    "・選択式の設問は「回答」欄に●を付けてください（プルダウンで選択可）。",
    "・設問2で「既に運用している」を選んだ場合は本事業の支援対象外となり、設問3・4は回答不要です。",
    "・回答内容により事務局が支援方針（支援A／支援B／支援C／報告のみ／対象外）を決定します。",
    "　支援A：サーバ・物品の調達が年度内に可能　支援B：調達は次年度以降　支援C：既存設備に媒体を接続",
    "・必要な機器・サービスの調達費用、保守費用、電子カルテベンダの設定費等は本事業の対象外です。",
]
for i, t in enumerate(lines, 1):
    g.cell(row=i, column=1, value=t)
g["A1"].font = Font(bold=True)

wb.save(OUT)
print("wrote", OUT)

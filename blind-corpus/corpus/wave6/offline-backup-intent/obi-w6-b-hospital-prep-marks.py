# obi-w6-b: a hospital's 医療情報部 makes an Excel copy of the Forms questionnaire to agree the answers
# internally before typing them into Microsoft Forms: No. | 設問 | options with a ● mark column,
# a range-check formula without cached value, and a reference sheet with the briefing's 支援方針 table.
# Saved by openpyxl only.
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "obi-w6-b-hospital-prep-marks.xlsx")
wb = Workbook()
ws = wb.active
ws.title = "アンケート回答控え"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center")
qfill = PatternFill("solid", fgColor="E2EFDA")
f = Font(name="Meiryo UI", size=10)
fb = Font(name="Meiryo UI", size=10, bold=True)
for col, w in {"A": 2, "B": 6, "C": 6, "D": 64, "E": 26, "F": 2}.items():
    ws.column_dimensions[col].width = w

def put(addr, val, font=f, align=wrap, fill=None):
    c = ws[addr]
    c.value = val
    c.font = font
    c.alignment = align
    if fill: c.fill = fill
    return c

def frame(r1, r2):
    for row in ws[f"B{r1}:E{r2}"]:
        for c in row:
            c.border = box

put("B1", "オフラインバックアップ支援意向に関するアンケート　回答内容（院内確認用）", Font(name="Meiryo UI", size=13, bold=True), Alignment())
ws.merge_cells("B1:E1")
put("B2", "※ポータルシステムのWebアンケート（Microsoft Forms）へ入力する前に、院内で回答内容を確認するための控えです（回答期限 8/30）。", Font(name="Meiryo UI", size=9))
ws.merge_cells("B2:E2")
put("B3", "記入日：R6.8.20　記入者：医療情報部 システム管理室 岡本", Font(name="Meiryo UI", size=9))
ws.merge_cells("B3:E3")

for a, t in (("B5", "No."), ("C5", "回答"), ("D5", "設問／選択肢"), ("E5", "補足")):
    put(a, t, fb, center, PatternFill("solid", fgColor="BDD7EE"))
frame(5, 5)

r = 6
def question(no, text, note=None):
    global r
    put(f"B{r}", no, fb, center, qfill)
    put(f"C{r}", None, fill=qfill)
    put(f"D{r}", text, fb, wrap, qfill)
    put(f"E{r}", note, f, wrap, qfill)
    frame(r, r)
    r += 1

def answer(val, fmt=None, check=None):
    global r
    put(f"C{r}", "回答", f, center)
    c = put(f"D{r}", val, f, Alignment(wrap_text=True, vertical="top", horizontal="left"))
    if fmt: c.number_format = fmt
    if check: put(f"E{r}", check, f, center)
    frame(r, r)
    r += 1
    return r - 1

def options(opts, chosen):
    global r
    for i, o in enumerate(opts):
        put(f"C{r}", "●" if i == chosen else None, fb, center)
        put(f"D{r}", o)
        frame(r, r)
        r += 1

question("Q1", "病院名を入力してください。", "正式名称")
answer("一般財団法人 倉敷みなみ記念会 倉敷みなみ中央病院")
question("Q2", "患者数を入力してください。\nMicrosoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。", "1から3000の間の数値（必須）")
row_q2 = r
answer(3500, "#,##0", f'=IF(AND(D{r}>=1,D{r}<=3000),"OK","範囲外")')
question("Q3", "現在の電子カルテのバックアップ状況について、該当するものを1つ選んでください。\n（別紙5_各媒体におけるオフライン状態の定義 を確認のこと）", "該当欄に●")
options([
    "1．既に電子カルテのオフラインバックアップを運用している（本事業の支援対象外）",
    "2．電子カルテベンダ等とオフラインバックアップの方針を検討中である",
    "3．オフラインバックアップは実施していない",
], 2)
question("Q4", "本事業による支援の意向について、該当するものを1つ選んでください。\n（支援可能な物品は 別紙6_オフラインバックアップ支援可能物品一覧 を参照）", "該当欄に●")
options([
    "1．本事業で支援可能なサーバ・物品を新設する（調達は今年度内に可能）",
    "2．本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
    "3．サーバは新設しない。既存設備に本事業で支援可能なバックアップ媒体を接続する",
    "4．電子カルテベンダ等と方針を検討中のため、本事業での支援は不要",
], 2)
question("Q5", "オフラインバックアップの保存先（希望）", "該当欄に●")
options([
    "1．院内の物理媒体",
    "2．外部クラウド環境（サーバの新設は不要）",
], 0)
question("Q6", "その他、ご意見・備考があればご記入ください。", "任意")
rr = answer("電子カルテサーバ室の既設バックアップサーバにLTO装置を接続する案で検討しています。\n打合せは電子カルテベンダ同席で9月以降を希望します。")
ws.row_dimensions[rr].height = 48
for rr2 in range(6, r):
    if ws.row_dimensions[rr2].height is None:
        ws.row_dimensions[rr2].height = 30 if ws[f"B{rr2}"].value else 20

ws.print_area = f"A1:F{r}"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True

# reference sheet: the briefing's table (reference only, nothing chosen here)
ref = wb.create_sheet("参考_支援方針")
ref.column_dimensions["A"].width = 12
ref.column_dimensions["B"].width = 50
ref.column_dimensions["C"].width = 50
ref["A1"] = "（参考）説明会資料より：支援方針ごとの対応範囲　※アンケート回答により事務局が決定"
ref["A1"].font = fb
for j, h in enumerate(["支援方針", "概要", "医療機関で必要な対応"], start=1):
    c = ref.cell(row=3, column=j, value=h); c.font = fb; c.border = box
tbl = [
    ("支援A", "本事業で支援可能なサーバ・物品を新設する意向あり。調達が年度内に可能", "Webアンケート回答／打合せ（2～3回程度）／新設サーバ・バックアップ媒体の調達・保守手配／既存機器の設定変更対応／現地作業の立ち合い"),
    ("支援B", "本事業で支援可能なサーバ・物品を新設する意向あり。調達は次年度以降", "Webアンケート回答／打合せ（2～3回程度）／新設サーバ・バックアップ媒体の調達・保守手配／既存機器の設定変更対応／新設サーバの構築作業（次年度以降）"),
    ("支援C", "支援可能なサーバを導入の意向なし。既存設備に支援可能な媒体を接続", "Webアンケート回答／打合せ（1回程度）／バックアップ媒体の調達・保守手配／既存機器の設定変更対応"),
    ("報告のみ", "電子カルテベンダ等とオフラインバックアップの方針検討中で、支援不要", "なし（Webアンケート回答のみで完了）"),
    ("対象外", "既に電子カルテのオフラインバックアップの運用を開始している", "なし（Webアンケート回答のみで完了）"),
]
for i, row in enumerate(tbl, start=4):
    for j, v in enumerate(row, start=1):
        c = ref.cell(row=i, column=j, value=v)
        c.alignment = wrap; c.border = box; c.font = f

wb.save(OUT)
print(OUT, "Q2 answer row", row_q2)

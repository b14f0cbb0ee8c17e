#!/usr/bin/python3
"""Workbook b: a prefecture's printable Excel 回答票 (No. | 設問 | 回答, ○ in the box beside the chosen
option) for hospitals that answer by e-mail instead of the Web (Microsoft Forms) survey, with a 記入要領
sheet and a reference table of the 支援方針 below the form. Filled by a hospital's 情報管理課.
Planted: 患者数 3,500 (outside the survey's 1-3000)."""
import sys, os
sys.path.insert(0, "/tmp/obi-pylib")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = "/work/blind/wave36/offline-backup-intent"
NAME = "obi-w36-b-prefecture-paper-questionnaire.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "回答票"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head_fill = PatternFill("solid", fgColor="DDEBF7")
input_fill = PatternFill("solid", fgColor="FFFFE0")

ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 5
for col in "CDE":
    ws.column_dimensions[col].width = 14
ws.column_dimensions["F"].width = 7
ws.column_dimensions["G"].width = 30
ws.column_dimensions["H"].width = 30


def frame(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box


def put(ref, v, merge=None, align=wrap, font=None, fill=None):
    c = ws[ref]
    c.value = v
    c.alignment = align
    if font:
        c.font = font
    if fill:
        c.fill = fill
    if merge:
        ws.merge_cells(merge)
        frame(merge)
    else:
        c.border = box
    return c


ws.merge_cells("B1:H1")
ws["B1"] = "オフラインバックアップ支援意向に関するアンケート　回答票"
ws["B1"].font = Font(size=14, bold=True)
ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:H2")
ws["B2"] = "医療機関におけるサイバーセキュリティ確保事業（令和６年度）"
ws["B2"].alignment = Alignment(horizontal="center")
ws.merge_cells("B3:H3")
ws["B3"] = ("※ポータルシステムのWebアンケート（Microsoft Forms）で回答できない場合は、本票に記入のうえ、"
            "８月３０日（金）までに県医務国保課あてメールで提出してください。")
ws.merge_cells("B4:H4")
ws["B4"] = ("※回答にあたっては「別紙5_各媒体におけるオフライン状態の定義」「別紙6_オンラインバックアップ"
            "支援可能物品一覧」をご確認ください。選択肢は該当する欄に「○」を１つ記入してください。")
for r in (3, 4):
    ws[f"B{r}"].alignment = Alignment(wrap_text=True, vertical="top")
    ws[f"B{r}"].font = Font(size=9)
    ws.row_dimensions[r].height = 26
ws["H5"] = "回答日：令和6年8月22日"
ws["H5"].alignment = Alignment(horizontal="right")

# header
put("B7", "No.", align=center, font=Font(bold=True), fill=head_fill)
put("C7", "設　問", "C7:E7", align=center, font=Font(bold=True), fill=head_fill)
put("F7", "回　答", "F7:H7", align=center, font=Font(bold=True), fill=head_fill)

# Q1
put("B8", "１", align=center)
put("C8", "病院名（正式名称）", "C8:E8")
put("F8", "医療法人社団 五色会 観音寺あおば病院", "F8:H8", fill=input_fill)
ws.row_dimensions[8].height = 24
# Q2
put("B9", "２", align=center)
put("C9", "患者数\n（Microsoft Teams「00_医療機関データ」に表示されている患者情報数。1～3000の数値）",
    "C9:E9")
c = put("F9", 3500, align=Alignment(horizontal="right", vertical="center"), fill=input_fill)
c.number_format = "#,##0"
put("G9", "件", "G9:H9")
ws.row_dimensions[9].height = 54

# Q3
put("B10", "３", "B10:B12", align=center)
put("C10", "現在の電子カルテのバックアップの状況\n（該当するものに○）", "C10:E12")
opts3 = ["既に電子カルテのオフラインバックアップを運用している（本事業の支援対象外。４・５は回答不要）",
         "電子カルテベンダ等とオフラインバックアップの方針を検討中",
         "オフラインバックアップは実施していない"]
for i, t in enumerate(opts3):
    r = 10 + i
    put(f"F{r}", "○" if i == 2 else None, align=center, fill=input_fill)
    put(f"G{r}", t, f"G{r}:H{r}")
    ws.row_dimensions[r].height = 30

# Q4
put("B13", "４", "B13:B16", align=center)
put("C13", "本事業によるオフラインバックアップ整備支援の意向\n（該当するものに○）", "C13:E16")
opts4 = ["本事業で支援可能なサーバ・物品を新設する意向があり、年度内に調達できる",
         "本事業で支援可能なサーバ・物品を新設する意向があるが、調達は次年度以降となる",
         "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続したい",
         "電子カルテベンダ等と方針を検討中のため、本事業での支援は不要"]
for i, t in enumerate(opts4):
    r = 13 + i
    put(f"F{r}", "○" if i == 2 else None, align=center, fill=input_fill)
    put(f"G{r}", t, f"G{r}:H{r}")
    ws.row_dimensions[r].height = 30

# Q5 (one option deleted by the filler; blank form read 「院内の物理媒体　・　外部クラウド」)
put("B17", "５", align=center)
put("C17", "希望するバックアップの保存先\n（不要な方を消してください）", "C17:E17")
put("F17", "院内の物理媒体", "F17:H17", align=center, fill=input_fill)
ws.row_dimensions[17].height = 30

# Q6
put("B18", "６", align=center)
put("C18", "備考\n（ご意見・ご質問等）", "C18:E18")
put("F18", "既設のバックアップサーバ（NAS）にRDX媒体を接続する構成を想定しています。\n"
           "打合せには電子カルテベンダも同席予定です。", "F18:H18",
    align=Alignment(wrap_text=True, vertical="top"), fill=input_fill)
ws.row_dimensions[18].height = 48

# 記入者 (not survey questions)
put("C20", "記入者（所属・職・氏名）", "C20:E20")
put("F20", "情報管理課　主任　藤井 直樹", "F20:H20", fill=input_fill)
put("C21", "連絡先（電話番号）", "C21:E21")
put("F21", "0875-25-3161", "F21:H21", fill=input_fill)

# reference table
ws["B23"] = "（参考）支援方針ごとの対応範囲　※支援方針はアンケート回答をもとに事務局が決定します（記入不要）"
ws["B23"].font = Font(bold=True, size=9)
put("B24", "支援方針", "B24:C24", align=center, font=Font(bold=True, size=9), fill=head_fill)
put("D24", "概要", "D24:F24", align=center, font=Font(bold=True, size=9), fill=head_fill)
put("G24", "医療機関で必要な対応", align=center, font=Font(bold=True, size=9), fill=head_fill)
put("H24", "本事業での支援対応", align=center, font=Font(bold=True, size=9), fill=head_fill)
ref = [
    ("支援A", "支援可能なサーバ・物品を新設する意向あり（年度内に調達可能）",
     "打合せ対応（2～3回）、新設サーバ・媒体の調達と保守手配、既存機器の設定変更、現地作業の立会い",
     "計画・運用手順の策定支援、新設サーバ・媒体の現地構築・設置"),
    ("支援B", "支援可能なサーバ・物品を新設する意向あり（調達は次年度以降）",
     "打合せ対応（2～3回）、新設サーバ・媒体の調達と保守手配、既存機器の設定変更、新設サーバの構築（次年度以降）",
     "計画・運用手順の策定支援、現地構築手順の提供"),
    ("支援C", "サーバ導入の意向なし。既存設備に支援可能な媒体を接続",
     "打合せ対応（1回程度）、媒体の調達と保守手配、既存機器の設定変更", "計画の策定支援"),
    ("報告のみ", "電子カルテベンダ等と方針検討中で支援不要", "なし（アンケート回答のみ）",
     "検討中の方針をヒアリングし厚労省へ報告"),
    ("対象外", "既にオフラインバックアップを運用中", "なし（アンケート回答のみ）",
     "導入済の方針をヒアリングし厚労省へ報告"),
]
for i, (p, s, h, g) in enumerate(ref):
    r = 25 + i
    f9 = Font(size=9)
    put(f"B{r}", p, f"B{r}:C{r}", align=center, font=f9)
    put(f"D{r}", s, f"D{r}:F{r}", font=f9)
    put(f"G{r}", h, font=f9)
    put(f"H{r}", g, font=f9)
    ws.row_dimensions[r].height = 48

ws.print_area = "A1:H29"
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

# 記入要領
wi = wb.create_sheet("記入要領")
wi.column_dimensions["A"].width = 100
lines = [
    "記入要領",
    "１　本票は、Webアンケート（Microsoft Forms）で回答できない医療機関のための様式です。",
    "２　設問１の病院名は正式名称で記入してください。",
    "３　設問２の患者数は、Microsoft Teams の「00_医療機関データ」に表示されている患者情報数を、1から3000の間の数値で記入してください。",
    "４　設問３～４は、該当する選択肢の左の欄に「○」を１つ記入してください。",
    "５　設問３で「既に電子カルテのオフラインバックアップを運用している」を選んだ場合、設問４・５の回答は不要です（本事業の支援対象外となります）。",
    "６　設問５は、院内の物理媒体・外部クラウドのうち不要な方を消してください（外部クラウドの場合、サーバの新設は不要です）。",
    "７　支援方針（支援A・支援B・支援C・報告のみ・対象外）は、回答内容をもとに事務局が決定します。記入は不要です。",
]
for i, t in enumerate(lines, 1):
    wi.cell(i, 1, t).alignment = Alignment(wrap_text=True)
wi["A1"].font = Font(bold=True, size=12)

wb.save(os.path.join(OUT, NAME))
print("wrote", os.path.join(OUT, NAME))

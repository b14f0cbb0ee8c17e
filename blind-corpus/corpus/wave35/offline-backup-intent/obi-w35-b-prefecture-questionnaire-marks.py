#!/usr/bin/python3
"""Workbook b: a prefecture's printable 回答票 for the offline-backup intent survey
(No. | 設問 | 回答欄(○) | 選択肢), with an auto-judged 支援方針 formula cell, a reference table
below, and a 記入要領 sheet holding a labelled 記入例. Filled by a hospital; planted mistakes:
患者数 outside 1-3000, and Q4 (支援の意向) left unanswered although Q3 = 未実施.
Saved by openpyxl, then re-saved by LibreOffice so the formula has a cached value.
Run: PYTHONPATH=/tmp/obi-py /usr/bin/python3 obi-w35-b-prefecture-questionnaire-marks.py"""
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w35-b-prefecture-questionnaire-marks.xlsx"
OUT = os.path.join(HERE, NAME)

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
gray = PatternFill("solid", fgColor="EDEDED")
yellow = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook()
ws = wb.active
ws.title = "回答票"
for col, w in {"A": 2, "B": 6, "C": 34, "D": 8, "E": 58, "F": 2}.items():
    ws.column_dimensions[col].width = w


def put(ref, value, **kw):
    c = ws[ref]
    c.value = value
    for k, v in kw.items():
        setattr(c, k, v)
    return c


def frame(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box


# title block
ws.merge_cells("B1:E1")
put("B1", "オフラインバックアップ支援意向に関するアンケート　回答票",
    font=Font(size=14, bold=True), alignment=center)
ws.merge_cells("B2:E2")
put("B2", "（医療機関におけるサイバーセキュリティ確保事業　令和６年度）", alignment=center)
ws.merge_cells("B3:E3")
put("B3", "※本様式は、ポータルシステムから配布するWebアンケート（Microsoft Forms）での回答が困難な場合にご使用ください。"
          "回答内容は県から事務局へ提供します。", alignment=wrap)
ws.row_dimensions[3].height = 30
ws.merge_cells("B4:E4")
put("B4", "※選択式の設問は、該当する選択肢の左の「回答欄」に○を１つ記入してください。", alignment=wrap)
ws.merge_cells("B5:E5")
put("B5", "提出先：香川県健康福祉部医務国保課　　提出期限：令和６年８月３０日（金）", alignment=wrap)

# respondent block (not survey keys)
for r, label, val in [(7, "記入日", "令和6年8月26日"),
                      (8, "担当部署・氏名", "情報システム室　高橋 恵"),
                      (9, "電話番号", "0877-49-2151")]:
    ws.merge_cells(f"B{r}:C{r}")
    ws.merge_cells(f"D{r}:E{r}")
    put(f"B{r}", label, fill=gray, alignment=wrap)
    put(f"D{r}", val, alignment=wrap)
    frame(f"B{r}:E{r}")

# question table
for ref, v in [("B11", "No."), ("C11", "設問"), ("D11", "回答欄"), ("E11", "選択肢・回答")]:
    put(ref, v, font=Font(bold=True), fill=gray, alignment=center)

put("B12", "Q1", alignment=center)
put("C12", "病院名（正式名称）", alignment=wrap)
ws.merge_cells("D12:E12")
put("D12", "医療法人　清風会　宇多津せいふう病院", alignment=wrap, fill=yellow)

put("B13", "Q2", alignment=center)
put("C13", "患者数\n（Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数。1～3000の数値）",
    alignment=wrap)
ws.merge_cells("D13:E13")
c = put("D13", 48213, alignment=Alignment(horizontal="left", vertical="center"), fill=yellow)
c.number_format = "#,##0"
ws.row_dimensions[13].height = 45


def question(no, text, first, options, marks):
    last = first + len(options) - 1
    ws.merge_cells(f"B{first}:B{last}")
    ws.merge_cells(f"C{first}:C{last}")
    put(f"B{first}", no, alignment=center)
    put(f"C{first}", text, alignment=wrap)
    for i, opt in enumerate(options):
        r = first + i
        put(f"E{r}", opt, alignment=wrap)
        cm = put(f"D{r}", marks.get(i), alignment=center, fill=yellow)
        ws.row_dimensions[r].height = 22


question("Q3", "現在の電子カルテのオフラインバックアップの状況", 14,
         ["1　既に電子カルテのオフラインバックアップの運用を開始している",
          "2　電子カルテベンダ等とオフラインバックアップの方針を検討中",
          "3　実施していない（未実施）"],
         {2: "○"})
question("Q4", "本事業による支援の意向\n※Q3で「1」を選んだ場合は回答不要", 17,
         ["1　本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）",
          "2　本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
          "3　サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
          "4　本事業での支援は不要（電子カルテベンダ等と方針を検討中）"],
         {})  # planted: left blank
question("Q5", "オフラインバックアップの保存先（希望）\n※Q3で「1」、Q4で「4」を選んだ場合は回答不要", 21,
         ["1　院内の物理媒体",
          "2　外部クラウド環境（サーバの新設は不要）"],
         {0: "〇"})

put("B23", "Q6", alignment=center)
put("C23", "備考（ご意見・ご質問等）", alignment=wrap)
ws.merge_cells("D23:E23")
put("D23", "支援の内容（Q4）は院内で協議中のため、決まり次第ご連絡します。\n"
           "打合せには電子カルテベンダも同席予定です。", alignment=wrap, fill=yellow)
ws.row_dimensions[23].height = 48
frame("B11:E23")

# auto-judged policy
ws.merge_cells("B25:E25")
put("B25", "■ 支援方針（自動表示のため入力不要）", font=Font(bold=True))
ws.merge_cells("B26:C26")
ws.merge_cells("D26:E26")
put("B26", "支援方針", fill=gray, alignment=wrap)
put("D26", '=IF(COUNTA(D14:D16)<>1,"判定不可（Q3未回答）",IF(D14<>"","対象外",'
           'IF(COUNTA(D17:D20)<>1,"判定不可（Q4未回答）",IF(D20<>"","報告のみ",'
           'IF(D17<>"","支援A",IF(D18<>"","支援B","支援C"))))))',
    font=Font(bold=True), alignment=wrap)
frame("B26:E26")

# reference table
ws.merge_cells("B28:E28")
put("B28", "（参考）支援方針ごとの対応範囲", font=Font(bold=True))
put("B29", "方針", fill=gray, alignment=center)
put("C29", "概要", fill=gray, alignment=center)
ws.merge_cells("D29:E29")
put("D29", "医療機関で必要な対応", fill=gray, alignment=center)
ref_rows = [
    ("支援A", "支援可能なサーバ・物品を新設（調達が年度内に可能）",
     "打合せ対応（2～3回程度）、新設サーバ・バックアップ媒体の調達・保守手配、既存機器の設定変更対応（手配）、現地作業の立会い"),
    ("支援B", "支援可能なサーバ・物品を新設（調達は次年度以降）",
     "打合せ対応（2～3回程度）、新設サーバ・バックアップ媒体の調達・保守手配、既存機器の設定変更対応（手配）、新設サーバの構築作業（次年度以降）"),
    ("支援C", "サーバは導入せず、既存設備に支援可能な媒体を接続",
     "打合せ対応（1回程度）、バックアップ媒体の調達・保守手配、既存機器の設定変更対応（手配）"),
    ("報告のみ", "電子カルテベンダ等と方針検討中で、本事業の支援不要",
     "なし（アンケート回答のみで完了）"),
    ("対象外", "既に電子カルテのオフラインバックアップを運用中",
     "なし（アンケート回答のみで完了）"),
]
for i, (a, b, d) in enumerate(ref_rows):
    r = 30 + i
    put(f"B{r}", a, alignment=center)
    put(f"C{r}", b, alignment=wrap)
    ws.merge_cells(f"D{r}:E{r}")
    put(f"D{r}", d, alignment=wrap)
    ws.row_dimensions[r].height = 36
frame("B29:E34")

ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = "A1:F34"

# 記入要領 sheet with a labelled example
g = wb.create_sheet("記入要領")
g.column_dimensions["A"].width = 4
g.column_dimensions["B"].width = 30
g.column_dimensions["C"].width = 60
notes = [
    "１　「別紙5_各媒体におけるオフライン状態の定義」を確認のうえ、現在の電子カルテのバックアップ方法をご確認ください。",
    "２　Q2の患者数は、Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数（1～3000）を記入してください。",
    "３　Q3で「1」（運用開始済）の場合、本事業の支援対象外となります。Q4・Q5は回答不要です。",
    "４　本事業で支援可能な物品は「別紙6_オフラインバックアップ支援可能物品一覧」をご確認ください。",
    "５　支援方針欄は自動表示されます。入力しないでください。",
]
g["A1"] = "記入要領"
g["A1"].font = Font(size=13, bold=True)
for i, t in enumerate(notes):
    g.cell(row=3 + i, column=1, value=t)
g["A9"] = "【記入例】（この欄は記入しないでください）"
g["A9"].font = Font(bold=True, color="C00000")
ex = [("Q1 病院名", "○○県立△△病院"), ("Q2 患者数", 350),
      ("Q3 現在の状況", "○ 3　実施していない（未実施）"),
      ("Q4 支援の意向", "○ 1　本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）"),
      ("Q5 保存先", "○ 1　院内の物理媒体"), ("Q6 備考", "（特になし）")]
for i, (k, v) in enumerate(ex):
    r = 10 + i
    g.cell(row=r, column=2, value=k).border = box
    g.cell(row=r, column=3, value=v).border = box

wb.active = 0
tmpdir = tempfile.mkdtemp(prefix="obi-b-")
raw = os.path.join(tmpdir, NAME)
wb.save(raw)
outdir = os.path.join(tmpdir, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmpdir}/profile",
                "--convert-to", "xlsx", "--outdir", outdir, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME), OUT)
shutil.rmtree(tmpdir)
print("saved", OUT)

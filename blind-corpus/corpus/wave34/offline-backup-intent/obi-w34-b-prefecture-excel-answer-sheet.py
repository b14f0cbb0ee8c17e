#!/usr/bin/python3
"""Generator: obi-w34-b-prefecture-excel-answer-sheet.xlsx
Excel version of the オフラインバックアップ支援意向アンケート that a prefecture office hands to hospitals
that cannot use the Web questionnaire: 記入要領 sheet + print-style 回答票 (No. | 設問 | 選択 | 選択肢),
marks in the 選択 column, a small second table for the 支援方針. Filled by a hospital, then re-saved
by LibreOffice (soffice --headless --convert-to xlsx)."""
import sys, os, subprocess, shutil, tempfile
sys.path.insert(0, "/tmp/obi-pylib")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w34-b-prefecture-excel-answer-sheet.xlsx"
OUT = os.path.join(HERE, NAME)

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
GRAY = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
FONT = "ＭＳ Ｐゴシック"

wb = Workbook()
# ---- 記入要領 -------------------------------------------------------------
ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["A"].width = 2
ins.column_dimensions["B"].width = 100
lines = [
    ("オフラインバックアップ支援意向に関するアンケート　記入要領", True),
    ("", False),
    ("・本アンケートは、「医療機関におけるサイバーセキュリティ確保事業」におけるオフラインバックアップの整備支援の方針を決定するためのものです。", False),
    ("・ポータルシステムのWebアンケート（Microsoft Forms）でご回答いただけない場合は、「回答票」シートにご記入のうえ、メールにてご提出ください。", False),
    ("・回答に当たっては、「別紙5_各媒体におけるオフライン状態の定義」及び「別紙6_オフラインバックアップ支援可能物品一覧」を参照し、現在の電子カルテのバックアップ方法等をご確認ください。", False),
    ("・選択式の設問は、該当する選択肢の「選択」欄に○を1つ記入してください。", False),
    ("", False),
    ("【各設問の記入方法】", True),
    ("１．病院名　…　正式名称で記入してください。", False),
    ("２．患者数　…　Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数を、1から3000の間の数値で記入してください。", False),
    ("３．現在の状況　…　既にオフラインバックアップを運用している場合は、本事業での支援対象外となります。", False),
    ("４．支援の意向　…　電子カルテベンダ等と方針を検討中で、本事業での支援が不要な場合は「本事業での支援は不要」を選択してください。", False),
    ("５．保存先　…　外部クラウド環境に保存する場合、サーバの新設は不要です（クラウド接続装置はクラウド事業者にて調達・設置）。", False),
    ("", False),
    ("【支援方針】（説明資料「支援方針ごとの対応範囲」より）", True),
    ("　支援A：本事業で支援可能なサーバ、物品を新設する意向あり。サーバ、物品の調達が年度内に可能", False),
    ("　支援B：本事業で支援可能なサーバ、物品を新設する意向あり。サーバ、物品の調達は次年度以降", False),
    ("　支援C：支援可能なサーバを導入する意向なし。既存設備に、本事業にて支援可能な媒体を接続", False),
    ("　報告のみ：電子カルテベンダ様等とオフラインバックアップの方針検討中であり、支援不要", False),
    ("　対象外：既存環境ですでに電子カルテのオフラインバックアップの運用を開始している", False),
]
for i, (t, b) in enumerate(lines, start=1):
    c = ins.cell(row=i, column=2, value=t if t else None)
    c.font = Font(name=FONT, bold=b, size=12 if i == 1 else 10)
    c.alignment = Alignment(wrap_text=True, vertical="top")

# ---- 回答票 ---------------------------------------------------------------
ws = wb.create_sheet("回答票")
for col, w in {"A": 2, "B": 6, "C": 38, "D": 7, "E": 56, "F": 2}.items():
    ws.column_dimensions[col].width = w

def put(ref, value, bold=False, align=WRAP, fill=None, size=10):
    c = ws[ref]
    c.value = value
    c.font = Font(name=FONT, bold=bold, size=size)
    c.alignment = align
    if fill:
        c.fill = fill
    return c

def box(r1, r2, c1="B", c2="E"):
    for r in range(r1, r2 + 1):
        for col in range(ord(c1), ord(c2) + 1):
            ws[f"{chr(col)}{r}"].border = BOX

ws.merge_cells("B1:E1")
put("B1", "オフラインバックアップ支援意向に関するアンケート（回答票）", bold=True, size=14,
    align=Alignment(horizontal="center", vertical="center"))
ws.row_dimensions[1].height = 26
ws.merge_cells("B2:E2")
put("B2", "「医療機関におけるサイバーセキュリティ確保事業」②オフラインバックアップ体制の整備支援",
    align=Alignment(horizontal="center", vertical="center"))
ws.merge_cells("B3:E3")
put("B3", "※ 該当する選択肢の「選択」欄に○を付けてください。記入方法は「記入要領」シートをご確認ください。")
ws.row_dimensions[3].height = 28
put("E5", "回答日：令和6年8月27日", align=Alignment(horizontal="right", vertical="center"))

# header
put("B7", "No.", bold=True, align=CENTER, fill=HEAD)
put("C7", "設問", bold=True, align=CENTER, fill=HEAD)
put("D7", "選択", bold=True, align=CENTER, fill=HEAD)
put("E7", "選択肢・回答", bold=True, align=CENTER, fill=HEAD)

# Q1 病院名
put("B8", "１．", align=CENTER)
put("C8", "病院名（正式名称）")
ws.merge_cells("D8:E8")
put("D8", "社会医療法人瀬戸内会　坂出みなと病院")
ws.row_dimensions[8].height = 24
# Q2 患者数 (typed as text with a comma)
put("B9", "２．", align=CENTER)
put("C9", "患者数\n（Teams「00_医療機関データ」に表示されている患者情報数）")
ws.merge_cells("D9:E9")
put("D9", "3,480", align=Alignment(horizontal="left", vertical="center"))
ws.row_dimensions[9].height = 30

def question(no, text, r1, options, mark_row=None, mark="○"):
    r2 = r1 + len(options) - 1
    ws.merge_cells(f"B{r1}:B{r2}")
    ws.merge_cells(f"C{r1}:C{r2}")
    put(f"B{r1}", no, align=CENTER)
    put(f"C{r1}", text)
    for i, o in enumerate(options):
        r = r1 + i
        put(f"D{r}", mark if r == mark_row else None, align=CENTER)
        put(f"E{r}", o)
        ws.row_dimensions[r].height = 20
    return r2

r = question("３．", "現在の電子カルテのバックアップの状況\n（「別紙5_各媒体におけるオフライン状態の定義」参照）", 10, [
    "既に電子カルテのオフラインバックアップを運用している",
    "電子カルテベンダ等とオフラインバックアップの方針を検討中である",
    "オフラインバックアップは実施していない",
], mark_row=12)
r = question("４．", "本事業での支援の意向\n（３．で「既に運用している」を選んだ場合は「支援は不要」を選択）", 13, [
    "本事業で支援可能なサーバ・物品を新設する（調達は年度内に可能）",
    "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
    "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
    "本事業での支援は不要",
], mark_row=14)
r = question("５．", "オフラインバックアップの保存先（希望）", 17, [
    "院内の物理媒体に保存",
    "外部クラウド環境に保存",
], mark_row=17, mark="〇")   # IME's 〇 (U+3007) instead of ○
put("B19", "６．", align=CENTER)
put("C19", "備考\n（ご意見・ご質問等）")
ws.merge_cells("D19:E19")
put("D19", "電子カルテ更新（令和7年度予定）に合わせてサーバを調達する予定です。\n打合せには電子カルテベンダも同席可能です。",
    align=Alignment(wrap_text=True, vertical="top"))
ws.row_dimensions[19].height = 48
box(7, 19)

# second table: 支援方針
ws.merge_cells("B21:E21")
put("B21", "■ 想定される支援方針（記入要領の【支援方針】を参照し、該当するものを記入してください）", bold=True)
ws.merge_cells("B22:C22")
put("B22", "支援方針", bold=True, align=CENTER, fill=GRAY)
ws.merge_cells("D22:E22")
put("D22", "支援A", align=Alignment(horizontal="left", vertical="center"))
box(22, 22)
ws.merge_cells("B23:E23")
put("B23", "※ 最終的な支援方針は、回答内容をもとに事務局にて決定します。", size=9)

# contact (not part of the keys)
ws.merge_cells("B25:C25")
put("B25", "記入者（所属・氏名）", align=CENTER, fill=GRAY)
ws.merge_cells("D25:E25")
put("D25", "情報システム室　田村 浩一")
ws.merge_cells("B26:C26")
put("B26", "連絡先（電話）", align=CENTER, fill=GRAY)
ws.merge_cells("D26:E26")
put("D26", "0877-46-1123（内線 215）")
box(25, 26)

ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.print_area = "A1:F26"
wb.active = 1

tmp = tempfile.mkdtemp(prefix="obi-b-")
raw = os.path.join(tmp, NAME)
wb.save(raw)
# re-save as LibreOffice would (hospital opened and saved it in LibreOffice Calc)
outdir = os.path.join(tmp, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                "--convert-to", "xlsx", "--outdir", outdir, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME), OUT)
shutil.rmtree(tmp)
print("saved", OUT)

"""Generator: obi-w44-b-questionnaire-circle-marks.xlsx
Excel version of the 「オフラインバックアップ支援意向に関するアンケート」 for hospitals that cannot use the
Web (Microsoft Forms) survey: print-style questionnaire (No. | 設問 | 回答欄 | 選択肢), ○ marks beside the
chosen option, 医療機関名 as label+value in one cell, a 記入要領 sheet, a hidden list sheet, a reference
table of 支援方針 below the answers. Filled by a hospital, then re-saved by LibreOffice.
Run: /usr/bin/python3 obi-w44-b-questionnaire-circle-marks.py
"""
import sys, os, subprocess, shutil, tempfile
sys.path.insert(0, "/tmp/obi-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w44-b-questionnaire-circle-marks.xlsx"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="DDEBF7")
ANS = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()

# ---- 記入要領 -------------------------------------------------------------
guide = wb.active
guide.title = "記入要領"
lines = [
    "オフラインバックアップ支援意向に関するアンケート　記入要領",
    "",
    "１．本様式は、Webアンケート（Microsoft Forms）でのご回答が難しい医療機関様向けのExcel版です。",
    "２．「別紙5_各媒体におけるオフライン状態の定義」「別紙6_オフラインバックアップ支援可能物品一覧」をご確認の上、",
    "　　現在の電子カルテのバックアップ方法等の詳細をご確認いただき、ご回答ください。",
    "３．選択式の設問は、該当する選択肢の「回答欄」に「○」を1つだけ入力してください。",
    "４．設問１（患者数）は、Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数を",
    "　　半角数字で入力してください（1～3000の数値）。",
    "５．設問２で「既にオフラインバックアップを取得済み」を選択した場合、設問３・４の回答は不要です。",
    "　　設問３で「本事業での支援は不要」を選択した場合、設問４の回答は不要です。",
    "６．支援方針（支援A／支援B／支援C／報告のみ／対象外）はご回答内容をもとに事務局にて決定します。",
    "　　「支援方針」欄には記入しないでください。",
    "７．ご記入後、ポータルシステムへアップロードしてください（期限：二次募集医療機関は8/30まで）。",
]
for i, t in enumerate(lines, start=1):
    guide.cell(row=i, column=2, value=t)
guide["B1"].font = Font(bold=True, size=13)
guide.column_dimensions["A"].width = 2
guide.column_dimensions["B"].width = 110

# ---- 回答様式 -------------------------------------------------------------
ws = wb.create_sheet("回答様式")
ws.column_dimensions["A"].width = 2      # spacer
ws.column_dimensions["B"].width = 6      # No.
ws.column_dimensions["C"].width = 46     # 設問
ws.column_dimensions["D"].width = 9      # 回答欄
ws.column_dimensions["E"].width = 58     # 選択肢
ws.column_dimensions["F"].width = 2      # spacer

ws.merge_cells("B2:E2")
ws["B2"] = "オフラインバックアップ支援意向に関するアンケート（Excel回答様式）"
ws["B2"].font = Font(bold=True, size=14)
ws["B2"].alignment = Alignment(horizontal="center")
ws.merge_cells("B3:E3")
ws["B3"] = "医療機関におけるサイバーセキュリティ確保事業　オフラインバックアップの整備支援"
ws["B3"].alignment = Alignment(horizontal="center")
ws.merge_cells("B4:E4")
ws["B4"] = "※記入方法は「記入要領」シートをご確認ください。選択式の設問は回答欄に「○」を入力してください。"
ws["B4"].font = Font(size=9, color="C00000")

# header block: label and value in one cell
ws.merge_cells("B6:E6")
ws["B6"] = "医療機関名（正式名称）：　医療法人社団 緑風会 さぬき中央病院"
ws.merge_cells("B7:E7")
ws["B7"] = "記入者：　情報システム課　主任　香西 修二　（TEL 087-845-2210）"
for r in (6, 7):
    for c in "BCDE":
        ws[f"{c}{r}"].border = BOX
    ws[f"B{r}"].alignment = Alignment(vertical="center")
    ws.row_dimensions[r].height = 22

# questionnaire table
hdr_row = 9
for col, text in zip("BCDE", ["No.", "設問", "回答欄", "選択肢"]):
    c = ws[f"{col}{hdr_row}"]
    c.value = text
    c.fill = HEAD
    c.font = Font(bold=True)
    c.alignment = CENTER
    c.border = BOX

def box(r1, r2):
    for r in range(r1, r2 + 1):
        for col in "BCDE":
            ws[f"{col}{r}"].border = BOX

# Q1 患者数 (free number) — row 10
ws["B10"] = "１"
ws["C10"] = "患者数を入力してください。\n（Teams「00_医療機関データ」に表示されている患者情報数／1～3000）"
ws.merge_cells("D10:E10")
ws["D10"] = 4820            # filled in by the hospital (their own patient figure)
ws["D10"].number_format = "#,##0"
ws["D10"].fill = ANS
ws["D10"].alignment = Alignment(horizontal="left", vertical="center")
box(10, 10)
ws.row_dimensions[10].height = 42

def choice_block(no, question, first_row, options, chosen):
    last = first_row + len(options) - 1
    ws.merge_cells(f"B{first_row}:B{last}")
    ws.merge_cells(f"C{first_row}:C{last}")
    ws[f"B{first_row}"] = no
    ws[f"C{first_row}"] = question
    for i, opt in enumerate(options):
        r = first_row + i
        ws[f"E{r}"] = opt
        ws[f"E{r}"].alignment = WRAP
        ws[f"D{r}"].fill = ANS
        ws[f"D{r}"].alignment = CENTER
        if i == chosen:
            ws[f"D{r}"] = "○"
    box(first_row, last)
    return last

# Q2 current state — rows 11-13
choice_block("２", "現在の電子カルテのバックアップ状況について、該当するものを選択してください。", 11, [
    "既にオフラインバックアップを取得済み（運用中）",
    "電子カルテベンダ様等とオフラインバックアップの方針を検討中",
    "未実施",
], chosen=2)
# Q3 intent — rows 14-17 : left blank by the hospital (planted: required answer missing)
choice_block("３", "本事業での支援のご意向について、該当するものを選択してください。", 14, [
    "本事業で支援可能なサーバ、物品を新設する（調達が年度内に可能）",
    "本事業で支援可能なサーバ、物品を新設する（調達は次年度以降）",
    "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
    "本事業での支援は不要（電子カルテベンダ様等と方針検討中）",
], chosen=None)
# Q4 storage — rows 18-19
choice_block("４", "オフラインバックアップの保存先（希望）", 18, [
    "院内の物理媒体",
    "外部クラウド（※サーバの新設は不要）",
], chosen=0)
# Q5 remarks — row 20
ws["B20"] = "５"
ws["C20"] = "備考（ご質問・ご要望等）"
ws.merge_cells("D20:E20")
ws["D20"] = "バックアップ媒体（RDX／LTO）のどちらが良いか、\n打合せでご相談させてください。"
ws["D20"].alignment = Alignment(wrap_text=True, vertical="top")
ws["D20"].fill = ANS
box(20, 20)
ws.row_dimensions[20].height = 48
for r in range(10, 21):
    ws[f"B{r}"].alignment = CENTER
    ws[f"C{r}"].alignment = WRAP

# ○ list validation from the hidden sheet
lst = wb.create_sheet("リスト")
lst["A1"] = "○"
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="リスト!$A$1:$A$1", allow_blank=True)
ws.add_data_validation(dv)
dv.add("D11:D19")

# 事務局記入欄 + reference table
ws["B22"] = "【事務局記入欄】"
ws["B22"].font = Font(bold=True)
ws.merge_cells("B23:C23")
ws["B23"] = "支援方針（事務局にて決定）"
ws["B23"].fill = HEAD
ws.merge_cells("D23:E23")
box(23, 23)

ws["B25"] = "【参考】支援方針の区分（説明資料より）"
ws["B25"].font = Font(bold=True)
ref = [
    ("支援方針", "概要"),
    ("支援A", "本事業にて支援可能なサーバ、物品を新設する意向あり／サーバ、物品の調達が年度内に可能"),
    ("支援B", "本事業にて支援可能なサーバ、物品を新設する意向あり／サーバ、物品の調達は次年度以降"),
    ("支援C", "支援可能なサーバを導入の意向なし／既存設備に本事業にて支援可能な媒体を接続"),
    ("報告のみ", "電子カルテベンダ様等と方針検討中であり、本事業での支援は不要"),
    ("対象外", "既に電子カルテのオフラインバックアップの運用を開始している"),
]
for i, (a, b) in enumerate(ref):
    r = 26 + i
    ws.merge_cells(f"C{r}:E{r}")
    ws[f"B{r}"] = a
    ws[f"C{r}"] = b
    ws[f"B{r}"].alignment = CENTER
    ws[f"C{r}"].alignment = WRAP
    if i == 0:
        ws[f"B{r}"].fill = HEAD
        ws[f"C{r}"].fill = HEAD
    box(r, r)
    ws.row_dimensions[r].height = 30 if i else 18
ws.column_dimensions["B"].width = 9

ws.print_area = "A1:F31"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
wb.active = 1

# save with openpyxl, then re-save with LibreOffice (as the hospital's PC did)
tmpd = tempfile.mkdtemp(prefix="obi-b-")
src = os.path.join(tmpd, NAME)
wb.save(src)
outd = os.path.join(tmpd, "lo")
os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME), os.path.join(HERE, NAME))
shutil.rmtree(tmpd)
print("saved", os.path.join(HERE, NAME))

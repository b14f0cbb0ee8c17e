#!/usr/bin/python3
"""obi-w17-a: prefecture-made Excel version of the offline-backup intent questionnaire
(No. | 設問 | 選択肢 | 回答欄 with ○ marks), filled by a hospital's IT person; re-saved by LibreOffice."""
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w17-a-questionnaire-circle-marks.xlsx"

FONT = "ＭＳ Ｐゴシック"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="D9E1F2")
ans_fill = PatternFill("solid", fgColor="FFF2CC")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "回答様式"
for col, w in zip("ABCDE", (6, 40, 52, 10, 4)):
    ws.column_dimensions[col].width = w


def f(cell, value, bold=False, size=10, align=wrap, border=True, fill=None):
    c = ws[cell]
    c.value = value
    c.font = Font(name=FONT, bold=bold, size=size)
    c.alignment = align
    if border:
        c.border = box
    if fill:
        c.fill = fill
    return c


def merge_box(rng):
    ws.merge_cells(rng)
    for row in ws[rng]:
        for c in row:
            c.border = box


# --- title block and notes ---
f("A1", "令和６年度「医療機関におけるサイバーセキュリティ確保事業」", size=10, border=False, align=Alignment())
f("A2", "オフラインバックアップ支援意向に関するアンケート　回答様式", bold=True, size=14, border=False,
  align=Alignment())
f("A3", "※「別紙5_各媒体におけるオフライン状態の定義」をご確認の上、ご回答ください。", border=False,
  align=Alignment())
f("A4", "※選択式の設問は、該当する選択肢の「回答欄」に○を１つ記入してください。"
        "（ポータルシステムのWebアンケート（Microsoft Forms）にも同じ内容でご回答ください）",
  border=False, align=Alignment())

# --- header block (label left) ---
f("A6", "医療機関名", bold=True, fill=hdr_fill)
merge_box("A6:B6")
f("C6", "社会医療法人 瀬戸内会　みなと中央病院", fill=ans_fill)
merge_box("C6:D6")
f("A7", "記入者（所属・氏名）", bold=True, fill=hdr_fill)
merge_box("A7:B7")
f("C7", "医療情報管理室　係長　森田 健二", fill=ans_fill)
merge_box("C7:D7")
f("A8", "記入日", bold=True, fill=hdr_fill)
merge_box("A8:B8")
f("C8", "令和6年8月21日", fill=ans_fill)
merge_box("C8:D8")

# --- questionnaire table ---
for cell, v in (("A10", "No."), ("B10", "設問"), ("C10", "選択肢"), ("D10", "回答欄")):
    f(cell, v, bold=True, align=center, fill=hdr_fill)

# Q1 patient count (free answer spanning C:D)
f("A11", "1", align=center)
f("B11", "患者数を入力してください。\n（Microsoft Teamsの「00_医療機関データ」に表示されている"
         "患者情報数。1～3000の数値）")
f("C11", "680人", fill=ans_fill)
merge_box("C11:D11")
ws.row_dimensions[11].height = 42

# Q2 current state
q2 = [
    "既に電子カルテのオフラインバックアップの運用を開始している",
    "電子カルテベンダ等とオフラインバックアップの方針を検討中である",
    "オフラインバックアップは実施していない",
]
f("A12", "2", align=center)
f("B12", "現在の電子カルテのオフラインバックアップの状況について、該当するものを選択してください。")
merge_box("A12:A14")
merge_box("B12:B14")
for i, opt in enumerate(q2):
    f(f"C{12 + i}", f"{i + 1}. {opt}")
    f(f"D{12 + i}", None, align=center, fill=ans_fill)
ws["D14"].value = "○"

# Q3 intent
q3 = [
    "本事業で支援可能なサーバ・物品を新設する（サーバ・物品の調達が年度内に可能）",
    "本事業で支援可能なサーバ・物品を新設する（サーバ・物品の調達は次年度以降）",
    "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
    "本事業での支援は不要（電子カルテベンダ等と検討中、または運用済み）",
]
f("A15", "3", align=center)
f("B15", "本事業によるオフラインバックアップ整備支援の意向について、該当するものを選択してください。"
         "\n（支援可能物品は「別紙6」参照）")
merge_box("A15:A18")
merge_box("B15:B18")
for i, opt in enumerate(q3):
    f(f"C{15 + i}", f"{i + 1}. {opt}")
    f(f"D{15 + i}", None, align=center, fill=ans_fill)
    ws.row_dimensions[15 + i].height = 28
ws["D16"].value = "○"

# Q4 storage
q4 = ["院内の物理媒体に保存", "外部クラウド環境に保存（サーバの新設は不要）"]
f("A19", "4", align=center)
f("B19", "オフラインバックアップの保存先として希望するものを選択してください。")
merge_box("A19:A20")
merge_box("B19:B20")
for i, opt in enumerate(q4):
    f(f"C{19 + i}", f"{i + 1}. {opt}")
    f(f"D{19 + i}", None, align=center, fill=ans_fill)
ws["D19"].value = "○"

# Q5 remarks
f("A21", "5", align=center)
f("B21", "備考（ご意見・ご質問等があればご記入ください）")
f("C21", "サーバ購入費は来年度予算で要求予定です。\n電子カルテベンダにも打合せ参加を依頼済み。",
  fill=ans_fill)
merge_box("C21:D21")
ws.row_dimensions[21].height = 44

# --- secretariat box (left empty: 支援方針 is decided by the secretariat) ---
f("A23", "事務局使用欄", bold=True, fill=hdr_fill)
merge_box("A23:B23")
f("C23", "支援方針：", align=Alignment(vertical="center"))
f("D23", None)

# --- reference table (second table, not answers) ---
f("A25", "【参考】アンケート結果による支援方針（事業者説明資料より）", bold=True, border=False, align=Alignment())
f("A26", "支援方針", bold=True, align=center, fill=hdr_fill)
merge_box("A26:B26")
f("C26", "概要", bold=True, align=center, fill=hdr_fill)
merge_box("C26:D26")
ref = [
    ("支援A", "本事業にて支援可能なサーバ、物品を新設する意向あり（調達が年度内に可能）"),
    ("支援B", "本事業にて支援可能なサーバ、物品を新設する意向あり（調達は次年度以降）"),
    ("支援C", "支援可能なサーバの導入意向なし。既存設備に本事業にて支援可能な媒体を接続"),
    ("報告のみ", "電子カルテベンダ等とオフラインバックアップの方針を検討中であり、支援不要"),
    ("対象外", "既に電子カルテのオフラインバックアップの運用を開始している"),
]
for i, (k, v) in enumerate(ref):
    r = 27 + i
    f(f"A{r}", k, align=center)
    merge_box(f"A{r}:B{r}")
    f(f"C{r}", v)
    merge_box(f"C{r}:D{r}")

ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.print_area = "A1:D31"

# --- instructions sheet ---
ws2 = wb.create_sheet("記入要領")
ws2.column_dimensions["A"].width = 100
lines = [
    "記入要領",
    "1. 本様式は、Webアンケート（Microsoft Forms）の回答内容を院内で確認・保存するための様式です。",
    "2. 患者数は、Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数（1～3000）を記入してください。",
    "3. 既にオフラインバックアップを取得済の場合は、設問2で「運用を開始している」を選択してください（支援対象外となります）。",
    "4. 電子カルテベンダ等と方針を検討中で、本事業での支援が不要な場合は、設問3で「支援は不要」を選択してください。",
    "5. 外部クラウド環境への保存を希望する場合、クラウド接続装置はクラウド事業者にて調達・設置します。",
    "6. 支援方針は、回答内容をもとに事務局が決定します。医療機関での記入は不要です。",
]
for i, t in enumerate(lines, 1):
    c = ws2.cell(row=i, column=1, value=t)
    c.font = Font(name=FONT, bold=(i == 1), size=12 if i == 1 else 10)

# save with openpyxl, then re-save with LibreOffice
tmpdir = tempfile.mkdtemp()
src = os.path.join(tmpdir, NAME)
wb.save(src)
outdir = os.path.join(tmpdir, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME), os.path.join(OUT, NAME))
shutil.rmtree(tmpdir)
print("wrote", os.path.join(OUT, NAME))

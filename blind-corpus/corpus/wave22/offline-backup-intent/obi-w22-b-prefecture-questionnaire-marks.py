#!/usr/bin/python3
"""Prefecture-drawn paper/Excel version of the オフラインバックアップ支援意向アンケート
(No. | 設問 | ○欄 | 選択肢/回答), filled by a hospital IT person, then re-saved by LibreOffice."""
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

FOLDER = "/work/blind/wave22/offline-backup-intent"
NAME = "obi-w22-b-prefecture-questionnaire-marks.xlsx"

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
WR = Alignment(wrap_text=True, vertical="center")
CT = Alignment(horizontal="center", vertical="center")
GRAY = PatternFill("solid", fgColor="D9D9D9")
YEL = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook()

# ---- 記入要領 ----
g = wb.active
g.title = "記入要領"
notes = [
    "オフラインバックアップ支援意向に関するアンケート　記入要領",
    "",
    "１．本票は、ポータルシステムから配布されるWebアンケート（Microsoft Forms）の設問を県で転記したものです。",
    "　　院内でのご検討・決裁用としてご利用いただき、回答は必ずWebアンケートにも入力してください。",
    "２．回答前に「別紙5_各媒体におけるオフライン状態の定義」「別紙6_オフラインバックアップ支援可能物品一覧」をご確認ください。",
    "３．選択式の設問は、該当する選択肢の左欄に「○」を１つだけ記入してください。",
    "４．患者数は、Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数（1～3000の数値）を記入してください。",
    "５．「支援方針」欄は回答内容から自動で判定されます（入力不要）。",
    "６．回答期限：令和6年8月30日（金）",
    "",
    "問合せ先：香川県健康福祉部医務国保課　医療政策グループ",
]
for i, s in enumerate(notes, 1):
    g.cell(i, 1, s)
g["A1"].font = Font(bold=True, size=13)
g.column_dimensions["A"].width = 110

# ---- hidden option list ----
h = wb.create_sheet("選択肢")
opts = {
    "A": ["現在の状況", "既に電子カルテのオフラインバックアップを運用している", "電子カルテベンダ等と方針を検討中", "実施していない"],
    "B": ["支援の意向", "サーバ・物品を新設（年度内に調達）", "サーバ・物品を新設（次年度以降に調達）", "既存設備に媒体を接続（サーバ新設なし）", "本事業での支援は不要"],
    "C": ["保存先", "院内の物理媒体", "外部クラウド"],
    "D": ["支援方針", "対象外", "報告のみ", "支援A", "支援B", "支援C"],
}
for col, vals in opts.items():
    for i, v in enumerate(vals, 1):
        h[f"{col}{i}"] = v
h.sheet_state = "hidden"

# ---- 回答票 ----
ws = wb.create_sheet("回答票")
wb.active = 2
for col, w in zip("ABCDEFG", [1.5, 6, 30, 5, 58, 1.5, 12]):
    ws.column_dimensions[col].width = w

ws["B1"] = "オフラインバックアップ支援意向に関するアンケート（回答票）"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "医療機関におけるサイバーセキュリティ確保事業（令和6年度）　　香川県健康福祉部医務国保課"
ws["B3"] = "※選択式の設問は該当欄に○を記入。回答は8/30までにWebアンケート（Microsoft Forms）へ入力してください。"
ws["B3"].font = Font(size=9, color="C00000")

# filler info (not survey questions)
ws["B5"] = "回答日：R6.8.21"
ws["E5"] = "記入者：情報システム管理室　主任　大西 健一（内線 2215）"

r = 7
for col, txt in zip("BCDE", ["No.", "設　問", "○欄", "選択肢 ／ 回答"]):
    c = ws[f"{col}{r}"]
    c.value = txt
    c.fill = GRAY
    c.font = Font(bold=True)
    c.alignment = CT
    c.border = B

def box(rng):
    for row in ws[rng]:
        for c in row:
            c.border = B

def question(row0, no, text, options, marks):
    """options in E, marks in D; No./設問 merged down."""
    n = len(options)
    ws[f"B{row0}"] = no
    ws[f"C{row0}"] = text
    if n > 1:
        ws.merge_cells(f"B{row0}:B{row0+n-1}")
        ws.merge_cells(f"C{row0}:C{row0+n-1}")
    ws[f"B{row0}"].alignment = CT
    ws[f"C{row0}"].alignment = WR
    for i, o in enumerate(options):
        ws[f"E{row0+i}"] = o
        ws[f"E{row0+i}"].alignment = WR
        m = marks[i] if i < len(marks) else None
        if m:
            ws[f"D{row0+i}"] = m
        ws[f"D{row0+i}"].alignment = CT
        ws[f"D{row0+i}"].fill = YEL
    box(f"B{row0}:E{row0+n-1}")
    return row0 + n

# Q1 hospital name (free answer spans D:E)
r = 8
ws[f"B{r}"] = "1"; ws[f"B{r}"].alignment = CT
ws[f"C{r}"] = "病院名（正式名称）"; ws[f"C{r}"].alignment = WR
ws.merge_cells(f"D{r}:E{r}")
ws[f"D{r}"] = "社会医療法人 讃岐会 宇多津みなと病院"
ws[f"D{r}"].fill = YEL
box(f"B{r}:E{r}")
ws.row_dimensions[r].height = 24
# Q2 patient count
r = 9
ws[f"B{r}"] = "2"; ws[f"B{r}"].alignment = CT
ws[f"C{r}"] = "患者数\n（Teams「00_医療機関データ」に表示の患者情報数。1～3000の数値）"
ws[f"C{r}"].alignment = WR
ws.merge_cells(f"D{r}:E{r}")
ws[f"D{r}"] = "3,200"          # typed as text with a comma
ws[f"D{r}"].fill = YEL
ws[f"D{r}"].alignment = Alignment(horizontal="left", vertical="center")
box(f"B{r}:E{r}")
ws.row_dimensions[r].height = 42

r = question(10, "3", "現在の電子カルテのオフラインバックアップの状況\n（いずれか1つに○）",
             ["既に電子カルテのオフラインバックアップを取得し、運用している（→本事業の支援対象外）",
              "電子カルテベンダ等とオフラインバックアップの方針を検討中である",
              "実施していない"],
             [None, None, "○"])
r = question(r, "4", "本事業による支援の意向\n（いずれか1つに○）",
             ["本事業で支援可能なサーバ・物品を新設する。調達は年度内に可能",
              "本事業で支援可能なサーバ・物品を新設する。調達は次年度以降",
              "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
              "ベンダ等と検討中のため、本事業での支援は不要"],
             [None, "○", None, None])
r = question(r, "5", "バックアップの保存先\n（4で支援を希望する場合、いずれか1つに○）",
             ["院内の物理媒体", "外部クラウド（サーバの新設は不要）"],
             ["○", None])
# Q6 remarks
ws[f"B{r}"] = "6"; ws[f"B{r}"].alignment = CT
ws[f"C{r}"] = "備考（ご質問・ご意見等）"; ws[f"C{r}"].alignment = WR
ws.merge_cells(f"D{r}:E{r}")
ws[f"D{r}"] = "新設サーバの購入費は令和7年度当初予算で要求予定です。\n打合せは9月以降でお願いします。"
ws[f"D{r}"].alignment = WR
ws[f"D{r}"].fill = YEL
box(f"B{r}:E{r}")
ws.row_dimensions[r].height = 45
rem_row = r
r += 2

# derived policy cell: meant to be a formula; the filler typed over it
ws[f"B{r}"] = "支援方針（自動判定・入力不要）"
ws.merge_cells(f"B{r}:C{r}")
ws[f"B{r}"].fill = GRAY
ws[f"B{r}"].font = Font(bold=True)
ws[f"D{r}"] = "支援A"
ws.merge_cells(f"D{r}:E{r}")
box(f"B{r}:E{r}")
policy_row = r
r += 2

# reference table (second table on the sheet)
ws[f"B{r}"] = "（参考）支援方針ごとの対応範囲"
ws[f"B{r}"].font = Font(bold=True)
r += 1
for col, txt in zip("BCE", ["方針", "概要", "医療機関で必要な対応"]):
    ws[f"{col}{r}"] = txt
    ws[f"{col}{r}"].fill = GRAY
ws.merge_cells(f"C{r}:D{r}")
box(f"B{r}:E{r}")
ref = [
    ("支援A", "支援可能なサーバ・物品を新設、調達が年度内に可能", "打合せ(2～3回)、サーバ・媒体の調達・保守手配、既存機器の設定変更、現地作業の立会い"),
    ("支援B", "支援可能なサーバ・物品を新設、調達は次年度以降", "打合せ(2～3回)、サーバ・媒体の調達・保守手配、既存機器の設定変更、新設サーバの構築作業(次年度以降)"),
    ("支援C", "サーバ導入の意向なし、既存設備に支援可能な媒体を接続", "打合せ(1回程度)、媒体の調達・保守手配、既存機器の設定変更"),
    ("報告のみ", "ベンダ等と方針検討中で支援不要", "なし（Webアンケート回答のみ）"),
    ("対象外", "既にオフラインバックアップの運用を開始済", "なし（Webアンケート回答のみ）"),
]
for p, s, d in ref:
    r += 1
    ws[f"B{r}"] = p
    ws[f"C{r}"] = s
    ws.merge_cells(f"C{r}:D{r}")
    ws[f"E{r}"] = d
    for col in "BCE":
        ws[f"{col}{r}"].alignment = WR
        ws[f"{col}{r}"].font = Font(size=9)
    box(f"B{r}:E{r}")
    ws.row_dimensions[r].height = 30

ws.print_area = f"A1:F{r}"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

tmpdir = tempfile.mkdtemp()
src = os.path.join(tmpdir, NAME)
wb.save(src)
outdir = os.path.join(tmpdir, "out")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME), os.path.join(FOLDER, NAME))
shutil.rmtree(tmpdir)
print("saved", os.path.join(FOLDER, NAME), "remarks row", rem_row, "policy row", policy_row)

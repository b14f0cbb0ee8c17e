#!/usr/bin/python3
# Generator for obi-w8-a-checkbox-form.xlsx
# Role: the programme secretariat's Excel version of the Forms questionnaire
# (オフラインバックアップ支援意向に関するアンケート), printed-form style with boxes (□/■)
# and options as columns with a ○ mark; filled by one hospital's IT person.
# Writes only into /work/blind/wave8/offline-backup-intent/ ; re-saved once by LibreOffice.
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT_DIR = "/work/blind/wave8/offline-backup-intent"
NAME = "obi-w8-a-checkbox-form"

thin = Side(style="thin", color="000000")
medium = Side(style="medium", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
GRAY = PatternFill("solid", fgColor="D9D9D9")
PALE = PatternFill("solid", fgColor="FFF2CC")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
F = "ＭＳ Ｐゴシック"


def box_range(ws, rng, fill=None):
    for row in ws[rng]:
        for c in row:
            c.border = BOX
            if fill is not None:
                c.fill = fill


def put(ws, ref, value, merge=None, font=None, align=WRAP, fill=None, border=True):
    ws[ref] = value
    ws[ref].font = font or Font(name=F, size=10.5)
    ws[ref].alignment = align
    if merge:
        ws.merge_cells(merge)
        if border:
            box_range(ws, merge, fill)
    elif border:
        ws[ref].border = BOX
        if fill is not None:
            ws[ref].fill = fill


wb = Workbook()
ws = wb.active
ws.title = "回答票"
ws.sheet_view.showGridLines = False
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = "A1:M31"

widths = {"A": 2, "B": 2, "C": 24, "D": 5}
for col, w in widths.items():
    ws.column_dimensions[col].width = w
for col in "EFGHIJKL":
    ws.column_dimensions[col].width = 10.5
ws.column_dimensions["M"].width = 2

# ---- title block -------------------------------------------------------
put(ws, "K1", "（様式）Excel回答用", merge="K1:L1", border=False,
    align=Alignment(horizontal="right"), font=Font(name=F, size=9))
put(ws, "B2", "オフラインバックアップ支援意向に関するアンケート（Excel回答票）", merge="B2:L2",
    border=False, align=CENTER, font=Font(name=F, size=14, bold=True))
put(ws, "B3", "医療機関におけるサイバーセキュリティ確保事業（令和6年度）　事務局", merge="B3:L3",
    border=False, align=CENTER, font=Font(name=F, size=10))
ws.row_dimensions[2].height = 26
put(ws, "B4",
    "※ 原則はポータルシステム経由の Webアンケート（Microsoft Forms）でご回答ください。Formsで回答できない場合に限り、"
    "本票に記入のうえポータルシステムへアップロードしてください。回答期限：令和6年8月30日（金）",
    merge="B4:L4", border=False, font=Font(name=F, size=9))
put(ws, "B5",
    "※ 「別紙5_各媒体におけるオフライン状態の定義」をご確認の上ご回答ください。選択欄は該当する□を■に変更、"
    "または該当欄に○を記入してください（いずれも1つのみ）。",
    merge="B5:L5", border=False, font=Font(name=F, size=9))
ws.row_dimensions[4].height = 36
ws.row_dimensions[5].height = 26

# ---- 1. hospital name ---------------------------------------------------
put(ws, "C7", "１．病院名（正式名称）", fill=GRAY)
put(ws, "D7", "社会医療法人　瀬戸内会　坂出みなと病院", merge="D7:L7", fill=PALE)
ws.row_dimensions[7].height = 24

# ---- 2. count ----------------------------------------------------------
put(ws, "C9", "２．患者数【必須】", fill=GRAY)
put(ws, "D9", 3450, merge="D9:E9", fill=PALE,
    align=Alignment(horizontal="right", vertical="center"))
ws["D9"].number_format = "#,##0"
put(ws, "F9", "件", border=False, align=Alignment(vertical="center"))
put(ws, "G9",
    "1から3000の間の数値。Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入",
    merge="G9:L9", border=False, font=Font(name=F, size=8.5))
ws.row_dimensions[9].height = 28

# ---- 3. current state --------------------------------------------------
put(ws, "C11", "３．現在の電子カルテのバックアップの状況（該当する□を■に、1つのみ）",
    merge="C11:L11", fill=GRAY)
opts3 = [
    ("■", "1. 既に電子カルテのオフラインバックアップを運用している（本事業の支援対象外となります）"),
    ("□", "2. 電子カルテベンダ等とオフラインバックアップの方針を検討中である"),
    ("□", "3. オフラインバックアップは実施していない"),
]
for i, (mark, text) in enumerate(opts3):
    r = 12 + i
    put(ws, f"D{r}", mark, align=CENTER, fill=PALE)
    put(ws, f"E{r}", text, merge=f"E{r}:L{r}")
    ws.row_dimensions[r].height = 20

# ---- 4. intent (options as columns, mark row) ---------------------------
put(ws, "C16",
    "４．本事業における支援の意向（該当欄に○を1つ）\n　※３で「1. 既に運用している」を選んだ場合は４・５は回答不要",
    merge="C16:L16", fill=GRAY)
ws.row_dimensions[16].height = 30
put(ws, "C17", "選択肢", align=CENTER)
put(ws, "D17", "", border=True)
heads4 = [
    ("E17", "E17:F17", "支援可能なサーバ・物品を新設する\n（年度内に調達可能）"),
    ("G17", "G17:H17", "支援可能なサーバ・物品を新設する\n（調達は次年度以降）"),
    ("I17", "I17:J17", "サーバは新設せず、既存設備に支援可能な媒体を接続する"),
    ("K17", "K17:L17", "本事業での支援は不要\n（ベンダ等と方針検討中）"),
]
for ref, rng, text in heads4:
    put(ws, ref, text, merge=rng, align=CENTER, font=Font(name=F, size=9))
ws.row_dimensions[17].height = 52
put(ws, "C18", "該当欄に○", align=CENTER)
put(ws, "D18", "", border=True)
marks4 = {"E18": "○", "G18": "", "I18": "", "K18": ""}
for ref, mark in marks4.items():
    col2 = chr(ord(ref[0]) + 1)
    put(ws, ref, mark, merge=f"{ref}:{col2}18", align=CENTER, fill=PALE,
        font=Font(name=F, size=14))
ws.row_dimensions[18].height = 26

# ---- 5. storage --------------------------------------------------------
put(ws, "C20", "５．バックアップデータの保存先（４で支援を希望する場合。該当する□を■に）",
    merge="C20:L20", fill=GRAY)
put(ws, "D21", "■", align=CENTER, fill=PALE)
put(ws, "E21", "院内の物理媒体", merge="E21:G21")
put(ws, "H21", "□", align=CENTER, fill=PALE)
put(ws, "I21", "外部クラウド（サーバの新設は不要）", merge="I21:L21")
ws.row_dimensions[21].height = 20

# ---- 6. remarks --------------------------------------------------------
put(ws, "C23", "６．備考・ご意見等", fill=GRAY)
ws.merge_cells("C23:C25")
box_range(ws, "C23:C25", GRAY)
put(ws, "D23",
    "現在、LTOテープで週1回バックアップを取得し、事務棟の金庫で保管しています。\n"
    "テープ交換の負担が大きいため、本事業でサーバを新設したいと考えています。",
    merge="D23:L25", fill=PALE, align=Alignment(wrap_text=True, vertical="top"))
for r in (23, 24, 25):
    ws.row_dimensions[r].height = 20

# ---- filler / date ----------------------------------------------------
put(ws, "C27", "記入日", fill=GRAY)
put(ws, "D27", "令和6年8月27日", merge="D27:F27")
put(ws, "G27", "記入者", fill=GRAY, align=CENTER)
put(ws, "H27", "医療情報管理室　主任　香西 和也（内線215）", merge="H27:L27")

# ---- secretariat box (left blank) -------------------------------------
put(ws, "C29", "【事務局使用欄】支援方針", fill=GRAY)
put(ws, "D29", None, merge="D29:F29")
put(ws, "G29", "対象外／報告のみ／支援A／支援B／支援C（事務局にて判定・記入不要）",
    merge="G29:L29", border=False, font=Font(name=F, size=8.5))

# ---- validations (lists on a hidden sheet) ----------------------------
lst = wb.create_sheet("list")
lst["A1"] = "□"
lst["A2"] = "■"
lst["B1"] = "○"
lst.sheet_state = "hidden"
dv1 = DataValidation(type="list", formula1="list!$A$1:$A$2", allow_blank=True)
dv2 = DataValidation(type="list", formula1="list!$B$1:$B$1", allow_blank=True)
ws.add_data_validation(dv1)
ws.add_data_validation(dv2)
for ref in ("D12", "D13", "D14", "D21", "H21"):
    dv1.add(ref)
for ref in ("E18", "G18", "I18", "K18"):
    dv2.add(ref)

# ---- 記入要領 sheet: the briefing's table of policies ------------------
g = wb.create_sheet("記入要領", 1)
g.column_dimensions["A"].width = 12
g.column_dimensions["B"].width = 40
g.column_dimensions["C"].width = 40
g.column_dimensions["D"].width = 40
g["A1"] = "記入要領・支援方針ごとの対応範囲（参考）"
g["A1"].font = Font(name=F, size=12, bold=True)
g["A2"] = ("回答内容をもとに事務局が支援方針を決定します。回答票の「事務局使用欄」は記入不要です。"
           "本事業で支援可能な物品は「別紙6_オフラインバックアップ支援可能物品一覧」をご参照ください。")
g["A2"].alignment = Alignment(wrap_text=True, vertical="top")
g.merge_cells("A2:D2")
g.row_dimensions[2].height = 32
hdr = ["支援方針", "概要", "医療機関様で必要な対応", "本事業での支援対応"]
rows = [
    ("支援A", "支援可能なサーバ・物品を新設する意向あり。サーバ・物品の調達が年度内に可能",
     "Webアンケート回答／打ち合わせ対応（2～3回程度）／新設サーバ・バックアップ媒体の調達・保守手配／"
     "既存機器の設定変更対応（手配）／現地作業における立ち合い対応",
     "要件の共有／既存バックアップの状況・計画の意向確認／計画・運用手順の策定支援／新設サーバ・媒体の現地構築、設置対応"),
    ("支援B", "支援可能なサーバ・物品を新設する意向あり。サーバ・物品の調達は次年度以降",
     "Webアンケート回答／打ち合わせ対応（2～3回程度）／新設サーバ・バックアップ媒体の調達・保守手配／"
     "既存機器の設定変更対応（手配）／新設サーバの構築作業（次年度以降）",
     "要件の共有／既存バックアップの状況・計画の意向確認／計画・運用手順の策定支援／現地構築手順の提供"),
    ("支援C", "支援可能なサーバを導入の意向なし。既存設備に支援可能な媒体を接続",
     "Webアンケート回答／打ち合わせ対応（1回程度）／バックアップ媒体の調達・保守手配／既存機器の設定変更対応（手配）",
     "要件の共有／既存バックアップの状況・計画の意向確認／計画の策定支援"),
    ("報告のみ", "電子カルテベンダ等と方針検討中であり、支援不要",
     "なし（Webアンケート回答のみで完了）",
     "要件の共有／検討中の方針（構成概要、導入予定期）をヒアリングし厚労省へ報告"),
    ("対象外", "既に電子カルテのオフラインバックアップの運用を開始している",
     "なし（Webアンケート回答のみで完了）",
     "要件の共有／導入済の方針（構成概要）をヒアリングし厚労省へ報告"),
]
for j, h in enumerate(hdr):
    c = g.cell(row=4, column=1 + j, value=h)
    c.font = Font(name=F, bold=True)
    c.fill = GRAY
    c.border = BOX
    c.alignment = CENTER
for i, row in enumerate(rows):
    for j, v in enumerate(row):
        c = g.cell(row=5 + i, column=1 + j, value=v)
        c.border = BOX
        c.alignment = Alignment(wrap_text=True, vertical="top")
    g.row_dimensions[5 + i].height = 62
g["A11"] = ("保存先：院内の物理媒体の場合、支援A・Bはサーバを院内へ新設し媒体を接続、支援Cは既設環境に媒体を接続。"
            "外部クラウドの場合はクラウド接続装置を院内へ新設（サーバの新設は不要）。")
g["A11"].alignment = Alignment(wrap_text=True, vertical="top")
g.merge_cells("A11:D11")
g.row_dimensions[11].height = 32

wb.active = 0

# ---- save via openpyxl, then re-save with LibreOffice -----------------
tmpdir = tempfile.mkdtemp(prefix="obi_w8_a_")
src = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(src)
outdir = os.path.join(tmpdir, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT_DIR, NAME + ".xlsx"))
shutil.rmtree(tmpdir)
print("wrote", os.path.join(OUT_DIR, NAME + ".xlsx"))

#!/usr/bin/python3
"""obi-w26-a: prefecture-drawn Excel version of the offline-backup intent survey
(for hospitals that cannot use the Forms/portal). Print-style questionnaire,
No. | 設問 | 回答, options listed under each question with a mark column (○) beside
the chosen one; 支援方針 computed by a formula; 記入要領 sheet; hidden 選択肢 sheet.
Saved by openpyxl, then re-saved by LibreOffice (so the formula has a cached value)."""
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave26/offline-backup-intent"
NAME = "obi-w26-a-questionnaire-circle-marks.xlsx"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center")
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
in_fill = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook()
ws = wb.active
ws.title = "回答票"
ws.sheet_view.showGridLines = False
for col, w in {"A": 2, "B": 6, "C": 30, "D": 6, "E": 52, "F": 2}.items():
    ws.column_dimensions[col].width = w

ws["B1"] = "様式（Web回答が困難な場合）"
ws["B1"].font = Font(size=9)
ws.merge_cells("B2:E2")
ws["B2"] = "オフラインバックアップ支援意向に関するアンケート（回答票）"
ws["B2"].font = Font(size=14, bold=True)
ws["B2"].alignment = center
ws.merge_cells("B3:E3")
ws["B3"] = "医療機関におけるサイバーセキュリティ確保事業（令和6年度）"
ws["B3"].alignment = center
ws.merge_cells("B4:E5")
ws["B4"] = ("※「別紙5_各媒体におけるオフライン状態の定義」「別紙6_オフラインバックアップ支援可能物品一覧」を"
            "ご確認のうえ、該当する選択肢の「回答」欄に○を付けてください。\n"
            "※ 8/30（金）までにご提出ください。")
ws["B4"].alignment = wrap
ws["B4"].font = Font(size=9)
ws.row_dimensions[4].height = 22
ws.row_dimensions[5].height = 22

# header row
r = 7
for col, text in (("B", "No."), ("C", "設問"), ("D", "回答"), ("E", "選択肢／回答欄")):
    c = ws[f"{col}{r}"]
    c.value = text
    c.font = Font(bold=True)
    c.fill = hdr_fill
    c.alignment = center
    c.border = box


def question(row, no, text, height=None):
    ws[f"B{row}"] = no
    ws[f"C{row}"] = text
    return row


def fill_q(top, bottom):
    ws.merge_cells(f"B{top}:B{bottom}")
    ws.merge_cells(f"C{top}:C{bottom}")
    ws[f"B{top}"].alignment = center
    ws[f"C{top}"].alignment = wrap
    for rr in range(top, bottom + 1):
        for col in "BCDE":
            ws[f"{col}{rr}"].border = box
        ws[f"D{rr}"].alignment = center
        ws[f"E{rr}"].alignment = wrap


# Q1 hospital name
ws["B8"] = 1
ws["C8"] = "病院名を入力してください。（正式名称）"
ws.merge_cells("D8:E8")
ws["D8"] = "医療法人 讃岐会 しおかぜ総合病院"
ws["D8"].fill = in_fill
fill_q(8, 8)
ws["D8"].alignment = Alignment(vertical="center")
ws.row_dimensions[8].height = 24

# Q2 patient count
ws["B9"] = 2
ws["C9"] = ("患者数を入力してください。\n（Microsoft Teamsの「00_医療機関データ」に表示されている"
            "患者情報数を記入ください。1～3000の数値）")
ws.merge_cells("D9:E9")
ws["D9"] = "1,240"          # typed as text with a thousands comma
ws["D9"].fill = in_fill
fill_q(9, 9)
ws["D9"].alignment = Alignment(vertical="center")
ws.row_dimensions[9].height = 48

# Q3 current state (rows 10-12)
ws["B10"] = 3
ws["C10"] = "現在の電子カルテのバックアップの状況について、該当するものを1つ選んでください。"
q3 = ["既に電子カルテのオフラインバックアップの運用を開始している",
      "電子カルテベンダ等とオフラインバックアップの方針を検討中である",
      "オフラインバックアップは実施していない"]
for i, t in enumerate(q3):
    ws[f"E{10 + i}"] = f"{i + 1}. {t}"
ws["D12"] = "○"
fill_q(10, 12)

# Q4 intent (rows 13-16)
ws["B13"] = 4
ws["C13"] = ("本事業による支援の意向について、該当するものを1つ選んでください。\n"
             "（設問3で「1」を選択した場合は回答不要）")
q4 = ["本事業で支援可能なサーバ・物品を新設する（調達は年度内に可能）",
      "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
      "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
      "電子カルテベンダ等と方針を検討中のため、本事業での支援は不要"]
for i, t in enumerate(q4):
    ws[f"E{13 + i}"] = f"{i + 1}. {t}"
ws["D13"] = "○"
fill_q(13, 16)

# Q5 storage (rows 17-18)
ws["B17"] = 5
ws["C17"] = "オフラインバックアップの保存先（希望する構成）"
ws["E17"] = "1. 院内の物理媒体に保存"
ws["E18"] = "2. 外部クラウド環境に保存（サーバの新設は不要）"
ws["D17"] = "○"
fill_q(17, 18)

# Q6 remarks
ws["B19"] = 6
ws["C19"] = "備考（ご意見・ご質問等があればご記入ください）"
ws.merge_cells("D19:E19")
ws["D19"] = ("電子カルテベンダ（保守担当）とは打合せ日程を調整中です。\n"
             "サーバ室のラックに1U分の空きあり。")
fill_q(19, 19)
ws["D19"].alignment = wrap
ws.row_dimensions[19].height = 40

# data validation on the mark cells
dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
for rr in list(range(10, 19)):
    dv.add(f"D{rr}")

# respondent block (not part of the survey keys)
ws["B21"] = "回答者"
ws["B21"].font = Font(bold=True)
ws["C22"] = "所属・氏名"
ws["E22"] = "医療情報管理室　三好 健太"
ws["C23"] = "電話番号"
ws["E23"] = "087-831-4470"
ws["C24"] = "記入日"
ws["E24"] = "R6.8.22"
for rr in (22, 23, 24):
    ws.merge_cells(f"C{rr}:D{rr}")
    for col in "CDE":
        ws[f"{col}{rr}"].border = box

# computed policy (never typed in)
ws["B26"] = "【事務局使用欄】"
ws["B26"].font = Font(bold=True, size=9)
ws.merge_cells("B27:D27")
ws["B27"] = "支援方針（自動判定・入力不要）"
ws["B27"].fill = hdr_fill
ws["E27"] = ('=IF(D10="○","対象外",IF(AND(D11="○",D16="○"),"報告のみ",'
             'IF(D13="○","支援A",IF(D14="○","支援B",IF(D15="○","支援C","")))))')
for col in "BCDE":
    ws[f"{col}27"].border = box
ws["E27"].font = Font(bold=True)

ws.print_area = "A1:F27"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

# 記入要領 sheet
g = wb.create_sheet("記入要領")
g.column_dimensions["A"].width = 12
g.column_dimensions["B"].width = 50
g.column_dimensions["C"].width = 50
g["A1"] = "記入要領"
g["A1"].font = Font(size=13, bold=True)
notes = [
    "1. 本票は、ポータルシステム経由のWebアンケート（Microsoft Forms）で回答できない医療機関様向けの様式です。",
    "2. 回答欄は該当する選択肢の左の「回答」欄に○を入力してください（各設問1つ）。",
    "3. 設問3で「既に運用を開始している」を選んだ場合、設問4・5は回答不要です（本事業の支援対象外）。",
    "4. 患者数は1～3000の数値で記入してください。",
    "5. 支援方針は回答内容から自動で判定されます。入力しないでください。",
]
for i, t in enumerate(notes):
    g[f"A{3 + i}"] = t
g["A9"] = "支援方針"
g["B9"] = "医療機関様で必要な対応"
g["C9"] = "本事業での支援対応"
for col in "ABC":
    g[f"{col}9"].fill = hdr_fill
    g[f"{col}9"].border = box
tbl = [
    ("支援A", "Webアンケート回答、打合せ（2～3回程度）、新設サーバ・バックアップ媒体の調達・保守手配、既存機器の設定変更（手配）、現地作業の立会い",
     "要件の共有、計画・運用手順の策定支援、新設サーバ・媒体の現地構築・設置"),
    ("支援B", "Webアンケート回答、打合せ（2～3回程度）、新設サーバ・バックアップ媒体の調達・保守手配、既存機器の設定変更（手配）、新設サーバの構築作業（次年度以降）",
     "要件の共有、計画・運用手順の策定支援、現地構築手順の提供"),
    ("支援C", "Webアンケート回答、打合せ（1回程度）、バックアップ媒体の調達・保守手配、既存機器の設定変更（手配）",
     "要件の共有、計画の策定支援"),
    ("報告のみ", "なし（アンケート回答のみで完了）", "検討中の方針をヒアリングし厚労省へ報告"),
    ("対象外", "なし（アンケート回答のみで完了）", "導入済の方針をヒアリングし厚労省へ報告"),
]
for i, row in enumerate(tbl):
    for j, v in enumerate(row):
        c = g.cell(row=10 + i, column=1 + j, value=v)
        c.alignment = wrap
        c.border = box

# hidden list sheet
h = wb.create_sheet("選択肢")
h["A1"] = "○"
h["A2"] = "×"
h.sheet_state = "hidden"

wb.active = 0
tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME)
wb.save(src)
outdir = os.path.join(tmp, "lo")
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src],
               check=True, capture_output=True)
shutil.copy(os.path.join(outdir, NAME), os.path.join(OUT, NAME))
shutil.rmtree(tmp)
print("wrote", os.path.join(OUT, NAME))

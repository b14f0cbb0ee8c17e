#!/usr/bin/python3
"""Generator for obi-w18-a-question-marks-approval.xlsx (hospital-side answer record, re-saved by LibreOffice)."""
import os, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w18-a-question-marks-approval.xlsx"

thin = Side(style="thin"); med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="D9D9D9")
pale = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook()
ws = wb.active
ws.title = "回答控え"
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 6
ws.column_dimensions["C"].width = 40
ws.column_dimensions["D"].width = 6
ws.column_dimensions["E"].width = 52
ws.column_dimensions["F"].width = 2
ws.column_dimensions["G"].width = 9
ws.column_dimensions["H"].width = 9
ws.column_dimensions["I"].width = 9

def setb(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box

# title block and approval boxes
ws["B1"] = "オフラインバックアップ支援意向に関するアンケート　回答内容（院内確認用）"
ws["B1"].font = Font(bold=True, size=13)
ws.merge_cells("B1:E1")
ws["B2"] = ("※「医療機関におけるサイバーセキュリティ確保事業」ポータルシステムのWebアンケート（Microsoft Forms）へ"
            "入力する前に、本票で内容を確認し決裁を受けること。\n※別紙5「各媒体におけるオフライン状態の定義」、"
            "別紙6「オフラインバックアップ支援可能物品一覧」を参照。")
ws["B2"].alignment = wrap
ws.merge_cells("B2:E2")
ws.row_dimensions[2].height = 48
for col, t in zip("GHI", ["事務長", "課長", "担当"]):
    ws[f"{col}1"] = t; ws[f"{col}1"].alignment = center; ws[f"{col}1"].fill = grey
setb("G1:I2")
ws.row_dimensions[1].height = 20

ws["B4"] = "作成日"; ws["C4"] = "令和6年8月19日"
ws["B5"] = "担当"; ws["C5"] = "情報システム室　主任　三好 健太（内線 2315）"
ws["D4"] = "Forms入力"; ws.merge_cells("D4:D5"); ws["D4"].alignment = center
ws["E4"] = "済（8/21 三好）"; ws.merge_cells("E4:E5"); ws["E4"].alignment = wrap
for c in ("B4", "B5"): ws[c].fill = grey
setb("B4:E5")

# header of the question table
r = 7
for col, t in zip("BCDE", ["No.", "設問", "回答", "選択肢／回答内容"]):
    ws[f"{col}{r}"] = t; ws[f"{col}{r}"].fill = grey; ws[f"{col}{r}"].alignment = center; ws[f"{col}{r}"].font = Font(bold=True)
ws.merge_cells(f"D{r}:E{r}")
ws[f"D{r}"] = "回答（該当する選択肢の左欄に ○）"

rows = {}
def free_q(no, q, val, height=30, key=None):
    global r
    r += 1
    ws[f"B{r}"] = no; ws[f"C{r}"] = q; ws[f"D{r}"] = val
    ws.merge_cells(f"D{r}:E{r}")
    ws[f"B{r}"].alignment = center; ws[f"C{r}"].alignment = wrap; ws[f"D{r}"].alignment = wrap
    ws[f"D{r}"].fill = pale
    ws.row_dimensions[r].height = height
    setb(f"B{r}:E{r}")
    if key: rows[key] = r

def choice_q(no, q, options, chosen, mark, key):
    global r
    first = r + 1
    for i, opt in enumerate(options):
        r += 1
        ws[f"E{r}"] = opt; ws[f"E{r}"].alignment = wrap
        ws[f"D{r}"].alignment = center; ws[f"D{r}"].fill = pale
        if i == chosen:
            ws[f"D{r}"] = mark
        ws.row_dimensions[r].height = 30
        rows[(key, i)] = r
    ws[f"B{first}"] = no; ws[f"C{first}"] = q
    ws.merge_cells(f"B{first}:B{r}"); ws.merge_cells(f"C{first}:C{r}")
    ws[f"B{first}"].alignment = center; ws[f"C{first}"].alignment = wrap
    setb(f"B{first}:E{r}")

free_q("Q1", "患者数を入力してください。\n（Microsoft Teams「00_医療機関データ」に表示されている患者情報数。1～3000の数値）", 842, 45, "count")
free_q("Q2", "病院名を入力してください。", "医療法人社団 緑風会 さぬき中央病院", 30, "name")
choice_q("Q3", "現在の電子カルテのバックアップの状況",
         ["既に電子カルテのオフラインバックアップを運用している",
          "電子カルテベンダ等とオフラインバックアップの方針を検討中",
          "オフラインバックアップは実施していない"], 2, "○", "state")
choice_q("Q4", "本事業における支援の意向\n（Q3で「既に運用している」を選んだ場合は回答不要）",
         ["本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）",
          "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
          "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
          "本事業での支援は不要（ベンダ等と検討中の方針で対応）"], 2, "〇", "intent")
choice_q("Q5", "オフラインバックアップの保存先（希望）",
         ["院内の物理媒体に保存", "外部クラウド環境に保存（サーバの新設は不要）"], 0, "○", "storage")
free_q("Q6", "その他（備考・ご質問等）",
       "現在は電子カルテサーバ室のNASへ日次でバックアップ（常時ネットワーク接続）。\n"
       "既存バックアップサーバにLTOドライブを接続する案で電子カルテベンダと調整中。\n打合せは9月中旬以降を希望。",
       62, "remarks")

# derived policy (formula)
r += 2
pol = r
ws[f"B{r}"] = "支援方針（自動判定・入力不要）"; ws.merge_cells(f"B{r}:C{r}")
ws[f"B{r}"].fill = grey; ws[f"B{r}"].font = Font(bold=True)
S = lambda i: f'D{rows[("state", i)]}<>""'
I = lambda i: f'D{rows[("intent", i)]}<>""'
ws[f"D{r}"] = (f'=IF({S(0)},"対象外",IF({I(3)},"報告のみ",IF({I(0)},"支援A",'
               f'IF({I(1)},"支援B",IF({I(2)},"支援C","（未回答あり）")))))')
ws.merge_cells(f"D{r}:E{r}")
ws[f"D{r}"].alignment = center; ws[f"D{r}"].font = Font(bold=True)
setb(f"B{r}:E{r}")

# second table: reference
r += 2
ws[f"B{r}"] = "参考：支援方針ごとの対応範囲（病院説明会資料より抜粋）"; ws[f"B{r}"].font = Font(bold=True)
r += 1
ref0 = r
for col, t in zip("BCE", ["方針", "概要", "病院側で必要な対応"]):
    ws[f"{col}{r}"] = t; ws[f"{col}{r}"].fill = grey; ws[f"{col}{r}"].alignment = center
ws.merge_cells(f"C{r}:D{r}")
ref = [
    ("支援A", "サーバ・物品を新設、年度内に調達可能", "打合せ(2～3回)、サーバ・媒体の調達と保守手配、既存機器の設定変更手配、現地作業の立会い"),
    ("支援B", "サーバ・物品を新設、調達は次年度以降", "打合せ(2～3回)、サーバ・媒体の調達と保守手配、既存機器の設定変更手配、新設サーバの構築作業（次年度以降）"),
    ("支援C", "サーバ導入なし、既存設備に媒体を接続", "打合せ(1回程度)、媒体の調達と保守手配、既存機器の設定変更手配"),
    ("報告のみ", "ベンダ等と方針検討中、支援不要", "なし（Webアンケート回答のみ）"),
    ("対象外", "既にオフラインバックアップを運用中", "なし（Webアンケート回答のみ）"),
]
for p, s, d in ref:
    r += 1
    ws[f"B{r}"] = p; ws[f"C{r}"] = s; ws[f"E{r}"] = d
    ws.merge_cells(f"C{r}:D{r}")
    for c in ("B", "C", "E"): ws[f"{c}{r}"].alignment = wrap
    ws.row_dimensions[r].height = 32
setb(f"B{ref0}:E{r}")

dv = DataValidation(type="list", formula1='"○"', allow_blank=True)
ws.add_data_validation(dv)
for k, v in rows.items():
    if isinstance(k, tuple):
        dv.add(f"D{v}")

ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = f"A1:I{r}"

tmpd = tempfile.mkdtemp()
raw = os.path.join(tmpd, NAME)
wb.save(raw)
# re-save with LibreOffice so the formula result is cached
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmpd)
print("policy row", pol, rows)

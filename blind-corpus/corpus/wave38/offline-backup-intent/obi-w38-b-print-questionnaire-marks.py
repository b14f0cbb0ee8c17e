# Generator: hospital-side paper-style questionnaire (No. | 設問 | 選択 | 回答) with ○ marks,
# a reference sheet with the briefing's 支援方針 table; re-saved by LibreOffice.
# Run: PYTHONPATH=/tmp/obi-py /usr/bin/python3 obi-w38-b-print-questionnaire-marks.py
import os, shutil, subprocess
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

NAME = "obi-w38-b-print-questionnaire-marks.xlsx"
HERE = os.path.dirname(os.path.abspath(__file__))
RAW = "/tmp/obi-w38-b-raw"
os.makedirs(RAW, exist_ok=True)

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
gray = PatternFill("solid", fgColor="D9D9D9")

wb = Workbook()
ws = wb.active
ws.title = "回答票"
for col, w in {"A": 2, "B": 5, "C": 14, "D": 14, "E": 14, "F": 6, "G": 30, "H": 30}.items():
    ws.column_dimensions[col].width = w

def boxed(r1, c1, r2, c2):
    for r in range(r1, r2 + 1):
        for c in range(c1, c2 + 1):
            ws.cell(r, c).border = box

ws.merge_cells("B1:H1")
ws["B1"] = "オフラインバックアップ支援意向アンケート　回答票"
ws["B1"].font = Font(size=14, bold=True)
ws["B1"].alignment = Alignment(horizontal="center")
ws["H2"] = "医療機関におけるサイバーセキュリティ確保事業"
ws["H2"].alignment = Alignment(horizontal="right")
ws["H2"].font = Font(size=9)
notes = [
    "※ Webアンケート（Microsoft Forms）での回答が難しい場合は、本様式にご記入の上、事務局へご提出ください。",
    "※ ご回答の前に「別紙5_各媒体におけるオフライン状態の定義」「別紙6_オフラインバックアップ支援可能物品一覧」をご確認ください。",
    "※ 選択式の設問は、該当する選択肢の左の「選択」欄に「○」を1つ記入してください。",
]
for i, n in enumerate(notes):
    ws.cell(3 + i, 2, n).font = Font(size=9)
ws["H6"] = "回答日：令和6年8月21日"
ws["H6"].alignment = Alignment(horizontal="right")

# header
ws["B8"] = "No."
ws.merge_cells("C8:E8"); ws["C8"] = "設問"
ws["F8"] = "選択"
ws.merge_cells("G8:H8"); ws["G8"] = "回答"
for c in ("B8", "C8", "F8", "G8"):
    ws[c].fill = gray; ws[c].alignment = center; ws[c].font = Font(bold=True)
boxed(8, 2, 8, 8)

# Q1 hospital name
ws["B9"] = 1
ws.merge_cells("C9:E9"); ws["C9"] = "病院名（正式名称）"
ws.merge_cells("F9:H9"); ws["F9"] = "医療法人清和会　みどりヶ丘病院"
# Q2 patient count (planted: over 3000)
ws["B10"] = 2
ws.merge_cells("C10:E10")
ws["C10"] = "患者数\n（Microsoft Teams「00_医療機関データ」に表示されている患者情報数）\n※1～3000の数値で記入"
ws.merge_cells("F10:H10"); ws["F10"] = "3,420"
ws.row_dimensions[10].height = 48

def choice(no, text, first, options, marked):
    last = first + len(options) - 1
    ws.merge_cells(start_row=first, start_column=2, end_row=last, end_column=2)
    ws.merge_cells(start_row=first, start_column=3, end_row=last, end_column=5)
    ws.cell(first, 2, no)
    ws.cell(first, 3, text)
    for i, opt in enumerate(options):
        r = first + i
        ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=8)
        ws.cell(r, 7, opt).alignment = wrap
        ws.cell(r, 6).alignment = center
        if i == marked:
            ws.cell(r, 6, "○")
        ws.row_dimensions[r].height = 30
    return last

choice(3, "現在の電子カルテのオフラインバックアップの状況", 11, [
    "既に電子カルテのオフラインバックアップの運用を開始している\n（→ 設問4は回答不要です）",
    "電子カルテベンダ等とオフラインバックアップの方針を検討中である",
    "オフラインバックアップは実施していない",
], 2)
choice(4, "本事業におけるオフラインバックアップ支援の意向", 14, [
    "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）",
    "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
    "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
    "本事業での支援は不要（電子カルテベンダ等と方針を検討中）",
], None)  # planted: no option marked
choice(5, "オフラインバックアップの保存先（希望）", 18, [
    "院内の物理媒体",
    "外部クラウド環境（※サーバの新設は不要）",
], 0)
ws["B20"] = 6
ws.merge_cells("C20:E20"); ws["C20"] = "備考（ご意見・ご質問等）"
ws.merge_cells("F20:H20")
ws["F20"] = ("現在は電子カルテサーバ内の別ディスクへ日次でバックアップを取得しているのみです。\n"
             "院内NASへのコピーは常時接続のため、オフラインには該当しないと理解しています。")
ws.row_dimensions[20].height = 45
for r in range(9, 21):
    for c in range(2, 9):
        ws.cell(r, c).border = box
        if c in (2,):
            ws.cell(r, c).alignment = center
        elif c in (3, 7) or (c == 6 and r in (9, 10, 20)):
            ws.cell(r, c).alignment = wrap

# respondent block (not part of the survey keys)
ws["B22"] = "【記入者】"
ws.merge_cells("C23:D23"); ws["C23"] = "所属・役職"; ws.merge_cells("E23:H23"); ws["E23"] = "情報システム課　主任"
ws.merge_cells("C24:D24"); ws["C24"] = "氏名"; ws.merge_cells("E24:H24"); ws["E24"] = "佐藤　健"
ws.merge_cells("C25:D25"); ws["C25"] = "電話番号"; ws.merge_cells("E25:H25"); ws["E25"] = "0877-45-1234（内線 215）"
boxed(23, 3, 25, 8)
ws.print_area = "A1:H25"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

# reference sheet: the briefing's table (not answers)
ref = wb.create_sheet("（参考）支援方針")
ref["A1"] = "（参考）アンケート結果による支援方針と対応範囲　※回答不要"
ref["A1"].font = Font(bold=True)
hdr = ["支援方針", "概要", "医療機関様で必要な対応", "本事業での支援対応"]
rows = [
    ["支援A", "支援可能なサーバ、物品を新設する意向あり。サーバ、物品の調達が年度内に可能",
     "Webアンケート回答\n打ち合わせ対応（2~3回程度）\n新設サーバ、バックアップ媒体の調達・保守手配\n既存機器の設定変更対応（手配）\n現地作業における立ち合い対応",
     "要件の共有\n既存バックアップの状況、計画の意向を確認\n計画・運用手順の策定を支援\n新設サーバ、バックアップ媒体の現地構築、設置対応"],
    ["支援B", "支援可能なサーバ、物品を新設する意向あり。サーバ、物品の調達は次年度以降",
     "Webアンケート回答\n打ち合わせ対応（2~3回程度）\n新設サーバ、バックアップ媒体の調達・保守手配\n既存機器の設定変更対応（手配）\n新設サーバの構築作業（次年度以降）",
     "要件の共有\n既存バックアップの状況、計画の意向を確認\n計画・運用手順の策定を支援\n現地構築手順を提供"],
    ["支援C", "支援可能なサーバを導入の意向なし。既存設備に支援可能な媒体を接続",
     "Webアンケート回答\n打ち合わせ対応（1回程度）\nバックアップ媒体の調達・保守手配\n既存機器の設定変更対応（手配）",
     "要件の共有\n既存バックアップの状況、計画の意向を確認\n計画の策定を支援"],
    ["報告のみ", "電子カルテベンダ様等と方針検討中であり、支援不要",
     "なし（Webアンケート回答のみで完了）", "検討中の方針（構成概要、導入予定期）をヒアリングし、厚労省へ報告"],
    ["対象外", "既に電子カルテのオフラインバックアップの運用を開始している",
     "なし（Webアンケート回答のみで完了）", "導入済の方針（構成概要）をヒアリングし、厚労省へ報告"],
]
ref.append([])
ref.append(hdr)
for r in rows:
    ref.append(r)
for col, w in {"A": 10, "B": 36, "C": 40, "D": 40}.items():
    ref.column_dimensions[col].width = w
for row in ref.iter_rows(min_row=3, max_row=3 + len(rows)):
    for c in row:
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="top")
for c in ref[3]:
    c.fill = gray; c.font = Font(bold=True)

wb.active = 0
raw = os.path.join(RAW, NAME)
wb.save(raw)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, raw],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print("saved", os.path.join(HERE, NAME))

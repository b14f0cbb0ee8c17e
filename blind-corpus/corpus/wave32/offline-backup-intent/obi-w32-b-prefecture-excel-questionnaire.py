# Generator: prefecture's Excel version of the offline-backup intent survey (for hospitals that cannot use
# the portal's Web アンケート), questionnaire layout with ○ marks, filled by a hospital, re-saved by LibreOffice.
# Run: PYTHONPATH=/tmp/obi-py /usr/bin/python3 THIS.py
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

DIR = "/work/blind/wave32/offline-backup-intent"
NAME = "obi-w32-b-prefecture-excel-questionnaire.xlsx"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
grey = PatternFill("solid", fgColor="D9D9D9")
yellow = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook()
ws = wb.active
ws.title = "回答票"
for col, w in zip("ABCDEF", [2, 6, 8, 70, 16, 2]):
    ws.column_dimensions[col].width = w

def merged(rng, text, **kw):
    ws.merge_cells(rng)
    c = ws[rng.split(":")[0]]
    c.value = text
    for k, v in kw.items():
        setattr(c, k, v)
    return c

merged("B1:E1", "オフラインバックアップ支援意向に関するアンケート（Excel回答用）",
       font=Font(bold=True, size=14), alignment=Alignment(horizontal="center"))
merged("B2:E2", "「医療機関におけるサイバーセキュリティ確保事業」（令和6年度）　香川県健康福祉部医務国保課",
       alignment=Alignment(horizontal="center"))
merged("B3:E3", "※ポータルシステムのWebアンケート（Microsoft Forms）で回答できない病院は、本様式に記入のうえ"
       "メールで医務国保課あてご提出ください（提出期限：令和6年8月30日（金））。", alignment=wrap)
merged("B4:E4", "※「別紙5_各媒体におけるオフライン状態の定義」「別紙6_オフラインバックアップ支援可能物品一覧」を"
       "ご確認のうえ、該当する選択肢の「回答欄」に○を記入してください。", alignment=wrap)
ws.row_dimensions[3].height = 30
ws.row_dimensions[4].height = 30

hdr = {"B7": "No.", "C7": "回答欄", "D7": "設問／選択肢", "E7": "備考"}
for ref, v in hdr.items():
    ws[ref] = v
    ws[ref].font = Font(bold=True)
    ws[ref].fill = grey
    ws[ref].border = box
    ws[ref].alignment = Alignment(horizontal="center")

def question(row, no, text):
    ws.cell(row, 2, no).alignment = Alignment(horizontal="center", vertical="center")
    ws.cell(row, 4, text).font = Font(bold=True)
    ws.cell(row, 4).alignment = wrap
    for c in range(2, 6):
        ws.cell(row, c).border = box
        ws.cell(row, c).fill = grey if c != 4 else PatternFill("solid", fgColor="EDEDED")

def option(row, text, mark=None, note=None):
    ws.cell(row, 3, mark).alignment = Alignment(horizontal="center", vertical="center")
    ws.cell(row, 3).fill = yellow
    ws.cell(row, 4, text).alignment = wrap
    if note:
        ws.cell(row, 5, note).alignment = wrap
    for c in range(2, 6):
        ws.cell(row, c).border = box

# Q1 hospital name: label and value in one cell (the filler typed after the printed label)
question(8, 1, "病院名（正式名称）：医療法人社団 玉藻会 玉藻台病院")
ws.cell(8, 4).font = Font(bold=False)

# Q2 count
question(9, 2, "患者数（Microsoft Teams「00_医療機関データ」に表示されている患者情報数）を記入してください。"
         "※1～3000の数値")
ws.cell(10, 4, 3250).alignment = Alignment(horizontal="left")
ws.cell(10, 4).fill = yellow
ws.cell(10, 5, "（半角数字）")
for c in range(2, 6):
    ws.cell(10, c).border = box

# Q3 current state
question(11, 3, "現在の電子カルテのバックアップの状況（いずれか1つに○）")
option(12, "ア　既に電子カルテのオフラインバックアップの運用を開始している", None, "→支援対象外。設問4は回答不要")
option(13, "イ　電子カルテベンダ等とオフラインバックアップの方針を検討中")
option(14, "ウ　オフラインバックアップは実施していない", "○")

# Q4 intent  (left blank by the filler)
question(15, 4, "本事業による支援の意向（設問3でイ・ウを選んだ方、いずれか1つに○）")
option(16, "ア　本事業で支援可能なサーバ・物品を新設する（今年度内に調達可能）")
option(17, "イ　本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）")
option(18, "ウ　サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する")
option(19, "エ　本事業での支援は不要（電子カルテベンダ等と検討中の方針で対応する）")

# Q5 storage
question(20, 5, "オフラインバックアップの保存先（運用中の方は現在の保存先、それ以外の方は希望する保存先。1つに○）")
option(21, "ア　院内の物理媒体（テープ、RDX、外付けHDD等）", "○")
option(22, "イ　外部クラウド環境", None, "サーバの新設は不要")

# Q6 remarks
question(23, 6, "備考（ご意見・ご質問等）")
ws.merge_cells("C24:E24")
ws["C24"] = "バックアップ媒体はLTOテープを想定しています。\n打合せには電子カルテベンダ（保守担当）にも同席を依頼済みです。"
ws["C24"].alignment = Alignment(wrap_text=True, vertical="top")
ws.row_dimensions[24].height = 48
for c in range(2, 6):
    ws.cell(24, c).border = box

# derived policy (prefecture's formula; not to be typed)
ws["D26"] = "支援方針（県使用欄：回答から自動判定されます。入力不要）"
ws["D26"].alignment = Alignment(horizontal="right")
ws["E26"] = ('=IF(C12="○","対象外",IF(C19="○",IF(C13="○","報告のみ","要確認"),IF(C16="○","支援A",'
             'IF(C17="○","支援B",IF(C18="○","支援C",IF(COUNTA(C12:C14)=0,"","要確認"))))))')
ws["E26"].fill = grey
ws["E26"].border = box
ws["E26"].alignment = Alignment(horizontal="center")

# second table: respondent
ws["B28"] = "【回答者】"
ws["B28"].font = Font(bold=True)
resp = [("回答日", "令和6年8月27日"), ("所属・役職", "事務部 情報システム室 主任"), ("氏名", "三好 健太"),
        ("電話番号", "087-865-4120"), ("メールアドレス", "joho-sys@tamamodai-hp.jp")]
for i, (k, v) in enumerate(resp):
    r = 29 + i
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(r, 2, k).fill = grey
    ws.cell(r, 4, v)
    for c in (2, 3, 4):
        ws.cell(r, c).border = box

dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$1", allow_blank=True)
ws.add_data_validation(dv)
for rng in ("C12:C14", "C16:C19", "C21:C22"):
    dv.add(rng)
ws.print_area = "A1:F34"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

# instructions + the briefing's table of support policies
ins = wb.create_sheet("記入要領")
ins.column_dimensions["A"].width = 12
ins.column_dimensions["B"].width = 50
ins.column_dimensions["C"].width = 45
ins.column_dimensions["D"].width = 45
ins["A1"] = "記入要領"
ins["A1"].font = Font(bold=True, size=12)
lines = [
    "1. 設問1・2は必須です。設問2は1～3000の範囲の数値を記入してください。",
    "2. 設問3でアを選んだ病院（既にオフラインバックアップ運用中）は本事業の支援対象外です。設問4は回答不要です。",
    "3. 設問3でイ・ウを選んだ病院は、設問4（支援の意向）に必ず回答してください。",
    "4. 回答内容をもとに、事務局が支援方針（支援A・支援B・支援C・報告のみ・対象外）を決定します。",
]
for i, l in enumerate(lines):
    ins.cell(2 + i, 1, l)
ins["A8"] = "（参考）支援方針ごとの対応範囲"
ins["A8"].font = Font(bold=True)
tbl = [
    ("支援方針", "概要", "医療機関で必要な対応", "本事業での支援対応"),
    ("支援A", "本事業で支援可能なサーバ・物品を新設する意向あり。調達が年度内に可能",
     "Webアンケート回答、打ち合わせ対応（2～3回程度）、新設サーバ・バックアップ媒体の調達・保守手配、既存機器の設定変更対応、現地作業の立ち合い",
     "要件の共有、既存バックアップの状況・意向の確認、計画・運用手順の策定支援、新設サーバ・媒体の現地構築・設置"),
    ("支援B", "本事業で支援可能なサーバ・物品を新設する意向あり。調達は次年度以降",
     "Webアンケート回答、打ち合わせ対応（2～3回程度）、新設サーバ・バックアップ媒体の調達・保守手配、既存機器の設定変更対応、新設サーバの構築作業（次年度以降）",
     "要件の共有、既存バックアップの状況・意向の確認、計画・運用手順の策定支援、現地構築手順の提供"),
    ("支援C", "サーバの導入意向なし。既存設備に本事業で支援可能な媒体を接続",
     "Webアンケート回答、打ち合わせ対応（1回程度）、バックアップ媒体の調達・保守手配、既存機器の設定変更対応",
     "要件の共有、既存バックアップの状況・意向の確認、計画の策定支援"),
    ("報告のみ", "電子カルテベンダ等とオフラインバックアップの方針検討中であり、支援不要",
     "なし（アンケート回答のみで完了）", "要件の共有、検討中の方針（構成概要、導入予定期）をヒアリングし厚労省へ報告"),
    ("対象外", "既に電子カルテのオフラインバックアップの運用を開始している",
     "なし（アンケート回答のみで完了）", "要件の共有、導入済の方針（構成概要）をヒアリングし厚労省へ報告"),
]
for i, row in enumerate(tbl):
    for j, v in enumerate(row):
        c = ins.cell(9 + i, 1 + j, v)
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if i == 0:
            c.font = Font(bold=True)
            c.fill = grey

lst = wb.create_sheet("リスト")
lst["A1"] = "○"
lst.sheet_state = "hidden"

tmp = tempfile.mkdtemp(prefix="obi-b-")
src = os.path.join(tmp, NAME)
wb.save(src)
outdir = os.path.join(tmp, "out")
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src], check=True,
               stdout=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME), os.path.join(DIR, NAME))
shutil.rmtree(tmp)
print("saved", os.path.join(DIR, NAME))

#!/usr/bin/python3
"""obi-w19-b: a hospital IT person's internal draft (院内確認用の回答控え) of the
オフラインバックアップ支援意向アンケート, questionnaire layout (No. | 設問 | mark | 選択肢),
● marks beside the chosen options, print style with a spacer column, plus a 記入要領 sheet.
Planted: 患者数 over 3000; 支援の意向 left unanswered. Saved by openpyxl."""
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave19/offline-backup-intent/obi-w19-b-questionnaire-mark-draft.xlsx"

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
HEAD = PatternFill("solid", fgColor="D9E1F2")

wb = Workbook()
ws = wb.active
ws.title = "回答票"
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 5
ws.column_dimensions["C"].width = 30
ws.column_dimensions["D"].width = 5
ws.column_dimensions["E"].width = 52
ws.column_dimensions["F"].width = 24

ws["B2"] = "オフラインバックアップ支援意向に関するアンケート　回答票（院内確認用・控）"
ws["B2"].font = Font(size=14, bold=True)
ws.merge_cells("B2:F2")
ws["B3"] = "医療機関におけるサイバーセキュリティ確保事業（令和６年度）"
ws.merge_cells("B3:F3")
ws["B4"] = ("※本票で院内の確認をとったうえで、ポータルシステムのWebアンケート（Microsoft Forms）から"
            "回答する。回答期限：8/30")
ws.merge_cells("B4:F4")
ws["B5"] = ("※選択式の設問は、該当する選択肢の左の欄に●を記入。"
            "「別紙5_各媒体におけるオフライン状態の定義」を確認のこと。")
ws.merge_cells("B5:F5")
for r in (4, 5):
    ws[f"B{r}"].font = Font(size=9)
    ws[f"B{r}"].alignment = Alignment(wrap_text=True)
ws["B6"] = "記入日：R6.8.22　　記入者：情報システム室　高松 健一（内線 2215）"
ws.merge_cells("B6:F6")

# header row
hdr = {"B8": "No.", "C8": "設問", "D8": "回答", "F8": "補足"}
for ref, v in hdr.items():
    ws[ref] = v
ws.merge_cells("D8:E8")
for col in "BCDEF":
    c = ws[f"{col}8"]
    c.font = Font(bold=True)
    c.fill = HEAD
    c.alignment = CENTER
    c.border = BOX


def box(r1, r2):
    for r in range(r1, r2 + 1):
        for col in "BCDEF":
            ws[f"{col}{r}"].border = BOX


# 1. 病院名 (free text)
ws["B9"] = "１"
ws["C9"] = "病院名（正式名称）"
ws["D9"] = "社会医療法人 瀬戸内会 はまかぜ総合病院"
ws.merge_cells("D9:E9")
box(9, 9)

# 2. 患者数 -- PLANTED: 3480 is over the survey's 1-3000 bound
ws["B10"] = "２"
ws["C10"] = ("患者数\n（Teams「00_医療機関データ」に表示の患者情報数。1～3000の数値）")
ws["D10"] = 3480
ws["D10"].number_format = "#,##0"
ws["D10"].alignment = Alignment(horizontal="left", vertical="center")
ws.merge_cells("D10:E10")
ws["F10"] = "Teams画面で確認"
box(10, 10)


def choice_block(first_row, no, question, options, marked, note=None):
    last = first_row + len(options) - 1
    ws[f"B{first_row}"] = no
    ws[f"C{first_row}"] = question
    ws.merge_cells(f"B{first_row}:B{last}")
    ws.merge_cells(f"C{first_row}:C{last}")
    for i, opt in enumerate(options):
        r = first_row + i
        if i == marked:
            ws[f"D{r}"] = "●"
        ws[f"D{r}"].alignment = CENTER
        ws[f"E{r}"] = opt
        ws[f"E{r}"].alignment = WRAP
    if note:
        ws[f"F{first_row}"] = note
        ws.merge_cells(f"F{first_row}:F{last}")
    box(first_row, last)
    return last


# 3. current state: marked "実施していない"
last = choice_block(11, "３", "現在の電子カルテのバックアップの状況",
                    ["既に電子カルテのオフラインバックアップを運用している（→本事業の支援対象外）",
                     "電子カルテベンダ等とオフラインバックアップの方針を検討中",
                     "オフラインバックアップは実施していない"], marked=2,
                    note="NASへの日次バックアップのみ（常時接続のためオフラインに該当しない）")
# 4. intent -- PLANTED: nothing marked (rows 14-17)
last = choice_block(14, "４", "本事業での支援の意向\n（３で「既に運用」の場合は回答不要）",
                    ["支援可能なサーバ・物品を新設する：年度内に調達可能",
                     "支援可能なサーバ・物品を新設する：調達は次年度以降",
                     "サーバは新設しない：既存設備に支援可能な媒体を接続",
                     "本事業での支援は不要（電子カルテベンダ等と方針を検討中）"], marked=None)
# 5. storage: 院内の物理媒体
last = choice_block(18, "５", "希望する保存先",
                    ["院内の物理媒体", "外部クラウド（サーバの新設は不要）"], marked=0)
# 6. remarks
ws["B20"] = "６"
ws["C20"] = "備考・ご質問等"
ws["D20"] = ("サーバ購入の予算について9月の理事会に諮るため、年度内か次年度以降かは未定です。\n"
             "媒体はLTOを想定しています。")
ws["D20"].alignment = WRAP
ws.merge_cells("D20:F20")
ws.row_dimensions[20].height = 48
box(20, 20)

for r in range(9, 21):
    ws[f"B{r}"].alignment = CENTER
    ws[f"C{r}"].alignment = WRAP
ws.row_dimensions[10].height = 36
ws.print_area = "A1:F21"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

# instructions sheet with the briefing's policy table (reference only)
wi = wb.create_sheet("記入要領")
wi.column_dimensions["A"].width = 12
wi.column_dimensions["B"].width = 50
wi.column_dimensions["C"].width = 50
wi["A1"] = "記入要領"
wi["A1"].font = Font(size=13, bold=True)
notes = [
    "・患者数はMicrosoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入（1～3000）。",
    "・回答前に「別紙5_各媒体におけるオフライン状態の定義」「別紙6_オフラインバックアップ支援可能物品一覧」を確認する。",
    "・支援方針はWebアンケートの結果から事務局が決定する（病院側での記入は不要）。",
]
for i, t in enumerate(notes, start=2):
    wi[f"A{i}"] = t
wi["A6"] = "（参考）説明会資料　支援方針ごとの対応範囲"
wi["A6"].font = Font(bold=True)
ref = [
    ("支援方針", "概要", "医療機関で必要な対応"),
    ("支援A", "支援可能なサーバ、物品を新設する意向あり／調達が年度内に可能",
     "打ち合わせ（2～3回）、新設サーバ・媒体の調達と保守手配、既存機器の設定変更、現地作業の立ち合い"),
    ("支援B", "支援可能なサーバ、物品を新設する意向あり／調達は次年度以降",
     "打ち合わせ（2～3回）、新設サーバ・媒体の調達と保守手配、既存機器の設定変更、新設サーバの構築作業（次年度以降）"),
    ("支援C", "サーバを導入の意向なし／既存設備に支援可能な媒体を接続",
     "打ち合わせ（1回程度）、媒体の調達と保守手配、既存機器の設定変更"),
    ("報告のみ", "電子カルテベンダ等と方針検討中であり、支援不要", "なし（Webアンケート回答のみで完了）"),
    ("対象外", "既に電子カルテのオフラインバックアップの運用を開始している", "なし（Webアンケート回答のみで完了）"),
]
for i, row in enumerate(ref, start=7):
    for j, v in enumerate(row, start=1):
        c = wi.cell(row=i, column=j, value=v)
        c.border = BOX
        c.alignment = WRAP
        if i == 7:
            c.font = Font(bold=True)
            c.fill = HEAD

wb.save(OUT)
print("wrote", OUT)

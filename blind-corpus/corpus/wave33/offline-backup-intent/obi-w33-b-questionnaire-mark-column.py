#!/usr/bin/python3
# Generator for obi-w33-b-questionnaire-mark-column.xlsx
# Role: a prefecture office's Excel version of the 「オフラインバックアップ支援意向に関するアンケート」
# for hospitals that cannot answer through Microsoft Forms (No. | 設問 | 選択肢 | 選択(○) layout,
# print-style with borders and a blank spacer column), plus a 記入要領 sheet with the 支援方針 table.
# Filled by a hospital's system staff. Two planted problems (see the .expected.json).
# Run: PYTHONPATH=/tmp/obi-w33-pylib /usr/bin/python3 obi-w33-b-questionnaire-mark-column.py
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = "/work/blind/wave33/offline-backup-intent/obi-w33-b-questionnaire-mark-column.xlsx"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head_fill = PatternFill("solid", fgColor="D9E1F2")
ans_fill = PatternFill("solid", fgColor="FFFFE0")

wb = Workbook()
ws = wb.active
ws.title = "回答票"
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 6
ws.column_dimensions["C"].width = 34
ws.column_dimensions["D"].width = 58
ws.column_dimensions["E"].width = 8
ws.column_dimensions["F"].width = 2

ws.merge_cells("B2:E2")
ws["B2"] = "オフラインバックアップ支援意向に関するアンケート　回答票"
ws["B2"].font = Font(size=14, bold=True)
ws["B2"].alignment = Alignment(horizontal="center")
ws.merge_cells("B3:E3")
ws["B3"] = "（医療機関におけるサイバーセキュリティ確保事業／Microsoft Formsによる回答が困難な場合の様式）"
ws["B3"].alignment = Alignment(horizontal="center")
ws.merge_cells("B4:E4")
ws["B4"] = ("※回答にあたっては「別紙5_各媒体におけるオフライン状態の定義」及び「別紙6_オフラインバックアップ"
            "支援可能物品一覧」をご確認ください。選択式の設問は、該当する選択肢の「選択」欄に○を記入してください。")
ws["B4"].alignment = wrap
ws.row_dimensions[4].height = 30
ws.merge_cells("B5:E5")
ws["B5"] = "※提出期限：令和6年8月30日（金）　提出方法：本ファイルをメールにて事務局へ提出"

# header block (not survey keys)
ws["B7"] = "回答日"
ws.merge_cells("B7:C7")
ws["D7"] = "R6.8.27"
ws["B8"] = "記入者（所属・氏名）"
ws.merge_cells("B8:C8")
ws["D8"] = "情報システム室　三好 健太"
for r in (7, 8):
    for c in "BCDE":
        ws[f"{c}{r}"].border = box
    ws.merge_cells(f"D{r}:E{r}")
    ws[f"B{r}"].fill = head_fill

# table header
for c, t in zip("BCDE", ["No.", "設問", "選択肢／回答", "選択"]):
    ws[f"{c}10"] = t
    ws[f"{c}10"].font = Font(bold=True)
    ws[f"{c}10"].fill = head_fill
    ws[f"{c}10"].alignment = center
    ws[f"{c}10"].border = box


def text_q(row, no, q, answer, height=None):
    ws[f"B{row}"] = no
    ws[f"C{row}"] = q
    ws.merge_cells(f"D{row}:E{row}")
    ws[f"D{row}"] = answer
    ws[f"B{row}"].alignment = center
    ws[f"C{row}"].alignment = wrap
    ws[f"D{row}"].alignment = wrap
    ws[f"D{row}"].fill = ans_fill
    for c in "BCDE":
        ws[f"{c}{row}"].border = box
    if height:
        ws.row_dimensions[row].height = height


def choice_q(row, no, q, options, marks):
    n = len(options)
    ws.merge_cells(f"B{row}:B{row + n - 1}")
    ws.merge_cells(f"C{row}:C{row + n - 1}")
    ws[f"B{row}"] = no
    ws[f"C{row}"] = q
    ws[f"B{row}"].alignment = center
    ws[f"C{row}"].alignment = wrap
    for i, opt in enumerate(options):
        r = row + i
        ws[f"D{r}"] = opt
        ws[f"D{r}"].alignment = wrap
        ws[f"E{r}"] = marks.get(i)
        ws[f"E{r}"].alignment = center
        ws[f"E{r}"].fill = ans_fill
        for c in "BCDE":
            ws[f"{c}{r}"].border = box
        ws.row_dimensions[r].height = 30


text_q(11, "１", "病院名（正式名称）", "医療法人　清和会　たかまつ西病院")
text_q(12, "２", "患者数\n（Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入。1～3000の数値）",
       "3,250", height=45)
choice_q(13, "３",
         "現在の電子カルテのバックアップの状況\n※「1」を選択した場合は本事業の支援対象外となります。設問４・５は回答不要です。",
         ["1　既に電子カルテのオフラインバックアップの運用を開始している",
          "2　電子カルテベンダ等とオフラインバックアップの方針を検討中である",
          "3　オフラインバックアップは実施していない"],
         {0: "○"})
choice_q(16, "４",
         "本事業によるオフラインバックアップ支援の意向\n（設問３で「2」「3」を選択した場合）",
         ["1　本事業で支援可能なサーバ、物品を新設する（調達は年度内に可能）",
          "2　本事業で支援可能なサーバ、物品を新設する（調達は次年度以降）",
          "3　サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
          "4　本事業での支援は不要（電子カルテベンダ等と方針検討中）"],
         {0: "〇"})
choice_q(20, "５",
         "オフラインバックアップの保存先（希望）\n（設問４で「1」～「3」を選択した場合）",
         ["1　院内の物理媒体",
          "2　外部クラウド環境（クラウド接続装置を設置。サーバの新設は不要）"],
         {0: "○"})
text_q(22, "６", "その他（ご質問・ご意見等）",
       "電子カルテのバックアップはNASに日次で取得しています。\nNASの更新時期のため、本事業での支援を希望します。",
       height=48)

ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.print_area = "A1:F23"

# instructions sheet
ins = wb.create_sheet("記入要領")
ins.column_dimensions["A"].width = 2
ins.column_dimensions["B"].width = 12
ins.column_dimensions["C"].width = 60
ins.column_dimensions["D"].width = 40
lines = [
    "記入要領",
    "1. 本様式は、ポータルシステムのWebアンケート（Microsoft Forms）での回答が困難な医療機関向けの様式です。",
    "2. 設問１・２は必ず記入してください。患者数は1から3000の間の数値を記入してください。",
    "3. 設問３～５は、該当する選択肢の「選択」欄に○を1つ記入してください。",
    "4. 既に電子カルテのオフラインバックアップの運用を開始している場合は、設問４・５への回答は不要です（本事業の支援対象外）。",
    "5. 回答内容をもとに、事務局が下表の支援方針を決定します（医療機関での記入は不要です）。",
]
for i, t in enumerate(lines, start=2):
    ins[f"B{i}"] = t
ins["B2"].font = Font(size=12, bold=True)
hr = 9
for c, t in zip("BCD", ["支援方針", "概要", "医療機関様で必要な対応"]):
    ins[f"{c}{hr}"] = t
    ins[f"{c}{hr}"].font = Font(bold=True)
    ins[f"{c}{hr}"].fill = head_fill
    ins[f"{c}{hr}"].border = box
table = [
    ("支援A", "本事業にて支援可能なサーバ、物品を新設する意向あり。サーバ、物品の調達が年度内に可能",
     "打ち合わせ対応（2~3回程度）、新設サーバ・バックアップ媒体の調達・保守手配、既存機器の設定変更対応、現地作業の立ち合い"),
    ("支援B", "本事業にて支援可能なサーバ、物品を新設する意向あり。サーバ、物品の調達は次年度以降",
     "打ち合わせ対応（2~3回程度）、新設サーバ・バックアップ媒体の調達・保守手配、既存機器の設定変更対応、新設サーバの構築作業（次年度以降）"),
    ("支援C", "支援可能なサーバを導入の意向なし。既存設備に、本事業にて支援可能な媒体を接続",
     "打ち合わせ対応（1回程度）、バックアップ媒体の調達・保守手配、既存機器の設定変更対応"),
    ("報告のみ", "電子カルテベンダ様等とオフラインバックアップの方針検討中であり、支援不要", "なし（アンケート回答のみで完了）"),
    ("対象外", "既に電子カルテのオフラインバックアップの運用を開始している", "なし（アンケート回答のみで完了）"),
]
for i, row in enumerate(table, start=hr + 1):
    for c, t in zip("BCD", row):
        ins[f"{c}{i}"] = t
        ins[f"{c}{i}"].alignment = wrap
        ins[f"{c}{i}"].border = box
    ins.row_dimensions[i].height = 45

wb.save(OUT)
print("wrote", OUT)

#!/usr/bin/python3
# Generator for obi-w7-a-questionnaire-marks.xlsx
# Role: prefecture official (香川県 医務国保課) who re-drew the Forms survey
# 「オフラインバックアップ支援意向に関するアンケート」 as an Excel questionnaire for hospitals
# that cannot reach the portal; filled by a busy hospital clerk.
import os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.page import PageMargins

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w7-a-questionnaire-marks"

thin = Side(style="thin", color="000000")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
ANS_FILL = PatternFill("solid", fgColor="FFF2CC")
OFFICE_FILL = PatternFill("solid", fgColor="E7E6E6")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()

# ---------------------------------------------------------------- 記入要領
guide = wb.active
guide.title = "記入要領"
guide.column_dimensions["A"].width = 4
guide.column_dimensions["B"].width = 100
lines = [
    "オフラインバックアップ支援意向に関するアンケート　記入要領",
    "",
    "1．本様式は、セキュリティ確保事業ポータルのWebアンケート（Microsoft Forms）に回答できない医療機関向けの",
    "　　Excel版です。設問の内容はWebアンケートと同じです。",
    "2．回答にあたっては「別紙5_各媒体におけるオフライン状態の定義」「別紙6_オフラインバックアップ支援可能物品一覧」",
    "　　を参照の上、現在の電子カルテのバックアップ方法等の詳細をご確認ください。",
    "3．選択式の設問は、該当する選択肢の左の「回答」欄に○を付けてください（1つのみ）。",
    "4．患者数は、Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数を、1から3000の間の数値で記入してください。",
    "5．既にオフラインバックアップを運用している場合は、本事業の支援対象外となります（設問3で1を選択）。",
    "6．電子カルテベンダ等と方針を検討中で本事業での支援が不要な場合は、設問3で2、設問4で4を選択してください。",
    "7．「事務局使用欄」は記入しないでください（支援方針は回答内容から事務局が決定します）。",
    "8．回答期限：令和6年8月30日（金）　提出先：香川県健康福祉部医務国保課 医療企画G（メール添付）",
]
for i, t in enumerate(lines, start=1):
    c = guide.cell(row=i, column=2, value=t)
    if i == 1:
        c.font = Font(bold=True, size=13)

# ---------------------------------------------------------------- 回答票
ws = wb.create_sheet("回答票")
wb.active = 1
ws.sheet_view.showGridLines = False
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6)
for col, w in {"A": 2, "B": 6, "C": 34, "D": 7, "E": 58, "F": 2}.items():
    ws.column_dimensions[col].width = w

ws["B1"] = "「医療機関におけるサイバーセキュリティ確保事業」"
ws["B1"].font = Font(bold=True, size=12)
ws["B2"] = "オフラインバックアップ支援意向に関するアンケート（回答票）"
ws["B2"].font = Font(bold=True, size=14)
ws["E3"] = "香川県健康福祉部医務国保課"
ws["E3"].alignment = Alignment(horizontal="right")
ws["B4"] = "※オフラインバックアップの実施方針を確認させていただくためのアンケートです。記入要領シートをご確認の上、ご回答ください。"
ws["B4"].font = Font(size=9)

ws["B6"] = "記入日"
ws["B6"].font = Font(bold=True)
ws["C6"] = "令和6年8月26日"  # written as text, as the clerk typed it
ws["C6"].fill = ANS_FILL
ws["C6"].border = BOX

# header row
r = 8
for col, t in (("B", "No."), ("C", "設問"), ("D", "回答"), ("E", "選択肢／回答欄")):
    c = ws[f"{col}{r}"]
    c.value = t
    c.fill = HEAD_FILL
    c.font = Font(bold=True)
    c.alignment = CENTER
    c.border = BOX


def box_range(r1, r2, c1="B", c2="E"):
    for row in ws[f"{c1}{r1}:{c2}{r2}"]:
        for c in row:
            c.border = BOX


def free_question(row, no, text, value, height=30):
    ws[f"B{row}"] = no
    ws[f"B{row}"].alignment = CENTER
    ws[f"C{row}"] = text
    ws[f"C{row}"].alignment = WRAP
    ws.merge_cells(f"D{row}:E{row}")
    ws[f"D{row}"] = value
    ws[f"D{row}"].alignment = Alignment(wrap_text=True, vertical="center", horizontal="left")
    ws[f"D{row}"].fill = ANS_FILL
    ws.row_dimensions[row].height = height
    box_range(row, row)


def choice_question(row, no, text, options, marks):
    n = len(options)
    ws.merge_cells(f"B{row}:B{row + n - 1}")
    ws[f"B{row}"] = no
    ws[f"B{row}"].alignment = CENTER
    ws.merge_cells(f"C{row}:C{row + n - 1}")
    ws[f"C{row}"] = text
    ws[f"C{row}"].alignment = WRAP
    for i, opt in enumerate(options):
        ws[f"D{row + i}"] = marks.get(i)
        ws[f"D{row + i}"].alignment = CENTER
        ws[f"D{row + i}"].fill = ANS_FILL
        ws[f"E{row + i}"] = opt
        ws[f"E{row + i}"].alignment = WRAP
        ws.row_dimensions[row + i].height = 30
    box_range(row, row + n - 1)
    return row + n


# 1. 病院名
free_question(9, "１", "病院名を入力してください。", "医療法人 五色会 五色台記念病院")
# 2. 患者数 -- PLANTED: 3,480 is outside the survey's 1～3000 bound
free_question(10, "２",
              "患者数を入力してください。\n（Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数。1から3000の間の数値）",
              3480, height=48)
ws["D10"].number_format = "#,##0"
# 3. 現在の状況
row = choice_question(
    11, "３",
    "現在の電子カルテのバックアップの状況を選んでください。",
    [
        "１．既存環境で電子カルテのオフラインバックアップの運用を開始している（本事業の支援対象外）",
        "２．電子カルテベンダ等とオフラインバックアップの方針を検討中である",
        "３．オフラインバックアップは実施していない",
    ],
    {2: "○"},
)
# 4. 支援の意向 -- PLANTED: no option marked (required answer missing)
row = choice_question(
    row, "４",
    "本事業におけるオフラインバックアップ整備支援の意向を選んでください。\n（1～3は本事業で支援可能な物品：別紙6参照）",
    [
        "１．本事業にて支援可能なサーバ、物品を新設する（サーバ、物品の調達が年度内に可能）",
        "２．本事業にて支援可能なサーバ、物品を新設する（サーバ、物品の調達は次年度以降）",
        "３．サーバは新設せず、既存設備に本事業にて支援可能な媒体を接続する",
        "４．本事業での支援は不要",
    ],
    {},
)
# 5. 保存先
row = choice_question(
    row, "５",
    "オフラインバックアップの保存先（希望する構成）を選んでください。\n※外部クラウドの場合はサーバの新設は不要です。",
    [
        "１．院内の物理媒体に保存",
        "２．外部クラウド環境に保存",
    ],
    {0: "○"},
)
# 6. 備考
free_question(row, "６", "備考（ご質問・ご意見等）",
              "支援は希望します。新設サーバの調達時期は院内で検討中のため、打合せ時にご相談させてください。",
              height=45)
row += 2

# 事務局使用欄 (left blank, as instructed)
ws[f"B{row}"] = "事務局使用欄"
ws[f"B{row}"].font = Font(bold=True, size=9)
row += 1
ws.merge_cells(f"B{row}:C{row}")
ws[f"B{row}"] = "支援方針（支援A／支援B／支援C／報告のみ／対象外）"
ws[f"B{row}"].font = Font(size=9)
ws.merge_cells(f"D{row}:E{row}")
for c in ws[f"B{row}:E{row}"][0]:
    c.border = BOX
    c.fill = OFFICE_FILL

ws.print_area = f"A1:F{row}"

wb.save(os.path.join(HERE, NAME + ".xlsx"))
print("saved", NAME + ".xlsx")

#!/usr/bin/python3
"""obi-w20-a: secretariat's Excel/FAX fallback version of the オフラインバックアップ支援意向アンケート,
questionnaire layout (No. | 設問 | ○欄 | 選択肢), filled by a hospital. A 支援方針 cell is a formula;
the file is re-saved by LibreOffice so the formula result is cached."""
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT_DIR = "/work/blind/wave20/offline-backup-intent"
NAME = "obi-w20-a-questionnaire-circle-marks.xlsx"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
ans_fill = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook()
ws = wb.active
ws.title = "回答票"

ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 6
ws.column_dimensions["C"].width = 34
ws.column_dimensions["D"].width = 6
ws.column_dimensions["E"].width = 62

ws["B1"] = "オフラインバックアップ支援意向に関するアンケート（回答票）"
ws["B1"].font = Font(size=14, bold=True)
ws["B2"] = "医療機関におけるサイバーセキュリティ確保事業（令和6年度）　※Webアンケート（Microsoft Forms）に回答できない医療機関様用"
ws["B3"] = ("・「別紙5_各媒体におけるオフライン状態の定義」をご確認の上、ご回答ください。\n"
            "・選択式の設問は、該当する選択肢の左の欄に「○」を1つ記入してください。\n"
            "・回答期限：8/30（金）　事務局あてメールまたはFAXにてご提出ください。")
ws.merge_cells("B3:E3")
ws["B3"].alignment = Alignment(wrap_text=True, vertical="top")
ws.row_dimensions[3].height = 48

r = 5
for col, text in zip("BCDE", ["No.", "設問", "回答", "選択肢／回答内容"]):
    c = ws[f"{col}{r}"]
    c.value = text
    c.font = Font(bold=True)
    c.fill = hdr_fill
    c.alignment = center
    c.border = box


def frame(r1, r2):
    for row in range(r1, r2 + 1):
        for col in "BCDE":
            ws[f"{col}{row}"].border = box


def text_question(row, no, label, value, height=None, fmt=None):
    ws[f"B{row}"] = no
    ws[f"C{row}"] = label
    ws.merge_cells(f"D{row}:E{row}")
    ws[f"D{row}"] = value
    ws[f"D{row}"].fill = ans_fill
    ws[f"D{row}"].alignment = Alignment(wrap_text=True, vertical="center", horizontal="left")
    if fmt:
        ws[f"D{row}"].number_format = fmt
    ws[f"B{row}"].alignment = center
    ws[f"C{row}"].alignment = wrap
    if height:
        ws.row_dimensions[row].height = height
    frame(row, row)


def choice_question(row, no, label, options, marks):
    n = len(options)
    ws[f"B{row}"] = no
    ws[f"C{row}"] = label
    ws.merge_cells(f"B{row}:B{row + n - 1}")
    ws.merge_cells(f"C{row}:C{row + n - 1}")
    ws[f"B{row}"].alignment = center
    ws[f"C{row}"].alignment = wrap
    for i, opt in enumerate(options):
        ws[f"D{row + i}"] = marks.get(i)
        ws[f"D{row + i}"].alignment = center
        ws[f"D{row + i}"].fill = ans_fill
        ws[f"E{row + i}"] = opt
        ws[f"E{row + i}"].alignment = wrap
        ws.row_dimensions[row + i].height = 30
    frame(row, row + n - 1)
    return row + n


# Q1, Q2
text_question(6, "1", "病院名を入力してください。（正式名称）", "社会医療法人 讃岐みなと会 みなと総合病院", height=24)
text_question(7, "2", "患者数を入力してください。\n※Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数（1から3000の間の数値）",
              1284, height=48, fmt="#,##0")

# Q3 rows 8-10
choice_question(8, "3", "現在の電子カルテのバックアップの状況について、該当するものを選択してください。",
                ["既に電子カルテのオフラインバックアップを取得・運用している（本事業の支援対象外）",
                 "電子カルテベンダ等とオフラインバックアップの方針を検討中である",
                 "オフラインバックアップは実施していない"],
                {2: "○"})
# Q4 rows 11-14
choice_question(11, "4", "本事業でのオフラインバックアップ整備支援の意向について、該当するものを選択してください。\n（Q3で「既に運用している」を選んだ場合は回答不要）",
                ["本事業で支援可能なサーバ・物品を新設する（調達は今年度内に可能）",
                 "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
                 "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
                 "ベンダ等と検討中のため、本事業での支援は不要"],
                {1: "〇"})
# Q5 rows 15-16
choice_question(15, "5", "オフラインバックアップの保存先（希望）",
                ["院内の物理媒体に保存",
                 "外部クラウド環境に保存（クラウド接続装置を院内に新設／サーバ新設は不要）"],
                {0: "○"})
# Q6 row 17
text_question(17, "6", "備考（ご意見・ご質問等）",
              "電子カルテ更新（令和7年度予定）に合わせてサーバを調達する予定のため、次年度以降を希望します。\nバックアップ媒体はLTOを想定しています。",
              height=48)

# respondent block (not keyed)
ws["B19"] = "ご担当者"
ws["B19"].font = Font(bold=True)
ws["C20"] = "所属：情報システム課"
ws["C21"] = "氏名：三好 健一"
ws["E20"] = "TEL：087-811-4420（内線 2105）"
ws["E21"] = "記入日：R6.8.22"

# secretariat block: derived policy
ws["B23"] = "【事務局使用欄】"
ws["B23"].font = Font(bold=True)
ws["C24"] = "支援方針（Q3・Q4の回答から自動判定）"
ws["C24"].border = box
ws["C24"].fill = hdr_fill
ws.merge_cells("D24:E24")
ws["D24"] = ('=IF(D8<>"","対象外",IF(D14<>"","報告のみ",IF(D11<>"","支援A",'
             'IF(D12<>"","支援B",IF(D13<>"","支援C","")))))')
ws["D24"].border = box
ws["D24"].alignment = Alignment(horizontal="left", vertical="center")
ws["D24"].font = Font(bold=True)
ws["C25"] = "※入力不要です（数式が入っています）。"

ws.print_area = "B1:E25"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

# second sheet: 記入要領 with the briefing's table
g = wb.create_sheet("記入要領")
g.column_dimensions["A"].width = 12
g.column_dimensions["B"].width = 46
g.column_dimensions["C"].width = 46
g.column_dimensions["D"].width = 46
g["A1"] = "支援方針ごとの対応範囲（参考）"
g["A1"].font = Font(size=12, bold=True)
rows = [
    ["支援方針", "概要", "医療機関様で必要な対応", "本事業での支援対応"],
    ["支援A", "本事業で支援可能なサーバ、物品を新設する意向あり\nサーバ、物品の調達が年度内に可能",
     "Webアンケート回答\n支援事業者との打ち合わせ対応（2~3回程度）\n新設サーバ、バックアップ媒体の調達・保守手配\n既存機器の設定変更対応（手配）\n現地作業における立ち合い対応",
     "オフラインバックアップの計画・運用手順の策定を支援\n新設サーバ、バックアップ媒体の現地構築、設置対応"],
    ["支援B", "本事業で支援可能なサーバ、物品を新設する意向あり\nサーバ、物品の調達は次年度以降",
     "Webアンケート回答\n支援事業者との打ち合わせ対応（2~3回程度）\n新設サーバ、バックアップ媒体の調達・保守手配\n既存機器の設定変更対応（手配）\n新設サーバの構築作業（次年度以降）",
     "オフラインバックアップの計画・運用手順の策定を支援\n新設サーバ、バックアップ媒体の現地構築手順を提供"],
    ["支援C", "支援可能なサーバを導入の意向なし\n既存設備に、本事業にて支援可能な媒体を接続",
     "Webアンケート回答\n支援事業者との打ち合わせ対応（1回程度）\nバックアップ媒体の調達・保守手配\n既存機器の設定変更対応（手配）",
     "オフラインバックアップの計画の策定を支援"],
    ["報告のみ", "電子カルテベンダ様等とオフラインバックアップの方針検討中であり、支援不要",
     "なし（アンケート回答のみで完了）", "検討中の方針（構成概要、導入予定期）をヒアリングし、厚労省へ報告"],
    ["対象外", "既に電子カルテのオフラインバックアップの運用を開始している",
     "なし（アンケート回答のみで完了）", "導入済の方針（構成概要）をヒアリングし、厚労省へ報告"],
]
for i, row in enumerate(rows, start=3):
    for j, v in enumerate(row):
        c = g.cell(row=i, column=j + 1, value=v)
        c.border = box
        c.alignment = Alignment(wrap_text=True, vertical="top")
        if i == 3:
            c.font = Font(bold=True)
            c.fill = hdr_fill
g["A10"] = "※外部クラウド環境に保存する場合は、クラウド接続装置を院内へ新設します（サーバの新設は不要）。"

tmpdir = tempfile.mkdtemp()
tmp = os.path.join(tmpdir, NAME)
wb.save(tmp)
outtmp = os.path.join(tmpdir, "out")
os.makedirs(outtmp)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outtmp, tmp],
               check=True, capture_output=True)
shutil.copy(os.path.join(outtmp, NAME), os.path.join(OUT_DIR, NAME))
shutil.rmtree(tmpdir)
print("wrote", os.path.join(OUT_DIR, NAME))

#!/usr/bin/python3
"""checklist-vendor, workbook a: MHLW-style print layout, merged labels, dropdown answers
from a hidden list sheet, Excel date cells, extra 記入要領 sheet. No planted problem."""
import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w26-a-print-dropdown-hidden-list"
D = dt.date

VENDOR = "株式会社メディカルシステムズ岡山"
SYSTEM = "電子カルテシステム（MediNote EX Ver.7.2）"
HOSPITAL = "医療法人 緑陽会 緑陽台病院"

S_TAISEI = "体制構築"
S_KANRI = "医療情報システムの管理・運用"
S_INC = "インシデント発生に備えた対応"

# (kind, no, section, item, first, firstDate, target, second, secondDate, remarks)
ROWS = [
    ("H", "1", S_TAISEI),
    ("I", "1-(1)", S_TAISEI, "事業者内に、医療情報システム等の提供に係る管理責任者を設置している",
     "はい", D(2024, 10, 7), None, None, None, "管理責任者：システム部 部長"),
    ("H", "2", S_KANRI),
    ("I", "2-(1)", S_KANRI, "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "はい", D(2024, 10, 7), None, None, None, None),
    ("I", "2-(2)", S_KANRI, "リモートメンテナンス（保守）を利用している機器の有無を確認した",
     "はい", D(2024, 10, 7), None, None, None, "VPN装置1台（保守用）"),
    ("I", "2-(3)", S_KANRI, "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
     "いいえ", D(2024, 10, 7), D(2024, 11, 29), "はい", D(2024, 11, 22), "SDSを作成し11/22に提出"),
    ("S", "サーバ"),
    ("I", None, "サーバ", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("I", None, "サーバ", "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("I", None, "サーバ", "アクセスログを管理している",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("I", None, "サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "いいえ", D(2024, 10, 8), D(2025, 1, 31), None, None, "1月の定期保守で適用予定"),
    ("I", None, "サーバ", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("S", "端末PC"),
    ("I", None, "端末PC", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("I", None, "端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("I", None, "端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("I", None, "端末PC", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("S", "ネットワーク機器"),
    ("I", None, "ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい", D(2024, 10, 9), None, None, None, None),
    ("I", None, "ネットワーク機器", "接続元制限を実施している",
     "はい", D(2024, 10, 9), None, None, None, None),
    ("H", "3", S_INC),
    ("I", "3-(1)", S_INC, "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある",
     "はい", D(2024, 10, 9), None, None, None, None),
    ("I", "3-(2)", S_INC, "インシデント発生時に診療を継続するために必要な情報を医療機関と検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     "はい", D(2024, 10, 9), None, None, None, "復旧手順書 第3版"),
]

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
SEC_FILL = PatternFill("solid", fgColor="F2F2F2")
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト（事業者確認用）"

widths = {"A": 2, "B": 7, "C": 58, "D": 9, "E": 11, "F": 11, "G": 9, "H": 11, "I": 26, "J": 2}
for col, w in widths.items():
    ws.column_dimensions[col].width = w

ws.merge_cells("B1:I1")
ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B1"].font = Font(size=14, bold=True)
ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:I2")
ws["B2"] = "事業者確認用（令和6年度版）"
ws["B2"].font = Font(size=12, bold=True)
ws["B2"].alignment = Alignment(horizontal="center")

for r, (label, value) in enumerate([("事業者名", VENDOR), ("対象システム", SYSTEM),
                                    ("提出先医療機関名", HOSPITAL)], start=4):
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=9)
    ws.cell(r, 2, label).fill = HEAD_FILL
    ws.cell(r, 2).alignment = Alignment(vertical="center")
    ws.cell(r, 4, value)
    for c in range(2, 10):
        ws.cell(r, c).border = BOX

notes = [
    "※ 医療機関ごと、システムごとに本チェックリストを作成し、医療機関へ提出してください。",
    "※ 1回目の確認で「いいえ」の場合は、実施可能な直近の対応目標日を記入してください。",
    "※ 目標日までに対応した項目は、2回目欄に確認結果と確認日を記入してください。",
]
for i, t in enumerate(notes):
    ws.merge_cells(start_row=8 + i, start_column=2, end_row=8 + i, end_column=9)
    ws.cell(8 + i, 2, t).font = Font(size=9)

H1, H2 = 12, 13
ws.merge_cells(f"B{H1}:B{H2}")
ws[f"B{H1}"] = "No."
ws.merge_cells(f"C{H1}:C{H2}")
ws[f"C{H1}"] = "チェック項目"
ws.merge_cells(f"D{H1}:E{H1}")
ws[f"D{H1}"] = "1回目"
ws[f"D{H2}"] = "はい・いいえ"
ws[f"E{H2}"] = "確認日"
ws.merge_cells(f"F{H1}:F{H2}")
ws[f"F{H1}"] = "目標日"
ws.merge_cells(f"G{H1}:H{H1}")
ws[f"G{H1}"] = "2回目"
ws[f"G{H2}"] = "はい・いいえ"
ws[f"H{H2}"] = "確認日"
ws.merge_cells(f"I{H1}:I{H2}")
ws[f"I{H1}"] = "備考"
for r in (H1, H2):
    for c in range(2, 10):
        cell = ws.cell(r, c)
        cell.fill = HEAD_FILL
        cell.border = BOX
        cell.alignment = CENTER
        cell.font = Font(bold=True, size=10)

# hidden list sheet for the dropdown
lst = wb.create_sheet("リスト")
lst["A1"] = "はい"
lst["A2"] = "いいえ"
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)

entries = []
r = H2 + 1
first_item_row = r
for row in ROWS:
    if row[0] == "H":
        ws.cell(r, 2, row[1])
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=9)
        ws.cell(r, 3, row[2]).font = Font(bold=True)
        for c in range(2, 10):
            ws.cell(r, c).fill = SEC_FILL
            ws.cell(r, c).border = BOX
        ws.cell(r, 2).alignment = CENTER
    elif row[0] == "S":
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=9)
        ws.cell(r, 3, "【" + row[1] + "】").font = Font(bold=True)
        for c in range(2, 10):
            ws.cell(r, c).border = BOX
    else:
        _, no, sec, item, a1, d1, tgt, a2, d2, rem = row
        if no:
            ws.cell(r, 2, no)
        ws.cell(r, 3, item)
        ws.cell(r, 4, a1)
        ws.cell(r, 5, d1)
        ws.cell(r, 6, tgt)
        ws.cell(r, 7, a2)
        ws.cell(r, 8, d2)
        ws.cell(r, 9, rem)
        for c in range(2, 10):
            cell = ws.cell(r, c)
            cell.border = BOX
            cell.alignment = CENTER if c in (2, 4, 5, 6, 7, 8) else WRAP
        for c in (5, 6, 8):
            ws.cell(r, c).number_format = "yyyy/m/d"
        dv.add(ws.cell(r, 4))
        dv.add(ws.cell(r, 7))
        ws.row_dimensions[r].height = 30
        e = {"section": sec, "item": item}
        if no:
            e["itemNo"] = no
        e["firstAnswer"] = a1
        e["firstDate"] = d1.isoformat()
        if tgt:
            e["targetDate"] = tgt.isoformat()
        if a2:
            e["secondAnswer"] = a2
        if d2:
            e["secondDate"] = d2.isoformat()
        if rem:
            e["remarks"] = rem
        entries.append(e)
    r += 1

ws.print_area = f"A1:J{r}"
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
ws.freeze_panes = f"D{H2 + 1}"

# 記入要領 sheet (instructions only, no data)
ins = wb.create_sheet("記入要領", 1)
ins.column_dimensions["A"].width = 100
for i, t in enumerate([
    "【記入要領】",
    "1. 本チェックリストは「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照のうえ記入してください。",
    "2. 「はい・いいえ」欄はプルダウンから選択してください。",
    "3. 確認日・目標日は日付（例：2024/10/1）で入力してください。",
    "4. 1回目で「いいえ」の項目は目標日を記入し、対応後に2回目の確認結果を記入してください。",
    "5. 対象システムが複数ある場合は、システムごとにファイルを分けて作成してください。",
], start=1):
    ins.cell(i, 1, t)

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)

expected = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "vendorName": VENDOR,
        "targetSystem": SYSTEM,
        "hospitalName": HOSPITAL,
        "entries": entries,
    },
    "planted": [],
    "notes": ("Main sheet 'チェックリスト（事業者確認用）'; '記入要領' is instructions only; hidden sheet 'リスト' "
              "holds the dropdown values はい/いいえ (not data). Section heading rows (1/2/3) and device-class rows "
              "【サーバ】【端末PC】【ネットワーク機器】 are not entries. Device-class items carry no item number in "
              "this layout. Vendor item wording for 2-(2), 3-(1), 3-(2) is my own parallel of the hospital items "
              "(the sources only word 1-(1) and 2-(3) for the vendor). Dates are Excel date cells. "
              "2回目 left blank where no re-check was needed; サーバ security-patch item is いいえ with 目標日 "
              "2025-01-31 and no 2回目 yet (still correct)."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("wrote", out)

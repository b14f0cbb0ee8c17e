#!/usr/bin/env python3
"""clv-w32-a: vendor checklist (事業者確認用, R6) drawn as a single print-style sheet with
separate answer / 確認日 columns, dropdowns from a hidden list sheet, and a 記入要領 sheet.
Run: PYTHONPATH=/tmp/w32_clv_ins_lib /usr/bin/python3 THIS.py"""
import datetime as dt
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w32-a-single-sheet-split-date-columns"
D = dt.date

VENDOR = "株式会社 山陽メディカルシステムズ　"          # trailing full-width space (busy filler)
SYSTEM = "電子カルテシステム（HOPE-Rism v8）及び\nオーダリングシステム"
HOSPITAL = "医療法人 清風会 吉備中央記念病院"

S1 = "体制構築"
S2 = "医療情報システムの管理・運用"
S3 = "インシデント発生に備えた対応"
# (group heading, section/device class, itemNo, text, first, firstDate, target, second, secondDate, remarks)
ROWS = [
    (S1, S1, "1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している",
     "はい", D(2024, 9, 17), None, None, None, "管理責任者：システム部長 岡本"),
    (S2, S2, "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "はい", D(2024, 9, 17), None, None, None, None),
    (S2, S2, "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を確認した",
     "はい", D(2024, 9, 17), None, None, None, "リモート保守：電子カルテサーバ1台（SSL-VPN経由）"),
    (S2, S2, "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
     "いいえ", D(2024, 9, 17), D(2024, 10, 31), "はい", D(2024, 10, 25), "10/25 MDS（第3.0版）を提出"),
    (S2, "サーバ", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "はい", D(2024, 9, 17), None, None, None, None),
    (S2, "サーバ", None, "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "はい", D(2024, 9, 17), None, None, None, None),
    (S2, "サーバ", None, "アクセスログを管理している",
     "いいえ", D(2024, 9, 17), D(2024, 12, 27), "はい", D(2025, 1, 14), "ログ保存期間を90日→1年に変更"),
    (S2, "サーバ", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい", D(2024, 9, 17), None, None, None, "月次で適用"),
    (S2, "サーバ", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "はい", D(2024, 9, 17), None, None, None, None),
    (S2, "端末PC", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
     "はい", D(2024, 9, 17), None, None, None, None),
    (S2, "端末PC", None, "退職者や使用していないアカウント等、不要なアカウントを削除している",
     "はい", D(2024, 9, 17), None, None, None, "人事異動時に病院側で申請"),
    (S2, "端末PC", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい", D(2024, 9, 17), None, None, None, None),
    (S2, "端末PC", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
     "いいえ", D(2024, 9, 17), D(2024, 11, 29), "はい", D(2024, 12, 6), None),
    (S2, "ネットワーク機器", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
     "はい", D(2024, 9, 17), None, None, None, None),
    (S2, "ネットワーク機器", None, "接続元制限を実施している",
     "いいえ", D(2024, 9, 17), D(2025, 2, 28), None, None, "VPN装置更新に合わせて設定予定\n（病院様と調整中）"),
    (S3, S3, "3-(1)", "インシデント発生時における医療機関及び事業者内の連絡体制図がある",
     "はい", D(2024, 9, 17), None, None, None, None),
    (S3, S3, "3-(2)", "医療機関と協力し、インシデント発生時のデータやシステムのバックアップの実施と復旧手順を確認している",
     "はい", D(2024, 9, 17), None, None, None, None),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
grp_fill = PatternFill("solid", fgColor="F2F2F2")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "事業者確認用"
for col, w in zip("ABCDEFGHI", [7, 14, 52, 8, 12, 12, 8, 12, 30]):
    ws.column_dimensions[col].width = w

ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["A1"].font = Font(size=14, bold=True)
ws.merge_cells("A1:I1")
ws["A2"] = "【事業者確認用】（令和6年度版）"
ws["A2"].font = Font(size=12, bold=True)
ws.merge_cells("A2:I2")

header = [("事業者名", VENDOR), ("対象システム", SYSTEM), ("提出先医療機関名", HOSPITAL)]
r = 4
for label, value in header:
    ws.cell(r, 1, label)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 3, value)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
    for c in range(1, 7):
        ws.cell(r, c).border = box
    ws.cell(r, 1).fill = hdr_fill
    ws.cell(r, 1).alignment = center
    ws.cell(r, 3).alignment = wrap
    r += 1
ws.row_dimensions[5].height = 32

ws["A8"] = ("※ 1回目の確認で「いいえ」の場合は、対応目標日を記入してください。"
            "目標日到来後に2回目の確認を行い、結果と確認日を記入してください。")
ws.merge_cells("A8:I8")
ws["A8"].font = Font(size=9)

# two-row header
h1, h2 = 10, 11
for col, text in [(1, "No."), (2, "区分"), (3, "チェック項目"), (6, "目標日"), (9, "備考")]:
    ws.cell(h1, col, text)
    ws.merge_cells(start_row=h1, start_column=col, end_row=h2, end_column=col)
ws.cell(h1, 4, "1回目")
ws.merge_cells(start_row=h1, start_column=4, end_row=h1, end_column=5)
ws.cell(h1, 7, "2回目")
ws.merge_cells(start_row=h1, start_column=7, end_row=h1, end_column=8)
for col, text in [(4, "はい/いいえ"), (5, "確認日"), (7, "はい/いいえ"), (8, "確認日")]:
    ws.cell(h2, col, text)
for rr in (h1, h2):
    for c in range(1, 10):
        ws.cell(rr, c).border = box
        ws.cell(rr, c).fill = hdr_fill
        ws.cell(rr, c).alignment = center
        ws.cell(rr, c).font = Font(bold=True, size=10)

# hidden list sheet for dropdowns
lst = wb.create_sheet("選択肢")
lst["A1"] = "はい"
lst["A2"] = "いいえ"
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)

r = h2 + 1
cell_of = []   # worksheet row of each entry
last_group = None
group_label = {S1: "1　体制構築", S2: "2　医療情報システムの管理・運用", S3: "3　インシデント発生に備えた対応"}
last_sec = None
sec_start = None
for grp, sec, no, text, a1, d1, tgt, a2, d2, rem in ROWS:
    if grp != last_group:
        if sec_start is not None and r - 1 > sec_start:
            ws.merge_cells(start_row=sec_start, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(r, 1, group_label[grp])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1).fill = grp_fill
        ws.cell(r, 1).font = Font(bold=True)
        for c in range(1, 10):
            ws.cell(r, c).border = box
        r += 1
        last_group = grp
        last_sec = None
        sec_start = None
    if sec != last_sec:
        if sec_start is not None and r - 1 > sec_start:
            ws.merge_cells(start_row=sec_start, start_column=2, end_row=r - 1, end_column=2)
        sec_start = r
        ws.cell(r, 2, "全般" if sec == grp else sec)
        last_sec = sec
    if no:
        ws.cell(r, 1, no)
    ws.cell(r, 3, text)
    ws.cell(r, 4, a1)
    ws.cell(r, 5, d1)
    if tgt:
        ws.cell(r, 6, tgt)
    if a2:
        ws.cell(r, 7, a2)
    if d2:
        ws.cell(r, 8, d2)
    if rem:
        ws.cell(r, 9, rem)
    for c in range(1, 10):
        cell = ws.cell(r, c)
        cell.border = box
        cell.alignment = center if c in (1, 2, 4, 5, 6, 7, 8) else wrap
    for c in (5, 6, 8):
        ws.cell(r, c).number_format = "yyyy/m/d"
    dv.add(ws.cell(r, 4))
    dv.add(ws.cell(r, 7))
    ws.row_dimensions[r].height = 30
    cell_of.append(r)
    r += 1
if sec_start is not None and r - 1 > sec_start:
    ws.merge_cells(start_row=sec_start, start_column=2, end_row=r - 1, end_column=2)

ws.print_area = f"A1:I{r}"
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.freeze_panes = "D12"

# instructions sheet
ins = wb.create_sheet("記入要領")
notes = [
    "チェックリスト（事業者確認用）記入要領",
    "1. 医療機関と契約している事業者ごと（又はシステムごと）に1部作成してください。",
    "2. 「事業者名」「対象システム」「提出先医療機関名」を必ず記入してください。",
    "3. 各項目について1回目の確認結果（はい・いいえ）と確認日を記入してください。",
    "4. 「いいえ」の項目は対応目標日を記入し、対応後に2回目の確認結果と確認日を記入してください。",
    "5. 記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。",
]
for i, t in enumerate(notes, 1):
    ins.cell(i, 1, t)
ins.column_dimensions["A"].width = 110
ins["A1"].font = Font(bold=True, size=12)

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)

# expected.json
entries = []
for (grp, sec, no, text, a1, d1, tgt, a2, d2, rem) in ROWS:
    e = {"section": sec, "item": text}
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
exp = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "vendorName": "株式会社 山陽メディカルシステムズ",  # trailing space trimmed
        "targetSystem": SYSTEM,
        "hospitalName": HOSPITAL,
        "entries": entries,
    },
    "planted": [],
    "notes": ("Vendor name cell has a trailing full-width space (value given trimmed). Dates are Excel date cells. "
              "Column B (区分) is merged per group; for section-1/2/3 general items it shows 全般 and section is given "
              "as the group heading text without its number (体制構築 / 医療情報システムの管理・運用 / "
              "インシデント発生に備えた対応); device items carry サーバ / 端末PC / ネットワーク機器 and have no item number. "
              "Wording of vendor items not quoted in the catalogue/seed (2-(1), 2-(2), 3-(1), 3-(2), device rows) is the "
              "drawer's vendor-side reconstruction and is written in the workbook exactly as in 'item'. "
              "Hidden sheet 選択肢 holds the dropdown list; sheet 記入要領 is instructions only."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("rows", cell_of)

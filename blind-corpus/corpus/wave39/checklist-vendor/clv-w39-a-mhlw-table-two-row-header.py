#!/usr/bin/python3
"""clv-w39-a: vendor checklist (事業者確認用, R6) drawn as a bordered MHLW-style table with a two-row header,
label-left header block, 記入要領 sheet; filled completely and correctly by the vendor. (LibreOffice is not installed here, so saved by openpyxl.)"""
import sys, os, json, subprocess, shutil, tempfile, datetime as dt
sys.path.insert(0, "/tmp/clvins_pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave39/checklist-vendor"
NAME = "clv-w39-a-mhlw-table-two-row-header"
D = dt.date

VENDOR = "株式会社メディテック岡山"
SYSTEM = "電子カルテシステム（MediCore EX Ver.5.2）"
HOSP = "医療法人緑風会 みどりヶ丘病院"

# (itemNo, section shown in class column, item, first, firstDate, target, second, secondDate, remarks)
S1, S2, S3 = "体制構築", "医療情報システムの管理・運用", "インシデント発生に備えた対応"
ROWS = [
    ("H", "1 体制構築"),
    ("1-(1)", S1, "事業者内に、医療情報システム等の提供に係る管理責任者を設置している", "はい", D(2024,10,15), None, None, None, "品質保証部 部長を管理責任者に任命"),
    ("H", "2 医療情報システムの管理・運用"),
    ("2-(1)", S2, "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", D(2024,10,15), None, None, None, None),
    ("2-(2)", S2, "リモートメンテナンス（保守）を利用している機器の有無を確認した", "はい", D(2024,10,15), None, None, None, "リモート保守あり（SSL-VPN装置 1台経由）"),
    ("2-(3)", S2, "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した", "はい", D(2024,10,15), None, None, None, "MDS/SDS 第2版を提出済"),
    ("", "サーバ", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", D(2024,10,15), None, None, None, None),
    ("", "サーバ", "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", D(2024,10,15), None, None, None, None),
    ("", "サーバ", "アクセスログを管理している", "はい", D(2024,10,15), None, None, None, "ログ保存期間 1年"),
    ("", "サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", D(2024,10,15), None, None, None, "月次で適用"),
    ("", "サーバ", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "いいえ", D(2024,10,15), D(2024,12,20), "はい", D(2024,12,18), "12月定期保守時に停止作業実施"),
    ("", "端末PC", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", D(2024,10,15), None, None, None, None),
    ("", "端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している", "いいえ", D(2024,10,15), D(2024,11,30), "はい", D(2024,11,28), "病院様より退職者一覧を受領後に削除"),
    ("", "端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", D(2024,10,15), None, None, None, None),
    ("", "端末PC", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", D(2024,10,15), None, None, None, None),
    ("", "ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", D(2024,10,15), None, None, None, None),
    ("", "ネットワーク機器", "接続元制限を実施している", "いいえ", D(2024,10,15), D(2025,1,31), "はい", D(2025,1,24), "VPN装置の接続元IPを保守拠点に限定\n（設定変更 1/24）"),
    ("H", "3 インシデント発生に備えた対応"),
    ("3-(1)", S3, "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある", "はい", D(2024,10,15), None, None, None, None),
    ("3-(2)", S3, "インシデント発生時に医療機関が診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", "はい", D(2024,10,15), None, None, None, "復旧手順書 2024年9月改訂版"),
]

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
gray = PatternFill("solid", fgColor="D9D9D9"); light = PatternFill("solid", fgColor="F2F2F2")

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト"
widths = {"A": 2, "B": 7, "C": 14, "D": 52, "E": 8, "F": 11, "G": 11, "H": 8, "I": 11, "J": 30}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws["B1"] = "令和6年度版　医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "事業者確認用"
ws["B2"].font = Font(bold=True, size=12)
ws["B3"] = "※ 1回目の確認で「いいえ」の場合は、対応の目標日を記入し、対応後に2回目の確認を行ってください。"

hdr = [("事業者名", VENDOR), ("対象システム", SYSTEM), ("提出先医療機関名", HOSP)]
r = 5
for lab, val in hdr:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(r, 2, lab).fill = gray
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
    ws.cell(r, 4, val)
    for c in range(2, 8):
        ws.cell(r, c).border = B
    r += 1

# two-row header at rows 9-10
h1, h2 = 9, 10
for c, lab in [(2, "番号"), (3, "区分"), (4, "チェック項目"), (10, "備考")]:
    ws.merge_cells(start_row=h1, start_column=c, end_row=h2, end_column=c)
    ws.cell(h1, c, lab)
ws.merge_cells(start_row=h1, start_column=5, end_row=h1, end_column=6); ws.cell(h1, 5, "1回目")
ws.merge_cells(start_row=h1, start_column=7, end_row=h2, end_column=7); ws.cell(h1, 7, "目標日")
ws.merge_cells(start_row=h1, start_column=8, end_row=h1, end_column=9); ws.cell(h1, 8, "2回目")
ws.cell(h2, 5, "回答"); ws.cell(h2, 6, "確認日"); ws.cell(h2, 8, "回答"); ws.cell(h2, 9, "確認日")
for rr in (h1, h2):
    for c in range(2, 11):
        cell = ws.cell(rr, c); cell.border = B; cell.fill = gray; cell.alignment = center; cell.font = Font(bold=True)

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

r = 11
entries = []
class_first = {}
for row in ROWS:
    if row[0] == "H":
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        ws.cell(r, 2, row[1]).font = Font(bold=True)
        for c in range(2, 11):
            ws.cell(r, c).border = B; ws.cell(r, c).fill = light
        r += 1
        continue
    no, sec, item, a1, d1, tg, a2, d2, rem = row
    ws.cell(r, 2, no or None).alignment = center
    if sec in ("サーバ", "端末PC", "ネットワーク機器"):
        class_first.setdefault(sec, [r, r])[1] = r
        ws.cell(r, 3, sec)
    ws.cell(r, 4, item).alignment = wrap
    ws.cell(r, 5, a1).alignment = center
    for c, v in ((6, d1), (7, tg), (9, d2)):
        if v:
            ws.cell(r, c, v).number_format = "yyyy/m/d"
        ws.cell(r, c).alignment = center
    ws.cell(r, 8, a2).alignment = center
    ws.cell(r, 10, rem).alignment = wrap
    dv.add(ws.cell(r, 5)); dv.add(ws.cell(r, 8))
    for c in range(2, 11):
        ws.cell(r, c).border = B
    e = {"section": sec, "item": item}
    if no:
        e["itemNo"] = no
    e["firstAnswer"] = a1; e["firstDate"] = d1.isoformat()
    if tg: e["targetDate"] = tg.isoformat()
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2.isoformat()
    if rem: e["remarks"] = rem
    entries.append(e)
    r += 1
for sec, (a, b) in class_first.items():
    # class label written only on first row, cells merged vertically
    for rr in range(a + 1, b + 1):
        ws.cell(rr, 3).value = None
    ws.merge_cells(start_row=a, start_column=3, end_row=b, end_column=3)
    ws.cell(a, 3).alignment = center
ws.freeze_panes = "E11"
ws.print_title_rows = "9:10"
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1

# 記入要領 sheet
g = wb.create_sheet("記入要領")
notes = [
    "【記入要領】",
    "1. 事業者ごと又はシステムごとに本シートを1部作成してください。",
    "2. 「回答」欄は、はい・いいえ のいずれかを選択してください。",
    "3. 確認日・目標日は 西暦（yyyy/m/d）で入力してください。",
    "4. 1回目が「いいえ」の項目は目標日を記入し、対応後に2回目欄を記入してください。",
    "5. 記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。",
]
for i, t in enumerate(notes, 1):
    g.cell(i, 1, t)
g.column_dimensions["A"].width = 100

wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
    "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSP, "entries": entries},
    "planted": [],
    "notes": "Sheet チェックリスト; 記入要領 is an instructions sheet. Section headings rows (1/2/3) are not entries; "
             "device-class items carry section サーバ/端末PC/ネットワーク機器 (class column merged vertically) and show no item number. "
             "Items not worded by the catalogue/seed (2-(2), 3-(1), 3-(2)) are the vendor-side parallels of the hospital items, written as in the workbook. "
             "2回目 is filled only for items answered いいえ at 1回目.",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", len(entries))

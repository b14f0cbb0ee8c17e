#!/usr/bin/python3
# Generator for clv-w21-a-questionnaire-category-column.xlsx (checklist-vendor, R6)
# Layout: one sheet, title block + notes, header label-left (merged label cells),
# table No. | 区分 | チェック項目 | 1回目(回答, 確認日) | 目標日 | 2回目(回答, 確認日) | 備考,
# dates as real Excel date cells, extra 記入要領 sheet.  No planted problems.
import datetime as dt, json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w21-a-questionnaire-category-column"
D = dt.date

VENDOR = "株式会社メディカルシステムズ岡山"
SYSTEM = "電子カルテシステム（MegaChart Ver.5）"
HOSP = "医療法人 緑風会 旭川中央病院"

# (itemNo shown, 区分, item, first, firstDate, target, second, secondDate, remarks)
F1 = D(2024, 10, 4)
ROWS = [
    ("1-(1)", "体制構築", "事業者内に医療情報システム等の提供に係る管理責任者を設置している", "はい", F1, None, None, None, "管理責任者：システム部長"),
    ("2-(1)", "医療情報システムの管理・運用", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", F1, None, None, None, None),
    ("2-(2)", "医療情報システムの管理・運用", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した", "はい", F1, None, None, None, "保守用VPN装置1台"),
    ("2-(3)", "医療情報システムの管理・運用", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した", "いいえ", F1, D(2024, 11, 29), "はい", D(2024, 11, 22), "MDS/SDS 第2.0版で提出"),
    (None, "サーバ", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", F1, None, None, None, None),
    (None, "サーバ", "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", F1, None, None, None, None),
    (None, "サーバ", "アクセスログを管理している", "いいえ", F1, D(2024, 12, 20), "はい", D(2024, 12, 13), "ログ保存期間を1年に設定"),
    (None, "サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", F1, None, None, None, None),
    (None, "サーバ", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", F1, None, None, None, None),
    (None, "端末PC", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", F1, None, None, None, None),
    (None, "端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", F1, None, None, None, None),
    (None, "端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", F1, None, None, None, None),
    (None, "端末PC", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", F1, None, None, None, None),
    (None, "ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", F1, None, None, None, None),
    (None, "ネットワーク機器", "接続元制限を実施している", "いいえ", F1, D(2025, 1, 31), "はい", D(2025, 1, 24), "保守回線のアクセス元IPを限定"),
    ("3-(1)", "インシデント発生に備えた対応", "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある", "はい", F1, None, None, None, None),
    ("3-(2)", "インシデント発生に備えた対応", "医療機関と協力し、インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している", "はい", F1, None, None, None, None),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
lab_fill = PatternFill("solid", fgColor="F2F2F2")

wb = Workbook()
ws = wb.active
ws.title = "事業者確認用"

ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
ws["A1"].font = Font(bold=True, size=14)
ws["A2"] = "事業者確認用"
ws["A2"].font = Font(bold=True, size=12)
ws["A3"] = "※ 事業者ごと又はシステムごとに1枚作成してください。「いいえ」の項目は目標日を記入し、対応後に2回目の確認を行ってください。"
ws["A3"].font = Font(size=9, color="C00000")

# header block: merged label cells (A:B) and value (C:E)
hdr = [(5, "事業者名", VENDOR), (6, "対象システム", SYSTEM), (7, "提出先医療機関名", HOSP)]
for r, lab, val in hdr:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
    ws.cell(r, 1, lab).fill = lab_fill
    ws.cell(r, 1).alignment = center
    ws.cell(r, 3, val).alignment = Alignment(vertical="center")
    for c in range(1, 7):
        ws.cell(r, c).border = box

# table header (two rows)
H1, H2 = 9, 10
heads = {1: "No.", 2: "区分", 3: "チェック項目", 4: "1回目", 6: "目標日", 7: "2回目", 9: "備考"}
for c, t in heads.items():
    ws.cell(H1, c, t)
ws.cell(H2, 4, "回答")
ws.cell(H2, 5, "確認日")
ws.cell(H2, 7, "回答")
ws.cell(H2, 8, "確認日")
for c in (1, 2, 3, 6, 9):
    ws.merge_cells(start_row=H1, start_column=c, end_row=H2, end_column=c)
ws.merge_cells(start_row=H1, start_column=4, end_row=H1, end_column=5)
ws.merge_cells(start_row=H1, start_column=7, end_row=H1, end_column=8)
for r in (H1, H2):
    for c in range(1, 10):
        cell = ws.cell(r, c)
        cell.fill = hdr_fill
        cell.font = Font(bold=True)
        cell.alignment = center
        cell.border = box

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

entries = []
r = H2 + 1
for no, sec, item, a1, d1, tg, a2, d2, rem in ROWS:
    vals = [no, sec, item, a1, d1, tg, a2, d2, rem]
    for c, v in enumerate(vals, start=1):
        cell = ws.cell(r, c, v)
        cell.border = box
        cell.alignment = wrap if c in (3, 9) else center
        if isinstance(v, dt.date):
            cell.number_format = "yyyy/m/d"
    dv.add(f"D{r}")
    dv.add(f"G{r}")
    e = {"section": sec, "item": item}
    if no:
        e["itemNo"] = no
    e["firstAnswer"] = a1
    e["firstDate"] = d1.isoformat()
    if tg:
        e["targetDate"] = tg.isoformat()
    if a2:
        e["secondAnswer"] = a2
        e["secondDate"] = d2.isoformat()
    if rem:
        e["remarks"] = rem
    entries.append(e)
    r += 1

widths = {"A": 7, "B": 16, "C": 58, "D": 8, "E": 12, "F": 12, "G": 8, "H": 12, "I": 28}
for k, v in widths.items():
    ws.column_dimensions[k].width = v
ws.freeze_panes = "D11"
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.print_title_rows = "9:10"

# instructions sheet
wi = wb.create_sheet("記入要領")
notes = [
    "記入要領",
    "1. 本シートは厚生労働省「医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）」事業者確認用を基に作成したものです。",
    "2. 各項目について1回目の確認結果（はい／いいえ）と確認日を記入してください。",
    "3. 1回目で「いいえ」の場合は、令和7年3月31日までの対応目標日を記入してください。",
    "4. 対応後、2回目の確認結果と確認日を記入してください。",
    "5. 記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。",
]
for i, t in enumerate(notes, start=1):
    wi.cell(i, 1, t)
wi["A1"].font = Font(bold=True, size=12)
wi.column_dimensions["A"].width = 110

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)

exp = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "vendorName": VENDOR,
        "targetSystem": SYSTEM,
        "hospitalName": HOSP,
        "entries": entries,
    },
    "planted": [],
    "notes": "Sheet 事業者確認用, data rows 11-27. Column B 区分 gives each row's section. Vendor-side item wording "
             "other than 1-(1) and 2-(3) is my reconstruction of the parallel R6 items (not given in the seeds); the "
             "device-class items (サーバ/端末PC/ネットワーク機器) carry no number in the No. column, so itemNo is omitted for them. "
             "All dates are Excel date cells. Sheet 記入要領 holds instructions only.",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("wrote", out)

#!/usr/bin/python3
"""Generator for clv-w43-a-official-grid-two-row-header.xlsx (checklist-vendor, R6, no planted problems).
Run with: PYTHONPATH=/tmp/clvins_pylib /usr/bin/python3 THIS.py  (then re-saved by LibreOffice headless)."""
import datetime as dt, os, shutil, subprocess, sys
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w43-a-official-grid-two-row-header.xlsx"
D = dt.date

# (section heading shown, 項番, item text, 1回目, 1回目日, 目標日, 2回目, 2回目日, 備考)
ROWS = [
    ("1 体制構築", None, None, None, None, None, None, None, None),
    ("体制構築", "1-(1)", "事業者内に医療情報システム等の提供に係る管理責任者を設置している", "はい", D(2024,10,15), None, None, None, "品質保証部 情報セキュリティ管理責任者を選任済"),
    ("2 医療情報システムの管理・運用", None, None, None, None, None, None, None, None),
    ("医療情報システム全般", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", D(2024,10,15), None, None, None, "納入機器台帳を貴院へ提出済"),
    ("医療情報システム全般", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した", "はい", D(2024,10,15), None, None, None, "リモート保守用VPN装置1台あり"),
    ("医療情報システム全般", "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した", "はい", D(2024,10,15), None, None, None, "MDS 第3.0版"),
    ("サーバ", "2-(4)-①", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", D(2024,10,15), None, None, None, None),
    ("サーバ", "2-(4)-②", "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", D(2024,10,15), None, None, None, "年2回棚卸し"),
    ("サーバ", "2-(4)-③", "アクセスログを管理している", "はい", D(2024,10,15), None, None, None, None),
    ("サーバ", "2-(4)-④", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", D(2024,10,15), None, None, None, "四半期ごとに検証の上適用"),
    ("サーバ", "2-(4)-⑤", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", D(2024,10,15), None, None, None, None),
    ("端末PC", "2-(5)-①", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", D(2024,10,15), None, None, None, None),
    ("端末PC", "2-(5)-②", "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", D(2024,10,15), None, None, None, None),
    ("端末PC", "2-(5)-③", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", D(2024,10,15), None, None, None, None),
    ("端末PC", "2-(5)-④", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "いいえ", D(2024,10,15), D(2024,12,27), "はい", D(2024,12,20), "外来端末の不要な常駐ソフトを12月定期保守時に停止"),
    ("ネットワーク機器", "2-(6)-①", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", D(2024,10,15), None, None, None, None),
    ("ネットワーク機器", "2-(6)-②", "接続元制限を実施している", "いいえ", D(2024,10,15), D(2025,1,31), "はい", D(2025,1,28), "保守用VPNの接続元IPを当社拠点に限定"),
    ("3 インシデント発生に備えた対応", None, None, None, None, None, None, None, None),
    ("インシデント発生に備えた対応", "3-(1)", "インシデント発生時における医療機関と事業者間の連絡体制図がある", "はい", D(2024,10,15), None, None, None, "緊急連絡先一覧を含む"),
    ("インシデント発生に備えた対応", "3-(2)", "医療機関と協働して、インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している", "はい", D(2024,10,15), None, None, None, None),
]

thin = Side(style="thin"); med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2"); SEC = PatternFill("solid", fgColor="F2F2F2"); INP = PatternFill("solid", fgColor="FFF2CC")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
left = Alignment(horizontal="left", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト（事業者確認用）"
for col, w in zip("ABCDEFGHIJ", [2, 10, 14, 52, 9, 12, 12, 9, 12, 30]):
    ws.column_dimensions[col].width = w

ws.merge_cells("B1:J1")
ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
ws["B1"].font = Font(size=14, bold=True); ws["B1"].alignment = center
ws.merge_cells("B2:J2")
ws["B2"] = "事業者確認用"
ws["B2"].font = Font(size=12, bold=True); ws["B2"].alignment = center

hdr = [("事業者名", "株式会社メディカルシステムズ西日本"),
       ("対象システム", "電子カルテシステム（MegaChart Ver.8）"),
       ("提出先医療機関名", "社会医療法人 青葉会 青葉中央病院")]
r = 4
for lab, val in hdr:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
    ws.cell(r, 2, lab).alignment = left
    ws.cell(r, 2).fill = HEAD
    ws.cell(r, 4, val).alignment = left
    for c in range(2, 8):
        ws.cell(r, c).border = B
    r += 1

ws["B8"] = "※ 1回目の確認で「いいえ」の場合は、対応目標日を記入し、対応後に2回目の確認を行ってください。"
ws["B8"].font = Font(size=9)

# two-row header
H1, H2 = 10, 11
for c, t in [(2, "項番"), (3, "区分"), (4, "チェック項目"), (7, "目標日"), (10, "備考")]:
    ws.merge_cells(start_row=H1, start_column=c, end_row=H2, end_column=c)
    ws.cell(H1, c, t)
ws.merge_cells(start_row=H1, start_column=5, end_row=H1, end_column=6); ws.cell(H1, 5, "1回目")
ws.merge_cells(start_row=H1, start_column=8, end_row=H1, end_column=9); ws.cell(H1, 8, "2回目")
for c, t in [(5, "はい/いいえ"), (6, "確認日"), (8, "はい/いいえ"), (9, "確認日")]:
    ws.cell(H2, c, t)
for rr in (H1, H2):
    for c in range(2, 11):
        ws.cell(rr, c).border = B; ws.cell(rr, c).fill = HEAD
        ws.cell(rr, c).alignment = center; ws.cell(rr, c).font = Font(bold=True)

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

r = H2 + 1
sec_start = {}
for sec, no, item, a1, d1, tgt, a2, d2, rem in ROWS:
    if no is None:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        ws.cell(r, 2, sec).font = Font(bold=True)
        for c in range(2, 11):
            ws.cell(r, c).fill = SEC; ws.cell(r, c).border = B
        r += 1
        continue
    ws.cell(r, 2, no).alignment = center
    ws.cell(r, 3, sec).alignment = center
    ws.cell(r, 4, item).alignment = left
    ws.cell(r, 5, a1); ws.cell(r, 6, d1); ws.cell(r, 7, tgt); ws.cell(r, 8, a2); ws.cell(r, 9, d2)
    ws.cell(r, 10, rem).alignment = left
    for c in (5, 6, 7, 8, 9):
        ws.cell(r, c).alignment = center; ws.cell(r, c).fill = INP
    for c in (6, 7, 9):
        ws.cell(r, c).number_format = "yyyy/m/d"
    dv.add(ws.cell(r, 5)); dv.add(ws.cell(r, 8))
    for c in range(2, 11):
        ws.cell(r, c).border = B
    ws.row_dimensions[r].height = 30 if len(item) < 40 else 45
    sec_start.setdefault(sec, []).append(r)
    r += 1

# merge the 区分 column over each device class block
for sec, rows in sec_start.items():
    if len(rows) > 1 and rows[-1] - rows[0] == len(rows) - 1:
        ws.merge_cells(start_row=rows[0], start_column=3, end_row=rows[-1], end_column=3)

ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
ws.print_title_rows = f"{H1}:{H2}"

# instructions sheet
ins = wb.create_sheet("記入要領")
notes = [
    "【記入要領】",
    "1. 事業者名、対象システム、提出先医療機関名を記入してください。事業者ごと又はシステムごとに1枚作成してください。",
    "2. 各項目について「はい」「いいえ」をプルダウンから選択し、確認日を記入してください。",
    "3. 1回目が「いいえ」の項目は、実施可能な直近の対応目標日を記入してください（令和7年3月31日まで）。",
    "4. 対応後に2回目の確認を行い、結果と確認日を記入してください。",
    "5. 記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。",
]
for i, t in enumerate(notes, 1):
    ins.cell(i, 1, t)
ins.column_dimensions["A"].width = 110

tmp = "/tmp/clvins_work/clv_a_src.xlsx"
wb.save(tmp)
outtmp = "/tmp/clvins_work/clv_a_lo"
os.makedirs(outtmp, exist_ok=True)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outtmp, tmp], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.move(os.path.join(outtmp, "clv_a_src.xlsx"), os.path.join(OUT_DIR, NAME))
print("wrote", os.path.join(OUT_DIR, NAME))

# ---- expected.json (what the filler meant) ----
import json
entries = []
for sec, no, item, a1, d1, tgt, a2, d2, rem in ROWS:
    if no is None:
        continue
    e = {"section": sec, "item": item, "itemNo": no, "firstAnswer": a1, "firstDate": d1.isoformat()}
    if tgt: e["targetDate"] = tgt.isoformat()
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2.isoformat()
    if rem: e["remarks"] = rem
    entries.append(e)
exp = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": NAME,
    "values": {
        "vendorName": "株式会社メディカルシステムズ西日本",
        "targetSystem": "電子カルテシステム（MegaChart Ver.8）",
        "hospitalName": "社会医療法人 青葉会 青葉中央病院",
        "entries": entries,
    },
    "planted": [],
    "notes": ("Single sheet, MHLW-style grid with two-row header (1回目/2回目 each split into はい/いいえ | 確認日), "
              "section heading rows (1 体制構築 / 2 医療情報システムの管理・運用 / 3 インシデント発生に備えた対応) spanning the table "
              "and a merged 区分 column for the device classes; section in entries = the 区分 cell. Dates are real Excel date cells. "
              "Re-saved by LibreOffice. Extra sheet 記入要領 holds instructions only. Vendor item wording beyond 1-(1) and 2-(3) is my "
              "reconstruction of the vendor-side items (the seed gives only those two); 2回目 is filled only for the two いいえ items."),
}
with open(os.path.join(OUT_DIR, NAME.replace(".xlsx", ".expected.json")), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)

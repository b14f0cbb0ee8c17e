# Generator for clv-w47-a-official-two-row-header.xlsx (checklist-vendor, R6)
# Run: PYTHONPATH=/tmp/clvins_py /usr/bin/python3 clv-w47-a-official-two-row-header.py
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w47-a-official-two-row-header"
D = dt.date

VENDOR = "株式会社メディテック山陽"
SYSTEM = "電子カルテシステム（外来・病棟）"
HOSP = "医療法人 緑風会 岡山東中央病院"

# (itemNo or None, section, item text, first, firstDate, target, second, secondDate, remarks)
F1 = D(2024, 9, 30)
ROWS = [
    ("H", "1　体制構築"),
    ("1-(1)", "体制構築", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。", "はい", F1, None, None, None, "管理責任者：システム部 部長"),
    ("H", "2　医療情報システムの管理・運用"),
    ("2-(1)", "医療情報システム全般", "医療機関に提供している医療情報システムについて、サーバ、端末PC、ネットワーク機器の台帳管理を行っている。", "はい", F1, None, None, None, None),
    ("2-(2)", "医療情報システム全般", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。", "はい", F1, None, None, None, "リモート保守あり（VPN装置1台）"),
    ("2-(3)", "医療情報システム全般", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。", "いいえ", F1, D(2024, 11, 29), "はい", D(2024, 11, 22), "MDS/SDS（第4.0版）作成後に提出"),
    (None, "サーバ", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。", "はい", F1, None, None, None, None),
    (None, "サーバ", "退職者や使用していないアカウント等、不要なアカウントを削除している。", "はい", F1, None, None, None, "病院側の退職者連絡により都度削除"),
    (None, "サーバ", "アクセスログを管理している。", "はい", F1, None, None, None, None),
    (None, "サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。", "はい", F1, None, None, None, None),
    (None, "サーバ", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。", "はい", F1, None, None, None, None),
    (None, "端末PC", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。", "はい", F1, None, None, None, None),
    (None, "端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している。", "はい", F1, None, None, None, None),
    (None, "端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。", "はい", F1, None, None, None, "月1回適用"),
    (None, "端末PC", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。", "はい", F1, None, None, None, None),
    (None, "ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。", "いいえ", F1, D(2024, 12, 20), "はい", D(2024, 12, 18), "VPN装置ファームウェア更新\n12/18 作業完了"),
    (None, "ネットワーク機器", "接続元制限を実施している。", "はい", F1, None, None, None, None),
    ("H", "3　インシデントに備えた対応"),
    ("3-(1)", "インシデントに備えた対応", "インシデント発生時における医療機関と事業者の連絡体制図がある。", "はい", F1, None, None, None, None),
    ("3-(2)", "インシデントに備えた対応", "インシデント発生時に医療機関が診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している。", "はい", F1, None, None, None, "バックアップ：日次・週次（世代管理あり）"),
]

thin = Side(style="thin")
med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
hdrfill = PatternFill("solid", fgColor="DDEBF7")
secfill = PatternFill("solid", fgColor="F2F2F2")

wb = Workbook()
ws = wb.active
ws.title = "事業者確認用"
widths = {"A": 2, "B": 7, "C": 14, "D": 58, "E": 9, "F": 11, "G": 11, "H": 9, "I": 11, "J": 30, "K": 2}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("B1:J1")
ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B1"].font = Font(size=14, bold=True)
ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:J2")
ws["B2"] = "【事業者確認用】　令和6年度版"
ws["B2"].alignment = Alignment(horizontal="center")
ws["B2"].font = Font(bold=True)

hdr = [(4, "事業者名", VENDOR), (5, "対象システム", SYSTEM), (6, "提出先医療機関名", HOSP)]
for r, lab, val in hdr:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(r, 2, lab).alignment = center
    ws.cell(r, 2).fill = hdrfill
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    ws.cell(r, 4, val).alignment = wrap
    for c in range(2, 7):
        ws.cell(r, c).border = B

notes = [
    "※ 事業者ごと又はシステムごとに作成し、医療機関へ提出してください。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください（令和7年3月31日まで）。",
    "※ 目標日までに対応後、2回目の確認結果と確認日を記入してください。",
]
for i, t in enumerate(notes):
    ws.merge_cells(start_row=7 + i, start_column=2, end_row=7 + i, end_column=10)
    ws.cell(7 + i, 2, t).font = Font(size=9)

# two-row header at rows 11-12
H1, H2 = 11, 12
for col, text in [(2, "番号"), (3, "区分"), (4, "チェック項目"), (7, "目標日"), (10, "備考")]:
    ws.merge_cells(start_row=H1, start_column=col, end_row=H2, end_column=col)
    ws.cell(H1, col, text)
ws.merge_cells(start_row=H1, start_column=5, end_row=H1, end_column=6)
ws.cell(H1, 5, "1回目")
ws.merge_cells(start_row=H1, start_column=8, end_row=H1, end_column=9)
ws.cell(H1, 8, "2回目")
ws.cell(H2, 5, "はい／いいえ"); ws.cell(H2, 6, "確認日")
ws.cell(H2, 8, "はい／いいえ"); ws.cell(H2, 9, "確認日")
for r in (H1, H2):
    for c in range(2, 11):
        ws.cell(r, c).border = B
        ws.cell(r, c).alignment = center
        ws.cell(r, c).fill = hdrfill
        ws.cell(r, c).font = Font(bold=True, size=10)

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

r = H2 + 1
entries = []
first_data_row = {}
sec_span = {}
for row in ROWS:
    if row[0] == "H":
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        ws.cell(r, 2, row[1]).font = Font(bold=True)
        for c in range(2, 11):
            ws.cell(r, c).fill = secfill
            ws.cell(r, c).border = B
        r += 1
        continue
    no, sec, item, a1, d1, tgt, a2, d2, rem = row
    ws.cell(r, 2, no).alignment = center
    if sec in ("サーバ", "端末PC", "ネットワーク機器"):
        sec_span.setdefault(sec, [r, r])[1] = r
    elif sec == "医療情報システム全般":
        sec_span.setdefault(sec, [r, r])[1] = r
    ws.cell(r, 4, item).alignment = wrap
    ws.cell(r, 5, a1).alignment = center
    dv.add(ws.cell(r, 5)); dv.add(ws.cell(r, 8))
    for c, v in ((6, d1), (7, tgt), (9, d2)):
        if v is not None:
            ws.cell(r, c, v).number_format = "yyyy/m/d"
        ws.cell(r, c).alignment = center
    if a2:
        ws.cell(r, 8, a2).alignment = center
    if rem:
        ws.cell(r, 10, rem).alignment = wrap
    for c in range(2, 11):
        ws.cell(r, c).border = B
    e = {"section": sec, "item": item}
    if no:
        e["itemNo"] = no
    e["firstAnswer"] = a1
    e["firstDate"] = d1.isoformat()
    if tgt: e["targetDate"] = tgt.isoformat()
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2.isoformat()
    if rem: e["remarks"] = rem
    e["_row"] = r
    entries.append(e)
    ws.row_dimensions[r].height = 30
    r += 1
# 区分 column: merged vertically per section (体制構築/インシデント rows stay blank under their heading)
for sec, (a, b) in sec_span.items():
    if b > a:
        ws.merge_cells(start_row=a, start_column=3, end_row=b, end_column=3)
    ws.cell(a, 3, sec).alignment = center

r += 1
ws.cell(r, 2, "記入者：システム部　高山").font = Font(size=9)
ws.print_area = f"A1:K{r}"
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.freeze_panes = "E13"

# instructions sheet
w2 = wb.create_sheet("記入要領")
lines = [
    "記入要領",
    "1. 「はい／いいえ」欄はプルダウンから選択してください。",
    "2. 確認日は西暦（例：2024/9/30）で入力してください。",
    "3. 「いいえ」の項目は目標日を必ず記入し、対応後に2回目の確認を行ってください。",
    "4. 詳細は「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。",
]
for i, t in enumerate(lines, 1):
    w2.cell(i, 1, t)
w2.column_dimensions["A"].width = 100

path = os.path.join(OUT, NAME + ".xlsx")
wb.save(path)

for e in entries:
    e.pop("_row")
exp = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSP, "entries": entries},
    "planted": [],
    "notes": ("Vendor item wording is my own parallel reading of the hospital items (catalogue gives only 1-(1) and 2-(3) "
              "from the vendor side). Device-class rows (サーバ/端末PC/ネットワーク機器) carry no item number in the workbook, "
              "so itemNo is omitted for them; 区分 is a vertically merged cell. 1-(1) and 3-(x) have an empty 区分 cell and sit "
              "under the heading rows '1　体制構築' / '3　インシデントに備えた対応'; section given as that heading. "
              "2回目 filled only for the items answered いいえ at 1回目. Sheet 記入要領 is instructions only."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", path)

# Generator: clv-w22-a-mhlw-style-two-row-header.xlsx
# Role: prefecture-distributed copy of the MHLW R6 事業者確認用 checklist, filled by the EHR vendor's SE.
import datetime as dt, json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave22/checklist-vendor"
NAME = "clv-w22-a-mhlw-style-two-row-header"
D = dt.date

VENDOR = "株式会社サンヨウ医療システムズ 岡山支店"
SYSTEM = "電子カルテシステム（MediRecord NEO Ver.5）"
HOSPITAL = "医療法人社団 緑風会 みどり中央病院"

# (section heading shown, section key, itemNo or None, item text, 1st ans, 1st date, target, 2nd ans, 2nd date, remarks)
rows = [
    ("1 体制構築", "体制構築", "1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。",
     "はい", D(2024, 10, 16), None, None, None, "品質保証部長を管理責任者として選任"),
    ("2 医療情報システムの管理・運用", "医療情報システムの管理・運用", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている。",
     "はい", D(2024, 10, 16), None, None, None, None),
    (None, "医療情報システムの管理・運用", "2-(2)", "リモートメンテナンス（保守）を利用する機器の有無を医療機関に報告した。",
     "はい", D(2024, 10, 16), None, None, None, "SSL-VPN経由 保守用サーバ1台"),
    (None, "医療情報システムの管理・運用", "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。",
     "いいえ", D(2024, 10, 16), D(2024, 11, 29), "はい", D(2024, 11, 22), "MDS第4版を11/22提出"),
    ("サーバ", "サーバ", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
     "はい", D(2024, 10, 16), None, None, None, None),
    (None, "サーバ", None, "退職者や使用していないアカウント等、不要なアカウントを削除している。",
     "はい", D(2024, 10, 16), None, None, None, None),
    (None, "サーバ", None, "アクセスログを管理している。",
     "はい", D(2024, 10, 16), None, None, None, None),
    (None, "サーバ", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "はい", D(2024, 10, 16), None, None, None, "月次保守時に適用"),
    (None, "サーバ", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
     "はい", D(2024, 10, 16), None, None, None, None),
    ("端末PC", "端末PC", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
     "はい", D(2024, 10, 16), None, None, None, None),
    (None, "端末PC", None, "退職者や使用していないアカウント等、不要なアカウントを削除している。",
     "はい", D(2024, 10, 16), None, None, None, None),
    (None, "端末PC", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "はい", D(2024, 10, 16), None, None, None, None),
    (None, "端末PC", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
     "いいえ", D(2024, 10, 16), D(2024, 12, 27), "はい", D(2024, 12, 20), "常駐アップデータ等を停止済"),
    ("ネットワーク機器", "ネットワーク機器", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "はい", D(2024, 10, 16), None, None, None, None),
    (None, "ネットワーク機器", None, "接続元制限を実施している。",
     "はい", D(2024, 10, 16), None, None, None, "保守VPNは当社拠点IPのみ許可"),
    ("3 インシデントに備えた対応", "インシデントに備えた対応", "3-(1)", "インシデント発生時における事業者内及び医療機関等への連絡体制図がある。",
     "はい", D(2024, 10, 16), None, None, None, None),
    (None, "インシデントに備えた対応", "3-(2)", "医療機関に、インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を提示している。",
     "はい", D(2024, 10, 16), None, None, None, None),
]

thin = Side(style="thin"); med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="D9E1F2")
sec_fill = PatternFill("solid", fgColor="F2F2F2")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト（事業者確認用）"
widths = {"A": 2, "B": 14, "C": 7, "D": 52, "E": 8, "F": 11, "G": 11, "H": 8, "I": 11, "J": 26}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B1"].font = Font(size=14, bold=True)
ws["J1"] = "令和6年度版"
ws["J1"].alignment = Alignment(horizontal="right")
ws["B2"] = "事業者確認用"
ws["B2"].font = Font(size=12, bold=True)

for r, (lab, val) in enumerate([("事業者名", VENDOR), ("対象システム", SYSTEM), ("提出先医療機関名", HOSPITAL)], start=4):
    ws.cell(r, 2, lab).border = B
    ws.cell(r, 2).fill = hdr_fill
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(r, 4, val)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
    for c in range(2, 8):
        ws.cell(r, c).border = B

ws["B8"] = "※1回目の確認で「いいえ」の場合は、対応目標日を記入してください。"
ws["B8"].font = Font(size=9)

h1, h2 = 10, 11
heads = [("B", "区分"), ("C", "No."), ("D", "チェック項目"), ("G", "目標日"), ("J", "備考")]
for col, t in heads:
    ws[f"{col}{h1}"] = t
    ws.merge_cells(f"{col}{h1}:{col}{h2}")
ws[f"E{h1}"] = "1回目"; ws.merge_cells(f"E{h1}:F{h1}")
ws[f"H{h1}"] = "2回目"; ws.merge_cells(f"H{h1}:I{h1}")
ws[f"E{h2}"] = "回答"; ws[f"F{h2}"] = "確認日"; ws[f"H{h2}"] = "回答"; ws[f"I{h2}"] = "確認日"
for r in (h1, h2):
    for c in range(2, 11):
        cell = ws.cell(r, c)
        cell.border = B; cell.fill = hdr_fill; cell.alignment = center; cell.font = Font(bold=True)

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

r = h2 + 1
entries = []
sec_start = {}
for (shown, sec, no, item, a1, d1, tg, a2, d2, rem) in rows:
    if shown and not shown.startswith(("サーバ", "端末", "ネット")):
        # a section heading row across the table
        ws.cell(r, 2, shown).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        for c in range(2, 11):
            ws.cell(r, c).fill = sec_fill; ws.cell(r, c).border = B
        r += 1
    if shown in ("サーバ", "端末PC", "ネットワーク機器"):
        sec_start[shown] = r
    if sec in ("サーバ", "端末PC", "ネットワーク機器"):
        ws.cell(r, 2, sec if shown else None)
    ws.cell(r, 3, no)
    ws.cell(r, 4, item)
    ws.cell(r, 5, a1)
    ws.cell(r, 6, d1)
    ws.cell(r, 7, tg)
    ws.cell(r, 8, a2)
    ws.cell(r, 9, d2)
    ws.cell(r, 10, rem)
    for c in range(2, 11):
        cell = ws.cell(r, c); cell.border = B
        cell.alignment = center if c in (2, 3, 5, 6, 7, 8, 9) else wrap
    for c in (6, 7, 9):
        ws.cell(r, c).number_format = "yyyy/m/d"
    dv.add(ws.cell(r, 5)); dv.add(ws.cell(r, 8))
    ws.row_dimensions[r].height = 30
    e = {"section": sec, "item": item}
    if no: e["itemNo"] = no
    e["firstAnswer"] = a1; e["firstDate"] = d1.isoformat()
    if tg: e["targetDate"] = tg.isoformat()
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2.isoformat()
    if rem: e["remarks"] = rem
    entries.append(e)
    r += 1

# merge device-class label cells vertically
counts = {"サーバ": 5, "端末PC": 4, "ネットワーク機器": 2}
for k, start in sec_start.items():
    ws.merge_cells(start_row=start, start_column=2, end_row=start + counts[k] - 1, end_column=2)

ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = f"{h1}:{h2}"

# instructions sheet
ins = wb.create_sheet("記入要領")
ins.column_dimensions["A"].width = 100
notes = [
    "【記入要領】",
    "1. 本チェックリストは、医療機関と契約している事業者（システムごと又は事業者ごと）が記入してください。",
    "2. 「1回目」欄には「はい」又は「いいえ」を選択し、確認日を記入してください。",
    "3. 1回目の確認で「いいえ」の場合、対応目標日（令和7年3月31日まで）を記入してください。",
    "4. 目標日までに対応が完了した場合は、「2回目」欄に回答と確認日を記入してください。",
    "5. 記入したチェックリストは提出先医療機関へ提出してください（立入検査時に確認します）。",
    "詳細は「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照。",
]
for i, t in enumerate(notes, start=1):
    ins.cell(i, 1, t).alignment = Alignment(wrap_text=True)

wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSPITAL, "entries": entries},
    "planted": [],
    "notes": ("One sheet 'チェックリスト（事業者確認用）' plus a 記入要領 sheet (instructions only, no data). "
              "Section heading rows (1 体制構築 / 2 医療情報システムの管理・運用 / 3 インシデントに備えた対応) span the table; "
              "device-class label (サーバ/端末PC/ネットワーク機器) is a vertically merged cell in column B; device-class items carry no number. "
              "Dates are Excel date cells. Vendor item wording for 2-(1), 2-(2), 3-(1), 3-(2) is my reconstruction (parallel to the "
              "hospital items); 1-(1) and 2-(3) follow seed 004 / catalogue. Two いいえ items resolved by 2回目 はい within the fiscal year."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok")

# Generator: clv-w34-a-print-table-date-cells.xlsx (checklist-vendor, R6) -- no planted problems
import sys, json, datetime as dt, os
sys.path.insert(0, "/tmp/w34_clv_ins_py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave34/checklist-vendor"
NAME = "clv-w34-a-print-table-date-cells"
D = dt.date

vendor = "株式会社 山陽メディカルシステムズ"
system = "電子カルテシステム（MedicalStation V8）"
hospital = "医療法人 清心会 岡山東部病院"

# (section, itemNo or None, item text, first, firstDate, target, second, secondDate, remarks)
rows = [
 ("体制構築", "1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している", "はい", D(2024,10,7), None, None, None, "品質保証部長を管理責任者に任命"),
 ("医療情報システムの管理・運用", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", D(2024,10,7), None, None, None, None),
 ("医療情報システムの管理・運用", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を確認した", "はい", D(2024,10,7), None, None, None, "リモート保守対象：電子カルテサーバ2台"),
 ("医療情報システムの管理・運用", "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した", "いいえ", D(2024,10,7), D(2024,11,29), "はい", D(2024,11,22), "MDS/SDS（第4.0版）を11/22に提出"),
 ("サーバ", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", D(2024,10,8), None, None, None, None),
 ("サーバ", None, "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", D(2024,10,8), None, None, None, None),
 ("サーバ", None, "アクセスログを管理している", "はい", D(2024,10,8), None, None, None, None),
 ("サーバ", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", D(2024,10,8), None, None, None, "四半期ごとに適用"),
 ("サーバ", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", D(2024,10,8), None, None, None, None),
 ("端末PC", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", D(2024,10,8), None, None, None, None),
 ("端末PC", None, "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", D(2024,10,8), None, None, None, None),
 ("端末PC", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", D(2024,10,8), None, None, None, None),
 ("端末PC", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "いいえ", D(2024,10,8), D(2024,12,20), "はい", D(2024,12,16), "病棟端末の不要な常駐ソフトを\n12月定期保守時に停止"),
 ("ネットワーク機器", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", D(2024,10,8), None, None, None, None),
 ("ネットワーク機器", None, "接続元制限を実施している", "はい", D(2024,10,8), None, None, None, "保守用VPNは接続元IPを制限済"),
 ("インシデント発生に備えた対応", "3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", "はい", D(2024,10,9), None, None, None, None),
 ("インシデント発生に備えた対応", "3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", "はい", D(2024,10,9), None, None, None, "日次バックアップ・復旧手順書あり"),
]

wb = Workbook()
ws = wb.active
ws.title = "事業者確認用"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
hdrfill = PatternFill("solid", fgColor="D9E1F2"); secfill = PatternFill("solid", fgColor="F2F2F2")
f = Font(name="ＭＳ Ｐゴシック", size=10)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
for col, w in zip("ABCDEFGHI", [7, 12, 52, 9, 11, 11, 9, 11, 28]):
    ws.column_dimensions[col].width = w

ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["A1"].font = Font(name="ＭＳ Ｐゴシック", size=14, bold=True)
ws.merge_cells("A1:I1"); ws["A1"].alignment = Alignment(horizontal="center")
ws["A2"] = "事業者確認用（令和6年度版）"
ws.merge_cells("A2:I2"); ws["A2"].alignment = Alignment(horizontal="center"); ws["A2"].font = Font(name="ＭＳ Ｐゴシック", size=11, bold=True)

for r, (lab, val) in enumerate([("事業者名", vendor), ("対象システム", system), ("提出先医療機関名", hospital)], start=4):
    ws.cell(r, 1, lab).font = f
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 3, val).font = f
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
    for c in range(1, 7):
        ws.cell(r, c).border = box
    ws.cell(r, 1).fill = hdrfill

ws["A8"] = "※ 各項目について確認を行い、「はい」「いいえ」を選択し確認日を記入してください。1回目の確認で「いいえ」の場合は対応目標日を記入し、対応後に2回目の確認を行ってください。"
ws.merge_cells("A8:I8"); ws["A8"].alignment = wrap; ws["A8"].font = Font(name="ＭＳ Ｐゴシック", size=9)
ws.row_dimensions[8].height = 26

H1, H2 = 10, 11
heads = {"A": "No.", "B": "確認項目", "D": "1回目", "F": "目標日", "G": "2回目", "I": "備考"}
for col, t in heads.items():
    ws[f"{col}{H1}"] = t
ws.merge_cells(f"A{H1}:A{H2}"); ws.merge_cells(f"B{H1}:C{H2}")
ws.merge_cells(f"D{H1}:E{H1}"); ws.merge_cells(f"F{H1}:F{H2}")
ws.merge_cells(f"G{H1}:H{H1}"); ws.merge_cells(f"I{H1}:I{H2}")
ws[f"D{H2}"] = "はい/いいえ"; ws[f"E{H2}"] = "確認日"; ws[f"G{H2}"] = "はい/いいえ"; ws[f"H{H2}"] = "確認日"
for r in (H1, H2):
    for c in range(1, 10):
        cell = ws.cell(r, c); cell.border = box; cell.fill = hdrfill; cell.alignment = center
        cell.font = Font(name="ＭＳ Ｐゴシック", size=10, bold=True)

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

sec_titles = {"体制構築": "1　体制構築", "医療情報システムの管理・運用": "2　医療情報システムの管理・運用",
              "インシデント発生に備えた対応": "3　インシデント発生に備えた対応"}
device = ("サーバ", "端末PC", "ネットワーク機器")
r = H2 + 1
last_sec = None
dev_start = {}
entries = []
first_data = r
for (sec, no, item, a1, d1, tg, a2, d2, rem) in rows:
    top = "医療情報システムの管理・運用" if sec in device else sec
    if top != last_sec:
        ws.cell(r, 1, sec_titles[top])
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        for c in range(1, 10):
            ws.cell(r, c).border = box; ws.cell(r, c).fill = secfill
        ws.cell(r, 1).font = Font(name="ＭＳ Ｐゴシック", size=10, bold=True)
        last_sec = top; r += 1
    if sec in device:
        ws.cell(r, 2, sec)
        dev_start.setdefault(sec, [r, r])[1] = r
        ws.cell(r, 3, item)
    else:
        ws.cell(r, 1, no)
        ws.cell(r, 2, item)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(r, 4, a1); dv.add(ws.cell(r, 4)); dv.add(ws.cell(r, 7))
    ws.cell(r, 5, d1)
    if tg: ws.cell(r, 6, tg)
    if a2: ws.cell(r, 7, a2)
    if d2: ws.cell(r, 8, d2)
    if rem: ws.cell(r, 9, rem)
    for c in range(1, 10):
        cell = ws.cell(r, c); cell.border = box; cell.font = f
        cell.alignment = center if c in (1, 2, 4, 5, 6, 7, 8) and not (c == 2 and sec not in device) else wrap
    for c in (5, 6, 8):
        ws.cell(r, c).number_format = "yyyy/m/d"
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
last_data = r - 1
for sec, (s, e_) in dev_start.items():
    ws.merge_cells(start_row=s, start_column=2, end_row=e_, end_column=2)
    ws.cell(s, 2).alignment = center

r += 1
ws.cell(r, 7, "「はい」件数")
ws.cell(r, 8, f'=COUNTIF(D{first_data}:D{last_data},"はい")')  # openpyxl: no cached value
ws.cell(r, 9, f"/ {len(rows)} 項目")
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = f"{H1}:{H2}"
ws.freeze_panes = f"A{H2+1}"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {"form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
       "values": {"vendorName": vendor, "targetSystem": system, "hospitalName": hospital, "entries": entries},
       "planted": [],
       "notes": "R6 vendor checklist; no 確認日 header (R6). Item wording for the vendor items other than 1-(1) and 2-(3) is my reconstruction (parallel to the hospital items; device-class items follow seed 004's per-class lists). Device-class items have no number in the workbook (class shown in merged column B), so itemNo is omitted for them. Dates are real Excel date cells. The 「はい」件数 cell is a COUNTIF formula saved by openpyxl without a cached value (not a form field)."}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fp:
    json.dump(exp, fp, ensure_ascii=False, indent=2)
print("ok", last_data)

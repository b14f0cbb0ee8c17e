# Generator: clv-w23-a-print-table-dropdowns.xlsx  (checklist-vendor, R6, no planted problem)
# Role: EHR vendor's QA staff filling the MHLW-style 事業者確認用 checklist drawn as a print table.
import json, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w23-a-print-table-dropdowns"
D = dt.date

VENDOR = "株式会社メディネクスト岡山"
SYSTEM = "電子カルテシステム（MediNext EX Ver.5.2）"
HOSP = "医療法人社団 晴陽会 吉備高原中央病院"

# (heading no, heading text, [(itemNo or None, device class or None, item text, wb text, 1st, 1st date, target, 2nd, 2nd date, remarks)])
F1 = D(2024, 9, 18)
SECTIONS = [
 ("1", "体制構築", [
   ("1-(1)", None, "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。", None,
    "はい", F1, None, None, None, "品質保証部長を管理責任者に選任（R6.4.1付）"),
 ]),
 ("2", "医療情報システムの管理・運用", [
   ("2-(1)", None, "医療機関に提供したサーバ、端末PC、ネットワーク機器の台帳管理を行っている。", None,
    "はい", F1, None, None, None, None),
   ("2-(2)", None, "リモートメンテナンス（保守）を利用している機器の有無を確認し、医療機関に報告した。", None,
    "はい", F1, None, None, None, "保守用VPNルータ1台（サーバ室）"),
   ("2-(3)", None, "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。", None,
    "いいえ", F1, D(2024, 11, 29), "はい", D(2024, 11, 22), "MDS第4版で作成中→11/22提出済"),
   (None, "サーバ", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。", None,
    "はい", F1, None, None, None, None),
   (None, "サーバ", "退職者や使用していないアカウント等、不要なアカウントを削除している。", None,
    "はい", F1, None, None, None, None),
   (None, "サーバ", "アクセスログを管理している。", None,
    "はい", F1, None, None, None, None),
   (None, "サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。", None,
    "はい", F1, None, None, None, "月次保守時に適用"),
   (None, "サーバ", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。", None,
    "はい", F1, None, None, None, None),
   (None, "端末PC", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。", None,
    "はい", F1, None, None, None, None),
   (None, "端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している。", None,
    "はい", F1, None, None, None, None),
   (None, "端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。", None,
    "はい", F1, None, None, None, None),
   (None, "端末PC", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。", None,
    "いいえ", D(2024, 9, 20), D(2025, 1, 31), "はい", D(2025, 1, 24), "端末イメージ更新時に停止"),
   (None, "ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。", None,
    "はい", D(2024, 9, 20), None, None, None, None),
   (None, "ネットワーク機器", "接続元制限を実施している。", None,
    "はい", D(2024, 9, 20), None, None, None, "保守拠点のIPのみ許可"),
 ]),
 ("3", "インシデント発生に備えた対応", [
   ("3-(1)", None, "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある。", None,
    "はい", F1, None, None, None, None),
   ("3-(2)", None, "インシデント発生時に診療を継続するために必要な情報を医療機関と検討し、データやシステムのバックアップの実施と復旧手順を確認している。", None,
    "いいえ", F1, D(2025, 2, 28), None, None, "復旧手順書を改訂中"),
 ]),
]

thin = Side(style="thin"); med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
HEAD = PatternFill("solid", fgColor="D9E1F2"); SEC = PatternFill("solid", fgColor="EDEDED")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト（事業者確認用）"
widths = {"A": 7, "B": 11, "C": 52, "D": 9, "E": 11, "F": 11, "G": 9, "H": 11, "I": 26}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("A1:I1"); ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["A1"].font = Font(size=14, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:I2"); ws["A2"] = "事業者確認用（令和6年度版）"
ws["A2"].font = Font(size=12, bold=True); ws["A2"].alignment = Alignment(horizontal="center")

for r, (lab, val) in enumerate([("事業者名", VENDOR), ("対象システム", SYSTEM), ("提出先医療機関名", HOSP)], start=4):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 1, lab).fill = HEAD
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
    ws.cell(r, 3, val)
    for c in range(1, 7):
        ws.cell(r, c).border = B
        ws.cell(r, c).alignment = Alignment(vertical="center")

notes = ["※ 医療機関ごと、システムごとに1部作成し、医療機関へ提出してください。",
         "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
         "※ 回答欄はプルダウンから「はい」「いいえ」を選択してください。"]
for i, t in enumerate(notes):
    ws.cell(8 + i, 1, t).font = Font(size=9)

H1, H2 = 12, 13
hdr = [("A", "No."), ("B", "区分"), ("C", "チェック項目"), ("I", "備考")]
for col, t in hdr:
    ws.merge_cells(f"{col}{H1}:{col}{H2}"); ws[f"{col}{H1}"] = t
ws.merge_cells(f"D{H1}:E{H1}"); ws[f"D{H1}"] = "1回目"
ws.merge_cells(f"F{H1}:F{H2}"); ws[f"F{H1}"] = "目標日"
ws.merge_cells(f"G{H1}:H{H1}"); ws[f"G{H1}"] = "2回目"
ws[f"D{H2}"] = "はい・いいえ"; ws[f"E{H2}"] = "確認日"; ws[f"G{H2}"] = "はい・いいえ"; ws[f"H{H2}"] = "確認日"
for r in (H1, H2):
    for c in range(1, 10):
        cell = ws.cell(r, c); cell.border = B; cell.fill = HEAD; cell.alignment = center
        cell.font = Font(bold=True, size=10)

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

entries = []
r = H2 + 1
first_data = r
for secno, sectitle, items in SECTIONS:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(r, 1, f"{secno}　{sectitle}").font = Font(bold=True)
    for c in range(1, 10):
        ws.cell(r, c).fill = SEC; ws.cell(r, c).border = B
    r += 1
    # group device classes for vertical merge of column B
    start_of = {}
    for (no, dev, text, _, a1, d1, tg, a2, d2, rem) in items:
        ws.cell(r, 1, no)
        ws.cell(r, 2, dev)
        if dev:
            start_of.setdefault(dev, [r, r])[1] = r
        ws.cell(r, 3, text)
        ws.cell(r, 4, a1); ws.cell(r, 5, d1); ws.cell(r, 6, tg); ws.cell(r, 7, a2); ws.cell(r, 8, d2); ws.cell(r, 9, rem)
        for c in (5, 6, 8):
            ws.cell(r, c).number_format = "yyyy/m/d"
        for c in range(1, 10):
            ws.cell(r, c).border = B
            ws.cell(r, c).alignment = wrap if c in (3, 9) else center
        ws.row_dimensions[r].height = 30
        dv.add(f"D{r}"); dv.add(f"G{r}")
        e = {"section": dev if dev else sectitle, "item": text}
        if no: e["itemNo"] = no
        e["firstAnswer"] = a1; e["firstDate"] = d1.isoformat()
        if tg: e["targetDate"] = tg.isoformat()
        if a2: e["secondAnswer"] = a2
        if d2: e["secondDate"] = d2.isoformat()
        if rem: e["remarks"] = rem
        entries.append(e)
        r += 1
    for dev, (s, t) in start_of.items():
        if t > s:
            ws.merge_cells(start_row=s, start_column=2, end_row=t, end_column=2)
last_data = r - 1

r += 1
ws.cell(r, 7, "「いいえ」件数（1回目）").font = Font(size=9)
ws.merge_cells(start_row=r, start_column=7, end_row=r, end_column=8)
ws.cell(r, 9, f'=COUNTIF(D{first_data}:D{last_data},"いいえ")')
ws.cell(r, 9).alignment = Alignment(horizontal="left")

ws.print_title_rows = f"{H1}:{H2}"
ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.freeze_panes = f"D{H2+1}"

g = wb.create_sheet("記入要領")
lines = ["記入要領",
 "1. 本チェックリストは、医療機関と契約している事業者が、提供している医療情報システムごとに記入するものです。",
 "2. 1回目欄には「はい」「いいえ」を選択し、確認した日付を記入してください。",
 "3. 「いいえ」の場合は、対応の目標日を記入し、対応後に2回目欄へ記入してください。",
 "4. 詳細は「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。"]
for i, t in enumerate(lines, 1):
    g.cell(i, 1, t)
g["A1"].font = Font(bold=True, size=12)
g.column_dimensions["A"].width = 100

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)

exp = {"form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
       "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSP, "entries": entries},
       "planted": [],
       "notes": ("One sheet, print-style table with two-row header; section heading rows (1 体制構築 / 2 医療情報システムの管理・運用 / 3 インシデント発生に備えた対応) "
                 "are not entries; device class shown in merged column B (区分) and used as section for those rows. "
                 "Device-class rows have no item number. Item wording other than 1-(1) and 2-(3) is the author's reconstruction of the vendor-side "
                 "parallel of the hospital items. Dates are Excel date cells. Cell I below the table is a COUNTIF formula saved by openpyxl "
                 "without a cached value (not a field). Sheet 記入要領 is instructions only.")}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("saved", out)

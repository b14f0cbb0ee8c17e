# Generator for clv-w48-a-print-style-numbered-table.xlsx
# Role: vendor (electronic medical record system vendor) filling the MHLW R6 事業者確認用 checklist,
# drawn as a print-style table with item numbers, device-class sub-rows, separate answer/date columns.
import json, datetime, os, subprocess, shutil, tempfile, sys
sys.path.insert(0, "/tmp/clvins-py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave48/checklist-vendor"
NAME = "clv-w48-a-print-style-numbered-table"
D = datetime.date

VENDOR = "株式会社メディカルシステムズ岡山"
SYSTEM = "電子カルテシステム（MegaChart V5）及び関連サーバ"
HOSP = "医療法人 吉備会 吉備高原中央病院"

first = D(2024, 10, 8)
# (sectionHeading, itemNo, itemText, [(deviceClass or None, ans1, date1, target, ans2, date2, remarks)])
SEC1 = "体制構築"; SEC2 = "医療情報システムの管理・運用"; SEC3 = "インシデント発生に備えた対応"
ITEMS = [
 (SEC1, "1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。",
   [(None, "はい", first, None, None, None, "管理責任者：システム部 部長")]),
 (SEC2, "2-(1)", "医療機関に提供したサーバ、端末PC、ネットワーク機器の台帳管理を行っている。",
   [(None, "はい", first, None, None, None, None)]),
 (SEC2, "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。",
   [(None, "はい", first, None, None, None, "リモート保守機器：VPNルータ1台（台帳No.N-03）")]),
 (SEC2, "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。",
   [(None, "いいえ", first, D(2024, 11, 30), "はい", D(2024, 11, 22), "MDS第3.0版で作成し提出")]),
 (SEC2, "2-(4)", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
   [("サーバ", "はい", first, None, None, None, None),
    ("端末PC", "はい", first, None, None, None, None)]),
 (SEC2, "2-(5)", "退職者や使用していないアカウント等、不要なアカウントを削除している。",
   [("サーバ", "はい", first, None, None, None, None),
    ("端末PC", "はい", first, None, None, None, "病院情報管理室と月1回棚卸し")]),
 (SEC2, "2-(6)", "アクセスログを管理している。",
   [("サーバ", "はい", first, None, None, None, None)]),
 (SEC2, "2-(7)", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
   [("サーバ", "はい", first, None, None, None, None),
    ("端末PC", "はい", first, None, None, None, None),
    ("ネットワーク機器", "いいえ", first, D(2024, 12, 20), "はい", D(2024, 12, 17), "UTMファームウェア更新（12/17夜間作業）")]),
 (SEC2, "2-(8)", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
   [("サーバ", "いいえ", first, D(2025, 1, 31), None, None, "次回定期保守（1月）で停止予定"),
    ("端末PC", "はい", first, None, None, None, None)]),
 (SEC2, "2-(9)", "接続元制限を実施している。",
   [("ネットワーク機器", "はい", first, None, None, None, None)]),
 (SEC3, "3-(1)", "インシデント発生時における事業者内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある。",
   [(None, "はい", first, None, None, None, None)]),
 (SEC3, "3-(2)", "インシデント発生時に医療機関が診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している。",
   [(None, "はい", first, None, None, None, "復旧手順書 Ver.2 を病院と共有済")]),
]

thin = Side(style="thin"); hair = Side(style="hair")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill("solid", fgColor="D9E1F2"); sec_fill = PatternFill("solid", fgColor="F2F2F2")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト"
widths = {"A": 7, "B": 46, "C": 13, "D": 8, "E": 12, "F": 12, "G": 8, "H": 12, "I": 30}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["A1"].font = Font(size=14, bold=True)
ws.merge_cells("A1:I1"); ws["A1"].alignment = Alignment(horizontal="center")
ws["A2"] = "事業者確認用（令和6年度版）"
ws["A2"].font = Font(size=12, bold=True)
ws.merge_cells("A2:I2"); ws["A2"].alignment = Alignment(horizontal="center")

r = 4
for label, val in (("事業者名", VENDOR), ("対象システム", SYSTEM), ("提出先医療機関名", HOSP)):
    ws.cell(r, 1, label).font = Font(bold=True)
    ws.cell(r, 1).border = B; ws.cell(r, 1).fill = hdr_fill
    ws.cell(r, 2, val).border = B
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    r += 1
# label column A is narrow: widen via merged label? keep A wide enough
ws.column_dimensions["A"].width = 16

notes = ["※ 医療機関ごと（システムごと）に1枚作成し、医療機関へ提出してください。",
         "※ 1回目の確認で「いいえ」の場合は、対応目標日を記入してください。",
         "※ 記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。"]
r = 8
for n in notes:
    ws.cell(r, 1, n).font = Font(size=9)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    r += 1

H1 = 12; H2 = 13
heads1 = [("A", "No."), ("B", "チェック項目"), ("C", "対象"), ("D", "確認結果")]
ws.cell(H1, 1, "No."); ws.cell(H1, 2, "チェック項目"); ws.cell(H1, 3, "対象機器")
ws.cell(H1, 4, "1回目"); ws.cell(H1, 6, "目標日"); ws.cell(H1, 7, "2回目"); ws.cell(H1, 9, "備考")
ws.cell(H2, 4, "はい/いいえ"); ws.cell(H2, 5, "確認日"); ws.cell(H2, 7, "はい/いいえ"); ws.cell(H2, 8, "確認日")
for rng in ("A12:A13", "B12:B13", "C12:C13", "D12:E12", "F12:F13", "G12:H12", "I12:I13"):
    ws.merge_cells(rng)
for rr in (H1, H2):
    for c in range(1, 10):
        cell = ws.cell(rr, c); cell.border = B; cell.fill = hdr_fill
        cell.font = Font(bold=True, size=10); cell.alignment = center

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

r = H2 + 1
current_sec = None
secno = {SEC1: "1", SEC2: "2", SEC3: "3"}
entries = []
for sec, no, text, rows in ITEMS:
    if sec != current_sec:
        ws.cell(r, 1, f"{secno[sec]}．{sec}").font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        for c in range(1, 10):
            ws.cell(r, c).fill = sec_fill; ws.cell(r, c).border = B
        current_sec = sec; r += 1
    start = r
    for dev, a1, d1, tgt, a2, d2, rem in rows:
        ws.cell(r, 3, dev if dev else "－")
        ws.cell(r, 4, a1); ws.cell(r, 5, d1)
        if tgt: ws.cell(r, 6, tgt)
        if a2: ws.cell(r, 7, a2)
        if d2: ws.cell(r, 8, d2)
        if rem: ws.cell(r, 9, rem)
        for c in (5, 6, 8):
            ws.cell(r, c).number_format = "yyyy/m/d"
        for c in range(1, 10):
            ws.cell(r, c).border = B
            ws.cell(r, c).alignment = wrap if c in (2, 9) else center
        dv.add(f"D{r}"); dv.add(f"G{r}")
        ws.row_dimensions[r].height = 30
        e = {"section": dev if dev else sec, "item": text, "itemNo": no,
             "firstAnswer": a1, "firstDate": d1.isoformat()}
        if tgt: e["targetDate"] = tgt.isoformat()
        if a2: e["secondAnswer"] = a2
        if d2: e["secondDate"] = d2.isoformat()
        if rem: e["remarks"] = rem
        entries.append(e)
        r += 1
    ws.cell(start, 1, no); ws.cell(start, 2, text)
    if r - 1 > start:
        ws.merge_cells(start_row=start, start_column=1, end_row=r - 1, end_column=1)
        ws.merge_cells(start_row=start, start_column=2, end_row=r - 1, end_column=2)
    ws.cell(start, 1).alignment = center; ws.cell(start, 2).alignment = wrap

r += 1
ws.cell(r, 1, "（記入者）株式会社メディカルシステムズ岡山 システム部　TEL 086-000-1234").font = Font(size=9)
ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)

ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
ws.print_title_rows = "12:13"

tmpdir = tempfile.mkdtemp()
raw = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(raw)
# re-save with LibreOffice, as the vendor's office PC would
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

expected = {
    "form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
    "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSP, "entries": entries},
    "planted": [],
    "notes": ("Re-saved by LibreOffice. Dates are Excel date cells. Section headings are written '1．体制構築' etc.; "
              "'section' gives the heading without its number for 1-(1), 2-(1)–2-(3), 3-(1), 3-(2) and the device "
              "class (サーバ/端末PC/ネットワーク機器, column C) for the device rows; items with several device rows have "
              "their No. and text merged vertically. Vendor-side item wording other than 1-(1) and 2-(3) is the drawer's "
              "reconstruction of the MHLW R6 事業者確認用 form (parallel to the hospital items). Column C shows '－' "
              "for items without device class. Footer line under the table is not data."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok")

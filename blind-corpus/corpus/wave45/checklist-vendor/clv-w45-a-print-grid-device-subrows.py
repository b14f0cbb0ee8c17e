#!/usr/bin/python3
# Generator: clv-w45-a-print-grid-device-subrows.xlsx (checklist-vendor, R6, no planted problem)
# Run: PYTHONPATH=/tmp/clvins_py /usr/bin/python3 clv-w45-a-print-grid-device-subrows.py
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave45/checklist-vendor"
NAME = "clv-w45-a-print-grid-device-subrows"
D = dt.date

VENDOR = "株式会社山陽メディカルシステムズ"
SYSTEM = "電子カルテシステム（MediStation HX）"
HOSP = "社会医療法人 緑風会 みどり中央病院"

S1, S2, S3 = "体制構築", "医療情報システムの管理・運用", "インシデント発生に備えた対応"
# (heading number, heading) then items: (no, text, [(class or None, first, fdate, target, second, sdate, remarks)])
BLOCKS = [
 ("1", S1, [
  ("1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。",
   [(None, "はい", D(2024,10,15), None, None, None, None)]),
 ]),
 ("2", S2, [
  ("2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている。",
   [(None, "はい", D(2024,10,15), None, None, None, None)]),
  ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。",
   [(None, "はい", D(2024,10,15), None, None, None, "VPNルータ経由のリモート保守あり（サーバ室 1台）")]),
  ("2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。",
   [(None, "はい", D(2024,10,15), None, None, None, "R6.10.9 情報システム課へ提出")]),
  ("2-(4)", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
   [("サーバ", "はい", D(2024,10,15), None, None, None, None),
    ("端末PC", "はい", D(2024,10,15), None, None, None, None)]),
  ("2-(5)", "退職者や使用していないアカウント等、不要なアカウントを削除している。",
   [("サーバ", "はい", D(2024,10,15), None, None, None, None),
    ("端末PC", "はい", D(2024,10,15), None, None, None, None)]),
  ("2-(6)", "アクセスログを管理している。",
   [("サーバ", "はい", D(2024,10,15), None, None, None, None)]),
  ("2-(7)", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
   [("サーバ", "はい", D(2024,10,15), None, None, None, None),
    ("端末PC", "はい", D(2024,10,15), None, None, None, None),
    ("ネットワーク機器", "はい", D(2024,10,16), None, None, None, None)]),
  ("2-(8)", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
   [("サーバ", "はい", D(2024,10,15), None, None, None, None),
    ("端末PC", "いいえ", D(2024,10,16), D(2024,12,20), "はい", D(2024,12,13),
     "12月定期保守で不要な常駐ソフトを停止")]),
  ("2-(9)", "接続元制限を実施している。",
   [("ネットワーク機器", "はい", D(2024,10,16), None, None, None, None)]),
 ]),
 ("3", S3, [
  ("3-(1)", "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある。",
   [(None, "はい", D(2024,10,15), None, None, None, None)]),
  ("3-(2)", "インシデント発生時に診療を継続するために必要な情報を医療機関と検討し、データやシステムのバックアップの実施と復旧手順を確認している。",
   [(None, "はい", D(2024,10,15), None, None, None, "バックアップ：日次（NAS）＋週次（テープ保管）")]),
 ]),
]

thin = Side(style="thin"); med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
HEAD_FILL = PatternFill("solid", fgColor="D9E1F2")
SEC_FILL = PatternFill("solid", fgColor="F2F2F2")

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト（事業者確認用）"
for col, w in zip("ABCDEFGHI", [8, 52, 15, 8, 12, 12, 8, 12, 30]):
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:I1"); ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["A1"].font = Font(size=14, bold=True); ws["A1"].alignment = CEN
ws.merge_cells("A2:I2"); ws["A2"] = "事業者確認用（令和6年度版）"
ws["A2"].font = Font(size=12, bold=True); ws["A2"].alignment = CEN

def labelled(lab_rng, lab, val_rng, val):
    for rng in (lab_rng, val_rng):
        a, b = rng.split(":")
        if a != b:
            ws.merge_cells(rng)
    c = ws[lab_rng.split(":")[0]]; c.value = lab; c.fill = HEAD_FILL; c.alignment = CEN
    v = ws[val_rng.split(":")[0]]; v.value = val; v.alignment = WRAP
    for rng in (lab_rng, val_rng):
        for row in ws[rng]:
            for cell in row:
                cell.border = B

labelled("A4:A4", "事業者名", "B4:C4", VENDOR)
labelled("D4:E4", "対象システム", "F4:I4", SYSTEM)
labelled("A5:A5", "提出先\n医療機関名", "B5:C5", HOSP)
ws.row_dimensions[5].height = 30

notes = [
 "※ 各項目について確認を行い、「はい」「いいえ」を選択し、確認日を記入してください。",
 "※ 1回目の確認で「いいえ」の場合は、対応の目標日を記入し、対応後に2回目の確認を行ってください。",
 "※ 本チェックリストは医療機関へ提出し、医療機関は立入検査時に提示します。",
]
for i, t in enumerate(notes):
    ws.merge_cells(start_row=6 + i, start_column=1, end_row=6 + i, end_column=9)
    ws.cell(6 + i, 1, t).font = Font(size=9)

H1, H2 = 10, 11
for rng, txt in [("A10:A11", "番号"), ("B10:B11", "チェック項目"), ("C10:C11", "対象"),
                 ("D10:E10", "1回目"), ("F10:F11", "目標日"), ("G10:H10", "2回目"), ("I10:I11", "備考")]:
    ws.merge_cells(rng); ws[rng.split(":")[0]] = txt
for c, t in zip("DEGH", ["回答", "確認日", "回答", "確認日"]):
    ws[f"{c}11"] = t
for r in (H1, H2):
    for col in range(1, 10):
        cell = ws.cell(r, col); cell.border = B; cell.fill = HEAD_FILL
        cell.alignment = CEN; cell.font = Font(bold=True)

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

entries = []
r = 12
for hno, head, items in BLOCKS:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(r, 1, f"{hno}　{head}").font = Font(bold=True)
    for col in range(1, 10):
        ws.cell(r, col).fill = SEC_FILL; ws.cell(r, col).border = B
    r += 1
    for no, text, subs in items:
        top = r
        for cls, fa, fd, td, sa, sd, rem in subs:
            ws.cell(r, 3, cls if cls else "―")
            ws.cell(r, 4, fa); ws.cell(r, 5, fd); ws.cell(r, 6, td)
            ws.cell(r, 7, sa); ws.cell(r, 8, sd); ws.cell(r, 9, rem)
            dv.add(ws.cell(r, 4)); dv.add(ws.cell(r, 7))
            for col in range(1, 10):
                cell = ws.cell(r, col); cell.border = B
                cell.alignment = WRAP if col in (2, 9) else CEN
            for col in (5, 6, 8):
                ws.cell(r, col).number_format = "yyyy/m/d"
            e = {"section": cls if cls else head, "item": text, "itemNo": no,
                 "firstAnswer": fa, "firstDate": fd.isoformat()}
            if td: e["targetDate"] = td.isoformat()
            if sa: e["secondAnswer"] = sa
            if sd: e["secondDate"] = sd.isoformat()
            if rem: e["remarks"] = rem
            entries.append(e)
            ws.row_dimensions[r].height = 30
            r += 1
        ws.cell(top, 1, no); ws.cell(top, 2, text)
        if r - 1 > top:
            ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
            ws.merge_cells(start_row=top, start_column=2, end_row=r - 1, end_column=2)
        ws.cell(top, 1).alignment = CEN; ws.cell(top, 2).alignment = WRAP

ws.print_title_rows = "10:11"
ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
ws.freeze_panes = "A12"

g = wb.create_sheet("記入要領")
g.column_dimensions["A"].width = 100
for i, t in enumerate([
 "【記入要領】",
 "1. 本様式は、医療機関と契約している事業者（システムごと）が記入してください。",
 "2. 「事業者名」「対象システム」「提出先医療機関名」を記入してください。",
 "3. 各項目の「回答」欄はプルダウンから「はい」「いいえ」を選択し、確認日を記入してください（例：2024/10/1）。",
 "4. 「いいえ」の場合は、目標日（年度内）を記入してください。対応後、2回目欄に結果と確認日を記入してください。",
 "5. 「対象」欄が「―」の項目は、機器の区分によらず回答してください。",
 "6. 詳細は「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。",
], start=1):
    g.cell(i, 1, t)

path = os.path.join(OUT, NAME + ".xlsx")
wb.save(path)
exp = {
 "form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
 "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSP, "entries": entries},
 "planted": [],
 "notes": ("Item wording for the vendor-side items other than 1-(1) and 2-(3) is my own parallel wording of the "
           "hospital items (not confirmed from the primary R6 vendor form); item numbers 2-(4)..2-(9) are this "
           "workbook's own numbering of the device-class items (one row per device class, column C 対象; ― = not "
           "per class). Section for un-classed items is the heading text without its number. 2回目 filled only for "
           "the one いいえ item. Dates are Excel date cells."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("wrote", path, len(entries), "entries")

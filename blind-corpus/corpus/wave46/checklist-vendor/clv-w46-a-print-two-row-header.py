#!/usr/bin/python3
# Generator: vendor checklist (事業者確認用, R6) - print-style single sheet, two-row header,
# section header rows, answers in dropdown cells, dates as Excel date cells. No planted problem.
import sys, json, datetime as dt, os
sys.path.insert(0, "/tmp/clvins-py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w46-a-print-two-row-header"
D = dt.date

header = {
    "vendorName": "株式会社メディネット・ソリューションズ",
    "targetSystem": "電子カルテシステム（MediChart EX Ver.5.2）",
    "hospitalName": "医療法人 清風会 みさお台病院",
}
# (section, itemNo or None, item text, first, firstDate, target, second, secondDate, remarks)
S1, S2, S3 = "体制構築", "医療情報システムの管理・運用", "インシデント発生に備えた対応"
rows = [
    ("H", "1　体制構築"),
    (S1, "1-(1)", "事業者内に医療情報システム等の提供に係る管理責任者を設置している", "はい", D(2024,9,2), None, None, None, None),
    ("H", "2　医療情報システムの管理・運用"),
    (S2, "2-(1)", "医療機関のサーバ、端末PC、ネットワーク機器の台帳管理に協力している", "はい", D(2024,9,2), None, None, None, None),
    (S2, "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した", "はい", D(2024,9,2), None, None, None, "リモート保守用VPN装置1台（サーバ室）"),
    (S2, "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した", "いいえ", D(2024,9,2), D(2024,10,31), "はい", D(2024,10,18), "MDS/SDS（第2版）を10/18提出済"),
    ("H", "【サーバ】"),
    ("サーバ", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", D(2024,9,4), None, None, None, None),
    ("サーバ", None, "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", D(2024,9,4), None, None, None, None),
    ("サーバ", None, "アクセスログを管理している", "はい", D(2024,9,4), None, None, None, None),
    ("サーバ", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "いいえ", D(2024,9,4), D(2024,12,20), "はい", D(2024,12,12), "12月定期保守時に適用"),
    ("サーバ", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", D(2024,9,4), None, None, None, None),
    ("H", "【端末PC】"),
    ("端末PC", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", D(2024,9,5), None, None, None, None),
    ("端末PC", None, "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", D(2024,9,5), None, None, None, None),
    ("端末PC", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", D(2024,9,5), None, None, None, None),
    ("端末PC", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", D(2024,9,5), None, None, None, None),
    ("H", "【ネットワーク機器】"),
    ("ネットワーク機器", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", D(2024,9,5), None, None, None, None),
    ("ネットワーク機器", None, "接続元制限を実施している", "いいえ", D(2024,9,5), D(2025,1,31), None, None, "保守VPNの接続元IPアドレス制限を設定予定"),
    ("H", "3　インシデント発生に備えた対応"),
    (S3, "3-(1)", "インシデント発生時における医療機関と事業者の連絡体制を整備し、医療機関に提示している", "はい", D(2024,9,6), None, None, None, None),
    (S3, "3-(2)", "インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を医療機関に提示している", "はい", D(2024,9,6), None, None, None, None),
]

wb = Workbook()
ws = wb.active
ws.title = "事業者確認用"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="D9D9D9"); light = PatternFill("solid", fgColor="F2F2F2")
widths = {"A": 2, "B": 7, "C": 58, "D": 9, "E": 11, "F": 11, "G": 9, "H": 11, "I": 30}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("B1:I1"); ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B1"].font = Font(size=14, bold=True); ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:I2"); ws["B2"] = "事業者確認用（令和6年度版）"
ws["B2"].alignment = Alignment(horizontal="center"); ws["B2"].font = Font(size=12, bold=True)

labels = [("事業者名", "vendorName"), ("対象システム", "targetSystem"), ("提出先医療機関名", "hospitalName")]
for i, (lab, key) in enumerate(labels):
    r = 4 + i
    ws.merge_cells(f"B{r}:C{r}"); ws[f"B{r}"] = lab; ws[f"B{r}"].fill = light
    ws.merge_cells(f"D{r}:I{r}"); ws[f"D{r}"] = header[key]
    for c in "BCDEFGHI":
        ws[f"{c}{r}"].border = box

notes = [
    "※ 各項目について確認を行い、「はい」「いいえ」を選択し、確認日を記入してください。",
    "※ 1回目の確認で「いいえ」の場合は、実施可能な直近の対応目標日を記入してください。",
    "※ 目標日経過後に再度確認を行い、2回目欄に記入してください。医療機関の立入検査時に確認されます。",
]
for i, n in enumerate(notes):
    ws.merge_cells(f"B{8+i}:I{8+i}"); ws[f"B{8+i}"] = n; ws[f"B{8+i}"].font = Font(size=9)

h1, h2 = 12, 13
for rng, txt in [("B12:B13", "No."), ("C12:C13", "チェック項目"), ("D12:E12", "1回目"), ("F12:F13", "目標日"),
                 ("G12:H12", "2回目"), ("I12:I13", "備考")]:
    ws.merge_cells(rng); ws[rng.split(":")[0]] = txt
for c, txt in [("D13", "はい/いいえ"), ("E13", "確認日"), ("G13", "はい/いいえ"), ("H13", "確認日")]:
    ws[c] = txt
for r in (h1, h2):
    for c in "BCDEFGHI":
        ws[f"{c}{r}"].border = box; ws[f"{c}{r}"].fill = grey
        ws[f"{c}{r}"].alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        ws[f"{c}{r}"].font = Font(bold=True, size=10)

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

entries = []
r = 14
first_data = r
for row in rows:
    if row[0] == "H":
        ws.merge_cells(f"B{r}:I{r}"); ws[f"B{r}"] = row[1]; ws[f"B{r}"].font = Font(bold=True)
        for c in "BCDEFGHI":
            ws[f"{c}{r}"].fill = light; ws[f"{c}{r}"].border = box
        r += 1
        continue
    sec, no, item, a1, d1, tg, a2, d2, rem = row
    if no: ws[f"B{r}"] = no
    ws[f"C{r}"] = item
    ws[f"D{r}"] = a1; ws[f"E{r}"] = d1
    if tg: ws[f"F{r}"] = tg
    if a2: ws[f"G{r}"] = a2
    if d2: ws[f"H{r}"] = d2
    if rem: ws[f"I{r}"] = rem
    for c in "EFH":
        ws[f"{c}{r}"].number_format = "yyyy/m/d"
    for c in "BCDEFGHI":
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].alignment = Alignment(vertical="center", wrap_text=(c in "CI"),
                                            horizontal="center" if c in "BDEFGH" else None)
    dv.add(f"D{r}"); dv.add(f"G{r}")
    e = {"section": sec}
    if no: e["itemNo"] = no
    e.update({"item": item, "firstAnswer": a1, "firstDate": d1.isoformat()})
    if tg: e["targetDate"] = tg.isoformat()
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2.isoformat()
    if rem: e["remarks"] = rem
    entries.append(e)
    r += 1
last = r - 1
r += 1
ws[f"C{r}"] = "1回目「はい」の項目数"; ws[f"D{r}"] = f'=COUNTIF(D{first_data}:D{last},"はい")'
ws[f"C{r+1}"] = "1回目「いいえ」の項目数"; ws[f"D{r+1}"] = f'=COUNTIF(D{first_data}:D{last},"いいえ")'
for rr in (r, r+1):
    ws[f"C{rr}"].alignment = Alignment(horizontal="right")

ws.print_title_rows = "12:13"
ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.freeze_panes = "D14"

wb.save(os.path.join(OUT, NAME + ".xlsx"))
exp = {
    "form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
    "values": dict(header, entries=entries),
    "planted": [],
    "notes": ("Vendor item wording for 1-(1), 2-(1), 2-(2), 3-(1), 3-(2) is the vendor-side parallel of the hospital items "
              "as written in the workbook (catalogue/seed 004 give only 1-(1) and 2-(3) examples). Device-class items "
              "(サーバ/端末PC/ネットワーク機器) have no number on the sheet, so no itemNo. Section header rows (1 体制構築, "
              "【サーバ】 …) are not entries. Two COUNTIF cells below the table are formulas saved by openpyxl without "
              "cached values (summary only, not a field). 2回目 left blank for the NW 接続元制限 item (target date not yet reached)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", NAME)

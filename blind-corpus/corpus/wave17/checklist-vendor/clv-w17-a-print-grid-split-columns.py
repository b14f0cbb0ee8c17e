#!/usr/bin/python3
"""clv-w17-a: vendor checklist (事業者確認用, R6) drawn as a print-style grid.
Header label-left with merged cells, two-row column header (1回目: 回答|確認日, 目標日, 2回目: 回答|確認日, 備考),
section rows, device-class sub-headings, Excel date cells, dropdown from a hidden sheet, a COUNTIF formula
saved by openpyxl without a cached value. Filled completely and correctly (no planted problem)."""
import json, datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave17/checklist-vendor"
NAME = "clv-w17-a-print-grid-split-columns"
D = dt.date
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="D9D9D9"); pale = PatternFill("solid", fgColor="F2F2F2")

VENDOR = "株式会社メディネクスト西日本"
SYSTEM = "電子カルテシステム（MediNext EMR Ver.5.2）及び部門連携サーバ"
HOSP = "医療法人社団緑風会　みどり中央病院"
C1 = D(2024, 10, 8)

# (kind, no, section, full item, shown text, first, targ, second, sdate, remarks)
rows = [
 ("sec", "1　体制構築"),
 ("item", "1-(1)", "体制構築", "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
  "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。", "はい", None, None, None, "品質保証部長を管理責任者に任命済"),
 ("sec", "2　医療情報システムの管理・運用"),
 ("item", "2-(1)", "医療情報システムの管理・運用", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
  "サーバ、端末PC、ネットワーク機器の台帳管理を行っている。", "はい", None, None, None, None),
 ("item", "2-(2)", "医療情報システムの管理・運用", "リモートメンテナンス（保守）を利用している機器の有無を確認した",
  "リモートメンテナンス（保守）を利用している機器の有無を確認した。", "はい", None, None, None, "保守用VPN装置1台（院内サーバ室）"),
 ("item", "2-(3)", "医療情報システムの管理・運用", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
  "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。", "いいえ", D(2024, 11, 29), "はい", D(2024, 11, 22), "11/22 病院情報管理室へ提出"),
 ("sub", "サーバ"),
 ("item", None, "サーバ", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
  "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。", "はい", None, None, None, None),
 ("item", None, "サーバ", "退職者や使用していないアカウント等、不要なアカウントを削除している",
  "退職者や使用していないアカウント等、不要なアカウントを削除している。", "はい", None, None, None, None),
 ("item", None, "サーバ", "アクセスログを管理している",
  "アクセスログを管理している。", "はい", None, None, None, None),
 ("item", None, "サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
  "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。", "はい", None, None, None, None),
 ("item", None, "サーバ", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
  "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。", "はい", None, None, None, None),
 ("sub", "端末PC"),
 ("item", None, "端末PC", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
  "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。", "はい", None, None, None, None),
 ("item", None, "端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している",
  "退職者や使用していないアカウント等、不要なアカウントを削除している。", "はい", None, None, None, None),
 ("item", None, "端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
  "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。", "いいえ", D(2024, 12, 20), "はい", D(2024, 12, 17), "Windows更新 外来端末12台分が未適用→12/17全台適用"),
 ("item", None, "端末PC", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
  "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。", "はい", None, None, None, None),
 ("sub", "ネットワーク機器"),
 ("item", None, "ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
  "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。", "はい", None, None, None, None),
 ("item", None, "ネットワーク機器", "接続元制限を実施している",
  "接続元制限を実施している。", "いいえ", D(2025, 1, 31), "はい", D(2025, 1, 24), "保守VPNの接続元IPを当社センターに限定"),
 ("sec", "3　インシデント発生に備えた対応"),
 ("item", "3-(1)", "インシデント発生に備えた対応", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
  "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある。", "はい", None, None, None, None),
 ("item", "3-(2)", "インシデント発生に備えた対応", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
  "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している。", "はい", None, None, None, "日次バックアップ・復旧手順書 第3版"),
]

wb = Workbook()
ws = wb.active
ws.title = "事業者確認用"
opt = wb.create_sheet("選択肢")
opt["A1"], opt["A2"] = "はい", "いいえ"
opt.sheet_state = "hidden"

widths = {"A": 7, "B": 58, "C": 8, "D": 11, "E": 11, "F": 8, "G": 11, "H": 30}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("A1:H1"); ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["A1"].font = Font(size=14, bold=True); ws["A1"].alignment = ctr
ws.merge_cells("A2:H2"); ws["A2"] = "【事業者確認用】　令和６年度版"
ws["A2"].alignment = ctr; ws["A2"].font = Font(bold=True)

hdr = [(4, "事業者名", VENDOR), (5, "対象システム", SYSTEM), (6, "提出先医療機関名", HOSP)]
for r, lab, val in hdr:
    ws.merge_cells(f"A{r}:B{r}"); ws.merge_cells(f"C{r}:H{r}")
    ws[f"A{r}"] = lab; ws[f"C{r}"] = val
    ws[f"A{r}"].fill = grey; ws[f"A{r}"].alignment = ctr
    for col in "ABCDEFGH":
        ws[f"{col}{r}"].border = B

ws.merge_cells("A8:H8")
ws["A8"] = "※ 確認結果欄は「はい」「いいえ」を選択し、確認日を記入してください。1回目の確認で「いいえ」の場合は、実施可能な直近の対応目標日を記入してください。"
ws["A8"].alignment = wrap; ws.row_dimensions[8].height = 30

H1, H2 = 10, 11
ws.merge_cells(f"A{H1}:A{H2}"); ws[f"A{H1}"] = "No."
ws.merge_cells(f"B{H1}:B{H2}"); ws[f"B{H1}"] = "チェック項目"
ws.merge_cells(f"C{H1}:D{H1}"); ws[f"C{H1}"] = "1回目"
ws[f"C{H2}"] = "回答"; ws[f"D{H2}"] = "確認日"
ws.merge_cells(f"E{H1}:E{H2}"); ws[f"E{H1}"] = "目標日"
ws.merge_cells(f"F{H1}:G{H1}"); ws[f"F{H1}"] = "2回目"
ws[f"F{H2}"] = "回答"; ws[f"G{H2}"] = "確認日"
ws.merge_cells(f"H{H1}:H{H2}"); ws[f"H{H1}"] = "備考"
for r in (H1, H2):
    for col in "ABCDEFGH":
        c = ws[f"{col}{r}"]; c.fill = grey; c.alignment = ctr; c.border = B; c.font = Font(bold=True)

dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)

entries = []
r = H2 + 1
first_data = r
for row in rows:
    if row[0] in ("sec", "sub"):
        ws.merge_cells(f"A{r}:H{r}")
        ws[f"A{r}"] = row[1] if row[0] == "sec" else f"　＜{row[1]}＞"
        ws[f"A{r}"].font = Font(bold=True)
        ws[f"A{r}"].fill = pale if row[0] == "sec" else PatternFill()
        for col in "ABCDEFGH":
            ws[f"{col}{r}"].border = B
        r += 1
        continue
    _, no, sec, full, shown, a1, tgt, a2, d2, rem = row
    ws[f"A{r}"] = no
    ws[f"B{r}"] = shown
    ws[f"C{r}"] = a1; ws[f"D{r}"] = C1
    if tgt: ws[f"E{r}"] = tgt
    if a2: ws[f"F{r}"] = a2
    if d2: ws[f"G{r}"] = d2
    if rem: ws[f"H{r}"] = rem
    for col in "ABCDEFGH":
        c = ws[f"{col}{r}"]; c.border = B
        c.alignment = wrap if col in "BH" else ctr
    for col in "DEG":
        ws[f"{col}{r}"].number_format = "yyyy/m/d"
    dv.add(f"C{r}"); dv.add(f"F{r}")
    ws.row_dimensions[r].height = 32
    e = {"section": sec, "item": full}
    if no: e["itemNo"] = no
    e["firstAnswer"] = a1; e["firstDate"] = C1.isoformat()
    if tgt: e["targetDate"] = tgt.isoformat()
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2.isoformat()
    if rem: e["remarks"] = rem
    entries.append(e)
    r += 1
last = r - 1
r += 1
ws[f"G{r}"] = "「いいえ」件数"; ws[f"H{r}"] = f'=COUNTIF(C{first_data}:C{last},"いいえ")'
ws[f"G{r}"].alignment = ctr
r += 2
ws.merge_cells(f"A{r}:H{r}")
ws[f"A{r}"] = "記入者：株式会社メディネクスト西日本　カスタマーサポート部　TEL 086-201-4471"

ws.print_area = f"A1:H{r}"
ws.page_setup.orientation = "portrait"; ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
ws.print_title_rows = f"{H1}:{H2}"

wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
  "form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
  "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSP, "entries": entries},
  "planted": [],
  "notes": ("Sheet 事業者確認用; hidden sheet 選択肢 only holds the dropdown list (はい/いいえ). Section = heading text without "
            "its number (体制構築 / 医療情報システムの管理・運用 / インシデント発生に備えた対応) or the device class "
            "(サーバ / 端末PC / ネットワーク機器) for the sub-headed rows, which carry no item number. Item wording of the "
            "vendor checklist beyond 1-(1) and 2-(3) is my reconstruction (parallel to the hospital list; the shown text "
            "ends with 。 which the expected item omits). H-column total under the table is a COUNTIF formula saved "
            "without a cached value (not a field). Footer 記入者 line is not a field."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", len(entries))

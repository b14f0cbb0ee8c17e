#!/usr/bin/python3
"""clv-w24-a: vendor checklist (事業者確認用, R6) drawn as an MHLW-style print form:
title block, merged label-left header, two-row table header, device class merged down a column,
answers はい/いいえ from a dropdown, dates as Excel date cells (a few typed as text), extra 記入要領 sheet."""
import datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave24/checklist-vendor/clv-w24-a-mhlw-print-two-row-header.xlsx"
D = dt.date
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
HDR = PatternFill("solid", fgColor="DDEBF7")
SEC = PatternFill("solid", fgColor="F2F2F2")

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト（事業者確認用）"
for col, w in zip("ABCDEFGHIJ", [2, 8, 12, 56, 10, 12, 12, 10, 12, 30]):
    ws.column_dimensions[col].width = w

ws.merge_cells("B1:J1")
ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B1"].font = Font(size=14, bold=True)
ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:J2")
ws["B2"] = "事業者確認用　（令和6年度版）"
ws["B2"].font = Font(size=12, bold=True)
ws["B2"].alignment = Alignment(horizontal="center")

hdr = [(4, "事業者名", "株式会社メディカルシステムズ岡山"),
       (5, "対象システム", "電子カルテシステム\n（オーダリング・部門システム連携含む）"),
       (6, "提出先医療機関名", "医療法人緑風会 みどり台病院")]
for r, lab, val in hdr:
    ws.merge_cells(f"B{r}:C{r}")
    ws.merge_cells(f"D{r}:G{r}")
    ws[f"B{r}"] = lab
    ws[f"D{r}"] = val
    ws[f"B{r}"].fill = HDR
    for c in "BCDEFG":
        ws[f"{c}{r}"].border = B
    ws[f"B{r}"].alignment = CEN
    ws[f"D{r}"].alignment = WRAP
ws.row_dimensions[5].height = 30

ws.merge_cells("B8:J8")
ws["B8"] = "※ 各項目について確認を行い、1回目の確認結果（はい・いいえ）と確認日を記入してください。"
ws.merge_cells("B9:J9")
ws["B9"] = "※ 1回目の確認で「いいえ」の場合は、対応目標日を記入し、対応後に2回目の確認結果と確認日を記入してください。"

# two-row header
r1, r2 = 11, 12
for rng, txt in [("B11:B12", "番号"), ("C11:C12", "区分"), ("D11:D12", "チェック項目"),
                 ("E11:F11", "1回目"), ("G11:G12", "目標日"), ("H11:I11", "2回目"), ("J11:J12", "備考")]:
    ws.merge_cells(rng)
    ws[rng.split(":")[0]] = txt
for c, txt in zip("EFHI", ["確認結果", "確認日", "確認結果", "確認日"]):
    ws[f"{c}12"] = txt
for r in (11, 12):
    for c in "BCDEFGHIJ":
        ws[f"{c}{r}"].border = B
        ws[f"{c}{r}"].fill = HDR
        ws[f"{c}{r}"].alignment = CEN
        ws[f"{c}{r}"].font = Font(bold=True)

# (no, class, text, a1, d1, target, a2, d2, remarks) ; section rows are ("SEC", title)
rows = [
    ("SEC", "1　体制構築"),
    ("1-(1)", None, "事業者内に、医療情報システム等の提供に係る管理責任者を設置している", "はい", D(2024, 10, 8), None, None, None, "情報セキュリティ管理責任者：品質保証部長"),
    ("SEC", "2　医療情報システムの管理・運用"),
    ("2-(1)", None, "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", D(2024, 10, 8), None, None, None, None),
    ("2-(2)", None, "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した", "はい", D(2024, 10, 8), None, None, None, "リモート保守あり（UTM経由VPN 1台）"),
    ("2-(3)", None, "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した", "いいえ", D(2024, 10, 8), D(2024, 11, 29), "はい", D(2024, 11, 22), "MDS/SDS第2版を11/22提出"),
    (None, "サーバ", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", D(2024, 10, 8), None, None, None, None),
    (None, "サーバ", "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", D(2024, 10, 8), None, None, None, None),
    (None, "サーバ", "アクセスログを管理している", "はい", "2024/10/8", None, None, None, "ログ保存期間5年"),
    (None, "サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", D(2024, 10, 8), None, None, None, "月次で適用"),
    (None, "サーバ", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", D(2024, 10, 8), None, None, None, None),
    (None, "端末PC", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", D(2024, 10, 9), None, None, None, None),
    (None, "端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している", "いいえ", D(2024, 10, 9), D(2024, 12, 20), "はい", D(2024, 12, 18), "病院情報システム室と棚卸し実施"),
    (None, "端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", D(2024, 10, 9), None, None, None, None),
    (None, "端末PC", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", "2024/10/9", None, None, None, None),
    (None, "ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", D(2024, 10, 9), None, None, None, "UTMファームウェア更新済"),
    (None, "ネットワーク機器", "接続元制限を実施している", "いいえ", D(2024, 10, 9), D(2025, 1, 31), "はい", D(2025, 1, 24), "保守用VPNの接続元を当社IPに限定"),
    ("SEC", "3　インシデント発生に備えた対応"),
    ("3-(1)", None, "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある", "はい", D(2024, 10, 8), None, None, None, None),
    ("3-(2)", None, "インシデント発生時に医療機関が診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", "はい", D(2024, 10, 8), None, None, None, "復旧手順書を院内と共有"),
]

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
r = 13
first_dev = {}
for row in rows:
    if row[0] == "SEC":
        ws.merge_cells(f"B{r}:J{r}")
        ws[f"B{r}"] = row[1]
        ws[f"B{r}"].font = Font(bold=True)
        for c in "BCDEFGHIJ":
            ws[f"{c}{r}"].fill = SEC
            ws[f"{c}{r}"].border = B
        r += 1
        continue
    no, cls, text, a1, d1, tg, a2, d2, rem = row
    ws[f"B{r}"] = no
    if cls:
        first_dev.setdefault(cls, [r, r])[1] = r
    ws[f"D{r}"] = text
    ws[f"E{r}"] = a1
    ws[f"F{r}"] = d1
    ws[f"G{r}"] = tg
    ws[f"H{r}"] = a2
    ws[f"I{r}"] = d2
    ws[f"J{r}"] = rem
    for c in "FGI":
        ws[f"{c}{r}"].number_format = "yyyy/m/d"
    for c in "BCDEFGHIJ":
        ws[f"{c}{r}"].border = B
        ws[f"{c}{r}"].alignment = CEN if c in "BCEFGHI" else WRAP
    ws.row_dimensions[r].height = 32
    dv.add(f"E{r}")
    dv.add(f"H{r}")
    r += 1
for cls, (a, b) in first_dev.items():
    ws[f"C{a}"] = cls
    ws.merge_cells(f"C{a}:C{b}")
last = r - 1
ws.print_area = f"B1:J{last}"
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.freeze_panes = "E13"

g = wb.create_sheet("記入要領")
g.column_dimensions["A"].width = 100
for i, t in enumerate([
    "【記入要領】",
    "1. 本チェックリストは、医療機関と契約している事業者が、事業者ごと又はシステムごとに記入してください。",
    "2. 各項目について「はい」「いいえ」をプルダウンから選択し、確認日を入力してください。",
    "3. 1回目の確認で「いいえ」の場合は、対応目標日を記入してください。",
    "4. 対応後、2回目の確認結果と確認日を記入してください。",
    "5. 記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。",
], start=1):
    g[f"A{i}"] = t
wb.save(OUT)
print("saved", OUT, "last row", last)

# ---- expected.json (values as meant, canonical) ----
import json
def iso(v):
    if v is None:
        return None
    if isinstance(v, str):
        y, m, d = v.split("/")
        return f"{int(y):04d}-{int(m):02d}-{int(d):02d}"
    return v.isoformat()
entries = []
sec = None
for row in rows:
    if row[0] == "SEC":
        sec = row[1].split("　", 1)[1]
        continue
    no, cls, text, a1, d1, tg, a2, d2, rem = row
    e = {"section": cls or sec, "item": text}
    if no:
        e["itemNo"] = no
    e["firstAnswer"] = a1
    e["firstDate"] = iso(d1)
    if tg: e["targetDate"] = iso(tg)
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = iso(d2)
    if rem: e["remarks"] = rem
    entries.append(e)
exp = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": OUT.rsplit("/", 1)[1],
    "values": {
        "vendorName": "株式会社メディカルシステムズ岡山",
        "targetSystem": "電子カルテシステム\n（オーダリング・部門システム連携含む）",
        "hospitalName": "医療法人緑風会 みどり台病院",
        "entries": entries,
    },
    "planted": [],
    "notes": ("One vendor per workbook, R6 (no 確認日 header field). Device-class items carry no number in the sheet "
              "(itemNo omitted); their section is the device class merged down column C. Item wording for the vendor "
              "side is reconstructed as the parallel of the catalogue's hospital items (catalogue gives only 1-(1) and "
              "2-(3) for vendors); `item` is the full text as written in column D. Two 1回目 date cells (F21, F27) "
              "are typed as text '2024/10/8' / '2024/10/9' instead of date cells. 2回目 left blank where 1回目 "
              "was はい. 対象システム contains a line break."),
}
with open(OUT.replace(".xlsx", ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)

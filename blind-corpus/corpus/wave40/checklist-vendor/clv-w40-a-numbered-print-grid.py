#!/usr/bin/python3
"""clv-w40-a: vendor checklist (事業者確認用) drawn as a print-style grid with item numbers,
two-row header (1回目: 回答|確認日), dropdowns and real Excel date cells. Filled completely, no planted problem."""
import sys, json, datetime as dt
sys.path.insert(0, "/tmp/clvins-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave40/checklist-vendor/"
NAME = "clv-w40-a-numbered-print-grid"
D = dt.date

VENDOR = "株式会社サンヨーメディカルシステム 岡山営業所"
SYSTEM = "電子カルテシステム（MegaChart Ver.8.2）"
HOSP = "医療法人 吉備記念会 吉備高原記念病院"

S1, S2, S3 = "体制構築", "医療情報システムの管理・運用", "インシデント発生に備えた対応"
T_ACL = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
T_ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
T_LOG = "アクセスログを管理している"
T_PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
T_SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
T_SRC = "接続元制限を実施している"
d1 = D(2024, 10, 4)
# (heading-row or item) ; item = (section, no, text, first, fdate, target, second, sdate, remarks)
rows = [
    ("H", "1　" + S1),
    (S1, "1-(1)", "事業者内に医療情報システム等の提供に係る管理責任者を設置している", "はい", d1, None, None, None, "管理責任者：システム部 部長"),
    ("H", "2　" + S2),
    (S2, "2-(1)", "医療機関に提供したサーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", d1, None, None, None, None),
    (S2, "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した", "はい", d1, None, None, None, "保守用VPN装置1台あり（報告済）"),
    (S2, "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した", "いいえ", d1, D(2024, 11, 29), "はい", D(2024, 11, 22), "SDS第2版を提出"),
    ("S", "サーバ"),
    ("サーバ", "2-(4)", T_ACL, "はい", d1, None, None, None, None),
    ("サーバ", "2-(5)", T_ACC, "はい", d1, None, None, None, None),
    ("サーバ", "2-(6)", T_LOG, "はい", d1, None, None, None, "ログ保存期間1年"),
    ("サーバ", "2-(7)", T_PAT, "はい", d1, None, None, None, None),
    ("サーバ", "2-(8)", T_SVC, "はい", d1, None, None, None, None),
    ("S", "端末PC"),
    ("端末PC", "2-(4)", T_ACL, "はい", d1, None, None, None, None),
    ("端末PC", "2-(5)", T_ACC, "はい", d1, None, None, None, None),
    ("端末PC", "2-(7)", T_PAT, "はい", d1, None, None, None, "WSUSにて月次適用"),
    ("端末PC", "2-(8)", T_SVC, "いいえ", d1, D(2025, 1, 31), "はい", D(2025, 1, 24), "不要な常駐ソフトを停止"),
    ("S", "ネットワーク機器"),
    ("ネットワーク機器", "2-(7)", T_PAT, "はい", d1, None, None, None, None),
    ("ネットワーク機器", "2-(9)", T_SRC, "いいえ", d1, D(2024, 12, 20), "はい", D(2024, 12, 13), "保守回線の接続元IPを限定"),
    ("H", "3　" + S3),
    (S3, "3-(1)", "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある", "はい", d1, None, None, None, "別添 連絡体制図"),
    (S3, "3-(2)", "インシデント発生時に医療機関が診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している", "はい", d1, None, None, None, None),
]

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト（事業者確認用）"
thin = Side(style="thin"); med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
hdrfill = PatternFill("solid", fgColor="DDEBF7"); secfill = PatternFill("solid", fgColor="F2F2F2")
widths = {"A": 2, "B": 7, "C": 52, "D": 8, "E": 11, "F": 11, "G": 8, "H": 11, "I": 26}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("B1:I1"); ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B1"].font = Font(size=14, bold=True); ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:I2"); ws["B2"] = "事業者確認用（令和6年度版）"
ws["B2"].font = Font(size=12, bold=True); ws["B2"].alignment = Alignment(horizontal="center")

for r, (lab, val) in enumerate([("事業者名", VENDOR), ("対象システム", SYSTEM), ("提出先医療機関名", HOSP)], start=4):
    ws.merge_cells(f"B{r}:C{r}"); ws.merge_cells(f"D{r}:I{r}")
    ws[f"B{r}"] = lab; ws[f"D{r}"] = val
    ws[f"B{r}"].fill = hdrfill; ws[f"B{r}"].font = Font(bold=True)
    for c in "BCDEFGHI":
        ws[f"{c}{r}"].border = box
    ws[f"B{r}"].alignment = Alignment(vertical="center"); ws[f"D{r}"].alignment = Alignment(vertical="center")

notes = ["※ 1回目の確認で「いいえ」の場合は、対応目標日を記入してください。",
         "※ 回答欄は「はい」「いいえ」をプルダウンから選択し、確認日を記入してください。",
         "※ 医療機関ごと、システムごとに1枚作成し、提出先医療機関へ提出してください。"]
for i, n in enumerate(notes):
    ws[f"B{8+i}"] = n; ws[f"B{8+i}"].font = Font(size=9)

H1, H2 = 12, 13
ws.merge_cells(f"B{H1}:B{H2}"); ws[f"B{H1}"] = "No."
ws.merge_cells(f"C{H1}:C{H2}"); ws[f"C{H1}"] = "チェック項目"
ws.merge_cells(f"D{H1}:E{H1}"); ws[f"D{H1}"] = "1回目"
ws[f"D{H2}"] = "回答"; ws[f"E{H2}"] = "確認日"
ws.merge_cells(f"F{H1}:F{H2}"); ws[f"F{H1}"] = "目標日"
ws.merge_cells(f"G{H1}:H{H1}"); ws[f"G{H1}"] = "2回目"
ws[f"G{H2}"] = "回答"; ws[f"H{H2}"] = "確認日"
ws.merge_cells(f"I{H1}:I{H2}"); ws[f"I{H1}"] = "備考"
for r in (H1, H2):
    for c in "BCDEFGHI":
        ws[f"{c}{r}"].border = box; ws[f"{c}{r}"].alignment = ctr
        ws[f"{c}{r}"].fill = hdrfill; ws[f"{c}{r}"].font = Font(bold=True)

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
entries = []
r = H2 + 1
for row in rows:
    if row[0] in ("H", "S"):
        ws.merge_cells(f"B{r}:I{r}")
        ws[f"B{r}"] = row[1] if row[0] == "H" else "　［" + row[1] + "］"
        ws[f"B{r}"].font = Font(bold=True); ws[f"B{r}"].fill = secfill
        for c in "BCDEFGHI":
            ws[f"{c}{r}"].border = box
        r += 1; continue
    sec, no, text, fa, fd, td, sa, sd, rem = row
    ws[f"B{r}"] = no; ws[f"C{r}"] = text
    ws[f"D{r}"] = fa; ws[f"E{r}"] = fd; ws[f"F{r}"] = td
    ws[f"G{r}"] = sa; ws[f"H{r}"] = sd; ws[f"I{r}"] = rem
    for c in "BCDEFGHI":
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].alignment = wrap if c in "CI" else ctr
    for c in "EFH":
        ws[f"{c}{r}"].number_format = "yyyy/m/d"
    dv.add(f"D{r}"); dv.add(f"G{r}")
    ws.row_dimensions[r].height = 30
    e = {"section": sec, "item": text, "itemNo": no, "firstAnswer": fa, "firstDate": fd.isoformat()}
    if td: e["targetDate"] = td.isoformat()
    if sa: e["secondAnswer"] = sa
    if sd: e["secondDate"] = sd.isoformat()
    if rem: e["remarks"] = rem
    entries.append(e)
    r += 1

ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = f"{H1}:{H2}"
wb.save(OUT + NAME + ".xlsx")

exp = {"form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
       "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSP, "entries": entries},
       "planted": [],
       "notes": "Section of the device-class items is the device class (サーバ/端末PC/ネットワーク機器); other sections are the workbook's "
                "headings without their number. Item numbers 2-(4)…2-(9) for the device rows are as this vendor's form numbers them. "
                "Vendor item wording reconstructed from the catalogue/seed ('parallel items from the vendor's side'). "
                "2回目 filled only for the items that were いいえ at 1回目. Dates are Excel date cells."}
json.dump(exp, open(OUT + NAME + ".expected.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("ok", len(entries))

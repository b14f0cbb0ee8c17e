#!/usr/bin/python3
"""clv-w29-a: vendor checklist (事業者確認用, R6), print-style single sheet,
separate answer/date columns, Excel date cells, merged header labels. No planted problem."""
import sys, json, datetime as dt
sys.path.insert(0, "/tmp/clv-ins-w29-lib")  # openpyxl from local wheel if not installed system-wide
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave29/checklist-vendor/"
NAME = "clv-w29-a-print-style-date-columns"
D = dt.date

VENDOR = "株式会社メディカルシステムズ岡山"
SYSTEM = "電子カルテシステム（MedEX-7）及び部門連携サーバ"
HOSP = "社会医療法人 吉井川会 吉井川総合病院"

# (section header or None, itemNo, section key, item text)
SECTIONS = [
    ("1　体制構築", "体制構築", [
        ("1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。"),
    ]),
    ("2　医療情報システムの管理・運用", "医療情報システムの管理・運用", [
        ("2-(1)", "医療機関が行うサーバ、端末PC、ネットワーク機器の台帳管理に必要な情報を提供している。"),
        ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。"),
        ("2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。"),
    ]),
    ("【サーバ】", "サーバ", [
        (None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。"),
        (None, "退職者や使用していないアカウント等、不要なアカウントを削除している。"),
        (None, "アクセスログを管理している。"),
        (None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。"),
        (None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。"),
    ]),
    ("【端末PC】", "端末PC", [
        (None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。"),
        (None, "退職者や使用していないアカウント等、不要なアカウントを削除している。"),
        (None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。"),
        (None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。"),
    ]),
    ("【ネットワーク機器】", "ネットワーク機器", [
        (None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。"),
        (None, "接続元制限を実施している。"),
    ]),
    ("3　インシデント発生に備えた対応", "インシデント発生に備えた対応", [
        ("3-(1)", "インシデント発生時における医療機関及び外部関係機関（厚生労働省、警察等）への連絡体制を整備している。"),
        ("3-(2)", "インシデント発生時に医療機関が診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を医療機関と確認している。"),
    ]),
]

FIRST = D(2024, 9, 17)
# answers per flat index: (first, firstDate, target, second, secondDate, remarks)
A = {i: ("はい", FIRST, None, None, None, None) for i in range(17)}
A[3] = ("はい", FIRST, None, None, None, "MDS/SDS（第4.0版）を2024/9/2に提出済")
A[2] = ("はい", FIRST, None, None, None, "VPN装置1台（保守用）")
A[12] = ("いいえ", FIRST, D(2024, 11, 29), "はい", D(2024, 11, 26), "定期保守時に不要サービス停止を実施")
A[14] = ("いいえ", FIRST, D(2024, 12, 20), "はい", D(2024, 12, 18), "保守用VPNのアクセス元IPを当社拠点に限定")
A[16] = ("いいえ", FIRST, D(2025, 1, 31), "はい", D(2025, 1, 28), "復旧手順書を改訂し病院情報システム課と読合せ")

wb = Workbook()
ws = wb.active
ws.title = "事業者確認用"
thin = Side(style="thin"); border = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
sec_fill = PatternFill("solid", fgColor="F2F2F2")

widths = {"A": 7, "B": 14, "C": 46, "D": 8, "E": 11, "F": 11, "G": 8, "H": 11, "I": 30}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("A1:I1"); ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["A1"].font = Font(size=14, bold=True); ws["A1"].alignment = center
ws.merge_cells("A2:I2"); ws["A2"] = "事業者確認用（令和6年度版）"
ws["A2"].font = Font(size=12, bold=True); ws["A2"].alignment = center

hdr = [("事業者名", VENDOR), ("対象システム", SYSTEM), ("提出先医療機関名", HOSP),
       ("記入者（部署・氏名）", "岡山営業所 システムサポート課　三宅 健太")]
r = 4
for lab, val in hdr:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=9)
    ws.cell(r, 1, lab).alignment = center; ws.cell(r, 1).fill = hdr_fill
    ws.cell(r, 3, val).alignment = wrap
    for c in range(1, 10):
        ws.cell(r, c).border = border
    r += 1
ws.merge_cells("A9:I9")
ws["A9"] = ("※ 1回目の確認で「いいえ」の場合は、実施可能な直近の対応目標日を記入してください。"
            "目標日までに対応した後、2回目の確認結果を記入してください。")
ws["A9"].alignment = wrap; ws.row_dimensions[9].height = 30

# two-row header rows 11-12
H1, H2 = 11, 12
ws.merge_cells("A11:A12"); ws["A11"] = "No."
ws.merge_cells("B11:C12"); ws["B11"] = "チェック項目"
ws.merge_cells("D11:E11"); ws["D11"] = "1回目"
ws["D12"] = "はい/いいえ"; ws["E12"] = "確認日"
ws.merge_cells("F11:F12"); ws["F11"] = "目標日"
ws.merge_cells("G11:H11"); ws["G11"] = "2回目"
ws["G12"] = "はい/いいえ"; ws["H12"] = "確認日"
ws.merge_cells("I11:I12"); ws["I11"] = "備考"
for rr in (H1, H2):
    for c in range(1, 10):
        cell = ws.cell(rr, c); cell.border = border; cell.alignment = center; cell.fill = hdr_fill
        cell.font = Font(bold=True)

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

entries = []
r = 13
idx = 0
for head, seckey, items in SECTIONS:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    ws.cell(r, 1, head).font = Font(bold=True)
    for c in range(1, 10):
        ws.cell(r, c).border = border; ws.cell(r, c).fill = sec_fill
    r += 1
    for no, text in items:
        fa, fd, td, sa, sd, rem = A[idx]
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        if no:
            ws.cell(r, 1, no)
        ws.cell(r, 2, text)
        ws.cell(r, 4, fa); ws.cell(r, 5, fd)
        if td: ws.cell(r, 6, td)
        if sa: ws.cell(r, 7, sa)
        if sd: ws.cell(r, 8, sd)
        if rem: ws.cell(r, 9, rem)
        for c in (5, 6, 8):
            ws.cell(r, c).number_format = "yyyy/m/d"
        for c in range(1, 10):
            cell = ws.cell(r, c); cell.border = border
            cell.alignment = wrap if c in (2, 9) else center
        dv.add(f"D{r}"); dv.add(f"G{r}")
        ws.row_dimensions[r].height = 33
        e = {"section": seckey, "item": text}
        if no: e["itemNo"] = no
        e["firstAnswer"] = fa; e["firstDate"] = fd.isoformat()
        if td: e["targetDate"] = td.isoformat()
        if sa: e["secondAnswer"] = sa
        if sd: e["secondDate"] = sd.isoformat()
        if rem: e["remarks"] = rem
        entries.append(e)
        r += 1; idx += 1

ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = "11:12"
wb.save(OUT + NAME + ".xlsx")

exp = {
    "form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
    "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSP, "entries": entries},
    "planted": [],
    "notes": ("Only 1-(1) and 2-(3) item texts come from the catalogue/seed 004; the other vendor-side item "
              "wordings are my reconstruction of the 'parallel items'. Device-class rows carry no item number. "
              "The 記入者 header row has no key and is not in values."),
}
json.dump(exp, open(OUT + NAME + ".expected.json", "w"), ensure_ascii=False, indent=2)

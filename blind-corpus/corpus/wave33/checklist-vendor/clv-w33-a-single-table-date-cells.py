# Generator: clv-w33-a-single-table-date-cells.xlsx (checklist-vendor, R6, no planted problem)
import sys, json, datetime as dt
sys.path.insert(0, "/tmp/clvins_pylib")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave33/checklist-vendor/"
NAME = "clv-w33-a-single-table-date-cells"
D = dt.date

ITEMS = [  # (itemNo, 区分 column text, item text)
 ("1-(1)", "体制構築", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。"),
 ("2-(1)", "医療情報システム全般", "医療機関が行うサーバ、端末PC、ネットワーク機器の台帳管理に必要な情報を提供している。"),
 ("2-(2)", "医療情報システム全般", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。"),
 ("2-(3)", "医療情報システム全般", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。"),
 ("2-(4)", "サーバ", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。"),
 ("2-(5)", "サーバ", "退職者や使用していないアカウント等、不要なアカウントを削除している。"),
 ("2-(6)", "サーバ", "アクセスログを管理している。"),
 ("2-(7)", "サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。"),
 ("2-(8)", "サーバ", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。"),
 ("2-(9)", "端末PC", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。"),
 ("2-(10)", "端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している。"),
 ("2-(11)", "端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。"),
 ("2-(12)", "端末PC", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。"),
 ("2-(13)", "ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。"),
 ("2-(14)", "ネットワーク機器", "接続元制限を実施している。"),
 ("3-(1)", "インシデント発生に備えた対応", "インシデント発生時における医療機関及び事業者内の連絡体制図がある。"),
 ("3-(2)", "インシデント発生に備えた対応", "医療機関と協力し、インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している。"),
]
# answers: itemNo -> (first, firstDate, target, second, secondDate, remarks)
A = {k: ("はい", D(2024, 10, 8), None, None, None, None) for k, _, _ in ITEMS}
A["1-(1)"] = ("はい", D(2024, 10, 8), None, None, None, "管理責任者：医療システム事業部 保守サービス課長")
A["2-(2)"] = ("はい", D(2024, 10, 8), None, None, None, "リモート保守用VPN装置1台あり（2024/10/8 文書で報告）")
A["2-(3)"] = ("はい", D(2024, 10, 8), None, None, None, "SDS（2024年9月版）を提出済")
A["2-(8)"] = ("いいえ", D(2024, 10, 8), D(2024, 12, 20), "はい", D(2024, 12, 18), "12/18定期保守時に不要サービスを停止")
A["2-(9)"] = ("はい", D(2024, 10, 9), None, None, None, "電子カルテ端末 計118台")
A["2-(10)"] = ("はい", D(2024, 10, 9), None, None, None, None)
A["2-(11)"] = ("はい", D(2024, 10, 9), None, None, None, "WSUSにて月次適用")
A["2-(12)"] = ("はい", D(2024, 10, 9), None, None, None, None)
A["2-(14)"] = ("いいえ", D(2024, 10, 9), D(2025, 1, 31), "はい", D(2025, 1, 28), "保守VPNの接続元IPを当社センターに限定")
A["3-(1)"] = ("はい", D(2024, 10, 9), None, None, None, None)
A["3-(2)"] = ("はい", D(2024, 10, 9), None, None, None, "年1回の復旧訓練を病院と合同で実施")

HEAD = {"vendorName": "株式会社吉備メディカルシステムズ",
        "targetSystem": "電子カルテシステム（KIBI-MedRecord Ver.7）",
        "hospitalName": "医療法人緑風会 岡山みどり中央病院"}

wb = Workbook(); ws = wb.active; ws.title = "チェックリスト（事業者確認用）"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdrfill = PatternFill("solid", fgColor="DDEBF7")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
for col, w in zip("ABCDEFGHI", [8, 16, 58, 9, 12, 12, 9, 12, 34]):
    ws.column_dimensions[col].width = w

ws["A1"] = "令和6年度版　医療機関におけるサイバーセキュリティ対策チェックリスト"; ws["A1"].font = Font(size=14, bold=True)
ws["A2"] = "事業者確認用"; ws["A2"].font = Font(size=12, bold=True)
ws["A3"] = "※ 医療機関と契約している事業者ごと（又はシステムごと）に1枚作成し、医療機関へ提出してください。"
ws["A4"] = "※ 1回目の確認で「いいえ」の場合は、対応の目標日を記入し、対応後に2回目の確認を行ってください。"
labels = [("事業者名", "vendorName"), ("対象システム", "targetSystem"), ("提出先医療機関名", "hospitalName")]
r = 6
for lab, key in labels:
    ws.cell(r, 1, lab).font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 3, HEAD[key])
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=6)
    for c in range(1, 7):
        ws.cell(r, c).border = B
    ws.cell(r, 1).fill = hdrfill
    r += 1

h1 = 10; h2 = 11
ws.cell(h1, 1, "項番"); ws.cell(h1, 2, "区分"); ws.cell(h1, 3, "チェック項目")
ws.cell(h1, 4, "1回目"); ws.cell(h1, 6, "目標日"); ws.cell(h1, 7, "2回目"); ws.cell(h1, 9, "備考")
ws.cell(h2, 4, "はい/いいえ"); ws.cell(h2, 5, "確認日"); ws.cell(h2, 7, "はい/いいえ"); ws.cell(h2, 8, "確認日")
for rng in ["A10:A11", "B10:B11", "C10:C11", "D10:E10", "F10:F11", "G10:H10", "I10:I11"]:
    ws.merge_cells(rng)
for rr in (h1, h2):
    for c in range(1, 10):
        cell = ws.cell(rr, c); cell.border = B; cell.fill = hdrfill; cell.alignment = center; cell.font = Font(bold=True)

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
r = 12; first_row = r
for no, sec, text in ITEMS:
    f, fd, t, s, sd, rem = A[no]
    vals = [no, sec, text, f, fd, t, s, sd, rem]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v); cell.border = B
        cell.alignment = wrap if c in (3, 9) else center
        if isinstance(v, dt.date):
            cell.number_format = "yyyy/m/d"
    for c in (5, 6, 8):
        ws.cell(r, c).number_format = "yyyy/m/d"
    dv.add(f"D{r}"); dv.add(f"G{r}")
    ws.row_dimensions[r].height = 32
    r += 1
last_row = r - 1
ws.cell(r + 1, 3, "1回目「いいえ」の件数").alignment = Alignment(horizontal="right")
ws.cell(r + 1, 4, f'=COUNTIF(D{first_row}:D{last_row},"いいえ")')  # no cached value (openpyxl)
ws.print_title_rows = "10:11"
ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
ws.freeze_panes = "D12"
wb.save(OUT + NAME + ".xlsx")

def iso(d): return d.isoformat() if d else None
entries = []
for no, sec, text in ITEMS:
    f, fd, t, s, sd, rem = A[no]
    e = {"section": sec, "item": text, "itemNo": no, "firstAnswer": f, "firstDate": iso(fd)}
    if t: e["targetDate"] = iso(t)
    if s: e["secondAnswer"] = s
    if sd: e["secondDate"] = iso(sd)
    if rem: e["remarks"] = rem
    entries.append(e)
exp = {"form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
       "values": dict(HEAD, entries=entries), "planted": [],
       "notes": "Single sheet; header rows 6-8 (label merged A:B, value merged C:F); item table rows 12-28 with a 2-row header (rows 10-11). "
                "Item wording of the vendor checklist is not in the catalogue except 1-(1) and 2-(3); the other items are my parallel wording of the hospital items (seed 004), and 'item' gives the text exactly as written. "
                "Section = the 区分 column text. D30 holds a COUNTIF formula with no cached value (not a field)."}
json.dump(exp, open(OUT + NAME + ".expected.json", "w"), ensure_ascii=False, indent=2)

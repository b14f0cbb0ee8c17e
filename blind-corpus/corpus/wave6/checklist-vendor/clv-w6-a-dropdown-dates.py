# Generator for clv-w6-a-dropdown-dates.xlsx (checklist-vendor, R6) -- no planted problem.
# Role: security/quality staff of an EHR vendor who built the company's own 事業者確認用 sheet from the
# MHLW 令和6年度版 wording (one workbook per client hospital and system), filled by the SE in charge.
import json, os, datetime
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w6-a-dropdown-dates"
SHEET = "事業者確認用"

VENDOR = "株式会社せとうちメディカルシステム"
SYSTEM = "電子カルテシステム（MediStation EX Ver.5）"
HOSPITAL = "医療法人社団 青葉会 高松みなと病院"

S1 = "体制構築"; S2 = "医療情報システム全般"; SV = "サーバ"; PC = "端末PC"; NW = "ネットワーク機器"; S3 = "インシデント発生に備えた対応"
ACL = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PWD = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"
# (section, itemNo or None, item, first, firstDate, target, second, secondDate, remarks)
ROWS = [
    (S1, "1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している", "はい", "2024-07-10", None, None, None, "管理責任者：品質保証部長"),
    (S2, "2-(1)", "医療機関が行うサーバ、端末PC、ネットワーク機器の台帳管理に必要な情報を提供している", "はい", "2024-07-10", None, None, None, None),
    (S2, "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した", "はい", "2024-07-10", None, None, None, "リモート保守対象：電子カルテサーバ2台（SSL-VPN経由）"),
    (S2, "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した", "いいえ", "2024-07-10", "2024-08-30", "はい", "2024-08-26", "MDS/SDS 第2版を8/26に提出"),
    (SV, None, ACL, "はい", "2024-07-11", None, None, None, None),
    (SV, None, ACC, "はい", "2024-07-11", None, None, None, None),
    (SV, None, LOG, "はい", "2024-07-11", None, None, None, None),
    (SV, None, PWD, "いいえ", "2024-07-11", "2024-09-30", "はい", "2024-09-27", "保守用管理者アカウントのPWを12文字に変更"),
    (SV, None, PAT, "はい", "2024-07-11", None, None, None, "四半期ごとに適用（直近 2024年6月）"),
    (SV, None, SVC, "はい", "2024-07-11", None, None, None, None),
    (PC, None, ACL, "はい", "2024-07-12", None, None, None, None),
    (PC, None, ACC, "はい", "2024-07-12", None, None, None, None),
    (PC, None, PAT, "はい", "2024-07-12", None, None, None, None),
    (PC, None, SVC, "はい", "2024-07-12", None, None, None, None),
    (NW, None, PAT, "はい", "2024-07-12", None, None, None, None),
    (NW, None, SRC, "いいえ", "2024-07-12", "2024-10-31", "はい", "2024-10-24", "VPN装置の接続元を保守拠点IPに限定"),
    (S3, "3-(1)", "医療機関と協働し、インシデント発生時における医療機関、事業者及び外部関係機関（厚生労働省、警察等）への連絡体制図を整備している", "はい", "2024-07-16", None, None, None, None),
    (S3, "3-(2)", "医療機関と協働し、インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", "はい", "2024-07-16", None, None, None, "復旧手順書（改訂版）を共有済"),
]

def d(iso):
    return datetime.date.fromisoformat(iso)

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
head_fill = PatternFill("solid", fgColor="FCE4D6")

wb = Workbook()
ws = wb.active; ws.title = SHEET
for k, v in {"A": 16, "B": 8, "C": 60, "D": 9, "E": 11, "F": 11, "G": 9, "H": 11, "I": 30}.items():
    ws.column_dimensions[k].width = v
ws.merge_cells("A1:I1")
ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト【事業者確認用】（令和6年度版）"
ws["A1"].font = Font(bold=True, size=13)
# header block: labels above, values below
ws.merge_cells("A3:B3"); ws["A3"] = "事業者名"
ws["C3"] = "対象システム"
ws.merge_cells("D3:I3"); ws["D3"] = "提出先医療機関名"
ws.merge_cells("A4:B4"); ws["A4"] = VENDOR
ws["C4"] = SYSTEM
ws.merge_cells("D4:I4"); ws["D4"] = HOSPITAL
for r in (3, 4):
    for c in "ABCDEFGHI":
        ws[f"{c}{r}"].border = B
    for c in "ACD":
        ws[f"{c}{r}"].alignment = center
for c in "ABCDEFGHI":
    ws[f"{c}3"].fill = head_fill
ws.row_dimensions[4].height = 30

ws.merge_cells("A6:A7"); ws["A6"] = "区分"
ws.merge_cells("B6:B7"); ws["B6"] = "項番"
ws.merge_cells("C6:C7"); ws["C6"] = "確認項目"
ws.merge_cells("D6:E6"); ws["D6"] = "1回目"
ws["D7"] = "回答"; ws["E7"] = "確認日"
ws.merge_cells("F6:F7"); ws["F6"] = "目標日"
ws.merge_cells("G6:H6"); ws["G6"] = "2回目"
ws["G7"] = "回答"; ws["H7"] = "確認日"
ws.merge_cells("I6:I7"); ws["I6"] = "備考"
for r in (6, 7):
    for c in "ABCDEFGHI":
        ws[f"{c}{r}"].border = B; ws[f"{c}{r}"].alignment = center; ws[f"{c}{r}"].fill = head_fill
        ws[f"{c}{r}"].font = Font(bold=True)

lst = wb.create_sheet("list")
lst["A1"] = "はい"; lst["A2"] = "いいえ"
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="list!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)

first_row = 8
entries = []
for i, (sec, no, item, fa, fd, tg, sa, sd, rem) in enumerate(ROWS):
    r = first_row + i
    ws.cell(row=r, column=1, value=sec)
    if no:
        ws.cell(row=r, column=2, value=no)
    ws.cell(row=r, column=3, value=item)
    ws.cell(row=r, column=4, value=fa)
    ws.cell(row=r, column=5, value=d(fd))
    if tg: ws.cell(row=r, column=6, value=d(tg))
    if sa: ws.cell(row=r, column=7, value=sa)
    if sd: ws.cell(row=r, column=8, value=d(sd))
    if rem: ws.cell(row=r, column=9, value=rem)
    for c in range(1, 10):
        cell = ws.cell(row=r, column=c)
        cell.border = B
        cell.alignment = wrap if c in (1, 3, 9) else center
    for c in (5, 6, 8):
        ws.cell(row=r, column=c).number_format = "yyyy/m/d"
    ws.row_dimensions[r].height = 36
    e = {"section": sec}
    if no: e["itemNo"] = no
    e.update({"item": item, "firstAnswer": fa, "firstDate": fd})
    if tg: e["targetDate"] = tg
    if sa: e["secondAnswer"] = sa; e["secondDate"] = sd
    if rem: e["remarks"] = rem
    entries.append(e)
last = first_row + len(ROWS) - 1
dv.add(f"D{first_row}:D{last}")
dv.add(f"G{first_row}:G{last}")
# summary formulas (openpyxl writes no cached value)
ws.cell(row=last + 2, column=3, value="1回目「はい」件数").alignment = Alignment(horizontal="right")
ws.cell(row=last + 2, column=4, value=f'=COUNTIF(D{first_row}:D{last},"はい")')
ws.cell(row=last + 3, column=3, value="1回目「いいえ」件数").alignment = Alignment(horizontal="right")
ws.cell(row=last + 3, column=4, value=f'=COUNTIF(D{first_row}:D{last},"いいえ")')
ws.cell(row=last + 5, column=1, value="※「いいえ」の項目は目標日を記入し、対応後に2回目の確認を行うこと。本シートは医療機関ごと・システムごとに作成する。").font = Font(size=9)
ws.freeze_panes = "D8"
ws.print_title_rows = "6:7"
ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0

wb.save(os.path.join(HERE, NAME + ".xlsx"))

exp = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSPITAL, "entries": entries},
    "planted": [],
    "notes": ("Header labels above the values (row 3 labels, row 4 values). Answers はい/いいえ typed via a dropdown whose list lives on "
              "the hidden sheet 'list'. Dates are real Excel date cells (yyyy/m/d). Column A repeats the section on every row "
              "(section names 体制構築 / 医療情報システム全般 / サーバ / 端末PC / ネットワーク機器 / インシデント発生に備えた対応 are this "
              "vendor's design). Only the 1-(1), 2-(x), 3-(x) rows show an item number; device-class rows have none, so itemNo is omitted "
              "there. The vendor-side wording of 2-(1), 2-(2), 3-(1), 3-(2) is the vendor's own reconstruction of the parallel items "
              "(the notice only words 1-(1) and 2-(3)). The two COUNTIF cells below the table are formulas saved by openpyxl without "
              "cached values and are not form fields. R6 vendor form has no 確認日 header field."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", len(entries))

#!/usr/bin/env python3
"""clh-w33-a: 医療機関確認用 (R6), one sheet, item numbers in column A, device class (サーバ/端末PC/ネットワーク機器)
in vertically merged cells, answer and date in separate columns, Excel date cells shown in 和暦, COUNTIF totals
saved by openpyxl without cached values. No planted problem.
Run: PYTHONPATH=/tmp/clpy /usr/bin/python3 THIS.py"""
import datetime as dt, json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w33-a-single-sheet-merged-device-class"
SHEET = "チェックリスト(医療機関確認用)"
FACILITY = "社会医療法人 緑陽会 みどりケ丘病院"
D = dt.date
D0 = D(2024, 7, 16)

S1, S2, S3 = "体制構築", "医療情報システムの管理・運用", "インシデント発生に備えた対応"
T_ACL = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
T_ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
T_LOG = "アクセスログを管理している"
T_PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
T_SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
T_SRC = "接続元制限を実施している"

# kind: 'pre' | 'head' | 'item' | 'dev'
# item tuple: (kind, section, itemNo, text, first, firstDate, target, second, secondDate, remarks)
ROWS = [
    ("pre", "前提", None, "医療情報システムを導入、運用している", "はい", D0, None, None, None, None),
    ("head", "1　" + S1),
    ("item", S1, "1-(1)", "医療情報システム安全管理責任者を設置している", "はい", D0, None, None, None,
     "情報システム室長を任命（令和6年4月1日）"),
    ("head", "2　" + S2),
    ("item", S2, "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", D0, None, None, None,
     "機器管理台帳（Excel）で管理"),
    ("item", S2, "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい", D0, None, None, None,
     "電子カルテ・PACS・検査システムでリモート保守あり"),
    ("item", S2, "2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     "いいえ", D0, D(2024, 9, 30), "はい", D(2024, 9, 24), "全契約事業者（5社）から受領"),
    ("dev", "サーバ", None, T_ACL, "はい", D0, None, None, None, None),
    ("dev", "サーバ", None, T_ACC, "はい", D0, None, None, None, None),
    ("dev", "サーバ", None, T_LOG, "いいえ", D0, D(2024, 12, 27), "はい", D(2024, 12, 11), "ログ管理ツール導入"),
    ("dev", "サーバ", None, T_PAT, "はい", D0, None, None, None, None),
    ("dev", "サーバ", None, T_SVC, "はい", D0, None, None, None, None),
    ("dev", "端末PC", None, T_ACL, "はい", D0, None, None, None, None),
    ("dev", "端末PC", None, T_ACC, "いいえ", D0, D(2024, 8, 30), "はい", D(2024, 8, 26), "退職者アカウント23件を削除"),
    ("dev", "端末PC", None, T_PAT, "はい", D0, None, None, None, None),
    ("dev", "端末PC", None, T_SVC, "いいえ", D0, D(2025, 3, 31), None, None,
     "端末更新（令和7年3月）に合わせて対応予定"),
    ("dev", "ネットワーク機器", None, T_PAT, "はい", D0, None, None, None, None),
    ("dev", "ネットワーク機器", None, T_SRC, "はい", D0, None, None, None, None),
    ("head", "3　" + S3),
    ("item", S3, "3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
     "はい", D0, None, None, None, None),
    ("item", S3, "3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     "はい", D0, None, None, None, "バックアップは日次・週次（外部媒体）"),
    ("item", S3, "3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
     "いいえ", D0, D(2025, 3, 31), None, None, "「BCP策定の確認表」を用いて策定中"),
]

wb = Workbook()
ws = wb.active
ws.title = SHEET
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
hdr = PatternFill("solid", fgColor="FCE4D6")
sec = PatternFill("solid", fgColor="EDEDED")
WAREKI = '[$-411]ggge"年"m"月"d"日"'
for col, w in zip("ABCDEFGHI", [8, 13, 52, 8, 17, 17, 8, 17, 30]):
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:I1"); ws["A1"] = "令和6年度　医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["A1"].font = Font(bold=True, size=14); ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:I2"); ws["A2"] = "（医療機関確認用）"; ws["A2"].alignment = Alignment(horizontal="center")
ws.merge_cells("A4:B4"); ws["A4"] = "医療機関名"; ws["A4"].fill = hdr; ws["A4"].alignment = center
ws.merge_cells("C4:F4"); ws["C4"] = FACILITY
for c in range(1, 7):
    ws.cell(4, c).border = box
ws.merge_cells("A5:I5")
ws["A5"] = "※「いいえ」の場合は目標日を記入し、対応後に2回目の確認を行ってください。前提が「いいえ」の場合、以降の記入は不要です。"
ws["A5"].font = Font(size=9)

H = 7
for c1, c2, t in ((1, 1, "No."), (2, 3, "チェック項目"), (9, 9, "備考")):
    ws.merge_cells(start_row=H, start_column=c1, end_row=H + 1, end_column=c2); ws.cell(H, c1, t)
ws.merge_cells(start_row=H, start_column=4, end_row=H, end_column=5); ws.cell(H, 4, "1回目")
ws.cell(H, 6, "目標日")
ws.merge_cells(start_row=H, start_column=7, end_row=H, end_column=8); ws.cell(H, 7, "2回目")
for c, t in zip(range(4, 9), ["はい/いいえ", "確認日", "（いいえの場合）", "はい/いいえ", "確認日"]):
    ws.cell(H + 1, c, t)
for r in (H, H + 1):
    for c in range(1, 10):
        x = ws.cell(r, c); x.border = box; x.alignment = center; x.fill = hdr; x.font = Font(bold=True, size=10)

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

r = H + 2
first_data = r
entries = []
dev_start = {}
for row in ROWS:
    if row[0] == "head":
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
        ws.cell(r, 1, row[1]).font = Font(bold=True); ws.cell(r, 1).fill = sec
        for c in range(1, 10):
            ws.cell(r, c).border = box
        r += 1; continue
    kind, section, no, text, fa, fd, td, sa, sd, rem = row
    if kind == "pre":
        ws.cell(r, 1, "前提")
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3); ws.cell(r, 2, text)
    elif kind == "item":
        ws.cell(r, 1, no)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3); ws.cell(r, 2, text)
    else:
        dev_start.setdefault(section, [r, r])[1] = r
        ws.cell(r, 3, text)
    for c, v in zip(range(4, 10), (fa, fd, td, sa, sd, rem)):
        if v is not None:
            ws.cell(r, c, v)
    for c in range(1, 10):
        x = ws.cell(r, c); x.border = box
        x.alignment = wrap if c in (2, 3, 9) else center
    for c in (5, 6, 8):
        ws.cell(r, c).number_format = WAREKI
    dv.add(ws.cell(r, 4)); dv.add(ws.cell(r, 7))
    ws.row_dimensions[r].height = 36
    e = {"section": section, "item": text}
    if no: e["itemNo"] = no
    e["firstAnswer"] = fa; e["firstDate"] = fd.isoformat()
    if td: e["targetDate"] = td.isoformat()
    if sa: e["secondAnswer"] = sa
    if sd: e["secondDate"] = sd.isoformat()
    if rem: e["remarks"] = rem
    entries.append(e)
    r += 1
last_data = r - 1
for cls, (a, b) in dev_start.items():
    ws.cell(a, 2, cls)
    ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    ws.cell(a, 2).alignment = center

r += 1
ws.cell(r, 3, "集計（1回目）").alignment = Alignment(horizontal="right")
ws.cell(r, 4, "はい"); ws.cell(r, 5, f'=COUNTIF(D{first_data}:D{last_data},"はい")')
ws.cell(r + 1, 4, "いいえ"); ws.cell(r + 1, 5, f'=COUNTIF(D{first_data}:D{last_data},"いいえ")')
ws.freeze_panes = f"A{H + 2}"
ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0

wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [],
    "notes": "One sheet. Section headings are rows '1　体制構築', '2　医療情報システムの管理・運用', '3　インシデント発生に備えた対応' "
             "(section given without the leading number); device-class items carry the class (サーバ/端末PC/ネットワーク機器) "
             "in a vertically merged cell in column B and have no item number. Dates are Excel date cells with a 和暦 "
             "number format. The COUNTIF totals below the table are formulas saved by openpyxl without cached values "
             "and are not form fields. 2回目 filled only where 1回目 was いいえ and the fix is done. Item order of the "
             "device-class part follows the news summary (seed 004); no password item on this layout.",
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", NAME)

# Generator for clv-w13-a-print-answer-date.xlsx (no planted problem)
# Print-style vendor checklist: spacer columns, section header rows, full-width item numbers,
# answer and year-less date typed together in one cell ("はい（10/15）"), untouched template
# text "はい・いいえ（　/　）" left where nothing applies.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave13/checklist-vendor"
NAME = "clv-w13-a-print-answer-date"
SHEET = "事業者確認用"

wb = Workbook()
ws = wb.active
ws.title = SHEET
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
for col, w in {"A": 2, "B": 8, "C": 58, "D": 15, "E": 12, "F": 15, "G": 30, "H": 2}.items():
    ws.column_dimensions[col].width = w

ws["G1"] = "令和6年度版"
ws["G1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B2:G2")
ws["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B2"].font = Font(size=14, bold=True)
ws["B2"].alignment = center
ws.merge_cells("B3:G3")
ws["B3"] = "事業者確認用"
ws["B3"].font = Font(size=12, bold=True)
ws["B3"].alignment = center

header = [
    ("事業者名", "株式会社メディカルシステムズ岡山"),
    ("対象システム", "電子カルテシステム（MS-Karte Ver.7）"),
    ("提出先医療機関名", "社会医療法人旭川会 旭東中央病院"),
    ("記入者", "医療システム部 保守課　岡本 健太"),
]
r = 5
for lab, val in header:
    ws.cell(r, 2, lab).border = box
    ws.cell(r, 2).alignment = wrap
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
    ws.cell(r, 3, val).alignment = wrap
    for c in range(2, 6):
        ws.cell(r, c).border = box
    r += 1

notes = [
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 回答欄は「はい・いいえ」のうち該当しない方を消し、（　/　）に確認日を記入してください。",
    "※ 本チェックリストは提出先医療機関ごと・システムごとに作成してください。",
]
r = 10
for n in notes:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
    ws.cell(r, 2, n).font = Font(size=9)
    r += 1

# table header rows 14-15
ws.merge_cells("B14:B15"); ws["B14"] = "項番"
ws.merge_cells("C14:C15"); ws["C14"] = "チェック項目"
ws.merge_cells("D14:F14"); ws["D14"] = "確認結果（日付）"
ws["D15"] = "1回目"; ws["E15"] = "目標日"; ws["F15"] = "2回目"
ws.merge_cells("G14:G15"); ws["G14"] = "備考"
for rr in (14, 15):
    for c in range(2, 8):
        ws.cell(rr, c).border = box
        ws.cell(rr, c).alignment = center
        ws.cell(rr, c).fill = PatternFill("solid", fgColor="DDEBF7")

BLANK_ANS = "はい・いいえ（　/　）"
BLANK_DATE = "（　/　）"

def md(d):
    # year-less display of a date string YYYY-MM-DD
    y, m, dd = d.split("-")
    return f"{int(m)}/{int(dd)}"

# rows: ("H", heading text, canonical section) or ("I", no_display, itemNo, item, f_ans, f_date, target, s_ans, s_date, remarks)
S1 = "体制構築"; S2 = "医療情報システムの管理・運用"; S3 = "インシデント発生に備えた対応"
rows = [
    ("H", "１　体制構築", None),
    ("I", "１－（１）", "1-(1)", S1, "事業者内に、医療情報システム等の提供に係る管理責任者を設置している", "はい", "2024-10-15", None, None, None, None),
    ("H", "２　医療情報システムの管理・運用", None),
    ("I", "２－（１）", "2-(1)", S2, "医療機関に提供しているサーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", "2024-10-15", None, None, None, None),
    ("I", "２－（２）", "2-(2)", S2, "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した", "はい", "2024-10-15", None, None, None, "保守用VPN装置1台（院内サーバ室）"),
    ("I", "２－（３）", "2-(3)", S2, "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した", "いいえ", "2024-10-15", "2024-11-30", "はい", "2024-11-22", "SDS（令和6年度版）を11/22に提出"),
    ("H", "【サーバ】", "サーバ"),
    ("I", "", None, "サーバ", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", "2024-10-15", None, None, None, None),
    ("I", "", None, "サーバ", "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", "2024-10-15", None, None, None, None),
    ("I", "", None, "サーバ", "アクセスログを管理している", "いいえ", "2024-10-15", "2024-12-20", "はい", "2024-12-18", "ログ保存期間を1年に変更"),
    ("I", "", None, "サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", "2024-10-15", None, None, None, None),
    ("I", "", None, "サーバ", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", "2024-10-15", None, None, None, None),
    ("H", "【端末PC】", "端末PC"),
    ("I", "", None, "端末PC", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", "2024-10-15", None, None, None, None),
    ("I", "", None, "端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", "2024-10-15", None, None, None, None),
    ("I", "", None, "端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", "2024-10-15", None, None, None, None),
    ("I", "", None, "端末PC", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", "2024-10-15", None, None, None, None),
    ("H", "【ネットワーク機器】", "ネットワーク機器"),
    ("I", "", None, "ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "いいえ", "2024-10-15", "2025-01-31", None, None, "VPN装置のファームウェア更新を\n1月の定期保守時に実施予定"),
    ("I", "", None, "ネットワーク機器", "接続元制限を実施している", "はい", "2024-10-15", None, None, None, None),
    ("H", "３　インシデント発生に備えた対応", None),
    ("I", "３－（１）", "3-(1)", S3, "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある", "はい", "2024-10-16", None, None, None, None),
    ("I", "３－（２）", "3-(2)", S3, "医療機関と協力し、インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している", "はい", "2024-10-16", None, None, None, "年1回 復旧訓練を実施（直近 R6.9）"),
]

entries = []
r = 16
for row in rows:
    if row[0] == "H":
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=7)
        ws.cell(r, 2, row[1]).font = Font(bold=True)
        for c in range(2, 8):
            ws.cell(r, c).border = box
            ws.cell(r, c).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        continue
    _, nod, itemno, sec, item, fa, fd, td, sa, sd, rem = row
    ws.cell(r, 2, nod if nod else "・").alignment = center
    ws.cell(r, 3, item).alignment = wrap
    ws.cell(r, 4, f"{fa}（{md(fd)}）" if fa else BLANK_ANS).alignment = center
    ws.cell(r, 5, f"（{md(td)}）" if td else BLANK_DATE).alignment = center
    ws.cell(r, 6, f"{sa}（{md(sd)}）" if sa else BLANK_ANS).alignment = center
    if rem:
        ws.cell(r, 7, rem).alignment = wrap
    for c in range(2, 8):
        ws.cell(r, c).border = box
    ws.row_dimensions[r].height = 30
    e = {"section": sec, "item": item}
    if itemno:
        e["itemNo"] = itemno
    e["firstAnswer"] = fa; e["firstDate"] = fd
    if td: e["targetDate"] = td
    if sa: e["secondAnswer"] = sa; e["secondDate"] = sd
    if rem: e["remarks"] = rem
    entries.append(e)
    r += 1

ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = f"A1:H{r}"
ws.print_title_rows = "14:15"

wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "vendorName": "株式会社メディカルシステムズ岡山",
        "targetSystem": "電子カルテシステム（MS-Karte Ver.7）",
        "hospitalName": "社会医療法人旭川会 旭東中央病院",
        "entries": entries,
    },
    "planted": [],
    "notes": ("No planted problem. Answer and year-less date share one cell, e.g. 'はい（10/15）' -> firstAnswer はい, firstDate 2024-10-15; "
              "R6 fiscal year so 1/31 means 2025-01-31. Cells still holding the template text 'はい・いいえ（　/　）' or '（　/　）' are unanswered "
              "(2回目 / 目標日 not applicable) and are omitted. Item numbers are written full-width '２－（３）' -> itemNo '2-(3)'; device-class items "
              "carry no number (the '・' in 項番 is a bullet). Section is the heading text without its number or 【】 brackets. Item wording is this "
              "vendor form's parallel of the hospital items (the catalogue gives full vendor wording only for 1-(1) and 2-(3)). "
              "'記入者' (row 8) is an extra field of this layout with no key."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", r)

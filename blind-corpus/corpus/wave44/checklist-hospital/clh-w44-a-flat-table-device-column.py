#!/usr/bin/python3
# Generator: checklist-hospital (R6), workbook a (no planted problem). Saved by openpyxl (summary formulas have no cached value).
# Run: PYTHONPATH=/tmp/blind-clmclh-lib /usr/bin/python3 THIS.py
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w44-a-flat-table-device-column"
SHEET = "医療機関確認用"
D = dt.date
FACILITY = "社会医療法人 青葉会 青葉台中央病院"

S1 = "体制構築"; S2 = "医療情報システムの管理・運用"; S3 = "インシデント発生に備えた対応"
ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
DEL = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
BGS = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"
d1 = D(2024, 7, 16)

# kinds: ("HEAD", label) heading row; ("SUB", label) device-class sub-heading; ("I", no, section, item, a1, date1, target, a2, date2, remarks)
rows = [
    ("HEAD", "前提"),
    ("I", None, "前提", "医療情報システムを導入、運用している", "はい", d1, None, None, None, None),
    ("HEAD", "1　" + S1),
    ("I", "1-(1)", S1, "医療情報システム安全管理責任者を設置している", "はい", d1, None, None, None, "情報システム課長を任命（R6.4.1）"),
    ("HEAD", "2　" + S2),
    ("I", "2-(1)", S2, "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", d1, None, None, None, None),
    ("I", "2-(2)", S2, "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい", d1, None, None, None, "電子カルテ、PACS、検査システムでリモート保守あり"),
    ("I", "2-(3)", S2, "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     "いいえ", d1, D(2024, 12, 27), "はい", D(2024, 11, 15), "全事業者（7社）から受領"),
    ("SUB", "サーバ"),
    ("I", None, "サーバ", ACC, "はい", d1, None, None, None, None),
    ("I", None, "サーバ", DEL, "はい", d1, None, None, None, None),
    ("I", None, "サーバ", LOG, "はい", d1, None, None, None, None),
    ("I", None, "サーバ", PAT, "はい", d1, None, None, None, None),
    ("I", None, "サーバ", BGS, "はい", d1, None, None, None, None),
    ("SUB", "端末PC"),
    ("I", None, "端末PC", ACC, "はい", d1, None, None, None, None),
    ("I", None, "端末PC", DEL, "はい", d1, None, None, None, "人事異動時に事務部より通知"),
    ("I", None, "端末PC", PAT, "はい", d1, None, None, None, None),
    ("I", None, "端末PC", BGS, "いいえ", d1, D(2024, 10, 31), "はい", D(2024, 10, 25), "事業者と不要サービスを洗い出し停止"),
    ("SUB", "ネットワーク機器"),
    ("I", None, "ネットワーク機器", PAT, "はい", d1, None, None, None, None),
    ("I", None, "ネットワーク機器", SRC, "はい", d1, None, None, None, None),
    ("HEAD", "3　" + S3),
    ("I", "3-(1)", S3, "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", "はい", d1, None, None, None, None),
    ("I", "3-(2)", S3, "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", "はい", d1, None, None, None, None),
    ("I", "3-(3)", S3, "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
     "いいえ", d1, D(2025, 3, 31), "いいえ", D(2024, 11, 15), "BCP策定の確認表を用いて策定中"),
]

wb = Workbook()
ws = wb.active
ws.title = SHEET
thin = Side(style="thin")
border = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")
for c, w in {"A": 7, "B": 14, "C": 56, "D": 8, "E": 12, "F": 12, "G": 8, "H": 12, "I": 30}.items():
    ws.column_dimensions[c].width = w

ws.merge_cells("A1:I1")
ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
ws["A1"].font = Font(size=14, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
ws["I2"] = "医療機関確認用"; ws["I2"].border = border; ws["I2"].alignment = center
ws["A3"] = "医療機関名"; ws.merge_cells("A3:B3")
ws["A3"].alignment = center; ws["A3"].border = border
ws.merge_cells("C3:F3"); ws["C3"] = FACILITY
for c in "ABCDEF":
    ws[f"{c}3"].border = border
ws.merge_cells("A4:I4")
ws["A4"] = "※「前提」が「いいえ」の場合、以降の項目の記入は不要です。1回目の確認で「いいえ」の場合は目標日を記入し、対応後に2回目の確認を行ってください。"
ws["A4"].font = Font(size=9)

hr1, hr2 = 6, 7
ws.merge_cells(f"A{hr1}:A{hr2}"); ws[f"A{hr1}"] = "項番"
ws.merge_cells(f"B{hr1}:B{hr2}"); ws[f"B{hr1}"] = "区分"
ws.merge_cells(f"C{hr1}:C{hr2}"); ws[f"C{hr1}"] = "チェック項目"
ws.merge_cells(f"D{hr1}:E{hr1}"); ws[f"D{hr1}"] = "1回目"
ws.merge_cells(f"F{hr1}:F{hr2}"); ws[f"F{hr1}"] = "目標日"
ws.merge_cells(f"G{hr1}:H{hr1}"); ws[f"G{hr1}"] = "2回目"
ws.merge_cells(f"I{hr1}:I{hr2}"); ws[f"I{hr1}"] = "備考"
for c, t in zip("DEGH", ["はい/いいえ", "確認日", "はい/いいえ", "確認日"]):
    ws[f"{c}{hr2}"] = t
for r in (hr1, hr2):
    for c in "ABCDEFGHI":
        cell = ws[f"{c}{r}"]
        cell.border = border; cell.alignment = center
        cell.font = Font(bold=True); cell.fill = PatternFill("solid", fgColor="D9E1F2")

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

entries = []
r = hr2 + 1
first_item_row = r
for row in rows:
    if row[0] in ("HEAD", "SUB"):
        if row[0] == "HEAD":
            ws.merge_cells(f"A{r}:I{r}")
            ws[f"A{r}"] = row[1]
            ws[f"A{r}"].fill = PatternFill("solid", fgColor="EDEDED")
        else:
            ws[f"B{r}"] = "【" + row[1] + "】"
            ws.merge_cells(f"B{r}:I{r}")
        ws[f"A{r}"].font = Font(bold=True); ws[f"B{r}"].font = Font(bold=True)
        for c in "ABCDEFGHI":
            ws[f"{c}{r}"].border = border
        r += 1
        continue
    _, no, sec, item, a1, da1, tg, a2, da2, rem = row
    ws[f"A{r}"] = no
    ws[f"B{r}"] = sec if sec in ("サーバ", "端末PC", "ネットワーク機器", "前提") else None
    ws[f"C{r}"] = item
    for c, v in zip("DEFGHI", [a1, da1, tg, a2, da2, rem]):
        ws[f"{c}{r}"] = v
        if isinstance(v, dt.date):
            ws[f"{c}{r}"].number_format = "yyyy/mm/dd"
    for c in "ABCDEFGHI":
        ws[f"{c}{r}"].border = border
        ws[f"{c}{r}"].alignment = wrap if c in "CI" else center
    dv.add(f"D{r}"); dv.add(f"G{r}")
    ws.row_dimensions[r].height = 33
    e = {"section": sec, "item": item}
    if no: e["itemNo"] = no
    e["firstAnswer"] = a1; e["firstDate"] = da1.isoformat()
    if tg: e["targetDate"] = tg.isoformat()
    if a2: e["secondAnswer"] = a2
    if da2: e["secondDate"] = da2.isoformat()
    if rem: e["remarks"] = rem
    entries.append(e)
    r += 1
last = r - 1

# small tally below the table (formulas, no cached values as saved by openpyxl)
r += 1
ws[f"C{r}"] = "1回目「はい」の件数"; ws[f"D{r}"] = f'=COUNTIF(D{first_item_row}:D{last},"はい")'
ws[f"C{r+1}"] = "1回目「いいえ」の件数"; ws[f"D{r+1}"] = f'=COUNTIF(D{first_item_row}:D{last},"いいえ")'
ws[f"C{r+2}"] = "記入者：情報システム課　佐伯"
ws.print_title_rows = f"{hr1}:{hr2}"
ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
exp = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [],
    "notes": "One flat table with a 区分 column; headings 1 体制構築 / 2 医療情報システムの管理・運用 / 3 インシデント発生に備えた対応 are heading rows, "
             "section for items 1-(1), 2-(1)..2-(3), 3-(x) is the heading text without its number. Device-class items (サーバ/端末PC/ネットワーク機器) carry no 項番 "
             "in this workbook so itemNo is omitted for them and for 前提. Dates are Excel date cells. The tally rows below the table are COUNTIF formulas "
             "without cached values (not data). The password item is not on this sheet (R6 device items as in the seed article).",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("wrote", out)

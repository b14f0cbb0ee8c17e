#!/usr/bin/python3
# Generator for clv-w21-b-okayama-style-answer-date-in-cell.xlsx (checklist-vendor, R6)
# Layout: print-style sheet copied from the Okayama 「最低限の措置」 checklist look:
#   チェック項目 | 確認結果（日付）: 1回目 / 目標日 / 2回目 | 備考
# each answer cell was pre-printed 「はい・いいえ　(　/　)」 and the filler deleted one option and typed
# the year-less date into the brackets; unused cells keep the template text.  Header as 「項目：値」 in one
# cell; numbered headings １．２．３． with (1)(2) items; 【サーバ】 etc. sub-headings; a hidden 選択肢 sheet.
# Re-saved by LibreOffice.  Planted: a いいえ without 目標日; 2回目 date before 1回目 date.
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w21-b-okayama-style-answer-date-in-cell"
SHEET = "チェックリスト(事業者)"

VENDOR = "株式会社サンライズ医療情報"
SYSTEM = "医事会計システム（レセプトコンピュータ）"
HOSP = "社会医療法人 青葉会 青葉記念病院"

TPL_ANS = "はい・いいえ　(　/　)"
TPL_DATE = "(　/　)"

# rows: ("H", heading text, section) or ("S", subheading, section) or
#       ("I", itemNo-label, itemNo-canonical, section, item, cellB, cellC, cellD, remarks, json-fields)
R = []
def H(t): R.append(("H", t))
def I(lbl, no, sec, item, b, c, d, rem, js): R.append(("I", lbl, no, sec, item, b, c, d, rem, js))

S1, S2, S3 = "体制構築", "医療情報システムの管理・運用", "インシデント発生に備えた対応"
OK = ("はい　(10/8)", TPL_DATE, TPL_ANS)
OKJ = {"firstAnswer": "はい", "firstDate": "2024-10-08"}

H("１．" + S1)
I("(1)", "1-(1)", S1, "事業者内に医療情報システム等の提供に係る管理責任者を設置している", *OK, "", OKJ)
H("２．" + S2)
I("(1)", "2-(1)", S2, "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", *OK, "", OKJ)
I("(2)", "2-(2)", S2, "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した",
  "いいえ　(10/21)", "(11/15)", "はい　(10/12)", "保守用回線1系統あり",
  {"firstAnswer": "いいえ", "firstDate": "2024-10-21", "targetDate": "2024-11-15",
   "secondAnswer": "はい", "secondDate": "2024-10-12"})
I("(3)", "2-(3)", S2, "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
  "いいえ　(10/8)", "(11/29)", "はい　(11/26)", "11/26 MDS/SDS郵送済",
  {"firstAnswer": "いいえ", "firstDate": "2024-10-08", "targetDate": "2024-11-29",
   "secondAnswer": "はい", "secondDate": "2024-11-26"})
H("【サーバ】")
I("", None, "サーバ", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", *OK, "", OKJ)
I("", None, "サーバ", "退職者や使用していないアカウント等、不要なアカウントを削除している", *OK, "", OKJ)
I("", None, "サーバ", "アクセスログを管理している", *OK, "", OKJ)
I("", None, "サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
  "いいえ　(10/8)", "(12/27)", "はい　(12/24)", "年末の定期保守時に適用",
  {"firstAnswer": "いいえ", "firstDate": "2024-10-08", "targetDate": "2024-12-27",
   "secondAnswer": "はい", "secondDate": "2024-12-24"})
I("", None, "サーバ", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", *OK, "", OKJ)
H("【端末PC】")
I("", None, "端末PC", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", *OK, "", OKJ)
I("", None, "端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している",
  "いいえ　(10/8)", TPL_DATE, TPL_ANS, "退職者アカウントを棚卸し中",
  {"firstAnswer": "いいえ", "firstDate": "2024-10-08"})
I("", None, "端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", *OK, "", OKJ)
I("", None, "端末PC", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", *OK, "", OKJ)
H("【ネットワーク機器】")
I("", None, "ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", *OK, "", OKJ)
I("", None, "ネットワーク機器", "接続元制限を実施している", *OK, "", OKJ)
H("３．" + S3)
I("(1)", "3-(1)", S3, "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある", *OK, "", OKJ)
I("(2)", "3-(2)", S3, "医療機関と協力し、インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している",
  "いいえ　(10/8)", "(2/28)", TPL_ANS, "復旧手順書を病院と協議中",
  {"firstAnswer": "いいえ", "firstDate": "2024-10-08", "targetDate": "2025-02-28"})

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="E7E6E6")

wb = Workbook()
ws = wb.active
ws.title = SHEET
ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "事業者確認用"
ws["A2"].font = Font(bold=True)
ws["A4"] = "事業者名：" + VENDOR
ws["A5"] = "対象システム：" + SYSTEM
ws["A6"] = "提出先医療機関名：" + HOSP
ws["A8"] = "※ 該当しない方の「はい・いいえ」を消し、( / )に確認日を記入してください。1回目で「いいえ」の場合は目標日を記入してください。"
ws["A8"].font = Font(size=9)

H1, H2 = 10, 11
ws.cell(H1, 1, "チェック項目")
ws.cell(H1, 2, "確認結果（日付）")
ws.cell(H1, 5, "備考")
ws.cell(H2, 2, "1回目")
ws.cell(H2, 3, "目標日")
ws.cell(H2, 4, "2回目")
ws.merge_cells("A10:A11")
ws.merge_cells("B10:D10")
ws.merge_cells("E10:E11")
for r in (H1, H2):
    for c in range(1, 6):
        ws.cell(r, c).border = box
        ws.cell(r, c).alignment = center
        ws.cell(r, c).fill = grey
        ws.cell(r, c).font = Font(bold=True)

entries, rowmap = [], {}
r = H2 + 1
for row in R:
    if row[0] == "H":
        ws.cell(r, 1, row[1]).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        for c in range(1, 6):
            ws.cell(r, c).border = box
    else:
        _, lbl, no, sec, item, b, c_, d, rem, js = row
        ws.cell(r, 1, (lbl + " " if lbl else "") + item).alignment = wrap
        ws.cell(r, 2, b).alignment = center
        ws.cell(r, 3, c_).alignment = center
        ws.cell(r, 4, d).alignment = center
        ws.cell(r, 5, rem or None).alignment = wrap
        for cc in range(1, 6):
            ws.cell(r, cc).border = box
        e = {"section": sec, "item": item}
        if no:
            e["itemNo"] = no
        e.update(js)
        if rem:
            e["remarks"] = rem
        rowmap[len(entries)] = r
        entries.append(e)
    r += 1

for k, v in {"A": 62, "B": 17, "C": 10, "D": 17, "E": 26}.items():
    ws.column_dimensions[k].width = v
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1

wl = wb.create_sheet("選択肢")
wl["A1"], wl["A2"] = "はい", "いいえ"
wl.sheet_state = "hidden"

tmpd = tempfile.mkdtemp(prefix="clvb_")
src = os.path.join(tmpd, NAME + ".xlsx")
wb.save(src)
outd = os.path.join(tmpd, "out")
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, src],
               check=True, capture_output=True)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
shutil.rmtree(tmpd)

p_tgt = rowmap[10]   # 端末PC 不要なアカウント削除
p_ord = rowmap[2]    # 2-(2)
exp = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "vendorName": VENDOR,
        "targetSystem": SYSTEM,
        "hospitalName": HOSP,
        "entries": entries,
    },
    "planted": [
        {"cells": [f"{SHEET}!C{p_tgt}"], "paths": ["entries[10].targetDate"],
         "why": "1回目が「いいえ」なのに目標日が空欄（テンプレートの「(　/　)」のまま）。いいえ ⇒ 目標日必須"},
        {"cells": [f"{SHEET}!B{p_ord}", f"{SHEET}!D{p_ord}"], "paths": ["entries[2].secondDate", "entries[2].firstDate"],
         "why": "2回目の確認日 10/12 (2024-10-12) が1回目の確認日 10/21 (2024-10-21) より前"},
    ],
    "notes": "Answer and date share one cell: the template text 「はい・いいえ　(　/　)」 had one option deleted and a "
             "year-less date typed in (R6 form: Oct-Dec = 2024, Jan-Mar = 2025). Cells still holding the untouched "
             "template 「はい・いいえ　(　/　)」 or 「(　/　)」 are blank (no answer). Item numbers are shown as (1),(2) "
             "under headings １．２．３．, given as itemNo 1-(1) etc.; the number prefix is not part of the item text. "
             "Device-class items under 【サーバ】【端末PC】【ネットワーク機器】 have no number. Section = heading text "
             "without its number / brackets. Vendor item wording other than 1-(1) and 2-(3) is my reconstruction. "
             "Hidden sheet 選択肢 is a list only. File re-saved by LibreOffice.",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("done; planted rows", p_tgt, p_ord)

# Generator: clv-w33-b-printed-choice-cells-yearless.xlsx (checklist-vendor, R6, 2 planted problems)
# Built with openpyxl in /tmp, then re-saved by LibreOffice into the output folder.
import sys, json, subprocess, os, shutil
sys.path.insert(0, "/tmp/clvins_pylib")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side

OUT = "/work/blind/wave33/checklist-vendor/"
NAME = "clv-w33-b-printed-choice-cells-yearless"
TMP = "/tmp/clvins_work/"
os.makedirs(TMP, exist_ok=True)
SHEET = "事業者確認用"

BLANK1 = "はい・いいえ (　/　)"   # untouched printed choice cell
BLANKT = "(　/　)"

# (heading or None, section, item text)
ROWS = [
 ("H", "1．体制構築"),
 ("I", "体制構築", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。"),
 ("H", "2．医療情報システム全般"),
 ("I", "医療情報システム全般", "医療機関が行うサーバ、端末PC、ネットワーク機器の台帳管理に必要な情報を提供している。"),
 ("I", "医療情報システム全般", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。"),
 ("I", "医療情報システム全般", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。"),
 ("H", "　■サーバ"),
 ("I", "サーバ", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。"),
 ("I", "サーバ", "退職者や使用していないアカウント等、不要なアカウントを削除している。"),
 ("I", "サーバ", "アクセスログを管理している。"),
 ("I", "サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。"),
 ("I", "サーバ", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。"),
 ("H", "　■端末PC"),
 ("I", "端末PC", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。"),
 ("I", "端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している。"),
 ("I", "端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。"),
 ("I", "端末PC", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。"),
 ("H", "　■ネットワーク機器"),
 ("I", "ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。"),
 ("I", "ネットワーク機器", "接続元制限を実施している。"),
 ("H", "3．インシデント発生に備えた対応"),
 ("I", "インシデント発生に備えた対応", "インシデント発生時における医療機関及び事業者内の連絡体制図がある。"),
 ("I", "インシデント発生に備えた対応", "医療機関と協力し、インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している。"),
]
# per item (in order): (1回目 cell, 目標日 cell, 2回目 cell, 備考, canonical dict)
def yes(d, rem=None):
    return ("はい (%s)" % d, BLANKT, BLANK1, rem)
ANS = [
 yes("10/21", "管理責任者：品質保証部長"),
 yes("10/21"),
 yes("10/21", "当社システムはリモート保守なし（オンサイト保守のみ）"),
 yes("10/21", "SDS提出（R6.9.30）"),
 yes("10/21"),
 yes("10/21"),
 yes("10/21", "ログ保存期間5年"),
 ("いいえ (10/21)", "(12/20)", "はい (12/19)", "医事サーバのWindows更新を12月定期保守で適用"),
 yes("10/21"),
 yes("10/21", "医事端末 12台"),
 ("いいえ (10/21)", BLANKT, BLANK1, "退職者アカウントの棚卸しを病院と調整中"),   # PLANT: no 目標日
 yes("10/21"),
 yes("10/21"),
 yes("10/22"),
 ("いいえ (11/5)", "(12/20)", "はい (10/30)", "保守回線の接続元IP制限を設定"),        # PLANT: 2回目 before 1回目
 yes("10/22"),
 yes("10/22", "バックアップからの復旧手順書を病院へ提出済"),
]
HEAD = [("事業者名", "vendorName", "株式会社せとうち医療情報サービス"),
        ("対象システム", "targetSystem", "医事会計システム（レセプトコンピュータ）SetoRece"),
        ("提出先医療機関名", "hospitalName", "医療法人晴天会 津山ひかり病院")]

wb = Workbook()
g = wb.active; g.title = "記入要領"
notes = ["【記入要領】",
 "１．本チェックリストは、医療機関と契約している事業者が、システムごとに記入してください。",
 "２．確認結果欄は「はい・いいえ」のうち該当しない方を削除し、（　/　）に確認した日付を記入してください。",
 "３．1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を目標日欄に記入してください。",
 "４．目標日までに対応した後、2回目の確認結果と日付を記入してください。",
 "５．記入例の行は参考です（提出時は削除しなくて構いません）。",
 "６．記入後、医療機関の担当者へメールで提出してください。"]
for i, t in enumerate(notes, 1):
    g.cell(i, 1, t)
g["A1"].font = Font(bold=True, size=12); g.column_dimensions["A"].width = 100

ws = wb.create_sheet(SHEET)
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
for col, w in zip("ABCDEF", [6, 60, 17, 10, 17, 36]):
    ws.column_dimensions[col].width = w
ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"; ws["B1"].font = Font(bold=True, size=13)
ws["B2"] = "事業者確認用（令和6年度版）"; ws["B2"].font = Font(bold=True)
r = 4
for lab, key, val in HEAD:
    ws.cell(r, 2, "%s：%s" % (lab, val))
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    r += 1
ws["B8"] = "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。"
ws["B8"].font = Font(size=9)
# header
ws["B10"] = "チェック項目"; ws["C10"] = "確認結果（日付）"; ws["F10"] = "備考"
ws["C11"] = "1回目"; ws["D11"] = "目標日"; ws["E11"] = "2回目"
ws.merge_cells("B10:B11"); ws.merge_cells("C10:E10"); ws.merge_cells("F10:F11")
for rr in (10, 11):
    for c in range(2, 7):
        cl = ws.cell(rr, c); cl.border = B; cl.font = Font(bold=True)
        cl.alignment = Alignment(horizontal="center", vertical="center")
# 記入例 row
ws["A12"] = "記入例"
ex = ["事業者内に、管理責任者を設置している。", "いいえ (4/1)", "(4/30)", "はい (4/25)", "4/25 責任者を任命"]
for c, v in enumerate(ex, 2):
    cl = ws.cell(12, c, v); cl.border = B; cl.font = Font(color="0070C0", italic=True)
ws["A12"].font = Font(color="0070C0", bold=True)
r = 13; k = 0
cellmap = []
for row in ROWS:
    if row[0] == "H":
        ws.cell(r, 2, row[1]).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        for c in range(2, 7): ws.cell(r, c).border = B
    else:
        f, t, s, rem = ANS[k]
        for c, v in enumerate([row[2], f, t, s, rem], 2):
            cl = ws.cell(r, c, v); cl.border = B
            cl.alignment = Alignment(wrap_text=True, vertical="center", horizontal="left" if c in (2, 6) else "center")
        cellmap.append(r); k += 1
    r += 1
ws.page_setup.orientation = "landscape"
wb.active = 1
tmpf = TMP + NAME + ".xlsx"
wb.save(tmpf)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, tmpf], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

# expected
import re
def md(s, default_year_rule=True):
    m = re.search(r"\((\d+)/(\d+)\)", s)
    if not m: return None
    mo, d = int(m.group(1)), int(m.group(2))
    y = 2024 if mo >= 4 else 2025
    return "%04d-%02d-%02d" % (y, mo, d)
entries = []; k = 0
for row in ROWS:
    if row[0] != "I": continue
    f, t, s, rem = ANS[k]; k += 1
    e = {"section": row[1], "item": row[2], "firstAnswer": f.split()[0], "firstDate": md(f)}
    if md(t): e["targetDate"] = md(t)
    if s != BLANK1:
        e["secondAnswer"] = s.split()[0]; e["secondDate"] = md(s)
    if rem: e["remarks"] = rem
    entries.append(e)
vals = {key: val for _, key, val in HEAD}; vals["entries"] = entries
exp = {"form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx", "values": vals,
  "planted": [
   {"cells": ["%s!D%d" % (SHEET, cellmap[10])], "paths": ["entries[10].targetDate"],
    "why": "1回目が「いいえ」なのに目標日が未記入（印刷された「(　/　)」のまま）。いいえ ⇒ 目標日必須"},
   {"cells": ["%s!E%d" % (SHEET, cellmap[14]), "%s!C%d" % (SHEET, cellmap[14])], "paths": ["entries[14].secondDate"],
    "why": "2回目の確認日 10/30 (2024-10-30) が1回目の確認日 11/5 (2024-11-05) より前"}],
  "notes": "Re-saved by LibreOffice. Sheet '記入要領' is instructions only. Header in one cell each as '項目：値' (B4:B6). "
           "Answer cells follow the printed 'はい・いいえ (　/　)' style: the filler deleted the option not chosen and wrote a year-less date, e.g. 'はい (10/21)' = はい, 2024-10-21. "
           "Cells still reading 'はい・いいえ (　/　)' or '(　/　)' are untouched template text = blank. Row 12 is a labelled 記入例 (A12) and is not data. "
           "Heading rows (13, 15, 19, 25, 30, 33) give the section; section values drop the heading number and the ■ mark. "
           "Item wording (except 1-(1), 2-(3)) is my parallel of the hospital items; no item numbers are shown, so itemNo is omitted."}
json.dump(exp, open(OUT + NAME + ".expected.json", "w"), ensure_ascii=False, indent=2)

# Generator: clv-w30-b-questionnaire-circle-marks.xlsx  (checklist-vendor, R6, 2 planted problems)
# Run: PYTHONPATH=/tmp/clvins_py /usr/bin/python3 THIS.py   (re-saves through LibreOffice headless)
import json, os, shutil, subprocess, tempfile, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w30-b-questionnaire-circle-marks"
SHEET = "事業者確認用"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
left = Alignment(vertical="center", wrap_text=True)
F = "游ゴシック"
D = dt.datetime

wb = Workbook(); ws = wb.active; ws.title = SHEET
for k, v in {"A": 8, "B": 40, "C": 6, "D": 6, "E": 11, "F": 11, "G": 6, "H": 6, "I": 11, "J": 30}.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "サイバーセキュリティ対策チェックリスト【事業者確認用】（R6年度版）"
ws["A1"].font = Font(name=F, size=13, bold=True)
hospital = "社会医療法人 明和会 旭川中央病院"
vendor = "株式会社ちゅうごく医療情報サービス"
system = "医事会計システム（レセプトコンピュータ）"
for r, t in ((3, "提出先医療機関名：" + hospital), (4, "事業者名：" + vendor), (5, "対象システム：" + system)):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
    ws.cell(row=r, column=1, value=t).font = Font(name=F, size=11)
    for c in range(1, 7):
        ws.cell(row=r, column=c).border = Border(bottom=thin)
ws["A6"] = "該当する欄に○を記入してください。1回目「いいえ」の場合は目標日を記入。"
ws["A6"].font = Font(name=F, size=9, color="C00000")

gray = PatternFill("solid", fgColor="DDEBF7")
def h(rng, text):
    if ":" in rng: ws.merge_cells(rng)
    c = ws[rng.split(":")[0]]; c.value = text; c.alignment = center; c.fill = gray
    c.font = Font(name=F, size=10, bold=True)
h("A8:A9", "項番"); h("B8:B9", "確認項目"); h("C8:F8", "1回目"); h("G8:I8", "2回目"); h("J8:J9", "備考")
for col, t in zip("CDEFGHI", ["はい", "いいえ", "確認日", "目標日", "はい", "いいえ", "確認日"]):
    h(f"{col}9", t)
for r in (8, 9):
    for c in range(1, 11):
        ws.cell(row=r, column=c).border = box

# 記入例 row (to be ignored)
ex = ["記入例", "（例）〇〇を実施している", None, "○", D(2024, 10, 1), "R6.12.20", "○", None, D(2024, 12, 20), "（例）12月に対応済"]
for c, v in enumerate(ex, 1):
    cell = ws.cell(row=10, column=c, value=v); cell.border = box
    cell.font = Font(name=F, size=9, italic=True, color="808080")
    cell.alignment = center if c not in (2, 10) else left
    if isinstance(v, dt.datetime): cell.number_format = "yyyy/m/d"

Y, N = "はい", "いいえ"
d1 = D(2024, 11, 5)
# (heading) or (no, shown, full item, section, first, fdate, target(text, iso), second, sdate, remarks)
rows = [
 ("■1 体制構築",),
 ("1-(1)", "管理責任者の設置（事業者内）", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している", "体制構築", Y, d1, None, None, None, None),
 ("■2 医療情報システムの管理・運用",),
 ("2-(1)", "サーバ・端末PC・NW機器の台帳管理", "医療機関に提供しているサーバ、端末PC、ネットワーク機器の台帳管理を行っている", "医療情報システムの管理・運用", Y, d1, None, None, None, None),
 ("2-(2)", "リモートメンテナンス機器の有無の確認・報告", "リモートメンテナンス（保守）を行っている機器の有無を確認し、医療機関に報告した", "医療情報システムの管理・運用", Y, d1, None, None, None, "リモート保守なし（オンサイト保守のみ）"),
 ("2-(3)", "MDS/SDSの提出", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した", "医療情報システムの管理・運用", Y, d1, None, None, None, None),
 ("〔サーバ〕",),
 (None, "アクセス利用権限の設定（職種・業務別）", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "サーバ", Y, d1, None, None, None, None),
 (None, "不要アカウントの削除", "退職者や使用していないアカウント等、不要なアカウントを削除している", "サーバ", N, d1, ("R6.12.27", "2024-12-27"), Y, D(2024, 12, 25), "退職者アカウント3件削除"),
 (None, "アクセスログの管理", "アクセスログを管理している", "サーバ", Y, d1, None, None, None, None),
 (None, "パスワード（英数記号8文字以上・定期変更）", "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している", "サーバ", Y, d1, None, None, None, None),
 (None, "セキュリティパッチの適用", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "サーバ", N, d1, None, None, None, "次回定期保守で適用予定"),   # PLANT: no 目標日
 (None, "不要なソフトウェア・サービスの停止", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "サーバ", Y, d1, None, None, None, None),
 ("〔端末PC〕",),
 (None, "アクセス利用権限の設定（職種・業務別）", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "端末PC", Y, d1, None, None, None, None),
 (None, "不要アカウントの削除", "退職者や使用していないアカウント等、不要なアカウントを削除している", "端末PC", Y, d1, None, None, None, None),
 (None, "パスワード（英数記号8文字以上・定期変更）", "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している", "端末PC", N, d1, ("R7.2.28", "2025-02-28"), Y, D(2024, 10, 30), None),  # PLANT: 2回目 before 1回目
 (None, "セキュリティパッチの適用", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "端末PC", Y, d1, None, None, None, None),
 (None, "不要なソフトウェア・サービスの停止", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "端末PC", Y, d1, None, None, None, None),
 ("〔ネットワーク機器〕",),
 (None, "パスワード（英数記号8文字以上・定期変更）", "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している", "ネットワーク機器", Y, d1, None, None, None, None),
 (None, "セキュリティパッチの適用", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "ネットワーク機器", Y, D(2024, 11, 6), None, None, None, None),
 (None, "接続元制限の実施", "接続元制限を実施している", "ネットワーク機器", Y, D(2024, 11, 6), None, None, None, None),
 ("■3 インシデントに備えた対応",),
 ("3-(1)", "連絡体制図（医療機関・事業者内）", "インシデント発生時における医療機関及び事業者内の連絡体制図がある", "インシデントに備えた対応", Y, D(2024, 11, 6), None, None, None, None),
 ("3-(2)", "バックアップ実施・復旧手順の確認", "医療機関が診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を、医療機関と確認している", "インシデントに備えた対応", Y, D(2024, 11, 6), None, None, None, "日次バックアップ／復旧手順書 第2版"),
]

entries = []; planted = []
r = 11
for row in rows:
    if len(row) == 1:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        c = ws.cell(row=r, column=1, value=row[0]); c.font = Font(name=F, size=10, bold=True)
        c.fill = PatternFill("solid", fgColor="F2F2F2")
        for cc in range(1, 11): ws.cell(row=r, column=cc).border = box
        r += 1; continue
    no, shown, item, sec, fa, fd, td, sa, sd, rem = row
    vals = [no, shown, "○" if fa == Y else None, "○" if fa == N else None, fd,
            td[0] if td else None, "○" if sa == Y else None, "○" if sa == N else None, sd, rem]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(row=r, column=c, value=v); cell.border = box
        cell.font = Font(name=F, size=10)
        cell.alignment = left if c in (2, 10) else center
        if isinstance(v, dt.datetime): cell.number_format = "yyyy/m/d"
    idx = len(entries)
    e = {"section": sec, "item": item}
    if no: e["itemNo"] = no
    e["firstAnswer"] = fa; e["firstDate"] = fd.strftime("%Y-%m-%d")
    if td: e["targetDate"] = td[1]
    if sa: e["secondAnswer"] = sa; e["secondDate"] = sd.strftime("%Y-%m-%d")
    if rem: e["remarks"] = rem
    entries.append(e)
    if sec == "サーバ" and shown == "セキュリティパッチの適用":
        planted.append({"cells": [f"{SHEET}!F{r}"], "paths": [f"entries[{idx}].targetDate"],
                        "why": "1回目「いいえ」なのに目標日が未記入（いいえ ⇒ 目標日必須）"})
    if sec == "端末PC" and shown.startswith("パスワード"):
        planted.append({"cells": [f"{SHEET}!I{r}", f"{SHEET}!E{r}"], "paths": [f"entries[{idx}].secondDate"],
                        "why": "2回目確認日 2024/10/30 が1回目確認日 2024/11/5 より前（2回目の日付は1回目以降でなければならない）"})
    r += 1

ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
ws.freeze_panes = "C10"

tmpd = tempfile.mkdtemp(prefix="clvb_")
src = os.path.join(tmpd, NAME + ".xlsx")
wb.save(src)
outd = os.path.join(tmpd, "lo"); os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmpd)

exp = {"form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
       "values": {"hospitalName": hospital, "vendorName": vendor, "targetSystem": system, "entries": entries},
       "planted": planted,
       "notes": "Header written as '項目：値' in one cell (A3:A5). Answers are ○ marks in the はい / いいえ columns; "
                "1回目/2回目 確認日 are Excel date cells, 目標日 is text in 和暦 abbreviation (R6.12.27, R7.2.28). "
                "Row 10 is a correctly labelled 記入例 row and is not a data row. Workbook shows abbreviated item "
                "labels; 'item' gives the full wording (vendor-side parallel of the catalogue's items). Section "
                "heading rows (■…, 〔…〕) are not entries. Re-saved by LibreOffice."}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)

# Generator: clv-w23-b-cover-sheet-answer-date-in-cell.xlsx  (checklist-vendor, R6, 2 planted problems)
# Role: PACS vendor's field engineer; cover sheet with 「項目：値」 cells + item sheet where answer and date share a cell.
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w23-b-cover-sheet-answer-date-in-cell"
SHEET = "確認項目"

VENDOR = "山陽メディカルイメージング株式会社"
SYSTEM = "部門システム（PACS・画像参照システム）"
HOSP = "社会医療法人 清和会 津山東病院"

S1, S2, S3 = "体制構築", "医療情報システムの管理・運用", "インシデント発生に備えた対応"
# (section shown, canonical section, full item text, text in workbook, c1, c1 canonical(ans,date), target cell, target canon, c2, c2 canon, remarks)
ROWS = [
 (S1, S1, "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。",
  "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。",
  "はい (9/24)", ("はい", "2024-09-24"), None, None, None, None, "技術部長"),
 (S2, S2, "医療機関に提供したサーバ、端末PC、ネットワーク機器の台帳管理を行っている。",
  "提供したサーバ・端末PC・NW機器の台帳管理を行っている。",
  "はい (9/24)", ("はい", "2024-09-24"), None, None, None, None, None),
 (S2, S2, "リモートメンテナンス（保守）を利用している機器の有無を確認し、医療機関に報告した。",
  "リモートメンテナンス（保守）利用機器の有無を確認し、医療機関に報告した。",
  "はい (9/24)", ("はい", "2024-09-24"), None, None, None, None, "PACSサーバ1台（保守回線経由）"),
 (S2, S2, "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。",
  "医療機関にMDS/SDSを提出した。",
  "いいえ (9/24)", ("いいえ", "2024-09-24"), "(11/15)", "2024-11-15", "はい (11/12)", ("はい", "2024-11-12"), "11/12 メールにて提出"),
 ("サーバ", "サーバ", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
  "職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
  "はい (9/24)", ("はい", "2024-09-24"), None, None, None, None, None),
 ("サーバ", "サーバ", "退職者や使用していないアカウント等、不要なアカウントを削除している。",
  "退職者や使用していないアカウント等、不要なアカウントを削除している。",
  "はい（9/24）", ("はい", "2024-09-24"), None, None, None, None, "病院側で年2回棚卸し"),
 ("サーバ", "サーバ", "アクセスログを管理している。",
  "アクセスログを管理している。",
  "いいえ (9/24)", ("いいえ", "2024-09-24"), None, None, None, None, "ログ保存期間の設定見直し中"),   # PLANT 1: no 目標日
 ("サーバ", "サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
  "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
  "はい (9/24)", ("はい", "2024-09-24"), None, None, None, None, None),
 ("サーバ", "サーバ", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
  "不要なソフトウェア及びサービスを停止している。",
  "はい (9/24)", ("はい", "2024-09-24"), None, None, None, None, None),
 ("端末PC", "端末PC", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
  "職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
  "はい (9/25)", ("はい", "2024-09-25"), None, None, None, None, "読影端末3台"),
 ("端末PC", "端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している。",
  "不要なアカウントを削除している。",
  "はい (9/25)", ("はい", "2024-09-25"), None, None, None, None, None),
 ("端末PC", "端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
  "セキュリティパッチを適用している。",
  "はい (9/25)", ("はい", "2024-09-25"), None, None, None, None, None),
 ("端末PC", "端末PC", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
  "不要なソフトウェア及びサービスを停止している。",
  "はい (9/25)", ("はい", "2024-09-25"), None, None, None, None, None),
 ("ネットワーク機器", "ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
  "セキュリティパッチ（最新ファームウェア等）を適用している。",
  "いいえ (9/25)", ("いいえ", "2024-09-25"), "R7.6.30", "2025-06-30", None, None, "保守用ルータ更改に合わせて対応予定"),  # PLANT 2: outside FY
 ("ネットワーク機器", "ネットワーク機器", "接続元制限を実施している。",
  "接続元制限を実施している。",
  "はい (9/25)", ("はい", "2024-09-25"), None, None, None, None, "当社保守センターのみ"),
 (S3, S3, "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある。",
  "インシデント発生時の連絡体制図（社内・医療機関・厚労省・警察等）がある。",
  "はい (9/24)", ("はい", "2024-09-24"), None, None, None, None, None),
 (S3, S3, "インシデント発生時に診療を継続するために必要な情報を医療機関と検討し、データやシステムのバックアップの実施と復旧手順を確認している。",
  "診療継続に必要な情報を医療機関と検討し、バックアップの実施と復旧手順を確認している。",
  "はい (9/24)", ("はい", "2024-09-24"), None, None, None, None, "画像は院外バックアップ有"),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
cv = wb.active
cv.title = "表紙"
cv.column_dimensions["A"].width = 70
cv["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）"
cv["A1"].font = Font(bold=True, size=13)
cv["A2"] = "令和６年度版"
cv["A4"] = f"事業者名：{VENDOR}"
cv["A5"] = f"対象システム：{SYSTEM}"
cv["A6"] = f"提出先医療機関名：{HOSP}"
cv["A8"] = "記入者：技術部 フィールドサービス課　三宅 健太"
cv["A9"] = "連絡先：086-231-5570（代表）"
cv["A11"] = "※確認項目は「確認項目」シートに記入しています。"
for r in (4, 5, 6):
    cv[f"A{r}"].border = Border(bottom=thin)

ws = wb.create_sheet(SHEET)
for k, v in {"A": 16, "B": 50, "C": 15, "D": 11, "E": 15, "F": 28}.items():
    ws.column_dimensions[k].width = v
ws["A1"] = "チェック項目（事業者確認用）"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "※1回目・2回目は「はい」「いいえ」と確認日を（　）内に記入。「いいえ」の場合は目標日を記入。"
ws["A2"].font = Font(size=9)
hdr = ["区分", "確認項目", "1回目\n（はい・いいえ／日付）", "目標日", "2回目\n（はい・いいえ／日付）", "備考"]
HR = 4
for c, t in enumerate(hdr, 1):
    cell = ws.cell(HR, c, t); cell.border = B; cell.alignment = ctr; cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor="FCE4D6")
ws.row_dimensions[HR].height = 32
ex = ["記入例", "（例）○○を実施している。", "いいえ (9/1)", "(12/1)", "はい (11/28)", "記入例です（この行は集計しません）"]
for c, t in enumerate(ex, 1):
    cell = ws.cell(HR + 1, c, t); cell.border = B; cell.font = Font(color="808080", italic=True)
    cell.alignment = wrap

entries = []
planted = []
r = HR + 2
for i, (sec, secc, full, short, c1, c1c, tg, tgc, c2, c2c, rem) in enumerate(ROWS):
    vals = [sec, short, c1, tg, c2, rem]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v); cell.border = B
        cell.alignment = wrap if c in (1, 2, 6) else ctr
    ws.row_dimensions[r].height = 30
    e = {"section": secc, "item": full, "firstAnswer": c1c[0], "firstDate": c1c[1]}
    if tgc: e["targetDate"] = tgc
    if c2c: e["secondAnswer"] = c2c[0]; e["secondDate"] = c2c[1]
    if rem: e["remarks"] = rem
    entries.append(e)
    if full == "アクセスログを管理している。":
        planted.append({"cells": [f"{SHEET}!D{r}"], "paths": [f"entries[{i}].targetDate"],
                        "why": "1回目が「いいえ」なのに目標日が未記入（いいえ ⇒ 目標日必須）"})
    if sec == "ネットワーク機器" and tg == "R7.6.30":
        planted.append({"cells": [f"{SHEET}!D{r}"], "paths": [f"entries[{i}].targetDate"],
                        "why": "目標日 R7.6.30 (2025-06-30) が令和6年度（2025-03-31まで）の範囲外"})
    r += 1

ws.freeze_panes = f"C{HR+1}"
ws.page_setup.orientation = "landscape"

tmpd = tempfile.mkdtemp()
tmp = os.path.join(tmpd, NAME + ".xlsx")
wb.save(tmp)
# re-save with LibreOffice, as the vendor's office PC does
outd = os.path.join(tmpd, "out"); os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, tmp], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))

exp = {"form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
       "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSP, "entries": entries},
       "planted": planted,
       "notes": ("Header on sheet 表紙 as 「項目：値」 in one cell (記入者/連絡先 lines are not fields). Items on sheet 確認項目; "
                 "row 5 is a correctly labelled 記入例 row (not data). Answer and date share one cell, e.g. 'はい (9/24)' or 'はい（9/24）'; "
                 "dates are year-less (R6 fiscal year: 9/24 = 2024-09-24) except one target date in 和暦 'R7.6.30'. "
                 "Item texts are abbreviated in the workbook; 'item' gives the full wording. No item numbers shown (itemNo omitted). "
                 "Item wording other than 1-(1) and MDS/SDS is the author's reconstruction of the vendor-side parallel items. "
                 "Re-saved by LibreOffice.")}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", planted)

# Generator for clv-w27-b-combined-answer-date.xlsx (checklist-vendor, R6, 2 planted problems)
# Written by openpyxl to /tmp, then re-saved by LibreOffice into the output folder.
import json, os, subprocess, shutil
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = "/work/blind/wave27/checklist-vendor"
NAME = "clv-w27-b-combined-answer-date"
TMP = "/tmp/w27clv"
F = "游ゴシック"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="top")

hospital = "医療法人清風会　西大寺みどり病院"
vendor = "株式会社サンヨー医事コンピュータ　岡山支店"
system = "医事会計システム（レセプトコンピュータ）「医事王NEXT」"
SHEET = "事業者確認用"

# (区分 shown, section canonical, abbreviated text shown, full item, 1st cell, 1st ans, 1st date, target cell, target,
#  2nd cell, 2nd ans, 2nd date, remarks)
R = [
 ("体制構築", "体制構築", "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
  "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。", "はい（7/22）", "はい", "2024-07-22", None, None, None, None, None, None),
 ("医療情報システム全般", "医療情報システム全般", "サーバ・端末PC・NW機器の台帳管理を行っている",
  "医療機関に提供したサーバ、端末PC、ネットワーク機器の台帳管理を行っている。", "はい（7/22）", "はい", "2024-07-22", None, None, None, None, None, None),
 ("医療情報システム全般", "医療情報システム全般", "リモートメンテナンス利用機器の有無を医療機関に報告した",
  "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。", "いいえ（7/22）", "いいえ", "2024-07-22", "R6.9.30", "2024-09-30", "はい（7/5）", "はい", "2024-07-05", "報告書を院内情報システム担当へ送付"),
 ("医療情報システム全般", "医療情報システム全般", "医療機関にMDS/SDSを提出した",
  "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。", "はい（7/22）", "はい", "2024-07-22", None, None, None, None, None, "MDS提出済（R6.6）"),
 ("サーバ", "サーバ", "アクセス利用権限を設定している（職種・業務別）",
  "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。", "はい（7/22）", "はい", "2024-07-22", None, None, None, None, None, None),
 ("サーバ", "サーバ", "不要なアカウント（退職者等）を削除している",
  "退職者や使用していないアカウント等、不要なアカウントを削除している。", "はい（7/22）", "はい", "2024-07-22", None, None, None, None, None, None),
 ("サーバ", "サーバ", "アクセスログを管理している",
  "アクセスログを管理している。", "いいえ（7/22）", "いいえ", "2024-07-22", "R6.12.27", "2024-12-27", "はい（12/20）", "はい", "2024-12-20", "ログ収集サーバ導入"),
 ("サーバ", "サーバ", "セキュリティパッチを適用している",
  "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。", "はい（7/22）", "はい", "2024-07-22", None, None, None, None, None, None),
 ("サーバ", "サーバ", "不要なソフトウェア・サービスを停止している",
  "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。", "はい（7/22）", "はい", "2024-07-22", None, None, None, None, None, None),
 ("端末PC", "端末PC", "アクセス利用権限を設定している（職種・業務別）",
  "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。", "はい（7/22）", "はい", "2024-07-22", None, None, None, None, None, None),
 ("端末PC", "端末PC", "不要なアカウント（退職者等）を削除している",
  "退職者や使用していないアカウント等、不要なアカウントを削除している。", "はい（7/22）", "はい", "2024-07-22", None, None, None, None, None, None),
 ("端末PC", "端末PC", "セキュリティパッチを適用している",
  "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。", "はい（7/22）", "はい", "2024-07-22", None, None, None, None, None, None),
 ("端末PC", "端末PC", "不要なソフトウェア・サービスを停止している",
  "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。", "いいえ（7/22）", "いいえ", "2024-07-22", None, None, None, None, None, "次回訪問時に確認"),
 ("ネットワーク機器", "ネットワーク機器", "セキュリティパッチ（ファームウェア）を適用している",
  "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。", "はい（7/23）", "はい", "2024-07-23", None, None, None, None, None, "弊社提供のルータ1台のみ"),
 ("ネットワーク機器", "ネットワーク機器", "接続元制限を実施している",
  "接続元制限を実施している。", "はい（7/23）", "はい", "2024-07-23", None, None, None, None, None, None),
 ("インシデント対応", "インシデント対応", "インシデント時の連絡体制図がある",
  "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある。", "いいえ（7/22）", "いいえ", "2024-07-22", "R7.1.31", "2025-01-31", "はい（1/17）", "はい", "2025-01-17", None),
 ("インシデント対応", "インシデント対応", "バックアップの実施と復旧手順を医療機関と確認している",
  "インシデント発生時に医療機関が診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を医療機関と確認している。", "はい（7/22）", "はい", "2024-07-22", None, None, None, None, None, None),
]

wb = Workbook()
ws = wb.active; ws.title = SHEET
ws["A1"] = "【事業者確認用】医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度）"
ws["A1"].font = Font(name=F, size=13, bold=True)
ws["A3"] = "提出先医療機関名：" + hospital
ws["A4"] = "事業者名：" + vendor + " "          # trailing space as typed
ws["A5"] = "対象システム：" + system
for a in ("A3", "A4", "A5"): ws[a].font = Font(name=F, size=11)
ws["A7"] = "※回答欄には「はい」「いいえ」と確認日（月/日）を記入。「いいえ」の場合は目標日を必ず記入すること。"
ws["A7"].font = Font(name=F, size=9, color="C00000")
for k, v in {"A": 18, "B": 46, "C": 15, "D": 11, "E": 15, "F": 28}.items(): ws.column_dimensions[k].width = v
heads = ["区分", "チェック項目", "1回目\n（回答・確認日）", "目標日", "2回目\n（回答・確認日）", "備考"]
for c, h in enumerate(heads, 1):
    cell = ws.cell(row=9, column=c, value=h); cell.border = box
    cell.font = Font(name=F, size=10, bold=True); cell.fill = PatternFill("solid", fgColor="DDEBF7")
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
ws.row_dimensions[9].height = 32
entries = []
for i, t in enumerate(R):
    r = 10 + i
    grp, sec, short, full, c1, a1, d1, tc, tgt, c2, a2, d2, rem = t
    for c, v in enumerate([grp, short, c1, tc, c2, rem], 1):
        cell = ws.cell(row=r, column=c, value=v); cell.border = box; cell.font = Font(name=F, size=10); cell.alignment = wrap
    e = {"section": sec, "item": full, "firstAnswer": a1, "firstDate": d1}
    if tgt: e["targetDate"] = tgt
    if a2: e["secondAnswer"] = a2; e["secondDate"] = d2
    if rem: e["remarks"] = rem
    entries.append(e)
last = 10 + len(R) - 1
ws.freeze_panes = "C10"
ws.page_setup.orientation = "landscape"; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0

lst = wb.create_sheet("選択肢")
lst["A1"] = "回答"; lst["A2"] = "はい"; lst["A3"] = "いいえ"
lst.sheet_state = "hidden"

os.makedirs(TMP, exist_ok=True)
tmpf = os.path.join(TMP, NAME + ".xlsx")
wb.save(tmpf)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, tmpf], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

idx = {full: i for i, (g, s, sh, full, *_rest) in enumerate(R)}
planted = [
  {"cells": [f"{SHEET}!D22"], "paths": ["entries[12].targetDate"],
   "why": "1回目が「いいえ」なのに目標日が空欄（いいえ ⇒ 目標日必須）"},
  {"cells": [f"{SHEET}!E12", f"{SHEET}!C12"], "paths": ["entries[2].secondDate"],
   "why": "2回目の確認日（7/5 = 2024-07-05）が1回目の確認日（7/22 = 2024-07-22）より前"},
]
exp = {
  "form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
  "values": {"vendorName": vendor, "targetSystem": system, "hospitalName": hospital, "entries": entries},
  "planted": planted,
  "notes": ("Header fields are label and value in one cell (「事業者名：…」, with a trailing space after the vendor name). "
            "1回目/2回目 cells hold answer and year-less date together, e.g. 「はい（7/22）」 (R6 form: 7/22 → 2024-07-22, 1/17 → 2025-01-17); "
            "目標日 written as text R6.9.30 / R6.12.27 / R7.1.31. Item texts in the sheet are abbreviated; 'item' gives the full wording. "
            "Section = the 区分 column text as shown. No item numbers shown (itemNo omitted). Hidden sheet 選択肢 holds only the はい/いいえ list. "
            "Re-saved by LibreOffice. Vendor-side item wording is reconstructed (catalogue gives only 1-(1) and 2-(3)).")
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", len(entries), last)

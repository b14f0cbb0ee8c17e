# Generator for clv-w47-b-answer-date-in-one-cell.xlsx (checklist-vendor, R6)
# Written by openpyxl to /tmp, then re-saved by LibreOffice into this folder.
# Run: PYTHONPATH=/tmp/clvins_py /usr/bin/python3 clv-w47-b-answer-date-in-one-cell.py
import json, os, subprocess, shutil
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w47-b-answer-date-in-one-cell"
TMP = "/tmp/clvins_work/clv_b"
os.makedirs(TMP, exist_ok=True)
SHEET = "チェックリスト(事業者)"

VENDOR = "山陽メディカルITサービス株式会社"
SYSTEM = "医用画像管理システム（PACS）"
HOSP = "社会医療法人 瀬戸内会 玉野みなと病院"

# section, abbreviated label shown, full wording (for expected), 1回目 cell text, 目標日 text, 2回目 text, 備考,
# canonical (first, firstDate, target, second, secondDate)
R = [
 ("体制構築", "事業者内の管理責任者の設置", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。",
  "はい (9/24)", None, None, None, ("はい", "2024-09-24", None, None, None)),
 ("医療情報システム全般", "機器台帳の管理（サーバ・端末PC・NW機器）", "医療機関に提供している医療情報システムについて、サーバ、端末PC、ネットワーク機器の台帳管理を行っている。",
  "はい (9/24)", None, None, None, ("はい", "2024-09-24", None, None, None)),
 ("医療情報システム全般", "リモート保守機器の有無を医療機関へ報告", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。",
  "はい (9/24)", None, None, "リモート保守なし（オンサイト保守のみ）", ("はい", "2024-09-24", None, None, None)),
 ("医療情報システム全般", "MDS/SDSの提出", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。",
  "いいえ (9/24)", "(10/31)", "はい (10/18)", None, ("いいえ", "2024-09-24", "2024-10-31", "はい", "2024-10-18")),
 ("サーバ", "アクセス権限の設定（職種・業務別）", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
  "はい (9/24)", None, None, None, ("はい", "2024-09-24", None, None, None)),
 ("サーバ", "不要アカウントの削除", "退職者や使用していないアカウント等、不要なアカウントを削除している。",
  "はい (9/24)", None, None, None, ("はい", "2024-09-24", None, None, None)),
 ("サーバ", "アクセスログの管理", "アクセスログを管理している。",
  "はい (9/24)", None, None, "保存期間1年", ("はい", "2024-09-24", None, None, None)),
 ("サーバ", "セキュリティパッチの適用", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
  "はい（9/24）", None, None, None, ("はい", "2024-09-24", None, None, None)),
 ("サーバ", "不要なソフト・サービスの停止", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
  "はい (9/24)", None, None, None, ("はい", "2024-09-24", None, None, None)),
 ("端末PC", "アクセス権限の設定（職種・業務別）", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
  "はい (9/24)", None, None, None, ("はい", "2024-09-24", None, None, None)),
 ("端末PC", "不要アカウントの削除", "退職者や使用していないアカウント等、不要なアカウントを削除している。",
  "はい (9/24)", None, None, None, ("はい", "2024-09-24", None, None, None)),
 ("端末PC", "セキュリティパッチの適用", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
  "いいえ (9/24)", None, None, "ビューア端末6台 Windows更新未適用", ("いいえ", "2024-09-24", None, None, None)),
 ("端末PC", "不要なソフト・サービスの停止", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
  "はい (9/24)", None, None, None, ("はい", "2024-09-24", None, None, None)),
 ("ネットワーク機器", "セキュリティパッチの適用", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
  "はい (9/24)", None, None, None, ("はい", "2024-09-24", None, None, None)),
 ("ネットワーク機器", "接続元制限の実施", "接続元制限を実施している。",
  "いいえ (9/24)", "R7.4.25", None, "L3スイッチ更改時に設定予定", ("いいえ", "2024-09-24", "2025-04-25", None, None)),
 ("インシデントに備えた対応", "連絡体制図（医療機関⇔事業者）", "インシデント発生時における医療機関と事業者の連絡体制図がある。",
  "はい (9/24)", None, None, None, ("はい", "2024-09-24", None, None, None)),
 ("インシデントに備えた対応", "バックアップ実施・復旧手順の確認", "インシデント発生時に医療機関が診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している。",
  "はい (9/24)", None, None, "画像データは外部保管あり", ("はい", "2024-09-24", None, None, None)),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SHEET
for k, v in {"A": 16, "B": 40, "C": 16, "D": 12, "E": 16, "F": 34}.items():
    ws.column_dimensions[k].width = v
ws["A1"] = "令和6年度　医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）"
ws["A1"].font = Font(size=13, bold=True)
ws["A3"] = "事業者名：" + VENDOR + " "          # trailing space as typed
ws["A4"] = "対象システム：" + SYSTEM
ws["A5"] = "提出先医療機関名：" + HOSP
ws["A6"] = "※「はい・いいえ」のどちらかを消し、（　）内に確認日を記入。いいえの場合は目標日を記入。"
ws["A6"].font = Font(size=9, color="C00000")

HR = 8
heads = ["区分", "確認項目", "1回目\n(はい・いいえ／確認日)", "目標日", "2回目\n(はい・いいえ／確認日)", "備考"]
for i, h in enumerate(heads, 1):
    c = ws.cell(HR, i, h)
    c.font = Font(bold=True); c.alignment = center; c.border = B
    c.fill = PatternFill("solid", fgColor="FFF2CC")
ws.row_dimensions[HR].height = 32
# correctly labelled example row
ex = ["記入例", "（例）○○を実施している", "はい (4/1)", "(  /  )", "はい・いいえ (  /  )", "例：○月に対応予定"]
for i, v in enumerate(ex, 1):
    c = ws.cell(HR + 1, i, v)
    c.font = Font(italic=True, color="808080"); c.border = B; c.alignment = center if i != 2 else wrap

r = HR + 2
entries, spans, cellmap = [], {}, {}
for sec, short, full, c1, tg, c2, rem, canon in R:
    spans.setdefault(sec, [r, r])[1] = r
    ws.cell(r, 2, short).alignment = wrap
    ws.cell(r, 3, c1).alignment = center
    ws.cell(r, 4, tg if tg else "(  /  )").alignment = center
    ws.cell(r, 5, c2 if c2 else "はい・いいえ (  /  )").alignment = center
    if rem:
        ws.cell(r, 6, rem).alignment = wrap
    for c in range(1, 7):
        ws.cell(r, c).border = B
    a1, d1, t, a2, d2 = canon
    e = {"section": sec, "item": full, "firstAnswer": a1, "firstDate": d1}
    if t: e["targetDate"] = t
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2
    if rem: e["remarks"] = rem
    cellmap[(sec, short)] = r
    entries.append(e)
    r += 1
for sec, (a, b) in spans.items():
    if b > a:
        ws.merge_cells(start_row=a, start_column=1, end_row=b, end_column=1)
    ws.cell(a, 1, sec).alignment = center
ws.cell(r + 1, 1, "確認者：技術部 岡本（TEL 086-201-3377）")
ws.page_setup.orientation = "landscape"

raw = os.path.join(TMP, NAME + ".xlsx")
wb.save(raw)
prof = "file:///tmp/clvins_work/lo_profile"
subprocess.run(["soffice", "-env:UserInstallation=" + prof, "--headless", "--convert-to", "xlsx",
                "--outdir", OUT, raw], check=True)

r_patch = cellmap[("端末PC", "セキュリティパッチの適用")]
r_acl = cellmap[("ネットワーク機器", "接続元制限の実施")]
idx_patch = [i for i, e in enumerate(entries) if e["section"] == "端末PC" and e["item"].startswith("セキュリティパッチ")][0]
idx_acl = [i for i, e in enumerate(entries) if e["item"] == "接続元制限を実施している。"][0]
exp = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSP, "entries": entries},
    "planted": [
        {"cells": [f"{SHEET}!D{r_patch}"], "paths": [f"entries[{idx_patch}].targetDate"],
         "why": "1回目 いいえ (端末PC セキュリティパッチ) but 目標日 left blank ('(  /  )' placeholder); いいえ requires a 目標日"},
        {"cells": [f"{SHEET}!D{r_acl}"], "paths": [f"entries[{idx_acl}].targetDate"],
         "why": "目標日 R7.4.25 (2025-04-25) is outside the form's fiscal year 令和6年度 (ends 2025-03-31)"},
    ],
    "notes": ("Answer and date share one cell, e.g. 'はい (9/24)' (one option deleted from 'はい・いいえ'); year-less dates on an R6 "
              "form: 9/24 = 2024-09-24, 10/31 = 2024-10-31. Unanswered 目標日/2回目 cells still hold the printed placeholders "
              "'(  /  )' and 'はい・いいえ (  /  )' = blank. Row 9 is a correctly labelled 記入例 row and is not data. "
              "確認項目 labels are abbreviated; 'item' gives my full wording (vendor-side parallel of the catalogue's hospital items). "
              "No item numbers are shown, so itemNo is omitted. 区分 is a vertically merged cell. Header values are in '項目：値' cells; "
              "事業者名 cell has a trailing space. Re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok")

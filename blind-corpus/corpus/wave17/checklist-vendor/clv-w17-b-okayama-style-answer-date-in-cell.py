#!/usr/bin/python3
"""clv-w17-b: vendor checklist (事業者確認用, R6) drawn like the prefecture's 「はい・いいえ (/)」 sheets:
answer and year-less date in one cell ("はい (10/15)"), 目標日 "(12/20)", header as 「項目：値」 in one cell,
a 対象機器 column (merged vertically) instead of sub-heading rows, ○ section headings, a labelled 記入例 row,
an extra 記入要領 sheet first, re-saved by LibreOffice. Planted: 2 mistakes (see expected.json)."""
import json, os, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave17/checklist-vendor"
NAME = "clv-w17-b-okayama-style-answer-date-in-cell"
SHEET = "チェックリスト"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="DDEBF7")

VENDOR = "有限会社吉備メディカルシステム"
SYSTEM = "医事会計システム（レセプトコンピュータ） KIBI-Rece 7"
HOSP = "社会医療法人清和会 吉備高原中央病院"

# rows: ("sec", text) or ("item", no, device, section, full, shown, c1, tgt, c2, remarks, exp)
# exp: dict of the canonical answer values
def E(a1, d1, tgt=None, a2=None, d2=None):
    e = {"firstAnswer": a1, "firstDate": d1}
    if tgt: e["targetDate"] = tgt
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2
    return e
Y = ("はい (10/15)", E("はい", "2024-10-15"))
rows = [
 ("sec", "○体制構築"),
 ("item", "1-(1)", None, "体制構築", "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
  "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。", *Y[:1], None, None, "システム部 課長 藤原", Y[1]),
 ("sec", "○医療情報システムの管理・運用"),
 ("item", "2-(1)", None, "医療情報システムの管理・運用", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
  "サーバ、端末PC、ネットワーク機器の台帳管理を行っている。", *Y[:1], None, None, None, Y[1]),
 ("item", "2-(2)", None, "医療情報システムの管理・運用", "リモートメンテナンス（保守）を利用している機器の有無を確認した",
  "リモートメンテナンス（保守）を利用している機器の有無を確認した。", *Y[:1], None, None, "リモート保守なし\n（オンサイト保守のみ）", Y[1]),
 ("item", "2-(3)", None, "医療情報システムの管理・運用", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
  "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。",
  "いいえ (10/15)", "(11/29)", "はい (10/1)", "SDS第2版を作成中", E("いいえ", "2024-10-15", "2024-11-29", "はい", "2024-10-01")),
 ("item", None, "サーバ", "サーバ", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
  "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。", *Y[:1], None, None, None, Y[1]),
 ("item", None, "サーバ", "サーバ", "退職者や使用していないアカウント等、不要なアカウントを削除している",
  "退職者や使用していないアカウント等、不要なアカウントを削除している。", *Y[:1], None, None, None, Y[1]),
 ("item", None, "サーバ", "サーバ", "アクセスログを管理している",
  "アクセスログを管理している。", *Y[:1], None, None, "ログ保存期間 1年", Y[1]),
 ("item", None, "サーバ", "サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
  "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。", *Y[:1], None, None, None, Y[1]),
 ("item", None, "サーバ", "サーバ", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
  "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。", *Y[:1], None, None, None, Y[1]),
 ("item", None, "端末PC", "端末PC", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
  "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。", *Y[:1], None, None, None, Y[1]),
 ("item", None, "端末PC", "端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している",
  "退職者や使用していないアカウント等、不要なアカウントを削除している。", *Y[:1], None, None, None, Y[1]),
 ("item", None, "端末PC", "端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
  "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
  "いいえ (10/15)", None, None, "受付端末2台 Windows10のまま", E("いいえ", "2024-10-15")),
 ("item", None, "端末PC", "端末PC", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
  "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。", *Y[:1], None, None, None, Y[1]),
 ("item", None, "ネットワーク機器", "ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
  "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。", *Y[:1], None, None, None, Y[1]),
 ("item", None, "ネットワーク機器", "ネットワーク機器", "接続元制限を実施している",
  "接続元制限を実施している。", "いいえ (10/15)", "(1/31)", "はい (1/28)", "院内LANのみに制限",
  E("いいえ", "2024-10-15", "2025-01-31", "はい", "2025-01-28")),
 ("sec", "○インシデント発生に備えた対応"),
 ("item", "3-(1)", None, "インシデント発生に備えた対応", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
  "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある。", *Y[:1], None, None, None, Y[1]),
 ("item", "3-(2)", None, "インシデント発生に備えた対応", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
  "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している。", *Y[:1], None, None, None, Y[1]),
]

wb = Workbook()
ins = wb.active; ins.title = "記入要領"
ins.column_dimensions["A"].width = 100
notes = [
 "記入要領（事業者確認用チェックリスト）",
 "",
 "１．貴社が提供・保守している医療情報システムごとに、本チェックリストを１部作成してください。",
 "２．確認結果欄は「はい・いいえ」のうち該当しない方を消し、（　/　）に確認日を記入してください。",
 "３．1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を目標日欄に記入してください。",
 "４．目標日以降に再確認を行い、2回目欄に結果と確認日を記入してください。",
 "５．記入例の行は参考です（削除しなくても構いません）。",
 "６．作成後は提出先医療機関の担当者へ電子メールで送付してください。",
]
for i, t in enumerate(notes, 1):
    ins[f"A{i}"] = t
ins["A1"].font = Font(size=13, bold=True)

ws = wb.create_sheet(SHEET)
for k, v in {"A": 7, "B": 14, "C": 56, "D": 14, "E": 10, "F": 14, "G": 26}.items():
    ws.column_dimensions[k].width = v
ws.merge_cells("A1:G1")
ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）　令和６年度版"
ws["A1"].font = Font(size=13, bold=True); ws["A1"].alignment = ctr
ws.merge_cells("A3:G3"); ws["A3"] = f"事業者名：{VENDOR}"
ws.merge_cells("A4:G4"); ws["A4"] = f"対象システム：{SYSTEM}"
ws.merge_cells("A5:G5"); ws["A5"] = f"提出先医療機関名：{HOSP}"

h1, h2 = 7, 8
ws.merge_cells(f"A{h1}:A{h2}"); ws[f"A{h1}"] = "No."
ws.merge_cells(f"B{h1}:B{h2}"); ws[f"B{h1}"] = "対象機器"
ws.merge_cells(f"C{h1}:C{h2}"); ws[f"C{h1}"] = "チェック項目"
ws.merge_cells(f"D{h1}:F{h1}"); ws[f"D{h1}"] = "確認結果（日付）"
ws[f"D{h2}"] = "1回目"; ws[f"E{h2}"] = "目標日"; ws[f"F{h2}"] = "2回目"
ws.merge_cells(f"G{h1}:G{h2}"); ws[f"G{h1}"] = "備考"
for r in (h1, h2):
    for col in "ABCDEFG":
        c = ws[f"{col}{r}"]; c.border = B; c.alignment = ctr; c.fill = grey

r = h2 + 1
# labelled example row (must be ignored)
ex = ["記入例", "サーバ", "（例）○○○を実施している。", "いいえ (4/1)", "(4/30)", "はい (4/25)", "（例）4/25 対応完了"]
for col, v in zip("ABCDEFG", ex):
    c = ws[f"{col}{r}"]; c.value = v; c.border = B; c.alignment = wrap if col in "CG" else ctr
    c.font = Font(color="808080", italic=True)
r += 1

entries, cellmap = [], {}
dev_start = {}
for row in rows:
    if row[0] == "sec":
        ws.merge_cells(f"A{r}:G{r}"); ws[f"A{r}"] = row[1]; ws[f"A{r}"].font = Font(bold=True)
        for col in "ABCDEFG": ws[f"{col}{r}"].border = B
        r += 1; continue
    _, no, dev, sec, full, shown, c1, tgt, c2, rem, ans = row
    ws[f"A{r}"] = no
    if dev:
        if dev not in dev_start:
            dev_start[dev] = [r, r]; ws[f"B{r}"] = dev
        dev_start[dev][1] = r
    ws[f"C{r}"] = shown; ws[f"D{r}"] = c1
    if tgt: ws[f"E{r}"] = tgt
    if c2: ws[f"F{r}"] = c2
    if rem: ws[f"G{r}"] = rem
    for col in "ABCDEFG":
        c = ws[f"{col}{r}"]; c.border = B; c.alignment = wrap if col in "CG" else ctr
    ws.row_dimensions[r].height = 34
    e = {"section": sec, "item": full}
    if no: e["itemNo"] = no
    e.update(ans)
    if rem: e["remarks"] = rem
    cellmap[len(entries)] = r
    entries.append(e)
    r += 1
for dev, (a, b) in dev_start.items():
    if b > a: ws.merge_cells(f"B{a}:B{b}")
r += 1
ws[f"A{r}"] = "※ 2回目欄は目標日以降の再確認時に記入"

tmp = tempfile.mkdtemp(prefix="clvb-", dir="/tmp/p17")
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmp)

i_mds = 3; i_pc = 11
exp = {
  "form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
  "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSP, "entries": entries},
  "planted": [
    {"cells": [f"{SHEET}!E{cellmap[i_pc]}"], "paths": [f"entries[{i_pc}].targetDate"],
     "why": "端末PC セキュリティパッチ: 1回目 いいえ but no 目標日 (いいえ ⇒ 目標日 required)"},
    {"cells": [f"{SHEET}!F{cellmap[i_mds]}", f"{SHEET}!D{cellmap[i_mds]}"], "paths": [f"entries[{i_mds}].secondDate"],
     "why": "2-(3) MDS/SDS: 2回目 date 10/1 (2024-10-01) is before the 1回目 date 10/15 (2回目 must not be before 1回目; likely a typo for 12/1)"},
  ],
  "notes": ("Sheet チェックリスト (sheet 記入要領 is instructions only). Row 9 is a labelled 記入例 row and is not data. "
            "Answer and year-less date share one cell (\"はい (10/15)\" → はい, 2024-10-15; \"(1/31)\" → 2025-01-31 on this R6 form). "
            "Device items carry the device class in the merged 対象機器 column (section = サーバ/端末PC/ネットワーク機器) and no item number; "
            "other sections = ○ heading text without ○. Item wording beyond 1-(1) and 2-(3) is my reconstruction of the vendor list; "
            "shown text ends with 。. Remarks of 2-(2) contain a line break. Re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", len(entries), cellmap[i_pc], cellmap[i_mds])

#!/usr/bin/python3
"""clv-w40-b: vendor checklist (事業者確認用) in the 'はい・いいえ（ / ）' style: answer and year-less date in ONE cell,
label：value header cells, abbreviated item text without numbers, 記入要領 sheet, re-saved by LibreOffice.
Two planted problems (いいえ without 目標日; 2回目 date before 1回目)."""
import sys, json, os, subprocess, shutil
sys.path.insert(0, "/tmp/clvins-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font

OUT = "/work/blind/wave40/checklist-vendor/"
TMP = "/tmp/clvins-work/clvb/"
NAME = "clv-w40-b-answer-date-in-cell"
SHEET = "事業者確認用"

VENDOR = "株式会社メディカルイメージング西日本"
SYSTEM = "PACS（医用画像管理システム） ImageStation 5"
HOSP = "社会医療法人 瀬戸内協立病院"
TPL = "はい・いいえ（　/　）"   # pre-printed answer cell
TPLD = "（　/　）"              # pre-printed 目標日 cell

S1, S2, S3 = "体制構築", "医療情報システムの管理・運用", "インシデント発生に備えた対応"
F_ACL = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
F_ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
F_LOG = "アクセスログを管理している"
F_PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
F_SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
F_SRC = "接続元制限を実施している"
# item: (section, shown text, full text, first cell, target cell, second cell, remarks, canonical dict)
def it(sec, shown, full, first, target, second, rem, canon):
    return ("I", sec, shown, full, first, target, second, rem, canon)
rows = [
    ("H", "○" + S1),
    it(S1, "事業者内に管理責任者を設置している", "事業者内に医療情報システム等の提供に係る管理責任者を設置している",
       "はい（10/8）", TPLD, TPL, "品質保証部長", {"firstAnswer": "はい", "firstDate": "2024-10-08"}),
    ("H", "○" + S2),
    it(S2, "提供したサーバ・端末PC・NW機器の台帳管理を行っている", "医療機関に提供したサーバ、端末PC、ネットワーク機器の台帳管理を行っている",
       "はい（10/8）", TPLD, TPL, None, {"firstAnswer": "はい", "firstDate": "2024-10-08"}),
    it(S2, "リモートメンテナンス利用機器の有無を医療機関に報告した", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した",
       "はい（10/8）", TPLD, TPL, "リモート保守あり\n（PACSサーバ1台）", {"firstAnswer": "はい", "firstDate": "2024-10-08"}),
    it(S2, "医療機関にMDS/SDSを提出した", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
       "いいえ（10/8）", "（12/27）", "はい（12/20）", None,
       {"firstAnswer": "いいえ", "firstDate": "2024-10-08", "targetDate": "2024-12-27", "secondAnswer": "はい", "secondDate": "2024-12-20"}),
    ("S", "【サーバ】"),
    it("サーバ", "アクセス利用権限（職種・業務別）を設定", F_ACL, "はい（10/8）", TPLD, TPL, None, {"firstAnswer": "はい", "firstDate": "2024-10-08"}),
    it("サーバ", "不要なアカウント（退職者等）を削除", F_ACC, "はい（10/8）", TPLD, TPL, None, {"firstAnswer": "はい", "firstDate": "2024-10-08"}),
    it("サーバ", "アクセスログを管理", F_LOG, "はい（10/8）", TPLD, TPL, None, {"firstAnswer": "はい", "firstDate": "2024-10-08"}),
    it("サーバ", "セキュリティパッチを適用", F_PAT, "はい（10/8）", TPLD, TPL, None, {"firstAnswer": "はい", "firstDate": "2024-10-08"}),
    it("サーバ", "不要なソフトウェア・サービスを停止", F_SVC, "はい（10/8）", TPLD, TPL, None, {"firstAnswer": "はい", "firstDate": "2024-10-08"}),
    ("S", "【端末PC】"),
    it("端末PC", "アクセス利用権限（職種・業務別）を設定", F_ACL, "はい（10/8）", TPLD, TPL, None, {"firstAnswer": "はい", "firstDate": "2024-10-08"}),
    # PLANTED: 2回目 (9/30) is before 1回目 (10/8)
    it("端末PC", "不要なアカウント（退職者等）を削除", F_ACC, "いいえ（10/8）", "（11/15）", "はい（9/30）", "読影端末の共用IDを整理",
       {"firstAnswer": "いいえ", "firstDate": "2024-10-08", "targetDate": "2024-11-15", "secondAnswer": "はい", "secondDate": "2024-09-30"}),
    it("端末PC", "セキュリティパッチを適用", F_PAT, "はい（10/8）", TPLD, TPL, None, {"firstAnswer": "はい", "firstDate": "2024-10-08"}),
    it("端末PC", "不要なソフトウェア・サービスを停止", F_SVC, "はい（10/8）", TPLD, TPL, None, {"firstAnswer": "はい", "firstDate": "2024-10-08"}),
    ("S", "【ネットワーク機器】"),
    # PLANTED: いいえ but 目標日 left as the blank template
    it("ネットワーク機器", "セキュリティパッチ（ファームウェア）を適用", F_PAT, "いいえ（10/9）", TPLD, TPL, "PACS用L3スイッチ\nFW更新は要調整",
       {"firstAnswer": "いいえ", "firstDate": "2024-10-09"}),
    it("ネットワーク機器", "接続元制限を実施", F_SRC, "はい（10/9）", TPLD, TPL, None, {"firstAnswer": "はい", "firstDate": "2024-10-09"}),
    ("H", "○" + S3),
    it(S3, "連絡体制図がある", "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある",
       "はい（10/8）", TPLD, TPL, None, {"firstAnswer": "はい", "firstDate": "2024-10-08"}),
    it(S3, "バックアップの実施と復旧手順を確認している", "インシデント発生時に医療機関が診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している",
       "はい（10/8）", TPLD, TPL, "画像データは日次で\n外部媒体へ退避", {"firstAnswer": "はい", "firstDate": "2024-10-08"}),
]

wb = Workbook()
ws = wb.active; ws.title = SHEET
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
for k, v in {"A": 46, "B": 17, "C": 11, "D": 17, "E": 24}.items():
    ws.column_dimensions[k].width = v
ws["A1"] = "令和6年度　医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）"
ws["A1"].font = Font(size=13, bold=True)
ws["A3"] = "事業者名：" + VENDOR
ws["A4"] = "対象システム：" + SYSTEM
ws["A5"] = "提出先医療機関名：" + HOSP
for r in (3, 4, 5):
    ws.merge_cells(f"A{r}:E{r}")
ws.merge_cells("A7:A8"); ws["A7"] = "チェック項目"
ws.merge_cells("B7:D7"); ws["B7"] = "確認結果（日付）"
ws["B8"] = "1回目"; ws["C8"] = "目標日"; ws["D8"] = "2回目"
ws.merge_cells("E7:E8"); ws["E7"] = "備考"
for r in (7, 8):
    for c in "ABCDE":
        ws[f"{c}{r}"].border = box; ws[f"{c}{r}"].font = Font(bold=True)
        ws[f"{c}{r}"].alignment = Alignment(horizontal="center", vertical="center")
entries, where = [], {}
r = 9
for row in rows:
    if row[0] in ("H", "S"):
        ws[f"A{r}"] = row[1]; ws[f"A{r}"].font = Font(bold=True)
        for c in "ABCDE":
            ws[f"{c}{r}"].border = box
        r += 1; continue
    _, sec, shown, full, first, target, second, rem, canon = row
    ws[f"A{r}"] = shown; ws[f"B{r}"] = first; ws[f"C{r}"] = target; ws[f"D{r}"] = second
    if rem: ws[f"E{r}"] = rem
    for c in "ABCDE":
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].alignment = Alignment(wrap_text=True, vertical="center",
                                            horizontal="center" if c in "BCD" else None)
    e = {"section": sec, "item": full}
    e.update(canon)
    if rem: e["remarks"] = rem
    where[(sec, full)] = (len(entries), r)
    entries.append(e)
    r += 1
ws[f"A{r+1}"] = "※「はい・いいえ」は該当しない方を消し、（　/　）に確認日を記入。1回目「いいえ」の場合は目標日を記入。"
ws[f"A{r+1}"].font = Font(size=9)

g = wb.create_sheet("記入要領")
g.column_dimensions["A"].width = 100
for i, t in enumerate([
    "【記入要領】",
    "1. 本チェックリストは提供している医療情報システムごとに作成してください。",
    "2. 各項目について確認を行い、「はい・いいえ」のいずれかを残し、括弧内に確認日（月/日）を記入してください。",
    "3. 1回目で「いいえ」の項目は、実施可能な直近の対応目標日を記入し、対応後に2回目の確認を行ってください。",
    "4. 記入後、提出先医療機関の担当者へメールで送付してください。"], start=1):
    g[f"A{i}"] = t

os.makedirs(TMP, exist_ok=True)
wb.save(TMP + NAME + ".xlsx")
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, TMP + NAME + ".xlsx"],
               check=True, capture_output=True)

i1, r1 = where[("端末PC", F_ACC)]
i2, r2 = where[("ネットワーク機器", F_PAT)]
exp = {"form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
       "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSP, "entries": entries},
       "planted": [
           {"cells": [f"{SHEET}!B{r1}", f"{SHEET}!D{r1}"], "paths": [f"entries[{i1}].secondDate"],
            "why": "2回目の確認日 9/30 (2024-09-30) が1回目の確認日 10/8 より前"},
           {"cells": [f"{SHEET}!C{r2}"], "paths": [f"entries[{i2}].targetDate"],
            "why": "1回目「いいえ」なのに目標日が未記入（印刷済みの（　/　）のまま）"}],
       "notes": "Answer and date share one cell, e.g. 'はい（10/8）'; year-less dates on an R6 form (Oct–Dec = 2024, Jan–Mar = 2025). "
                "Cells still holding the printed template 'はい・いいえ（　/　）' or '（　/　）' are blank (unanswered). "
                "The sheet shows abbreviated item text and no item numbers; 'item' gives the full wording (vendor wording reconstructed "
                "from the catalogue's 'parallel items'). Section = heading without ○ / 【】. Re-saved by LibreOffice."}
json.dump(exp, open(OUT + NAME + ".expected.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("ok", len(entries), r1, r2)

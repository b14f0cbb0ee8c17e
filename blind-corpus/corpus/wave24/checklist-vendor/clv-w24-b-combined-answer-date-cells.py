#!/usr/bin/python3
"""clv-w24-b: vendor checklist (事業者確認用, R6) in the Okayama 最低限の措置編 style the hospital forwarded to
its vendors: header as '項目：値' single cells, one cell 'はい・いいえ (/)' per check with the unused option
deleted and a year-less date, 目標日 '(/)', template placeholders left where unused, abbreviated item wording with a
sequential No. column, a labelled 記入例 row, re-saved by LibreOffice."""
import json, os, shutil, subprocess
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

FOLDER = "/work/blind/wave24/checklist-vendor"
NAME = "clv-w24-b-combined-answer-date-cells"
OUT = f"{FOLDER}/{NAME}.xlsx"
TMP = "/tmp/clvwork"
thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
T1 = "はい・いいえ (  /  )"   # untouched template
TG = "(  /  )"

wb = Workbook()
ws = wb.active
ws.title = "事業者確認用"
for col, w in zip("ABCDEFG", [6, 14, 44, 17, 11, 17, 30]):
    ws.column_dimensions[col].width = w
ws.merge_cells("A1:G1"); ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）"
ws["A1"].font = Font(size=13, bold=True)
ws.merge_cells("A2:G2"); ws["A2"] = "令和6年度版"
ws.merge_cells("A3:G3"); ws["A3"] = "事業者名：山陽医療情報サービス株式会社"
ws.merge_cells("A4:G4"); ws["A4"] = "対象システム：医用画像管理システム（PACS）"
ws.merge_cells("A5:G5"); ws["A5"] = "提出先医療機関名：社会医療法人清流会 清流記念病院"
for r in (3, 4, 5):
    ws[f"A{r}"].font = Font(size=11, underline="single")
notes = ["※ 本チェックリストの項目について確認を行い、「はい・いいえ」のいずれかを残し、確認日を記入してください。",
         "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
         "※ 立入検査時、医療機関を通じて本チェックリストを確認します。"]
for i, t in enumerate(notes, start=6):
    ws.merge_cells(f"A{i}:G{i}"); ws[f"A{i}"] = t

ws.merge_cells("A10:A11"); ws["A10"] = "No."
ws.merge_cells("B10:B11"); ws["B10"] = "対象"
ws.merge_cells("C10:C11"); ws["C10"] = "チェック項目"
ws.merge_cells("D10:F10"); ws["D10"] = "確認結果（日付）"
ws["D11"] = "1回目"; ws["E11"] = "目標日"; ws["F11"] = "2回目"
ws.merge_cells("G10:G11"); ws["G10"] = "備考"
for r in (10, 11):
    for c in "ABCDEFG":
        ws[f"{c}{r}"].border = B; ws[f"{c}{r}"].alignment = CEN
        ws[f"{c}{r}"].fill = PatternFill("solid", fgColor="E2EFDA")

# 記入例 row (must be ignored)
ex = ["記入例", "", "（例）〇〇を実施している", "はい (4/1)", TG, T1, "（例）〇〇にて対応済"]
for c, v in zip("ABCDEFG", ex):
    ws[f"{c}12"] = v; ws[f"{c}12"].border = B
    ws[f"{c}12"].font = Font(color="FF0000", italic=True)
    ws[f"{c}12"].alignment = CEN if c in "ABDEF" else WRAP

# (no, target, short text, full item text, cell1, cellTarget, cell2, remarks, meaning dict)
FULL = {
 "mgr": "事業者内に、医療情報システム等の提供に係る管理責任者を設置している",
 "ledger": "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
 "remote": "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した",
 "mds": "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した",
 "auth": "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
 "acct": "退職者や使用していないアカウント等、不要なアカウントを削除している",
 "log": "アクセスログを管理している",
 "patch": "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
 "svc": "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
 "src": "接続元制限を実施している",
 "contact": "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある",
 "backup": "インシデント発生時に医療機関が診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
}
rows = [
 ("SEC", "■体制構築", "体制構築"),
 (1, "", "管理責任者の設置（事業者内）", "mgr", "はい (10/15)", TG, T1, "", {"fa": "はい", "fd": "2024-10-15"}),
 ("SEC", "■医療情報システムの管理・運用", "医療情報システムの管理・運用"),
 (2, "", "機器台帳の管理", "ledger", "はい (10/15)", TG, T1, "", {"fa": "はい", "fd": "2024-10-15"}),
 (3, "", "リモート保守利用機器の有無の報告", "remote", "はい (10/15)", TG, T1, "リモート保守あり（SSL-VPN）", {"fa": "はい", "fd": "2024-10-15"}),
 (4, "", "MDS/SDSの提出", "mds", "はい (10/15)", TG, T1, "R6.9.30提出済", {"fa": "はい", "fd": "2024-10-15"}),
 (5, "サーバ", "アクセス権限の設定（職種・業務別）", "auth", "はい (10/15)", TG, T1, "", {"fa": "はい", "fd": "2024-10-15"}),
 (6, "サーバ", "不要アカウントの削除（退職者等）", "acct", "はい (10/15)", TG, T1, "", {"fa": "はい", "fd": "2024-10-15"}),
 (7, "サーバ", "アクセスログの管理", "log", "はい（R6.10.16）", TG, T1, "", {"fa": "はい", "fd": "2024-10-16"}),
 (8, "サーバ", "セキュリティパッチの適用", "patch", "いいえ (10/16)", "(12/20)", "はい (12/13)", "Windows Server 更新プログラム適用",
     {"fa": "いいえ", "fd": "2024-10-16", "tg": "2024-12-20", "sa": "はい", "sd": "2024-12-13"}),
 (9, "サーバ", "不要なソフト・サービスの停止", "svc", "はい (10/16)", TG, T1, "", {"fa": "はい", "fd": "2024-10-16"}),
 (10, "端末PC", "アクセス権限の設定（職種・業務別）", "auth", "はい (10/16)", TG, T1, "", {"fa": "はい", "fd": "2024-10-16"}),
 (11, "端末PC", "不要アカウントの削除（退職者等）", "acct", "いいえ (10/16)", TG, T1, "読影端末の共用IDを棚卸し予定",
     {"fa": "いいえ", "fd": "2024-10-16"}),
 (12, "端末PC", "セキュリティパッチの適用", "patch", "はい (10/16)", TG, T1, "", {"fa": "はい", "fd": "2024-10-16"}),
 (13, "端末PC", "不要なソフト・サービスの停止", "svc", "はい (10/16)", TG, T1, "", {"fa": "はい", "fd": "2024-10-16"}),
 (14, "ネットワーク機器", "セキュリティパッチ（ファームウェア）の適用", "patch", "いいえ (10/16)", "(1/31)", "はい (10/1)", "VPNルータのFW更新",
     {"fa": "いいえ", "fd": "2024-10-16", "tg": "2025-01-31", "sa": "はい", "sd": "2024-10-01"}),
 (15, "ネットワーク機器", "接続元制限", "src", "はい (10/16)", TG, T1, "", {"fa": "はい", "fd": "2024-10-16"}),
 ("SEC", "■インシデント発生に備えた対応", "インシデント発生に備えた対応"),
 (16, "", "連絡体制図の整備", "contact", "はい (10/15)", TG, T1, "", {"fa": "はい", "fd": "2024-10-15"}),
 (17, "", "バックアップの実施・復旧手順の確認", "backup", "はい (10/15)", TG, T1, "画像データは外部保管あり", {"fa": "はい", "fd": "2024-10-15"}),
]
r = 13
entries = []
cellrow = {}
sec = None
for row in rows:
    if row[0] == "SEC":
        ws.merge_cells(f"A{r}:G{r}"); ws[f"A{r}"] = row[1]; ws[f"A{r}"].font = Font(bold=True)
        for c in "ABCDEFG":
            ws[f"{c}{r}"].border = B
        sec = row[2]; r += 1; continue
    no, tgt, short, key, c1, ctg, c2, rem, m = row
    for c, v in zip("ABCDEFG", [no, tgt, short, c1, ctg, c2, rem]):
        ws[f"{c}{r}"] = v if v != "" else None
        ws[f"{c}{r}"].border = B
        ws[f"{c}{r}"].alignment = CEN if c in "ABDEF" else WRAP
    e = {"section": tgt or sec, "item": FULL[key], "itemNo": str(no), "firstAnswer": m["fa"], "firstDate": m["fd"]}
    if "tg" in m: e["targetDate"] = m["tg"]
    if "sa" in m: e["secondAnswer"] = m["sa"]; e["secondDate"] = m["sd"]
    if rem: e["remarks"] = rem
    cellrow[no] = r
    entries.append(e)
    r += 1
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

os.makedirs(TMP, exist_ok=True)
src = f"{TMP}/{NAME}.xlsx"
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", FOLDER, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

sh = ws.title
exp = {
  "form": "checklist-vendor", "version": "R6", "file": f"{NAME}.xlsx",
  "values": {"vendorName": "山陽医療情報サービス株式会社",
             "targetSystem": "医用画像管理システム（PACS）",
             "hospitalName": "社会医療法人清流会 清流記念病院",
             "entries": entries},
  "planted": [
    {"cells": [f"{sh}!E{cellrow[11]}", f"{sh}!D{cellrow[11]}"], "paths": ["entries[10].targetDate"],
     "why": "1回目 いいえ (端末PC 不要アカウントの削除) but 目標日 left as the empty template '(  /  )'; いいえ requires a 目標日"},
    {"cells": [f"{sh}!F{cellrow[14]}", f"{sh}!D{cellrow[14]}"], "paths": ["entries[13].secondDate"],
     "why": "2回目 date (10/1 = 2024-10-01) is before the 1回目 date (10/16 = 2024-10-16)"},
  ],
  "notes": ("Answer and date share one cell in the seed's 'はい・いいえ (/)' style: the unused option is deleted and a "
            "year-less date written (10/15 = 2024-10-15, 1/31 = 2025-01-31 on the R6 form); row 7 uses 'はい（R6.10.16）'. "
            "Unused 目標日 / 2回目 cells keep the untouched template text '(  /  )' / 'はい・いいえ (  /  )' and mean blank. "
            "Row 12 is a labelled 記入例 (red) and is not data. Header fields are '項目：値' in one cell. Items are "
            "abbreviated in column C; `item` gives the full wording (vendor-side parallel of the catalogue's hospital "
            "items, same wording as the a workbook); itemNo is the sequential No. column. Re-saved by LibreOffice."),
}
with open(f"{FOLDER}/{NAME}.expected.json", "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", cellrow)

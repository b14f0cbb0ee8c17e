# Generator: clv-w22-b-mark-columns-yearless-dates.xlsx
# Role: hospital IT staff re-typed the vendor checklist as a simple mark sheet and sent it to the PACS vendor,
# who filled it in (● marks, year-less dates, 2回目 answer+date in one cell); file re-saved by LibreOffice.
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave22/checklist-vendor"
NAME = "clv-w22-b-mark-columns-yearless-dates"
SHEET = "事業者確認用"

VENDOR = "株式会社メディビュー・テクノロジー"
SYSTEM = "医用画像管理システム（PACS）"
HOSPITAL = "社会医療法人 清水会 瀬戸内記念病院"

# (kind, no_shown, no_canon, text_shown, text_canon, section, mark(はい/いいえ), date1 text, date1 iso, target text, target iso, second text, 2nd ans, 2nd iso, remarks)
H = "heading"
rows = [
    (H, "１．体制構築"),
    ("１-(１)", "1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。",
     "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。", "体制構築",
     "はい", "10/18", "2024-10-18", None, None, None, None, None, None),
    (H, "２．医療情報システムの管理・運用"),
    ("２-(１)", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている。",
     "サーバ、端末PC、ネットワーク機器の台帳管理を行っている。", "医療情報システムの管理・運用",
     "はい", "10/18", "2024-10-18", None, None, None, None, None, None),
    ("２-(２)", "2-(2)", "リモートメンテナンス（保守）を利用する機器の有無を医療機関に報告した。",
     "リモートメンテナンス（保守）を利用する機器の有無を医療機関に報告した。", "医療情報システムの管理・運用",
     "はい", "10/18", "2024-10-18", None, None, None, None, None, "PACSサーバ1台（IPsec-VPN）"),
    # PLANTED 1: いいえ but 目標日 left blank
    ("２-(３)", "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。",
     "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。", "医療情報システムの管理・運用",
     "いいえ", "10/18", "2024-10-18", None, None, None, None, None, "本社にて作成中"),
    (H, "【サーバ】"),
    (None, None, "アクセス利用権限の設定（職種・担当業務別の情報区分毎）",
     "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。", "サーバ",
     "はい", "10/18", "2024-10-18", None, None, None, None, None, None),
    (None, None, "不要なアカウント（退職者・未使用等）を削除している。",
     "退職者や使用していないアカウント等、不要なアカウントを削除している。", "サーバ",
     "はい", "10/18", "2024-10-18", None, None, None, None, None, None),
    (None, None, "アクセスログを管理している。",
     "アクセスログを管理している。", "サーバ",
     "はい", "10/18", "2024-10-18", None, None, None, None, None, None),
    # PLANTED 2: 2回目 date (10/5) before 1回目 date (10/18)
    (None, None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。", "サーバ",
     "いいえ", "10/18", "2024-10-18", "12/27", "2024-12-27", "はい（10/5）", "はい", "2024-10-05", "OSパッチ 定期保守で適用"),
    (None, None, "不要なソフトウェア・サービスを停止している。",
     "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。", "サーバ",
     "はい", "10/18", "2024-10-18", None, None, None, None, None, None),
    (H, "【端末PC】"),
    (None, None, "アクセス利用権限の設定（職種・担当業務別の情報区分毎）",
     "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。", "端末PC",
     "はい", "10/18", "2024-10-18", None, None, None, None, None, "読影端末3台"),
    (None, None, "不要なアカウント（退職者・未使用等）を削除している。",
     "退職者や使用していないアカウント等、不要なアカウントを削除している。", "端末PC",
     "はい", "10/18", "2024-10-18", None, None, None, None, None, None),
    (None, None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。", "端末PC",
     "はい", "10/18", "2024-10-18", None, None, None, None, None, None),
    (None, None, "不要なソフトウェア・サービスを停止している。",
     "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。", "端末PC",
     "はい", "10/18", "2024-10-18", None, None, None, None, None, None),
    (H, "【ネットワーク機器】"),
    (None, None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。", "ネットワーク機器",
     "はい", "10/18", "2024-10-18", None, None, None, None, None, "VPNルータ FW更新済"),
    (None, None, "接続元制限を実施している。",
     "接続元制限を実施している。", "ネットワーク機器",
     "はい", "10/18", "2024-10-18", None, None, None, None, None, None),
    (H, "３．インシデントに備えた対応"),
    ("３-(１)", "3-(1)", "インシデント発生時における事業者内及び医療機関等への連絡体制図がある。",
     "インシデント発生時における事業者内及び医療機関等への連絡体制図がある。", "インシデントに備えた対応",
     "はい", "10/18", "2024-10-18", None, None, None, None, None, None),
    ("３-(２)", "3-(2)", "医療機関に、インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を提示している。",
     "医療機関に、インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を提示している。", "インシデントに備えた対応",
     "はい", "10/18", "2024-10-18", None, None, None, None, None, None),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
grey = PatternFill("solid", fgColor="EDEDED")
yellow = PatternFill("solid", fgColor="FFF2CC")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SHEET
for k, v in {"A": 8, "B": 50, "C": 6, "D": 6, "E": 9, "F": 9, "G": 14, "H": 26}.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）　令和6年度"
ws["A1"].font = Font(size=13, bold=True)
ws["A3"] = "事業者名：" + VENDOR
ws["A4"] = "対象システム：" + SYSTEM
ws["A5"] = "提出先医療機関名：" + HOSPITAL + "  "   # trailing spaces (habit)
for r in (3, 4, 5):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
ws["A6"] = "※該当する欄に●を付けてください。日付は月/日で結構です。「いいえ」の場合は目標日を記入。"
ws["A6"].font = Font(size=9, color="C00000")

hr = 8
for c, t in enumerate(["No.", "チェック項目", "はい", "いいえ", "確認日", "目標日", "2回目\n（回答・確認日）", "備考"], start=1):
    cell = ws.cell(hr, c, t)
    cell.border = B; cell.fill = grey; cell.alignment = center; cell.font = Font(bold=True)
ws.row_dimensions[hr].height = 30

# 記入例 row, correctly labelled -> must be ignored
r = hr + 1
ex = ["記入例", "〇〇〇〇を実施している。", "●", None, "4/1", None, None, "（記入例）"]
for c, v in enumerate(ex, start=1):
    cell = ws.cell(r, c, v); cell.border = B; cell.fill = yellow
    cell.alignment = center if c != 2 else wrap
    cell.font = Font(color="808080", italic=True)
r += 1

entries = []
row_of = {}
for row in rows:
    if row[0] == H:
        ws.cell(r, 1, row[1]).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        for c in range(1, 9):
            ws.cell(r, c).border = B; ws.cell(r, c).fill = grey
        r += 1
        continue
    (no_s, no_c, txt_s, txt_c, sec, mark, d1t, d1, tgt, tg, sec_t, a2, d2, rem) = row
    vals = [no_s, txt_s, "●" if mark == "はい" else None, "●" if mark == "いいえ" else None, d1t, tgt, sec_t, rem]
    for c, v in enumerate(vals, start=1):
        cell = ws.cell(r, c, v); cell.border = B
        cell.alignment = wrap if c in (2, 8) else center
        if c in (5, 6):
            cell.number_format = "@"
    ws.row_dimensions[r].height = 30
    e = {"section": sec, "item": txt_c}
    if no_c: e["itemNo"] = no_c
    e["firstAnswer"] = mark; e["firstDate"] = d1
    if tg: e["targetDate"] = tg
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2
    if rem: e["remarks"] = rem
    row_of[len(entries)] = r
    entries.append(e)
    r += 1

r += 1
ws.cell(r, 1, "記入者：PACSサポート課　藤原")
ws.page_setup.orientation = "portrait"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0

tmpd = tempfile.mkdtemp()
tmp = os.path.join(tmpd, NAME + ".xlsx")
wb.save(tmp)
# re-save with LibreOffice
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, tmp], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmpd)

i_mds = 3   # 2-(3)
i_patch = 7  # サーバ セキュリティパッチ
assert entries[i_mds]["itemNo"] == "2-(3)" and entries[i_patch]["section"] == "サーバ" and "パッチ" in entries[i_patch]["item"]
expected = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSPITAL, "entries": entries},
    "planted": [
        {"cells": [f"{SHEET}!F{row_of[i_mds]}"], "paths": [f"entries[{i_mds}].targetDate"],
         "why": "1回目が「いいえ」なのに目標日が空欄（いいえ ⇒ 目標日必須）"},
        {"cells": [f"{SHEET}!G{row_of[i_patch]}", f"{SHEET}!E{row_of[i_patch]}"], "paths": [f"entries[{i_patch}].secondDate"],
         "why": "2回目の確認日（10/5＝2024-10-05）が1回目の確認日（10/18）より前"},
    ],
    "notes": ("Header fields are label+value in one cell (事業者名：…); the 提出先医療機関名 cell has trailing spaces (value given trimmed). "
              "Answers are ● marks in the はい or いいえ column; dates are year-less text (m/d) → FY R6 (Oct–Dec = 2024). "
              "2回目 column holds answer and date in one cell 'はい（10/5）'. Row 9 is a correctly labelled 記入例 (must be ignored). "
              "Item numbers are shown full-width (１-(１)) → itemNo given half-width. Device-class items are abbreviated in the workbook; "
              "'item' gives the full catalogue wording. Vendor wording of 2-(1), 2-(2), 3-(1), 3-(2) is my reconstruction. "
              "Re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", row_of[i_mds], row_of[i_patch])

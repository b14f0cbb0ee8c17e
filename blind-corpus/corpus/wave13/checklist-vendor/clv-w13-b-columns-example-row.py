# Generator for clv-w13-b-columns-example-row.xlsx (3 planted problems)
# Column-per-value vendor checklist: 記入要領 sheet, 記入例 row above the data, two-row header,
# header labels and values in one cell ("事業者名：..."), dropdowns fed from a hidden "list" sheet,
# Excel date cells shown in 和暦, then re-saved by LibreOffice.
import json, os, subprocess, shutil, tempfile, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave13/checklist-vendor"
NAME = "clv-w13-b-columns-example-row"
SHEET = "チェックリスト"
WAREKI = '[$-411]ggge"年"m"月"d"日"'

wb = Workbook()
guide = wb.active
guide.title = "記入要領"
guide.column_dimensions["A"].width = 100
for i, t in enumerate([
    "【記入要領】医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）令和6年度版",
    "1. 「チェックリスト」シートの上部に事業者名、対象システム、提出先医療機関名を記入してください。",
    "2. 各項目の1回目の回答欄はプルダウンから「はい」「いいえ」を選択し、確認日を入力してください。",
    "3. 1回目が「いいえ」の項目は、対応目標日（令和7年3月31日まで）を必ず入力してください。",
    "4. 目標日までに対応した項目は、2回目の回答と確認日を入力してください。",
    "5. 記入例の行は削除しないでください（集計対象外）。",
], start=1):
    guide.cell(i, 1, t)
guide["A1"].font = Font(bold=True)

ws = wb.create_sheet(SHEET)
lst = wb.create_sheet("list")
lst["A1"] = "はい"; lst["A2"] = "いいえ"
lst.sheet_state = "hidden"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
for col, w in {"A": 14, "B": 8, "C": 55, "D": 8, "E": 17, "F": 17, "G": 8, "H": 17, "I": 32}.items():
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:I1")
ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）　令和6年度版"
ws["A1"].font = Font(size=13, bold=True)
VENDOR = "山陽画像システム株式会社"
SYSTEM = "医用画像管理システム（PACS）"
HOSP = "医療法人清流会 清流記念病院"
for r, lab, val in [(3, "事業者名", VENDOR), (4, "対象システム", SYSTEM), (5, "提出先医療機関名", HOSP)]:
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=3)
    ws.cell(r, 1, f"{lab}：{val}")

# two-row header 7-8
ws.merge_cells("A7:A8"); ws["A7"] = "区分"
ws.merge_cells("B7:B8"); ws["B7"] = "番号"
ws.merge_cells("C7:C8"); ws["C7"] = "チェック項目"
ws.merge_cells("D7:E7"); ws["D7"] = "1回目"
ws["D8"] = "回答"; ws["E8"] = "確認日"
ws.merge_cells("F7:F8"); ws["F7"] = "目標日\n（いいえの場合）"
ws.merge_cells("G7:H7"); ws["G7"] = "2回目"
ws["G8"] = "回答"; ws["H8"] = "確認日"
ws.merge_cells("I7:I8"); ws["I7"] = "備考"
for rr in (7, 8):
    for c in range(1, 10):
        ws.cell(rr, c).border = box
        ws.cell(rr, c).alignment = center
        ws.cell(rr, c).fill = PatternFill("solid", fgColor="FFF2CC")

def d(s):
    return dt.datetime.strptime(s, "%Y-%m-%d") if s else None

# 記入例 row 9
ex = ["記入例", "", "（例）○○を実施している", "いいえ", d("2024-06-03"), d("2024-07-31"), "はい", d("2024-07-22"), "（例）7月の定期保守時に対応"]
grey = Font(color="808080", italic=True)
for c, v in enumerate(ex, start=1):
    cell = ws.cell(9, c, v)
    cell.font = grey; cell.border = box; cell.alignment = center if c != 3 else wrap
    if isinstance(v, dt.datetime):
        cell.number_format = WAREKI

S1 = "体制構築"; S2 = "医療情報システムの管理・運用"; S3 = "インシデント発生に備えた対応"
F = "2024-11-05"
items = [
    # section label shown, canonical section, itemNo, item, fa, fd, td, sa, sd, remarks
    ("1 体制構築", S1, "1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している", "はい", F, None, None, None, None),
    ("2 管理・運用", S2, "2-(1)", "医療機関に提供しているサーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", F, None, None, None, None),
    ("2 管理・運用", S2, "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した", "いいえ", F, "2024-12-27", "はい", "2024-10-30", "保守用VPN回線の有無を病院情報システム室へ報告"),
    ("2 管理・運用", S2, "2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した", "はい", F, None, None, None, "SDS提出済（R6.9.30）"),
    ("サーバ", "サーバ", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", F, None, None, None, None),
    ("サーバ", "サーバ", None, "退職者や使用していないアカウント等、不要なアカウントを削除している", "いいえ", F, None, None, None, "保守用共通アカウントの棚卸し中"),
    ("サーバ", "サーバ", None, "アクセスログを管理している", "はい", F, None, None, None, None),
    ("サーバ", "サーバ", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", F, None, None, None, None),
    ("サーバ", "サーバ", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", F, None, None, None, None),
    ("端末PC", "端末PC", None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", F, None, None, None, None),
    ("端末PC", "端末PC", None, "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", F, None, None, None, None),
    ("端末PC", "端末PC", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "いいえ", F, "2025-05-31", None, None, "読影ビューア端末のOS更新は次期更新時に実施"),
    ("端末PC", "端末PC", None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", F, None, None, None, None),
    ("ネットワーク機器", "ネットワーク機器", None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", F, None, None, None, None),
    ("ネットワーク機器", "ネットワーク機器", None, "接続元制限を実施している", "はい", F, None, None, None, None),
    ("3 インシデント対応", S3, "3-(1)", "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある", "はい", F, None, None, None, None),
    ("3 インシデント対応", S3, "3-(2)", "医療機関と協力し、インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している", "いいえ", F, "2025-01-31", "はい", "2025-01-24", "復旧手順書を改訂（第3版）"),
]

dv = DataValidation(type="list", formula1="=list!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
entries = []
r = 10
cellmap = {}
for i, (lab, sec, no, item, fa, fd, td, sa, sd, rem) in enumerate(items):
    vals = [lab, no or "", item, fa, d(fd), d(td), sa, d(sd), rem]
    for c, v in enumerate(vals, start=1):
        cell = ws.cell(r, c)
        if v not in (None, ""):
            cell.value = v
        cell.border = box
        cell.alignment = wrap if c in (3, 9) else center
        if c in (5, 6, 8):
            cell.number_format = WAREKI
    dv.add(f"D{r}"); dv.add(f"G{r}")
    e = {"section": sec, "item": item}
    if no: e["itemNo"] = no
    e["firstAnswer"] = fa; e["firstDate"] = fd
    if td: e["targetDate"] = td
    if sa: e["secondAnswer"] = sa; e["secondDate"] = sd
    if rem: e["remarks"] = rem
    entries.append(e)
    cellmap[i] = r
    r += 1

ws.freeze_panes = "D10"
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.active = 1

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
outdir = os.path.join(tmp, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                "--convert-to", "xlsx", "--outdir", outdir, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmp)

planted = [
    {"cells": [f"{SHEET}!H{cellmap[2]}", f"{SHEET}!E{cellmap[2]}"], "paths": ["entries[2].secondDate"],
     "why": "2-(2): 2回目確認日 令和6年10月30日 is before the 1回目確認日 令和6年11月5日 (2回目 date must not precede 1回目)"},
    {"cells": [f"{SHEET}!F{cellmap[5]}"], "paths": ["entries[5].targetDate"],
     "why": "サーバ 不要なアカウント削除: 1回目 いいえ but 目標日 left blank (いいえ requires a 目標日)"},
    {"cells": [f"{SHEET}!F{cellmap[11]}"], "paths": ["entries[11].targetDate"],
     "why": "端末PC セキュリティパッチ: 目標日 令和7年5月31日 is outside the R6 fiscal year (must be by 2025-03-31)"},
]
expected = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSP, "entries": entries},
    "planted": planted,
    "notes": ("Sheet 'チェックリスト' (second sheet; '記入要領' is instructions, 'list' is a hidden dropdown source). Row 9 is a labelled "
              "記入例 row and is not an entry. Header values share the cell with their label ('事業者名：...'). Dates are real Excel date "
              "cells displayed in 和暦 (ggge年m月d日). The 区分 column abbreviates the section ('2 管理・運用', '3 インシデント対応'); "
              "section values give the full heading without its number. Device-class rows have no 番号. Re-saved by LibreOffice. "
              "Item wording is this vendor form's parallel of the hospital items (catalogue gives vendor wording only for 1-(1), 2-(3))."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", cellmap)

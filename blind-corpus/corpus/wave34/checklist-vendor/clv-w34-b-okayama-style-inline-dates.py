# Generator: clv-w34-b-okayama-style-inline-dates.xlsx (checklist-vendor, R6) -- 2 planted problems
# Okayama-style cells "はい・いいえ (/)" with the unused option deleted and a year-less date inside;
# header as "label：value" cells; 記入要領 sheet first; labelled 記入例 row; re-saved by LibreOffice.
import sys, json, os, subprocess, shutil
sys.path.insert(0, "/tmp/w34_clv_ins_py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = "/work/blind/wave34/checklist-vendor"
NAME = "clv-w34-b-okayama-style-inline-dates"
TMP = "/tmp/w34_clvins_tmp"
SHEET = "チェックリスト"

vendor = "株式会社ウエストメディカルソフト"
system = "医事会計システム（Medi-Calc Pro Ver.5）"
hospital = "医療法人 緑風会 みどり台病院"
BLANK2 = "はい・いいえ（　/　）"   # untouched template text in 2回目
BLANKT = "（　/　）"             # untouched template text in 目標日

# (section, itemNo, shown text, catalogue text, cell1, first, firstDate, cellT, target, cell2, second, secondDate, remarks)
R = []
def add(sec, no, shown, full, c1, a1, d1, ct=BLANKT, tg=None, c2=BLANK2, a2=None, d2=None, rem=None):
    R.append(dict(sec=sec, no=no, shown=shown, full=full, c1=c1, a1=a1, d1=d1, ct=ct, tg=tg, c2=c2, a2=a2, d2=d2, rem=rem))

add("体制構築", "1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。",
    "事業者内に、医療情報システム等の提供に係る管理責任者を設置している", "はい（10/15）", "はい", "2024-10-15")
add("医療情報システムの管理・運用", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている。",
    "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい（10/15）", "はい", "2024-10-15")
# PLANTED 1: いいえ, 目標日 outside the fiscal year (R6 FY ends 2025-03-31)
add("医療情報システムの管理・運用", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を確認した。",
    "リモートメンテナンス（保守）を利用している機器の有無を確認した", "いいえ（10/15）", "いいえ", "2024-10-15",
    ct="R7.6.30", tg="2025-06-30", rem="次期保守契約更新時に確認予定")
add("医療情報システムの管理・運用", "2-(3)", "医療機関にMDS/SDSを提出した。",
    "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した", "はい（10/15）", "はい", "2024-10-15",
    rem="SDS 令和6年7月提出済")
add("サーバ", None, "アクセス利用権限の設定（職種・担当業務別）",
    "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい（10/16）", "はい", "2024-10-16")
add("サーバ", None, "不要なアカウントの削除（退職者等）",
    "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい（10/16）", "はい", "2024-10-16")
# PLANTED 2: answer without the 1回目 確認日
add("サーバ", None, "アクセスログの管理",
    "アクセスログを管理している", "はい", "はい", None)
add("サーバ", None, "セキュリティパッチの適用",
    "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい（10/16）", "はい", "2024-10-16")
add("サーバ", None, "不要なソフトウェア・サービスの停止",
    "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい（10/16）", "はい", "2024-10-16")
add("端末PC", None, "アクセス利用権限の設定（職種・担当業務別）",
    "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい（10/16）", "はい", "2024-10-16")
add("端末PC", None, "不要なアカウントの削除（退職者等）",
    "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい（10/16）", "はい", "2024-10-16")
add("端末PC", None, "セキュリティパッチの適用",
    "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい (10/16)", "はい", "2024-10-16")
add("端末PC", None, "不要なソフトウェア・サービスの停止",
    "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい (10/16)", "はい", "2024-10-16")
add("ネットワーク機器", None, "セキュリティパッチ（ファームウェア）の適用",
    "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい（10/16）", "はい", "2024-10-16")
add("ネットワーク機器", None, "接続元制限の実施",
    "接続元制限を実施している", "いいえ（10/16）", "いいえ", "2024-10-16",
    ct="（1/31）", tg="2025-01-31", c2="はい（1/24）", a2="はい", d2="2025-01-24",
    rem="リモート保守回線の接続元IPを\nUTMで制限（1/24設定完了）")
add("インシデント発生に備えた対応", "3-(1)", "インシデント発生時の連絡体制図がある。",
    "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", "はい（10/17）", "はい", "2024-10-17")
add("インシデント発生に備えた対応", "3-(2)", "診療継続に必要な情報を検討し、バックアップの実施と復旧手順を確認している。",
    "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", "はい（10/17）", "はい", "2024-10-17")

wb = Workbook()
g = wb.active; g.title = "記入要領"
notes = ["【記入要領】",
         "１．事業者名、対象システム、提出先医療機関名を記入してください。",
         "２．各項目について確認し、「はい・いいえ」のうち該当しない方を削除し、（　/　）に確認日を記入してください。",
         "３．1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください（年度内）。",
         "４．対応後、2回目の確認結果と確認日を記入してください。",
         "５．システムごとにチェックリストを分けて作成してください。",
         "※ 記入例の行は削除しないでください（集計対象外）。"]
for i, t in enumerate(notes, 1):
    g.cell(i, 1, t).font = Font(name="ＭＳ 明朝", size=11, bold=(i == 1))
g.column_dimensions["A"].width = 100

ws = wb.create_sheet(SHEET)
wb.active = 1
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
f = Font(name="ＭＳ 明朝", size=10)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
for col, w in zip("ABCDEF", [7, 46, 16, 11, 16, 26]):
    ws.column_dimensions[col].width = w
ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）"
ws["A1"].font = Font(name="ＭＳ 明朝", size=13, bold=True); ws.merge_cells("A1:F1")
ws["A3"] = "事業者名：" + vendor
ws["A4"] = "対象システム：" + system
ws["A5"] = "提出先医療機関名：" + hospital
for r in (3, 4, 5):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=4)
    ws.cell(r, 1).font = Font(name="ＭＳ 明朝", size=11)
    for c in range(1, 5):
        ws.cell(r, c).border = Border(bottom=thin)
ws["A7"] = "※「はい・いいえ」は該当しない方を削除し、（　/　）に確認日を記入。1回目「いいえ」の場合は目標日を記入。"
ws.merge_cells("A7:F7"); ws["A7"].font = Font(name="ＭＳ 明朝", size=9)

ws["A9"] = "No"; ws["B9"] = "チェック項目"; ws["C9"] = "確認結果（日付）"; ws["F9"] = "備考"
ws.merge_cells("A9:A10"); ws.merge_cells("B9:B10"); ws.merge_cells("C9:E9"); ws.merge_cells("F9:F10")
ws["C10"] = "1回目"; ws["D10"] = "目標日"; ws["E10"] = "2回目"
for r in (9, 10):
    for c in range(1, 7):
        ws.cell(r, c).border = box; ws.cell(r, c).alignment = center
        ws.cell(r, c).font = Font(name="ＭＳ 明朝", size=10, bold=True)
        ws.cell(r, c).fill = PatternFill("solid", fgColor="EDEDED")

def rowfmt(r, height=30):
    for c in range(1, 7):
        cell = ws.cell(r, c); cell.border = box; cell.font = f
        cell.alignment = wrap if c in (2, 6) else center
    ws.row_dimensions[r].height = height

# labelled example row (must be ignored)
r = 11
ws.cell(r, 1, "記入例"); ws.cell(r, 2, "（例）○○○○を実施している。")
ws.cell(r, 3, "いいえ（5/13）"); ws.cell(r, 4, "（6/28）"); ws.cell(r, 5, "はい（6/27）"); ws.cell(r, 6, "記入例")
rowfmt(r)
for c in range(1, 7):
    ws.cell(r, c).font = Font(name="ＭＳ 明朝", size=10, color="808080", italic=True)
r += 1

heads = {"体制構築": "１．体制構築", "医療情報システムの管理・運用": "２．医療情報システムの管理・運用",
         "サーバ": "　◆サーバ", "端末PC": "　◆端末PC", "ネットワーク機器": "　◆ネットワーク機器",
         "インシデント発生に備えた対応": "３．インシデント発生に備えた対応"}
last = None
entries = []
cellmap = {}
for i, x in enumerate(R):
    if x["sec"] != last:
        ws.cell(r, 1, heads[x["sec"]]); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1).font = Font(name="ＭＳ 明朝", size=10, bold=True)
        for c in range(1, 7): ws.cell(r, c).border = box
        last = x["sec"]; r += 1
    if x["no"]: ws.cell(r, 1, x["no"])
    ws.cell(r, 2, x["shown"]); ws.cell(r, 3, x["c1"]); ws.cell(r, 4, x["ct"]); ws.cell(r, 5, x["c2"])
    if x["rem"]: ws.cell(r, 6, x["rem"])
    rowfmt(r)
    cellmap[i] = r
    e = {"section": x["sec"], "item": x["full"]}
    if x["no"]: e["itemNo"] = x["no"]
    e["firstAnswer"] = x["a1"]
    if x["d1"]: e["firstDate"] = x["d1"]
    if x["tg"]: e["targetDate"] = x["tg"]
    if x["a2"]: e["secondAnswer"] = x["a2"]
    if x["d2"]: e["secondDate"] = x["d2"]
    if x["rem"]: e["remarks"] = x["rem"]
    entries.append(e)
    r += 1
ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True

os.makedirs(TMP, exist_ok=True)
tmp = os.path.join(TMP, NAME + ".xlsx")
wb.save(tmp)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, tmp], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

p1 = cellmap[2]; p2 = cellmap[6]
exp = {"form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
       "values": {"vendorName": vendor, "targetSystem": system, "hospitalName": hospital, "entries": entries},
       "planted": [
           {"cells": [f"{SHEET}!D{p1}"], "paths": ["entries[2].targetDate"],
            "why": "1回目 いいえ; 目標日 R7.6.30 (2025-06-30) is outside the form's fiscal year 令和6年度 (must be by 2025-03-31)"},
           {"cells": [f"{SHEET}!C{p2}"], "paths": ["entries[6].firstDate"],
            "why": "1回目 answered はい but no 確認日 written (every item needs a 1回目 answer and date)"}],
       "notes": "Okayama-style answer cells: the unused option of はい・いいえ is deleted and the year-less date is in the same cell, e.g. 'いいえ（10/15）' -> firstAnswer いいえ, firstDate 2024-10-15; 目標日 '（1/31）' -> 2025-01-31. Cells still holding the untouched template text 'はい・いいえ（　/　）' (2回目) or '（　/　）' (目標日) are blank, not answers. Row 11 is a labelled 記入例 row and is not in values. Header is label and value in one cell ('事業者名：…'). Items in the workbook are abbreviated; 'item' gives the full wording (vendor wording besides 1-(1)/2-(3) is my reconstruction). Sheet 記入要領 is instructions only. Re-saved by LibreOffice."}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fp:
    json.dump(exp, fp, ensure_ascii=False, indent=2)
print("ok", p1, p2)

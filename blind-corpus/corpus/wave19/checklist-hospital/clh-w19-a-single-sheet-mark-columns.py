#!/usr/bin/python3
"""Generator: clh-w19-a-single-sheet-mark-columns.xlsx
Prefecture-drawn single-sheet version of the MHLW 令和6年度版 チェックリスト（医療機関確認用）:
chapter header rows, a merged 区分 column for the device classes, はい / いいえ as separate
columns where the hospital puts ○, Excel date cells; an extra 記入要領 sheet; re-saved by
LibreOffice. No planted problem."""
import json, os, shutil, subprocess, tempfile, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "clh-w19-a-single-sheet-mark-columns"
XLSX = os.path.join(HERE, BASE + ".xlsx")
SHEET = "チェックリスト"
FACILITY = "社会医療法人 青葉会 みなと中央病院"
D = dt.date

ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
DEL = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"

# rows: (chapter header or None, itemNo, 区分 shown, section canonical, item, a1, d1, target, a2, d2, remarks)
ROWS = [
    (None, None, "前提", "前提", "医療情報システムを導入、運用している", "はい", D(2024, 6, 17), None, None, None, None),
    ("1．体制構築", "1-(1)", None, "体制構築", "医療情報システム安全管理責任者を設置している", "はい", D(2024, 6, 17), None, None, None, "情報システム室長を任命済"),
    ("2．医療情報システムの管理・運用", "2-(1)", "医療情報システム全般", "医療情報システム全般", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", D(2024, 6, 17), None, None, None, None),
    (None, "2-(2)", "医療情報システム全般", "医療情報システム全般", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい", D(2024, 6, 18), None, None, None, "電子カルテ・PACS・検体検査システムでリモート保守あり"),
    (None, "2-(3)", "医療情報システム全般", "医療情報システム全般", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", "いいえ", D(2024, 6, 18), D(2024, 9, 30), "はい", D(2024, 9, 26), "電子カルテ・PACS・レセコンの3社から受領"),
    (None, None, "サーバ", "サーバ", ACC, "はい", D(2024, 6, 20), None, None, None, None),
    (None, None, "サーバ", "サーバ", DEL, "はい", D(2024, 6, 20), None, None, None, None),
    (None, None, "サーバ", "サーバ", LOG, "いいえ", D(2024, 6, 20), D(2024, 12, 27), "はい", D(2024, 12, 10), "ログ保管サーバを導入"),
    (None, None, "サーバ", "サーバ", PAT, "はい", D(2024, 6, 20), None, None, None, None),
    (None, None, "サーバ", "サーバ", SVC, "はい", D(2024, 6, 20), None, None, None, None),
    (None, None, "端末PC", "端末PC", ACC, "はい", D(2024, 6, 21), None, None, None, None),
    (None, None, "端末PC", "端末PC", DEL, "はい", D(2024, 6, 21), None, None, None, "退職者分は毎月人事異動時に削除"),
    (None, None, "端末PC", "端末PC", PAT, "はい", D(2024, 6, 21), None, None, None, None),
    (None, None, "端末PC", "端末PC", SVC, "いいえ", D(2024, 6, 21), D(2025, 3, 31), None, None, "端末入替時に対応予定"),
    (None, None, "ネットワーク機器", "ネットワーク機器", PAT, "はい", D(2024, 6, 24), None, None, None, None),
    (None, None, "ネットワーク機器", "ネットワーク機器", SRC, "はい", D(2024, 6, 24), None, None, None, None),
    ("3．インシデント発生に備えた対応", "3-(1)", None, "インシデント発生に備えた対応", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", "はい", D(2024, 6, 25), None, None, None, None),
    (None, "3-(2)", None, "インシデント発生に備えた対応", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", "はい", D(2024, 6, 25), None, None, None, None),
    (None, "3-(3)", None, "インシデント発生に備えた対応", "サイバー攻撃を想定した事業継続計画（BCP）を策定している", "いいえ", D(2024, 6, 25), D(2025, 3, 31), None, None, "「BCP策定の確認表」を用いて策定中"),
]

wb = Workbook()
ws = wb.active; ws.title = SHEET
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
lft = Alignment(horizontal="left", vertical="center", wrap_text=True)
for k, v in {"A": 7, "B": 12, "C": 52, "D": 5, "E": 5, "F": 11, "G": 11, "H": 5, "I": 5, "J": 11, "K": 30}.items():
    ws.column_dimensions[k].width = v
ws.merge_cells("A1:K1")
ws["A1"] = "令和6年度版 医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["A1"].font = Font(size=14, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A2:K2"); ws["A2"] = "（医療機関確認用）"; ws["A2"].alignment = Alignment(horizontal="center")
ws.merge_cells("A4:B4"); ws["A4"] = "医療機関名"; ws["A4"].alignment = ctr; ws["A4"].fill = PatternFill("solid", fgColor="D9D9D9")
ws.merge_cells("C4:G4"); ws["C4"] = FACILITY; ws["C4"].alignment = lft
for c in "ABCDEFG":
    ws[c + "4"].border = box
ws.merge_cells("H4:K4")
ws["H4"] = "※回答欄の「はい」「いいえ」いずれかに○を記入"
ws["H4"].font = Font(size=9)

# header rows 6-7
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
for rng, t in [("A6:A7", "番号"), ("B6:B7", "区分"), ("C6:C7", "チェック項目"), ("D6:F6", "1回目"),
               ("G6:G7", "目標日"), ("H6:J6", "2回目"), ("K6:K7", "備考")]:
    ws.merge_cells(rng); ws[rng.split(":")[0]] = t
for c, t in zip("DEFHIJ", ["はい", "いいえ", "確認日", "はい", "いいえ", "確認日"]):
    ws[c + "7"] = t
for row in (6, 7):
    for c in "ABCDEFGHIJK":
        cell = ws[c + str(row)]
        cell.border = box; cell.alignment = ctr; cell.font = Font(bold=True, size=10); cell.fill = hdr_fill

entries = []
r = 8
merge_start = {}
prev_kubun = None; kubun_start = None
def close_kubun(end_row):
    if prev_kubun and kubun_start is not None and end_row > kubun_start:
        ws.merge_cells(start_row=kubun_start, start_column=2, end_row=end_row, end_column=2)

for (chap, no, kubun, sec, item, a1, d1, tg, a2, d2, rem) in ROWS:
    if chap:
        close_kubun(r - 1); prev_kubun = None; kubun_start = None
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        ws.cell(r, 1, chap).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        for c in range(1, 12):
            ws.cell(r, c).border = box
        r += 1
    if kubun != prev_kubun:
        close_kubun(r - 1)
        prev_kubun = kubun; kubun_start = r
        if kubun:
            ws.cell(r, 2, kubun)
    if no:
        ws.cell(r, 1, no)
    ws.cell(r, 3, item)
    ws.cell(r, 4 if a1 == "はい" else 5, "○")
    ws.cell(r, 6, d1)
    if tg: ws.cell(r, 7, tg)
    if a2: ws.cell(r, 8 if a2 == "はい" else 9, "○")
    if d2: ws.cell(r, 10, d2)
    if rem: ws.cell(r, 11, rem)
    for c in range(1, 12):
        cell = ws.cell(r, c); cell.border = box; cell.font = Font(size=10)
        cell.alignment = lft if c in (3, 11) else ctr
        if c in (6, 7, 10):
            cell.number_format = "yyyy/m/d"
    ws.row_dimensions[r].height = 32
    e = {"section": sec, "item": item}
    if no: e["itemNo"] = no
    e.update({"firstAnswer": a1, "firstDate": d1.isoformat()})
    if tg: e["targetDate"] = tg.isoformat()
    if a2: e["secondAnswer"] = a2; e["secondDate"] = d2.isoformat()
    if rem: e["remarks"] = rem
    entries.append(e)
    r += 1
close_kubun(r - 1)
ws.freeze_panes = "D8"
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0

g = wb.create_sheet("記入要領")
g.column_dimensions["A"].width = 110
for i, t in enumerate([
    "記入要領",
    "・本チェックリストは、医療法第25条第1項に基づく立入検査の際に確認します。",
    "・各項目について、1回目の確認結果の「はい」「いいえ」欄に○を記入し、確認日を記入してください。",
    "・「前提」が「いいえ」（医療情報システムを導入していない）の場合、以降の項目の記入は不要です。",
    "・1回目で「いいえ」の場合は、令和6年度中の対応目標日を記入し、対応後に2回目の確認結果を記入してください。",
    "・記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。",
], 1):
    g.cell(i, 1, t)
g["A1"].font = Font(bold=True, size=12)

# save with openpyxl, then re-save through LibreOffice as the prefecture's office PC would
tmpd = tempfile.mkdtemp()
src = os.path.join(tmpd, "src", BASE + ".xlsx"); os.makedirs(os.path.dirname(src))
wb.save(src)
out = os.path.join(tmpd, "out"); os.makedirs(out)
res = subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", out, src],
                     capture_output=True, text=True, timeout=180)
conv = os.path.join(out, BASE + ".xlsx")
if os.path.exists(conv):
    shutil.copy(conv, XLSX); how = "LibreOffice re-save"
else:
    shutil.copy(src, XLSX); how = "openpyxl only (LibreOffice failed: %s)" % res.stderr.strip()[:200]
shutil.rmtree(tmpd)

exp = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": BASE + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [],
    "notes": ("Answers are ○ marks in separate はい / いいえ columns (D/E for 1回目, H/I for 2回目); dates are Excel date "
              "cells. Device-class items (サーバ / 端末PC / ネットワーク機器) show no item number; their section is the "
              "merged 区分 cell. 1-(1) and 3-(x) have an empty 区分 and sit under the chapter header rows "
              "'1．体制構築' / '3．インシデント発生に備えた対応' (section given without the number). Device-class item list "
              "follows the seed 004 article (サーバ 5, 端末PC 4, ネットワーク機器 2 items). Saved: " + how + "."),
}
with open(os.path.join(HERE, BASE + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("wrote", XLSX, how)

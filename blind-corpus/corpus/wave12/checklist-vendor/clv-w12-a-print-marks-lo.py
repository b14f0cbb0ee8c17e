#!/usr/bin/python3
# Generator: clv-w12-a-print-marks-lo.xlsx
# A vendor's checklist (事業者確認用, 令和6年度版) drawn for printing by a prefecture official:
# spacer column, merged header block, two-row table header, ○ marks in はい / いいえ columns,
# Excel date cells shown as m/d, hidden 選択肢 sheet; then re-saved by LibreOffice.
import datetime as dt, json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave12/checklist-vendor"
NAME = "clv-w12-a-print-marks-lo"
D = dt.date

VENDOR = "株式会社せとうち医療システム"
SYSTEM = "電子カルテシステム「MediWave-EX」Ver.5.2（オーダリング含む）"
HOSP = "医療法人緑風会　みどりヶ丘病院"

S1, S2, S3 = "体制構築", "医療情報システムの管理・運用", "インシデント発生に備えた対応"
ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
DEL = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
BGS = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"

d1, d1n = D(2024, 7, 16), D(2024, 7, 22)
# (heading-row marker) or (section, itemNo, item, a1, date1, target, a2, date2, remarks)
ROWS = [
    ("H", "1　体制構築"),
    (S1, "1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している", "はい", d1, None, None, None, None),
    ("H", "2　医療情報システムの管理・運用"),
    (S2, "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", d1, None, None, None, None),
    (S2, "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を確認した", "いいえ", d1, None, "はい", D(2024, 9, 3), "保守用VPN装置1台を確認"),
    (S2, "2-(3)", "医療機関に製造業者／サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した", "はい", d1, None, None, None, "MDS/SDS（2024年版）提出済"),
    ("S", "【サーバ】"),
    ("サーバ", None, ACC, "はい", d1, None, None, None, None),
    ("サーバ", None, DEL, "はい", d1, None, None, None, None),
    ("サーバ", None, LOG, "はい", d1, None, None, None, None),
    ("サーバ", None, PAT, "いいえ", d1, D(2024, 10, 31), "はい", D(2024, 10, 25), "定期保守時に適用"),
    ("サーバ", None, BGS, "はい", d1, None, None, None, None),
    ("S", "【端末PC】"),
    ("端末PC", None, ACC, "はい", d1, None, None, None, None),
    ("端末PC", None, DEL, "いいえ", d1, D(2024, 9, 30), "はい", D(2024, 9, 27), None),
    ("端末PC", None, PAT, "はい", d1, None, None, None, None),
    ("端末PC", None, BGS, "はい", d1, None, None, None, None),
    ("S", "【ネットワーク機器】"),
    ("ネットワーク機器", None, PAT, "はい", d1n, None, None, None, None),
    # PLANTED: 2回目 date 7/2 is before the 1回目 date 7/22
    ("ネットワーク機器", None, SRC, "いいえ", d1n, D(2024, 8, 30), "はい", D(2024, 7, 2), "UTMで保守拠点のIPのみ許可に設定"),
    ("H", "3　インシデント発生に備えた対応"),
    (S3, "3-(1)", "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある", "はい", d1, None, None, None, None),
    (S3, "3-(2)", "医療機関と協議の上、インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", "はい", d1, None, None, None, "年1回、病院と復旧訓練を実施"),
]

thin = Side(style="thin"); hair = Side(style="hair")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
GRAY = PatternFill("solid", fgColor="D9D9D9"); LIGHT = PatternFill("solid", fgColor="F2F2F2")
F = "ＭＳ 明朝"

wb = Workbook()
ws = wb.active
ws.title = "事業者確認用"
for col, w in zip("ABCDEFGHIJK", [2, 7, 50, 5, 5, 8, 8, 5, 5, 8, 24]):
    ws.column_dimensions[col].width = w

def put(ref, v, font=None, al=None, fill=None, border=True, fmt=None):
    c = ws[ref]; c.value = v
    c.font = font or Font(name=F, size=10)
    c.alignment = al or LEFT
    if fill: c.fill = fill
    if border: c.border = BOX
    if fmt: c.number_format = fmt
    return c

def boxrange(rng):
    for row in ws[rng]:
        for c in row: c.border = BOX

ws.merge_cells("B2:K2")
put("B2", "医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）", Font(name=F, size=14, bold=True), CEN, border=False)
ws.merge_cells("H3:K3")
put("H3", "令和6年度版", Font(name=F, size=10), Alignment(horizontal="right"), border=False)

hdr = [("事業者名（法人名）", VENDOR), ("対象システム（システム名・製品名）", SYSTEM),
       ("提出先医療機関名", HOSP), ("記入者（所属・氏名）", "医療システム部 保守課　高畑 亮")]
for i, (lab, val) in enumerate(hdr):
    r = 5 + i
    ws.merge_cells(f"B{r}:C{r}"); ws.merge_cells(f"D{r}:K{r}")
    put(f"B{r}", lab, fill=LIGHT); put(f"D{r}", val)
    boxrange(f"B{r}:K{r}")
    ws.row_dimensions[r].height = 20

ws.merge_cells("B10:K10")
put("B10", "※「はい」「いいえ」欄は該当する方に○を記入してください。確認日・目標日は月/日で記入してください。\n"
           "※1回目の確認で「いいえ」の場合は、実施可能な直近の対応目標日を記入してください。",
    Font(name=F, size=9), LEFT, border=False)
ws.row_dimensions[10].height = 30

# two-row header
for rng, v in [("B12:B13", "番号"), ("C12:C13", "確認事項"), ("D12:F12", "1回目"), ("G12:G13", "目標日"),
               ("H12:J12", "2回目"), ("K12:K13", "備考")]:
    ws.merge_cells(rng); put(rng.split(":")[0], v, Font(name=F, size=10, bold=True), CEN, GRAY)
for ref, v in [("D13", "はい"), ("E13", "いいえ"), ("F13", "確認日"), ("H13", "はい"), ("I13", "いいえ"), ("J13", "確認日")]:
    put(ref, v, Font(name=F, size=9, bold=True), CEN, GRAY)
boxrange("B12:K13")

entries, cellmap = [], []
r = 14
for row in ROWS:
    if row[0] in ("H", "S"):
        ws.merge_cells(f"B{r}:K{r}")
        put(f"B{r}", row[1], Font(name=F, size=10, bold=(row[0] == "H")), LEFT, GRAY if row[0] == "H" else LIGHT)
        boxrange(f"B{r}:K{r}")
        r += 1; continue
    sec, no, item, a1, dd1, tgt, a2, dd2, rem = row
    put(f"B{r}", no, al=CEN); put(f"C{r}", item)
    put(f"D{r}", "○" if a1 == "はい" else None, al=CEN); put(f"E{r}", "○" if a1 == "いいえ" else None, al=CEN)
    put(f"F{r}", dd1, al=CEN, fmt="m/d"); put(f"G{r}", tgt, al=CEN, fmt="m/d")
    put(f"H{r}", "○" if a2 == "はい" else None, al=CEN); put(f"I{r}", "○" if a2 == "いいえ" else None, al=CEN)
    put(f"J{r}", dd2, al=CEN, fmt="m/d"); put(f"K{r}", rem, Font(name=F, size=9))
    ws.row_dimensions[r].height = 30 if len(item) < 46 else 44
    e = {"section": sec, "item": item}
    if no: e["itemNo"] = no
    e["firstAnswer"] = a1; e["firstDate"] = dd1.isoformat()
    if tgt: e["targetDate"] = tgt.isoformat()
    if a2: e["secondAnswer"] = a2
    if dd2: e["secondDate"] = dd2.isoformat()
    if rem: e["remarks"] = rem
    entries.append(e); cellmap.append(r)
    r += 1

# hidden choice list + validation on the mark columns
lst = wb.create_sheet("選択肢")
lst["A1"] = "○"
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="選択肢!$A$1:$A$1", allow_blank=True)
ws.add_data_validation(dv)
dv.add(f"D14:E{r-1}"); dv.add(f"H14:I{r-1}")

ws.print_area = f"A1:K{r}"
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = "12:13"

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx")
wb.save(src)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmp)

# index helper for planted paths
idx_2_2 = next(i for i, e in enumerate(entries) if e.get("itemNo") == "2-(2)")
idx_src = next(i for i, e in enumerate(entries) if e["item"] == SRC)
exp = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSP, "entries": entries},
    "planted": [
        {"cells": [f"事業者確認用!G{cellmap[idx_2_2]}"], "paths": [f"entries[{idx_2_2}].targetDate"],
         "why": "1回目が「いいえ」（7/16）なのに目標日が空欄。「いいえ」の場合は目標日の記入が必要"},
        {"cells": [f"事業者確認用!J{cellmap[idx_src]}", f"事業者確認用!F{cellmap[idx_src]}"],
         "paths": [f"entries[{idx_src}].secondDate"],
         "why": "2回目の確認日（2024/7/2）が1回目の確認日（2024/7/22）より前になっている（9/2等の誤記と思われる）"},
    ],
    "notes": ("Answers are ○ marks in the はい / いいえ columns (both 1回目 and 2回目); dates are real Excel date cells "
              "displayed as m/d (year 2024 held in the cell). Heading rows (1 体制構築 …) and device-class rows "
              "(【サーバ】【端末PC】【ネットワーク機器】) are not entries; device-class items show no item number. "
              "Item wording for the vendor side is my reconstruction (the catalogue gives only 1-(1) and 2-(3)); "
              "the device-class items follow seed 004 (サーバ 5, 端末PC 4, ネットワーク機器 2). Row 8 記入者 is an "
              "extra header not in the key list. Workbook re-saved by LibreOffice; hidden sheet 選択肢 holds the ○ list."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", r)

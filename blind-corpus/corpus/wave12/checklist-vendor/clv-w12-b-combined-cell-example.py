#!/usr/bin/python3
# Generator: clv-w12-b-combined-cell-example.xlsx
# A vendor's checklist laid out like the Okayama 最低限の措置編 sheet: each answer cell pre-printed
# "はい・いいえ (　/　)"; the vendor deletes the option not chosen and writes the year-less date in the
# brackets ("はい (9/10)"); unused cells keep the placeholder. Header values in the label cell
# ("事業者名：…"), running No. column, a 記入要領 sheet and a correctly labelled 記入例 sheet before the
# real sheet, and an いいえ-count formula saved by openpyxl (no cached value).  No planted problem.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave12/checklist-vendor"
NAME = "clv-w12-b-combined-cell-example"

VENDOR = "吉備メディカルソリューションズ株式会社"
SYSTEM = "医用画像管理システム（PACS）・読影レポートシステム"
HOSP = "医療法人和光会　西大寺みなと病院"
PH, PHD = "はい・いいえ (　/　)", "(　/　)"   # untouched placeholders

S1, S2, S3 = "体制構築", "医療情報システムの管理・運用", "インシデント発生に備えた対応"
ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
DEL = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
BGS = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"

# (区分 shown, item, 1回目 text, 目標日 text, 2回目 text, 備考, canonical dict)
ROWS = [
    (S1, "事業者内に、医療情報システム等の提供に係る管理責任者を設置している", "はい (9/10)", None, None, None),
    (S2, "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい (9/10)", None, None, "納入機器一覧を病院へ提出済"),
    (S2, "リモートメンテナンス（保守）を利用している機器の有無を確認した", "はい (9/10)", None, None, None),
    (S2, "医療機関に製造業者／サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した", "いいえ (9/10)", "(10/31)", "はい (10/18)", "MDS/SDS（第2版）を\n10/18に病院情報システム室へ送付"),
    ("サーバ", ACC, "はい (9/10)", None, None, None),
    ("サーバ", DEL, "はい (9/10)", None, None, None),
    ("サーバ", LOG, "はい (9/10)", None, None, None),
    ("サーバ", PAT, "はい (9/10)", None, None, None),
    ("サーバ", BGS, "はい (9/10)", None, None, None),
    ("端末PC", ACC, "はい (9/10)", None, None, "読影端末5台"),
    ("端末PC", DEL, "はい (9/10)", None, None, None),
    ("端末PC", PAT, "いいえ (9/10)", "(1/31)", "はい (1/20)", "Windows更新は病院と日程調整の上適用"),
    ("端末PC", BGS, "はい (9/10)", None, None, None),
    ("ネットワーク機器", PAT, "はい (9/12)", None, None, None),
    ("ネットワーク機器", SRC, "はい (9/12)", None, None, "リモート保守回線はVPN装置で接続元IPを制限"),
    (S3, "インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある", "はい (9/10)", None, None, None),
    (S3, "医療機関と協議の上、インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", "はい (9/10)", None, None, None),
]

def iso(md):
    """year-less m/d on an R6 (FY2024) form: Apr-Dec → 2024, Jan-Mar → 2025"""
    m, d = [int(x) for x in md.strip("()").split("/")]
    return f"{2025 if m <= 3 else 2024:04d}-{m:02d}-{d:02d}"

def parse(txt):
    ans, rest = txt.split(" ", 1)
    return ans, iso(rest)

thin = Side(style="thin")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)
LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
HEAD = PatternFill("solid", fgColor="DDEBF7")
FN = "游ゴシック"

wb = Workbook()
guide = wb.active
guide.title = "記入要領"
guide.column_dimensions["A"].width = 100
for i, t in enumerate([
    "【記入要領】医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）",
    "",
    "1. 医療機関のネットワークを構成する医療情報システムの委託事業者ごと（又はシステムごと）に1枚作成してください。",
    "2. 「チェックリスト」シートの上部に、事業者名・対象システム・提出先医療機関名を記入してください。",
    "3. 1回目・2回目の欄は「はい・いいえ」のうち該当しない方を削除し、（　/　）内に確認日（月/日）を記入してください。",
    "4. 1回目の確認で「いいえ」の場合は、実施可能な直近の対応目標日を目標日欄に記入してください。",
    "5. 「記入例」シートを参考にしてください（記入例シートは提出時に削除不要です）。",
    "6. 記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。",
], 1):
    c = guide.cell(i, 1, t); c.font = Font(name=FN, size=11, bold=(i == 1)); c.alignment = Alignment(wrap_text=True)

def draw(ws, vendor, system, hosp, rows, example=False):
    for col, w in zip("ABCDEFG", [5, 16, 52, 17, 10, 17, 30]):
        ws.column_dimensions[col].width = w
    ws.merge_cells("A1:G1")
    c = ws["A1"]
    c.value = ("【記入例】" if example else "") + "医療機関におけるサイバーセキュリティ対策チェックリスト【事業者確認用】（令和6年度版）"
    c.font = Font(name=FN, size=13, bold=True, color="C00000" if example else "000000")
    for r, t in [(3, "事業者名：" + vendor), (4, "対象システム：" + system), (5, "提出先医療機関名：" + hosp)]:
        ws.merge_cells(f"A{r}:G{r}")
        ws[f"A{r}"].value = t; ws[f"A{r}"].font = Font(name=FN, size=11)
        ws[f"A{r}"].border = Border(bottom=thin)
    ws.merge_cells("A6:G6")
    ws["A6"].value = "※1回目・2回目は「はい・いいえ」の該当しない方を消し、（　/　）内に確認日を記入。目標日は1回目が「いいえ」の場合に記入。"
    ws["A6"].font = Font(name=FN, size=9)
    for col, t in zip("ABCDEFG", ["No.", "区分", "確認項目", "1回目\n（はい・いいえ／確認日）", "目標日", "2回目\n（はい・いいえ／確認日）", "備考"]):
        c = ws[f"{col}8"]; c.value = t; c.font = Font(name=FN, size=10, bold=True); c.alignment = CEN; c.fill = HEAD; c.border = BOX
    ws.row_dimensions[8].height = 32
    r = 9
    for n, (sec, item, a1, tgt, a2, rem) in enumerate(rows, 1):
        vals = [n, sec, item, a1 or PH, tgt or PHD, a2 or PH, rem]
        for col, v in zip("ABCDEFG", vals):
            c = ws[f"{col}{r}"]; c.value = v; c.border = BOX
            c.font = Font(name=FN, size=10 if col != "G" else 9)
            c.alignment = LEFT if col in "BCG" else CEN
        ws.row_dimensions[r].height = 30 if len(item) < 44 else 46
        r += 1
    ws[f"F{r+1}"].value = "「いいえ」の件数（1回目）"; ws[f"F{r+1}"].font = Font(name=FN, size=9)
    ws[f"G{r+1}"].value = f'=COUNTIF(D9:D{r-1},"いいえ*")'
    ws.freeze_panes = "A9"
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    return r

ex = wb.create_sheet("記入例")
draw(ex, "○○システム株式会社", "電子カルテシステム", "△△病院", [
    (S1, ROWS[0][1], "はい (6/3)", None, None, None),
    (S2, ROWS[1][1], "いいえ (6/3)", "(7/31)", "はい (7/25)", "台帳様式を作成し7/25提出"),
    (S2, ROWS[2][1], "はい (6/3)", None, None, None),
], example=True)

ws = wb.create_sheet("チェックリスト")
draw(ws, VENDOR, SYSTEM, HOSP, ROWS)
wb.active = wb.sheetnames.index("チェックリスト")
for s in wb.worksheets:
    s.sheet_view.tabSelected = (s.title == "チェックリスト")
wb.save(os.path.join(OUT, NAME + ".xlsx"))

entries = []
for n, (sec, item, a1, tgt, a2, rem) in enumerate(ROWS, 1):
    e = {"section": sec, "item": item, "itemNo": str(n)}
    e["firstAnswer"], e["firstDate"] = parse(a1)
    if tgt: e["targetDate"] = iso(tgt)
    if a2: e["secondAnswer"], e["secondDate"] = parse(a2)
    if rem: e["remarks"] = rem
    entries.append(e)
exp = {
    "form": "checklist-vendor",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"vendorName": VENDOR, "targetSystem": SYSTEM, "hospitalName": HOSP, "entries": entries},
    "planted": [],
    "notes": ("Data is on sheet チェックリスト (rows 9-25); sheet 記入例 is a correctly labelled example (vendor ○○システム株式会社) "
              "and must be ignored; 記入要領 is instructions. Answers and dates share one cell: 「はい (9/10)」 = はい, "
              "2024-09-10 (year-less; Jan-Mar mean 2025, so (1/31) = 2025-01-31, はい (1/20) = 2025-01-20). Cells still "
              "holding the printed placeholder 「はい・いいえ (　/　)」 or 「(　/　)」 are unanswered (2回目 not re-checked "
              "because 1回目 was はい) and are omitted. itemNo is the running No. column (1-17) as shown. Header values "
              "share the cell with their label (事業者名：…). G27 holds =COUNTIF(…) saved by openpyxl without a cached value. "
              "Vendor item wording is my reconstruction (catalogue gives only 1-(1), 2-(3)); device-class items follow seed 004."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok")

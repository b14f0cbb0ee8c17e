# Generator: clh-w27-a-single-sheet-device-blocks.xlsx (checklist-hospital, R6)
# Prefecture-office style: one sheet, 項番 | 区分 | チェック項目 | 1回目(回答, 確認日) | 目標日 | 2回目(回答, 確認日) | 備考,
# section heading rows, device classes merged vertically in 区分, header "医療機関名：…" in one cell,
# a COUNTIF tally saved by openpyxl without cached value, and a 記入要領 sheet.
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w27-a-single-sheet-device-blocks"
SHEET = "チェックリスト"
FAC = "市立みなみ野総合病院"
D = dt.date
F1 = D(2024, 6, 24)

ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
DEL = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"

# rows: ("head", text) or (no, section_shown, item, a1, d1, tgt, a2, d2, remarks)
ROWS = [
    ("head", "前提"),
    (None, "前提", "医療情報システムを導入、運用している", "はい", F1, None, None, None, None),
    ("head", "1　体制構築"),
    ("1-(1)", "体制構築", "医療情報システム安全管理責任者を設置している", "はい", F1, None, None, None, "情報システム課長を任命（R5.4～）"),
    ("head", "2　医療情報システムの管理・運用"),
    ("2-(1)", "医療情報システム全般", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", F1, None, None, None, None),
    ("2-(2)", "医療情報システム全般", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい", F1, None, None, None,
     "電子カルテ、PACS、検体検査システムでリモート保守あり"),
    ("2-(3)", "医療情報システム全般", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     "いいえ", F1, D(2024, 9, 30), "はい", D(2024, 9, 26), "電子カルテ・部門システム事業者に依頼"),
    (None, "サーバ", ACC, "はい", F1, None, None, None, None),
    (None, "サーバ", DEL, "いいえ", F1, D(2024, 8, 31), "はい", D(2024, 8, 28), "退職者アカウント棚卸し"),
    (None, "サーバ", LOG, "はい", F1, None, None, None, None),
    (None, "サーバ", PAT, "はい", F1, None, None, None, None),
    (None, "サーバ", SVC, "はい", F1, None, None, None, None),
    (None, "端末PC", ACC, "はい", F1, None, None, None, None),
    (None, "端末PC", DEL, "はい", F1, None, None, None, None),
    (None, "端末PC", PAT, "いいえ", F1, D(2024, 10, 31), "はい", D(2024, 10, 29), "Windows Update の適用手順を保守業者と調整"),
    (None, "端末PC", SVC, "はい", F1, None, None, None, None),
    (None, "ネットワーク機器", PAT, "はい", F1, None, None, None, None),
    (None, "ネットワーク機器", SRC, "はい", F1, None, None, None, None),
    ("head", "3　インシデント発生に備えた対応"),
    ("3-(1)", "インシデント発生に備えた対応", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
     "はい", F1, None, None, None, None),
    ("3-(2)", "インシデント発生に備えた対応", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     "はい", F1, None, None, None, None),
    ("3-(3)", "インシデント発生に備えた対応", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
     "いいえ", F1, D(2025, 3, 31), None, None, "R6年度中に策定予定\n（BCP策定の確認表を使用）"),
]

wb = Workbook()
ws = wb.active
ws.title = SHEET
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
cc = Alignment(horizontal="center", vertical="center", wrap_text=True)
lc = Alignment(horizontal="left", vertical="center", wrap_text=True)
for k, v in {"A": 7, "B": 16, "C": 56, "D": 8, "E": 11, "F": 11, "G": 8, "H": 11, "I": 30}.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("A1:I1")
ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）【医療機関確認用】"
ws["A1"].font = Font(size=13, bold=True); ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A3:D3"); ws["A3"] = "医療機関名：" + FAC
ws["A3"].font = Font(size=12)
for c in "ABCD":
    ws[f"{c}3"].border = Border(bottom=thin)
ws.merge_cells("F3:I3")
ws["F3"] = "※「前提」が「いいえ」の場合、以降の項目の記入は不要です。"
ws["F3"].font = Font(size=9)

ws.merge_cells("A5:A6"); ws["A5"] = "項番"
ws.merge_cells("B5:B6"); ws["B5"] = "区分"
ws.merge_cells("C5:C6"); ws["C5"] = "チェック項目"
ws.merge_cells("D5:E5"); ws["D5"] = "1回目"
ws["D6"] = "はい/いいえ"; ws["E6"] = "確認日"
ws.merge_cells("F5:F6"); ws["F5"] = "目標日"
ws.merge_cells("G5:H5"); ws["G5"] = "2回目"
ws["G6"] = "はい/いいえ"; ws["H6"] = "確認日"
ws.merge_cells("I5:I6"); ws["I5"] = "備考"
for r in (5, 6):
    for c in "ABCDEFGHI":
        x = ws[f"{c}{r}"]; x.border = box; x.alignment = cc; x.font = Font(bold=True, size=9 if r == 6 else 11)
        x.fill = PatternFill("solid", fgColor="DDEBF7")

entries = []
r = 7
dev_ranges = {}
for row in ROWS:
    if row[0] == "head":
        ws.merge_cells(f"A{r}:I{r}"); ws[f"A{r}"] = row[1]
        ws[f"A{r}"].font = Font(bold=True)
        for c in "ABCDEFGHI":
            ws[f"{c}{r}"].fill = PatternFill("solid", fgColor="F2F2F2"); ws[f"{c}{r}"].border = box
        r += 1; continue
    no, sec, item, a1, d1, tg, a2, d2, rem = row
    if no: ws[f"A{r}"] = no
    if sec in ("サーバ", "端末PC", "ネットワーク機器"):
        dev_ranges.setdefault(sec, [r, r])[1] = r
    else:
        ws[f"B{r}"] = sec
    ws[f"C{r}"] = item
    ws[f"D{r}"] = a1; ws[f"E{r}"] = d1
    if tg: ws[f"F{r}"] = tg
    if a2: ws[f"G{r}"] = a2
    if d2: ws[f"H{r}"] = d2
    if rem: ws[f"I{r}"] = rem
    for c in "ABCDEFGHI":
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].alignment = lc if c in "BCI" else cc
    for c in "EFH":
        ws[f"{c}{r}"].number_format = "yyyy/m/d"
    ws.row_dimensions[r].height = 33
    e = {"section": sec, "item": item}
    if no: e["itemNo"] = no
    e.update(firstAnswer=a1, firstDate=d1.isoformat())
    if tg: e["targetDate"] = tg.isoformat()
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2.isoformat()
    if rem: e["remarks"] = rem
    entries.append(e)
    r += 1
for sec, (a, b) in dev_ranges.items():
    ws.merge_cells(f"B{a}:B{b}"); ws[f"B{a}"] = sec
    ws[f"B{a}"].alignment = cc
last = r - 1
r += 1
ws[f"C{r}"] = "集計（1回目「はい」の件数）"; ws[f"C{r}"].alignment = Alignment(horizontal="right")
ws[f"D{r}"] = f'=COUNTIF(D7:D{last},"はい")'
ws[f"C{r+1}"] = "集計（1回目「いいえ」の件数）"; ws[f"C{r+1}"].alignment = Alignment(horizontal="right")
ws[f"D{r+1}"] = f'=COUNTIF(D7:D{last},"いいえ")'
ws.freeze_panes = "D7"
ws.print_title_rows = "5:6"

ins = wb.create_sheet("記入要領")
lines = [
    "記入要領",
    "1. 各項目について「はい」または「いいえ」を記入し、確認日を記入してください。",
    "2. 1回目の確認で「いいえ」の場合は、対応の目標日（令和7年3月31日まで）を記入してください。",
    "3. 目標日以降に再度確認を行い、2回目の欄に結果と確認日を記入してください。",
    "4. サーバ・端末PC・ネットワーク機器の各項目は、該当する機器区分ごとに記入してください。",
    "5. 詳細は「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル」を参照してください。",
    "6. 本チェックリストは立入検査時に確認します。",
]
for i, t in enumerate(lines, 1):
    ins[f"A{i}"] = t
ins["A1"].font = Font(bold=True, size=12)
ins.column_dimensions["A"].width = 100

wb.save(os.path.join(HERE, NAME + ".xlsx"))

exp = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FAC, "entries": entries},
    "planted": [],
    "notes": ("Saved by openpyxl; the two COUNTIF tally cells below the table have no cached value and are not form fields. "
              "Facility name shares one cell with its label ('医療機関名：…'). Section heading rows ('1　体制構築' etc.) are "
              "not items; section values are the 区分 column (device classes merged vertically). Device-class items carry no "
              "number. Item set per device class follows seed 004 (R6: サーバ 5 items, 端末PC 4, ネットワーク機器 2). "
              "Dates are Excel date cells (yyyy/m/d). The 記入要領 sheet is instructions only."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok")

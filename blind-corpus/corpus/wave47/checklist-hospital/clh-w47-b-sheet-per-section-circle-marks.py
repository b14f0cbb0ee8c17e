# Generator for clh-w47-b-sheet-per-section-circle-marks.xlsx
# Role: a hospital's 情報システム課 drew its own copy of the MHLW 令和6年度版 checklist
# (医療機関確認用): a cover sheet (表紙) with the hospital name, then one sheet per section,
# はい / いいえ as two columns where a ○ is put under the chosen one, dates typed as 和暦 text
# (R6.8.5 / 令和6年8月6日), a hidden 選択肢 sheet feeding the ○ dropdown, a note row added below
# the table. Re-saved by LibreOffice (this script calls soffice).
import sys, os, subprocess, shutil, tempfile
sys.path.insert(0, "/tmp/clmclh-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w47-b-sheet-per-section-circle-marks.xlsx"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
hdr = PatternFill("solid", fgColor="DEEAF6")

wb = Workbook()
cov = wb.active
cov.title = "表紙"
cov.column_dimensions["A"].width = 3
cov.column_dimensions["B"].width = 18
cov.column_dimensions["C"].width = 44
cov["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
cov["B1"].font = Font(bold=True, size=14)
cov["B2"] = "令和6年度版　医療機関確認用"
cov["B2"].font = Font(bold=True)
cov["B4"] = "医療機関名"; cov["C4"] = "医療法人 桜井会 さくら台病院"
cov["B5"] = "担当部署"; cov["C5"] = "情報システム課"
cov["B6"] = "記入者"; cov["C6"] = "山田 健一"
for r in (4, 5, 6):
    cov[f"B{r}"].border = box; cov[f"B{r}"].fill = hdr; cov[f"C{r}"].border = box
cov["B8"] = "記入方法"
cov["B8"].font = Font(bold=True)
notes = [
    "・各シートの「はい」「いいえ」いずれかの欄に○を付け、確認日を記入してください。",
    "・1回目が「いいえ」の項目は目標日（令和6年度中）を記入し、対応後に2回目を記入してください。",
    "・前提（医療情報システムを導入、運用している）が「いいえ」の場合、以降の記入は不要です。",
    "・シート：1.前提・体制 ／ 2.システム管理 ／ 3.インシデント対応",
]
for i, t in enumerate(notes):
    cov.cell(9 + i, 2, t)

lst = wb.create_sheet("選択肢")
lst["A1"] = "○"
lst.sheet_state = "hidden"

COLS = ["No.", "対象", "確認項目", "はい", "いいえ", "確認日", "目標日", "はい", "いいえ", "確認日", "備考"]
WID = [7, 16, 50, 6, 6, 12, 12, 6, 6, 12, 30]


def section_sheet(title, heading, rows, after_note=None):
    ws = wb.create_sheet(title)
    for i, w in enumerate(WID):
        ws.column_dimensions[chr(65 + i)].width = w
    ws["A1"] = heading
    ws["A1"].font = Font(bold=True, size=12)
    # header rows 3-4
    for col, lab in (("A", "No."), ("B", "対象"), ("C", "確認項目"), ("G", "目標日"), ("K", "備考")):
        ws.merge_cells(f"{col}3:{col}4"); ws[f"{col}3"] = lab
    ws.merge_cells("D3:F3"); ws["D3"] = "1回目"
    ws.merge_cells("H3:J3"); ws["H3"] = "2回目"
    for col, lab in zip("DEFHIJ", ("はい", "いいえ", "確認日", "はい", "いいえ", "確認日")):
        ws[f"{col}4"] = lab
    for row in ws["A3:K4"]:
        for c in row:
            c.border = box; c.alignment = center; c.fill = hdr; c.font = Font(bold=True, size=10)
    r = 5
    for (no, tgt_cls, item, yes1, no1, d1, tgt, yes2, no2, d2, rem) in rows:
        for col, v in zip("ABCDEFGHIJK", (no, tgt_cls, item, yes1, no1, d1, tgt, yes2, no2, d2, rem)):
            c = ws[f"{col}{r}"]
            if v:
                c.value = v
            c.border = box
            c.alignment = wrap if col in "CK" else center
        ws.row_dimensions[r].height = 36
        r += 1
    dv = DataValidation(type="list", formula1="選択肢!$A$1", allow_blank=True)
    ws.add_data_validation(dv)
    dv.add(f"D5:E{r-1}"); dv.add(f"H5:I{r-1}")
    if after_note:
        r += 1
        ws.merge_cells(f"A{r}:K{r}")
        ws[f"A{r}"] = after_note
        ws[f"A{r}"].font = Font(size=9)
    ws.freeze_panes = "D5"
    return ws


O = "○"
section_sheet("1.前提・体制", "前提・1．体制構築", [
    ("", "前提", "医療情報システムを導入、運用している", O, "", "R6.8.5", "", "", "", "", ""),
    ("1-(1)", "体制構築", "医療情報システム安全管理責任者を設置している", O, "", "R6.8.5", "", "", "", "",
     "事務部長を任命済"),
])

G = "医療情報システム全般"
ACL = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
CON = "接続元制限を実施している"
section_sheet("2.システム管理", "2．医療情報システムの管理・運用", [
    ("2-(1)", G, "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", O, "", "R6.8.5", "", "", "", "", ""),
    ("2-(2)", G, "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "", O, "R6.8.5", "R6.10.31",
     O, "", "R6.10.21", "電子カルテ事業者・医事会計事業者に確認\nリモート保守あり（VPN）"),
    ("2-(3)", G, "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", "", O,
     "R6.8.5", "R6.12.27", "", "", "", "2社に依頼中 "),
    ("", "サーバ", ACL, O, "", "R6.8.5", "", "", "", "", ""),
    ("", "サーバ", ACC, O, "", "R6.8.5", "", "", "", "", ""),
    ("", "サーバ", LOG, O, "", "R6.8.5", "", "", "", "", ""),
    ("", "サーバ", PAT, "", O, "R6.8.5", "R6.11.30", O, "", "R6.11.28", "保守作業時に適用"),
    ("", "サーバ", SVC, O, "", "R6.8.5", "", "", "", "", ""),
    ("", "端末PC", ACL, O, "", "令和6年8月6日", "", "", "", "", ""),
    # PLANTED 2: ○ in はい but 1回目 確認日 left blank
    ("", "端末PC", ACC, O, "", "", "", "", "", "", ""),
    ("", "端末PC", PAT, "〇", "", "令和6年8月6日", "", "", "", "", "WSUSで配信"),
    ("", "端末PC", SVC, O, "", "令和6年8月6日", "", "", "", "", ""),
    ("", "ネットワーク機器", PAT, O, "", "R6.8.6", "", "", "", "", ""),
    ("", "ネットワーク機器", CON, O, "", "R6.8.6", "", "", "", "", "UTMで保守業者IPのみ許可"),
], after_note="※サーバは電子カルテサーバ・部門システムサーバを含む。端末PCは電子カルテ端末（約120台）。")

INC = "インシデント発生に備えた対応"
section_sheet("3.インシデント対応", "3．インシデント発生に備えた対応", [
    ("3-(1)", INC, "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
     O, "", "R6.8.6", "", "", "", "", ""),
    ("3-(2)", INC, "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     O, "", "R6.8.6", "", "", "", "", "バックアップは日次・外付け媒体へ"),
    # PLANTED 1: 目標日 beyond the fiscal year (R7.6.30 on an R6 checklist)
    ("3-(3)", INC, "サイバー攻撃を想定した事業継続計画（BCP）を策定している", "", O, "R6.8.6", "R7.6.30", "", "", "",
     "法人全体で策定予定"),
])

wb.active = 0
tmpd = tempfile.mkdtemp(prefix="clh-b-")
raw = os.path.join(tmpd, NAME)
wb.save(raw)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmpd)
print("wrote", os.path.join(OUT, NAME))

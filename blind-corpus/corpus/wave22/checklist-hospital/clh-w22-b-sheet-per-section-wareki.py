# Generator: checklist-hospital (R6), workbook b: the hospital's own workbook, one sheet per section,
# 記入要領 + 基本情報 sheets, label and value in one cell, abbreviated item wording, 和暦 text dates,
# a labelled 記入例 row, 2回目 done for every item. Written by openpyxl, then re-saved by LibreOffice.
import os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "clh-w22-b-sheet-per-section-wareki.xlsx"
OUTDIR = "/work/blind/wave22/checklist-hospital"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(wrap_text=True, vertical="center", horizontal="center")
hfill = PatternFill("solid", fgColor="E2EFDA")
exfill = PatternFill("solid", fgColor="EDEDED")
HDR = ["No.", "確認項目", "1回目", "確認日", "目標日", "2回目", "確認日", "備考"]
WID = [8, 50, 8, 13, 13, 8, 13, 32]

wb = Workbook()
g = wb.active
g.title = "記入要領"
g.column_dimensions["A"].width = 95
for i, t in enumerate([
    "記入要領（医療機関におけるサイバーセキュリティ対策チェックリスト 令和6年度版 医療機関確認用）",
    "・各項目について「はい」「いいえ」を記入し、確認日を記入する（和暦可）。",
    "・1回目が「いいえ」の項目は、対応完了の目標日を必ず記入する（令和7年3月31日まで）。",
    "・目標日以降に2回目の確認を行い、結果と確認日を記入する。",
    "・前提が「いいえ」の場合、以降のシートは記入不要。",
    "・詳細は厚労省「チェックリストマニュアル～医療機関・事業者向け～」参照。",
    "・立入検査時に提出（保健所）。",
], start=1):
    g.cell(i, 1, t)
g["A1"].font = Font(bold=True)

def table_sheet(title_sheet, title, rows, example=None):
    ws = wb.create_sheet(title_sheet)
    for i, w in enumerate(WID):
        ws.column_dimensions["ABCDEFGH"[i]].width = w
    ws["A1"] = title
    ws["A1"].font = Font(bold=True, size=12)
    for c, h in enumerate(HDR, start=1):
        cell = ws.cell(3, c, h)
        cell.border = box; cell.alignment = center; cell.fill = hfill; cell.font = Font(bold=True)
    r = 4
    if example:
        for c, v in enumerate(example, start=1):
            cell = ws.cell(r, c, v)
            cell.border = box; cell.fill = exfill; cell.font = Font(italic=True, color="808080")
            cell.alignment = wrap if c in (2, 8) else center
        r += 1
    for row in rows:
        if isinstance(row, str):
            ws.cell(r, 1, row).font = Font(bold=True)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
            for c in range(1, 9):
                ws.cell(r, c).border = box
        else:
            for c, v in enumerate(row, start=1):
                cell = ws.cell(r, c, v)
                cell.border = box
                cell.alignment = wrap if c in (2, 8) else center
            ws.row_dimensions[r].height = 30
        r += 1
    return ws

# 基本情報 sheet (label and value in one cell) with the 前提 question
b = wb.create_sheet("基本情報")
for i, w in enumerate(WID):
    b.column_dimensions["ABCDEFGH"[i]].width = w
b["A1"] = "サイバーセキュリティ対策チェックリスト（医療機関確認用）　令和6年度版"
b["A1"].font = Font(bold=True, size=12)
b["A3"] = "医療機関名：市立西山病院 "
b["A4"] = "記入者：総務課 システム担当　中村"
b["A5"] = "連絡先：0866-55-1234（内線215）"
b["A7"] = "■前提"
b["A7"].font = Font(bold=True)
for c, h in enumerate(HDR, start=1):
    cell = b.cell(8, c, h)
    cell.border = box; cell.alignment = center; cell.fill = hfill; cell.font = Font(bold=True)
for c, v in enumerate([None, "医療情報システムを導入・運用している", "はい", "R6.10.8", None, "はい", "R7.1.15", None], start=1):
    cell = b.cell(9, c, v); cell.border = box
    cell.alignment = wrap if c in (2, 8) else center
b["A10"] = "※ 前提が「いいえ」の場合、以降のシートの記入は不要"

table_sheet("1.体制構築", "1．体制構築", [
    ["1-(1)", "医療情報システム安全管理責任者の設置", "はい", "R6.10.8", None, "はい", "R7.1.15", "副院長（医療情報担当）"],
], example=["記入例", "○○○○を設置している", "はい", "R6.4.1", None, "はい", "R6.5.1", "○○を任命"])

table_sheet("2.管理・運用", "2．医療情報システムの管理・運用", [
    ["2-(1)", "台帳管理（サーバ・端末PC・NW機器）", "いいえ", "R6.10.8", "R6.12.27", "はい", "R7.1.15", "NW機器の台帳を追加作成"],
    ["2-(2)", "リモートメンテナンス利用機器の有無を事業者に確認", "はい", "R6.10.8", None, "はい", "R7.1.15", None],
    ["2-(3)", "MDS/SDSを事業者から提出してもらう", "はい", "R6.10.8", None, "はい", "R7.1.15", "電子カルテ、医事会計、PACS"],
    "【サーバ】",
    [None, "アクセス利用権限設定（職種・業務別）", "はい", "R6.10.8", None, "はい", "R7.1.15", None],
    [None, "不要アカウント削除（退職者等）", "はい", "R6.10.8", None, "はい", "R7.1.15", None],
    [None, "アクセスログ管理", "いいえ", "R6.10.8", "R7.3.31", "いいえ", "R7.1.15", "ログ保管期間の設定を\nベンダーと調整中"],
    [None, "セキュリティパッチ適用", "はい", "R6.10.8", None, "はい", "R7.1.15", None],
    [None, "不要なソフト・サービス停止", "はい", "R6.10.8", None, "はい", "R7.1.15", None],
    "【端末PC】",
    [None, "アクセス利用権限設定（職種・業務別）", "はい", "R6.10.8", None, "はい", "R7.1.15", None],
    [None, "不要アカウント削除（退職者等）", "はい", "R6.10.8", None, "はい", "R7.1.15", None],
    [None, "セキュリティパッチ適用", "はい", "R6.10.8", None, "はい", "R7.1.15", "WSUSで配信"],
    [None, "不要なソフト・サービス停止", "はい", "R6.10.8", None, "はい", "R7.1.15", None],
    "【ネットワーク機器】",
    [None, "セキュリティパッチ（ファームウェア）適用", "はい", "R6.10.9", None, "はい", "R7.1.15", None],
    [None, "接続元制限", "いいえ", "R6.10.9", "R6.12.27", "はい", "R6.1.15", "保守用VPNの接続元IPを限定"],
])

table_sheet("3.インシデント対応", "3．インシデント発生に備えた対応", [
    ["3-(1)", "連絡体制図（院内・事業者・厚労省・警察等）", "はい", "令和6年10月9日", None, "はい", "R7.1.15", None],
    ["3-(2)", "診療継続に必要な情報の検討、バックアップ実施・復旧手順の確認", "はい", "令和6年10月9日", None, "はい", "R7.1.15", None],
    ["3-(3)", "サイバー攻撃を想定したBCPの策定", "いいえ", "令和6年10月9日", None, "いいえ", "R7.1.15", "策定時期未定（情報システム委員会で検討）"],
])

wb.active = 1
tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME)
wb.save(src)
outtmp = os.path.join(tmp, "out")
os.makedirs(outtmp)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outtmp, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outtmp, NAME), os.path.join(OUTDIR, NAME))
shutil.rmtree(tmp)
print("saved", os.path.join(OUTDIR, NAME))

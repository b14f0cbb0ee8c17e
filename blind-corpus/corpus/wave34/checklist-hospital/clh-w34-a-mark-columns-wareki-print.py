# Generator for clh-w34-a-mark-columns-wareki-print.xlsx
# 医療機関確認用 checklist (R6) drawn as a print-style single sheet: はい / いいえ sub-columns where the
# filler puts ○ under the chosen option, dates typed as 和暦 text (R6.9.12), blank spacer columns between blocks,
# device-class sub-headings 【サーバ】【端末PC】【ネットワーク機器】 under section 2.
import sys
sys.path.insert(0, "/tmp/clx-pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave34/checklist-hospital/clh-w34-a-mark-columns-wareki-print.xlsx"
wb = Workbook()
ws = wb.active
ws.title = "医療機関確認用"
thin = Side(style="thin"); med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
W = {"A": 2, "B": 8, "C": 50, "D": 5, "E": 5, "F": 10, "G": 1.5, "H": 10, "I": 1.5,
     "J": 5, "K": 5, "L": 10, "M": 1.5, "N": 30}
for k, v in W.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("B1:N1")
ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
ws["B1"].font = Font(bold=True, size=14); ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("L2:N2"); ws["L2"] = "医療機関確認用"
ws["L2"].alignment = center; ws["L2"].font = Font(bold=True)
for c in ("L2", "M2", "N2"):
    ws[c].border = Border(left=med, right=med, top=med, bottom=med)

# label above value
ws["B3"] = "医療機関名"; ws["B3"].font = Font(bold=True)
ws.merge_cells("B4:F4"); ws["B4"] = "医療法人桜心会 さくら台病院"
ws["B4"].font = Font(size=12)
for col in range(2, 7):
    ws.cell(4, col).border = Border(bottom=thin)

ws.merge_cells("B5:N5")
ws["B5"] = "※「医療情報システムを導入、運用している」が「いいえ」の場合、以下の項目への回答は不要です。"
ws.merge_cells("B6:N6")
ws["B6"] = "※ 該当する欄に○を記入してください。1回目の確認で「いいえ」の場合は、対応の目標日を記入してください。"

# header rows 8-9
ws.merge_cells("B8:B9"); ws["B8"] = "No."
ws.merge_cells("C8:C9"); ws["C8"] = "チェック項目"
ws.merge_cells("D8:F8"); ws["D8"] = "1回目"
ws["D9"] = "はい"; ws["E9"] = "いいえ"; ws["F9"] = "確認日"
ws.merge_cells("H8:H9"); ws["H8"] = "目標日"
ws.merge_cells("J8:L8"); ws["J8"] = "2回目"
ws["J9"] = "はい"; ws["K9"] = "いいえ"; ws["L9"] = "確認日"
ws.merge_cells("N8:N9"); ws["N8"] = "備考"
hf = PatternFill("solid", fgColor="FFF2CC")
for r in (8, 9):
    for col in (2, 3, 4, 5, 6, 8, 10, 11, 12, 14):
        c = ws.cell(r, col); c.border = box; c.alignment = center; c.fill = hf; c.font = Font(bold=True, size=9 if col in (4,5,10,11) else 11)

IT = {
 "pre": "医療情報システムを導入、運用している",
 "1-1": "医療情報システム安全管理責任者を設置している",
 "2-1": "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
 "2-2": "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
 "2-3": "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
 "acl": "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
 "acc": "退職者や使用していないアカウント等、不要なアカウントを削除している",
 "log": "アクセスログを管理している",
 "pw":  "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している",
 "pat": "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
 "svc": "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
 "src": "接続元制限を実施している",
 "3-1": "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
 "3-2": "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
 "3-3": "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
}
# ("H", heading) or (no, key, ans1, date1, target, ans2, date2, remarks)
Y, N = "はい", "いいえ"
rows = [
 ("前提", "pre", Y, "R6.9.12", None, None, None, None),
 ("H", "１　体制構築"),
 ("１－（１）", "1-1", Y, "R6.9.12", None, None, None, "情報システム課長を任命（R6.4.1付）"),
 ("H", "２　医療情報システムの管理・運用"),
 ("２－（１）", "2-1", Y, "R6.9.12", None, None, None, None),
 ("２－（２）", "2-2", Y, "R6.9.12", None, None, None, "電子カルテ・PACS・医事会計で\nリモート保守あり"),
 ("２－（３）", "2-3", N, "R6.9.12", "R6.12.27", Y, "R6.12.20", "各ベンダへ依頼済"),
 ("S", "【サーバ】"),
 ("", "acl", Y, "R6.9.13", None, None, None, None),
 ("", "acc", N, "R6.9.13", "R6.10.31", Y, "令和6年10月25日", "退職者アカウント12件削除"),
 ("", "log", Y, "R6.9.13", None, None, None, None),
 ("", "pw",  N, "R6.9.13", "R7.3.31", None, None, "パスワードポリシー変更をベンダと調整中"),
 ("", "pat", Y, "R6.9.13", None, None, None, None),
 ("", "svc", Y, "R6.9.13", None, None, None, None),
 ("S", "【端末PC】"),
 ("", "acl", Y, "R6.9.13", None, None, None, None),
 ("", "acc", Y, "R6.9.13", None, None, None, None),
 ("", "pw",  Y, "R6.9.13", None, None, None, None),
 ("", "pat", Y, "R6.9.13", None, None, None, None),
 ("", "svc", Y, "R6.9.13", None, None, None, None),
 ("S", "【ネットワーク機器】"),
 ("", "pw",  Y, "R6.9.13", None, None, None, None),
 ("", "pat", Y, "R6.9.13", None, None, None, None),
 ("", "src", Y, "R6.9.13", None, None, None, "UTMで保守業者IPのみ許可"),
 ("H", "３　インシデント発生に備えた対応"),
 ("３－（１）", "3-1", Y, "R6.9.12", None, None, None, None),
 ("３－（２）", "3-2", Y, "R6.9.12", None, None, None, None),
 ("３－（３）", "3-3", N, "R6.9.12", "R7.3.31", None, None, "BCP（サイバー攻撃編）策定中"),
]
r = 10
secfill = PatternFill("solid", fgColor="F2F2F2")
for row in rows:
    if row[0] in ("H", "S"):
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=14)
        c = ws.cell(r, 2, row[1]); c.font = Font(bold=True)
        if row[0] == "H":
            for col in range(2, 15): ws.cell(r, col).fill = secfill
        for col in (2, 3, 4, 5, 6, 8, 10, 11, 12, 14):
            ws.cell(r, col).border = box
        r += 1; continue
    no, key, a1, d1, tg, a2, d2, rem = row
    if no: ws.cell(r, 2, no).alignment = center
    ws.cell(r, 3, IT[key]).alignment = wrap
    ws.cell(r, 4 if a1 == Y else 5, "○")
    ws.cell(r, 6, d1)
    if tg: ws.cell(r, 8, tg)
    if a2: ws.cell(r, 10 if a2 == Y else 11, "○")
    if d2: ws.cell(r, 12, d2)
    if rem: ws.cell(r, 14, rem).alignment = wrap
    for col in (4, 5, 6, 8, 10, 11, 12):
        ws.cell(r, col).alignment = center
    for col in (2, 3, 4, 5, 6, 8, 10, 11, 12, 14):
        ws.cell(r, col).border = box
    ws.row_dimensions[r].height = 36
    r += 1
last = r - 1
ws.print_area = f"A1:N{last}"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
ws.print_title_rows = "8:9"
wb.save(OUT)
print("saved", OUT, "last row", last)

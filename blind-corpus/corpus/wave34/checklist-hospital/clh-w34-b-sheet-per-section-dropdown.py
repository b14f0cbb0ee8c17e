# Generator for clh-w34-b-sheet-per-section-dropdown.xlsx
# 医療機関確認用 checklist (R6) split into a sheet per section (表紙 / 前提・1 / 2 管理・運用 / 3 インシデント),
# 区分 column per row (サーバ / 端末PC / ネットワーク機器 written on every row), はい/いいえ drop-downs fed from a
# hidden リスト sheet, dates as Excel date cells, a labelled 記入例 row, a COUNTIF summary on the cover (openpyxl: no cached value).
import sys, datetime as dt
sys.path.insert(0, "/tmp/clx-pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave34/checklist-hospital/clh-w34-b-sheet-per-section-dropdown.xlsx"
D = dt.date
Y, N = "はい", "いいえ"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
cov = wb.active
cov.title = "表紙"
cov.column_dimensions["A"].width = 3
cov.column_dimensions["B"].width = 22
cov.column_dimensions["C"].width = 50
cov["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）令和6年度版"
cov["B2"].font = Font(bold=True, size=13)
cov["B4"] = "医療機関名"; cov["C4"] = "医療法人白鷺会 姫路西病院"
cov["B5"] = "記入担当者"; cov["C5"] = "医療情報管理室　藤井 健太"
cov["B6"] = "連絡先（内線）"; cov["C6"] = "内線 2153"
for r in (4, 5, 6):
    cov.cell(r, 2).font = Font(bold=True)
    cov.cell(r, 2).fill = PatternFill("solid", fgColor="DDEBF7")
    for c in (2, 3):
        cov.cell(r, c).border = box
cov["B8"] = "「いいえ」の項目数（1回目）"
cov["B8"].font = Font(bold=True)
cov["C8"] = "=COUNTIF('前提・1'!E6:E20,\"いいえ\")+COUNTIF('2 管理・運用'!E5:E30,\"いいえ\")+COUNTIF('3 インシデント'!E5:E20,\"いいえ\")"
for c in ("B8", "C8"):
    cov[c].border = box
cov["B10"] = "※ 各シートの「1回目」「2回目」はプルダウンから選択、確認日・目標日は日付で入力してください。"
cov["B11"] = "※ 前提が「いいえ」の場合、以降のシートへの記入は不要です。"

lst = wb.create_sheet("リスト")
lst["A1"] = Y; lst["A2"] = N
lst.sheet_state = "hidden"

HEAD = ["No.", "区分", "チェック項目", "1回目", "確認日", "目標日", "2回目", "確認日", "備考"]
W = {"A": 2, "B": 8, "C": 16, "D": 50, "E": 8, "F": 11, "G": 11, "H": 8, "I": 11, "J": 34}

def sheet(title, heading, rows, example=False):
    ws = wb.create_sheet(title)
    for k, v in W.items():
        ws.column_dimensions[k].width = v
    ws["B1"] = heading; ws["B1"].font = Font(bold=True, size=12)
    ws["B2"] = "医療機関名："; ws["D2"] = "='表紙'!C4"
    for i, h in enumerate(HEAD):
        c = ws.cell(4, 2 + i, h)
        c.font = Font(bold=True); c.alignment = center; c.border = box
        c.fill = PatternFill("solid", fgColor="E2EFDA")
    dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$2", allow_blank=True)
    ws.add_data_validation(dv)
    r = 5
    if example:
        ex = ["記入例", "体制構築", "○○を設置している", N, D(2024, 10, 1), D(2024, 12, 27), Y, D(2025, 1, 10), "例）年内に設置予定"]
        for i, v in enumerate(ex):
            c = ws.cell(r, 2 + i, v)
            c.font = Font(italic=True, color="808080"); c.border = box
            c.fill = PatternFill("solid", fgColor="F2F2F2")
            c.alignment = wrap if i in (2, 8) else center
            if isinstance(v, dt.date): c.number_format = "yyyy/m/d"
        r += 1
    cells = {}
    for row in rows:
        no, sec, item, a1, d1, tg, a2, d2, rem = row
        vals = [no, sec, item, a1, d1, tg, a2, d2, rem]
        for i, v in enumerate(vals):
            c = ws.cell(r, 2 + i)
            if v is not None: c.value = v
            c.border = box
            c.alignment = wrap if i in (2, 8) else center
        ws.cell(r, 6).number_format = "m/d"
        ws.cell(r, 7).number_format = "yyyy/m/d"
        ws.cell(r, 9).number_format = "yyyy/m/d"
        dv.add(ws.cell(r, 5)); dv.add(ws.cell(r, 8))
        ws.row_dimensions[r].height = 32
        cells[(item, sec)] = r
        r += 1
    ws.freeze_panes = "E5"
    return ws, cells

s1_rows = [
 ("前提", "前提", "医療情報システムを導入、運用している", Y, D(2024,10,15), None, None, None, None),
 ("1-(1)", "体制構築", "医療情報システム安全管理責任者を設置している", Y, D(2024,10,15), None, None, None, "医療情報管理室長"),
]
ws1, c1 = sheet("前提・1", "前提／1 体制構築", s1_rows, example=True)

G = "医療情報システム全般"
s2_rows = [
 ("2-(1)", G, "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", Y, D(2024,10,15), None, None, None, None),
 ("2-(2)", G, "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", Y, D(2024,10,15), None, None, None, "リモート保守：電子カルテ、PACS、検体検査システム"),
 ("2-(3)", G, "事業者からMDS/SDSを提出してもらう", Y, D(2024,10,15), None, None, None, None),
 (None, "サーバ", "アクセス利用権限の設定（職種・担当業務別の情報区分毎）", Y, D(2024,10,16), None, None, None, None),
 (None, "サーバ", "不要なアカウント（退職者・未使用等）の削除", Y, D(2024,10,16), None, None, None, None),
 (None, "サーバ", "アクセスログの管理", N, D(2024,10,16), D(2025,2,28), Y, D(2025,2,14), "ログ収集サーバ導入"),
 (None, "サーバ", "パスワード（英数字・記号混在8文字以上、定期変更）", Y, D(2024,10,16), None, None, None, None),
 (None, "サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）の適用", N, D(2024,10,16), D(2024,12,20), Y, D(2024,12,10), "Windows Server 更新を\n保守日に実施"),
 (None, "サーバ", "不要なソフトウェア・サービスの停止", Y, D(2024,10,16), None, None, None, None),
 (None, "端末PC", "アクセス利用権限の設定（職種・担当業務別の情報区分毎）", "はい ", D(2024,10,16), None, None, None, None),
 (None, "端末PC", "不要なアカウント（退職者・未使用等）の削除", N, D(2024,10,16), D(2024,11,29), Y, D(2024,10,9), "共用アカウント整理"),  # planted: 2回目 date before 1回目
 (None, "端末PC", "パスワード（英数字・記号混在8文字以上、定期変更）", Y, D(2024,10,16), None, None, None, None),
 (None, "端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）の適用", Y, D(2024,10,16), None, None, None, None),
 (None, "端末PC", "不要なソフトウェア・サービスの停止", Y, D(2024,10,16), None, None, None, None),
 (None, "ネットワーク機器", "パスワード（英数字・記号混在8文字以上、定期変更）", Y, D(2024,10,16), None, None, None, None),
 (None, "ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）の適用", Y, D(2024,10,16), None, None, None, None),
 (None, "ネットワーク機器", "接続元制限", Y, D(2024,10,16), None, None, None, "VPNは保守業者の固定IPのみ許可"),
]
ws2, c2 = sheet("2 管理・運用", "2 医療情報システムの管理・運用", s2_rows)

I3 = "インシデント発生に備えた対応"
s3_rows = [
 ("3-(1)", I3, "インシデント発生時の連絡体制図（組織内・外部関係機関）がある", Y, D(2024,10,16), None, None, None, None),
 ("3-(2)", I3, "診療継続に必要な情報の検討、バックアップの実施と復旧手順の確認", Y, None, None, None, None, None),  # planted: 1回目 date missing
 ("3-(3)", I3, "サイバー攻撃を想定したBCPを策定している", N, D(2024,10,16), D(2025,3,31), None, None, "BCP策定中（3月の委員会で承認予定）"),
]
ws3, c3 = sheet("3 インシデント", "3 インシデント発生に備えた対応", s3_rows)

# sheet order: 表紙, 前提・1, 2, 3, (hidden) リスト last
wb.move_sheet("リスト", offset=len(wb.sheetnames))
wb.active = 0
wb.save(OUT)
print("saved", OUT)
for name, cs in (("前提・1", c1), ("2 管理・運用", c2), ("3 インシデント", c3)):
    for k, r in cs.items():
        print(name, r, k)

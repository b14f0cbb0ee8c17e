# Generator for clh-w38-a-single-sheet-merged-class-column.xlsx
# Hospital's IT person: one sheet, item numbers in column A, 区分 in merged column B (device classes),
# separate answer / date columns, Excel date cells (yyyy/m/d), dropdowns, a COUNTIF total (openpyxl save).
import sys, datetime as dt
sys.path.insert(0, "/tmp/clpy")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation
# Item list (R6 医療機関確認用) as this drawer reconstructed it from the catalogue and seed 004.
PRE = "医療情報システムを導入、運用している"
I11 = "医療情報システム安全管理責任者を設置している"
I21 = "サーバ、端末PC、ネットワーク機器の台帳管理を行っている"
I22 = "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した"
I23 = "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう"
ACL = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PWD = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"
I31 = "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある"
I32 = "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している"
I33 = "サイバー攻撃を想定した事業継続計画（BCP）を策定している"
SERVER = [ACL, ACC, LOG, PWD, PAT, SVC]
PC = [ACL, ACC, PWD, PAT, SVC]
NW = [PAT, SRC]

OUT = "/work/blind/wave38/checklist-hospital"
NAME = "clh-w38-a-single-sheet-merged-class-column"
D = lambda y, m, d: dt.datetime(y, m, d)
F1 = D(2024, 6, 14); F2 = D(2024, 12, 20)
# (itemNo, section, item, a1, d1, target, a2, d2, remarks)
rows = [
    ("", "前提", PRE + "\n（「いいえ」の場合、以下の回答は不要）", "はい", F1, None, "はい", F2, None),
    ("1-(1)", "体制構築", I11, "はい", F1, None, "はい", F2, "情報システム課長を任命（R6.4）"),
    ("2-(1)", "医療情報システム全般", I21, "はい", F1, None, "はい", F2, None),
    ("2-(2)", "医療情報システム全般", I22, "はい", F1, None, "はい", F2, "電子カルテ・PACS・検査システムでリモート保守あり"),
    ("2-(3)", "医療情報システム全般", I23, "いいえ", F1, D(2024, 9, 30), "はい", F2, "4社すべてから受領"),
    ("", "サーバ", ACL, "はい", F1, None, "はい", F2, None),
    ("", "サーバ", ACC, "はい", F1, None, "はい", F2, None),
    ("", "サーバ", LOG, "はい", F1, None, "はい", F2, None),
    ("", "サーバ", PWD, "はい", F1, None, "はい", F2, None),
    ("", "サーバ", PAT, "はい", F1, None, "はい", F2, None),
    ("", "サーバ", SVC, "いいえ", F1, D(2024, 12, 27), "はい", F2, None),
    ("", "端末PC", ACL, "はい", F1, None, "はい", F2, None),
    ("", "端末PC", ACC, "いいえ", F1, D(2024, 8, 30), "はい", F2, "人事異動データと月1回突合"),
    ("", "端末PC", PWD, "いいえ", F1, D(2025, 3, 31), "いいえ", F2, "パスワードポリシー変更を\n3月に全端末へ展開予定"),
    ("", "端末PC", PAT, "はい", F1, None, "はい", F2, None),
    ("", "端末PC", SVC, "はい", F1, None, "はい", F2, None),
    ("", "ネットワーク機器", PAT, "はい", F1, None, "はい", F2, None),
    ("", "ネットワーク機器", SRC, "いいえ", F1, D(2024, 11, 29), "はい", F2, None),
    ("3-(1)", "インシデント発生に備えた対応", I31, "はい", F1, None, "はい", F2, None),
    ("3-(2)", "インシデント発生に備えた対応", I32, "はい", F1, None, "はい", F2, None),
    ("3-(3)", "インシデント発生に備えた対応", I33, "いいえ", F1, D(2025, 3, 31), "いいえ", F2, "BCP（案）作成中\n3月の情報システム委員会で承認予定"),
]

if __name__ == "__main__":
    wb = Workbook(); ws = wb.active; ws.title = "チェックリスト"
    lst = wb.create_sheet("list"); lst["A1"] = "はい"; lst["A2"] = "いいえ"; lst.sheet_state = "hidden"
    thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(wrap_text=True, vertical="center", horizontal="center")
    for k, v in dict(A=7, B=14, C=60, D=8, E=12, F=12, G=8, H=12, I=30).items():
        ws.column_dimensions[k].width = v
    ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）　令和6年度版"
    ws["A1"].font = Font(bold=True, size=13)
    ws["A3"] = "医療機関名"; ws["A3"].font = Font(bold=True)
    ws.merge_cells("A3:B3")
    ws.merge_cells("C3:E3")
    ws["C3"] = "社会医療法人 青葉会 さくら台総合病院"
    for c in ("A3", "B3", "C3", "D3", "E3"):
        ws[c].border = box
    ws["G3"] = "※1回目で「いいえ」の項目は目標日を記入"
    # header rows 5-6
    fill = PatternFill("solid", fgColor="E2EFDA")
    ws.merge_cells("A5:A6"); ws["A5"] = "項番"
    ws.merge_cells("B5:B6"); ws["B5"] = "区分"
    ws.merge_cells("C5:C6"); ws["C5"] = "チェック項目"
    ws.merge_cells("D5:E5"); ws["D5"] = "1回目"
    ws.merge_cells("F5:F6"); ws["F5"] = "目標日"
    ws.merge_cells("G5:H5"); ws["G5"] = "2回目"
    ws.merge_cells("I5:I6"); ws["I5"] = "備考"
    ws["D6"] = "はい/いいえ"; ws["E6"] = "確認日"; ws["G6"] = "はい/いいえ"; ws["H6"] = "確認日"
    for r in (5, 6):
        for c in range(1, 10):
            x = ws.cell(r, c); x.border = box; x.alignment = center; x.fill = fill; x.font = Font(bold=True)
    first = 7
    for i, row in enumerate(rows):
        r = first + i
        for j, v in enumerate(row, 1):
            if v == "" or v is None:
                v = None
            x = ws.cell(r, j, v); x.border = box
            x.alignment = wrap if j in (3, 9) else center
            if isinstance(v, dt.datetime):
                x.number_format = "yyyy/m/d"
        ws.row_dimensions[r].height = 36
    last = first + len(rows) - 1
    # merge the 区分 column over runs of the same section
    start = first
    for i in range(1, len(rows) + 1):
        if i == len(rows) or rows[i][1] != rows[i - 1][1]:
            end = first + i - 1
            if end > start:
                ws.merge_cells(start_row=start, start_column=2, end_row=end, end_column=2)
            start = end + 1
    dv = DataValidation(type="list", formula1="=list!$A$1:$A$2", allow_blank=True)
    ws.add_data_validation(dv); dv.add(f"D{first}:D{last}"); dv.add(f"G{first}:G{last}")
    ws.cell(last + 2, 3, "「いいえ」の件数（1回目／2回目）").alignment = Alignment(horizontal="right")
    ws.cell(last + 2, 4, f'=COUNTIF(D{first}:D{last},"いいえ")')
    ws.cell(last + 2, 7, f'=COUNTIF(G{first}:G{last},"いいえ")')
    ws.freeze_panes = "D7"
    ws.page_setup.orientation = "landscape"
    wb.save(f"{OUT}/{NAME}.xlsx")
    print("ok", first, last)

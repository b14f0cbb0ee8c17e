# Generator: checklist-hospital (R6), workbook a: one print-style sheet, はい/いいえ as ○ marks in two columns,
# 区分 cells merged per device class, Excel date cells, a count formula without cached value.
import datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave22/checklist-hospital/clh-w22-a-mark-columns-merged-class.xlsx"
D = dt.datetime
wb = Workbook()
ws = wb.active
ws.title = "チェックリスト（医療機関確認用）"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(wrap_text=True, vertical="center", horizontal="center")
grey = PatternFill("solid", fgColor="DDEBF7")
for k, v in {"A": 7, "B": 11, "C": 52, "D": 5, "E": 5, "F": 11, "G": 11, "H": 5, "I": 5, "J": 11, "K": 30}.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "令和6年度版　医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells("A1:K1"); ws["A1"].alignment = Alignment(horizontal="center")
ws["K2"] = "医療機関確認用"; ws["K2"].border = box; ws["K2"].alignment = center
ws["A3"] = "医療機関名"; ws.merge_cells("A3:B3")
ws["C3"] = "社会医療法人 青葉会 青葉中央病院"
ws["F3"] = "記入者"; ws["G3"] = "医療情報管理室　佐々木 亮"; ws.merge_cells("G3:K3")
for ref in ("A3", "B3", "F3"):
    ws[ref].border = box; ws[ref].fill = grey; ws[ref].alignment = center
for ref in ("C3", "G3", "H3", "I3", "J3", "K3"):
    ws[ref].border = box
ws["A4"] = "※ 該当する欄に「○」を記入し、確認日を記入してください。1回目で「いいえ」の項目は目標日を記入し、目標日以降に2回目の確認を行ってください。"
ws.merge_cells("A4:K4")
ws["A4"].alignment = Alignment(wrap_text=True, vertical="top")
ws.row_dimensions[4].height = 30

hdr = [("A6:A7", "項番"), ("B6:B7", "区分"), ("C6:C7", "チェック項目"), ("D6:F6", "1回目"),
       ("G6:G7", "目標日"), ("H6:J6", "2回目"), ("K6:K7", "備考")]
for rng, text in hdr:
    ws[rng.split(":")[0]] = text
    ws.merge_cells(rng)
for ref, text in (("D7", "はい"), ("E7", "いいえ"), ("F7", "確認日"), ("H7", "はい"), ("I7", "いいえ"), ("J7", "確認日")):
    ws[ref] = text
for r in (6, 7):
    for c in range(1, 12):
        cell = ws.cell(r, c)
        cell.border = box; cell.alignment = center; cell.fill = grey; cell.font = Font(bold=True, size=9)

d1 = D(2024, 6, 24)
# (kind, itemNo, class, text, first, firstDate, target, second, secondDate, remarks)
rows = [
    ("I", None, "前提", "医療情報システムを導入、運用している", "はい", d1, None, None, None, None),
    ("N", "※ 前提が「いいえ」の場合、以下の項目の記入は不要です。"),
    ("H", "1　体制構築"),
    ("I", "1-(1)", None, "医療情報システム安全管理責任者を設置している", "はい", d1, None, None, None, "医療情報管理室長を任命（R5.7）"),
    ("H", "2　医療情報システムの管理・運用"),
    ("I", "2-(1)", None, "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", d1, None, None, None, None),
    ("I", "2-(2)", None, "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい", d1, None, None, None, "電子カルテ、PACS、臨床検査の3システム"),
    ("I", "2-(3)", None, "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", "いいえ", d1, D(2024, 9, 30), "はい", D(2024, 10, 7), "電子カルテ・PACSは受領済\n臨床検査システム分を9/27受領"),
    ("I", None, "サーバ", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", d1, None, None, None, None),
    ("I", None, "サーバ", "退職者や使用していないアカウント等、不要なアカウントを削除している", "いいえ", d1, D(2024, 8, 30), "はい", D(2024, 9, 2), "人事異動・退職者リストと突合し削除"),
    ("I", None, "サーバ", "アクセスログを管理している", "はい", d1, None, None, None, None),
    ("I", None, "サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", D(2024, 6, 25), None, None, None, "ベンダー検証後に適用"),
    ("I", None, "サーバ", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", D(2024, 6, 25), None, None, None, None),
    ("I", None, "端末PC", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", D(2024, 6, 25), None, None, None, None),
    ("I", None, "端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", D(2024, 6, 25), None, None, None, None),
    ("I", None, "端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "いいえ", D(2024, 6, 25), D(2024, 12, 27), "はい", D(2025, 1, 10), "部署ごとに順次適用、12月で全台完了"),
    ("I", None, "端末PC", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", D(2024, 6, 25), None, None, None, None),
    ("I", None, "ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", D(2024, 6, 25), None, None, None, None),
    ("I", None, "ネットワーク機器", "接続元制限を実施している", "はい", D(2024, 6, 25), None, None, None, None),
    ("H", "3　インシデント発生に備えた対応"),
    ("I", "3-(1)", None, "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", "はい", D(2024, 6, 25), None, None, None, None),
    ("I", "3-(2)", None, "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", "はい", D(2024, 6, 25), None, None, None, None),
    ("I", "3-(3)", None, "サイバー攻撃を想定した事業継続計画（BCP）を策定している", "いいえ", D(2024, 6, 25), D(2025, 3, 31), "いいえ", D(2025, 1, 10), "BCP（サイバー攻撃編）案を作成中\n3月の運営会議で承認予定"),
]
r = 8
class_start = {}
for row in rows:
    if row[0] == "H":
        ws.cell(r, 1, row[1]).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
        for c in range(1, 12):
            ws.cell(r, c).border = box
            ws.cell(r, c).fill = PatternFill("solid", fgColor="F2F2F2")
    elif row[0] == "N":
        ws.cell(r, 1, row[1]).font = Font(size=9)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=11)
    else:
        _, no, cls, text, a1, fd, tgt, a2, sd, rem = row
        ws.cell(r, 1, no); ws.cell(r, 2, cls); ws.cell(r, 3, text)
        ws.cell(r, 4 if a1 == "はい" else 5, "○")
        ws.cell(r, 6, fd); ws.cell(r, 7, tgt)
        if a2:
            ws.cell(r, 8 if a2 == "はい" else 9, "○")
        ws.cell(r, 10, sd); ws.cell(r, 11, rem)
        for c in range(1, 12):
            cell = ws.cell(r, c)
            cell.border = box
            cell.alignment = wrap if c in (3, 11) else center
            if c in (6, 7, 10):
                cell.number_format = "yyyy/m/d"
        ws.row_dimensions[r].height = 36
        if cls in ("サーバ", "端末PC", "ネットワーク機器"):
            class_start.setdefault(cls, [r, r])[1] = r
    r += 1
for cls, (a, b) in class_start.items():
    ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
last = r - 1
r += 1
ws.cell(r, 3, "1回目「いいえ」の項目数").alignment = Alignment(horizontal="right")
ws.cell(r, 5, f'=COUNTIF(E8:E{last},"○")')
ws.cell(r, 5).border = box

ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = "6:7"
wb.save(OUT)
print("saved", OUT, "last data row", last, "formula row", r)

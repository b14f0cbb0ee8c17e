# Generator for clh-w47-a-single-sheet-class-column.xlsx
# Role: a prefecture 医療政策課 drew the MHLW 令和6年度版 checklist (医療機関確認用) as one sheet
# from the notice's item list: 区分 | 番号 | チェック項目 | 1回目(はい/いいえ, 確認日) | 目標日 |
# 2回目(はい/いいえ, 確認日) | 備考, 区分 merged vertically per group, 前提 row at the top.
# A hospital's 医事課 person filled it: answers typed はい/いいえ, dates as Excel dates shown m/d.
import sys, os, datetime as dt
sys.path.insert(0, "/tmp/clmclh-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w47-a-single-sheet-class-column.xlsx"
D = dt.datetime

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト（医療機関確認用）"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
hdr = PatternFill("solid", fgColor="E2EFDA")

for k, v in {"A": 2, "B": 14, "C": 7, "D": 52, "E": 8, "F": 9, "G": 9, "H": 8, "I": 9, "J": 30}.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("B1:J1")
ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
ws["B1"].font = Font(bold=True, size=14)
ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:J2")
ws["B2"] = "医療機関確認用"
ws["B2"].alignment = Alignment(horizontal="center")
ws["B2"].font = Font(bold=True)

ws["B4"] = "医療機関名"
ws["B4"].border = box; ws["B4"].fill = hdr
ws.merge_cells("C4:D4")
ws["C4"] = "社会医療法人 青葉会 みなと総合病院"
ws["C4"].border = box; ws["D4"].border = box

ws.merge_cells("B5:J5")
ws["B5"] = ("※ 1回目の確認で「いいえ」の場合は、令和6年度中の対応目標日を記入してください。"
            "前提が「いいえ」の場合、以降の項目の記入は不要です。")
ws["B5"].font = Font(size=9)

# header rows 7-8
ws.merge_cells("B7:B8"); ws["B7"] = "区分"
ws.merge_cells("C7:C8"); ws["C7"] = "番号"
ws.merge_cells("D7:D8"); ws["D7"] = "チェック項目"
ws.merge_cells("E7:F7"); ws["E7"] = "1回目"
ws["E8"] = "はい/いいえ"; ws["F8"] = "確認日"
ws.merge_cells("G7:G8"); ws["G7"] = "目標日"
ws.merge_cells("H7:I7"); ws["H7"] = "2回目"
ws["H8"] = "はい/いいえ"; ws["I8"] = "確認日"
ws.merge_cells("J7:J8"); ws["J7"] = "備考"
for row in ws["B7:J8"]:
    for c in row:
        c.border = box; c.alignment = center; c.fill = hdr; c.font = Font(bold=True, size=10)

F1 = D(2024, 7, 16)
rows = [
    # (区分, 番号, item, a1, d1, tgt, a2, d2, remarks)
    ("前提", "", "医療情報システムを導入、運用している", "はい", F1, None, None, None, None),
    ("体制構築", "1-(1)", "医療情報システム安全管理責任者を設置している", "はい", F1, None, None, None,
     "情報システム室長を任命（R5.4）"),
    ("医療情報システム全般", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", F1, None, None, None,
     "機器管理台帳 2024.6更新"),
    ("医療情報システム全般", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい", F1, None, None, None,
     "電子カルテ・PACS・検体検査の3社に確認"),
    ("医療情報システム全般", "2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     "いいえ", F1, D(2024, 9, 30), "はい", D(2024, 9, 27), "3社分受領済み"),
    ("サーバ", "", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", F1, None, None, None, None),
    ("サーバ", "", "退職者や使用していないアカウント等、不要なアカウントを削除している", "いいえ", F1, D(2024, 8, 31), "はい",
     D(2024, 8, 29), "人事異動・退職者の棚卸しを実施"),
    ("サーバ", "", "アクセスログを管理している", "はい", F1, None, None, None, None),
    ("サーバ", "", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", F1, None, None, None, None),
    ("サーバ", "", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", F1, None, None, None, None),
    ("端末PC", "", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", F1, None, None, None, None),
    ("端末PC", "", "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", F1, None, None, None, None),
    ("端末PC", "", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "いいえ", D(2024, 7, 17),
     D(2024, 12, 27), None, None, "Windows10端末の更新を事業者と調整中"),
    ("端末PC", "", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", D(2024, 7, 17), None, None, None, None),
    ("ネットワーク機器", "", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", D(2024, 7, 17), None, None, None,
     "ルータ・UTMとも最新"),
    ("ネットワーク機器", "", "接続元制限を実施している", "はい", D(2024, 7, 17), None, None, None, None),
    ("インシデント発生に備えた対応", "3-(1)",
     "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", "はい", D(2024, 7, 17),
     None, None, None, None),
    ("インシデント発生に備えた対応", "3-(2)",
     "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     "はい", D(2024, 7, 17), None, None, None, None),
    ("インシデント発生に備えた対応", "3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している", "いいえ", D(2024, 7, 17),
     D(2025, 3, 31), None, None, "BCP（サイバー攻撃編）策定中\n厚労省の確認表を使用"),
]
first = 9
groups = {}
for k, (sec, no, item, a1, d1, tgt, a2, d2, rem) in enumerate(rows):
    r = first + k
    groups.setdefault(sec, []).append(r)
    for col, v in zip("BCDEFGHIJ", (sec, no, item, a1, d1, tgt, a2, d2, rem)):
        c = ws[f"{col}{r}"]
        if v not in (None, "") and not (col == "B" and r != groups[sec][0]):
            c.value = v
        c.border = box
        c.alignment = wrap if col in "DJ" else center
        if col in "FGI":
            c.number_format = "m/d"
    ws.row_dimensions[r].height = 33
for sec, rs in groups.items():
    if len(rs) > 1:
        ws.merge_cells(f"B{rs[0]}:B{rs[-1]}")
ws["B9"].fill = PatternFill("solid", fgColor="FCE4D6")

ws.freeze_panes = "E9"
ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save(os.path.join(OUT, NAME))
print("wrote", os.path.join(OUT, NAME))

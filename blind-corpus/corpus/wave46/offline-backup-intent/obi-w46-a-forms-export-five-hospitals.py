# Generator for obi-w46-a-forms-export-five-hospitals.xlsx (offline-backup-intent; Microsoft Forms response
# export as the secretariat downloads it: one sheet, one row per hospital, tool columns + question columns).
# run: PYTHONPATH=/tmp/w46srhs_py /usr/bin/python3 obi-w46-a-forms-export-five-hospitals.py
import os
from datetime import datetime
from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.worksheet.table import Table, TableStyleInfo

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "obi-w46-a-forms-export-five-hospitals.xlsx")
wb = Workbook()
ws = wb.active
ws.title = "Sheet1"

Q_COUNT = "患者数を入力してください。\nMicrosoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。"
Q_NAME = "病院名を入力してください。"
Q_STATE = "現在の電子カルテのバックアップの状況について、該当するものを選択してください。"
Q_INTENT = "本事業でのオフラインバックアップ支援の意向について、該当するものを選択してください。"
Q_STORE = "オフラインバックアップの保存先（ご希望）を選択してください。"
Q_NOTE = "ご意見・ご質問等がありましたらご記入ください。"
headers = ["ID", "開始時刻", "完了時刻", "メール", "名前", "最終変更時刻",
           Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORE, Q_NOTE]

S_DONE = "既に電子カルテのオフラインバックアップを運用している"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中である"
S_NONE = "オフラインバックアップは実施していない"
I_A = "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）"
I_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_NO = "本事業での支援は不要"
ST_ON = "院内の物理媒体に保存"
ST_CL = "外部クラウド環境に保存"

rows = [
    (1, datetime(2024, 8, 19, 10, 2, 11), datetime(2024, 8, 19, 10, 9, 45), "joho-kanri@aoba-kita.example.jp", "佐藤 健一",
     1280, "医療法人 青葉会 仙台北病院", S_NONE, I_A, ST_ON, None),
    (2, datetime(2024, 8, 20, 14, 31, 2), datetime(2024, 8, 20, 14, 33, 40), "it-system@nagamachi-hp.example.jp", "伊藤 美咲",
     2450, "長町総合病院", S_DONE, None, None, "LTOテープで日次取得し、媒体は別棟の金庫で保管しています。"),
    (3, datetime(2024, 8, 22, 9, 15, 27), datetime(2024, 8, 22, 9, 24, 3), "soumu@izumi-clinic-hp.example.jp", "高橋 誠",
     87, "医療法人社団 泉ヶ丘病院", S_PLAN, I_NO, None, "電子カルテベンダとクラウドバックアップを検討中です（令和7年度導入予定）。"),
    (4, datetime(2024, 8, 26, 16, 48, 55), datetime(2024, 8, 26, 17, 2, 19), "iryojoho@shiogama-minato.example.jp", "渡辺 拓也",
     512, "塩釜みなと病院", S_NONE, I_C, ST_ON, None),
    (5, datetime(2024, 8, 29, 11, 5, 0), datetime(2024, 8, 29, 11, 21, 36), "m-kato@natori-chuo.example.jp", "加藤 真理子",
     330, "医療法人 名取中央病院", S_NONE, I_B, ST_CL, "サーバ調達の予算は来年度計上予定です。\nクラウド接続装置の設置場所について相談したいです。"),
]
ws.append(headers)
for r in rows:
    ws.append([r[0], r[1], r[2], r[3], r[4], None, r[5], r[6], r[7], r[8], r[9], r[10]])
for row in ws.iter_rows(min_row=2, min_col=2, max_col=3):
    for c in row:
        c.number_format = "yyyy/m/d h:mm:ss"
for c in ws[1]:
    c.alignment = Alignment(wrap_text=True, vertical="top")
widths = [6, 18, 18, 34, 14, 18, 30, 28, 40, 48, 24, 50]
for i, w in enumerate(widths):
    ws.column_dimensions[ws.cell(1, i + 1).column_letter].width = w
tab = Table(displayName="Table1", ref=f"A1:L{len(rows) + 1}")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(tab)
wb.save(OUT)
print("saved", OUT)

# Generator for obi-w47-a-forms-response-export.xlsx
# The secretariat's Microsoft Forms response export of 「オフラインバックアップ支援意向に関するアンケート」:
# one sheet, one row per hospital, Forms' own columns (ID, 開始時刻, 完了時刻, メール, 名前) then the question texts
# as headers; skipped (branched-over) questions are empty. Formatted as an Excel table. No planted problem.
import os, sys
from datetime import datetime
sys.path.insert(0, "/tmp/sr-hs-obi-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment
from openpyxl.worksheet.table import Table, TableStyleInfo

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w47-a-forms-response-export.xlsx"

Q_COUNT = "患者数を入力してください。\nMicrosoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。"
Q_NAME = "病院名を入力してください。"
Q_STATE = "現在の電子カルテのバックアップの状況について、当てはまるものを選択してください。"
Q_INTENT = "本事業におけるオフラインバックアップ支援の意向について、当てはまるものを選択してください。（「別紙6_オフラインバックアップ支援可能物品一覧」をご参照ください）"
Q_STORE = "オフラインバックアップの保存先として希望するものを選択してください。"
Q_REM = "その他、ご質問・ご意見等がございましたらご記入ください。"

S_OP = "既に電子カルテのオフラインバックアップを運用している"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中である"
S_NONE = "オフラインバックアップは実施していない"
I_A = "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）"
I_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_NO = "本事業での支援は不要（電子カルテベンダ等と方針を検討中）"
ST_ON = "院内の物理媒体に保存"
ST_CL = "外部クラウド環境に保存"

rows = [
    (1, datetime(2024, 8, 19, 10, 2, 11), datetime(2024, 8, 19, 10, 6, 40), 1520,
     "医療法人 青葉会 青葉中央病院", S_NONE, I_A, ST_ON, None),
    (2, datetime(2024, 8, 20, 14, 31, 5), datetime(2024, 8, 20, 14, 33, 52), 88,
     "社会医療法人 みなと記念病院", S_OP, None, None, "LTOテープで世代管理し、週1回院外の倉庫に保管しています。"),
    (3, datetime(2024, 8, 22, 9, 15, 48), datetime(2024, 8, 22, 9, 24, 3), 2400,
     "市立 北浜総合病院", S_PLAN, I_NO, None, "令和7年度の電子カルテ更新に合わせてベンダと方針を検討中です。"),
    (4, datetime(2024, 8, 26, 16, 40, 20), datetime(2024, 8, 26, 16, 47, 9), 260,
     "医療法人社団 桜ヶ丘病院", S_NONE, I_C, ST_CL, None),
    (5, datetime(2024, 8, 29, 11, 3, 37), datetime(2024, 8, 29, 11, 12, 58), 1103,
     "医療法人 東山会 東山記念病院", S_NONE, I_B, ST_ON, "予算措置が次年度となるため。\n構築手順書の提供をお願いします。"),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
heads = ["ID", "開始時刻", "完了時刻", "メール", "名前", Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORE, Q_REM]
ws.append(heads)
for (i, t0, t1, cnt, name, st, it, sto, rem) in rows:
    ws.append([i, t0, t1, "anonymous", None, cnt, name, st, it, sto, rem])
for r in range(2, 2 + len(rows)):
    ws.cell(r, 2).number_format = "yyyy/m/d h:mm:ss"
    ws.cell(r, 3).number_format = "yyyy/m/d h:mm:ss"
    ws.cell(r, 11).alignment = Alignment(wrap_text=True)
for col, w in zip("ABCDEFGHIJK", (6, 18, 18, 12, 10, 30, 30, 40, 44, 24, 44)):
    ws.column_dimensions[col].width = w
tab = Table(displayName="Table1", ref=f"A1:K{1 + len(rows)}")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(tab)
wb.save(os.path.join(OUT, NAME))
print("saved", NAME)

#!/usr/bin/python3
"""obi-w48-a: Microsoft Forms response export of the オフラインバックアップ支援意向に関するアンケート:
one sheet, one row per hospital, tool columns (ID, 開始時刻, 完了時刻, メール, 名前) then the questions.
Branching: already-offline hospitals skip the intent/storage questions; 支援不要 skips storage. No planted problem."""
import sys, os
from datetime import datetime
sys.path.insert(0, "/tmp/w48lib")
from openpyxl import Workbook
from openpyxl.styles import Font

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "obi-w48-a-forms-response-export.xlsx")
wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
Q_PAT = "患者数を入力してください。\nMicrosoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。"
Q_NAME = "病院名を入力してください。"
Q_STATE = "現在の電子カルテのオフラインバックアップの状況について、該当するものを選択してください。（別紙5_各媒体におけるオフライン状態の定義をご確認ください）"
Q_INTENT = "本事業でのオフラインバックアップ支援の意向について、該当するものを選択してください。"
Q_STORE = "オフラインバックアップの保存先として希望するものを選択してください。"
Q_FREE = "その他、ご意見・ご質問等があればご記入ください。"
headers = ["ID", "開始時刻", "完了時刻", "メール", "名前", Q_PAT, Q_NAME, Q_STATE, Q_INTENT, Q_STORE, Q_FREE]
ws.append(headers)
for c in ws[1]:
    c.font = Font(bold=True)

S_OFF = "既に電子カルテのオフラインバックアップを運用している"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中である"
S_NONE = "オフラインバックアップは実施していない"
I_A = "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）"
I_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_NO = "本事業での支援は不要"
ST_M = "院内の物理媒体に保存"
ST_C = "外部クラウド環境に保存"

rows = [
    (1, datetime(2024, 8, 19, 9, 12, 5), datetime(2024, 8, 19, 9, 20, 41), "it-kanri@hosp-kitamachi.example.jp", "北町 情報管理",
     412, "医療法人 北町会 北町中央病院", S_NONE, I_A, ST_M, "機器調達の見積を事前に確認したいです。"),
    (2, datetime(2024, 8, 20, 14, 3, 30), datetime(2024, 8, 20, 14, 6, 2), "system@minami-gh.example.jp", "南が丘総合病院 システム室",
     1850, "南が丘総合病院", S_OFF, None, None, None),
    (3, datetime(2024, 8, 22, 10, 45, 11), datetime(2024, 8, 22, 10, 51, 59), "iryojoho@sakuragawa-hp.example.jp", "桜川 太郎",
     96, "桜川記念病院", S_PLAN, I_NO, None, "令和7年度の電子カルテ更新時にベンダと構成を検討中です。"),
    (4, datetime(2024, 8, 26, 16, 20, 0), datetime(2024, 8, 26, 16, 31, 47), "jimu@aoba-clinic-hp.example.jp", "青葉台病院 事務部",
     233, "青葉台病院", S_NONE, I_C, ST_M, None),
    (5, datetime(2024, 8, 29, 11, 2, 18), datetime(2024, 8, 29, 11, 9, 50), "johosys@kawabe-med.example.jp", "川辺 由美",
     2980, "社会医療法人 川辺会 川辺総合医療センター", S_NONE, I_C, ST_C, "既設のバックアップサーバからクラウドへの転送を想定しています。\n回線増速が必要か相談したいです。"),
]
for r in rows:
    ws.append(list(r))
for r in range(2, 2 + len(rows)):
    for col in "BC":
        ws[f"{col}{r}"].number_format = "yyyy/m/d h:mm:ss"
for col, w in zip("ABCDEFGHIJK", [5, 18, 18, 34, 22, 20, 34, 40, 44, 22, 50]):
    ws.column_dimensions[col].width = w
wb.save(OUT)
print("saved", OUT)

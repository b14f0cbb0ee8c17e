#!/usr/bin/python3
"""obi-w4-a-forms-export: the secretariat's Microsoft Forms response export of the
オフラインバックアップ支援意向に関するアンケート — one sheet, one row per hospital,
question texts as headers plus the tool's own columns. 5 hospitals, all answers
complete and valid (no planted problem). Saved by openpyxl."""
import os
from datetime import datetime
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w4-a-forms-export"

Q_NAME = "病院名を入力してください。"
Q_COUNT = "患者数を入力してください。\nMicrosoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。"
Q_STATE = "現在の電子カルテのバックアップについて、最も当てはまるものを選択してください。\n（「別紙5_各媒体におけるオフライン状態の定義」をご確認の上、ご回答ください）"
Q_INTENT = "本事業におけるオフラインバックアップ支援の意向について、当てはまるものを選択してください。"
Q_STORE = "オフラインバックアップの保存先（希望する構成）を選択してください。"
Q_REM = "その他、ご意見・ご質問等がございましたらご記入ください。"

S = {
    "OFFLINE_IN_OPERATION": "既に電子カルテのオフラインバックアップを取得・運用している",
    "PLANNING_WITH_VENDOR": "電子カルテベンダ等とオフラインバックアップの方針を検討中である",
    "NOT_IMPLEMENTED": "オフラインバックアップは実施していない",
}
I = {
    "PROCURE_THIS_YEAR": "本事業で支援可能なサーバ・物品を新設する（調達は年度内に可能）",
    "PROCURE_NEXT_YEAR": "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
    "CONNECT_EXISTING": "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
    "NO_SUPPORT_NEEDED": "本事業での支援は不要",
}
T = {"ON_PREMISES_MEDIA": "院内の物理媒体", "EXTERNAL_CLOUD": "外部クラウド環境"}

rows = [
    (1, datetime(2024, 8, 5, 9, 12, 44), datetime(2024, 8, 5, 9, 16, 2), "h010231@cs-portal.example.jp",
     "北見柏陽台病院 情報管理課", "北見柏陽台病院", "1850", "OFFLINE_IN_OPERATION", "NO_SUPPORT_NEEDED",
     "ON_PREMISES_MEDIA", "LTOテープによる週次フルバックアップを取得し、院外の倉庫で保管しています。"),
    (2, datetime(2024, 8, 9, 14, 3, 10), datetime(2024, 8, 9, 14, 11, 57), "h040517@cs-portal.example.jp",
     "仙台東部中央病院 システム管理室", "医療法人 青葉会 仙台東部中央病院", "642", "PLANNING_WITH_VENDOR",
     "NO_SUPPORT_NEEDED", "EXTERNAL_CLOUD", "電子カルテベンダと令和7年度の導入に向けて構成を検討中です。"),
    (3, datetime(2024, 8, 19, 10, 40, 21), datetime(2024, 8, 19, 10, 52, 8), "h070988@cs-portal.example.jp",
     "いわき浜通り記念病院 事務部", "いわき浜通り記念病院", "3000", "NOT_IMPLEMENTED", "PROCURE_THIS_YEAR",
     "ON_PREMISES_MEDIA", None),
    (4, datetime(2024, 8, 26, 16, 55, 37), datetime(2024, 8, 26, 17, 9, 45), "h110342@cs-portal.example.jp",
     "さいたま見沼総合病院 医療情報部", "社会医療法人 若葉会 さいたま見沼総合病院", "2975", "NOT_IMPLEMENTED",
     "PROCURE_NEXT_YEAR", "EXTERNAL_CLOUD",
     "予算措置が令和7年度となるため、調達は次年度以降となります。\n打合せには電子カルテベンダも参加予定です。"),
    (5, datetime(2024, 8, 29, 11, 21, 5), datetime(2024, 8, 29, 11, 24, 50), "h020126@cs-portal.example.jp",
     "八戸みなと台病院 総務課", "八戸みなと台病院", "120", "NOT_IMPLEMENTED", "CONNECT_EXISTING",
     "ON_PREMISES_MEDIA", None),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
headers = ["ID", "開始時刻", "完了時刻", "メール", "名前", "最終変更時刻",
           Q_NAME, Q_COUNT, Q_STATE, Q_INTENT, Q_STORE, Q_REM]
ws.append(headers)
for c in ws[1]:
    c.font = Font(bold=True)
    c.alignment = Alignment(wrap_text=True, vertical="top")
for (rid, t0, t1, mail, who, hosp, cnt, st, it, sto, rem) in rows:
    ws.append([rid, t0, t1, mail, who, None, hosp, cnt, S[st], I[it], T[sto], rem])
for r in range(2, ws.max_row + 1):
    for col in (2, 3):
        ws.cell(row=r, column=col).number_format = "yyyy/m/d h:mm:ss"
    ws.cell(row=r, column=8).number_format = "@"
    ws.cell(row=r, column=12).alignment = Alignment(wrap_text=True)
for col, w in zip("ABCDEFGHIJKL", [5, 18, 18, 30, 30, 14, 36, 26, 44, 50, 20, 50]):
    ws.column_dimensions[col].width = w
ws.freeze_panes = "G2"
ws.auto_filter.ref = f"A1:L{ws.max_row}"
wb.save(os.path.join(HERE, NAME + ".xlsx"))
print("saved", NAME)

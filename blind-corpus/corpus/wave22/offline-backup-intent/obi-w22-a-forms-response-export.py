#!/usr/bin/python3
"""Microsoft Forms response export of 「オフラインバックアップ支援意向に関するアンケート」
as the secretariat downloads it (one sheet, one row per hospital, Excel table)."""
import datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.table import Table, TableStyleInfo

OUT = "/work/blind/wave22/offline-backup-intent/obi-w22-a-forms-response-export.xlsx"

Q_NAME = "病院名を入力してください。"
Q_COUNT = "患者数を入力してください。\nMicrosoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。"
Q_STATE = ("現在の電子カルテのオフラインバックアップの状況を選択してください。\n"
           "（「別紙5_各媒体におけるオフライン状態の定義」をご確認の上、ご回答ください）")
Q_INTENT = "本事業におけるオフラインバックアップ整備支援のご意向を選択してください。"
Q_STORE = "オフラインバックアップの保存先として希望するものを選択してください。"
Q_REM = "その他、ご質問・ご意見等がございましたらご記入ください。"

S_OP = "既に電子カルテのオフラインバックアップを取得し、運用している"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中である"
S_NOT = "オフラインバックアップは実施していない"
I_A = "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）"
I_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_N = "本事業での支援は不要"
ST_M = "院内の物理媒体に保存"
ST_C = "外部クラウド環境に保存"

def t(d, h, m, s):
    return dt.datetime(2024, 8, d, h, m, s)

rows = [
    (1, t(5, 9, 12, 40), t(5, 9, 18, 3), "医療法人 瀬戸内会 坂出みなと病院", 1843, S_OP, I_N, None,
     "RDXにて日次で取得し、取得後は媒体を取り外して別棟の保管庫で管理しています。"),
    (2, t(7, 14, 2, 11), t(7, 14, 9, 55), "さぬき市民総合病院", 2650, S_NOT, I_A, ST_M, None),
    (3, t(19, 10, 31, 2), t(19, 10, 40, 47), "観音寺こころの丘病院", "412", S_PLAN, I_N, None,
     "電子カルテベンダと外部クラウドへのバックアップを検討中です。\n令和7年度中の導入を予定しています。"),
    (4, t(22, 16, 45, 18), t(22, 16, 52, 30), "丸亀西ケ丘記念病院", 976, S_NOT, I_B, ST_C,
     "機器購入の予算措置が来年度となるため。"),
    (5, t(26, 11, 3, 9), t(26, 11, 6, 44), "小豆島中央リハビリテーション病院", 235, S_NOT, I_C, ST_M, None),
    (6, t(29, 17, 20, 0), t(29, 17, 34, 12), "医療法人社団 翠明会 高松東病院", 3000, S_NOT, I_A, ST_C,
     "打合せには電子カルテベンダ（四国メディカルシステムズ）も同席予定です。"),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
hdr = ["ID", "開始時刻", "完了時刻", "メール", "名前", Q_NAME, Q_COUNT, Q_STATE, Q_INTENT, Q_STORE, Q_REM]
ws.append(hdr)
for r in rows:
    id_, st, en, name, cnt, state, intent, store, rem = r
    ws.append([id_, st, en, "anonymous", None, name, cnt, state, intent, store, rem])
for row in ws.iter_rows(min_row=2):
    row[1].number_format = "m/d/yy h:mm:ss"
    row[2].number_format = "m/d/yy h:mm:ss"
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="top")
for c in ws[1]:
    c.font = Font(bold=True)
    c.alignment = Alignment(wrap_text=True, vertical="top")
widths = [6, 16, 16, 12, 10, 34, 22, 40, 44, 24, 50]
for i, w in enumerate(widths):
    ws.column_dimensions["ABCDEFGHIJK"[i]].width = w
tab = Table(displayName="Table1", ref=f"A1:K{len(rows)+1}")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(tab)
wb.save(OUT)
print("saved", OUT)

# Generator: Microsoft Forms response export of the オフラインバックアップ支援意向に関するアンケート
# (secretariat download, one row per hospital). Run: PYTHONPATH=/tmp/obi-py /usr/bin/python3 THIS.py
import datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from openpyxl.worksheet.table import Table, TableStyleInfo

OUT = "/work/blind/wave32/offline-backup-intent/obi-w32-a-forms-response-export.xlsx"

S_OP = "既に電子カルテのオフラインバックアップの運用を開始している"
S_PL = "電子カルテベンダ等とオフラインバックアップの方針を検討中である"
S_NO = "オフラインバックアップは実施していない"
I_A = "本事業で支援可能なサーバ・物品を新設したい（年度内に調達可能）"
I_B = "本事業で支援可能なサーバ・物品を新設したい（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続したい"
I_N = "本事業での支援は不要（電子カルテベンダ等と検討中の方針で対応する）"
ST_M = "院内の物理媒体"
ST_C = "外部クラウド環境"

headers = [
    "ID", "開始時刻", "完了時刻", "メール", "名前", "最終変更時刻",
    "患者数を入力してください。",
    "病院名を入力してください。",
    "現在の電子カルテのバックアップの状況を選択してください。",
    "本事業によるオフラインバックアップ支援の意向を選択してください。",
    "オフラインバックアップの保存先（運用中の場合は現在の保存先、それ以外は希望する保存先）を選択してください。",
    "その他、ご意見・ご質問等があればご記入ください。",
]

def t(m, d, h, mi, s):
    return dt.datetime(2024, m, d, h, mi, s)

rows = [
    (1, t(8, 13, 9, 41, 5), t(8, 13, 9, 47, 52), 1187, "社会医療法人 瀬戸内会 さぬき中央病院", S_NO, I_A, ST_M,
     "LTOテープ装置の追加を検討しています。"),
    (2, t(8, 14, 15, 2, 18), t(8, 14, 15, 6, 40), 38, "医療法人 白峰会 しらみね病院", S_PL, I_N, ST_C,
     "電子カルテ更新（令和7年度予定）に合わせてベンダと検討中です。"),
    (3, t(8, 19, 10, 20, 0), t(8, 19, 10, 23, 31), 2405, "高松みなと総合病院 ", S_OP, None, ST_M,
     "RDXで週1回取得し、媒体は取り外して金庫で保管しています。"),
    (4, t(8, 22, 13, 55, 12), t(8, 22, 14, 9, 3), 764, "丸亀東部病院", S_NO, I_B, ST_C, None),
    (5, t(8, 27, 17, 30, 44), t(8, 27, 17, 41, 9), 152, "医療法人 讃生会 こんぴら記念病院", S_NO, I_C, ST_M,
     "既存のバックアップサーバに外付けHDDを追加する方向で考えています。\n打合せには電子カルテベンダも同席予定です。"),
    (6, t(8, 30, 11, 8, 26), t(8, 30, 11, 10, 58), 2950, "観音寺西病院", S_OP, None, ST_C, None),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(headers)
for (i, st, en, cnt, name, state, intent, storage, rem) in rows:
    ws.append([i, st, en, "anonymous", "anonymous", None, cnt, name, state, intent, storage, rem])

for r in range(2, ws.max_row + 1):
    for c in (2, 3):
        ws.cell(r, c).number_format = "yyyy/m/d h:mm:ss"
    ws.cell(r, 12).alignment = Alignment(wrap_text=True, vertical="top")
for c in ws[1]:
    c.font = Font(bold=True)
widths = [6, 18, 18, 12, 12, 14, 12, 34, 44, 52, 30, 50]
for i, w in enumerate(widths):
    ws.column_dimensions[chr(ord("A") + i)].width = w

tab = Table(displayName="Table1", ref=f"A1:L{ws.max_row}")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(tab)
wb.save(OUT)
print("saved", OUT)

# Generator: Microsoft Forms response export of the オフラインバックアップ支援意向に関するアンケート
# (as downloaded by the secretariat from Forms "Excel で開く"). One sheet, one row per hospital.
import sys, datetime as dt
sys.path.insert(0, "/tmp/obi-w43-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.table import Table, TableStyleInfo

OUT = "/work/blind/wave43/offline-backup-intent/obi-w43-a-forms-response-export.xlsx"

Q_COUNT = "患者数を入力してください。\nMicrosoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。"
Q_NAME = "病院名を入力してください。"
Q_STATE = "現在の電子カルテのバックアップの状況について、最も近いものを選択してください。（「別紙5_各媒体におけるオフライン状態の定義」をご確認ください）"
Q_INTENT = "本事業でのオフラインバックアップ整備支援について、ご意向を選択してください。"
Q_STORAGE = "オフラインバックアップの保存先として希望するものを選択してください。"
Q_REMARKS = "その他、ご質問・ご要望等があればご記入ください。"

S_OP = "既にオフラインバックアップを取得・運用している（本事業の支援対象外）"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中"
S_NONE = "オフラインバックアップは実施していない"
I_A = "本事業で支援可能なサーバ・物品を新設したい（年度内に調達可能）"
I_B = "本事業で支援可能なサーバ・物品を新設したい（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続したい"
I_NO = "本事業での支援は不要（電子カルテベンダ等と検討中の方針で対応する）"
ST_MEDIA = "院内の物理媒体に保存"
ST_CLOUD = "外部クラウド環境に保存（サーバの新設は不要）"

headers = ["ID", "開始時刻", "完了時刻", "メール", "名前",
           Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORAGE, Q_REMARKS]

rows = [
    (1, dt.datetime(2024, 8, 5, 10, 12, 41), dt.datetime(2024, 8, 5, 10, 19, 3),
     1280, "社会医療法人 瀬戸内会 高松みなと病院", S_NONE, I_A, ST_MEDIA,
     "別紙6の支援可能物品一覧は確認済みです。\n9月の理事会で予算承認予定のため、調達は10月以降になります。"),
    (2, dt.datetime(2024, 8, 7, 14, 2, 15), dt.datetime(2024, 8, 7, 14, 4, 50),
     2450, "医療法人 讃岐記念病院", S_OP, None, None,
     "LTOテープで週1回取得し、院外の倉庫で保管しています（電子カルテベンダ運用）。"),
    (3, dt.datetime(2024, 8, 19, 9, 31, 7), dt.datetime(2024, 8, 19, 9, 35, 22),
     360, "坂出さくら病院", S_PLAN, I_NO, None, None),
    (4, dt.datetime(2024, 8, 26, 16, 45, 0), dt.datetime(2024, 8, 26, 16, 58, 36),
     1875, "三豊中央病院", S_NONE, I_C, ST_MEDIA, None),
    (5, dt.datetime(2024, 8, 30, 11, 8, 52), dt.datetime(2024, 8, 30, 11, 21, 9),
     96, "東かがわ市立 白鳥みなみ病院", S_PLAN, I_B, ST_CLOUD,
     "来年度の電子カルテ更新に合わせて検討したいです。打合せには電子カルテベンダも同席予定です。"),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(headers)
for (i, start, end, count, name, state, intent, storage, rem) in rows:
    ws.append([i, start, end, "anonymous", None, count, name, state, intent, storage, rem])

for r in range(2, 2 + len(rows)):
    ws.cell(r, 2).number_format = "yyyy/m/d h:mm:ss"
    ws.cell(r, 3).number_format = "yyyy/m/d h:mm:ss"
for c in ws[1]:
    c.font = Font(bold=True)
widths = [6, 18, 18, 12, 10, 22, 34, 40, 40, 28, 50]
for i, w in enumerate(widths):
    ws.column_dimensions[chr(65 + i)].width = w
for row in ws.iter_rows(min_row=1, max_row=1 + len(rows)):
    for c in row:
        c.alignment = Alignment(wrap_text=False, vertical="top")

tab = Table(displayName="Table1", ref=f"A1:K{1 + len(rows)}")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
ws.add_table(tab)
wb.save(OUT)
print("saved", OUT)

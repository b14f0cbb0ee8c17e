# Generator: Microsoft Forms response export of the オフラインバックアップ支援意向に関するアンケート
# (one sheet, one row per hospital, tool columns + question texts as headers). All rows correct.
import sys, json, datetime
sys.path.insert(0, "/tmp/obi-pylib")
import openpyxl
from openpyxl.styles import Font, Alignment

OUT = "/work/blind/wave42/offline-backup-intent/obi-w42-a-forms-response-export.xlsx"

Q_COUNT = ("患者数を入力してください。\nMicrosoft Teamsの「00_医療機関データ」に表示されている"
           "患者情報数を記入ください。")
Q_NAME = "病院名を入力してください。"
Q_STATE = "現在の電子カルテのオフラインバックアップの状況について、該当するものを選択してください。"
Q_INTENT = "本事業によるオフラインバックアップ整備支援の意向について、該当するものを選択してください。"
Q_STORAGE = "オフラインバックアップの保存先として希望するものを選択してください。"
Q_REMARKS = "その他、ご意見・ご質問等がありましたらご記入ください。"

S_OP = "既に電子カルテのオフラインバックアップを運用している"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中である"
S_NONE = "オフラインバックアップは実施していない"
I_A = "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）"
I_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_NO = "本事業での支援は不要"
ST_MEDIA = "院内の物理媒体"
ST_CLOUD = "外部クラウド"

headers = ["ID", "開始時刻", "完了時刻", "メール", "名前",
           Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORAGE, Q_REMARKS]

dt = datetime.datetime
rows = [
    (1, dt(2024, 8, 5, 9, 12, 3), dt(2024, 8, 5, 9, 16, 41), "h0123@portal-ccs.example.jp", "さぬき中央病院 情報システム室",
     128, "医療法人社団瀬戸内会 さぬき中央病院", S_NONE, I_A, ST_MEDIA, None),
    (2, dt(2024, 8, 7, 14, 2, 55), dt(2024, 8, 7, 14, 5, 10), "h0207@portal-ccs.example.jp", "高松西部総合病院 医事課",
     2057, "高松西部総合病院", S_OP, None, None,
     "LTOテープにて週1回フルバックアップを取得し、院外の倉庫で保管しています。"),
    (3, dt(2024, 8, 19, 10, 40, 18), dt(2024, 8, 19, 10, 47, 2), "h0311@portal-ccs.example.jp", "坂出みなと病院 事務部",
     45, "坂出みなと病院", S_PLAN, I_NO, None,
     "電子カルテ更新（令和7年度予定）に合わせて、ベンダと外部クラウドへの保管を検討中です。"),
    (4, dt(2024, 8, 26, 16, 21, 37), dt(2024, 8, 26, 16, 30, 9), "h0415@portal-ccs.example.jp", "丸亀さくら記念病院 システム管理室",
     873, "丸亀さくら記念病院", S_NONE, I_C, ST_CLOUD, None),
    (5, dt(2024, 8, 29, 11, 3, 44), dt(2024, 8, 29, 11, 9, 58), "h0522@portal-ccs.example.jp", "観音寺東病院 総務課",
     1290, "社会医療法人 観音寺東病院", S_NONE, I_B, ST_MEDIA,
     "予算措置が次年度となるため、調達は令和7年度を予定しています。\n打合せには電子カルテベンダも同席予定です。"),
]

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(headers)
for c in ws[1]:
    c.font = Font(bold=True)
    c.alignment = Alignment(wrap_text=True, vertical="top")
for r in rows:
    ws.append(list(r))
for row in ws.iter_rows(min_row=2, min_col=2, max_col=3):
    for c in row:
        c.number_format = "yyyy/m/d h:mm:ss"
for row in ws.iter_rows(min_row=2):
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="top")
widths = [5, 18, 18, 28, 30, 30, 34, 40, 44, 22, 50]
for i, w in enumerate(widths):
    ws.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width = w
ws.freeze_panes = "A2"
wb.save(OUT)
print("saved", OUT)

#!/usr/bin/python3
# Generator for obi-w8-b-forms-export.xlsx
# Role: the secretariat downloads the responses of the Microsoft Forms survey
# 「オフラインバックアップ支援意向に関するアンケート」 ("Excel で開く") — one sheet, one row per hospital,
# the tool's own columns first, then the question titles as the tool writes them.
# Branching in the form: Q3 = 既に運用している -> Q4/Q5 skipped; Q4 = 支援は不要 -> Q5 skipped,
# so skipped answers are empty cells. Count answers are written as text (text question with a number
# restriction 1-3000). Writes only into /work/blind/wave8/offline-backup-intent/.
import datetime as dt

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

OUT = "/work/blind/wave8/offline-backup-intent/obi-w8-b-forms-export.xlsx"

HEAD = [
    "ID", "開始時刻", "完了時刻", "メール", "名前", "最終変更時刻",
    "患者数を入力してください。\nMicrosoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。",
    "病院名を入力してください。",
    "現在の電子カルテのバックアップの状況について、該当するものを選択してください。",
    "本事業におけるオフラインバックアップ整備支援の意向について、該当するものを選択してください。",
    "バックアップデータの保存先として希望するものを選択してください。",
    "その他、ご意見・ご質問等がありましたらご記入ください。",
]

S_OP = "既に電子カルテのオフラインバックアップを運用している"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中である"
S_NONE = "オフラインバックアップは実施していない"
I_A = "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）"
I_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_NO = "本事業での支援は不要（電子カルテベンダ等と検討中の方針で対応する）"
ST_MEDIA = "院内の物理媒体"
ST_CLOUD = "外部クラウド"

rows = [
    # id, start, minutes, count(text), name, state, intent, storage, remarks
    (1, dt.datetime(2024, 7, 16, 9, 12, 5), 6, "1820", "医療法人社団　緑風会　高松西病院", S_OP, None, None,
     "LTOテープに日次で取得し、院外の倉庫で保管しています。"),
    (2, dt.datetime(2024, 7, 22, 14, 3, 48), 11, "640", "さぬき中央病院", S_PLAN, I_NO, None,
     "令和7年1月の電子カルテ更新に合わせ、ベンダと構成を検討中です。"),
    (3, dt.datetime(2024, 8, 2, 10, 41, 20), 4, "2950", "医療法人　白峰会　坂出白峰病院", S_NONE, I_A, ST_MEDIA, None),
    (4, dt.datetime(2024, 8, 9, 16, 27, 2), 9, "315", "観音寺みどり病院", S_NONE, I_B, ST_CLOUD,
     "予算化が令和7年度となるため、次年度の調達を予定しています。\nクラウド利用時の通信費について打合せで確認したいです。"),
    (5, dt.datetime(2024, 8, 21, 11, 5, 37), 3, "88", "小豆島なぎさ病院", S_NONE, I_C, ST_MEDIA, None),
    (6, dt.datetime(2024, 8, 29, 17, 48, 9), 7, "1200", "医療法人　琴平会　琴平山手病院", S_PLAN, I_A, ST_CLOUD,
     "現行ベンダと方針を検討中ですが、本事業での支援を希望します。"),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
for j, h in enumerate(HEAD, start=1):
    c = ws.cell(row=1, column=j, value=h)
    c.font = Font(bold=True)
    c.alignment = Alignment(wrap_text=True, vertical="top")

for i, (rid, start, mins, cnt, name, state, intent, storage, remarks) in enumerate(rows, start=2):
    end = start + dt.timedelta(minutes=mins, seconds=17 * rid)
    vals = [rid, start, end, "anonymous", None, None, cnt, name, state, intent, storage, remarks]
    for j, v in enumerate(vals, start=1):
        c = ws.cell(row=i, column=j, value=v)
        if j in (2, 3):
            c.number_format = "yyyy/m/d h:mm:ss"
        if j == 12 and v:
            c.alignment = Alignment(wrap_text=True)

widths = [6, 18, 18, 12, 10, 14, 22, 34, 40, 48, 18, 48]
for j, w in enumerate(widths, start=1):
    ws.column_dimensions[ws.cell(row=1, column=j).column_letter].width = w
ws.freeze_panes = "A2"
ws.auto_filter.ref = "A1:L7"

wb.save(OUT)
print("wrote", OUT)

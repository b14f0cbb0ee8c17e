#!/usr/bin/python3
# Generator for obi-w41-a-forms-response-export.xlsx
# Role: programme secretariat downloading the Microsoft Forms responses of
# 「オフラインバックアップ支援意向に関するアンケート」 ("Excel で開く").
# Run: PYTHONPATH=/tmp/obi41-pylib /usr/bin/python3 obi-w41-a-forms-response-export.py
import datetime as dt
import os
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                   "obi-w41-a-forms-response-export.xlsx")

Q_COUNT = ("患者数を入力してください。\n"
           "Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。")
Q_NAME = "病院名を入力してください。"
Q_STATE = ("現在の電子カルテのオフラインバックアップの状況について、該当するものを選択してください。\n"
           "（「別紙5_各媒体におけるオフライン状態の定義」をご確認の上ご回答ください）")
Q_INTENT = ("本事業でのオフラインバックアップ整備支援について、ご意向を選択してください。\n"
            "（支援可能な物品は「別紙6_オフラインバックアップ支援可能物品一覧」をご確認ください）")
Q_STORAGE = "オフラインバックアップの保存先として希望するものを選択してください。"
Q_REMARKS = "ご質問・ご意見等がございましたらご記入ください。"

S_OP = "既に電子カルテのオフラインバックアップを運用している"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中"
S_NONE = "オフラインバックアップは実施していない"

I_A = "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）"
I_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_NO = "本事業での支援は不要"

ST_MEDIA = "院内の物理媒体"
ST_CLOUD = "外部クラウド（サーバの新設は不要）"

headers = ["ID", "開始時刻", "完了時刻", "メール", "名前", "最終変更時刻",
           Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORAGE, Q_REMARKS]

T = dt.datetime
rows = [
    # id, start, end, mail, name, count, hospital, state, intent, storage, remarks
    (1, T(2024, 7, 16, 9, 12, 41), T(2024, 7, 16, 9, 18, 5),
     "johosys@aobadai-hp.example.jp", "情報システム課 森本", 1280,
     "医療法人社団 青葉会 青葉台病院", S_NONE, I_A, ST_MEDIA,
     "院内のLTO装置の更新時期と合わせて検討したいと考えています。"),
    (2, T(2024, 7, 22, 14, 3, 2), T(2024, 7, 22, 14, 6, 37),
     "anonymous", None, 430,
     "西讃みなと病院", S_OP, I_NO, None, None),
    (3, T(2024, 8, 2, 10, 45, 19), T(2024, 8, 2, 10, 51, 3),
     "iryojoho@kotohira-kinen.example.jp", "医事課 大西", "860",
     "琴平記念病院", S_PLAN, I_NO, None,
     "電子カルテ更新（令和7年度予定）に合わせてベンダと方針を検討中です。"),
    (4, T(2024, 8, 19, 16, 20, 55), T(2024, 8, 19, 16, 29, 48),
     "anonymous", None, 2150,
     "医療法人　緑風会　みどりヶ丘総合病院", S_NONE, I_C, ST_CLOUD, None),
    (5, T(2024, 8, 29, 11, 2, 7), T(2024, 8, 29, 11, 14, 30),
     "kanri@higashiyama-hp.example.jp", "事務部 山下", 95,
     "東山リハビリテーション病院", S_NONE, I_B, ST_MEDIA,
     "次年度予算で調達予定です。\n打合せには電子カルテベンダも同席予定です。"),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(headers)
for r in rows:
    ws.append([r[0], r[1], r[2], r[3], r[4], None] + list(r[5:]))

for row in ws.iter_rows(min_row=2, min_col=2, max_col=3):
    for c in row:
        c.number_format = "yyyy/m/d h:mm:ss"
for row in ws.iter_rows(min_row=1):
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="top")
widths = {"A": 5, "B": 18, "C": 18, "D": 34, "E": 18, "F": 14,
          "G": 30, "H": 34, "I": 40, "J": 44, "K": 28, "L": 50}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

wb.save(OUT)
print("saved", OUT, file=sys.stderr)

#!/usr/bin/python3
"""obi-w17-b: Microsoft Forms response export as the secretariat holds it (one row per hospital),
saved by openpyxl; one row appended by hand for a hospital that answered by e-mail.
Planted: row 7 already operates an offline backup yet asks for procurement support this year;
row 9 (hand-typed) gives a patient count far above the survey's 1-3000 bound."""
import datetime as dt
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w17-b-forms-export-rows.xlsx"

Q_COUNT = ("患者数を入力してください。\nMicrosoft Teamsの「00_医療機関データ」に表示されている"
           "患者情報数を記入ください。")
Q_NAME = "病院名を入力してください。"
Q_STATE = "現在の電子カルテのバックアップの状況について、該当するものを選択してください。"
Q_INTENT = "本事業におけるオフラインバックアップ整備支援の意向について、該当するものを選択してください。"
Q_STORAGE = "オフラインバックアップの保存先として希望するものを選択してください。（支援を希望する場合）"
Q_REMARKS = "ご意見・ご質問等があればご記入ください。"

S_OFF = "既に電子カルテのオフラインバックアップを運用している"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中"
S_NONE = "オフラインバックアップは実施していない"
I_A = "支援可能なサーバ・物品を新設する（年度内に調達可能）"
I_B = "支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に支援可能な媒体を接続する"
I_NO = "本事業での支援は不要"
ST_ON = "院内の物理媒体"
ST_CL = "外部クラウド環境"

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
headers = ["ID", "開始時刻", "完了時刻", "メール", "名前",
           Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORAGE, Q_REMARKS]
ws.append(headers)
for c in ws[1]:
    c.font = Font(bold=True)
    c.alignment = Alignment(wrap_text=True, vertical="top")


def t(d, h, m, s=0):
    return dt.datetime(2024, 8, d, h, m, s)


rows = [
    # id, start, end, mail, name, count, hospital, state, intent, storage, remarks
    (1, t(5, 9, 12, 4), t(5, 9, 18, 40), "anonymous", None, 1200, "高松みなみ総合病院",
     S_NONE, I_A, ST_ON, None),
    (2, t(6, 14, 2, 11), t(6, 14, 5, 3), "anonymous", None, 350, "医療法人 清和会 坂出清和病院",
     S_OFF, I_NO, None, "LTOテープで週1回取得し、院内金庫で保管しています。"),
    (3, t(8, 10, 30, 0), t(8, 10, 41, 52), "anonymous", None, 860, "丸亀記念病院",
     S_PLAN, I_NO, None, "令和7年度の電子カルテ更新に合わせ、ベンダと構成を検討中です。"),
    (4, t(9, 16, 45, 9), t(9, 16, 52, 27), "anonymous", None, 2100, "香川県立東讃病院",
     S_NONE, I_C, ST_ON, None),
    (5, t(19, 11, 3, 36), t(19, 11, 15, 8), "anonymous", None, 540, "観音寺中央病院",
     S_NONE, I_B, ST_CL, "予算措置が来年度となるため、調達は次年度以降を予定しています。"),
    (6, t(22, 13, 20, 5), t(22, 13, 24, 49), "anonymous", None, 410, "善通寺ひまわり病院",  # planted
     S_OFF, I_A, ST_ON, None),
    (7, t(27, 9, 55, 41), t(27, 10, 6, 12), "anonymous", None, 1500, "宇多津せとうち病院",
     S_PLAN, I_C, ST_CL, "クラウド接続装置の設置場所について相談したいです。"),
]
for r in rows:
    ws.append(list(r))

# row 9: typed in by the secretariat from an e-mailed answer (no Forms times)
ws.append([8, None, t(29, 17, 40), "anonymous", "事務局代理入力", 52318, "小豆島町立内海病院",  # planted count
           S_NONE, I_A, ST_ON, None])

for row in ws.iter_rows(min_row=2, min_col=2, max_col=3):
    for c in row:
        c.number_format = "yyyy/m/d h:mm:ss"
widths = [5, 18, 18, 12, 14, 30, 28, 40, 48, 30, 50]
for i, w in enumerate(widths):
    ws.column_dimensions[chr(ord("A") + i)].width = w

wb.save(os.path.join(OUT, NAME))
print("wrote", os.path.join(OUT, NAME))

#!/usr/bin/python3
"""Workbook a: Microsoft Forms response export of the
オフラインバックアップ支援意向に関するアンケート (one sheet, one row per hospital).
Run: PYTHONPATH=/tmp/obi-py /usr/bin/python3 obi-w35-a-forms-response-export.py"""
import os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "obi-w35-a-forms-response-export.xlsx")

Q_COUNT = "患者数を入力してください。"
Q_NAME = "病院名を入力してください。"
Q_STATE = "現在の電子カルテのバックアップ状況について、該当するものを選択してください。"
Q_INTENT = "本事業でのオフラインバックアップ整備支援の意向について、該当するものを選択してください。"
Q_STORE = "オフラインバックアップの保存先として希望するものを選択してください。"
Q_REM = "その他、ご意見・ご質問等がございましたらご記入ください。"

S_OFF = "既に電子カルテのオフラインバックアップを取得済（運用開始済）"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中"
S_NONE = "オフラインバックアップは未実施"
I_A = "本事業で支援可能なサーバ・物品を新設したい（年度内に調達可能）"
I_B = "本事業で支援可能なサーバ・物品を新設したい（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続したい"
I_N = "本事業での支援は不要"
ST_M = "院内の物理媒体"
ST_C = "外部クラウド環境"

headers = ["ID", "開始時刻", "完了時刻", "メール", "名前", "最終変更時刻",
           Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORE, Q_REM]

T = dt.datetime
rows = [
    [1, T(2024, 8, 19, 9, 41, 12), T(2024, 8, 19, 9, 47, 55), "anonymous", None, None,
     412, "坂出みなと病院", S_NONE, I_A, ST_M,
     "別紙6の支援可能物品一覧から、バックアップ媒体の見積を電子カルテベンダに依頼済みです。"],
    [2, T(2024, 8, 20, 14, 3, 40), T(2024, 8, 20, 14, 6, 2), "anonymous", None, None,
     1280, "医療法人　讃陽会　さぬき東病院", S_PLAN, I_N, None,
     "電子カルテ更新（令和7年2月予定）に合わせてベンダと方針を検討中のため、本事業での支援は不要です。"],
    [3, T(2024, 8, 22, 10, 15, 9), T(2024, 8, 22, 10, 16, 31), "anonymous", None, None,
     2650, "観音寺西総合病院", S_OFF, None, None, None],
    [4, T(2024, 8, 27, 16, 52, 18), T(2024, 8, 27, 17, 1, 44), "anonymous", None, None,
     87, "丸亀たかしま病院", S_NONE, I_C, ST_C,
     "既存のバックアップサーバに接続する形を希望します。\nクラウド接続装置の設置場所はサーバ室を想定しています。"],
    [5, T(2024, 8, 29, 11, 20, 5), T(2024, 8, 29, 11, 33, 27), "anonymous", None, None,
     734, "高松しおかぜ病院", S_NONE, I_B, ST_C,
     "サーバ・物品は来年度予算で要求予定です。"],
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(headers)
for r in rows:
    ws.append(r)

hdr_fill = PatternFill("solid", fgColor="D9E1F2")
for c in ws[1]:
    c.font = Font(bold=True)
    c.fill = hdr_fill
    c.alignment = Alignment(wrap_text=True, vertical="top")
for row in ws.iter_rows(min_row=2):
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for idx in (1, 2, 5):
        if row[idx].value is not None:
            row[idx].number_format = "yyyy/m/d h:mm:ss"

widths = {"A": 6, "B": 18, "C": 18, "D": 12, "E": 10, "F": 18, "G": 14, "H": 30,
          "I": 40, "J": 44, "K": 18, "L": 50}
for k, v in widths.items():
    ws.column_dimensions[k].width = v
ws.row_dimensions[1].height = 48
ws.freeze_panes = "A2"
ws.auto_filter.ref = ws.dimensions
wb.save(OUT)
print("saved", OUT)

#!/usr/bin/python3
"""obi-w30-a: Microsoft Forms response export of 「オフラインバックアップ支援意向に関するアンケート」.
One sheet (Sheet1), one row per hospital, tool columns first, question titles as headers.
Saved by openpyxl, then re-saved by LibreOffice (headless) the way the secretariat would after opening it.
"""
import sys, os, subprocess, shutil, datetime
sys.path.insert(0, "/tmp/obi-py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w30-a-forms-response-export.xlsx"

Q_COUNT = "患者数を入力してください。"
Q_NAME = "病院名を入力してください。"
Q_STATE = "現在の電子カルテのバックアップの状況について、該当するものを選択してください。"
Q_INTENT = "本事業におけるオフラインバックアップ整備支援の意向について、該当するものを選択してください。"
Q_STORE = "オフラインバックアップの保存先として希望するものを選択してください。"
Q_REM = "その他、ご意見・ご質問等がございましたらご記入ください。"

S_OFF = "既に電子カルテのオフラインバックアップを運用している"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中である"
S_NONE = "オフラインバックアップは実施していない"
I_A = "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）"
I_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_NO = "電子カルテベンダ等と検討中のため、本事業での支援は不要"
ST_MED = "院内の物理媒体に保存"
ST_CLD = "外部クラウド環境に保存（サーバの新設は不要）"

headers = ["ID", "開始時刻", "完了時刻", "メール", "名前",
           Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORE, Q_REM]

D = datetime.datetime
rows = [
    (1, D(2024, 7, 16, 9, 41, 12), D(2024, 7, 16, 9, 47, 55), 1250,
     "医療法人社団 瀬戸内会 さぬき中央病院", S_NONE, I_A, ST_MED, None),
    (2, D(2024, 7, 18, 14, 3, 2), D(2024, 7, 18, 14, 6, 40), 860,
     "社会医療法人 讃陽会 丸亀みなと病院 ", S_OFF, None, None,
     "LTOテープで週1回フルバックアップを取得し、別棟の金庫で保管しています。\n詳細は電子カルテベンダ（保守担当）から回答可能です。"),
    (3, D(2024, 7, 22, 11, 15, 37), D(2024, 7, 22, 11, 24, 8), 2400,
     "高松東部記念病院", S_PLAN, I_NO, None,
     "令和7年度の電子カルテ更新に合わせてベンダと方式を検討中です。"),
    (4, D(2024, 8, 5, 16, 52, 19), D(2024, 8, 5, 17, 1, 3), 35,
     "（医）白鳥会 東かがわ白鳥病院", S_NONE, I_B, ST_CLD,
     "予算化が来年度になるため、調達は次年度以降となります。"),
    (5, D(2024, 8, 20, 10, 8, 44), D(2024, 8, 20, 10, 13, 29), 1780,
     "坂出よつば病院", S_NONE, I_C, ST_MED, None),
    (6, D(2024, 8, 29, 18, 30, 5), D(2024, 8, 29, 18, 39, 51), 540,
     "医療法人 観音寺さくら病院", S_PLAN, I_C, ST_CLD,
     "ベンダとも相談していますが、クラウド保存の支援をお願いしたいです"),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(headers)
for c in ws[1]:
    c.font = Font(bold=True)
    c.alignment = Alignment(wrap_text=True, vertical="top")
for (rid, st, en, cnt, nm, s, i, sto, rem) in rows:
    ws.append([rid, st, en, "anonymous", None, cnt, nm, s, i, sto, rem])
for r in range(2, 2 + len(rows)):
    ws.cell(r, 2).number_format = "yyyy/m/d h:mm:ss"
    ws.cell(r, 3).number_format = "yyyy/m/d h:mm:ss"
    ws.cell(r, 11).alignment = Alignment(wrap_text=True)
widths = [6, 18, 18, 12, 10, 14, 36, 40, 44, 30, 50]
for idx, w in enumerate(widths, start=1):
    ws.column_dimensions[ws.cell(1, idx).column_letter].width = w

tmpdir = "/tmp/obi-w30-a-build"
shutil.rmtree(tmpdir, ignore_errors=True)
os.makedirs(tmpdir)
raw = os.path.join(tmpdir, NAME)
wb.save(raw)
# LibreOffice re-save
outdir = os.path.join(tmpdir, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME), os.path.join(OUT, NAME))
print("wrote", os.path.join(OUT, NAME))

#!/usr/bin/python3
# Generator for obi-w33-a-forms-response-export.xlsx
# Role: programme secretariat. Microsoft Forms response export of the
# 「オフラインバックアップ支援意向に関するアンケート」 (one row per hospital, question
# titles as headers, Forms' own columns first), with one column added by the
# secretariat at the right: 支援方針（事務局判定）, an IF formula. The file is then
# re-saved by LibreOffice so the formula results are cached.
# Run: PYTHONPATH=/tmp/obi-w33-pylib /usr/bin/python3 obi-w33-a-forms-response-export.py
import os, shutil, subprocess, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from openpyxl.utils import get_column_letter

OUT_DIR = "/work/blind/wave33/offline-backup-intent"
NAME = "obi-w33-a-forms-response-export.xlsx"
TMP = "/tmp/obi-w33-a-build"

Q1 = "患者数を入力してください。"
Q2 = "病院名を入力してください。"
Q3 = "現在の電子カルテのバックアップの状況について、当てはまるものを選択してください。"
Q4 = "本事業におけるオフラインバックアップ支援の意向について、当てはまるものを選択してください。"
Q5 = "オフラインバックアップの保存先として希望するものを選択してください。"
Q6 = "その他、ご質問・ご意見等があればご記入ください。"

S_OP = "既に電子カルテのオフラインバックアップの運用を開始している"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中である"
S_NONE = "オフラインバックアップは実施していない"
I_A = "本事業で支援可能なサーバ、物品を新設する（調達は年度内に可能）"
I_B = "本事業で支援可能なサーバ、物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_NO = "本事業での支援は不要"
ST_MEDIA = "院内の物理媒体"
ST_CLOUD = "外部クラウド環境"

rows = [
    # id, start, end, count, name, state, intent, storage, remarks
    (1, dt.datetime(2024, 8, 5, 9, 12, 41), dt.datetime(2024, 8, 5, 9, 18, 3), 412,
     "医療法人　健生会　さぬき中央病院", S_NONE, I_A, ST_MEDIA, None),
    (2, dt.datetime(2024, 8, 6, 14, 2, 10), dt.datetime(2024, 8, 6, 14, 11, 57), 1180,
     "高松みなみ総合病院", S_NONE, I_B, ST_CLOUD,
     "来年度予算で調達予定です。\n電子カルテ更新（R7.10予定）と時期を合わせたいと考えています。"),
    (3, dt.datetime(2024, 8, 8, 10, 45, 22), dt.datetime(2024, 8, 8, 10, 49, 5), 95,
     "しおかぜ記念病院", S_OP, None, None,
     "LTOテープに週1回取得し、院外の倉庫で保管しています。"),
    (4, dt.datetime(2024, 8, 19, 16, 30, 8), dt.datetime(2024, 8, 19, 16, 36, 40), 260,
     "丸亀ひがし病院", S_PLAN, I_NO, None,
     "電子カルテベンダとRDXによる方式を検討中です。"),
    (5, dt.datetime(2024, 8, 22, 11, 5, 51), dt.datetime(2024, 8, 22, 11, 20, 14), 733,
     "観音寺ひかり病院", S_NONE, I_C, ST_MEDIA, None),
    (6, dt.datetime(2024, 8, 29, 17, 48, 2), dt.datetime(2024, 8, 29, 17, 55, 31), 1520,
     "坂出さくら病院", S_NONE, I_A, ST_CLOUD, "クラウドへの保存を希望します。"),
]

headers = ["ID", "開始時刻", "完了時刻", "メール", "名前", Q1, Q2, Q3, Q4, Q5, Q6,
           "支援方針（事務局判定）"]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(headers)
for r in rows:
    ws.append([r[0], r[1], r[2], "anonymous", None, r[3], r[4], r[5], r[6], r[7], r[8], None])

for i in range(2, len(rows) + 2):
    ws.cell(row=i, column=2).number_format = "yyyy/m/d h:mm:ss"
    ws.cell(row=i, column=3).number_format = "yyyy/m/d h:mm:ss"
    ws.cell(row=i, column=12).value = (
        f'=IF(H{i}="{S_OP}","対象外",IF(I{i}="{I_NO}","報告のみ",'
        f'IF(I{i}="{I_A}","支援A",IF(I{i}="{I_B}","支援B",IF(I{i}="{I_C}","支援C","")))))'
    )
    ws.cell(row=i, column=11).alignment = Alignment(wrap_text=True, vertical="top")

for c in range(1, len(headers) + 1):
    cell = ws.cell(row=1, column=c)
    cell.font = Font(bold=True)
    cell.alignment = Alignment(wrap_text=True, vertical="top")
ws.cell(row=1, column=12).fill = PatternFill("solid", fgColor="FFF2CC")
widths = [5, 18, 18, 11, 8, 12, 30, 36, 40, 18, 40, 16]
for i, w in enumerate(widths, 1):
    ws.column_dimensions[get_column_letter(i)].width = w
ws.auto_filter.ref = f"A1:L{len(rows) + 1}"
ws.freeze_panes = "A2"

# build, then re-save with LibreOffice so the formula column has cached values
shutil.rmtree(TMP, ignore_errors=True)
os.makedirs(TMP + "/src")
os.makedirs(TMP + "/out")
src = os.path.join(TMP, "src", NAME)
wb.save(src)
subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/obi-w33-lo-profile", "--headless",
                "--convert-to", "xlsx", "--outdir", TMP + "/out", src], check=True)
shutil.copy(os.path.join(TMP, "out", NAME), os.path.join(OUT_DIR, NAME))
print("wrote", os.path.join(OUT_DIR, NAME))

#!/usr/bin/python3
"""Workbook a: Microsoft Forms response export of the オフラインバックアップ支援意向に関するアンケート,
as the secretariat would download it (one sheet, one row per hospital), with one column the secretariat
added on the right (支援方針, a formula), then re-saved by LibreOffice so the formula results are cached."""
import datetime as dt
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT_DIR = "/work/blind/wave27/offline-backup-intent"
NAME = "obi-w27-a-forms-response-export.xlsx"

Q_COUNT = "患者数を入力してください。"
Q_NAME = "病院名を入力してください。"
Q_STATE = "現在の電子カルテのバックアップの状況について、最も近いものを選択してください。"
Q_INTENT = "本事業におけるオフラインバックアップ支援の意向について、最も近いものを選択してください。"
Q_STORAGE = "オフラインバックアップの保存先として希望（予定）するものを選択してください。"
Q_REMARKS = "その他、ご意見・ご質問等がありましたらご記入ください。"

S_OFF = "既に電子カルテのオフラインバックアップを運用している"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中である"
S_NONE = "オフラインバックアップは実施していない"

I_A = "本事業で支援可能なサーバ・物品を新設する（調達は年度内に可能）"
I_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_NO = "本事業での支援は不要"

ST_MEDIA = "院内の物理媒体に保存"
ST_CLOUD = "外部クラウド環境に保存"

rows = [
    # start, minutes, count, name, state, intent, storage, remarks
    (dt.datetime(2024, 8, 19, 9, 42, 11), 6, 1287, "医療法人光風会 北浜記念病院", S_NONE, I_A, ST_MEDIA, None),
    (dt.datetime(2024, 8, 19, 14, 5, 37), 9, 2950, "市立あさひ野総合病院", S_PLAN, I_NO, ST_CLOUD,
     "電子カルテベンダとクラウドへのバックアップを検討中です。\n令和7年度中の導入を予定しています。"),
    (dt.datetime(2024, 8, 21, 10, 18, 2), 4, 412, "社会医療法人若葉会 みどり丘病院", S_NONE, I_B, ST_MEDIA,
     "サーバ購入は次年度予算で対応予定"),
    (dt.datetime(2024, 8, 22, 16, 51, 45), 3, 86, "町立やまなみ病院", S_NONE, I_C, ST_MEDIA, None),
    (dt.datetime(2024, 8, 26, 11, 3, 9), 5, 645, "医療法人清流会 かわせみ病院", S_OFF, I_NO, ST_MEDIA,
     "LTOテープに週1回取得し、取得後はテープを外して別棟の金庫に保管しています。"),
    (dt.datetime(2024, 8, 28, 13, 27, 50), 7, 1530, "青葉台中央病院", S_NONE, I_A, ST_CLOUD, "特になし"),
    (dt.datetime(2024, 8, 30, 17, 12, 33), 11, 233, "一般財団法人白浜医療会 白浜病院", S_PLAN, I_C, ST_MEDIA,
     "ベンダと方針検討中ですが、既存のバックアップサーバに媒体を追加する形で支援をお願いしたいです。"),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
headers = ["ID", "開始時刻", "完了時刻", "メール", "名前",
           Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORAGE, Q_REMARKS,
           "支援方針（事務局判定）"]
ws.append(headers)
for i, (start, mins, count, name, state, intent, storage, remarks) in enumerate(rows, start=1):
    r = i + 1
    formula = (
        f'=IF(H{r}="{S_OFF}","対象外",IF(I{r}="{I_NO}","報告のみ",IF(I{r}="{I_A}","支援A",'
        f'IF(I{r}="{I_B}","支援B",IF(I{r}="{I_C}","支援C","要確認")))))'
    )
    ws.append([i, start, start + dt.timedelta(minutes=mins, seconds=17), "anonymous", None,
               count, name, state, intent, storage, remarks, formula])
    ws.cell(r, 2).number_format = "m/d/yy h:mm:ss"
    ws.cell(r, 3).number_format = "m/d/yy h:mm:ss"

for c in ws[1]:
    c.font = Font(bold=True)
ws.cell(1, 12).fill = PatternFill("solid", fgColor="FFF2CC")
widths = [6, 16, 16, 12, 10, 14, 32, 40, 48, 22, 50, 16]
for i, w in enumerate(widths, start=1):
    ws.column_dimensions[chr(64 + i)].width = w
for row in ws.iter_rows(min_row=2):
    row[10].alignment = Alignment(wrap_text=True, vertical="top")

tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME)
wb.save(src)
outdir = os.path.join(tmp, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME), os.path.join(OUT_DIR, NAME))
shutil.rmtree(tmp)
print("wrote", os.path.join(OUT_DIR, NAME))

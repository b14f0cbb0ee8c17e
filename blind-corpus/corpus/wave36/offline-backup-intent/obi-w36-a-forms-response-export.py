#!/usr/bin/python3
"""Workbook a: Microsoft Forms response export of the オフラインバックアップ支援意向に関するアンケート,
as the secretariat downloads it (Sheet1, one row per hospital), with a 支援方針 column the secretariat
added by formula; then re-saved by LibreOffice so the formula results are cached."""
import sys, os, subprocess, shutil, datetime as dt
sys.path.insert(0, "/tmp/obi-pylib")
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment

OUT = "/work/blind/wave36/offline-backup-intent"
NAME = "obi-w36-a-forms-response-export.xlsx"

Q_COUNT = "患者数を入力してください。"
Q_NAME = "病院名を入力してください。"
Q_STATE = "現在の電子カルテのバックアップ状況について、当てはまるものを選択してください。"
Q_INTENT = "本事業によるオフラインバックアップの整備支援について、意向に最も近いものを選択してください。"
Q_STORAGE = "オフラインバックアップの保存先として希望するものを選択してください。"
Q_REMARKS = "その他、ご意見・ご質問等があればご記入ください。"

S_OFF = "既に電子カルテのオフラインバックアップを運用している"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中"
S_NONE = "オフラインバックアップは実施していない"
I_A = "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）"
I_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_NO = "本事業での支援は不要"
ST_M = "院内の物理媒体"
ST_C = "外部クラウド"

headers = ["ID", "開始時刻", "完了時刻", "メール", "名前", "最終変更時刻",
           Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORAGE, Q_REMARKS, "支援方針（事務局判定）"]

T = dt.datetime
rows = [
    # id, start, end, mail, name, count, hospital, state, intent, storage, remarks
    (1, T(2024, 8, 5, 9, 12, 44), T(2024, 8, 5, 9, 18, 2), "anonymous", None,
     412, "医療法人社団 清和会 高松みなと病院", S_NONE, I_A, ST_M, None),
    (2, T(2024, 8, 6, 14, 3, 10), T(2024, 8, 6, 14, 7, 55), "anonymous", None,
     1186, "独立行政法人国立病院機構 西讃医療センター", S_OFF, None, None,
     "令和5年度にLTOテープによるオフライン保管を開始済みです。"),
    (3, T(2024, 8, 9, 10, 41, 27), T(2024, 8, 9, 10, 52, 13), "anonymous", None,
     "95", "医療法人 讃光会 まんのう記念病院 ", S_PLAN, I_NO, None,
     "電子カルテ更新（令和7年2月予定）に合わせ、ベンダと方針を検討中です。\n構成が決まり次第ご報告します。"),
    (4, T(2024, 8, 19, 16, 20, 5), T(2024, 8, 19, 16, 31, 48), "anonymous", None,
     738, "社会医療法人 瀬戸内会 坂出中央病院", S_NONE, I_B, ST_C,
     "予算措置が来年度となるため、調達は次年度を予定しています。"),
    (5, T(2024, 8, 27, 11, 2, 31), T(2024, 8, 27, 11, 9, 0), "anonymous", None,
     263, "三豊東部総合病院", S_NONE, I_C, ST_M, None),
    (6, T(2024, 8, 29, 17, 45, 12), T(2024, 8, 29, 17, 58, 40), "anonymous", None,
     2040, "公益財団法人 香川労働衛生会 丸亀ひかり病院", S_PLAN, I_A, ST_M,
     "外付けHDDの切り離し運用を検討しておりましたが、本事業の支援を希望します。"),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
for c, h in enumerate(headers, 1):
    ws.cell(1, c, h).font = Font(bold=True)
ws.cell(1, 13).fill = PatternFill("solid", fgColor="FFF2CC")
for r, row in enumerate(rows, 2):
    (rid, st, en, mail, nm, cnt, hosp, state, intent, storage, rem) = row
    vals = [rid, st, en, mail, nm, None, cnt, hosp, state, intent, storage, rem]
    for c, v in enumerate(vals, 1):
        if v is None:
            continue
        cell = ws.cell(r, c, v)
        if isinstance(v, dt.datetime):
            cell.number_format = "yyyy/m/d h:mm:ss"
        if c == 12:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    f = (f'=IF(I{r}="","",IF(I{r}="{S_OFF}","対象外",IF(J{r}="{I_NO}","報告のみ",'
         f'IF(J{r}="{I_A}","支援A",IF(J{r}="{I_B}","支援B",IF(J{r}="{I_C}","支援C","要確認"))))))')
    ws.cell(r, 13, f).fill = PatternFill("solid", fgColor="FFF2CC")
widths = [5, 17, 17, 11, 8, 14, 12, 40, 44, 52, 16, 50, 14]
for i, w in enumerate(widths, 1):
    ws.column_dimensions[ws.cell(1, i).column_letter].width = w
ws.freeze_panes = "A2"

tmpdir = "/tmp/obi-w36-a-build"
shutil.rmtree(tmpdir, ignore_errors=True)
os.makedirs(tmpdir + "/out")
raw = os.path.join(tmpdir, NAME)
wb.save(raw)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", tmpdir + "/out", raw],
               check=True, capture_output=True)
shutil.copy(os.path.join(tmpdir, "out", NAME), os.path.join(OUT, NAME))
print("wrote", os.path.join(OUT, NAME))

#!/usr/bin/python3
# Generator for obi-w9-b-forms-export-reordered.xlsx
# Role: the programme secretariat (事務局) holding the Microsoft Forms response export of the
# 「オフラインバックアップ支援意向に関するアンケート」. One sheet, one row per hospital.
# Habits: the 病院名 column was cut and moved next to ID; the tool's own columns (ID, 開始時刻,
# 完了時刻, メール, 名前, 最終変更時刻) kept; two secretariat columns added at the right
# (支援方針 by formula, a memo); one row typed in by hand for a hospital that answered by phone;
# trailing full-width space and a line break in answers; the file re-saved by LibreOffice so the
# formula results are cached.
# Planted: (1) row 9 患者数 3200 is outside 1-3000 (hand-typed row, Forms would not accept it);
#          (2) row 6 says offline backup already in operation yet asks to procure a server this year.
import datetime as dt
import os
import shutil
import subprocess

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT_DIR = "/work/blind/wave9/offline-backup-intent"
NAME = "obi-w9-b-forms-export-reordered.xlsx"
BUILD = os.path.join(OUT_DIR, "_build_b")

H_COUNT = "患者数を入力してください。"
H_NAME = "病院名を入力してください。"
H_STATE = "現在の電子カルテのオフラインバックアップの状況を選択してください。"
H_INTENT = "本事業における支援の意向を選択してください。"
H_STORAGE = "オフラインバックアップの保存先（希望）を選択してください。"
H_REMARKS = "その他、ご意見・ご質問等があればご記入ください。"

S_OFF = "既にオフラインバックアップを取得済み（運用中）"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中"
S_NOT = "オフラインバックアップは未実施"
I_A = "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）"
I_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に支援可能な媒体を接続する"
I_N = "本事業での支援は不要"
ST_M = "院内の物理媒体"
ST_C = "外部クラウド環境"

headers = ["ID", H_NAME, "開始時刻", "完了時刻", "メール", "名前", "最終変更時刻",
           H_COUNT, H_STATE, H_INTENT, H_STORAGE, H_REMARKS,
           "支援方針（事務局判定）", "事務局メモ"]

T = dt.datetime
rows = [
    # ID, name, start, end, mail, person, count, state, intent, storage, remarks, memo
    (1, "医療法人 清風会 丸亀東病院", T(2024, 8, 19, 9, 12, 41), T(2024, 8, 19, 9, 18, 5), "anonymous", None,
     1180, S_PLAN, I_N, None, "電子カルテ更改（令和7年1月予定）に合わせてベンダと検討中です。", None),
    (2, "高松北部総合病院", T(2024, 8, 19, 14, 2, 10), T(2024, 8, 19, 14, 9, 52), "anonymous", None,
     2650, S_NOT, I_A, ST_M, None, None),
    (3, "三豊やまびこ病院\u3000", T(2024, 8, 20, 10, 40, 3), T(2024, 8, 20, 10, 43, 27), "anonymous", None,
     320, S_OFF, I_N, None, None, None),
    (4, "坂出いずみ記念病院", T(2024, 8, 21, 16, 55, 18), T(2024, 8, 21, 17, 6, 44), "anonymous", None,
     1495, S_PLAN, I_B, ST_C, "次年度予算で調達予定です。\n現在見積を取得中。", None),
    (5, "観音寺さくら病院", T(2024, 8, 22, 11, 3, 9), T(2024, 8, 22, 11, 7, 30), "anonymous", None,
     410, S_OFF, I_A, ST_M, None, None),
    (6, "社会医療法人 小豆島みどり病院", T(2024, 8, 26, 13, 21, 0), T(2024, 8, 26, 13, 30, 12), "anonymous", None,
     95, S_NOT, I_C, ST_C, "クラウド接続装置の設置場所について相談したいです。", None),
    (7, "善通寺けやき台病院", T(2024, 8, 28, 9, 0, 55), T(2024, 8, 28, 9, 11, 38), "anonymous", None,
     860, S_NOT, I_A, ST_M, None, "8/29 打合せ候補日送付済"),
    (None, "宇多津ひかり病院", None, T(2024, 8, 30, 16, 5, 0), "jouhou@utazu-hikari.example.jp",
     "事務局代理入力（8/30電話回答）", 3200, S_PLAN, I_C, ST_M,
     "院内ネットワークからポータルにアクセスできないため電話で回答。", "患者数は病院申告値のまま"),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
for c, h in enumerate(headers, 1):
    cell = ws.cell(row=1, column=c, value=h)
    cell.font = Font(bold=True, color="FFFFFF")
    cell.fill = PatternFill("solid", fgColor="4472C4" if c <= 12 else "C65911")
    cell.alignment = Alignment(wrap_text=True, vertical="top")

for i, (rid, name, start, end, mail, person, count, state, intent, storage, remarks, memo) in enumerate(rows):
    r = i + 2
    vals = [rid, name, start, end, mail, person, None, count, state, intent, storage, remarks]
    for c, v in enumerate(vals, 1):
        if v is not None:
            ws.cell(row=r, column=c, value=v)
    for c in (3, 4, 7):
        ws.cell(row=r, column=c).number_format = "yyyy/m/d h:mm:ss"
    ws.cell(row=r, column=12).alignment = Alignment(wrap_text=True, vertical="top")
    ws.cell(row=r, column=13, value=(
        f'=IF(I{r}="","",IF(I{r}="{S_OFF}","対象外",IF(J{r}="{I_N}",'
        f'IF(I{r}="{S_PLAN}","報告のみ","要確認"),'
        f'IF(J{r}="{I_A}","支援A",IF(J{r}="{I_B}","支援B",IF(J{r}="{I_C}","支援C","要確認"))))))'))
    if memo:
        ws.cell(row=r, column=14, value=memo)

widths = [6, 30, 18, 18, 28, 26, 18, 12, 40, 46, 20, 46, 14, 26]
for c, w in enumerate(widths, 1):
    ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width = w
ws.row_dimensions[1].height = 45
ws.auto_filter.ref = f"A1:N{len(rows) + 1}"
ws.freeze_panes = "C2"

os.makedirs(BUILD, exist_ok=True)
tmp = os.path.join(BUILD, NAME)
wb.save(tmp)
profile = os.path.join(BUILD, "lo_profile")
subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                "--convert-to", "xlsx", "--outdir", OUT_DIR, tmp], check=True)
shutil.rmtree(BUILD)
print("wrote", NAME)

#!/usr/bin/python3
# Generator for obi-w12-a-forms-export-resaved.xlsx
# A Microsoft Forms response export (one row per hospital) that the programme secretariat
# opened, added a judged-policy formula column and a small tally sheet to, and saved again
# with LibreOffice (so the formula results are cached).
import datetime as dt
import os
import shutil
import subprocess

import openpyxl
from openpyxl.styles import Alignment, Font

OUT_DIR = "/work/blind/wave12/offline-backup-intent"
NAME = "obi-w12-a-forms-export-resaved.xlsx"
BUILD = "/tmp/obi_w12_a_build"

S1 = "既に電子カルテのオフラインバックアップを運用している"
S2 = "電子カルテベンダ等とオフラインバックアップの方針を検討中"
S3 = "実施していない"
I1 = "本事業で支援可能なサーバ・物品を新設したい（年度内に調達可能）"
I2 = "本事業で支援可能なサーバ・物品を新設したい（調達は次年度以降）"
I3 = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続したい"
I4 = "本事業での支援は不要"
P1 = "院内の物理媒体に保存"
P2 = "外部クラウド環境に保存"

headers = [
    "ID", "開始時刻", "完了時刻", "メール", "名前", "最終変更時刻",
    "患者数を入力してください。\nMicrosoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。",
    "病院名を入力してください。",
    "現在の電子カルテのバックアップの状況について、当てはまるものを選択してください。\n（「別紙5_各媒体におけるオフライン状態の定義」をご確認ください）",
    "本事業におけるオフラインバックアップ整備支援の意向を選択してください。",
    "オフラインバックアップの保存先として希望するものを選択してください。",
    "その他、ご意見・ご質問等がありましたらご記入ください。",
]

T = dt.datetime
rows = [
    # id, start, end, patients, name, state, intent, place, remarks
    (1, T(2024, 8, 19, 9, 12, 41), T(2024, 8, 19, 9, 18, 5), 1250,
     "社会医療法人 瀬戸内会 さぬき中央病院", S3, I1, P1,
     "電子カルテベンダ（富士通Japan）とも相談の上で回答しています。"),
    (2, T(2024, 8, 19, 14, 2, 10), T(2024, 8, 19, 14, 3, 55), 480,
     "医療法人 青松会 高松北病院", S1, None, None, None),
    (3, T(2024, 8, 21, 10, 45, 0), T(2024, 8, 21, 10, 51, 32), 2980,
     "坂出みなと総合病院", S2, I4, None,
     "ベンダとLTOテープによる方式を検討中です。\n導入予定：令和7年3月"),
    (4, T(2024, 8, 22, 16, 20, 18), T(2024, 8, 22, 16, 27, 44), 75,
     "医療法人 みどり会 観音寺みどり病院", S3, I3, P2, None),
    (5, T(2024, 8, 26, 11, 5, 3), T(2024, 8, 26, 11, 16, 29), 1630,
     "丸亀東病院", S2, I2, P1,
     "サーバ調達は来年度予算での対応となります。"),
    (6, T(2024, 8, 28, 13, 40, 56), T(2024, 8, 28, 13, 44, 12), 3000,
     "東讃ひがし病院", S3, I1, P2, None),
    (7, T(2024, 8, 30, 17, 31, 9), T(2024, 8, 30, 17, 36, 40), 12,
     "医療法人社団 オリーブ会 小豆島オリーブ病院", S3, I2, P2,
     "打合せはTeamsで参加可能です"),
]


def build(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for c, h in enumerate(headers, 1):
        ws.cell(row=1, column=c, value=h)
    # column added by the secretariat
    ws.cell(row=1, column=13, value="支援方針（事務局判定）")
    ws.cell(row=1, column=13).font = Font(bold=True, color="C00000")
    for r, row in enumerate(rows, 2):
        rid, st, en, pat, name, state, intent, place, rem = row
        ws.cell(row=r, column=1, value=rid)
        ws.cell(row=r, column=2, value=st).number_format = "yyyy/m/d h:mm:ss"
        ws.cell(row=r, column=3, value=en).number_format = "yyyy/m/d h:mm:ss"
        ws.cell(row=r, column=4, value="anonymous")
        # 名前 (col 5) and 最終変更時刻 (col 6) stay empty, as Forms leaves them
        ws.cell(row=r, column=7, value=pat)
        ws.cell(row=r, column=8, value=name)
        ws.cell(row=r, column=9, value=state)
        if intent:
            ws.cell(row=r, column=10, value=intent)
        if place:
            ws.cell(row=r, column=11, value=place)
        if rem:
            ws.cell(row=r, column=12, value=rem)
            ws.cell(row=r, column=12).alignment = Alignment(wrap_text=True, vertical="top")
        f = (
            f'=IF(I{r}="","",IF(I{r}="{S1}","対象外",'
            f'IF(J{r}="{I4}","報告のみ",IF(J{r}="{I1}","支援A",'
            f'IF(J{r}="{I2}","支援B",IF(J{r}="{I3}","支援C","要確認"))))))'
        )
        ws.cell(row=r, column=13, value=f)
    widths = [6, 18, 18, 12, 8, 12, 14, 34, 40, 44, 22, 40, 14]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[openpyxl.utils.get_column_letter(i)].width = w
    for c in range(1, 14):
        ws.cell(row=1, column=c).alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"

    # the secretariat's small tally sheet
    t = wb.create_sheet("集計")
    t["A1"] = "支援方針別 件数（Sheet1 M列より）"
    t["A1"].font = Font(bold=True)
    t["A3"] = "支援方針"
    t["B3"] = "件数"
    for i, p in enumerate(["支援A", "支援B", "支援C", "報告のみ", "対象外"], 4):
        t.cell(row=i, column=1, value=p)
        t.cell(row=i, column=2, value=f'=COUNTIF(Sheet1!$M$2:$M$100,A{i})')
    t["A9"] = "合計"
    t["B9"] = "=SUM(B4:B8)"
    t["A11"] = "※ 8/30締切分まで。未回答病院は別途督促。"
    t.column_dimensions["A"].width = 16
    wb.save(path)


if __name__ == "__main__":
    os.makedirs(BUILD, exist_ok=True)
    tmp = os.path.join(BUILD, NAME)
    build(tmp)
    # re-save with LibreOffice (computes and caches the formula results)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT_DIR, tmp],
                   check=True)
    shutil.rmtree(BUILD)
    print("wrote", os.path.join(OUT_DIR, NAME))

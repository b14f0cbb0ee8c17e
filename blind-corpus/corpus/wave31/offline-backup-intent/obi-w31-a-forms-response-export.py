#!/usr/bin/python3
"""Generator for obi-w31-a-forms-response-export.xlsx

Role: the programme secretariat (事務局) downloaded the Microsoft Forms responses of
「オフラインバックアップ支援意向に関するアンケート」 to Excel, added a 支援方針 column
(formula, computed from the answers) and a small 集計 table on a second sheet.
Saved by openpyxl, then re-saved by LibreOffice so the formula results are cached.

Run:  PYTHONPATH=/tmp/obi-py /usr/bin/python3 obi-w31-a-forms-response-export.py
"""
import datetime as dt
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

OUT_DIR = "/work/blind/wave31/offline-backup-intent"
NAME = "obi-w31-a-forms-response-export.xlsx"

Q_COUNT = ("患者数を入力してください。\n"
           "Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。")
Q_NAME = "病院名を入力してください。"
Q_STATE = ("現在の電子カルテのバックアップについて、オフラインバックアップの状況を選択してください。\n"
           "（「別紙5_各媒体におけるオフライン状態の定義」をご確認の上ご回答ください）")
Q_INTENT = "本事業によるオフラインバックアップ整備支援のご意向を選択してください。"
Q_STORAGE = "オフラインバックアップの保存先（ご希望）を選択してください。"
Q_REMARKS = "その他、ご意見・ご質問等があればご記入ください。"

S_OP = "既に電子カルテのオフラインバックアップを運用している"
S_PLAN = "電子カルテベンダ様等とオフラインバックアップの方針を検討中"
S_NONE = "オフラインバックアップは実施していない"

I_A = "本事業で支援可能なサーバ・物品を新設する（調達は年度内に可能）"
I_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_NO = "本事業での支援は不要（電子カルテベンダ様等と検討中のため）"

ST_MEDIA = "院内の物理媒体に保存"
ST_CLOUD = "外部クラウド環境に保存"

HEADERS = ["ID", "開始時刻", "完了時刻", "メール", "名前", "最終変更時刻",
           Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORAGE, Q_REMARKS]

# (start, minutes taken, count, name, state, intent, storage, remarks)
ROWS = [
    (dt.datetime(2024, 7, 8, 9, 12, 41), 6, 412, "医療法人社団 潮見会 潮見ヶ丘病院",
     S_NONE, I_A, ST_MEDIA, None),
    (dt.datetime(2024, 7, 9, 14, 3, 5), 11, 1280, "社会医療法人 緑風会 みどり台総合病院",
     S_OP, None, None,
     "令和5年度に電子カルテ更新と同時にLTOによるオフライン保管を開始済みです。"),
    (dt.datetime(2024, 7, 10, 10, 47, 22), 4, 96, "西浜リハビリテーション病院 ",
     S_PLAN, I_NO, None, None),
    (dt.datetime(2024, 7, 16, 16, 20, 9), 9, 655, "医療法人 若葉会 若葉記念病院",
     S_NONE, I_B, ST_CLOUD,
     "来年度予算で調達予定です。\n打合せには電子カルテベンダも同席予定。"),
    (dt.datetime(2024, 7, 22, 8, 55, 30), 7, 238, "公益財団法人 港南医療協会 港南中央病院",
     S_PLAN, I_C, ST_MEDIA, None),
    (dt.datetime(2024, 8, 5, 13, 31, 2), 5, 2750, "独立行政法人 東湖医療センター",
     S_NONE, I_A, ST_CLOUD, "クラウド接続装置の設置場所についてご相談したいです。"),
    (dt.datetime(2024, 8, 28, 17, 40, 18), 3, 150, "医療法人 清流会 清流病院",
     S_NONE, I_C, ST_MEDIA, None),
]


def policy_formula(r):
    s, i = f"I{r}", f"J{r}"
    return (f'=IF({s}="","",IF({s}="{S_OP}","対象外",IF({i}="{I_NO}","報告のみ",'
            f'IF({i}="{I_A}","支援A",IF({i}="{I_B}","支援B",IF({i}="{I_C}","支援C","要確認"))))))')


def build(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for c, h in enumerate(HEADERS, 1):
        ws.cell(1, c, h)
    ws.cell(1, 13, "支援方針（事務局判定）")
    ws.cell(1, 13).fill = PatternFill("solid", fgColor="FFF2CC")
    ws.cell(1, 13).font = Font(bold=True)
    for c in range(1, 14):
        ws.cell(1, c).alignment = Alignment(wrap_text=True, vertical="top")
    for n, (start, mins, count, name, state, intent, storage, remarks) in enumerate(ROWS, 1):
        r = n + 1
        done = start + dt.timedelta(minutes=mins, seconds=17 * n)
        ws.cell(r, 1, n)
        ws.cell(r, 2, start).number_format = "yyyy/m/d h:mm:ss"
        ws.cell(r, 3, done).number_format = "yyyy/m/d h:mm:ss"
        ws.cell(r, 4, "anonymous")
        ws.cell(r, 6, None)
        ws.cell(r, 7, count)
        ws.cell(r, 8, name)
        ws.cell(r, 9, state)
        if intent:
            ws.cell(r, 10, intent)
        if storage:
            ws.cell(r, 11, storage)
        if remarks:
            ws.cell(r, 12, remarks)
            ws.cell(r, 12).alignment = Alignment(wrap_text=True)
        ws.cell(r, 13, policy_formula(r))
        ws.cell(r, 13).fill = PatternFill("solid", fgColor="FFF2CC")
    widths = [5, 18, 18, 12, 10, 14, 14, 34, 40, 44, 22, 40, 16]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:M{len(ROWS) + 1}"

    # second sheet: tally by policy (secretariat's own table)
    t = wb.create_sheet("集計")
    t["A1"] = "支援方針別 件数（Sheet1より集計）"
    t["A1"].font = Font(bold=True)
    t["A3"], t["B3"] = "支援方針", "件数"
    last = len(ROWS) + 1
    for k, p in enumerate(["支援A", "支援B", "支援C", "報告のみ", "対象外", "要確認"]):
        t.cell(4 + k, 1, p)
        t.cell(4 + k, 2, f'=COUNTIF(Sheet1!$M$2:$M${last},A{4 + k})')
    t["A10"] = "合計"
    t["B10"] = "=SUM(B4:B9)"
    t.column_dimensions["A"].width = 14
    wb.save(path)


def main():
    tmp = tempfile.mkdtemp(prefix="obi-a-")
    raw = os.path.join(tmp, NAME)
    build(raw)
    outdir = os.path.join(tmp, "lo")
    os.makedirs(outdir)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(outdir, NAME), os.path.join(OUT_DIR, NAME))
    shutil.rmtree(tmp)


if __name__ == "__main__":
    main()

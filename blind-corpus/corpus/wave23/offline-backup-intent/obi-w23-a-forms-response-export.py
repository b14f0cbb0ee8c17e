#!/usr/bin/python3
"""Secretariat's working copy of the Microsoft Forms response export
(オフラインバックアップ支援意向に関するアンケート), one row per hospital,
with a 支援方針 formula column added by the secretariat and a 集計 sheet.
Saved by openpyxl, then re-saved by LibreOffice so the formulas carry cached values."""
import datetime as dt
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w23-a-forms-response-export.xlsx"

Q1 = "患者数を入力してください。"
Q2 = "病院名を入力してください。"
Q3 = "現在の電子カルテのバックアップの状況について、最も近いものを選択してください。"
Q4 = "本事業でのオフラインバックアップ支援の意向について選択してください。"
Q5 = "オフラインバックアップの保存先として希望するものを選択してください。"
Q6 = "その他、ご意見・ご質問等がございましたらご記入ください。"

S_OP = "既に電子カルテのオフラインバックアップを運用している"
S_PL = "電子カルテベンダ等とオフラインバックアップの方針を検討中である"
S_NO = "オフラインバックアップは実施していない"

I_A = "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）"
I_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_N = "本事業での支援は不要（電子カルテベンダ等と方針を検討中）"

P_M = "院内の物理媒体に保存"
P_C = "外部クラウド環境に保存"

T = dt.datetime
rows = [
    (1, T(2024, 8, 2, 9, 15, 3), T(2024, 8, 2, 9, 21, 47), 1250,
     "医療法人社団 讃陽会 さぬき中央病院", S_NO, I_A, P_M, None),
    (2, T(2024, 8, 5, 13, 40, 12), T(2024, 8, 5, 13, 44, 55), "820",
     "綾川町立あやがわ病院", S_OP, None, None,
     "LTOテープで週1回取得し、院外の倉庫で保管しています。"),
    (3, T(2024, 8, 9, 10, 2, 31), T(2024, 8, 9, 10, 11, 8), 2210,
     "社会医療法人 瀬戸会 瀬戸内記念病院", S_PL, I_N, None,
     "電子カルテベンダと令和7年度の更新に合わせてバックアップ方式を検討中です。"),
    (4, T(2024, 8, 19, 16, 25, 44), T(2024, 8, 19, 16, 38, 2), 460,
     "医療法人 光風会 みとよ光風病院", S_NO, I_B, P_C,
     "予算措置が次年度となるため。\n現在院内で稟議中です。"),
    (5, T(2024, 8, 22, 11, 7, 19), T(2024, 8, 22, 11, 15, 53), 1785,
     "医療法人財団 白鳥会 東かがわ白鳥病院", S_PL, I_C, P_M, None),
    (6, T(2024, 8, 27, 8, 51, 0), T(2024, 8, 27, 8, 58, 36), 95,
     "医療法人 小豆会 小豆島ひまわり病院", S_NO, I_C, P_C,
     "情報システム担当が1名のため、打合せは電子カルテベンダも同席希望です。"),
    (7, T(2024, 8, 29, 17, 30, 26), T(2024, 8, 29, 17, 36, 10), 2990,
     "高松東部医療センター", S_NO, I_A, P_C, None),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
head = ["ID", "開始時刻", "完了時刻", "メール", "名前", Q1, Q2, Q3, Q4, Q5, Q6,
        "支援方針（事務局判定）"]
ws.append(head)
for c in ws[1]:
    c.font = Font(bold=True)
    c.alignment = Alignment(wrap_text=True, vertical="top")
ws.cell(1, 12).fill = PatternFill("solid", fgColor="FFF2CC")

for i, (rid, st, en, cnt, name, q3, q4, q5, q6) in enumerate(rows, start=2):
    ws.cell(i, 1, rid)
    ws.cell(i, 2, st).number_format = "yyyy/m/d h:mm:ss"
    ws.cell(i, 3, en).number_format = "yyyy/m/d h:mm:ss"
    ws.cell(i, 4, "anonymous")
    ws.cell(i, 6, cnt)
    ws.cell(i, 7, name)
    ws.cell(i, 8, q3)
    if q4:
        ws.cell(i, 9, q4)
    if q5:
        ws.cell(i, 10, q5)
    if q6:
        c = ws.cell(i, 11, q6)
        c.alignment = Alignment(wrap_text=True)
    f = (f'=IF(H{i}="","",IF(LEFT(H{i},3)="既に電","対象外",'
         f'IF(ISNUMBER(SEARCH("支援は不要",I{i})),"報告のみ",'
         f'IF(ISNUMBER(SEARCH("年度内",I{i})),"支援A",'
         f'IF(ISNUMBER(SEARCH("次年度以降",I{i})),"支援B",'
         f'IF(ISNUMBER(SEARCH("既存設備",I{i})),"支援C","要確認"))))))')
    ws.cell(i, 12, f)

widths = [5, 18, 18, 12, 8, 12, 34, 40, 44, 22, 44, 16]
for idx, w in enumerate(widths, start=1):
    ws.column_dimensions[chr(64 + idx)].width = w
ws.freeze_panes = "F2"

s2 = wb.create_sheet("集計")
s2["A1"] = "オフラインバックアップ支援意向アンケート　支援方針別集計（事務局作業用）"
s2["A1"].font = Font(bold=True)
s2["A3"] = "支援方針"
s2["B3"] = "病院数"
for r, p in enumerate(["支援A", "支援B", "支援C", "報告のみ", "対象外"], start=4):
    s2.cell(r, 1, p)
    s2.cell(r, 2, f'=COUNTIF(Sheet1!$L$2:$L$200,A{r})')
s2["A9"] = "合計"
s2["B9"] = "=SUM(B4:B8)"
s2["A11"] = "※支援方針はSheet1のL列（回答内容から数式で判定）。回答の手入力修正はしないこと。"
s2.column_dimensions["A"].width = 14

out = os.path.join(HERE, NAME)
with tempfile.TemporaryDirectory() as td:
    raw = os.path.join(td, NAME)
    wb.save(raw)
    conv = os.path.join(td, "conv")
    os.mkdir(conv)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", conv, raw],
                   check=True, capture_output=True)
    shutil.copy(os.path.join(conv, NAME), out)
print("wrote", out)

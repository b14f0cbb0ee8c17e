#!/usr/bin/env python3
# run with a python that has openpyxl (here: /tmp/obi-venv/bin/python, openpyxl 3.1.5; /usr/bin/python3 had none)
"""Microsoft Forms response export (secretariat download): one sheet, one row per hospital."""
import datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from openpyxl.worksheet.table import Table, TableStyleInfo

OUT = "/work/blind/wave29/offline-backup-intent/obi-w29-a-forms-export-rows.xlsx"

Q_STATE = "現在の電子カルテのオフラインバックアップの状況を選択してください。"
Q_INTENT = "本事業におけるオフラインバックアップ整備支援のご意向を選択してください。"
Q_STORAGE = "バックアップの保存先（希望）を選択してください。"
Q_REMARK = "その他、ご意見・補足事項があればご記入ください。"
headers = ["ID", "開始時刻", "完了時刻", "メール", "名前",
           "患者数を入力してください。", "病院名を入力してください。",
           Q_STATE, Q_INTENT, Q_STORAGE, Q_REMARK]

S_OP = "既にオフラインバックアップを取得済み（運用を開始している）"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中"
S_NONE = "オフラインバックアップは未実施"
I_A = "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）"
I_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に支援可能な媒体を接続する"
I_N = "本事業での支援は不要"
ST_P = "院内の物理媒体"
ST_C = "外部クラウド環境"

T = dt.datetime
rows = [
    (1, T(2024, 7, 9, 10, 2, 15), T(2024, 7, 9, 10, 9, 41), "jouhou@aoba-kinen.example.jp", "山田 太郎",
     412, "医療法人社団　青葉会　青葉記念病院", S_NONE, I_A, ST_P, None),
    (2, T(2024, 7, 11, 14, 30, 2), T(2024, 7, 11, 14, 41, 58), "iryojoho@minato-chuo.example.jp", "高松 恵子",
     1280, "県立中央みなと病院", S_OP, None, None,
     "LTOテープで日次・世代管理のバックアップを取得し、週1回院外の保管庫へ搬出しています。"),
    (3, T(2024, 7, 22, 9, 5, 47), T(2024, 7, 22, 9, 12, 10), "soumu@himawari-hp.example.jp", "大西 健",
     96, "西讃ひまわり病院", S_PLAN, I_N, None,
     "令和7年2月の電子カルテ更新に合わせてベンダと方針を検討中です。\n構成が決まり次第ご報告します。"),
    (4, T(2024, 8, 2, 16, 48, 33), T(2024, 8, 2, 17, 3, 5), "system@marugame-kita.example.jp", "三好 由美",
     655, "丸亀北総合病院", S_NONE, I_B, ST_C, None),
    (5, T(2024, 8, 19, 11, 20, 9), T(2024, 8, 19, 11, 26, 50), "jimu@ishizuchi-hp.example.jp", "石川 誠",
     38, "医療法人　いしづち会　仁尾いしづち病院", S_NONE, I_C, ST_P,
     "既存のバックアップ用NASにRDXドライブを接続する想定です。"),
    (6, T(2024, 8, 29, 18, 55, 12), T(2024, 8, 29, 19, 4, 27), "it-kanri@setouchi-med.example.jp", "森 直樹",
     2210, "瀬戸内医療センター", S_NONE, I_C, ST_C, None),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(headers)
for r in rows:
    ws.append(list(r))
for row in ws.iter_rows(min_row=2, max_row=ws.max_row):
    row[1].number_format = "yyyy/m/d h:mm:ss"
    row[2].number_format = "yyyy/m/d h:mm:ss"
    row[10].alignment = Alignment(wrap_text=True, vertical="top")
widths = [6, 18, 18, 32, 12, 14, 36, 40, 44, 20, 50]
for i, w in enumerate(widths):
    ws.column_dimensions[chr(65 + i)].width = w
tab = Table(displayName="Table1", ref=f"A1:K{ws.max_row}")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(tab)
wb.save(OUT)
print("saved", OUT)

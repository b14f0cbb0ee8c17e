#!/usr/bin/env python3
"""obi-w39-a: Microsoft Forms response export (one row per hospital), as the secretariat
downloads it, with one extra column the secretariat added (支援方針 formula, no cached value).
Run: PYTHONPATH=/tmp/obi-pylib /usr/bin/python3 obi-w39-a-forms-response-export.py"""
import datetime as dt, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from openpyxl.worksheet.table import Table, TableStyleInfo

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "obi-w39-a-forms-response-export.xlsx")

S_OP = "既に電子カルテのオフラインバックアップを運用している"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中である"
S_NONE = "オフラインバックアップは実施していない"
I_A = "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）"
I_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_NO = "本事業での支援は不要"
ST_ON = "院内の物理媒体に保存"
ST_CL = "外部クラウド環境に保存"

headers = [
    "ID", "開始時刻", "完了時刻", "メール", "名前",
    "患者数を入力してください。Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。",
    "病院名を入力してください。",
    "現在の電子カルテのバックアップの状況について、当てはまるものを1つ選択してください。（別紙5_各媒体におけるオフライン状態の定義をご確認ください）",
    "本事業によるオフラインバックアップ整備支援についてのご意向を選択してください。",
    "オフラインバックアップの保存先（希望する構成）を選択してください。",
    "その他、ご質問・ご意見等がございましたらご記入ください。",
    "支援方針（事務局判定）",
]

rows = [
    (1, dt.datetime(2024, 8, 5, 9, 12, 41), dt.datetime(2024, 8, 5, 9, 18, 3),
     "jouhou@takamatsu-minato-hp.example.jp", "三好 健一",
     1850, "医療法人 尚和会 高松みなと病院", S_OP, I_NO, ST_ON,
     "LTOテープに日次でバックアップを取得し、テープは週1回取り外して施錠保管庫で保管しています。"),
    (2, dt.datetime(2024, 8, 7, 14, 2, 10), dt.datetime(2024, 8, 7, 14, 25, 57),
     "iryojoho@marugame-chuo.example.jp", "大西 恵",
     420, "丸亀中央記念病院", S_PLAN, I_NO, ST_CL,
     "電子カルテベンダとクラウドへのバックアップを検討中です。\n令和7年度中の導入を予定しています。"),
    (3, dt.datetime(2024, 8, 19, 10, 40, 2), dt.datetime(2024, 8, 19, 10, 47, 36),
     "soumu@sakaide-izumi.example.jp", "香川 直樹",
     96, "坂出いずみ病院", S_NONE, I_A, ST_ON, None),
    (4, dt.datetime(2024, 8, 26, 16, 55, 18), dt.datetime(2024, 8, 26, 17, 9, 44),
     "it-kanri@kanonji-sogo.example.jp", "真鍋 由美子",
     2760, "社会医療法人 さぬき会 観音寺総合病院", S_NONE, I_B, ST_ON,
     "サーバ購入の予算措置が来年度となるため、次年度以降の調達を希望します。"),
    (5, dt.datetime(2024, 8, 29, 11, 3, 27), dt.datetime(2024, 8, 29, 11, 11, 9),
     "jimu@zentsuji-keyaki.example.jp", "森 達也",
     305, "善通寺けやき病院", S_NONE, I_C, ST_CL, None),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(headers)
for r in rows:
    ws.append(list(r))

for i in range(2, len(rows) + 2):
    ws.cell(i, 2).number_format = "yyyy/m/d h:mm:ss"
    ws.cell(i, 3).number_format = "yyyy/m/d h:mm:ss"
    ws.cell(i, 12).value = (
        f'=IF(H{i}="","",IF(H{i}="{S_OP}","対象外",'
        f'IF(I{i}="{I_NO}",IF(H{i}="{S_PLAN}","報告のみ","要確認"),'
        f'IF(I{i}="{I_A}","支援A",IF(I{i}="{I_B}","支援B",IF(I{i}="{I_C}","支援C","要確認"))))))'
    )
    for c in range(1, 13):
        ws.cell(i, c).alignment = Alignment(vertical="top", wrap_text=(c in (7, 8, 9, 11)))

for c in range(1, 13):
    ws.cell(1, c).alignment = Alignment(vertical="top", wrap_text=True)
ws.cell(1, 12).fill = PatternFill("solid", fgColor="FFF2CC")
ws.cell(1, 12).font = Font(bold=True)

widths = [6, 18, 18, 34, 14, 22, 34, 40, 44, 24, 50, 16]
for i, w in enumerate(widths, 1):
    ws.column_dimensions[ws.cell(1, i).column_letter].width = w
ws.row_dimensions[1].height = 90

tab = Table(displayName="Table1", ref=f"A1:K{len(rows) + 1}")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(tab)
ws.freeze_panes = "A2"
wb.save(OUT)
print(OUT)

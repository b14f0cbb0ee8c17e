#!/usr/bin/python3
"""obi-w20-b: Microsoft Forms response export of the オフラインバックアップ支援意向アンケート as the
secretariat holds it (one row per hospital), with two rows the secretariat typed in by hand below the
export for hospitals that answered by FAX / mail. Saved by openpyxl."""
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.table import Table, TableStyleInfo

OUT = "/work/blind/wave20/offline-backup-intent/obi-w20-b-forms-response-export.xlsx"

Q_COUNT = ("患者数を入力してください。\n"
           "Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。")
Q_NAME = "病院名を入力してください。"
Q_STATE = ("現在の電子カルテのバックアップの状況について、該当するものを選択してください。\n"
           "（「別紙5_各媒体におけるオフライン状態の定義」をご確認ください）")
Q_INTENT = "本事業でのオフラインバックアップ整備支援について、ご意向を選択してください。"
Q_STORAGE = "オフラインバックアップの保存先として希望するものを選択してください。"
Q_REMARKS = "その他、ご意見・ご質問等がございましたらご記入ください。"

S_OFF = "既に電子カルテのオフラインバックアップを取得済み（運用中）"
S_PLAN = "電子カルテベンダ様等とオフラインバックアップの方針を検討中"
S_NONE = "オフラインバックアップは未実施"
I_A = "本事業で支援可能なサーバ、物品を新設する（調達は年度内に可能）"
I_B = "本事業で支援可能なサーバ、物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_NO = "本事業での支援は不要"
ST_MEDIA = "院内の物理媒体"
ST_CLOUD = "外部クラウド環境"

headers = ["ID", "開始時刻", "完了時刻", "メール", "名前",
           Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORAGE, Q_REMARKS]

rows = [
    [1, datetime(2024, 7, 16, 9, 12, 41), datetime(2024, 7, 16, 9, 18, 5),
     "t.yamada@aobadai-hp.example.jp", "山田 泰之",
     "842", "医療法人 青葉会 あおば台病院", S_NONE, I_A, ST_MEDIA, None],
    [2, datetime(2024, 7, 22, 14, 3, 10), datetime(2024, 7, 22, 14, 6, 52),
     "johosys@kotohira-med.example.jp", "情報システム室",
     "1530", "琴平中央医療センター", S_OFF, None, None,
     "LTOテープによる週次の世代管理バックアップを運用中です（令和5年度導入）。"],
    [3, datetime(2024, 8, 1, 10, 44, 0), datetime(2024, 8, 1, 10, 51, 37),
     "k-ishii@yashima-hosp.example.jp", "石井 和代",
     "377", "医療法人社団 屋島会 屋島ヶ丘病院", S_PLAN, I_NO, ST_CLOUD,
     "電子カルテベンダと外部クラウドへの保管を検討中（導入予定：令和7年度上期）"],
    [4, datetime(2024, 8, 5, 16, 20, 18), datetime(2024, 8, 5, 16, 29, 44),
     "it-admin@sakaide-kyoritsu.example.jp", "岡田 慎吾",
     "2210", "坂出共立病院", S_NONE, I_C, ST_MEDIA, None],
    [5, datetime(2024, 8, 19, 11, 2, 33), datetime(2024, 8, 19, 11, 15, 9),
     "m.nakano@zentsuji-hp.example.jp", "中野 美咲",
     "965", "社会医療法人 五岳会 善通寺東病院", S_NONE, I_B, ST_CLOUD,
     "予算確保が次年度となるため、次年度以降の調達を希望します。\n院内にサーバ設置スペースがないため外部クラウドを希望。"],
    [6, datetime(2024, 8, 29, 17, 41, 2), datetime(2024, 8, 29, 17, 47, 26),
     "soumu@kanonji-city-hp.example.jp", "総務課 大西",
     "1108", "観音寺市民病院", S_NONE, I_C, ST_CLOUD, None],
]

# typed in by the secretariat below the export (answers received by FAX / mail)
manual = [
    [None, None, None, None, "（FAX回答・事務局転記 8/30）",
     3500, "医療法人 丸亀会 丸亀ひかり病院", S_NONE, I_A, ST_MEDIA, None],
    [None, None, None, None, "（メール回答・事務局転記 9/2）",
     620, "三豊西部病院", S_NONE, None, ST_MEDIA, "支援の区分は院内で検討中のため、追って連絡します。"],
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(headers)
for r in rows + manual:
    ws.append(r)

for c in ws[1]:
    c.font = Font(bold=True)
    c.alignment = Alignment(wrap_text=True, vertical="top")
for row in ws.iter_rows(min_row=2, max_row=ws.max_row):
    row[1].number_format = "yyyy/m/d h:mm:ss"
    row[2].number_format = "yyyy/m/d h:mm:ss"
    row[10].alignment = Alignment(wrap_text=True, vertical="top")

widths = [5, 18, 18, 34, 26, 22, 32, 36, 44, 18, 48]
for i, w in enumerate(widths):
    ws.column_dimensions[chr(ord("A") + i)].width = w
ws.row_dimensions[1].height = 60

tab = Table(displayName="Table1", ref=f"A1:K{ws.max_row}")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(tab)

wb.save(OUT)
print("wrote", OUT)

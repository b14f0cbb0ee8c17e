#!/usr/bin/python3
"""obi-w26-b: secretariat's Microsoft Forms response export of the offline-backup intent
survey (one sheet, one row per hospital, question texts as headers, tool columns
ID/開始時刻/完了時刻/メール/名前), with two rows typed in by hand below the Forms rows
for answers received by FAX/phone. Saved by openpyxl only."""
from datetime import datetime
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.table import Table, TableStyleInfo

OUT = "/work/blind/wave26/offline-backup-intent/obi-w26-b-forms-response-export.xlsx"

Q_COUNT = ("患者数を入力してください。\nMicrosoft Teamsの「00_医療機関データ」に表示されている"
           "患者情報数を記入ください。")
Q_NAME = "病院名を入力してください。"
Q_STATE = "現在の電子カルテのバックアップの状況について、当てはまるものを選択してください。"
Q_INTENT = "本事業におけるオフラインバックアップ支援の意向について、当てはまるものを選択してください。"
Q_STORE = "オフラインバックアップの保存先として希望するものを選択してください。"
Q_NOTE = "その他、ご意見・ご質問等があればご記入ください。"

S_OP = "既に電子カルテのオフラインバックアップの運用を開始している"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中"
S_NONE = "オフラインバックアップは未実施"
I_A = "本事業で支援可能なサーバ・物品を新設したい（年度内に調達可能）"
I_B = "本事業で支援可能なサーバ・物品を新設したい（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続したい"
I_NO = "本事業での支援は不要"
M_ON = "院内の物理媒体"
M_CLOUD = "外部クラウド環境"

headers = ["ID", "開始時刻", "完了時刻", "メール", "名前",
           Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORE, Q_NOTE]

T = datetime
rows = [
    [1, T(2024, 7, 16, 9, 2, 11), T(2024, 7, 16, 9, 5, 40), "anonymous", None,
     856, "医療法人社団 瀬戸会 高松みなと病院", S_OP, None, None, None],
    [2, T(2024, 7, 18, 13, 21, 5), T(2024, 7, 18, 13, 30, 52), "anonymous", None,
     2310, "坂出港湾記念病院", S_NONE, I_A, M_ON, "新設サーバの設置場所（ラック）について相談したいです。"],
    [3, T(2024, 7, 25, 16, 44, 0), T(2024, 7, 25, 16, 47, 19), "anonymous", None,
     148, "丸亀ひまわり病院", S_PLAN, I_NO, None, "電子カルテ更新（令和7年3月予定）に合わせてベンダと検討中です。"],
    [4, T(2024, 8, 2, 10, 8, 37), T(2024, 8, 2, 10, 15, 2), "anonymous", None,
     603, "三豊西部病院", S_NONE, I_C, M_ON, None],
    [5, T(2024, 8, 9, 11, 30, 14), T(2024, 8, 9, 11, 41, 58), "anonymous", None,
     1777, "社会医療法人 善通寺北病院", S_NONE, I_B, M_CLOUD, "院内の予算措置が次年度となるため。"],
    [6, T(2024, 8, 20, 15, 3, 45), T(2024, 8, 20, 15, 9, 21), "anonymous", None,
     412, "観音寺さくら病院", S_PLAN, I_A, M_CLOUD, None],
    # --- typed in by the secretariat below the Forms rows ---
    [None, None, None, None, None,
     3500, "小豆島オリーブ病院", S_NONE, I_C, M_ON, "FAXにて回答（8/29受領・事務局転記）"],
    [None, None, None, None, None,
     "1,020", "東かがわ白鳥病院", S_NONE, None, M_ON,
     "電話にて回答（8/30・事務局転記）\n支援の意向は院内で確認中とのこと"],
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(headers)
for r in rows:
    ws.append(r)

for c in ws[1]:
    c.font = Font(bold=True)
    c.alignment = Alignment(wrap_text=True, vertical="top")
ws.row_dimensions[1].height = 60
for rr in range(2, ws.max_row + 1):
    for col in ("B", "C"):
        ws[f"{col}{rr}"].number_format = "m/d/yy h:mm:ss"
    ws[f"K{rr}"].alignment = Alignment(wrap_text=True, vertical="top")
widths = {"A": 5, "B": 16, "C": 16, "D": 12, "E": 8, "F": 14, "G": 30,
          "H": 40, "I": 44, "J": 16, "K": 44}
for col, w in widths.items():
    ws.column_dimensions[col].width = w

tab = Table(displayName="Table1", ref=f"A1:K{ws.max_row}")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(tab)
ws.freeze_panes = "A2"

wb.save(OUT)
print("wrote", OUT)

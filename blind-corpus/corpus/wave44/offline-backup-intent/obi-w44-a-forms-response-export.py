"""Generator: obi-w44-a-forms-response-export.xlsx
Microsoft Forms response export of the 「オフラインバックアップ支援意向に関するアンケート」 as the
programme secretariat downloads it (one sheet, one row per hospital, tool columns + question texts).
Run: /usr/bin/python3 obi-w44-a-forms-response-export.py  (openpyxl from /tmp/obi-py if not system-wide)
"""
import sys, os, datetime as dt
sys.path.insert(0, "/tmp/obi-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.table import Table, TableStyleInfo

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "obi-w44-a-forms-response-export.xlsx")

# Forms exports only the question title (the explanatory subtitle
# 「Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。」 is not exported)
Q_COUNT = "患者数を入力してください。"
Q_NAME = "病院名を入力してください。"
Q_STATE = "現在の電子カルテのバックアップ状況について、該当するものを1つ選択してください。"
Q_INTENT = "本事業によるオフラインバックアップの整備支援について、ご意向を1つ選択してください。"
Q_STORAGE = "オフラインバックアップの保存先として希望するものを選択してください。"
Q_REMARKS = "その他、ご質問・ご意見等がございましたらご記入ください。"

S_DONE = "既にオフラインバックアップを取得済み（運用中）"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中"
S_NONE = "オフラインバックアップは未実施"
I_A = "本事業で支援可能なサーバ・物品を新設したい（年度内に調達可能）"
I_B = "本事業で支援可能なサーバ・物品を新設したい（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に支援可能な媒体を接続したい"
I_N = "本事業での支援は不要"
ST_M = "院内の物理媒体"
ST_C = "外部クラウド"

def t(m, d, hh, mm, ss):
    return dt.datetime(2024, m, d, hh, mm, ss)

# (ID, start, end, mail, name, count(as Forms stores it: text), hospital, state, intent, storage, remarks)
rows = [
    (3, t(7, 16, 9, 12, 40), t(7, 16, 9, 18, 5), "anonymous", None, "128",
     "医療法人社団 瀬戸内会 観音寺みなと病院", S_DONE, None, None,
     "LTOテープに週1回取得し、テープは事務棟の金庫で保管しています。"),
    (4, t(7, 18, 14, 2, 11), t(7, 18, 14, 9, 57), "anonymous", None, "412 ",
     "坂出中央病院", S_PLAN, I_N, None,
     "電子カルテ更新（R7年度予定）に合わせてベンダと構成を検討中です。"),
    (6, t(7, 24, 10, 41, 3), t(7, 24, 10, 55, 48), "anonymous", None, "57",
     "社会医療法人 讃岐会 丸亀さくら病院", S_NONE, I_A, ST_M, None),
    (7, t(8, 2, 16, 20, 30), t(8, 2, 16, 31, 2), "anonymous", None, "1033",
     "高松市立東部総合病院", S_NONE, I_B, ST_C,
     "予算要求が次年度になるため、調達は令和7年度以降となります。\n打合せには電子カルテベンダも同席予定です。"),
    (8, t(8, 19, 11, 5, 17), t(8, 19, 11, 12, 40), "anonymous", None, "236",
     "善通寺リハビリテーション病院", S_NONE, I_C, ST_M, None),
    (10, t(8, 29, 17, 48, 2), t(8, 29, 17, 58, 26), "anonymous", None, "880",
     "三豊西部総合医療センター", S_NONE, I_A, ST_C,
     "クラウド接続装置の設置場所はサーバ室を想定しています。"),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
hdr = ["ID", "開始時刻", "完了時刻", "メール", "名前",
       Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORAGE, Q_REMARKS]
ws.append(hdr)
for r in rows:
    ws.append(list(r))
for row in ws.iter_rows(min_row=2, min_col=2, max_col=3):
    for c in row:
        c.number_format = "yyyy/m/d h:mm:ss"
for c in ws[1]:
    c.font = Font(bold=True)
    c.alignment = Alignment(wrap_text=True, vertical="top")
for row in ws.iter_rows(min_row=2, min_col=11, max_col=11):
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="top")
widths = [6, 18, 18, 12, 10, 34, 34, 40, 44, 26, 50]
for i, w in enumerate(widths):
    ws.column_dimensions[chr(ord("A") + i)].width = w
ref = f"A1:K{ws.max_row}"
tab = Table(displayName="Table1", ref=ref)
tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(tab)
wb.save(OUT)
print("saved", OUT)

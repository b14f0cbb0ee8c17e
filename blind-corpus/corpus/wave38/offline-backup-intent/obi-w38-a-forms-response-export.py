# Generator: Microsoft Forms response export of the オフラインバックアップ支援意向に関するアンケート
# (one sheet, one row per hospital; tool columns + question texts as headers).
# Run: PYTHONPATH=/tmp/obi-py /usr/bin/python3 obi-w38-a-forms-response-export.py
import datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from openpyxl.worksheet.table import Table, TableStyleInfo

OUT = "obi-w38-a-forms-response-export.xlsx"

Q_COUNT = "患者数を入力してください。"
Q_NAME = "病院名を入力してください。"
Q_STATE = "現在の電子カルテのオフラインバックアップの状況について、該当するものを選択してください。"
Q_INTENT = "本事業におけるオフラインバックアップ支援の意向について、該当するものを選択してください。"
Q_STORAGE = "オフラインバックアップの保存先（現在または希望）を選択してください。"
Q_REMARKS = "その他、ご意見・ご質問等がございましたらご記入ください。"

headers = ["ID", "開始時刻", "完了時刻", "メール", "名前",
           Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORAGE, Q_REMARKS]

S_OP = "既に電子カルテのオフラインバックアップの運用を開始している"
S_PLAN = "電子カルテベンダ様等とオフラインバックアップの方針を検討中である"
S_NONE = "オフラインバックアップは実施していない"
I_A = "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）"
I_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_N = "本事業での支援は不要（電子カルテベンダ様等と方針を検討中のため）"
ST_P = "院内の物理媒体"
ST_C = "外部クラウド環境"

def t(d, h, m, s):
    return dt.datetime(2024, 8, d, h, m, s)

rows = [
    [1, t(5, 10, 2, 11), t(5, 10, 9, 47), "j-tanaka@aoba-chuo.example.jp", "田中 純一",
     1250, "医療法人社団青葉会 青葉中央病院", S_NONE, I_A, ST_P, None],
    [2, t(7, 14, 31, 5), t(7, 14, 36, 52), "joho-kanri@minato-gh.example.jp", "みなと総合病院 情報管理室",
     2860, "市立みなと総合病院", S_OP, None, ST_P,
     "LTOテープに週1回取得し、施錠した保管庫で隔離保管しています。"],
    [3, t(19, 9, 15, 40), t(19, 9, 28, 3), "s.kimura@sakura-kinen.example.jp", "木村 沙織",
     430, "社会医療法人緑風会 さくら記念病院", S_PLAN, I_N, ST_C,
     "電子カルテ更新（令和7年度予定）に合わせてベンダと検討中です。"],
    [4, t(22, 16, 48, 20), t(22, 16, 55, 9), "it@higashiyama-hp.example.jp", "東山病院 医事課",
     95, "公益財団法人ひかり会 東山病院", S_NONE, I_C, ST_C, None],
    [5, t(29, 11, 3, 58), t(29, 11, 20, 14), "m-ota@kawase-hp.example.jp", "太田 誠",
     1780, "医療法人恵仁会 かわせ病院", S_NONE, I_B, ST_P,
     "予算措置が次年度となるため。\n詳細は打合せでご相談させてください。"],
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(headers)
for r in rows:
    ws.append(r)
for c in ws[1]:
    c.font = Font(bold=True)
    c.alignment = Alignment(wrap_text=False, vertical="top")
for row in ws.iter_rows(min_row=2):
    row[1].number_format = "yyyy/m/d h:mm:ss"
    row[2].number_format = "yyyy/m/d h:mm:ss"
    row[10].alignment = Alignment(wrap_text=True)
widths = [6, 18, 18, 32, 24, 14, 34, 40, 44, 18, 48]
for i, w in enumerate(widths):
    ws.column_dimensions[chr(ord("A") + i)].width = w
tab = Table(displayName="Table1", ref=f"A1:K{ws.max_row}")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(tab)
wb.save(OUT)
print("saved", OUT)

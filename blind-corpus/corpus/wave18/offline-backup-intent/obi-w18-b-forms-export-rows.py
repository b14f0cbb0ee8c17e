#!/usr/bin/python3
"""Generator for obi-w18-b-forms-export-rows.xlsx: Microsoft Forms response export (one row per hospital),
with two rows the secretariat transcribed by hand from FAX/e-mail answers below the exported table."""
import os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, PatternFill, Font
from openpyxl.worksheet.table import Table, TableStyleInfo

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w18-b-forms-export-rows.xlsx"

Q_COUNT = "患者数を入力してください。"  # the Teams note is the question subtitle; Forms exports only the title
Q_NAME = "病院名を入力してください。"
Q_STATE = "現在の電子カルテのバックアップの状況について、該当するものを選択してください。"
Q_INTENT = "本事業におけるオフラインバックアップ整備支援の意向について、該当するものを選択してください。"
Q_STORE = "オフラインバックアップの保存先（予定を含む）を選択してください。"
Q_REM = "その他、ご意見・ご質問等がございましたらご記入ください。"
headers = ["ID", "開始時刻", "完了時刻", "メール", "名前", "最終変更時刻",
           Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORE, Q_REM]

ST = {"op": "既に電子カルテのオフラインバックアップを運用している",
      "plan": "電子カルテベンダ等とオフラインバックアップの方針を検討中",
      "none": "オフラインバックアップは実施していない"}
IN = {"A": "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）",
      "B": "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
      "C": "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
      "N": "本事業での支援は不要"}
SO = {"med": "院内の物理媒体", "cloud": "外部クラウド環境"}

def t(d, h, m, s):
    return dt.datetime(2024, 8, d, h, m, s)

forms_rows = [
    (1, t(5, 10, 12, 33), t(5, 10, 18, 4), 1280, "高松みなと病院", ST["none"], IN["A"], SO["med"], None),
    (2, t(6, 14, 2, 51), t(6, 14, 6, 9), 620, "医療法人 讃岐会 坂出東病院", ST["op"], None, SO["med"],
     "LTOテープで週1回フルバックアップを取得し、取得後はドライブから取り外して事務棟の金庫に保管しています。"),
    (3, t(9, 9, 41, 17), t(9, 9, 55, 40), 2150, "丸亀総合医療センター", ST["plan"], IN["N"], SO["cloud"],
     "電子カルテ更新（令和7年4月予定）に合わせ、ベンダ提案のクラウドバックアップを導入予定です。\n構成案が確定次第ご報告します。"),
    (4, t(19, 16, 20, 3), t(19, 16, 24, 58), 95, "観音寺さくら病院 ", ST["none"], IN["C"], SO["cloud"], None),
    (5, t(22, 11, 7, 45), t(22, 11, 15, 2), 1730, "三豊やまなみ病院", ST["none"], IN["B"], SO["med"],
     "サーバ購入の予算措置が来年度となるため。"),
    (6, t(28, 13, 33, 20), t(28, 13, 40, 11), 410, "小豆島オリーブ記念病院", ST["plan"], IN["C"], SO["med"], None),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(headers)
for (i, st, en, cnt, name, state, intent, store, rem) in forms_rows:
    ws.append([i, st, en, "anonymous", None, None, cnt, name, state, intent, store, rem])
for r in range(2, 2 + len(forms_rows)):
    for c in ("B", "C"):
        ws[f"{c}{r}"].number_format = "yyyy/m/d h:mm:ss"
last = 1 + len(forms_rows)
tab = Table(displayName="Table1", ref=f"A1:L{last}")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(tab)

# secretariat's own columns / hand-transcribed rows (FAX and e-mail answers)
ws["M1"] = "事務局メモ"
ws["M1"].font = Font(bold=True)
yellow = PatternFill("solid", fgColor="FFFF00")
hand = [
    ("3,500", "さぬき東部記念病院", "未実施", "年度内に調達", "院内の物理媒体", None, "FAX回答を転記（8/29 受信）"),
    (760, "宇多津ベイ病院", "実施していない", None, "外部クラウド", "クラウドの月額費用について教えてください。",
     "メール回答を転記（8/30 受信）"),
]
r = last
for cnt, name, state, intent, store, rem, memo in hand:
    r += 1
    vals = {"G": cnt, "H": name, "I": state, "J": intent, "K": store, "L": rem, "M": memo}
    for col, v in vals.items():
        if v is not None:
            ws[f"{col}{r}"] = v
    for col in "ABCDEFGHIJKLM":
        ws[f"{col}{r}"].fill = yellow

widths = {"A": 5, "B": 17, "C": 17, "D": 11, "E": 8, "F": 12, "G": 20, "H": 28, "I": 34, "J": 40, "K": 18, "L": 50, "M": 24}
for k, v in widths.items():
    ws.column_dimensions[k].width = v
for row in ws.iter_rows(min_row=1, max_row=r):
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="top")
wb.save(os.path.join(OUT, NAME))
print("rows", last, r)

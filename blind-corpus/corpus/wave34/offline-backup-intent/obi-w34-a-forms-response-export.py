#!/usr/bin/python3
"""Generator: obi-w34-a-forms-response-export.xlsx
Microsoft Forms response export of the オフラインバックアップ支援意向に関するアンケート,
as the secretariat downloads it: one sheet, one row per hospital."""
import sys, os, datetime as dt
sys.path.insert(0, "/tmp/obi-pylib")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, PatternFill
from openpyxl.worksheet.table import Table, TableStyleInfo

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "obi-w34-a-forms-response-export.xlsx")

Q_COUNT = "患者数を入力してください。\nMicrosoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。"
Q_NAME = "病院名を入力してください。"
Q_STATE = "現在の電子カルテのバックアップについて、当てはまるものを選択してください。（「別紙5_各媒体におけるオフライン状態の定義」をご確認ください）"
Q_INTENT = "本事業によるオフラインバックアップ整備支援について、貴院の意向に当てはまるものを選択してください。"
Q_STORAGE = "オフラインバックアップの保存先（現在の保存先、または希望する保存先）を選択してください。"
Q_REMARKS = "その他、ご意見・ご質問等がございましたらご記入ください。"

S_OFF = "既に電子カルテのオフラインバックアップを運用している"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中である"
S_NONE = "オフラインバックアップは実施していない"
I_A = "本事業で支援可能なサーバ・物品を新設する（調達は年度内に可能）"
I_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_N = "本事業での支援は不要"
ST_M = "院内の物理媒体に保存"
ST_C = "外部クラウド環境に保存"

headers = ["ID", "開始時刻", "完了時刻", "メール", "名前", Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORAGE, Q_REMARKS]
T = dt.datetime
rows = [
    [1, T(2024, 7, 19, 9, 42, 11), T(2024, 7, 19, 9, 48, 57), "jouhou@sanuki-chuo.example.jp", "大西 健太",
     1840, "医療法人社団緑風会 さぬき中央病院", S_NONE, I_A, ST_M, "機器の選定について打合せでご相談させてください。"],
    [2, T(2024, 7, 22, 14, 5, 30), T(2024, 7, 22, 14, 12, 2), "iryou-jouhou@takamatsu-minato.example.jp", "松本 由美",
     2615, "高松みなと記念病院", S_PLAN, I_N, ST_C,
     "電子カルテベンダとクラウドへのバックアップを検討中です。\n令和7年3月に導入予定です。"],
    [3, T(2024, 7, 25, 11, 20, 44), T(2024, 7, 25, 11, 24, 9), "soumu@marugame-higashi.example.jp", "三好 誠",
     530, "丸亀東病院", S_OFF, I_N, ST_M, "外付けHDDを週1回ローテーションし、取り外した媒体は院内の金庫で保管しています。"],
    [4, T(2024, 8, 2, 16, 51, 3), T(2024, 8, 2, 17, 3, 38), "system@kanonji-sogo.example.jp", "香川 直樹",
     2970, "社会医療法人 観音寺総合病院", S_NONE, I_C, ST_M, None],
    [5, T(2024, 8, 19, 10, 8, 15), T(2024, 8, 19, 10, 15, 51), "it-kanri@sakaide-sakura.example.jp", "藤田 彩",
     968, "坂出さくら病院", S_NONE, I_B, ST_M, "予算措置が次年度となるため、調達は令和7年度の予定です。"],
    [6, T(2024, 8, 29, 13, 33, 27), T(2024, 8, 29, 13, 39, 2), "johokanri@zentsuji-kosei.example.jp", "近藤 浩二",
     1205, "善通寺厚生病院", S_NONE, I_C, ST_C, None],
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
for row in ws.iter_rows(min_row=2):
    row[1].number_format = "yyyy/m/d h:mm:ss"
    row[2].number_format = "yyyy/m/d h:mm:ss"
    for c in row:
        c.alignment = Alignment(wrap_text=True, vertical="top")
widths = [6, 18, 18, 36, 12, 30, 32, 40, 44, 28, 48]
for i, w in enumerate(widths):
    ws.column_dimensions[chr(65 + i)].width = w
ws.row_dimensions[1].height = 75
tab = Table(displayName="Table1", ref=f"A1:K{len(rows)+1}")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(tab)
ws.freeze_panes = "B2"
wb.save(OUT)
print("saved", OUT)

#!/usr/bin/python3
# Generator for obi-w14-a-forms-export-formula.xlsx
# Role: programme secretariat (事務局) who downloaded the Microsoft Forms responses of the
# 「オフラインバックアップ支援意向に関するアンケート」 as Excel, then added a 支援方針 column (formula) and a
# 集計 sheet, and re-saved the file with LibreOffice (so the formula results are cached).
# No planted problems.
import os
import shutil
import subprocess
import datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill, Alignment
from openpyxl.worksheet.table import Table, TableStyleInfo

OUT_DIR = "/work/blind/wave14/offline-backup-intent"
BUILD_DIR = "/tmp/obi_w14_a_build"
NAME = "obi-w14-a-forms-export-formula.xlsx"

Q_COUNT = ("患者数を入力してください。\n"
           "Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。")
Q_NAME = "病院名を入力してください。"
Q_STATE = ("現在の電子カルテのバックアップの状況について、当てはまるものを選択してください。"
           "（「別紙5_各媒体におけるオフライン状態の定義」をご確認ください）")
Q_INTENT = "本事業でのオフラインバックアップ整備支援について、ご意向を選択してください。"
Q_STORAGE = "バックアップデータの保存先として希望するものを選択してください。"
Q_REMARKS = "その他、ご意見・ご質問等がございましたらご記入ください。"

S_OP = "既にオフラインバックアップを運用している"
S_PLAN = "電子カルテベンダ等とオフラインバックアップの方針を検討中"
S_NONE = "実施していない"
I_A = "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）"
I_B = "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）"
I_C = "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する"
I_N = "本事業での支援は不要"
ST_MEDIA = "院内の物理媒体"
ST_CLOUD = "外部クラウド"

# (start, minutes taken, email, name, count, hospital, state, intent, storage, remarks)
ROWS = [
    (dt.datetime(2024, 8, 5, 9, 12, 41), 6, "johosys@marugame-kinen.example.jp", "宮武 智子",
     1480, "医療法人　鶴翔会　丸亀記念病院", S_NONE, I_A, ST_MEDIA,
     "別紙6の物品一覧から機器を選定済みです。"),
    (dt.datetime(2024, 8, 6, 14, 3, 7), 3, "sanuki-east-it@example.ne.jp", "十河 博",
     3000, "社会医療法人 讃岐東部総合病院", S_OP, None, None,
     "LTOテープにて週1回取得し、院外の倉庫で保管しています。"),
    (dt.datetime(2024, 8, 9, 10, 47, 55), 4, "jimu@shodoshima-sakura.example.jp", "池田 早苗",
     312, "小豆島さくら病院", S_PLAN, I_N, None, None),
    (dt.datetime(2024, 8, 19, 16, 20, 2), 9, "soumu@kanonji-nishigaoka.example.or.jp", "藤田 和也",
     875, "観音寺西ヶ丘病院", S_NONE, I_B, ST_CLOUD,
     "予算措置が令和7年度になるため次年度以降の調達となります。\n院内にサーバの設置スペースがありません。"),
    (dt.datetime(2024, 8, 26, 11, 5, 38), 5, "reha-it@takamatsu-minami.example.jp", "香西 亮",
     64, "高松南リハビリテーション病院", S_NONE, I_C, ST_MEDIA, None),
    (dt.datetime(2024, 8, 29, 17, 41, 19), 7, "zentsuji-kokoro@example.jp", "真鍋 由紀",
     158, "善通寺こころの病院", S_PLAN, I_A, ST_CLOUD,
     "ベンダと検討していましたが、本事業の支援を希望します。"),
]

HEADERS = ["ID", "開始時刻", "完了時刻", "メール", "名前", "最終変更時刻",
           Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORAGE, Q_REMARKS]


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    for c, h in enumerate(HEADERS, 1):
        ws.cell(row=1, column=c, value=h)
    for i, r in enumerate(ROWS):
        row = i + 2
        start, mins, mail, name, cnt, hosp, state, intent, storage, remarks = r
        ws.cell(row=row, column=1, value=i + 1)
        ws.cell(row=row, column=2, value=start).number_format = "yyyy/m/d h:mm:ss"
        ws.cell(row=row, column=3, value=start + dt.timedelta(minutes=mins, seconds=23)).number_format = "yyyy/m/d h:mm:ss"
        ws.cell(row=row, column=4, value=mail)
        ws.cell(row=row, column=5, value=name)
        # 最終変更時刻 is left empty by Forms when the response was never edited
        ws.cell(row=row, column=7, value=cnt)
        ws.cell(row=row, column=8, value=hosp)
        ws.cell(row=row, column=9, value=state)
        if intent:
            ws.cell(row=row, column=10, value=intent)
        if storage:
            ws.cell(row=row, column=11, value=storage)
        if remarks:
            ws.cell(row=row, column=12, value=remarks)
    last = len(ROWS) + 1
    tab = Table(displayName="Table1", ref="A1:L%d" % last)
    tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(tab)

    # secretariat's own columns, outside the Forms table
    ws.cell(row=1, column=14, value="支援方針（事務局判定）")
    ws.cell(row=1, column=15, value="事務局メモ")
    for c in (14, 15):
        ws.cell(row=1, column=c).font = Font(bold=True, color="FFFFFF")
        ws.cell(row=1, column=c).fill = PatternFill("solid", fgColor="C00000")
    for row in range(2, last + 1):
        f = ('=IF(I{r}="","",IF(I{r}="{op}","対象外",IF(J{r}="{n}","報告のみ",'
             'IF(ISNUMBER(SEARCH("年度内",J{r})),"支援A",IF(ISNUMBER(SEARCH("次年度",J{r})),"支援B",'
             'IF(ISNUMBER(SEARCH("既存設備",J{r})),"支援C","要確認"))))))').format(r=row, op=S_OP, n=I_N)
        ws.cell(row=row, column=14, value=f)
    ws.cell(row=3, column=15, value="厚労省報告用に構成概要ヒアリング要")
    ws.cell(row=7, column=15, value="8/30 Teamsにて打合せ調整中")

    widths = {"A": 5, "B": 18, "C": 18, "D": 34, "E": 12, "F": 14, "G": 16, "H": 30,
              "I": 40, "J": 48, "K": 16, "L": 50, "N": 20, "O": 30}
    for k, v in widths.items():
        ws.column_dimensions[k].width = v
    for row in ws.iter_rows(min_row=1, max_row=last, max_col=15):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "A2"

    # 集計 sheet
    ss = wb.create_sheet("集計")
    ss["A1"] = "オフラインバックアップ支援意向アンケート　支援方針別集計（香川県分）"
    ss["A1"].font = Font(bold=True)
    ss["A3"] = "支援方針"
    ss["B3"] = "件数"
    for i, p in enumerate(["支援A", "支援B", "支援C", "報告のみ", "対象外", "要確認"]):
        ss.cell(row=4 + i, column=1, value=p)
        ss.cell(row=4 + i, column=2, value="=COUNTIF(Sheet1!$N$2:$N$%d,A%d)" % (last, 4 + i))
    ss["A10"] = "合計"
    ss["B10"] = "=SUM(B4:B9)"
    ss["A12"] = "回答締切：8/30（二次募集医療機関）"
    ss.column_dimensions["A"].width = 16

    os.makedirs(BUILD_DIR, exist_ok=True)
    src = os.path.join(BUILD_DIR, NAME)
    wb.save(src)
    # re-save with LibreOffice so that the formula results are cached
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT_DIR, src],
                   check=True)


if __name__ == "__main__":
    build()

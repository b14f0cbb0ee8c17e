#!/usr/bin/python3
# Generator for obi-w7-b-forms-export.xlsx
# Role: programme secretariat downloading the Microsoft Forms responses of
# 「オフラインバックアップ支援意向に関するアンケート」 ("Excel で開く"): one sheet, one row per response,
# the tool's own columns first, then the question texts as headers. Answers are the option texts;
# the number question comes out as text, as Forms does. Nothing planted.
import json
import os
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w7-b-forms-export"

Q_COUNT = ("患者数を入力してください。\n"
           "Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。")
Q_NAME = "病院名を入力してください。"
Q_STATE = "現在の電子カルテのバックアップの状況について、当てはまるものを選択してください。"
Q_INTENT = "本事業におけるオフラインバックアップの支援について、ご意向を選択してください。"
Q_STORAGE = "オフラインバックアップの保存先として、当てはまるもの（ご希望の構成）を選択してください。"
Q_REMARKS = "その他、ご質問・ご意見等があればご記入ください。"

STATE = {
    "OFFLINE_IN_OPERATION": "既存環境ですでに電子カルテのオフラインバックアップの運用を開始している",
    "PLANNING_WITH_VENDOR": "電子カルテベンダ等とオフラインバックアップの方針を検討中である",
    "NOT_IMPLEMENTED": "オフラインバックアップは実施していない",
}
INTENT = {
    "PROCURE_THIS_YEAR": "本事業にて支援可能なサーバ、物品を新設する（調達は年度内に可能）",
    "PROCURE_NEXT_YEAR": "本事業にて支援可能なサーバ、物品を新設する（調達は次年度以降）",
    "CONNECT_EXISTING": "サーバは新設せず、既存設備に本事業にて支援可能な媒体を接続する",
    "NO_SUPPORT_NEEDED": "本事業での支援は不要",
}
STORAGE = {
    "ON_PREMISES_MEDIA": "院内の物理媒体に保存",
    "EXTERNAL_CLOUD": "外部クラウド環境に保存",
}

# (start, end, count, name, state, intent, storage, remarks)
ROWS = [
    (datetime(2024, 8, 19, 9, 12, 40), datetime(2024, 8, 19, 9, 18, 5),
     "1850", "高松みなと病院", "NOT_IMPLEMENTED", "PROCURE_THIS_YEAR", "ON_PREMISES_MEDIA",
     "調達予定の機器は別紙6の一覧から選定済みです。"),
    (datetime(2024, 8, 20, 14, 3, 11), datetime(2024, 8, 20, 14, 6, 52),
     "420", "医療法人讃岐会 坂出中央病院", "OFFLINE_IN_OPERATION", "NO_SUPPORT_NEEDED", "ON_PREMISES_MEDIA",
     "LTOテープに週1回取得し、取得後は取り外して院内金庫で保管しています。"),
    (datetime(2024, 8, 21, 10, 30, 2), datetime(2024, 8, 21, 10, 41, 37),
     "960", "丸亀こども医療センター", "NOT_IMPLEMENTED", "PROCURE_NEXT_YEAR", "EXTERNAL_CLOUD",
     None),
    (datetime(2024, 8, 22, 16, 45, 9), datetime(2024, 8, 22, 16, 49, 30),
     "3000", "観音寺記念病院", "PLANNING_WITH_VENDOR", "NO_SUPPORT_NEEDED", "EXTERNAL_CLOUD",
     "電子カルテ更新（令和7年度予定）にあわせてベンダと構成を検討しています。"),
    (datetime(2024, 8, 26, 11, 2, 15), datetime(2024, 8, 26, 11, 9, 48),
     "310", "小豆島しおかぜ病院", "NOT_IMPLEMENTED", "CONNECT_EXISTING", "ON_PREMISES_MEDIA",
     None),
    (datetime(2024, 8, 28, 9, 55, 20), datetime(2024, 8, 28, 10, 1, 3),
     "960", "丸亀こども医療センター", "NOT_IMPLEMENTED", "PROCURE_THIS_YEAR", "EXTERNAL_CLOUD",
     "8/21に回答した内容を修正します。\n院内で予算の目途が立ったため、調達は年度内に変更します。"),
    (datetime(2024, 8, 29, 17, 20, 44), datetime(2024, 8, 29, 17, 26, 1),
     "1275", "宇多津ひかり病院", "NOT_IMPLEMENTED", "PROCURE_NEXT_YEAR", "ON_PREMISES_MEDIA",
     None),
]

HEADERS = ["ID", "開始時刻", "完了時刻", "メール", "名前",
           Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORAGE, Q_REMARKS]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(HEADERS)
for c in ws[1]:
    c.font = Font(bold=True)
    c.alignment = Alignment(wrap_text=True, vertical="top")

submissions = []
for i, (st, en, cnt, name, state, intent, storage, rem) in enumerate(ROWS, start=1):
    ws.append([i, st, en, "anonymous", None, cnt, name,
               STATE[state], INTENT[intent], STORAGE[storage], rem])
    r = ws.max_row
    ws.cell(r, 2).number_format = "yyyy/m/d h:mm:ss"
    ws.cell(r, 3).number_format = "yyyy/m/d h:mm:ss"
    ws.cell(r, 11).alignment = Alignment(wrap_text=True, vertical="top")
    v = {"hospitalName": name, "patientCount": int(cnt), "currentState": state,
         "intent": intent, "storage": storage}
    if rem:
        v["remarks"] = rem
    submissions.append({"row": r, "values": v})

widths = [6, 18, 18, 12, 10, 30, 28, 40, 44, 26, 50]
for idx, w in enumerate(widths):
    ws.column_dimensions[chr(ord("A") + idx)].width = w

wb.save(os.path.join(HERE, NAME + ".xlsx"))

expected = {
    "form": "offline-backup-intent",
    "version": "R6",
    "file": NAME + ".xlsx",
    "submissions": submissions,
    "planted": [],
    "notes": ("Microsoft Forms response export, sheet Sheet1, header in row 1, responses in rows 2-8 (ID 1-7). "
              "The tool columns ID/開始時刻/完了時刻/メール(anonymous)/名前(blank) carry no field keys. "
              "患者数 is exported as text ('1850'); given here as integers. 観音寺記念病院's 3000 is the inclusive "
              "upper bound and is valid. 丸亀こども医療センター answered twice: row 4 (ID 3, PROCURE_NEXT_YEAR) and "
              "row 7 (ID 6, PROCURE_THIS_YEAR, remarks say it corrects the 8/21 answer); both rows are listed, the "
              "later one supersedes. All combinations are consistent: derived 支援方針 would be row2 支援A, row3 対象外, "
              "row4 支援B (superseded), row5 報告のみ, row6 支援C, row7 支援A, row8 支援B; supportPolicy is not shown "
              "in the export so it is not listed. Remarks in row 7 contain a line break."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("saved", NAME)

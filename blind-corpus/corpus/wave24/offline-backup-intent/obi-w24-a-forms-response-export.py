#!/usr/bin/python3
"""obi-w24-a: Microsoft Forms response export of the オフラインバックアップ支援意向に関するアンケート.
One sheet, one row per hospital, the tool's own columns first, question texts as headers. No planted problem."""
import datetime as dt
import json
import os

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w24-a-forms-response-export"

Q_NAME = "病院名を入力してください。"
Q_COUNT = "患者数を入力してください。"
Q_STATE = "現在の電子カルテのオフラインバックアップの状況について、該当するものを選択してください。"
Q_INTENT = "本事業におけるオフラインバックアップ整備支援のご意向について、該当するものを選択してください。"
Q_STORAGE = "オフラインバックアップの保存先（取得済の場合は現在の保存先、検討中・未実施の場合は希望する保存先）を選択してください。"
Q_REMARKS = "その他、ご質問・ご意見等がございましたらご記入ください。"

STATE = {
    "OFFLINE_IN_OPERATION": "既に電子カルテのオフラインバックアップを取得済（運用開始済）",
    "PLANNING_WITH_VENDOR": "電子カルテベンダ等とオフラインバックアップの方針を検討中",
    "NOT_IMPLEMENTED": "オフラインバックアップは未実施",
}
INTENT = {
    "PROCURE_THIS_YEAR": "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）",
    "PROCURE_NEXT_YEAR": "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
    "CONNECT_EXISTING": "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
    "NO_SUPPORT_NEEDED": "本事業での支援は不要",
}
STORAGE = {
    "ON_PREMISES_MEDIA": "院内の物理媒体",
    "EXTERNAL_CLOUD": "外部クラウド環境",
}

# (start, minutes taken, email, name, hospital, count (int or text), state, intent, storage, remarks)
ROWS = [
    (dt.datetime(2024, 8, 5, 9, 12, 41), 6, "johosys@sanuki-chuo-hp.example.jp", "大西 健太",
     "医療法人社団緑風会 さぬき中央病院", 1280, "NOT_IMPLEMENTED", "PROCURE_THIS_YEAR", "ON_PREMISES_MEDIA", None),
    (dt.datetime(2024, 8, 7, 14, 3, 9), 11, "it-kanri@takamatsu-minami.example.jp", "森 由美子",
     "高松南総合病院", 2950, "OFFLINE_IN_OPERATION", "NO_SUPPORT_NEEDED", "ON_PREMISES_MEDIA",
     "令和5年度にLTOテープによる世代管理バックアップを導入済みです。"),
    (dt.datetime(2024, 8, 19, 10, 47, 55), 4, "soumu@kotohira-kinen.example.jp", "三好 誠",
     "琴平記念病院", "845", "PLANNING_WITH_VENDOR", "NO_SUPPORT_NEEDED", "EXTERNAL_CLOUD",
     "電子カルテ更新（令和7年度予定）に合わせ、ベンダとクラウド保管を検討中です。"),
    (dt.datetime(2024, 8, 22, 16, 20, 2), 9, "iryojoho@marugame-kyoritsu.example.jp", "香川 直樹",
     "丸亀協立病院", 612, "NOT_IMPLEMENTED", "CONNECT_EXISTING", "ON_PREMISES_MEDIA",
     "既存のバックアップサーバにRDXを接続する構成を希望します。\n打合せには電子カルテベンダも同席予定です。"),
    (dt.datetime(2024, 8, 28, 8, 55, 30), 7, "system@setouchi-hp.example.jp", "宮武 彩",
     "社会医療法人 瀬戸内会 瀬戸内病院", 1733, "NOT_IMPLEMENTED", "PROCURE_NEXT_YEAR", "ON_PREMISES_MEDIA",
     "サーバ購入の予算化が次年度となります。"),
    (dt.datetime(2024, 8, 30, 13, 41, 18), 5, "jimu@kanonji-daiichi.example.jp", "藤田 勝",
     "観音寺第一病院", 97, "NOT_IMPLEMENTED", "PROCURE_THIS_YEAR", "EXTERNAL_CLOUD", None),
]


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    headers = ["ID", "開始時刻", "完了時刻", "メール", "名前",
               Q_NAME, Q_COUNT, Q_STATE, Q_INTENT, Q_STORAGE, Q_REMARKS]
    ws.append(headers)
    for c in ws[1]:
        c.font = Font(bold=True)
    submissions = []
    for i, (start, mins, mail, person, hp, count, st, it, sto, rem) in enumerate(ROWS, start=1):
        done = start + dt.timedelta(minutes=mins, seconds=17 * i)
        ws.append([i, start, done, mail, person, hp, count, STATE[st], INTENT[it], STORAGE[sto], rem])
        r = ws.max_row
        ws.cell(r, 2).number_format = "yyyy/m/d h:mm:ss"
        ws.cell(r, 3).number_format = "yyyy/m/d h:mm:ss"
        for c in ws[r]:
            c.alignment = Alignment(wrap_text=False, vertical="top")
        v = {"hospitalName": hp, "patientCount": int(count), "currentState": st, "intent": it, "storage": sto}
        if rem:
            v["remarks"] = rem
        submissions.append({"row": r, "values": v})
    widths = [5, 18, 18, 36, 12, 34, 12, 44, 44, 24, 50]
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w
    wb.save(os.path.join(HERE, NAME + ".xlsx"))

    expected = {
        "form": "offline-backup-intent",
        "version": "R6",
        "file": NAME + ".xlsx",
        "submissions": submissions,
        "planted": [],
        "notes": ("Microsoft Forms response export (sheet Sheet1, header row 1, one response per row 2-7); "
                  "tool columns ID/開始時刻/完了時刻/メール/名前 carry no form keys. Row 4 patient count is stored "
                  "as text '845'. Row 5 remarks contain a line break. 支援方針 is not shown (not part of the export)."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()

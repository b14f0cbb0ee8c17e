# Generator for obi-w40-a-forms-response-export.xlsx
# Role: programme secretariat; the Microsoft Forms response export of
# 「オフラインバックアップ支援意向に関するアンケート」 as downloaded (「Excel で開く」),
# one sheet, one row per hospital, then re-saved by LibreOffice.
# Run: PYTHONPATH=/tmp/obi-pylib /usr/bin/python3 obi-w40-a-forms-response-export.py
import datetime as dt
import json
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w40-a-forms-response-export"

Q_COUNT = ("患者数を入力してください。\n"
           "Microsoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。")
Q_NAME = "病院名を入力してください。"
Q_STATE = "現在の電子カルテのバックアップの状況について、最も近いものを選択してください。"
Q_INTENT = "本事業におけるオフラインバックアップ支援の意向を選択してください。"
Q_STORAGE = "オフラインバックアップの保存先として希望するものを選択してください。"
Q_REMARKS = "その他、ご質問・ご意見等がありましたらご記入ください。"

STATE = {
    "OFFLINE_IN_OPERATION": "既に電子カルテのオフラインバックアップの運用を開始している",
    "PLANNING_WITH_VENDOR": "電子カルテベンダ等とオフラインバックアップの方針を検討中である",
    "NOT_IMPLEMENTED": "オフラインバックアップは実施していない",
}
INTENT = {
    "PROCURE_THIS_YEAR": "本事業で支援可能なサーバ・物品を新設する（調達は年度内に可能）",
    "PROCURE_NEXT_YEAR": "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
    "CONNECT_EXISTING": "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
    "NO_SUPPORT_NEEDED": "本事業での支援は不要",
}
STORAGE = {
    "ON_PREMISES_MEDIA": "院内の物理媒体",
    "EXTERNAL_CLOUD": "外部クラウド",
}

# (id, start, end, mail, name, count, hospital, state, intent, storage, remarks)
ROWS = [
    (1, dt.datetime(2024, 8, 5, 9, 12, 41), dt.datetime(2024, 8, 5, 9, 18, 3),
     "k.tanaka@minato-chuo-hp.jp", "田中 健一", 1840, "港中央病院",
     "NOT_IMPLEMENTED", "PROCURE_THIS_YEAR", "ON_PREMISES_MEDIA",
     "別紙6の物品一覧にあるNASで見積を取得中です。\n電子カルテベンダも打合せに同席予定です。"),
    (2, dt.datetime(2024, 8, 6, 14, 2, 10), dt.datetime(2024, 8, 6, 14, 4, 55),
     "jimu@sakura-kai.or.jp", "佐藤 由美", 620, "医療法人社団桜会　さくら記念病院",
     "OFFLINE_IN_OPERATION", None, None, None),
    (3, dt.datetime(2024, 8, 19, 10, 30, 0), dt.datetime(2024, 8, 19, 10, 41, 27),
     "it-support@kitanodai-hosp.jp", "鈴木 誠", 2375, "北野台総合病院",
     "PLANNING_WITH_VENDOR", "NO_SUPPORT_NEEDED", None,
     "ベンダ提案のテープ装置によるバックアップを令和7年度に導入予定です。"),
    (4, dt.datetime(2024, 8, 22, 16, 45, 18), dt.datetime(2024, 8, 22, 16, 52, 9),
     "m.ito@aoba-rehab.jp", "伊藤 美咲", 145, "青葉リハビリテーション病院",
     "NOT_IMPLEMENTED", "CONNECT_EXISTING", "ON_PREMISES_MEDIA", None),
    (5, dt.datetime(2024, 8, 27, 11, 5, 33), dt.datetime(2024, 8, 27, 11, 20, 48),
     "y.watanabe@higashiyama-med.jp", "渡辺 洋介", 980, "東山メディカルセンター",
     "NOT_IMPLEMENTED", "PROCURE_NEXT_YEAR", "EXTERNAL_CLOUD",
     "予算措置が次年度のため、調達は令和7年4月以降になります。"),
    (6, dt.datetime(2024, 8, 30, 17, 38, 2), dt.datetime(2024, 8, 30, 17, 44, 16),
     "soumu@kawabe-hp.jp", "高橋 恵", 430, "川辺病院",
     "PLANNING_WITH_VENDOR", "CONNECT_EXISTING", "EXTERNAL_CLOUD", None),
]


def build(path):
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    headers = ["ID", "開始時刻", "完了時刻", "メール", "名前", "最終変更時刻",
               Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORAGE, Q_REMARKS]
    ws.append(headers)
    for c in ws[1]:
        c.font = Font(bold=True)
        c.alignment = Alignment(wrap_text=True, vertical="top")
    for r in ROWS:
        rid, start, end, mail, name, count, hosp, state, intent, storage, remarks = r
        ws.append([rid, start, end, mail, name, None, count, hosp, STATE[state],
                   INTENT[intent] if intent else None,
                   STORAGE[storage] if storage else None, remarks])
    for row in ws.iter_rows(min_row=2, min_col=2, max_col=3):
        for c in row:
            c.number_format = "yyyy/m/d h:mm:ss"
    for row in ws.iter_rows(min_row=2, min_col=12, max_col=12):
        for c in row:
            c.alignment = Alignment(wrap_text=True)
    widths = [6, 18, 18, 30, 14, 14, 30, 32, 44, 50, 20, 50]
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(ord("A") + i)].width = w
    wb.save(path)


def expected():
    subs = []
    for i, r in enumerate(ROWS):
        rid, start, end, mail, name, count, hosp, state, intent, storage, remarks = r
        v = {"hospitalName": hosp, "patientCount": count, "currentState": state}
        if intent:
            v["intent"] = intent
        if storage:
            v["storage"] = storage
        if remarks:
            v["remarks"] = remarks
        subs.append({"row": i + 2, "values": v})
    return {
        "form": "offline-backup-intent",
        "version": "R6",
        "file": NAME + ".xlsx",
        "submissions": subs,
        "planted": [],
        "notes": ("Microsoft Forms response export (one sheet 'Sheet1', header row 1, one hospital per row 2-7), "
                  "re-saved by LibreOffice. Tool columns ID/開始時刻/完了時刻/メール/名前/最終変更時刻 are not form "
                  "keys (最終変更時刻 is empty as Forms leaves it). Forms branching: a hospital that already runs an "
                  "offline backup (row 3) was not asked intent/storage; a hospital needing no support (row 4) was "
                  "not asked storage. No 支援方針 column is shown. Row 3 hospital name has a full-width space."),
    }


if __name__ == "__main__":
    tmp = tempfile.mkdtemp(prefix="obi-a-")
    raw = os.path.join(tmp, NAME + ".xlsx")
    build(raw)
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/obi-lo-profile", "--headless", "--convert-to", "xlsx", "--outdir", OUT, raw],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(tmp)
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(), f, ensure_ascii=False, indent=2)
        f.write("\n")

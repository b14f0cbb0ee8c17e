#!/usr/bin/python3
"""obi-w3-b-forms-export: the secretariat's Microsoft Forms response export of the
オフラインバックアップ支援意向に関するアンケート — one sheet, one row per hospital, question titles as headers,
plus Forms' own columns ID / 開始時刻 / 完了時刻 / メール / 名前.
Planted: row 4 患者数 3500 (outside 1-3000); row 6 患者数 empty (required).
Regenerate: /usr/bin/python3 obi-w3-b-forms-export.py"""
import os
from datetime import datetime
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w3-b-forms-export"

ST = {
    "OFFLINE_IN_OPERATION": "既に電子カルテのオフラインバックアップを運用している",
    "PLANNING_WITH_VENDOR": "電子カルテベンダ等とオフラインバックアップの方針を検討中である",
    "NOT_IMPLEMENTED": "オフラインバックアップは実施していない",
}
IN = {
    "PROCURE_THIS_YEAR": "本事業で支援可能なサーバ・物品を新設する（調達は年度内に可能）",
    "PROCURE_NEXT_YEAR": "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
    "CONNECT_EXISTING": "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
    "NO_SUPPORT_NEEDED": "本事業での支援は不要",
}
SG = {
    "ON_PREMISES_MEDIA": "院内の物理媒体に保存",
    "EXTERNAL_CLOUD": "外部クラウド環境に保存",
}

HEAD = ["ID", "開始時刻", "完了時刻", "メール", "名前",
        "患者数を入力してください。",
        "病院名を入力してください。",
        "現在の電子カルテのバックアップ状況を選択してください。",
        "本事業でのオフラインバックアップ整備支援の意向を選択してください。",
        "オフラインバックアップの保存先を選択してください。",
        "その他、ご意見・ご質問等があればご記入ください。"]

# (start, minutes, mail, name, count(str|None), hospital, state, intent, storage, remarks)
ROWS = [
    (datetime(2024, 8, 5, 9, 12, 33), 6, "aobadai-sys@aobadai-hp.example.jp", "青葉台病院 システム管理室",
     "850", "医療法人 青葉会 青葉台病院", "NOT_IMPLEMENTED", "PROCURE_THIS_YEAR", "ON_PREMISES_MEDIA", None),
    (datetime(2024, 8, 7, 14, 40, 2), 11, "johokanri@minato-gh.example.jp", "港 次郎",
     "2400", "市立みなと総合病院", "PLANNING_WITH_VENDOR", "NO_SUPPORT_NEEDED", "EXTERNAL_CLOUD",
     "電子カルテ更新（令和7年度予定）に合わせてベンダと方式を検討中です。"),
    (datetime(2024, 8, 19, 10, 3, 51), 4, "it@hokuto-hp.example.jp", "北斗病院 情報管理課",
     "3500", "社会医療法人 北斗会 北斗病院", "NOT_IMPLEMENTED", "PROCURE_NEXT_YEAR", "ON_PREMISES_MEDIA",
     "予算措置が令和7年度となるため次年度調達を希望"),                                   # planted: 3500
    (datetime(2024, 8, 22, 16, 25, 9), 3, "jimu@sakuragaoka-reha.example.jp", "桜ヶ丘 事務長",
     "120", "桜ヶ丘リハビリテーション病院", "OFFLINE_IN_OPERATION", None, None,
     "LTOテープに週1回取得し、取得後は装置から取り外して施錠保管しています。"),
    (datetime(2024, 8, 28, 11, 58, 40), 9, "yamabiko-hp@town.example.jp", "やまびこ病院 総務係",
     None, "町立やまびこ病院", "NOT_IMPLEMENTED", "CONNECT_EXISTING", "EXTERNAL_CLOUD", None),  # planted: empty
    (datetime(2024, 8, 30, 17, 45, 12), 14, "sys-admin@higashiyama-mc.example.jp", "東山 三郎",
     "1800", "独立行政法人 東山医療センター", "NOT_IMPLEMENTED", "CONNECT_EXISTING", "ON_PREMISES_MEDIA",
     "既存のバックアップサーバにRDX媒体を接続する方式を希望します。\n打合せには電子カルテベンダも同席予定です。"),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
for j, h in enumerate(HEAD, 1):
    c = ws.cell(row=1, column=j, value=h)
    c.font = Font(bold=True)
for i, (st, mins, mail, name, cnt, hosp, state, intent, stor, rem) in enumerate(ROWS, 1):
    r = 1 + i
    end = datetime.fromtimestamp(st.timestamp() + mins * 60 + 17)
    vals = [i, st, end, mail, name, cnt, hosp, ST[state], IN[intent] if intent else None,
            SG[stor] if stor else None, rem]
    for j, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=j, value=v)
        if j in (2, 3):
            c.number_format = "m/d/yy h:mm:ss"
        if j == 11 and v:
            c.alignment = Alignment(wrap_text=True)
widths = [6, 16, 16, 34, 24, 14, 30, 40, 50, 26, 50]
for j, w in enumerate(widths):
    ws.column_dimensions[chr(65 + j)].width = w
ws.auto_filter.ref = f"A1:K{1 + len(ROWS)}"

wb.save(os.path.join(HERE, NAME + ".xlsx"))

import json
subs = []
for i, (st, mins, mail, name, cnt, hosp, state, intent, stor, rem) in enumerate(ROWS, 1):
    v = {"hospitalName": hosp}
    if cnt is not None:
        v["patientCount"] = int(cnt)
    v["currentState"] = state
    if intent:
        v["intent"] = intent
    if stor:
        v["storage"] = stor
    if rem:
        v["remarks"] = rem
    subs.append({"row": 1 + i, "values": v})
print(json.dumps(subs, ensure_ascii=False, indent=1))

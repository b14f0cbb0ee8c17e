# Generator: offline-backup-intent, workbook b (Microsoft Forms response export: one sheet, one row per hospital,
# question texts as headers, Forms' own columns ID/開始時刻/完了時刻/メール/名前, an Excel table; one reply received
# by e-mail typed in by hand below the table). Planted: that row's 患者数 is over the survey's 1–3000 bound.
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.worksheet.table import Table, TableStyleInfo

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "obi-w45-b-forms-export"

Q_COUNT = "患者数を入力してください。\nMicrosoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。"
Q_NAME = "病院名を入力してください。"
Q_STATE = "現在の電子カルテのバックアップの状況について、当てはまるものを選択してください。"
Q_INTENT = "本事業におけるオフラインバックアップ支援の意向について、当てはまるものを選択してください。"
Q_STORE = "オフラインバックアップの保存先について、希望するものを選択してください。"
Q_REM = "その他、ご意見・ご質問等がありましたらご記入ください。"
headers = ["ID", "開始時刻", "完了時刻", "メール", "名前", Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORE, Q_REM]

STATE = {
    "OFFLINE_IN_OPERATION": "既に電子カルテのオフラインバックアップを運用している（本事業の支援対象外）",
    "PLANNING_WITH_VENDOR": "電子カルテベンダ等とオフラインバックアップの方針を検討中",
    "NOT_IMPLEMENTED": "オフラインバックアップは実施していない",
}
INTENT = {
    "PROCURE_THIS_YEAR": "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）",
    "PROCURE_NEXT_YEAR": "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
    "CONNECT_EXISTING": "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
    "NO_SUPPORT_NEEDED": "本事業での支援は不要",
}
STORE = {"ON_PREMISES_MEDIA": "院内の物理媒体", "EXTERNAL_CLOUD": "外部クラウド"}

# (start, minutes, mail, person, count as written, count, hospital, state, intent, storage, remarks)
resp = [
    ("2024-08-19 09:12:05", 6, "it-kanri@kitamidai-hp.jp", "北村 亮", 820, 820, "医療法人 光風会 北見台病院",
     "NOT_IMPLEMENTED", "PROCURE_THIS_YEAR", "ON_PREMISES_MEDIA", "LTO装置の導入を想定しています。"),
    ("2024-08-19 13:40:51", 3, "jouhou@minato-gh.jp", "港 直子", "2450", 2450, "みなと市立総合病院",
     "OFFLINE_IN_OPERATION", None, None, None),
    ("2024-08-20 10:02:33", 4, "somu@sakuragawa-reha.jp", "桜井 大輔", 310, 310, "桜川リハビリテーション病院",
     "PLANNING_WITH_VENDOR", "NO_SUPPORT_NEEDED", None, "ベンダ提案のクラウドバックアップを令和7年度に導入予定"),
    ("2024-08-21 16:25:10", 9, "sys@wakaba-chuo.or.jp", "若林 真理", 1530, 1530, "社会医療法人 若葉会 若葉中央病院",
     "NOT_IMPLEMENTED", "PROCURE_NEXT_YEAR", "EXTERNAL_CLOUD", "サーバ等の費用は次年度予算で要求予定です。"),
    ("2024-08-22 11:47:44", 5, "iryojoho@hamanasu-hp.jp", "浜田 翔", "95", 95, "医療法人 はまなす会 はまなす病院",
     "NOT_IMPLEMENTED", "CONNECT_EXISTING", "EXTERNAL_CLOUD", None),
    ("2024-08-26 14:08:19", 7, "kikaku@nishiyama-mh.jp", "西山 恵", 1200, 1200, "西山記念病院",
     "PLANNING_WITH_VENDOR", "PROCURE_THIS_YEAR", "ON_PREMISES_MEDIA", "電子カルテベンダも打合せに参加可能です。\n（8月中は除く）"),
    ("2024-08-28 08:55:02", 2, "aobadai-jimu@aobadai-hp.jp", "青木 聡", 640, 640, "青葉台病院",
     "OFFLINE_IN_OPERATION", None, None, "テープ媒体で週次のオフラインバックアップを運用中"),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
for j, h in enumerate(headers, 1):
    ws.cell(1, j, h)
subs = []
for i, (start, mins, mail, person, cw, cnt, hosp, st, it, sto, rem) in enumerate(resp):
    r = 2 + i
    t0 = dt.datetime.strptime(start, "%Y-%m-%d %H:%M:%S")
    t1 = t0 + dt.timedelta(minutes=mins, seconds=17 * (i + 1))
    row = [i + 1, t0, t1, mail, person, cw, hosp, STATE[st], INTENT.get(it), STORE.get(sto), rem]
    for j, v in enumerate(row, 1):
        if v is not None:
            c = ws.cell(r, j, v)
            if j in (2, 3):
                c.number_format = "yyyy/m/d h:mm:ss"
    v = {"hospitalName": hosp, "patientCount": cnt, "currentState": st}
    if it: v["intent"] = it
    if sto: v["storage"] = sto
    if rem: v["remarks"] = rem
    subs.append({"row": r, "values": v})
last = 1 + len(resp)
tab = Table(displayName="Table1", ref=f"A1:K{last}")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(tab)

# a reply received by e-mail (the hospital could not use the portal), typed in by the secretariat below the table
r = last + 1
hand = ["", None, None, "johosys@tobu-med.jp", "東 健太（メール回答）", "3,500", "県立東部医療センター",
        STATE["NOT_IMPLEMENTED"], INTENT["CONNECT_EXISTING"], STORE["ON_PREMISES_MEDIA"],
        "ポータルにログインできないためメールで回答（8/30受領、事務局にて転記）"]
for j, v in enumerate(hand, 1):
    if v:
        ws.cell(r, j, v)
subs.append({"row": r, "values": {
    "hospitalName": "県立東部医療センター", "patientCount": 3500, "currentState": "NOT_IMPLEMENTED",
    "intent": "CONNECT_EXISTING", "storage": "ON_PREMISES_MEDIA",
    "remarks": "ポータルにログインできないためメールで回答（8/30受領、事務局にて転記）"}})
for col, w in zip("ABCDEFGHIJK", [5, 18, 18, 28, 14, 20, 30, 40, 44, 14, 40]):
    ws.column_dimensions[col].width = w
wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "offline-backup-intent",
    "version": "R6",
    "file": NAME + ".xlsx",
    "submissions": subs,
    "planted": [
        {"cells": [f"Sheet1!F{r}"], "paths": [f"submissions[{len(subs)-1}].patientCount"],
         "why": "患者数 3,500 is outside the survey's bound 1–3000 (the row was typed in by hand, so Forms did not check it)"},
    ],
    "notes": ("Microsoft Forms export: sheet Sheet1, Excel table Table1 over A1:K8 (7 Forms responses), tool columns "
              "ID/開始時刻/完了時刻/メール/名前 are not fields. Row 9 was added by hand below the table (no ID or times). "
              "患者数 is a number in most rows but text in rows 3 ('2450'), 6 ('95') and 9 ('3,500'). Respondents "
              "already operating an offline backup skipped the later questions (intent/storage blank); the one "
              "answering 支援は不要 skipped 保存先. No 支援方針 column in this export."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(expected, fh, ensure_ascii=False, indent=2)

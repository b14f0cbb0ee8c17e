#!/usr/bin/python3
# obi-w2-a: a Microsoft Forms response export as the secretariat downloads it: one sheet "Sheet1", an Excel table,
# the tool's own columns (ID, 開始時刻, 完了時刻, メール, 名前) then the question texts as headers, one row per hospital.
# Number answers arrive as text, as Forms exports them. Six hospitals, no planted problem.
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment
from openpyxl.worksheet.table import Table, TableStyleInfo

NAME = "obi-w2-a-forms-export"
OUT = os.path.dirname(os.path.abspath(__file__))

Q_PAT = "患者数を入力してください。\nMicrosoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。"
Q_HOSP = "病院名を入力してください。"
Q_STATE = "現在の電子カルテのバックアップの状況について、該当するものを選択してください。"
Q_INTENT = "本事業によるオフラインバックアップ整備支援の意向について、該当するものを選択してください。"
Q_STORE = "オフラインバックアップの保存先について、該当するもの（予定・希望を含む）を選択してください。"
Q_REM = "その他、ご意見・ご要望等があればご記入ください。"

STATE = {"OFFLINE_IN_OPERATION": "既に電子カルテのオフラインバックアップを取得・運用している",
         "PLANNING_WITH_VENDOR": "電子カルテベンダ等とオフラインバックアップの方針を検討中である",
         "NOT_IMPLEMENTED": "オフラインバックアップは実施していない"}
INTENT = {"PROCURE_THIS_YEAR": "本事業で支援可能なサーバ・物品を新設する（年度内に調達可能）",
          "PROCURE_NEXT_YEAR": "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
          "CONNECT_EXISTING": "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
          "NO_SUPPORT_NEEDED": "本事業での支援は不要"}
STORE = {"ON_PREMISES_MEDIA": "院内の物理媒体に保存", "EXTERNAL_CLOUD": "外部クラウド環境に保存"}

T = dt.datetime
rows = [
    (1, T(2024, 7, 8, 9, 12, 5), T(2024, 7, 8, 9, 15, 41), "it-kanri@aoba-gh.example.jp", "青葉 一郎",
     1850, "青葉総合病院", "NOT_IMPLEMENTED", "PROCURE_THIS_YEAR", "ON_PREMISES_MEDIA", None),
    (2, T(2024, 7, 10, 14, 2, 33), T(2024, 7, 10, 14, 6, 2), "jimu@hokuto-hp.example.jp", "北村 洋子",
     420, "医療法人 北斗会 ほくと病院", "OFFLINE_IN_OPERATION", "NO_SUPPORT_NEEDED", "ON_PREMISES_MEDIA",
     "LTOテープによる世代管理を2023年から運用中"),
    (3, T(2024, 7, 22, 16, 48, 10), T(2024, 7, 22, 16, 55, 27), "iryojoho@minato-city-hp.example.jp", "港 健太",
     2960, "市立みなと市民病院", "PLANNING_WITH_VENDOR", "NO_SUPPORT_NEEDED", "EXTERNAL_CLOUD",
     "電子カルテ更新（令和7年度予定）に合わせ、ベンダ提案のクラウドバックアップを導入予定"),
    (4, T(2024, 8, 5, 10, 30, 0), T(2024, 8, 5, 10, 41, 18), "system@wakakusa-kinen.example.jp", "若林 聡",
     760, "社会医療法人 若草会 わかくさ記念病院", "NOT_IMPLEMENTED", "CONNECT_EXISTING", "ON_PREMISES_MEDIA",
     "既存のバックアップサーバにRDXを接続したい。\n打合せには電子カルテベンダも同席します。"),
    (5, T(2024, 8, 19, 11, 3, 47), T(2024, 8, 19, 11, 7, 9), "soumu@hikaridai-reha.example.jp", "光田 真理",
     95, "ひかり台リハビリテーション病院", "NOT_IMPLEMENTED", "PROCURE_NEXT_YEAR", "ON_PREMISES_MEDIA",
     "機器購入の予算措置が次年度となるため"),
    (6, T(2024, 8, 29, 17, 20, 55), T(2024, 8, 29, 17, 24, 30), "joho@mizuho-hp.example.jp", "瑞穂 大輔",
     1320, "医療法人 みずほ会 みずほ病院", "NOT_IMPLEMENTED", "CONNECT_EXISTING", "EXTERNAL_CLOUD", None),
]

wb = Workbook(); ws = wb.active; ws.title = "Sheet1"
headers = ["ID", "開始時刻", "完了時刻", "メール", "名前", Q_PAT, Q_HOSP, Q_STATE, Q_INTENT, Q_STORE, Q_REM]
for i, h in enumerate(headers, 1):
    ws.cell(1, i, h).alignment = Alignment(wrap_text=False)
for r, row in enumerate(rows, 2):
    (rid, st, en, mail, nm, pat, hosp, s, it, sto, rem) = row
    vals = [rid, st, en, mail, nm, str(pat), hosp, STATE[s], INTENT[it], STORE[sto], rem]
    for i, v in enumerate(vals, 1):
        c = ws.cell(r, i, v)
        if i in (2, 3): c.number_format = "yyyy/m/d h:mm:ss"
widths = [6, 18, 18, 34, 14, 22, 34, 48, 52, 24, 50]
for i, w in enumerate(widths, 1):
    ws.column_dimensions[ws.cell(1, i).column_letter].width = w
tab = Table(displayName="Table1", ref=f"A1:K{len(rows)+1}")
tab.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
tab._initialise_columns()
for col, h in zip(tab.tableColumns, headers):   # Excel stores a line feed in a table column name as _x000a_
    col.name = h.replace("\n", "_x000a_")
ws.add_table(tab)
wb.save(os.path.join(OUT, NAME + ".xlsx"))

subs = []
for r, row in enumerate(rows, 2):
    (rid, st, en, mail, nm, pat, hosp, s, it, sto, rem) = row
    v = {"hospitalName": hosp, "patientCount": pat, "currentState": s, "intent": it, "storage": sto}
    if rem: v["remarks"] = rem
    subs.append({"row": r, "values": v})
expected = {
    "form": "offline-backup-intent", "version": "R6", "file": NAME + ".xlsx",
    "submissions": subs,
    "planted": [],
    "notes": ("Microsoft Forms export: sheet Sheet1, an Excel table Table1 A1:K7, header row 1, one hospital per row "
              "(rows 2-7). Tool columns ID/開始時刻/完了時刻/メール/名前 are not form fields. The patient-count question "
              "(column F) comes before the hospital-name question (column G) as in the Forms screen image; its header "
              "contains a line break; answers are text ('1850'). Choice answers are the full option sentences "
              "(e.g. 'サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する' = CONNECT_EXISTING). No 支援方針 column "
              "(derived values would be: row2 SUPPORT_A, row3 NOT_ELIGIBLE, row4 REPORT_ONLY, row5 SUPPORT_C, "
              "row6 SUPPORT_B, row7 SUPPORT_C). Remarks in K5 contain a line break."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)

# Generator: Microsoft Forms response export of the offline-backup intent survey (secretariat download).
import sys, json, datetime as dt
sys.path.insert(0, "/tmp/obi-pylib")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

OUT = "/work/blind/wave37/offline-backup-intent/"
NAME = "obi-w37-a-forms-response-export"

Q1 = "患者数を入力してください。"
Q2 = "病院名を入力してください。"
Q3 = "現在の電子カルテのバックアップの状況について、該当するものを選択してください。"
Q4 = "本事業におけるオフラインバックアップ支援の意向について、該当するものを選択してください。"
Q5 = "オフラインバックアップの保存先（希望）を選択してください。"
Q6 = "その他、ご意見・ご質問等がございましたらご記入ください。"

S = {"OFFLINE_IN_OPERATION": "既に電子カルテのオフラインバックアップの運用を開始している",
     "PLANNING_WITH_VENDOR": "電子カルテベンダ等とオフラインバックアップの方針を検討中である",
     "NOT_IMPLEMENTED": "オフラインバックアップは実施していない"}
I = {"PROCURE_THIS_YEAR": "本事業で支援可能なサーバ・物品を新設する（調達は年度内に可能）",
     "PROCURE_NEXT_YEAR": "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
     "CONNECT_EXISTING": "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
     "NO_SUPPORT_NEEDED": "本事業での支援は不要（ベンダ等と検討中の方針で対応する）"}
T = {"ON_PREMISES_MEDIA": "院内の物理媒体に保存", "EXTERNAL_CLOUD": "外部クラウド環境に保存"}

# (id, start, minutes, mail, name, count(cell value), hospital(cell), state, intent, storage, remarks)
rows = [
 (1, dt.datetime(2024, 7, 22, 9, 14, 3), 7, "it-shitsu@sanuki-chuo.example.jp", "大西 健一",
  412, "社会医療法人 讃岐会 さぬき中央病院", "NOT_IMPLEMENTED", "PROCURE_THIS_YEAR", "ON_PREMISES_MEDIA",
  "別紙6の物品（NAS・バックアップサーバ）で見積依頼中です。"),
 (2, dt.datetime(2024, 7, 25, 16, 2, 41), 12, "johokanri@takamatsu-minato.example.jp", "山下 由美",
  812, "医療法人 瀬戸内会 高松みなと病院", "OFFLINE_IN_OPERATION", None, None,
  "電子カルテベンダ提供のクラウドバックアップ（世代管理・論理的に隔離）を2023年4月から運用しています。\n別紙5の定義に該当することをベンダに確認済みです。"),
 (3, dt.datetime(2024, 8, 2, 11, 40, 19), 5, "anonymous", None,
  "133", "丸亀記念病院 ", "PLANNING_WITH_VENDOR", "NO_SUPPORT_NEEDED", None,
  "電子カルテ更新（令和7年度）にあわせてベンダと検討中\nLTOテープ装置を予定"),
 (4, dt.datetime(2024, 8, 9, 13, 5, 55), 9, "soumu@sakaide-tobu.example.jp", "真鍋 浩二",
  2950, "坂出東部病院", "NOT_IMPLEMENTED", "CONNECT_EXISTING", "ON_PREMISES_MEDIA", None),
 (5, dt.datetime(2024, 8, 20, 10, 21, 7), 15, "iryojoho@seisan-mc.example.jp", "三好 麻衣",
  1487, "地方独立行政法人 西讃医療センター", "NOT_IMPLEMENTED", "PROCURE_NEXT_YEAR", "ON_PREMISES_MEDIA",
  "予算措置が令和7年度となるため、調達は次年度以降になります。"),
 (6, dt.datetime(2024, 8, 29, 17, 48, 30), 6, "jimu@kanonji-sukoyaka.example.jp", "合田 智子",
  58, "医療法人 すこやか会 観音寺すこやか病院", "PLANNING_WITH_VENDOR", "CONNECT_EXISTING", "EXTERNAL_CLOUD",
  "ベンダと検討中ですが、支援を希望します。"),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
hdr = ["ID", "開始時刻", "完了時刻", "メール", "名前", "最終変更時刻", Q1, Q2, Q3, Q4, Q5, Q6]
ws.append(hdr)
for c in ws[1]:
    c.font = Font(bold=True)
    c.alignment = Alignment(wrap_text=True, vertical="top")
subs = []
for r in rows:
    (rid, start, mins, mail, name, cnt, hosp, st, it, sto, rem) = r
    end = start + dt.timedelta(minutes=mins, seconds=17)
    ws.append([rid, start, end, mail, name, None, cnt, hosp, S[st], I[it] if it else None,
               T[sto] if sto else None, rem])
    rn = ws.max_row
    for col in ("B", "C"):
        ws[f"{col}{rn}"].number_format = "yyyy/m/d h:mm:ss"
    ws[f"L{rn}"].alignment = Alignment(wrap_text=True)
    v = {"hospitalName": hosp.rstrip(), "patientCount": int(cnt), "currentState": st}
    if it: v["intent"] = it
    if sto: v["storage"] = sto
    if rem: v["remarks"] = rem
    subs.append({"row": rn, "values": v})
widths = [6, 18, 18, 34, 12, 14, 14, 36, 40, 44, 22, 50]
for i, w in enumerate(widths):
    ws.column_dimensions[chr(65 + i)].width = w
wb.save(OUT + NAME + ".xlsx")

exp = {"form": "offline-backup-intent", "version": "R6", "file": NAME + ".xlsx",
       "submissions": subs, "planted": [],
       "notes": ("Microsoft Forms response export (one sheet, one row per hospital, header row 1). "
                 "Forms' own columns ID/開始時刻/完了時刻/メール/名前/最終変更時刻 are not survey fields. "
                 "Branching: Q4/Q5 skipped when Q3 = 運用開始済み (row 3), Q5 skipped when Q4 = 支援不要 (row 4) - blank cells, omitted. "
                 "Row 4: 患者数 exported as text '133' and hospital name with a trailing space (value given trimmed). "
                 "No 支援方針 column in this export.")}
with open(OUT + NAME + ".expected.json", "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)

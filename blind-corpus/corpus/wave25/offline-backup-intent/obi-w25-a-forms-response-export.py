# Generator: Microsoft Forms response export of the
# 「オフラインバックアップ支援意向に関するアンケート」 (one row per hospital).
import datetime as dt, json
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment

OUT = "/work/blind/wave25/offline-backup-intent/"
NAME = "obi-w25-a-forms-response-export"

Q_COUNT = ("患者数を入力してください。\nMicrosoft Teamsの「00_医療機関データ」に表示されている"
           "患者情報数を記入ください。")
Q_NAME = "病院名を入力してください。"
Q_STATE = ("現在の電子カルテのバックアップの状況について、当てはまるものを1つ選択してください。\n"
           "（「別紙5_各媒体におけるオフライン状態の定義」をご確認ください）")
Q_INTENT = "本事業におけるオフラインバックアップ整備支援の意向について、当てはまるものを1つ選択してください。"
Q_STORE = "バックアップの保存先として希望するものを選択してください。"
Q_REM = "その他、ご意見・ご質問等がございましたらご記入ください。"

S = {"OFFLINE_IN_OPERATION": "既に電子カルテのオフラインバックアップを運用している",
     "PLANNING_WITH_VENDOR": "電子カルテベンダ等とオフラインバックアップの方針を検討中である",
     "NOT_IMPLEMENTED": "オフラインバックアップは実施していない"}
I = {"PROCURE_THIS_YEAR": "本事業で支援可能なサーバ・物品を新設する（今年度内に調達可能）",
     "PROCURE_NEXT_YEAR": "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
     "CONNECT_EXISTING": "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
     "NO_SUPPORT_NEEDED": "電子カルテベンダ等と検討中のため、本事業での支援は不要"}
ST = {"ON_PREMISES_MEDIA": "院内の物理媒体に保存", "EXTERNAL_CLOUD": "外部クラウド環境に保存"}

# (start, minutes, email, person, count(cell value), hospital, state, intent, storage, remarks)
rows = [
    (dt.datetime(2024, 8, 5, 9, 12, 44), 6, "johokanri@sanuki-chuo-hp.example.jp", "大西 健一",
     1032, "医療法人社団讃陽会 さぬき中央病院", "NOT_IMPLEMENTED", "PROCURE_THIS_YEAR", "ON_PREMISES_MEDIA", None),
    (dt.datetime(2024, 8, 7, 14, 3, 10), 4, "system@mitoyo-minato.example.jp", "香川 美咲",
     "215", "三豊みなと病院", "OFFLINE_IN_OPERATION", None, None,
     "LTO装置によるテープバックアップを令和5年度より運用中です（週1回取り外して別棟保管）。"),
    (dt.datetime(2024, 8, 19, 10, 41, 2), 9, "soumu@ayagawa-kinen.example.jp", "松本 隆",
     360, "社会医療法人 綾川記念病院", "PLANNING_WITH_VENDOR", "NO_SUPPORT_NEEDED", None,
     "電子カルテ更新（令和7年度予定）に合わせてベンダと方針検討中です。"),
    (dt.datetime(2024, 8, 22, 16, 20, 55), 12, "it-support@takamatsu-minami.example.jp", "田中 陽子",
     2987, "医療法人 高松南病院", "NOT_IMPLEMENTED", "PROCURE_NEXT_YEAR", "EXTERNAL_CLOUD",
     "クラウド接続装置の設置場所について相談させてください。\n次年度予算で計上予定です。"),
    (dt.datetime(2024, 8, 26, 8, 55, 31), 5, "iryojoho@kotohira-daiichi.example.jp", "山下 誠",
     48, "琴平第一病院", "NOT_IMPLEMENTED", "CONNECT_EXISTING", "ON_PREMISES_MEDIA", None),
    (dt.datetime(2024, 8, 29, 13, 7, 18), 7, "jimukyoku@shodoshima-ct.example.jp", "岡 直樹",
     574, "小豆島中央医療センター", "PLANNING_WITH_VENDOR", "PROCURE_THIS_YEAR", "EXTERNAL_CLOUD",
     "電子カルテベンダ（打合せに同席予定）と調整済み。"),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
hdr = ["ID", "開始時刻", "完了時刻", "メール", "名前", Q_COUNT, Q_NAME, Q_STATE, Q_INTENT, Q_STORE, Q_REM]
ws.append(hdr)
for c in ws[1]:
    c.font = Font(bold=True)
    c.alignment = Alignment(wrap_text=True, vertical="top")
subs = []
for i, (start, mins, mail, person, cnt, hosp, st, it, sto, rem) in enumerate(rows, start=1):
    r = i + 1
    ws.append([i, start, start + dt.timedelta(minutes=mins, seconds=17), mail, person, cnt, hosp,
               S[st], I[it] if it else None, ST[sto] if sto else None, rem])
    ws.cell(r, 2).number_format = "yyyy/m/d h:mm:ss"
    ws.cell(r, 3).number_format = "yyyy/m/d h:mm:ss"
    if rem and "\n" in rem:
        ws.cell(r, 11).alignment = Alignment(wrap_text=True)
    v = {"hospitalName": hosp, "patientCount": int(cnt), "currentState": st}
    if it: v["intent"] = it
    if sto: v["storage"] = sto
    if rem: v["remarks"] = rem
    subs.append({"row": r, "values": v})
for col, w in zip("ABCDEFGHIJK", [5, 18, 18, 34, 12, 30, 34, 40, 50, 28, 50]):
    ws.column_dimensions[col].width = w
wb.save(OUT + NAME + ".xlsx")

exp = {"form": "offline-backup-intent", "version": "R6", "file": NAME + ".xlsx",
       "submissions": subs, "planted": [],
       "notes": ("Microsoft Forms response export (Sheet1, header row 1, one hospital per row 2-7). "
                 "Columns A-E are the tool's own (ID, 開始時刻, 完了時刻, メール, 名前) and are not keys. "
                 "The survey branches: 現状=既に運用中 skips the intent and storage questions (row 3), and "
                 "intent=支援不要 skips the storage question (row 4), so those cells are empty on purpose. "
                 "Row 3's count is a text cell '215'. No 支援方針 column is shown (derived, not in the export).")}
with open(OUT + NAME + ".expected.json", "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)

# Microsoft Forms response export as the programme secretariat downloads it (one row per response).
import json, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment

NAME = "obi-w1-a-forms-export"
Q_NAME = "病院名を入力してください。"
Q_COUNT = ("患者数を入力してください。\nMicrosoft Teamsの「00_医療機関データ」に表示されている患者情報数を記入ください。"
           "（1から3000の間の数値を入力してください）")
Q_STATE = ("現在の電子カルテのバックアップについて、最も近いものを1つ選択してください。"
           "（「別紙5_各媒体におけるオフライン状態の定義」をご確認の上ご回答ください）")
Q_INTENT = ("本事業におけるオフラインバックアップ整備支援のご意向について、最も近いものを1つ選択してください。"
            "（本事業で支援可能な物品は「別紙6_オフラインバックアップ支援可能物品一覧」をご参照ください）")
Q_STORE = ("オフラインバックアップの保存先として希望する構成を選択してください。"
           "（支援を希望する場合のみご回答ください。外部クラウド環境の場合はサーバの新設は不要です）")
Q_REM = "その他、ご意見・ご質問等がございましたらご記入ください。"

ST = {"OFFLINE_IN_OPERATION": "既に電子カルテのオフラインバックアップを運用している",
      "PLANNING_WITH_VENDOR": "電子カルテベンダ等とオフラインバックアップの方針を検討中である",
      "NOT_IMPLEMENTED": "オフラインバックアップは実施していない"}
IN = {"PROCURE_THIS_YEAR": "本事業で支援可能なサーバ・物品を新設する（調達は年度内に可能）",
      "PROCURE_NEXT_YEAR": "本事業で支援可能なサーバ・物品を新設する（調達は次年度以降）",
      "CONNECT_EXISTING": "サーバは新設せず、既存設備に本事業で支援可能な媒体を接続する",
      "NO_SUPPORT_NEEDED": "本事業での支援は不要"}
SO = {"ON_PREMISES_MEDIA": "院内の物理媒体に保存", "EXTERNAL_CLOUD": "外部クラウド環境に保存"}

T = dt.datetime
# (id, start, end, mail, name, hospital(as typed), count(as typed), state, intent, storage, remarks)
rows = [
 (1, T(2024,8,5,9,12,41), T(2024,8,5,9,20,3), "takamatsu-chuo@portal.cs-kakuho.example.jp", "高松中央病院 情報システム課",
  "高松中央病院", 1520, "NOT_IMPLEMENTED", "PROCURE_THIS_YEAR", "ON_PREMISES_MEDIA", None),
 (2, T(2024,8,6,14,2,10), T(2024,8,6,14,9,55), "marugame-minato@portal.cs-kakuho.example.jp", "丸亀みなと病院 医事課",
  "丸亀みなと病院", 640, "PLANNING_WITH_VENDOR", "NO_SUPPORT_NEEDED", None,
  "電子カルテ更新（令和7年度予定）に合わせて、ベンダとバックアップ方式を検討しています。"),
 (3, T(2024,8,8,10,30,0), T(2024,8,8,10,41,27), "sakaide-sanuki@portal.cs-kakuho.example.jp", "坂出さぬき記念病院 総務課",
  "坂出さぬき記念病院", 310, "NOT_IMPLEMENTED", "PROCURE_NEXT_YEAR", "EXTERNAL_CLOUD", None),
 (4, T(2024,8,9,16,45,18), T(2024,8,9,16,48,2), "zentsuji-himawari@portal.cs-kakuho.example.jp", "善通寺ひまわり病院 事務部",
  "善通寺ひまわり病院", 95, "OFFLINE_IN_OPERATION", "NO_SUPPORT_NEEDED", None, None),
 (5, T(2024,8,19,11,3,36), T(2024,8,19,11,15,9), "kanonji-higashi@portal.cs-kakuho.example.jp", "観音寺東病院 情報管理室",
  "観音寺東病院", 2210, "OFFLINE_IN_OPERATION", "PROCURE_THIS_YEAR", "ON_PREMISES_MEDIA",
  "現在、LTOテープに週1回バックアップを取得し、取得後はドライブから外して保管しています。\nサーバの更新もあわせて検討したいです。"),
 (6, T(2024,8,20,13,20,5), T(2024,8,20,13,31,48), "mitoyo-yamabiko@portal.cs-kakuho.example.jp", "三豊やまびこ病院 企画情報課",
  "三豊やまびこ病院", "480", "NOT_IMPLEMENTED", "CONNECT_EXISTING", "ON_PREMISES_MEDIA", None),
 (7, T(2024,8,22,9,5,51), T(2024,8,22,9,12,30), "sakaide-sanuki@portal.cs-kakuho.example.jp", "坂出さぬき記念病院 総務課",
  "坂出さぬき記念病院", 310, "NOT_IMPLEMENTED", "PROCURE_THIS_YEAR", "EXTERNAL_CLOUD",
  "8/8の回答を修正します。院内で予算の目途が立ったため、年度内の調達に変更します。"),
 (8, T(2024,8,26,15,40,12), T(2024,8,26,15,44,59), "shodoshima-olive@portal.cs-kakuho.example.jp", "小豆島オリーブ病院 事務長",
  "小豆島オリーブ病院", 150, "PLANNING_WITH_VENDOR", "NO_SUPPORT_NEEDED", None, "特になし"),
 (9, T(2024,8,29,17,58,3), T(2024,8,29,18,6,40), "utazu-kamome@portal.cs-kakuho.example.jp", "宇多津かもめ病院 システム管理者",
  "宇多津かもめ病院 ", 870, "NOT_IMPLEMENTED", "CONNECT_EXISTING", "EXTERNAL_CLOUD", None),
 (10, T(2024,8,30,10,14,22), T(2024,8,30,10,27,1), "sanuki-kyoritsu@portal.cs-kakuho.example.jp", "さぬき協立病院 医療情報部",
  "さぬき協立病院", 1130, "PLANNING_WITH_VENDOR", "PROCURE_NEXT_YEAR", "ON_PREMISES_MEDIA",
  "ベンダと方針を検討中ですが、サーバ調達は来年度予算になる見込みです。"),
]

wb = Workbook()
ws = wb.active
ws.title = "Sheet1"
hdr = ["ID", "開始時刻", "完了時刻", "メール", "名前", Q_NAME, Q_COUNT, Q_STATE, Q_INTENT, Q_STORE, Q_REM]
ws.append(hdr)
subs = []
for r in rows:
    (i, s, e, m, n, h, c, st, it, so, rem) = r
    ws.append([i, s, e, m, n, h, c, ST[st], IN[it], SO[so] if so else None, rem])
    rn = ws.max_row
    ws.cell(rn, 2).number_format = "yyyy/m/d h:mm:ss"
    ws.cell(rn, 3).number_format = "yyyy/m/d h:mm:ss"
    v = {"hospitalName": h.strip(), "patientCount": int(c), "currentState": st, "intent": it}
    if so: v["storage"] = so
    if rem: v["remarks"] = rem
    subs.append({"row": rn, "values": v})
for col, w in zip("ABCDEFGHIJK", [5, 18, 18, 40, 28, 22, 30, 40, 48, 36, 50]):
    ws.column_dimensions[col].width = w
for c in ws[1]:
    c.alignment = Alignment(wrap_text=True, vertical="top")
wb.save(NAME + ".xlsx")

exp = {
  "form": "offline-backup-intent", "version": "R6", "file": NAME + ".xlsx",
  "submissions": subs,
  "planted": [
    {"cells": ["Sheet1!H6", "Sheet1!I6"], "paths": ["submissions[4].currentState", "submissions[4].intent"],
     "why": "観音寺東病院 answers that it already operates an offline backup of the EHR (and the remarks describe it) "
            "yet asks for 支援A-type support (new server/goods procured within the year). Seed 002: "
            "「既にオフラインバックアップを取得済の場合、アンケートにその旨ご回答ください（本事業での支援対象外となります）。」 "
            "and the 支援方針 table: 対象外 = 既存環境すでに電子カルテのオフラインバックアップの運用が開始している — "
            "so a support intent contradicts the current state (derived 方針 is 対象外, not 支援A)."}
  ],
  "notes": "Forms export, header row 1, one response per row (rows 2-11). 坂出さぬき記念病院 answered twice: row 4 "
           "(2024-08-08, intent PROCURE_NEXT_YEAR) is superseded by its resubmission in row 8 (later 完了時刻 2024-08-22, "
           "intent PROCURE_THIS_YEAR) — the duplicate is intentional and not counted as a planted problem; the later "
           "row is the one that counts. The storage question was optional (only for hospitals wanting support), so it is "
           "blank for the 支援不要 rows. Row 7 (三豊やまびこ病院) has the count stored as text '480'. Row 10 "
           "(宇多津かもめ病院) has a trailing space in the hospital name; value given trimmed. Row 9 remarks '特になし' "
           "is kept as typed. No 支援方針 is shown in this workbook."
}
json.dump(exp, open(NAME + ".expected.json", "w", encoding="utf-8"), ensure_ascii=False, indent=2)

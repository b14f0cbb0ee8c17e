# Generator: clm-w20-b-mark-columns-example-row.xlsx
# 「最低限の措置」編 re-drawn by a hospital's IT person as a spreadsheet: 記入要領 sheet first, then a table with
# No. | 区分 (merged vertically) | チェック項目 | 1回目 はい/いいえ as ○ marks | 確認日 | 目標日 | 2回目 はい/いいえ marks |
# 確認日 | 備考, a correctly labelled 記入例 row above the data, dates mostly Excel date cells (some as text),
# and a COUNTIF total saved without a cached value. Planted: a missing 1回目 確認日, and a いいえ without 目標日.
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w20-b-mark-columns-example-row"
D = dt.date

wb = Workbook()
guide = wb.active
guide.title = "記入要領"
guide.column_dimensions["A"].width = 100
lines = [
    "【記入要領】サイバーセキュリティ対策チェックリスト「サイバー攻撃リスク低減のための最低限の措置」編",
    "",
    "1. 各項目について確認を行い、「はい」「いいえ」のいずれかの欄に ○ を記入してください。",
    "2. 確認日は 2024/10/1 のように入力してください。",
    "3. 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "4. 目標日までに対応した項目は、2回目の確認結果と確認日を記入してください。",
    "5. 記入例の行は参考です（削除しなくても構いません）。",
    "6. 立入検査の際に保健所へ提出してください。",
]
for i, t in enumerate(lines, 1):
    guide.cell(i, 1, t)
guide["A1"].font = Font(bold=True)

ws = wb.create_sheet("最低限の措置チェック")
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(wrap_text=True, vertical="center", horizontal="center")
head = PatternFill("solid", fgColor="DDEBF7")
ex = PatternFill("solid", fgColor="FFF2CC")

widths = {"A": 7, "B": 22, "C": 60, "D": 6, "E": 6, "F": 12, "G": 12, "H": 6, "I": 6, "J": 12, "K": 30}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("A1:K1")
ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト　「サイバー攻撃リスク低減のための最低限の措置」編（医療機関確認用）"
ws["A1"].font = Font(bold=True, size=12)
ws["A3"] = "医療機関名"
ws["A3"].border = box; ws["A3"].fill = head
ws.merge_cells("B3:E3")
ws["B3"] = "総社けやき病院 "   # trailing space as typed
for c in "BCDE":
    ws[c + "3"].border = box

# header rows 5-6
hdr = [("A5:A6", "No."), ("B5:B6", "区分"), ("C5:C6", "チェック項目"), ("D5:F5", "1回目"),
       ("G5:G6", "目標日"), ("H5:J5", "2回目"), ("K5:K6", "備考")]
for rng, t in hdr:
    ws.merge_cells(rng)
    ws[rng.split(":")[0]] = t
for cell, t in [("D6", "はい"), ("E6", "いいえ"), ("F6", "確認日"), ("H6", "はい"), ("I6", "いいえ"), ("J6", "確認日")]:
    ws[cell] = t
for row in ws["A5:K6"]:
    for c in row:
        c.border = box; c.alignment = center; c.fill = head

# 記入例 row 7 (correctly labelled; not data)
ex_row = ["記入例", "（例）○○○○○", "（例）○○○○について確認している。", None, "○", D(2024, 10, 1),
          D(2024, 11, 30), "○", None, D(2024, 11, 25), "（例）事業者へ設定変更を依頼済み"]
for j, v in enumerate(ex_row, 1):
    c = ws.cell(7, j, v)
    c.border = box; c.fill = ex; c.alignment = center if j != 3 else wrap
    if isinstance(v, D):
        c.number_format = "yyyy/m/d"

S1 = "○パスワードを強固なものに変更し、使い回しをしない"
S2 = "○IoT 機器を含む情報資産の通信制御を確認する"
S3 = "○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
I = [
    "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
    "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
    "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
    "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
    "ネットワーク接続点へのアクセス制御を適切に実施している。",
    "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
    "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
    "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
]
# (no, yes1, no1, date1, target, yes2, no2, date2, remarks)
data = [
    (1, "○", None, D(2024, 11, 5), None, None, None, None, None),
    (2, None, "○", D(2024, 11, 5), D(2024, 11, 30), "○", None, "11/26", "部門システム端末の共通パスワードを個別化"),
    (3, "○", None, None, None, None, None, None, "10月の職員全体研修で周知"),          # PLANTED: 確認日 blank
    (4, "○", None, "R6.11.12", None, None, None, None, "ベンダー3社と接続点一覧を作成"),
    (5, None, "○", D(2024, 11, 12), None, None, None, None, "FW設定の見直しが必要"),     # PLANTED: 目標日 blank
    (6, None, "○", D(2024, 11, 12), D(2025, 2, 28), "○", None, D(2025, 2, 14), "ログ確認を月1回に設定"),
    (7, "○", None, D(2024, 11, 19), None, None, None, None, None),
    (8, "○", None, D(2024, 11, 19), None, None, None, None, "定義ファイル自動更新を確認"),
]
r0 = 8
for k, d in enumerate(data):
    r = r0 + k
    no, y1, n1, d1, tg, y2, n2, d2, rem = d
    vals = [no, None, I[k], y1, n1, d1, tg, y2, n2, d2, rem]
    for j, v in enumerate(vals, 1):
        if j == 2:
            continue
        c = ws.cell(r, j, v)
        c.alignment = wrap if j in (3, 11) else center
        if isinstance(v, D):
            c.number_format = "yyyy/m/d"
    for j in range(1, 12):
        ws.cell(r, j).border = box
    ws.row_dimensions[r].height = 42
for rng, s in [("B8:B10", S1), ("B11:B13", S2), ("B14:B15", S3)]:
    ws.merge_cells(rng)
    c = ws[rng.split(":")[0]]
    c.value = s; c.alignment = wrap

ws["C17"] = "1回目「いいえ」の項目数"
ws["C17"].alignment = Alignment(horizontal="right")
ws["E17"] = "=COUNTIF(E8:E15,\"○\")"
ws["E17"].border = box
ws.freeze_panes = "D8"
wb.active = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))

SH = ws.title
def sec(s):
    return s.lstrip("○")
entries = [
    {"section": sec(S1), "item": I[0], "itemNo": "1", "firstAnswer": "はい", "firstDate": "2024-11-05"},
    {"section": sec(S1), "item": I[1], "itemNo": "2", "firstAnswer": "いいえ", "firstDate": "2024-11-05",
     "targetDate": "2024-11-30", "secondAnswer": "はい", "secondDate": "2024-11-26",
     "remarks": "部門システム端末の共通パスワードを個別化"},
    {"section": sec(S1), "item": I[2], "itemNo": "3", "firstAnswer": "はい", "remarks": "10月の職員全体研修で周知"},
    {"section": sec(S2), "item": I[3], "itemNo": "4", "firstAnswer": "はい", "firstDate": "2024-11-12",
     "remarks": "ベンダー3社と接続点一覧を作成"},
    {"section": sec(S2), "item": I[4], "itemNo": "5", "firstAnswer": "いいえ", "firstDate": "2024-11-12",
     "remarks": "FW設定の見直しが必要"},
    {"section": sec(S2), "item": I[5], "itemNo": "6", "firstAnswer": "いいえ", "firstDate": "2024-11-12",
     "targetDate": "2025-02-28", "secondAnswer": "はい", "secondDate": "2025-02-14", "remarks": "ログ確認を月1回に設定"},
    {"section": sec(S3), "item": I[6], "itemNo": "7", "firstAnswer": "はい", "firstDate": "2024-11-19"},
    {"section": sec(S3), "item": I[7], "itemNo": "8", "firstAnswer": "はい", "firstDate": "2024-11-19",
     "remarks": "定義ファイル自動更新を確認"},
]
exp = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": "総社けやき病院", "entries": entries},
    "planted": [
        {"cells": [f"{SH}!F10"], "paths": ["entries[2].firstDate"],
         "why": "1回目 answered はい (○) but the 確認日 is blank; every item needs a 1回目 answer and date"},
        {"cells": [f"{SH}!G12"], "paths": ["entries[4].targetDate"],
         "why": "1回目 is いいえ but no 目標日 was entered (いいえ ⇒ 目標日 required)"},
    ],
    "notes": ("Sheet 記入要領 is instructions only. Row 7 is a correctly labelled 記入例 row and is not data. "
              "Answers are ○ marks in the はい / いいえ columns (D/E for 1回目, H/I for 2回目). "
              "Dates are Excel date cells except F11 = text 'R6.11.12' (2024-11-12) and J9 = text '11/26' (2024-11-26). "
              "医療機関名 B3 has a trailing space as typed; canonical value trimmed. "
              "section = the merged 区分 cell text without the leading ○; itemNo = the No. column (1-8). "
              "E17 is a COUNTIF formula saved by openpyxl without a cached value (not a field)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)

# Generator: clm-w29-b-mark-columns-example-row.xlsx
# Run: PYTHONPATH=/tmp/clmclh-w29-lib /usr/bin/python3 THIS.py  (openpyxl 3.1.5 from /opt/pypi; /usr/bin/python3 had none)
# Hospital IT person's own redraw: はい/いいえ split into mark columns (○), separate date columns (Excel dates),
# numbered headings, a correctly labelled 記入例 row, a 記入要領 sheet, a COUNTIF summary without cached value.
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave29/checklist-minimum"
NAME = "clm-w29-b-mark-columns-example-row"
SHEET = "最低限の措置チェック"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
D = dt.datetime

wb = Workbook()
ws = wb.active
ws.title = SHEET
widths = {"A": 6, "B": 52, "C": 6, "D": 6, "E": 11, "F": 11, "G": 6, "H": 6, "I": 11, "J": 34}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "サイバー攻撃リスク低減のための最低限の措置　チェックリスト（医療機関確認用）"
ws["A1"].font = Font(size=13, bold=True)
ws["A2"] = "岡山県　令和6年度医療機関立入検査（サイバーセキュリティ対策関係）提出書類3"
ws["A2"].font = Font(size=9, color="555555")

FACILITY = "医療法人緑和会 美作やまびこ病院"
ws["B3"] = "医療機関名"; ws["B3"].font = Font(bold=True)
ws["B4"] = FACILITY; ws["B4"].border = box; ws["B4"].font = Font(size=12)
ws["E3"] = "記入者"; ws["E3"].font = Font(bold=True)
ws.merge_cells("E4:I4"); ws["E4"] = "情報システム室　岡本"
for col in "EFGHI":
    ws[f"{col}4"].border = box

# header rows 6-7
grey = PatternFill("solid", fgColor="DDEBF7")
ws.merge_cells("A6:A7"); ws["A6"] = "No."
ws.merge_cells("B6:B7"); ws["B6"] = "チェック項目"
ws.merge_cells("C6:E6"); ws["C6"] = "1回目"
ws["C7"] = "はい"; ws["D7"] = "いいえ"; ws["E7"] = "確認日"
ws.merge_cells("F6:F7"); ws["F6"] = "目標日\n（いいえの場合）"
ws.merge_cells("G6:I6"); ws["G6"] = "2回目"
ws["G7"] = "はい"; ws["H7"] = "いいえ"; ws["I7"] = "確認日"
ws.merge_cells("J6:J7"); ws["J6"] = "備考"
for row in (6, 7):
    for col in range(1, 11):
        c = ws.cell(row, col); c.border = box; c.alignment = center; c.fill = grey; c.font = Font(bold=True)
ws.row_dimensions[6].height = 30

def put_row(r, vals, fmt_dates=True):
    for col, v in enumerate(vals, start=1):
        c = ws.cell(r, col, v)
        c.border = box
        c.alignment = wrap if col in (2, 10) else center
        if isinstance(v, dt.datetime):
            c.number_format = "yyyy/m/d"

# 記入例 row (correctly labelled; must be ignored)
ex = ["記入例", "（記入例）〇〇〇〇について確認している。", None, "○", D(2024, 10, 1), D(2024, 12, 1), "○", None,
      D(2024, 12, 10), "（例）12月の保守点検時に対応済み"]
put_row(8, ex)
for col in range(1, 11):
    ws.cell(8, col).font = Font(color="808080", italic=True)
    ws.cell(8, col).fill = PatternFill("solid", fgColor="F2F2F2")

H = ["〇パスワードを強固なものに変更し、使い回しをしない",
     "〇IoT 機器を含む情報資産の通信制御を確認する",
     "〇ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"]
SHOWN_H = ["1．パスワードを強固なものに変更し、使い回しをしない",
           "2．IoT機器を含む情報資産の通信制御を確認する",
           "3．ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"]
ITEMS = [
 (0, "1-1", "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。"),
 (0, "1-2", "複数の機器や外部サービス等で、同一のパスワードを設定していない。"),
 (0, "1-3", "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。"),
 (1, "2-1", "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。"),
 (1, "2-2", "ネットワーク接続点へのアクセス制御を適切に実施している。"),
 (1, "2-3", "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。"),
 (2, "3-1", "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。"),
 (2, "3-2", "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。"),
]
# (first yes?, first date, target, second yes? (None = blank), second date, remarks)
FILL = [
 (True,  D(2024, 11, 5), None, None, None, None),
 (False, D(2024, 11, 5), D(2025, 1, 31), True, D(2025, 1, 20), "電子カルテ保守用VPNと院内ルータの管理者PWが共通→変更済"),
 (True,  D(2024, 11, 5), None, None, None, "院内掲示・グループウェアで周知"),
 (False, D(2024, 11, 6), None, None, None, "保守業者（3社）に接続点の確認を依頼中"),   # PLANTED: 目標日 missing
 (True,  D(2024, 11, 6), None, None, None, None),
 (False, D(2024, 11, 6), D(2025, 2, 28), True, D(2024, 10, 30), "UTMログの月次確認を開始"),  # PLANTED: 2回目 before 1回目
 (True,  D(2024, 11, 6), None, None, None, "保守契約で年2回実施"),
 (True,  D(2024, 11, 6), None, None, None, None),
]

r = 9
last_h = None
entries = []
rows = {}
for i, (h, no, text) in enumerate(ITEMS):
    if h != last_h:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=10)
        c = ws.cell(r, 1, SHOWN_H[h]); c.font = Font(bold=True)
        for col in range(1, 11):
            ws.cell(r, col).border = box
            ws.cell(r, col).fill = PatternFill("solid", fgColor="FFF2CC")
        r += 1; last_h = h
    fy, fd, tg, sy, sd, rm = FILL[i]
    vals = [no, text, "○" if fy else None, None if fy else "○", fd, tg,
            ("○" if sy else None) if sy is not None else None,
            (None if sy else "○") if sy is not None else None, sd, rm]
    put_row(r, vals)
    ws.row_dimensions[r].height = 45
    e = {"section": H[h], "item": text, "itemNo": no,
         "firstAnswer": "はい" if fy else "いいえ", "firstDate": fd.strftime("%Y-%m-%d")}
    if tg: e["targetDate"] = tg.strftime("%Y-%m-%d")
    if sy is not None:
        e["secondAnswer"] = "はい" if sy else "いいえ"
    if sd: e["secondDate"] = sd.strftime("%Y-%m-%d")
    if rm: e["remarks"] = rm
    entries.append(e); rows[i] = r
    r += 1

# summary with formulas (no cached values: saved by openpyxl)
r += 1
ws.cell(r, 2, "1回目「はい」件数／「いいえ」件数").alignment = Alignment(horizontal="right")
ws.cell(r, 3, f'=COUNTIF(C10:C{r-2},"○")').alignment = center
ws.cell(r, 4, f'=COUNTIF(D10:D{r-2},"○")').alignment = center
ws.freeze_panes = "C8"

# 記入要領 sheet
g = wb.create_sheet("記入要領")
g.column_dimensions["A"].width = 100
lines = [
 "【記入要領】",
 "1　「サイバー攻撃リスク低減のための最低限の措置」（令和6年8月1日事務連絡の別添）を参照して確認してください。",
 "2　1回目の確認結果は「はい」「いいえ」のいずれかの欄に○を付け、確認日を記入してください。",
 "3　1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
 "4　目標日以降に再度確認し、2回目の欄に○と確認日を記入してください。",
 "5　8行目の記入例は参考です（記入例の行は削除しなくてかまいません）。",
 "6　立入検査時、本チェックリストを確認します。",
]
for k, t in enumerate(lines, start=1):
    g.cell(k, 1, t).alignment = Alignment(wrap_text=True)
g["A1"].font = Font(bold=True)

wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
  "form": "checklist-minimum",
  "version": "R6",
  "file": NAME + ".xlsx",
  "values": {"facilityName": FACILITY, "entries": entries},
  "planted": [
    {"cells": [f"{SHEET}!F{rows[3]}"], "paths": ["entries[3].targetDate"],
     "why": "1回目が「いいえ」なのに目標日が空欄（いいえ ⇒ 目標日必須）"},
    {"cells": [f"{SHEET}!I{rows[5]}", f"{SHEET}!E{rows[5]}"], "paths": ["entries[5].secondDate"],
     "why": "2回目の確認日 2024/10/30 が1回目の確認日 2024/11/6 より前（2025/1/30 の打ち間違い）"},
  ],
  "notes": ("Answers are ○ marks in separate はい/いいえ columns (C/D for 1回目, G/H for 2回目); dates are real Excel date cells. "
            "Row 8 is a correctly labelled 記入例 row (greyed, A8='記入例') and is not in values. Headings are shown as "
            "'1．…','2．…','3．…' (and 'IoT機器' without the space); 'section' gives the catalogue wording with '〇'. "
            "itemNo is the hospital's own numbering shown in column A (1-1 … 3-2). The 記入者 cell (E4) is not a form key. "
            "The COUNTIF cells below the table are formulas without cached values. 2回目 was filled only for rows re-checked.")
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", rows)

#!/usr/bin/python3
# Generator: clm-w16-b — hospital-made spreadsheet version: No. / merged 区分 column / separate answer and date
# columns, Excel date cells, dropdowns, COUNTIF total without cached value, extra 記入要領 sheet. Two planted mistakes.
import datetime as dt, json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave16/checklist-minimum"
NAME = "clm-w16-b-numbered-columns-date-cells"
FAC = "医療法人 清風会 津山さくら病院"

H1 = "○パスワードを強固なものに変更し、使い回しをしない"
H2 = "○IoT 機器を含む情報資産の通信制御を確認する"
H3 = "○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
ITEMS = [
    (H1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。"),
    (H1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。"),
    (H1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。"),
    (H2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。"),
    (H2, "ネットワーク接続点へのアクセス制御を適切に実施している。"),
    (H2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。"),
    (H3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。"),
    (H3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。"),
]
D = dt.date
FILL = [
    ("はい", D(2024, 11, 12), None, None, None, None),
    ("いいえ", D(2024, 11, 12), D(2024, 12, 27), "はい", D(2024, 12, 20), "保守用アカウントの共通パスワードを廃止"),
    ("はい", D(2024, 11, 12), None, None, None, None),
    ("はい", D(2024, 11, 12), None, None, None, "電子カルテ・PACS・地域連携回線の接続点を保守業者と確認済"),
    ("いいえ", D(2024, 11, 12), None, None, None, "UTMの設定見直しを業者に依頼中"),          # PLANTED: 目標日 missing
    ("いいえ", D(2024, 11, 12), D(2025, 1, 31), "はい", D(2024, 1, 28), "ログの月次確認を開始"),  # PLANTED: 2回目 date 2024/1/28 (year slip for 2025/1/28)
    ("はい", D(2024, 11, 13), None, None, None, None),
    ("はい", D(2024, 11, 13), None, None, None, "ウイルス対策ソフトの定義ファイル自動更新を管理コンソールで確認"),
]

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
FN = "游ゴシック"
widths = {"A": 5, "B": 20, "C": 54, "D": 9, "E": 11, "F": 11, "G": 9, "H": 11, "I": 30}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("A1:I1")
ws["A1"] = "チェックリスト（最低限の措置編）　医療機関確認用"
ws["A1"].font = Font(name=FN, size=14, bold=True)
ws.merge_cells("A2:I2")
ws["A2"] = "※ 令和6年8月1日付け事務連絡「サイバー攻撃リスク低減のための最低限の措置」に基づく（岡山県作成様式を院内で表形式に作り直したもの）"
ws["A2"].font = Font(name=FN, size=9)
ws.merge_cells("A4:E4")
ws["A4"] = f"医療機関名：{FAC}"
ws["A4"].font = Font(name=FN, size=12, bold=True)

hfill = PatternFill("solid", fgColor="DDEBF7")
for rng, t in [("A6:A7", "No."), ("B6:B7", "区分"), ("C6:C7", "チェック項目"), ("D6:E6", "1回目"),
               ("F6:F7", "目標日"), ("G6:H6", "2回目"), ("I6:I7", "備考")]:
    ws.merge_cells(rng); ws[rng.split(":")[0]] = t
ws["D7"] = "はい/いいえ"; ws["E7"] = "確認日"; ws["G7"] = "はい/いいえ"; ws["H7"] = "確認日"
for r in (6, 7):
    for c in "ABCDEFGHI":
        cell = ws[f"{c}{r}"]; cell.border = box; cell.fill = hfill
        cell.font = Font(name=FN, size=10, bold=True); cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

entries = []
start = 8
groups = {}
for i, ((head, text), (a1, d1, tg, a2, d2, rem)) in enumerate(zip(ITEMS, FILL)):
    r = start + i
    groups.setdefault(head, []).append(r)
    ws[f"A{r}"] = i + 1
    ws[f"C{r}"] = text
    ws[f"D{r}"] = a1; ws[f"E{r}"] = d1
    if tg: ws[f"F{r}"] = tg
    if a2: ws[f"G{r}"] = a2
    if d2: ws[f"H{r}"] = d2
    if rem: ws[f"I{r}"] = rem
    for c in "EFH":
        ws[f"{c}{r}"].number_format = "yyyy/m/d"
    for c in "ABCDEFGHI":
        cell = ws[f"{c}{r}"]; cell.border = box; cell.font = Font(name=FN, size=10)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="left" if c in "CI" else "center")
    ws.row_dimensions[r].height = 45
    dv.add(f"D{r}"); dv.add(f"G{r}")
    e = {"section": head, "item": text, "itemNo": str(i + 1), "firstAnswer": a1, "firstDate": d1.isoformat()}
    if tg: e["targetDate"] = tg.isoformat()
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2.isoformat()
    if rem: e["remarks"] = rem
    entries.append(e)
for head, rows in groups.items():
    ws.merge_cells(f"B{rows[0]}:B{rows[-1]}")
    ws[f"B{rows[0]}"] = head
    ws[f"B{rows[0]}"].alignment = Alignment(wrap_text=True, vertical="center")
    ws[f"B{rows[0]}"].font = Font(name=FN, size=10, bold=True)
last = start + len(ITEMS) - 1
ws[f"C{last+2}"] = "「いいえ」の項目数（1回目）"
ws[f"C{last+2}"].alignment = Alignment(horizontal="right")
ws[f"D{last+2}"] = f'=COUNTIF(D{start}:D{last},"いいえ")'
ws.freeze_panes = "D8"
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0

ws2 = wb.create_sheet("記入要領")
lines = [
    "【記入要領】",
    "1　各項目について直ちに確認を行い、1回目の「はい/いいえ」欄をプルダウンから選択し、確認日を入力してください。",
    "2　1回目で「いいえ」の場合は、実施可能な直近の対応目標日を「目標日」欄に入力してください。",
    "3　目標日までに対応した後、2回目の確認を行い、結果と確認日を入力してください。",
    "4　「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "5　立入検査時、本チェックリストを確認します（保健所へ提出）。",
]
ws2.column_dimensions["A"].width = 100
for i, t in enumerate(lines, 1):
    ws2[f"A{i}"] = t
    ws2[f"A{i}"].font = Font(name=FN, size=11, bold=(i == 1))
wb.save(os.path.join(OUT, NAME + ".xlsx"))

S = "チェックリスト"
exp = {
    "form": "checklist-minimum", "version": "R6", "file": NAME + ".xlsx",
    "values": {"facilityName": FAC, "entries": entries},
    "planted": [
        {"cells": [f"{S}!F12"], "paths": ["entries[4].targetDate"],
         "why": "1回目が「いいえ」なのに目標日が空欄（「いいえ」の場合は対応目標日の記入が必要）"},
        {"cells": [f"{S}!H13", f"{S}!E13"], "paths": ["entries[5].secondDate"],
         "why": "2回目確認日 2024/1/28 が1回目確認日 2024/11/12 より前（年の打ち間違い、2025/1/28 のつもり）"},
    ],
    "notes": ("Facility name written in one cell as '医療機関名：…'. No. column 1-8 shown (itemNo). 区分 is a vertically merged "
              "column holding the ○ headings (seed wording, ○ = U+25CB). Dates are Excel date cells. D17 holds a COUNTIF "
              "formula saved by openpyxl without a cached value (not a form field). Extra sheet 記入要領 holds instructions only."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)

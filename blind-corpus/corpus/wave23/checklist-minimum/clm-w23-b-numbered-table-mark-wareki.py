#!/usr/bin/python3
# Generator: clm-w23-b — hospital IT's own re-typed table of the Okayama 「最低限の措置」編.
# Numbered rows (1-1 ... 3-2), merged 区分 column with the headings, ○/× answers (dropdown from a hidden list sheet),
# dates as 和暦 text (R6.11.5), abbreviated item text, a COUNTIF total saved without a cached value.
# Planted: 2回目 date before 1回目 date (1-2); いいえ without 目標日 (2-3).
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w23-b-numbered-table-mark-wareki"
XLSX = NAME + ".xlsx"
SHEET = "最低限の措置"

FACILITY = "医療法人 緑風会 津山みどり病院"

H1 = "パスワードを強固なものに変更し、使い回しをしない"
H2 = "IoT 機器を含む情報資産の通信制御を確認する"
H3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"

FULL = {
    "1-1": "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
    "1-2": "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
    "1-3": "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
    "2-1": "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
    "2-2": "ネットワーク接続点へのアクセス制御を適切に実施している。",
    "2-3": "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
    "3-1": "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
    "3-2": "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
}

# (no, heading, written item, a1, d1, tgt, a2, d2, remarks)
ROWS = [
    ("1-1", H1, "VPN装置等のID・パスワードを強固に設定している", "○", "R6.11.5", None, None, None, None),
    ("1-2", H1, "複数の機器・外部サービスで同一パスワードを設定していない", "×", "R6.11.5", "R6.12.27", "○", "R6.10.28",
     "複合機・NASの管理者PWが共通だった→個別化"),
    ("1-3", H1, "類推されやすいパスワードを使わないよう全利用者へ周知している", "○", "R6.11.5", None, None, None, "院内掲示・職員研修（10月）"),
    ("2-1", H2, "関係事業者と協力し、すべてのネットワーク接続点を確認している（閉域網の接続点を含む）", "○", "R6.11.6", None, None, None, None),
    ("2-2", H2, "ネットワーク接続点へのアクセス制御を適切に実施している", "○", "R6.11.6", None, None, None, None),
    ("2-3", H2, "各システム・通信制御機器のログを記録・保存し、定期的にチェックしている", "×", "R6.11.6", None, None, None,
     "UTMのログ確認方法をベンダーと相談中"),
    ("3-1", H3, "すべてのネットワーク機器のバージョンアップ・パッチ適用・FW更新を事業者と連携して確認している", "○", "R6.11.6", None, None, None, None),
    ("3-2", H3, "セキュリティ対策ソフトの稼働状況（定義ファイル更新等）を確認している", "○", "R6.11.5", None, None, None, None),
]

def wareki(s):
    # "R6.11.5" -> "2024-11-05"
    y, m, d = s[1:].split(".")
    return f"{2018 + int(y):04d}-{int(m):02d}-{int(d):02d}"

ANS = {"○": "はい", "×": "いいえ"}

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
leftwrap = Alignment(horizontal="left", vertical="center", wrap_text=True)
font = Font(name="游ゴシック", size=10)
bold = Font(name="游ゴシック", size=10, bold=True)
head = PatternFill("solid", fgColor="DDEBF7")

wb = Workbook()
ws = wb.active
ws.title = SHEET
lst = wb.create_sheet("リスト")
lst["A1"] = "○"
lst["A2"] = "×"
lst.sheet_state = "hidden"

for k, v in {"A": 6, "B": 18, "C": 46, "D": 7, "E": 10, "F": 10, "G": 7, "H": 10, "I": 28}.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "サイバー攻撃リスク低減のための最低限の措置　チェックリスト（医療機関確認用）"
ws["A1"].font = Font(name="游ゴシック", size=13, bold=True)
ws["A2"] = "医療機関名：" + FACILITY
ws["A2"].font = bold
ws["A3"] = "記入者：総務課（情報システム担当）　森"
ws["A3"].font = font
ws["A4"] = "※回答欄は ○＝はい、×＝いいえ。日付は R6.11.5 のように記入。1回目が × の項目は目標日を記入すること。"
ws["A4"].font = Font(name="游ゴシック", size=9, color="C00000")

HR = 6
hdr1 = {"A": "No.", "B": "区分", "C": "確認項目", "D": "1回目", "F": "目標日", "G": "2回目", "I": "備考"}
for col, t in hdr1.items():
    ws[f"{col}{HR}"] = t
ws.merge_cells(f"A{HR}:A{HR+1}")
ws.merge_cells(f"B{HR}:B{HR+1}")
ws.merge_cells(f"C{HR}:C{HR+1}")
ws.merge_cells(f"D{HR}:E{HR}")
ws.merge_cells(f"F{HR}:F{HR+1}")
ws.merge_cells(f"G{HR}:H{HR}")
ws.merge_cells(f"I{HR}:I{HR+1}")
ws[f"D{HR+1}"] = "回答"
ws[f"E{HR+1}"] = "確認日"
ws[f"G{HR+1}"] = "回答"
ws[f"H{HR+1}"] = "確認日"
for rr in (HR, HR + 1):
    for col in "ABCDEFGHI":
        c = ws[f"{col}{rr}"]
        c.font = bold
        c.alignment = center
        c.fill = head
        c.border = box

dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)

first = HR + 2
entries = []
rowof = {}
r = first
for no, heading, written, a1, d1, tgt, a2, d2, rem in ROWS:
    vals = {"A": no, "B": heading, "C": written, "D": a1, "E": d1, "F": tgt, "G": a2, "H": d2, "I": rem}
    for col, v in vals.items():
        c = ws[f"{col}{r}"]
        c.value = v
        c.font = font
        c.border = box
        c.alignment = leftwrap if col in "BCI" else center
    ws.row_dimensions[r].height = 36
    e = {"section": heading, "item": FULL[no], "itemNo": no, "firstAnswer": ANS[a1], "firstDate": wareki(d1)}
    if tgt:
        e["targetDate"] = wareki(tgt)
    if a2:
        e["secondAnswer"] = ANS[a2]
    if d2:
        e["secondDate"] = wareki(d2)
    if rem:
        e["remarks"] = rem
    entries.append(e)
    rowof[no] = r
    r += 1
last = r - 1
dv.add(f"D{first}:D{last}")
dv.add(f"G{first}:G{last}")

# merge the 区分 column per heading
start = first
for i in range(first, last + 2):
    if i > last or ws[f"B{i}"].value != ws[f"B{start}"].value:
        if i - 1 > start:
            ws.merge_cells(f"B{start}:B{i-1}")
        start = i

r = last + 2
ws[f"C{r}"] = "1回目「×」の件数"
ws[f"C{r}"].alignment = Alignment(horizontal="right")
ws[f"C{r}"].font = bold
ws[f"D{r}"] = f'=COUNTIF(D{first}:D{last},"×")'
ws[f"D{r}"].alignment = center
ws[f"D{r}"].border = box

ws.freeze_panes = f"D{first}"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4

wb.save(os.path.join(HERE, XLSX))

expected = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": XLSX,
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [
        {"cells": [f"{SHEET}!E{rowof['1-2']}", f"{SHEET}!H{rowof['1-2']}"],
         "paths": ["entries[1].secondDate"],
         "why": "2回目の確認日 R6.10.28 が1回目の確認日 R6.11.5 より前（2回目の日付は1回目以降でなければならない）"},
        {"cells": [f"{SHEET}!F{rowof['2-3']}"],
         "paths": ["entries[5].targetDate"],
         "why": "1回目が「×（いいえ）」なのに目標日が空欄（いいえの場合は目標日が必須）"},
    ],
    "notes": ("Hospital's own re-typed table. ○ = はい, × = いいえ (legend in A4; dropdown from hidden sheet 'リスト'). "
              "Dates are text in 和暦 short form R6.11.5 = 2024-11-05. Item text is abbreviated in the workbook; 'item' "
              "gives the seed's full wording. itemNo is the hospital's own numbering shown in column A. Section = the "
              "heading in the merged 区分 column (no ○ mark). A3 記入者 is not a form key. D17 holds =COUNTIF(...) saved "
              "by openpyxl with no cached value (not a key)."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print(rowof, "count row", last + 2)

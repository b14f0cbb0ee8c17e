#!/usr/bin/python3
# Generator: checklist-minimum, workbook b (2 planted problems). Saved by openpyxl, then re-saved by LibreOffice.
# Run: PYTHONPATH=/tmp/blind-clmclh-lib /usr/bin/python3 THIS.py
import json, os, subprocess, shutil
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w44-b-numbered-mark-columns-wareki"
TMP = "/tmp/blind-clmclh-tmp"
SHEET = "最低限の措置編"

# canonical heading text (catalogue form) -> as printed in this workbook (seed's ○)
H1 = "〇パスワードを強固なものに変更し、使い回しをしない"
H2 = "〇IoT 機器を含む情報資産の通信制御を確認する"
H3 = "〇ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
def printed(h):
    return "○" + h[1:]

def wareki_to_iso(s):
    # "R6.11.5" -> "2024-11-05"
    era, m, d = s[1:].split(".")
    return "%04d-%02d-%02d" % (2018 + int(era), int(m), int(d))

# (no, section, item, first, firstDate(text), target, second, secondDate, remarks)
rows = [
    ("H", H1),
    ("1", H1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい", "R6.11.5", None, None, None, None),
    ("2", H1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "いいえ", "R6.11.5", "R7.1.31", "はい", "R7.1.24", "機器ごとに異なるパスワードへ変更済"),
    ("3", H1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "はい", "R6.11.5", None, None, None, "ポスター掲示・朝礼で周知"),
    ("H", H2),
    ("4", H2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "はい", "R6.11.5", None, None, None, None),
    ("5", H2, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "いいえ", "R6.11.5", "R7.6.30", None, None, "UTM更新時に設定見直し予定"),
    ("6", H2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "はい", "R6.11.6", None, None, None, None),
    ("H", H3),
    ("7", H3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "はい", "R6.11.6", None, None, None, "保守契約で年2回実施"),
    ("8", H3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい", None, None, None, None, None),   # planted: 1回目 date left blank
]
FACILITY = "医療法人社団 清和会 吉備高原病院"

wb = Workbook()
ws = wb.active
ws.title = SHEET
thin = Side(style="thin"); hair = Side(style="hair")
border = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")
widths = {"A": 6, "B": 58, "C": 2, "D": 6, "E": 6, "F": 10, "G": 10, "H": 6, "I": 6, "J": 10, "K": 28}
for c, w in widths.items():
    ws.column_dimensions[c].width = w

ws.merge_cells("A1:K1")
ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト　「サイバー攻撃リスク低減のための最低限の措置」編（医療機関確認用）"
ws["A1"].font = Font(size=13, bold=True)
ws.merge_cells("A3:G3")
ws["A3"] = "医療機関名：" + FACILITY
ws["A3"].font = Font(size=12)
ws["A3"].border = Border(bottom=thin)
ws.merge_cells("A4:K4")
ws["A4"] = "※該当する欄に○を記入し、確認日を記入してください（例：R6.10.1）。1回目が「いいえ」の場合は目標日を記入してください。"
ws["A4"].font = Font(size=9)

# header rows 6-7 (column C is a blank spacer)
ws.merge_cells("A6:A7"); ws["A6"] = "No."
ws.merge_cells("B6:B7"); ws["B6"] = "チェック項目"
ws.merge_cells("D6:F6"); ws["D6"] = "1回目"
ws.merge_cells("G6:G7"); ws["G6"] = "目標日"
ws.merge_cells("H6:J6"); ws["H6"] = "2回目"
ws.merge_cells("K6:K7"); ws["K6"] = "備考"
for c, t in zip("DEFHIJ", ["はい", "いいえ", "確認日", "はい", "いいえ", "確認日"]):
    ws[f"{c}7"] = t
for r in (6, 7):
    for c in "ABDEFGHIJK":
        ws[f"{c}{r}"].border = border
        ws[f"{c}{r}"].alignment = center
        ws[f"{c}{r}"].font = Font(bold=True)
        ws[f"{c}{r}"].fill = PatternFill("solid", fgColor="FFF2CC")

# correctly labelled example row (must be ignored)
ex = {"A": "記入例", "B": "（例）〇〇〇〇について確認している。", "E": "○", "F": "R6.10.1",
      "G": "R6.11.30", "H": "○", "J": "R6.11.20", "K": "（例）事業者へ依頼済み"}
for c in "ABDEFGHIJK":
    cell = ws[f"{c}8"]
    cell.value = ex.get(c)
    cell.border = border
    cell.font = Font(italic=True, color="808080")
    cell.alignment = wrap if c in "BK" else center
    cell.fill = PatternFill("solid", fgColor="EDEDED")

entries = []
r = 9
for row in rows:
    if row[0] == "H":
        ws.merge_cells(f"A{r}:K{r}")
        ws[f"A{r}"] = printed(row[1])
        ws[f"A{r}"].font = Font(bold=True)
        for c in "ABCDEFGHIJK":
            ws[f"{c}{r}"].border = Border(top=thin, bottom=thin, left=thin if c == "A" else None, right=thin if c == "K" else None)
        r += 1
        continue
    no, sec, item, a1, d1, tg, a2, d2, rem = row
    ws[f"A{r}"] = no
    ws[f"B{r}"] = item
    ws[f"D{r}" if a1 == "はい" else f"E{r}"] = "○"
    if d1: ws[f"F{r}"] = d1
    if tg: ws[f"G{r}"] = tg
    if a2: ws[f"H{r}" if a2 == "はい" else f"I{r}"] = "○"
    if d2: ws[f"J{r}"] = d2
    if rem: ws[f"K{r}"] = rem
    for c in "ABDEFGHIJK":
        ws[f"{c}{r}"].border = border
        ws[f"{c}{r}"].alignment = wrap if c in "BK" else center
    ws.row_dimensions[r].height = 45
    e = {"section": sec, "item": item, "itemNo": no, "firstAnswer": a1}
    if d1: e["firstDate"] = wareki_to_iso(d1)
    if tg: e["targetDate"] = wareki_to_iso(tg)
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = wareki_to_iso(d2)
    if rem: e["remarks"] = rem
    entries.append((r, e))
    r += 1

# instructions sheet
ins = wb.create_sheet("記入要領")
lines = [
    "記入要領",
    "1. 各項目について確認を行い、1回目の「はい」「いいえ」のいずれかの欄に○を記入してください。",
    "2. 確認日は和暦略記（例：R6.10.1）で記入してください。",
    "3. 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください（令和7年3月31日まで）。",
    "4. 目標日までに対応した項目は、2回目の欄に○と確認日を記入してください。",
    "5. 「記入例」の行は参考です（削除不要）。",
    "6. 立入検査の際に保健所へ提出してください。",
    "参照：令和6年8月1日付け事務連絡「医療機関等におけるサイバーセキュリティ対策の取組みについて」別添「サイバー攻撃リスク低減のための最低限の措置」",
]
for i, t in enumerate(lines, 1):
    ins[f"A{i}"] = t
ins["A1"].font = Font(bold=True, size=12)
ins.column_dimensions["A"].width = 110

os.makedirs(TMP, exist_ok=True)
tmp = os.path.join(TMP, NAME + ".xlsx")
wb.save(tmp)
out = os.path.join(HERE, NAME + ".xlsx")
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", HERE, tmp], check=True)

by_row = dict(entries)
row_of = {e["itemNo"]: rr for rr, e in entries}
exp = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": [e for _, e in entries]},
    "planted": [
        {"cells": [f"{SHEET}!G{row_of['5']}", f"{SHEET}!E{row_of['5']}"], "paths": ["entries[4].targetDate"],
         "why": "1回目 いいえ; 目標日 R7.6.30 (2025-06-30) is outside the form's fiscal year (令和6年度, ends 2025-03-31)"},
        {"cells": [f"{SHEET}!F{row_of['8']}"], "paths": ["entries[7].firstDate"],
         "why": "1回目 answered はい (○) but the 1回目 確認日 is blank; every item needs a 1回目 answer and date"},
    ],
    "notes": "Answers are ○ marks in separate はい / いいえ columns; dates are text in 和暦 short form (R6.11.5). "
             "Row 8 is a correctly labelled 記入例 row and is not data. Headings are printed with ○ (U+25CB) as in the seed; "
             "section values use the catalogue's 〇 wording. Column C is a blank spacer. Re-saved by LibreOffice. "
             "Extra sheet 記入要領 holds instructions only.",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("wrote", out)

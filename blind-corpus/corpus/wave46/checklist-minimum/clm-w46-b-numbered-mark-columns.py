#!/usr/bin/python3
# Generator: clm-w46-b-numbered-mark-columns.xlsx  (checklist-minimum, R6, 2 planted problems)
# Role: a hospital's 医事課 person who redrew the Okayama checklist as a numbered table with
# ○-mark columns for はい/いいえ and real Excel date cells, plus a 記入要領 sheet and a labelled 記入例 row.
import sys, json, os, datetime as dt
sys.path.insert(0, "/tmp/clx_py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w46-b-numbered-mark-columns"
D = dt.date

H1 = "〇パスワードを強固なものに変更し、使い回しをしない"
H2 = "〇IoT 機器を含む情報資産の通信制御を確認する"
H3 = "〇ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
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
# (first answer, first date, target, second answer, second date, remarks)
FILL = [
 ("はい", D(2024,10,15), None, None, None, None),
 ("はい", D(2024,10,15), None, None, None, None),
 ("いいえ", D(2024,10,15), D(2024,11,30), "はい", D(2024,11,28), "11/28 全職員向け周知文を配布、朝礼でも周知"),
 ("はい", D(2024,10,16), None, None, None, "電子カルテベンダ・回線事業者立会いで確認"),
 ("いいえ", D(2024,10,16), None, None, None, "業者と調整中"),                       # PLANTED: 目標日 missing
 ("はい", D(2024,10,16), None, None, None, None),
 ("いいえ", D(2024,10,16), D(2024,12,27), "はい", D(2024,10,2), "ルータFW更新済"),  # PLANTED: 2回目 before 1回目
 ("はい", D(2024,10,15), None, None, None, None),
]
FACILITY = "医療法人 備中会 総社さくら病院"

wb = Workbook()
guide = wb.active; guide.title = "記入要領"
lines = [
 "【記入要領】チェックリスト（最低限の措置編）",
 "1. 各項目について確認し、1回目の「はい」「いいえ」いずれかの欄に○を記入してください。",
 "2. 確認日は 2024/10/1 のように日付で入力してください。",
 "3. 1回目が「いいえ」の場合は、実施可能な直近の対応目標日を必ず記入してください。",
 "4. 目標日までに対応できたら、2回目の欄に○と確認日を記入してください。",
 "5. 記入例の行は消さずにそのままで構いません（集計対象外）。",
 "※ 令和6年度医療機関立入検査（サイバーセキュリティ対策関係）提出書類３",
]
guide.column_dimensions["A"].width = 100
for i, t in enumerate(lines, 1):
    guide.cell(i, 1, t).font = Font(bold=(i == 1))

ws = wb.create_sheet("チェックリスト")
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
widths = dict(A=5, B=22, C=56, D=5, E=6, F=11, G=11, H=5, I=6, J=11, K=26)
for k, v in widths.items(): ws.column_dimensions[k].width = v
ws.merge_cells("A1:K1")
ws["A1"] = "サイバーセキュリティ対策チェックリスト（サイバー攻撃リスク低減のための最低限の措置編）"
ws["A1"].font = Font(size=13, bold=True)
ws.merge_cells("A2:F2")
ws["A2"] = "医療機関名：" + FACILITY + "　"
ws["A2"].font = Font(size=11, bold=True)
# header rows 4-5
for rng, t in [("A4:A5", "No."), ("B4:B5", "区分"), ("C4:C5", "チェック項目"), ("D4:F4", "1回目"),
               ("G4:G5", "目標日"), ("H4:J4", "2回目"), ("K4:K5", "備考")]:
    ws.merge_cells(rng); ws[rng.split(":")[0]] = t
for c, t in zip("DEFHIJ", ["はい", "いいえ", "確認日", "はい", "いいえ", "確認日"]):
    ws[f"{c}5"] = t
hfill = PatternFill("solid", fgColor="DDEBF7")
for r in (4, 5):
    for c in range(1, 12):
        ws.cell(r, c).border = box; ws.cell(r, c).alignment = center; ws.cell(r, c).fill = hfill
# 記入例 row (correctly labelled, to be ignored)
ex = ["記入例", "（例）", "○○○○について確認している。", None, "○", D(2024,10,1), D(2024,11,30), "○", None, D(2024,11,20), "例：業者へ依頼済み"]
gfill = PatternFill("solid", fgColor="EDEDED")
for c, v in enumerate(ex, 1):
    cell = ws.cell(6, c, v); cell.fill = gfill; cell.border = box
    cell.alignment = center if c not in (3, 11) else wrap
    cell.font = Font(color="808080", italic=True)
    if isinstance(v, dt.date): cell.number_format = "yyyy/m/d"

entries = []; cellmap = []
r0 = 7
groups = {}
for i, ((head, item), (a1, d1, tg, a2, d2, rem)) in enumerate(zip(ITEMS, FILL)):
    r = r0 + i
    groups.setdefault(head, []).append(r)
    ws.cell(r, 1, i + 1)
    ws.cell(r, 3, item)
    ws.cell(r, 4 if a1 == "はい" else 5, "○")
    ws.cell(r, 6, d1)
    if tg: ws.cell(r, 7, tg)
    if a2: ws.cell(r, 8 if a2 == "はい" else 9, "○")
    if d2: ws.cell(r, 10, d2)
    if rem: ws.cell(r, 11, rem)
    for c in range(1, 12):
        cell = ws.cell(r, c); cell.border = box
        cell.alignment = wrap if c in (3, 11) else center
        if c in (6, 7, 10): cell.number_format = "yyyy/m/d"
    ws.row_dimensions[r].height = 45
    e = dict(section=head, item=item, itemNo=str(i + 1), firstAnswer=a1, firstDate=d1.isoformat())
    cm = dict(itemNo=f"A{r}", firstAnswer=f"{'D' if a1 == 'はい' else 'E'}{r}", firstDate=f"F{r}")
    if tg: e["targetDate"] = tg.isoformat(); cm["targetDate"] = f"G{r}"
    if a2: e["secondAnswer"] = a2; cm["secondAnswer"] = f"{'H' if a2 == 'はい' else 'I'}{r}"
    if d2: e["secondDate"] = d2.isoformat(); cm["secondDate"] = f"J{r}"
    if rem: e["remarks"] = rem; cm["remarks"] = f"K{r}"
    entries.append(e); cellmap.append(cm)
for head, rows in groups.items():
    ws.merge_cells(start_row=rows[0], start_column=2, end_row=rows[-1], end_column=2)
    ws.cell(rows[0], 2, head).alignment = wrap
last = r0 + len(ITEMS) - 1
ws.freeze_panes = "D6"
ws.page_setup.orientation = "landscape"
wb.active = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))

sh = ws.title
exp = {
 "form": "checklist-minimum", "version": "R6", "file": NAME + ".xlsx",
 "values": {"facilityName": FACILITY, "entries": entries},
 "planted": [
  {"cells": [f"{sh}!G{r0+4}"], "paths": ["entries[4].targetDate"],
   "why": "1回目が「いいえ」なのに目標日が未記入（いいえ ⇒ 目標日必須）"},
  {"cells": [f"{sh}!J{r0+6}", f"{sh}!F{r0+6}"], "paths": ["entries[6].secondDate"],
   "why": "2回目確認日 2024-10-02 が1回目確認日 2024-10-16 より前（日付の順序が逆）"},
 ],
 "notes": ("はい/いいえ are ○ marks in separate はい/いいえ columns (1回目 D/E, 2回目 H/I); dates are Excel date cells. "
           "Row 6 is a correctly labelled 記入例 row and is not data. Section is written once in a vertically merged 区分 cell "
           "per heading. itemNo is the No. column (1-8). Sheet '記入要領' is instructions only. "
           "医療機関名 shares its cell with the label (医療機関名：…) and has a trailing full-width space."),
}
json.dump(exp, open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
json.dump({"sheet": sh, "cells": cellmap, "facility": "A2"}, open(f"/tmp/clx_{NAME}.cells.json", "w"), ensure_ascii=False)
print("ok", NAME)

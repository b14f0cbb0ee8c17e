#!/usr/bin/python3
# Generator: checklist-minimum, workbook b (hospital IT person's own grid: No./区分 column, ○ marks, date cells;
# 記入要領 sheet first, a labelled 記入例 row, a COUNTIF total without cached value). Two planted problems.
# Run with: PYTHONPATH=/tmp/clmclh-py /usr/bin/python3 THIS.py
import datetime as dt, json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave40/checklist-minimum"
NAME = "clm-w40-b-numbered-grid-mark-columns"
FAC = "一般財団法人美作医療福祉会　美作中央病院"
SH = "チェックリスト"

S1 = "パスワードを強固なものに変更し、使い回しをしない"
S2 = "IoT 機器を含む情報資産の通信制御を確認する"
S3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
D = dt.date
# section, item, 1回目 answer, 1回目 date, 目標日, 2回目 answer, 2回目 date, 備考
ROWS = [
    (S1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい", D(2024, 11, 5), None, None, None, None),
    (S1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "はい", D(2024, 11, 5), None, None, None, None),
    (S1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "いいえ", D(2024, 11, 5), D(2024, 12, 27), "はい", D(2024, 12, 20), "全職員向けに院内メール・ポスターで周知"),
    (S2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "はい", D(2024, 11, 6), None, None, None, "電子カルテ・PACS・地域連携回線を各業者と確認"),
    # PLANTED 1: いいえ but 目標日 left blank
    (S2, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "いいえ", D(2024, 11, 6), None, None, None, "UTMの設定見直しを業者に依頼中"),
    (S2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "はい", D(2024, 11, 6), None, None, None, None),
    (S3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "はい", D(2024, 11, 7), None, None, None, None),
    # PLANTED 2: 1回目 answered but 確認日 left blank
    (S3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい", None, None, None, None, "ウイルス対策ソフトの管理画面で確認"),
]

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
hdr_fill = PatternFill("solid", fgColor="FCE4D6")

wb = Workbook()
ins = wb.active; ins.title = "記入要領"
ins.column_dimensions["A"].width = 100
for i, t in enumerate([
    "【記入要領】チェックリスト（最低限の措置編）",
    "1. 「チェックリスト」シートの各項目について、1回目の確認結果を「はい」「いいえ」欄に○を付けてください。",
    "2. 確認日は 2024/10/1 のように入力してください。",
    "3. 1回目が「いいえ」の項目は、実施可能な直近の対応目標日を「目標日」欄に入力してください。",
    "4. 目標日までに対応したら、2回目の確認結果と確認日を入力してください。",
    "5. 8行目は記入例です（消さずに残してかまいません）。",
    "参考：令和6年8月1日事務連絡「医療機関等におけるサイバーセキュリティ対策の取組みについて」別添「サイバー攻撃リスク低減のための最低限の措置」",
], start=1):
    ins.cell(i, 1, t).alignment = Alignment(wrap_text=True)
ins["A1"].font = Font(bold=True, size=13)

ws = wb.create_sheet(SH)
widths = dict(A=6, B=22, C=58, D=6, E=6, F=12, G=16, H=6, I=6, J=12, K=30)
for k, v in widths.items(): ws.column_dimensions[k].width = v
ws["A1"] = "サイバーセキュリティ対策チェックリスト（最低限の措置編）　医療機関確認用"; ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "医療機関名：" + FAC; ws["A3"].font = Font(size=12)
ws["A4"] = "記入者：情報システム室　岡田"
ws["H3"] = "※○を付ける"; ws["H3"].font = Font(color="808080", size=9)

h = 6
heads1 = {1: "No.", 2: "区分", 3: "チェック項目", 4: "1回目", 7: "目標日", 8: "2回目", 11: "備考"}
for c, t in heads1.items(): ws.cell(h, c, t)
for c in (1, 2, 3, 7, 11): ws.merge_cells(start_row=h, start_column=c, end_row=h + 1, end_column=c)
ws.merge_cells(start_row=h, start_column=4, end_row=h, end_column=6)
ws.merge_cells(start_row=h, start_column=8, end_row=h, end_column=10)
for c, t in {4: "はい", 5: "いいえ", 6: "確認日", 8: "はい", 9: "いいえ", 10: "確認日"}.items(): ws.cell(h + 1, c, t)
for rr in (h, h + 1):
    for cc in range(1, 12):
        x = ws.cell(rr, cc); x.border = B; x.alignment = center; x.font = Font(bold=True); x.fill = hdr_fill
# 記入例 row (correctly labelled, must be ignored)
ex = h + 2
exv = {1: "記入例", 2: "（例）", 3: "（例）○○○○を確認している。", 5: "○", 6: D(2024, 10, 1), 7: D(2024, 11, 30),
       8: "○", 10: D(2024, 11, 28), 11: "（例）○月に業者と対応済み"}
for cc in range(1, 12):
    x = ws.cell(ex, cc, exv.get(cc)); x.border = B; x.fill = PatternFill("solid", fgColor="EDEDED")
    x.font = Font(italic=True, color="7F7F7F"); x.alignment = center if cc != 3 else wrap
    if isinstance(exv.get(cc), dt.date): x.number_format = "yyyy/m/d"
r0 = ex + 1
entries = []; planted = []
sec_start = {}
for i, (sec, item, a1, d1, tg, a2, d2, rem) in enumerate(ROWS):
    r = r0 + i
    ws.cell(r, 1, i + 1)
    sec_start.setdefault(sec, [r, r])[1] = r
    ws.cell(r, 3, item)
    ws.cell(r, 4 if a1 == "はい" else 5, "○")
    if d1: ws.cell(r, 6, d1)
    if tg: ws.cell(r, 7, tg)
    if a2: ws.cell(r, 8 if a2 == "はい" else 9, "○")
    if d2: ws.cell(r, 10, d2)
    if rem: ws.cell(r, 11, rem)
    for cc in range(1, 12):
        x = ws.cell(r, cc); x.border = B
        x.alignment = wrap if cc in (3, 11) else center
    for cc in (6, 10): ws.cell(r, cc).number_format = "yyyy/m/d"
    ws.cell(r, 7).number_format = '[$-ja-JP]ggge"年"m"月"d"日"'
    ws.row_dimensions[r].height = 48
    e = dict(section=sec, item=item, itemNo=str(i + 1), firstAnswer=a1)
    if d1: e["firstDate"] = d1.isoformat()
    if tg: e["targetDate"] = tg.isoformat()
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2.isoformat()
    if rem: e["remarks"] = rem
    entries.append(e)
    if a1 == "いいえ" and not tg:
        planted.append({"cells": [f"{SH}!G{r}"], "paths": [f"entries[{i}].targetDate"],
                        "why": "1回目が「いいえ」なのに目標日が空欄（「いいえ」の場合は対応目標日を記入すること）"})
    if d1 is None:
        planted.append({"cells": [f"{SH}!F{r}"], "paths": [f"entries[{i}].firstDate"],
                        "why": "1回目の回答（はい）はあるが確認日が空欄（全項目に1回目の回答と確認日が必要）"})
for sec, (a, b) in sec_start.items():
    ws.cell(a, 2, "○" + sec).alignment = wrap
    ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
last = r0 + len(ROWS) - 1
t = last + 2
ws.cell(t, 3, "「いいえ」の件数（1回目）").alignment = Alignment(horizontal="right")
ws.cell(t, 5, f'=COUNTIF(E{r0}:E{last},"○")')
ws.freeze_panes = f"D{r0}"
ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
wb.active = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "checklist-minimum", "version": "R6", "file": NAME + ".xlsx",
    "values": {"facilityName": FAC, "entries": entries},
    "planted": planted,
    "notes": ("Answers are ○ marks in separate はい / いいえ columns; dates are Excel date cells (目標日 shown in 和暦 format). "
              "Row 8 is a correctly labelled 記入例 row and is not data. itemNo = the No. column (1-8). section = the 区分 "
              "heading without the ○ bullet. facilityName is written with its label in one cell (医療機関名：...). "
              "記入者 in A4 has no key. The COUNTIF total in E" + str(t) + " is an openpyxl formula with no cached value."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", planted)

#!/usr/bin/python3
# clm-w13-b: Okayama 最低限の措置編 re-drawn by the hospital as an input table: はい/いいえ as separate
# columns marked with 「レ」, a labelled 記入例 row, hidden choice sheet, mixed date styles. 2 planted problems.
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave13/checklist-minimum"
NAME = "clm-w13-b-mark-columns-example"
FAC = "医療法人 白桃会 せとうち東病院"
SH = "入力"

H1 = "パスワードを強固なものに変更し、使い回しをしない"
H2 = "IoT 機器を含む情報資産の通信制御を確認する"
H3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
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
D = dt.datetime
# (first, firstDate, targetText, targetCanon, second, secondDate, remarks)
FILL = [
 ("はい", D(2024,11,5), None, None, None, None, None),
 ("はい", D(2024,11,5), None, None, None, None, None),
 ("いいえ", D(2024,11,5), "R6.12.27", "2024-12-27", "はい", D(2024,12,24), "全職員向け情報セキュリティ研修で周知（12月）"),
 ("はい", D(2024,11,6), None, None, None, None, "接続点一覧は別紙ネットワーク構成図を参照"),
 ("いいえ", D(2024,11,6), None, None, None, None, "事業者と調整中"),               # PLANTED: no 目標日
 ("はい", D(2024,11,6), None, None, None, None, None),
 ("いいえ", D(2024,11,7), "R7.2.28", "2025-02-28", "はい", D(2024,10,30), "FW更新は保守業者が実施"),  # PLANTED: 2回目 < 1回目
 ("はい", D(2024,11,7), None, None, None, None, None),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
ctr = Alignment(wrap_text=True, vertical="center", horizontal="center")
hdrfill = PatternFill("solid", fgColor="DDEBF7")

wb = Workbook(); ws = wb.active; ws.title = SH
widths = dict(A=6, B=18, C=60, D=6, E=6, F=12, G=11, H=6, I=6, J=16, K=30)
for k, v in widths.items(): ws.column_dimensions[k].width = v
ws["A1"] = "チェックリスト（最低限の措置編）　入力シート"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "医療機関名"; ws.merge_cells("C2:F2"); ws["C2"] = FAC
ws["A3"] = "※ 該当欄に「レ」を入力してください。日付は西暦・和暦どちらでも可。「いいえ」の場合は目標日を記入。"
ws["A3"].font = Font(size=9, color="C00000")
# two-row header
hdr = [("A", "No."), ("B", "区分"), ("C", "チェック項目"), ("G", "目標日"), ("K", "備考")]
for col, t in hdr:
    ws.merge_cells(f"{col}5:{col}6"); ws[f"{col}5"] = t
ws.merge_cells("D5:F5"); ws["D5"] = "1回目"
ws.merge_cells("H5:J5"); ws["H5"] = "2回目"
for col, t in zip("DEFHIJ", ("はい", "いいえ", "確認日", "はい", "いいえ", "確認日")):
    ws[f"{col}6"] = t
for r in (5, 6):
    for c in range(1, 12):
        ws.cell(r, c).border = B; ws.cell(r, c).alignment = ctr; ws.cell(r, c).fill = hdrfill
# 記入例 row (correctly labelled; must be ignored)
ex = {"A": "記入例", "B": "（例）○○○○", "C": "（例）○○○○を行っている。", "E": "レ", "F": D(2024,10,1),
      "G": "R6.12.27", "H": "レ", "J": D(2024,12,20), "K": "（例）事業者と対応済"}
grey = Font(color="808080", italic=True)
for c in range(1, 12): ws.cell(7, c).border = B; ws.cell(7, c).font = grey
for k, v in ex.items():
    ws[f"{k}7"] = v; ws[f"{k}7"].font = grey; ws[f"{k}7"].alignment = ctr if k != "C" else wrap
ws["F7"].number_format = "yyyy/m/d"; ws["J7"].number_format = '[$-ja-JP]ggge"年"m"月"d"日"'

entries = []; cells = {}
r0 = 8
for i, ((sec, item), (a1, d1, tg, tgc, a2, d2, rem)) in enumerate(zip(ITEMS, FILL)):
    r = r0 + i
    ws.cell(r, 1, i + 1); ws.cell(r, 3, item)
    ws.cell(r, 4 if a1 == "はい" else 5, "レ")
    ws.cell(r, 6, d1).number_format = "yyyy/m/d"
    if tg: ws.cell(r, 7, tg)
    if a2: ws.cell(r, 8 if a2 == "はい" else 9, "レ")
    if d2: ws.cell(r, 10, d2).number_format = '[$-ja-JP]ggge"年"m"月"d"日"'
    if rem: ws.cell(r, 11, rem)
    for c in range(1, 12):
        ws.cell(r, c).border = B
        ws.cell(r, c).alignment = wrap if c in (2, 3, 11) else ctr
    ws.row_dimensions[r].height = 42
    e = {"section": sec, "item": item, "itemNo": str(i + 1), "firstAnswer": a1, "firstDate": d1.strftime("%Y-%m-%d")}
    if tgc: e["targetDate"] = tgc
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2.strftime("%Y-%m-%d")
    if rem: e["remarks"] = rem
    entries.append(e); cells[i] = r
# section merged vertically
for (a, b, h) in ((8, 10, H1), (11, 13, H2), (14, 15, H3)):
    ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    ws.cell(a, 2, "○" + h).alignment = wrap
ws.freeze_panes = "D7"

# hidden choices sheet + validation
ls = wb.create_sheet("選択肢"); ls["A1"] = "レ"; ls["A2"] = "✓"; ls.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)
for col in "DEHI": dv.add(f"{col}8:{col}15")

wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
 "form": "checklist-minimum", "version": "R6", "file": NAME + ".xlsx",
 "values": {"facilityName": FAC, "entries": entries},
 "planted": [
  {"cells": [f"{SH}!G{cells[4]}"], "paths": ["entries[4].targetDate"],
   "why": "1回目が「いいえ」なのに目標日が未記入（「いいえ」の場合は実施可能な直近の対応目標日を記入）"},
  {"cells": [f"{SH}!J{cells[6]}", f"{SH}!F{cells[6]}"], "paths": ["entries[6].secondDate", "entries[6].firstDate"],
   "why": "2回目確認日（令和6年10月30日）が1回目確認日（2024/11/7）より前になっている"},
 ],
 "notes": ("Sheet 入力: row 7 is a correctly labelled 記入例 row (ignore); data rows 8-15. Answers are 「レ」 marks in "
           "separate はい / いいえ columns (D/E for 1回目, H/I for 2回目). 1回目確認日 are Excel date cells; 目標日 are 和暦 "
           "text 'R6.12.27' / 'R7.2.28'; 2回目確認日 are Excel date cells shown in 和暦 format. 区分 is a vertically merged "
           "cell holding the ○ heading; section given without the ○. itemNo is the No. column (integers 1-8 in the cells). "
           "Hidden sheet 選択肢 holds the dropdown list only.")
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print(cells)

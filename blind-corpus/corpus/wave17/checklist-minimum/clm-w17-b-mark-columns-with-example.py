# Generator for clm-w17-b-mark-columns-with-example.xlsx
# Role: a 保健所 redrew the Okayama 最低限の措置 form with split mark columns (○ under はい / いいえ),
# a labelled 記入例 row and a 記入要領 sheet; a hospital IT person filled it.
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave17/checklist-minimum"
NAME = "clm-w17-b-mark-columns-with-example"
FAC = "医療法人 美作会 津山みなみ病院"
SHEET = "チェックリスト"

HEADS = [
 ("Ⅰ", "パスワードを強固なものに変更し、使い回しをしない"),
 ("Ⅱ", "IoT 機器を含む情報資産の通信制御を確認する"),
 ("Ⅲ", "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"),
]
I = [
 (0, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。"),
 (0, "複数の機器や外部サービス等で、同一のパスワードを設定していない。"),
 (0, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。"),
 (1, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。"),
 (1, "ネットワーク接続点へのアクセス制御を適切に実施している。"),
 (1, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。"),
 (2, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。"),
 (2, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。"),
]
D = dt.datetime
# per item: (1回目 answer or None, 1回目 date cell, 目標日 cell, 2回目 answer, 2回目 date cell, 備考)
FILL = [
 ("はい", D(2024, 11, 5), None, None, None, None),
 ("いいえ", D(2024, 11, 5), "R6.12.20", "はい", "令和6年12月18日", "共通PWの機器3台あり。事業者に変更依頼済"),
 ("はい", D(2024, 11, 6), None, None, None, "11/6 職員向け通知文を配布"),
 ("はい", D(2024, 11, 12), None, None, None, "電子カルテ・PACS・地域連携の3接続点"),
 (None, D(2024, 11, 12), None, None, None, None),          # PLANTED: answer mark forgotten
 ("はい", D(2024, 11, 12), None, None, None, None),
 ("いいえ", D(2024, 11, 5), "R6.10.31", None, None, "ルータのファーム更新を事業者に依頼中"),  # PLANTED: target before 1st date
 ("はい", D(2024, 11, 6), None, None, None, None),
]
CANON = [
 dict(firstAnswer="はい", firstDate="2024-11-05"),
 dict(firstAnswer="いいえ", firstDate="2024-11-05", targetDate="2024-12-20", secondAnswer="はい", secondDate="2024-12-18"),
 dict(firstAnswer="はい", firstDate="2024-11-06"),
 dict(firstAnswer="はい", firstDate="2024-11-12"),
 dict(firstDate="2024-11-12"),
 dict(firstAnswer="はい", firstDate="2024-11-12"),
 dict(firstAnswer="いいえ", firstDate="2024-11-05", targetDate="2024-10-31"),
 dict(firstAnswer="はい", firstDate="2024-11-06"),
]

wb = Workbook()
wi = wb.active; wi.title = "記入要領"
lines = [
 "【記入要領】チェックリスト（「サイバー攻撃リスク低減のための最低限の措置」編）",
 "",
 "1　各項目について直ちに確認を行い、1回目の「はい」「いいえ」いずれかの欄に○を記入し、確認日を記入してください。",
 "2　1回目の確認で「いいえ」の場合は、実施可能な直近の対応目標日を記入してください。",
 "3　目標日までに対応した項目は、2回目の欄に○と確認日を記入してください。",
 "4　「記入例」の行は記入しないでください（そのままで結構です）。",
 "5　本チェックリストは立入検査時に確認します。検査日までに保健所へ提出してください。",
]
for i, t in enumerate(lines, 1):
    wi.cell(row=i, column=1, value=t)
wi.column_dimensions["A"].width = 110

ws = wb.create_sheet(SHEET)
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(wrap_text=True, vertical="center", horizontal="center")
widths = dict(A=6, B=58, C=6, D=6, E=11, F=12, G=6, H=6, I=16, J=28)
for k, v in widths.items():
    ws.column_dimensions[k].width = v
ws.merge_cells("A1:J1")
ws["A1"] = "サイバーセキュリティ対策チェックリスト　「サイバー攻撃リスク低減のための最低限の措置」編（医療機関確認用）"
ws["A1"].font = Font(size=13, bold=True)
ws.merge_cells("A3:F3"); ws["A3"] = "医療機関名：" + FAC
ws["A3"].font = Font(size=11, bold=True)
# header rows 5-6
ws.merge_cells("A5:A6"); ws["A5"] = "No."
ws.merge_cells("B5:B6"); ws["B5"] = "チェック項目"
ws.merge_cells("C5:E5"); ws["C5"] = "1回目"
ws["C6"] = "はい"; ws["D6"] = "いいえ"; ws["E6"] = "確認日"
ws.merge_cells("F5:F6"); ws["F5"] = "目標日\n(いいえの場合)"
ws.merge_cells("G5:I5"); ws["G5"] = "2回目"
ws["G6"] = "はい"; ws["H6"] = "いいえ"; ws["I6"] = "確認日"
ws.merge_cells("J5:J6"); ws["J5"] = "備考"
hf = PatternFill("solid", fgColor="E2EFDA")
for row in (5, 6):
    for col in "ABCDEFGHIJ":
        c = ws[f"{col}{row}"]; c.border = box; c.alignment = center; c.fill = hf; c.font = Font(bold=True)

def put_row(r, vals):
    for col, v in zip("ABCDEFGHIJ", vals):
        c = ws[f"{col}{r}"]
        if v is not None:
            c.value = v
        c.border = box
        c.alignment = wrap if col in "BJ" else center
        if isinstance(v, dt.datetime):
            c.number_format = "yyyy/m/d"

# 記入例 row (correctly labelled; must be ignored)
r = 7
put_row(r, ["記入例", "（例）○○○○を実施している。", None, "○", D(2024, 10, 1), "R6.11.30", "○", None, "R6.11.20", "（例）事業者に依頼済"])
gray = PatternFill("solid", fgColor="EDEDED")
for col in "ABCDEFGHIJ":
    ws[f"{col}{r}"].fill = gray; ws[f"{col}{r}"].font = Font(color="808080", italic=True)
r += 1
entries = []
planted = []
prev = None
for n, ((hi, item), f, canon) in enumerate(zip(I, FILL, CANON), 1):
    if hi != prev:
        no, h = HEADS[hi]
        ws.merge_cells(f"A{r}:J{r}"); ws[f"A{r}"] = f"{no}　{h}"; ws[f"A{r}"].font = Font(bold=True)
        ws[f"A{r}"].fill = PatternFill("solid", fgColor="FFF2CC")
        for col in "ABCDEFGHIJ":
            ws[f"{col}{r}"].border = box
        r += 1; prev = hi
    a1, d1, tg, a2, d2, rem = f
    vals = [n, item,
            "○" if a1 == "はい" else None, "○" if a1 == "いいえ" else None, d1, tg,
            "○" if a2 == "はい" else None, "○" if a2 == "いいえ" else None, d2, rem]
    put_row(r, vals)
    ws.row_dimensions[r].height = 45
    e = dict(section=HEADS[hi][1], item=item, itemNo=str(n)); e.update(canon)
    if rem: e["remarks"] = rem
    entries.append(e)
    if n == 5:
        planted.append({"cells": [f"{SHEET}!C{r}", f"{SHEET}!D{r}"], "paths": [f"entries[{n-1}].firstAnswer"],
                        "why": "1回目の回答（はい／いいえ）が未記入（確認日だけ記入されている）。1回目は回答と日付の両方が必須"})
    if n == 7:
        planted.append({"cells": [f"{SHEET}!F{r}", f"{SHEET}!E{r}"], "paths": [f"entries[{n-1}].targetDate"],
                        "why": "1回目「いいえ」の目標日 R6.10.31 が1回目確認日 2024-11-05 より前（目標日は1回目の日付より後であること）"})
    r += 1
ws.freeze_panes = "C7"
wb.active = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
 "form": "checklist-minimum", "version": "R6", "file": NAME + ".xlsx",
 "values": {"facilityName": FAC, "entries": entries},
 "planted": planted,
 "notes": ("Sheet チェックリスト (a 記入要領 sheet comes first). Answers are ○ marks under はい / いいえ columns. "
           "Row 7 is a correctly labelled 記入例 row and is not data. 1回目 dates are Excel date cells; 目標日 as 和暦 "
           "text (R6.12.20); one 2回目 date as 令和6年12月18日 text. Headings are numbered Ⅰ-Ⅲ in the sheet; "
           "section is the heading text without the number; itemNo is the No. column (1-8). "
           "Item 5 has a date but no answer mark, so its entry has only firstDate."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok")

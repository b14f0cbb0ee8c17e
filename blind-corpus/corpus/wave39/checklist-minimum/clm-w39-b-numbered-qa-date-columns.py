# Generator: clm-w39-b-numbered-qa-date-columns.xlsx  (checklist-minimum, 2 planted problems)
# Hospital IT person's re-drawn version: numbered Q&A table, separate answer/date columns, Excel dates in 和暦 format,
# a labelled 記入例 row, hidden choices sheet, facility name as 「医療機関名：値」 in one cell.
import sys, os, json, datetime as dt
sys.path.insert(0, "/tmp/clx-pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w39-b-numbered-qa-date-columns"
SHEET = "最低限の措置"
FACILITY = "社会医療法人 備前さくら会 さくら総合病院"
D = dt.date
S1 = "パスワードを強固なものに変更し、使い回しをしない"
S2 = "IoT 機器を含む情報資産の通信制御を確認する"
S3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
HEAD = {S1: "１　パスワードを強固なものに変更し、使い回しをしない",
        S2: "２　IoT機器を含む情報資産の通信制御を確認する",
        S3: "３　ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"}
# (section, no, full item (canonical), text shown, a1, d1, target, a2, d2, remarks)
rows = [
    (S1, "1-1", "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "VPN装置等のID・パスワードについて、強固な設定を行っている（システム運用担当者）",
     "はい", D(2024, 11, 5), None, None, None, None),
    (S1, "1-2", "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "いいえ", D(2024, 11, 5), D(2024, 12, 20), "はい", "R6.12.18", "院内Wi-Fi・NASの共通パスワードを解消"),
    (S1, "1-3", "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "はい", D(2024, 11, 5), None, None, None, "職員向け通知（11/1付）"),
    (S2, "2-1", "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "関係事業者と協力して全てのネットワーク接続点を確認している\n（閉域網と認識されているネットワークの接続点を含む）",
     "いいえ", D(2024, 11, 5), D(2025, 1, 31), "はい", D(2025, 1, 29), None),
    (S2, "2-2", "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "はい", D(2024, 11, 5), None, None, None, None),
    (S2, "2-3", "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "いいえ", D(2024, 11, 5), None, None, None, "事業者と相談中"),          # PLANT 1: いいえ without 目標日
    (S3, "3-1", "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "ネットワーク機器のバージョンアップ・パッチ適用・ファームウェア更新を適切な頻度で行っているか、事業者と連携して確認している",
     "いいえ", D(2024, 11, 6), D(2024, 12, 27), "はい", D(2024, 10, 30), "ルータ・UTMのファームウェア更新"),  # PLANT 2: 2回目 date before 1回目
    (S3, "3-2", "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい ", D(2024, 11, 6), None, None, None, None),
]

wb = Workbook()
ws = wb.active
ws.title = SHEET
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
WAREKI = '[$-411]ggge"年"m"月"d"日"'
for col, w in zip("ABCDEFGH", [7, 58, 8, 17, 17, 8, 17, 30]):
    ws.column_dimensions[col].width = w

ws.merge_cells("A1:H1")
ws["A1"] = "チェックリスト（「サイバー攻撃リスク低減のための最低限の措置」編）　医療機関確認用"
ws["A1"].font = Font(size=13, bold=True)
ws.merge_cells("A2:E2"); ws["A2"] = "医療機関名：" + FACILITY
ws.merge_cells("F2:H2"); ws["F2"] = "記入者：情報システム課　藤原"
ws["A3"] = "※「いいえ」の場合は目標日を必ず記入。回答欄はプルダウンから選択。日付は西暦で入力（和暦表示になります）。"
ws["A3"].font = Font(size=9, color="C00000")

ws.merge_cells("A5:A6"); ws["A5"] = "No."
ws.merge_cells("B5:B6"); ws["B5"] = "確認項目"
ws.merge_cells("C5:D5"); ws["C5"] = "1回目"
ws["C6"] = "回答"; ws["D6"] = "確認日"
ws.merge_cells("E5:E6"); ws["E5"] = "目標日"
ws.merge_cells("F5:G5"); ws["F5"] = "2回目"
ws["F6"] = "回答"; ws["G6"] = "確認日"
ws.merge_cells("H5:H6"); ws["H5"] = "備考"
hdr = PatternFill("solid", fgColor="DDEBF7")
for r in (5, 6):
    for c in "ABCDEFGH":
        ws[f"{c}{r}"].border = box; ws[f"{c}{r}"].alignment = center; ws[f"{c}{r}"].fill = hdr

# labelled example row
ex = PatternFill("solid", fgColor="F2F2F2")
vals = ["記入例", "（例）〇〇〇〇を行っている。", "いいえ", D(2024, 10, 1), D(2024, 12, 27), "はい", D(2025, 1, 10), "事業者へ依頼済み"]
for c, v in zip("ABCDEFGH", vals):
    cell = ws[f"{c}7"]; cell.value = v; cell.fill = ex; cell.border = box
    cell.font = Font(color="808080", italic=True)
    cell.alignment = center if c not in "BH" else wrap
    if isinstance(v, D):
        cell.number_format = WAREKI

lst = wb.create_sheet("選択肢")
lst["A1"] = "はい"; lst["A2"] = "いいえ"
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)

r = 8
last = None
entries = []
cellmap = {}
for sec, no, item, shown, a1, d1, tg, a2, d2, rem in rows:
    if sec != last:
        ws.merge_cells(f"A{r}:H{r}"); ws[f"A{r}"] = HEAD[sec]
        ws[f"A{r}"].font = Font(bold=True)
        ws[f"A{r}"].fill = PatternFill("solid", fgColor="FFF2CC")
        for c in "ABCDEFGH":
            ws[f"{c}{r}"].border = box
        last = sec; r += 1
    for c, v in zip("ABCDEFGH", [no, shown, a1, d1, tg, a2, d2, rem]):
        cell = ws[f"{c}{r}"]
        if v is not None:
            cell.value = v
        if isinstance(v, D):
            cell.number_format = WAREKI
        cell.border = box
        cell.alignment = wrap if c in "BH" else center
    dv.add(f"C{r}"); dv.add(f"F{r}")
    ws.row_dimensions[r].height = 45
    cellmap[no] = r
    e = {"section": sec, "item": item, "itemNo": no, "firstAnswer": a1.strip(), "firstDate": d1.isoformat()}
    if tg: e["targetDate"] = tg.isoformat()
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2.isoformat() if isinstance(d2, D) else "2024-12-18"
    if rem: e["remarks"] = rem
    entries.append(e)
    r += 1

ws.freeze_panes = "C7"
ws.page_setup.orientation = "landscape"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

r23, r31 = cellmap["2-3"], cellmap["3-1"]
exp = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [
        {"cells": [f"{SHEET}!E{r23}"], "paths": ["entries[5].targetDate"],
         "why": "1回目が「いいえ」なのに目標日が未記入（「いいえ」の場合は対応目標日の記入が必要）"},
        {"cells": [f"{SHEET}!G{r31}", f"{SHEET}!D{r31}"], "paths": ["entries[6].secondDate"],
         "why": "2回目の確認日 2024-10-30 が1回目の確認日 2024-11-06 より前（目標日 2024-12-27 よりも前）"},
    ],
    "notes": ("Row 7 is a labelled 記入例 row and is not data. Items are numbered 1-1…3-2 in column A (itemNo). Some item "
              "texts are abbreviated in the sheet (1-1, 2-1, 3-1); 'item' gives the seed wording. Dates are Excel date "
              "cells shown in 和暦 (令和6年11月5日) except the 2回目 date of 1-2, typed as text 'R6.12.18'. The 1回目 answer "
              "of 3-2 is 'はい ' with a trailing space. section values are the headings without the leading number, in the seed wording (the sheet heading writes 「IoT機器」 without the space)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
print("ok", cellmap)

#!/usr/bin/python3
"""Generator: clm-w19-b-numbered-table-example-row.xlsx
A hospital information-systems clerk's own re-typing of the Okayama 「最低限の措置」編 checklist:
numbered rows, separate answer / date columns, a labelled 記入例 row, a 記入要領 sheet,
はい/いいえ drop-down, 1回目 dates as Excel dates, later dates typed as 和暦 text.
Planted: item 6 いいえ without 目標日; item 8 目標日 outside fiscal year R6."""
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "clm-w19-b-numbered-table-example-row"
XLSX = os.path.join(HERE, BASE + ".xlsx")
SHEET = "チェックリスト"

FACILITY = "医療法人晴和会 高梁あさひ病院"
H1 = "〇パスワードを強固なものに変更し、使い回しをしない"
H2 = "〇IoT 機器を含む情報資産の通信制御を確認する"
H3 = "〇ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
DRAWN = {H1: "■ パスワードを強固なものに変更し、使い回しをしない",
         H2: "■ IoT機器を含む情報資産の通信制御を確認する",
         H3: "■ ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"}
# (heading, canonical item, item as typed in the sheet (line breaks where the PDF wrapped))
I = [
    (H1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。", None),
    (H1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。", None),
    (H1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
         "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、\nすべての利用者に対し周知を徹底している。"),
    (H2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
         "関係事業者と協力してすべてのネットワーク接続点を確認\n（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。"),
    (H2, "ネットワーク接続点へのアクセス制御を適切に実施している。", None),
    (H2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
         "各種システムや通信制御を行っている機器のログを記録・保存し、\n定期的にその内容をチェックして不正利用がないことを確認している。"),
    (H3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
         "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを\n適切な頻度で行っているか、事業者と連携して確認している。"),
    (H3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。", None),
]
D = dt.date
# cell values as entered: (a1 cell, d1 date, target cell text, target iso, a2, d2 text, d2 iso, remarks)
ANS = [
    ("はい", D(2024, 11, 5), None, None, None, None, None, None),
    ("はい ", D(2024, 11, 5), None, None, None, None, None, None),
    ("いいえ", D(2024, 11, 5), "令和6年12月27日", "2024-12-27", "はい", "R6.12.20", "2024-12-20",
     "朝礼・院内掲示で周知\n（12/20 全部署完了）"),
    ("はい", D(2024, 11, 6), None, None, None, None, None, "電子カルテベンダー同席で確認"),
    ("はい", D(2024, 11, 6), None, None, None, None, None, None),
    ("いいえ", D(2024, 11, 6), None, None, None, None, None, "UTMのログ保存設定をベンダーに依頼中"),   # PLANTED: no 目標日
    ("はい", D(2024, 11, 7), None, None, None, None, None, None),
    ("いいえ ", D(2024, 11, 7), "令和7年6月30日", "2025-06-30", None, None, None,
     "ウイルス対策ソフトの一元管理は端末更新（次年度予算）に合わせて対応"),  # PLANTED: target outside FY R6
]

wb = Workbook()
# --- 記入要領 sheet first -------------------------------------------------------------------
g = wb.active; g.title = "記入要領"
g.column_dimensions["A"].width = 100
guide = [
    "【記入要領】チェックリスト（最低限の措置編）",
    "",
    "1. 「チェックリスト」シートの各項目について確認し、1回目の回答欄に「はい」「いいえ」を選択してください。",
    "2. 確認日を記入してください（例：2024/10/1）。",
    "3. 1回目で「いいえ」の場合は、実施可能な直近の対応目標日を記入してください。",
    "4. 対応後、2回目の確認結果と確認日を記入してください。",
    "5. 灰色の「記入例」行は記入の参考です（提出時はそのままで構いません）。",
    "",
    "出典：岡山県保健医療部医療推進課「令和6年度医療機関立入検査（サイバーセキュリティ対策関係）支援事業」別添様式を院内用に転記",
]
for i, t in enumerate(guide, 1):
    g.cell(i, 1, t)
g["A1"].font = Font(bold=True, size=12)

ws = wb.create_sheet(SHEET)
wb.active = 1
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
widths = {"A": 7, "B": 70, "C": 9, "D": 12, "E": 16, "F": 9, "G": 12, "H": 34}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト「サイバー攻撃リスク低減のための最低限の措置」編（医療機関確認用）"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "医療機関名：" + FACILITY
ws["A2"].font = Font(size=11)
ws["H2"] = "情報システム管理室 作成"
ws["H2"].alignment = Alignment(horizontal="right")

hdr = ["No.", "チェック項目", "1回目\n回答", "1回目\n確認日", "目標日", "2回目\n回答", "2回目\n確認日", "備考"]
for c, t in enumerate(hdr, 1):
    cell = ws.cell(4, c, t)
    cell.border = box; cell.alignment = ctr; cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor="BDD7EE")
# 記入例 row (correctly labelled)
ex = ["記入例", "（例）○○について確認している。", "いいえ", D(2024, 10, 1), "令和6年11月30日", "はい", "R6.11.25", "（例）対応内容を記入"]
grey = PatternFill("solid", fgColor="E7E6E6")
for c, v in enumerate(ex, 1):
    cell = ws.cell(5, c, v)
    cell.border = box; cell.fill = grey; cell.font = Font(color="7F7F7F", italic=True)
    cell.alignment = ctr if c != 2 and c != 8 else wrap
    if isinstance(v, dt.date):
        cell.number_format = "yyyy/m/d"

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

entries = []
r = 6; cur = None; no = 0
rows_of = []
for (h, text, typed), (a1, d1, tg, tgiso, a2, d2, d2iso, rem) in zip(I, ANS):
    if h != cur:
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)
        ws.cell(r, 1, DRAWN[h]).font = Font(bold=True)
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="FFF2CC")
        for c in range(1, 9):
            ws.cell(r, c).border = box
        r += 1; cur = h
    no += 1
    ws.cell(r, 1, no).alignment = ctr
    ws.cell(r, 2, typed or text).alignment = wrap
    ws.cell(r, 3, a1).alignment = ctr
    c = ws.cell(r, 4, d1); c.number_format = "yyyy/m/d"; c.alignment = ctr
    if tg: ws.cell(r, 5, tg).alignment = ctr
    if a2: ws.cell(r, 6, a2).alignment = ctr
    if d2: ws.cell(r, 7, d2).alignment = ctr
    if rem: ws.cell(r, 8, rem).alignment = wrap
    for cc in range(1, 9):
        ws.cell(r, cc).border = box
    dv.add("C%d" % r); dv.add("F%d" % r)
    ws.row_dimensions[r].height = 36
    e = {"section": h, "item": text, "itemNo": str(no), "firstAnswer": a1.strip(), "firstDate": d1.isoformat()}
    if tg: e["targetDate"] = tgiso
    if a2: e["secondAnswer"] = a2; e["secondDate"] = d2iso
    if rem: e["remarks"] = rem
    entries.append(e)
    rows_of.append(r)
    r += 1
ws.freeze_panes = "C5"
wb.save(XLSX)

planted = [
    {"cells": ["%s!E%d" % (SHEET, rows_of[5])], "paths": ["entries[5].targetDate"],
     "why": "1回目が「いいえ」なのに目標日が未記入（「いいえ」の場合は対応目標日の記入が必要）"},
    {"cells": ["%s!E%d" % (SHEET, rows_of[7])], "paths": ["entries[7].targetDate"],
     "why": "目標日 令和7年6月30日 が令和6年度（2025-03-31まで）の範囲外"},
]
exp = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": BASE + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": planted,
    "notes": ("Row 5 is a correctly labelled 記入例 row (grey) and is not data. Facility name shares a cell with its "
              "label ('医療機関名：…'). Headings drawn as '■ …' (and 'IoT機器' without the space); section values use "
              "the catalogue's 〇 heading text. Item text typed with line breaks where the PDF wrapped; 'item' gives the "
              "seed wording without them. 1回目 dates are Excel date cells; 目標日 typed as 令和 text, 2回目 date as "
              "'R6.12.20'. Some answers carry a trailing space ('はい ', 'いいえ '). itemNo is the row number 1-8 shown "
              "in column A."),
}
with open(os.path.join(HERE, BASE + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("wrote", XLSX, rows_of)

#!/usr/bin/python3
# Generator: clm-w43-a-okayama-print-combined-cells.xlsx
# Okayama-style printable sheet: answer + date in one cell ("はい\n(10/15)"), re-saved by LibreOffice.
# Run: PYTHONPATH=/tmp/clmclh_py /usr/bin/python3 THIS.py
import json, os, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w43-a-okayama-print-combined-cells"
FACILITY = "医療法人 清心会 旭川東病院"

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
# (first cell text, target text, second text, remarks) + canonical
FILL = [
    ("はい\n(10/15)", "(　/　)", "はい・いいえ\n(　/　)", "", dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("いいえ\n(10/15)", "(11/29)", "はい\n(11/28)", "電子カルテ端末とNASで同一PWあり→個別に変更済",
     dict(firstAnswer="いいえ", firstDate="2024-10-15", targetDate="2024-11-29", secondAnswer="はい", secondDate="2024-11-28")),
    ("はい\n(10/15)", "(　/　)", "はい・いいえ\n(　/　)", "院内報・朝礼で周知", dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("いいえ\n(10/15)", "(12/20)", "はい\n(12/18)", "保守業者と接続点を洗い出し（レセコン回線含む）",
     dict(firstAnswer="いいえ", firstDate="2024-10-15", targetDate="2024-12-20", secondAnswer="はい", secondDate="2024-12-18")),
    ("はい\n(10/15)", "(　/　)", "はい・いいえ\n(　/　)", "", dict(firstAnswer="はい", firstDate="2024-10-15")),
    ("いいえ\n(10/16)", "(1/31)", "はい\n(1/24)", "UTMのログ月1回確認の運用開始",
     dict(firstAnswer="いいえ", firstDate="2024-10-16", targetDate="2025-01-31", secondAnswer="はい", secondDate="2025-01-24")),
    ("はい\n(10/16)", "(　/　)", "はい・いいえ\n(　/　)", "", dict(firstAnswer="はい", firstDate="2024-10-16")),
    ("はい\n(10/16)", "(　/　)", "はい・いいえ\n(　/　)", "", dict(firstAnswer="はい", firstDate="2024-10-16")),
]

thin = Side(style="thin"); med = Side(style="medium")
BOX = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CENTER = Alignment(wrap_text=True, vertical="center", horizontal="center")

wb = Workbook()
ws = wb.active
ws.title = "最低限の措置"
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 58
for c in "CDE":
    ws.column_dimensions[c].width = 13
ws.column_dimensions["F"].width = 26
ws.column_dimensions["G"].width = 2

ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B1"].font = Font(size=14, bold=True)
ws["B2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
ws["B2"].font = Font(size=12, bold=True)
ws["F2"] = "医療機関確認用"
ws["F2"].border = BOX; ws["F2"].alignment = CENTER
ws["B4"] = "医療機関名"
ws["B4"].alignment = Alignment(horizontal="right")
ws.merge_cells("C4:F4")
ws["C4"] = FACILITY
ws["C4"].border = Border(bottom=thin)
notes = [
    "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
r = 6
for n in notes:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    ws.cell(r, 2, n).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r].height = 30 if len(n) > 60 else 16
    r += 1
ws.row_dimensions[6].height = 44
r += 1  # blank
HR = r
ws.merge_cells(start_row=HR, start_column=2, end_row=HR + 1, end_column=2)
ws.cell(HR, 2, "チェック項目")
ws.merge_cells(start_row=HR, start_column=3, end_row=HR, end_column=5)
ws.cell(HR, 3, "確認結果（日付）")
ws.merge_cells(start_row=HR, start_column=6, end_row=HR + 1, end_column=6)
ws.cell(HR, 6, "備考")
ws.cell(HR + 1, 3, "1回目"); ws.cell(HR + 1, 4, "目標日"); ws.cell(HR + 1, 5, "2回目")
for rr in (HR, HR + 1):
    for c in range(2, 7):
        ws.cell(rr, c).border = BOX
        ws.cell(rr, c).alignment = CENTER
        ws.cell(rr, c).fill = PatternFill("solid", fgColor="DDEBF7")
        ws.cell(rr, c).font = Font(bold=True)
r = HR + 2
entries = []
prev = None
for (head, item), (f1, tg, f2, rem, canon) in zip(ITEMS, FILL):
    if head != prev:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(r, 2, "○" + head).font = Font(bold=True)
        for c in range(2, 7):
            ws.cell(r, c).border = BOX
            ws.cell(r, c).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        prev = head
    ws.cell(r, 2, item).alignment = WRAP
    ws.cell(r, 3, f1).alignment = CENTER
    ws.cell(r, 4, tg).alignment = CENTER
    ws.cell(r, 5, f2).alignment = CENTER
    ws.cell(r, 6, rem or None).alignment = WRAP
    for c in range(2, 7):
        ws.cell(r, c).border = BOX
    ws.row_dimensions[r].height = 48
    e = {"section": head, "item": item}
    e.update(canon)
    if rem:
        e["remarks"] = rem
    entries.append(e)
    r += 1
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.print_area = f"A1:G{r}"

tmpd = tempfile.mkdtemp(prefix="clm_a_", dir="/tmp/clmclh_work")
raw = os.path.join(tmpd, NAME + ".xlsx")
wb.save(raw)
# re-save with LibreOffice (as the hospital PC would)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

expected = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [],
    "notes": ("Okayama 最低限の措置編 print layout, re-saved by LibreOffice. 1回目/2回目 cells hold answer and year-less date "
              "in one cell with a line break (はい\\n(10/15)); 目標日 as (11/29). Untouched template text "
              "'はい・いいえ\\n(　/　)' in 2回目 and '(　/　)' in 目標日 for はい items means blank (not an answer). "
              "section = the ○ heading text without the leading ○ mark. Dates: Oct-Dec = 2024, Jan = 2025 (R6 fiscal year)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
shutil.rmtree(tmpd)
print("ok", NAME)

# Generator: clm-w29-a-official-print-inline-dates.xlsx
# Run: PYTHONPATH=/tmp/clmclh-w29-lib /usr/bin/python3 THIS.py  (openpyxl 3.1.5 from /opt/pypi; /usr/bin/python3 had none)
# Okayama 「最低限の措置」編 as the prefecture prints it: answer and (date) in one cell, year-less dates.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave29/checklist-minimum"
NAME = "clm-w29-a-official-print-inline-dates"

thin = Side(style="thin"); med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト"
ws.sheet_view.showGridLines = False
ws.column_dimensions["A"].width = 2     # spacer
ws.column_dimensions["B"].width = 58
ws.column_dimensions["C"].width = 13
ws.column_dimensions["D"].width = 11
ws.column_dimensions["E"].width = 13
ws.column_dimensions["F"].width = 30
ws.column_dimensions["G"].width = 2     # spacer

ws.merge_cells("B1:F1"); ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B1"].font = Font(size=14, bold=True); ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:F2"); ws["B2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
ws["B2"].font = Font(size=12, bold=True); ws["B2"].alignment = Alignment(horizontal="center")
ws.merge_cells("E3:F3"); ws["E3"] = "医療機関確認用"
ws["E3"].alignment = Alignment(horizontal="right"); ws["E3"].border = box

FACILITY = "医療法人旭川会 西大寺みなと病院"
ws.merge_cells("B5:D5"); ws["B5"] = "医療機関名　" + FACILITY
ws["B5"].font = Font(size=12)
for c in ("B5", "C5", "D5"):
    ws[c].border = Border(bottom=thin)

notes = [
    "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、"
    "特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
r = 7
for n in notes:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    ws.cell(r, 2, n).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r].height = 30 if len(n) > 60 else 16
    ws.cell(r, 2).font = Font(size=9)
    r += 1

# header (two rows)
H1, H2 = 12, 13
ws.merge_cells(f"B{H1}:B{H2}"); ws[f"B{H1}"] = "チェック項目"
ws.merge_cells(f"C{H1}:E{H1}"); ws[f"C{H1}"] = "確認結果（日付）"
ws.merge_cells(f"F{H1}:F{H2}"); ws[f"F{H1}"] = "備考"
ws[f"C{H2}"] = "1回目"; ws[f"D{H2}"] = "目標日"; ws[f"E{H2}"] = "2回目"
grey = PatternFill("solid", fgColor="D9D9D9")
for row in (H1, H2):
    for col in range(2, 7):
        c = ws.cell(row, col); c.border = box; c.alignment = center; c.fill = grey; c.font = Font(bold=True)

H = ["〇パスワードを強固なものに変更し、使い回しをしない",
     "〇IoT 機器を含む情報資産の通信制御を確認する",
     "〇ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"]
SHOWN_H = ["○パスワードを強固なものに変更し、使い回しをしない",
           "○IoT 機器を含む情報資産の通信制御を確認する",
           "○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"]
ITEMS = [
 (0, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。"),
 (0, "複数の機器や外部サービス等で、同一のパスワードを設定していない。"),
 (0, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。"),
 (1, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。"),
 (1, "ネットワーク接続点へのアクセス制御を適切に実施している。"),
 (1, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。"),
 (2, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。"),
 (2, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。"),
]
# (first answer, first date, target, second answer, second date, remarks) -- as written, then canonical
FILL = [
 ("はい（10/7）", None, "はい（1/14）", None),
 ("いいえ（10/7）", "（12/27）", "はい（1/14）", "無線LANアクセスポイントとルータの管理者パスワードが同一だったため、個別に変更"),
 ("いいえ（10/7）", "（11/29）", "はい（1/14）", "11月の全職員向け情報セキュリティ研修で周知"),
 ("はい（10/7）", None, "はい（1/14）", "電子カルテ・PACS・検査システム事業者と確認"),
 ("はい（10/7）", None, "はい（1/14）", None),
 ("いいえ（10/7）", "（2/28）", "いいえ（1/14）", "UTMのログ確認手順を保守業者と調整中"),
 ("はい（10/7）", None, "はい（1/14）", None),
 ("はい（10/7）", None, "はい（1/14）", None),
]
CANON = [
 ("はい", "2024-10-07", None, "はい", "2025-01-14"),
 ("いいえ", "2024-10-07", "2024-12-27", "はい", "2025-01-14"),
 ("いいえ", "2024-10-07", "2024-11-29", "はい", "2025-01-14"),
 ("はい", "2024-10-07", None, "はい", "2025-01-14"),
 ("はい", "2024-10-07", None, "はい", "2025-01-14"),
 ("いいえ", "2024-10-07", "2025-02-28", "いいえ", "2025-01-14"),
 ("はい", "2024-10-07", None, "はい", "2025-01-14"),
 ("はい", "2024-10-07", None, "はい", "2025-01-14"),
]

r = H2 + 1
last_h = None
entries = []
cellmap = {}
for i, (h, text) in enumerate(ITEMS):
    if h != last_h:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        c = ws.cell(r, 2, SHOWN_H[h]); c.font = Font(bold=True); c.alignment = Alignment(vertical="center")
        for col in range(2, 7):
            ws.cell(r, col).border = box
        ws.row_dimensions[r].height = 20
        r += 1; last_h = h
    fa, tg, sa, rm = FILL[i]
    ws.cell(r, 2, text).alignment = wrap
    ws.cell(r, 3, fa).alignment = center
    ws.cell(r, 4, tg if tg else "（　/　）").alignment = center
    ws.cell(r, 5, sa).alignment = center
    if rm:
        ws.cell(r, 6, rm).alignment = wrap
    for col in range(2, 7):
        ws.cell(r, col).border = box
    ws.row_dimensions[r].height = 48
    ca = CANON[i]
    e = {"section": H[h], "item": text, "firstAnswer": ca[0], "firstDate": ca[1]}
    if ca[2]: e["targetDate"] = ca[2]
    e["secondAnswer"] = ca[3]; e["secondDate"] = ca[4]
    if rm: e["remarks"] = rm
    entries.append(e); cellmap[i] = r
    r += 1

ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = f"A1:G{r}"

wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
  "form": "checklist-minimum",
  "version": "R6",
  "file": NAME + ".xlsx",
  "values": {"facilityName": FACILITY, "entries": entries},
  "planted": [],
  "notes": ("医療機関名 is written in one cell with its label (B5: '医療機関名　' + name). Answers and dates share one cell "
            "as the printed form intends ('はい（10/7）'); dates are year-less text on an R6 form (Oct-Dec = 2024, Jan-Mar = 2025). "
            "Untouched 目標日 cells keep the printed placeholder '（　/　）' (no value). The workbook shows the headings with "
            "'○' (U+25CB, as in the seed); 'section' gives the catalogue wording with '〇'. No item numbers are shown.")
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", cellmap)

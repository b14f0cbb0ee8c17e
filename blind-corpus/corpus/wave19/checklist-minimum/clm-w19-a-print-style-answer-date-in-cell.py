#!/usr/bin/python3
"""Generator: clm-w19-a-print-style-answer-date-in-cell.xlsx
Okayama-prefecture style print layout of the 「最低限の措置」編 checklist, re-drawn in Excel
from the PDF: answer and date share one cell (はい・いいえ (/) template, the hospital deletes
the option it did not choose and writes a year-less date). No planted problem."""
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = "clm-w19-a-print-style-answer-date-in-cell"
XLSX = os.path.join(HERE, BASE + ".xlsx")

FACILITY = "医療法人 緑風会 たまの中央病院"
H1 = "〇パスワードを強固なものに変更し、使い回しをしない"
H2 = "〇IoT 機器を含む情報資産の通信制御を確認する"
H3 = "〇ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
SEC = {  # headings as drawn in the sheet (○ U+25CB, as in the PDF)
    H1: "○パスワードを強固なものに変更し、使い回しをしない",
    H2: "○IoT 機器を含む情報資産の通信制御を確認する",
    H3: "○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する",
}
I = [
    (H1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。"),
    (H1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。"),
    (H1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。"),
    (H2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。"),
    (H2, "ネットワーク接続点へのアクセス制御を適切に実施している。"),
    (H2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。"),
    (H3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。"),
    (H3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。"),
]
# (first answer, first date (m/d), target (m/d), second answer, second date, remarks, canonical dates)
ANS = [
    ("はい", "10/8", None, None, None, None),
    ("いいえ", "10/8", "11/30", "はい", "11/27", "複合機・無線LANルータの管理者パスワードが\n同一だったため個別に変更"),
    ("はい", "10/8", None, None, None, "10/7 院内メールで全職員に周知"),
    ("いいえ", "10/9", "12/20", "はい", "12/16", "電子カルテベンダー・回線業者と\n接続点一覧を作成して確認"),
    ("はい", "10/9", None, None, None, None),
    ("いいえ", "10/9", "1/31", "はい", "1/24", "UTMのログ保存期間を延長、\n月1回情報システム係が確認"),
    ("はい", "10/10", None, None, None, "保守契約にて四半期ごとに確認"),
    ("はい", "10/10", None, None, None, None),
]

def iso(md):
    m, d = map(int, md.split("/"))
    y = 2025 if m <= 3 else 2024  # R6 form: Jan-Mar mean 2025
    return "%04d-%02d-%02d" % (y, m, d)

TEMPLATE_ANS = "はい・いいえ\n（　／　）"
TEMPLATE_DATE = "（　／　）"

wb = Workbook()
ws = wb.active
ws.title = "最低限の措置"
thin = Side(style="thin"); med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap_c = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap_l = Alignment(horizontal="left", vertical="center", wrap_text=True)
F = "ＭＳ 明朝"
for col, w in zip("ABCDEF", [2, 62, 14, 11, 14, 30]):
    ws.column_dimensions[col].width = w

ws.merge_cells("B1:F1"); ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B1"].font = Font(name=F, size=14, bold=True); ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:F2"); ws["B2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
ws["B2"].font = Font(name=F, size=13, bold=True); ws["B2"].alignment = Alignment(horizontal="center")
ws["F3"] = "医療機関確認用"; ws["F3"].font = Font(name=F, size=11); ws["F3"].alignment = Alignment(horizontal="right")
ws["F3"].border = box
ws["B5"] = "医療機関名"; ws["B5"].font = Font(name=F, size=12); ws["B5"].alignment = Alignment(horizontal="right")
ws.merge_cells("C5:F5"); ws["C5"] = FACILITY; ws["C5"].font = Font(name=F, size=12)
for c in "CDEF":
    ws[c + "5"].border = Border(bottom=thin)
notes = [
    "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
r = 7
for n in notes:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    ws.cell(r, 2, n).alignment = wrap_l
    ws.cell(r, 2).font = Font(name=F, size=9)
    ws.row_dimensions[r].height = 30 if len(n) > 60 else 15
    r += 1
# header rows 12-13
ws.merge_cells("B12:B13"); ws["B12"] = "チェック項目"
ws.merge_cells("C12:E12"); ws["C12"] = "確認結果（日付）"
ws.merge_cells("F12:F13"); ws["F12"] = "備考"
ws["C13"] = "1回目"; ws["D13"] = "目標日"; ws["E13"] = "2回目"
for row in (12, 13):
    for c in "BCDEF":
        cell = ws[c + str(row)]
        cell.border = box; cell.alignment = wrap_c; cell.font = Font(name=F, size=10, bold=True)
        cell.fill = PatternFill("solid", fgColor="D9D9D9")

entries = []
r = 14
cur = None
for (h, text), (a1, d1, tg, a2, d2, rem) in zip(I, ANS):
    if h != cur:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(r, 2, SEC[h]).font = Font(name=F, size=10, bold=True)
        for c in range(2, 7):
            ws.cell(r, c).border = box
        r += 1; cur = h
    ws.cell(r, 2, text).alignment = wrap_l
    ws.cell(r, 3, "%s\n（%s）" % (a1, d1))
    ws.cell(r, 4, "（%s）" % tg if tg else TEMPLATE_DATE)
    ws.cell(r, 5, "%s\n（%s）" % (a2, d2) if a2 else TEMPLATE_ANS)
    if rem:
        ws.cell(r, 6, rem)
    for c in range(2, 7):
        cell = ws.cell(r, c); cell.border = box
        cell.font = Font(name=F, size=10)
        if c in (3, 4, 5):
            cell.alignment = wrap_c
        elif c == 6:
            cell.alignment = wrap_l
    ws.row_dimensions[r].height = 45
    e = {"section": h, "item": text, "firstAnswer": a1, "firstDate": iso(d1)}
    if tg: e["targetDate"] = iso(tg)
    if a2: e["secondAnswer"] = a2; e["secondDate"] = iso(d2)
    if rem: e["remarks"] = rem
    entries.append(e)
    r += 1

ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = "A1:F%d" % (r - 1)
wb.save(XLSX)

exp = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": BASE + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [],
    "notes": ("Print-style re-drawing of the Okayama PDF. Answer and date share one cell ('はい\\n（10/8）'); the filler "
              "deleted the option not chosen. Dates are year-less on an R6 form: Oct-Dec = 2024, Jan = 2025. "
              "目標日 and 2回目 cells of items answered はい still hold the untouched template text '（　／　）' / "
              "'はい・いいえ\\n（　／　）' and mean blank. Headings are drawn with ○ (U+25CB) as in the PDF; "
              "section values use the catalogue's 〇 heading text."),
}
with open(os.path.join(HERE, BASE + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("wrote", XLSX)

#!/usr/bin/python3
# Generator: clm-w16-a — Okayama "最低限の措置編" print-style sheet, answer and year-less date written in one cell.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave16/checklist-minimum"
NAME = "clm-w16-a-print-style-answer-date-in-cell"
FAC = "医療法人 桃園会 備前みなと病院"

H1 = "○パスワードを強固なものに変更し、使い回しをしない"
H2 = "○IoT 機器を含む情報資産の通信制御を確認する"
H3 = "○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
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
BLANK_ANS = "はい・いいえ\n（　／　）"
BLANK_DATE = "（　／　）"
# (first answer, first m/d, target m/d, second answer, second m/d, remarks); None = template text left untouched
FILL = [
    ("はい", "10/8", None, None, None, None),
    ("いいえ", "10/8", "11/29", "はい", "11/27", "VPN装置・UTM・電子カルテサーバの管理者パスワードを\n事業者と調整のうえ機器ごとに個別化"),
    ("はい", "10/8", None, None, None, "10/4 全職員へメール及び院内掲示で周知"),
    ("いいえ", "10/8", "12/20", "はい", "12/18", "電子カルテベンダ・ネットワーク保守業者と接続点一覧を作成"),
    ("はい", "10/8", None, None, None, None),
    ("いいえ", "10/8", "1/31", "はい", "1/24", "UTMログの月次確認を開始（情報システム室）"),
    ("はい", "10/9", None, None, None, None),
    ("はい", "10/9", None, None, None, None),
]

def iso(md):
    m, d = map(int, md.split("/"))
    y = 2025 if m <= 3 else 2024
    return f"{y:04d}-{m:02d}-{d:02d}"

wb = Workbook()
ws = wb.active
ws.title = "最低限の措置編"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
f = "ＭＳ 明朝"
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 58
for c in "CDE":
    ws.column_dimensions[c].width = 14
ws.column_dimensions["F"].width = 30

ws.merge_cells("B1:F1"); ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws.merge_cells("B2:F2"); ws["B2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
for r in (1, 2):
    ws[f"B{r}"].font = Font(name=f, size=14, bold=True); ws[f"B{r}"].alignment = Alignment(horizontal="center")
ws["F3"] = "医療機関確認用"; ws["F3"].font = Font(name=f, size=11, bold=True); ws["F3"].alignment = Alignment(horizontal="right")
ws["F3"].border = box
ws["B5"] = "医療機関名"; ws["B5"].alignment = Alignment(horizontal="right"); ws["B5"].font = Font(name=f, size=12)
ws.merge_cells("C5:E5"); ws["C5"] = FAC; ws["C5"].font = Font(name=f, size=12)
for c in "CDE":
    ws[f"{c}5"].border = Border(bottom=thin)
notes = [
    "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
for i, t in enumerate(notes):
    r = 7 + i
    ws.merge_cells(f"B{r}:F{r}"); ws[f"B{r}"] = t
    ws[f"B{r}"].font = Font(name=f, size=9); ws[f"B{r}"].alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r].height = 26 if i == 0 else 14

# header rows 12-13
ws.merge_cells("B12:B13"); ws["B12"] = "チェック項目"
ws.merge_cells("C12:E12"); ws["C12"] = "確認結果（日付）"
ws["C13"] = "1回目"; ws["D13"] = "目標日"; ws["E13"] = "2回目"
ws.merge_cells("F12:F13"); ws["F12"] = "備考"
hdr_fill = PatternFill("solid", fgColor="D9D9D9")
for r in (12, 13):
    for c in "BCDEF":
        cell = ws[f"{c}{r}"]
        cell.border = box; cell.fill = hdr_fill
        cell.font = Font(name=f, size=10, bold=True); cell.alignment = Alignment(horizontal="center", vertical="center")

entries = []
row = 14
cur = None
for (head, text), (a1, d1, tg, a2, d2, rem) in zip(ITEMS, FILL):
    if head != cur:
        cur = head
        ws.merge_cells(f"B{row}:F{row}"); ws[f"B{row}"] = head
        ws[f"B{row}"].font = Font(name=f, size=10, bold=True)
        for c in "BCDEF":
            ws[f"{c}{row}"].border = box
        row += 1
    ws[f"B{row}"] = text
    ws[f"C{row}"] = f"{a1}\n（{d1}）" if a1 else BLANK_ANS
    ws[f"D{row}"] = f"（{tg}）" if tg else BLANK_DATE
    ws[f"E{row}"] = f"{a2}\n（{d2}）" if a2 else BLANK_ANS
    if rem:
        ws[f"F{row}"] = rem
    for c in "BCDEF":
        cell = ws[f"{c}{row}"]
        cell.border = box; cell.font = Font(name=f, size=10)
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="left" if c in "BF" else "center")
    ws.row_dimensions[row].height = 44
    e = {"section": head, "item": text, "firstAnswer": a1, "firstDate": iso(d1)}
    if tg: e["targetDate"] = iso(tg)
    if a2: e["secondAnswer"] = a2; e["secondDate"] = iso(d2)
    if rem: e["remarks"] = rem
    entries.append(e)
    row += 1

ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = f"A1:F{row-1}"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "checklist-minimum", "version": "R6", "file": NAME + ".xlsx",
    "values": {"facilityName": FAC, "entries": entries},
    "planted": [],
    "notes": ("Okayama print layout kept: answers written as the chosen option with the year-less date in brackets on a "
              "second line in the same cell (e.g. 'はい\\n（10/8）'); Oct-Dec = 2024, Jan-Mar = 2025. Where no 目標日 / 2回目 "
              "was needed the template text 'はい・いいえ\\n（　／　）' / '（　／　）' was left untouched = blank. "
              "section is the heading text as printed, with the ○ (U+25CB) mark as in the seed."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)

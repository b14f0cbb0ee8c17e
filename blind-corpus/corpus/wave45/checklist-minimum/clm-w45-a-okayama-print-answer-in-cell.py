#!/usr/bin/python3
# Generator for clm-w45-a-okayama-print-answer-in-cell.xlsx
# Role: hospital 事務 (情報システム担当兼務) filling the Okayama 「最低限の措置」編 checklist drawn as a print form.
import sys, os
sys.path.insert(0, "/tmp/clx_py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.page import PageMargins

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "clm-w45-a-okayama-print-answer-in-cell.xlsx")

wb = Workbook()
ws = wb.active
ws.title = "最低限の措置編"

thin = Side(style="thin", color="000000")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(wrap_text=True, vertical="center", horizontal="center")
gray = PatternFill("solid", fgColor="D9D9D9")
font = Font(name="ＭＳ 明朝", size=10.5)

ws.column_dimensions["A"].width = 2     # spacer
ws.column_dimensions["B"].width = 58    # チェック項目
ws.column_dimensions["C"].width = 12    # 1回目
ws.column_dimensions["D"].width = 10    # 目標日
ws.column_dimensions["E"].width = 12    # 2回目
ws.column_dimensions["F"].width = 24    # 備考
ws.column_dimensions["G"].width = 2

def put(cell, value, align=wrap, bold=False, size=10.5, border=None, fill=None):
    c = ws[cell]
    c.value = value
    c.alignment = align
    c.font = Font(name="ＭＳ 明朝", size=size, bold=bold)
    if border:
        c.border = border
    if fill:
        c.fill = fill
    return c

put("F1", "医療機関確認用", Alignment(horizontal="right"), bold=True)
ws.merge_cells("B2:F2")
put("B2", "医療機関におけるサイバーセキュリティ対策チェックリスト", center, bold=True, size=14)
ws.merge_cells("B3:F3")
put("B3", "「サイバー攻撃リスク低減のための最低限の措置」編", center, bold=True, size=12)

ws.merge_cells("C5:F5")
put("C5", "医療機関名　　旭川中央病院　　　　　　　", Alignment(horizontal="left", vertical="bottom"), size=11)
ws["C5"].border = Border(bottom=thin)
for col in "DEF":
    ws[f"{col}5"].border = Border(bottom=thin)

notes = [
    "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡 各都道府県等衛生主管部(局)宛厚生労働省医政局特定医薬品開発支援・医療情報担当参事官及び厚生労働省政策統括官付サイバーセキュリティ担当参事官室）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
r = 7
for n in notes:
    ws.merge_cells(f"B{r}:F{r}")
    put(f"B{r}", n, wrap, size=9)
    ws.row_dimensions[r].height = 40 if len(n) > 80 else 16
    r += 1
# header rows 12-13
ws.merge_cells("B12:B13"); put("B12", "チェック項目", center, bold=True, border=box, fill=gray)
ws.merge_cells("C12:E12"); put("C12", "確認結果（日付）", center, bold=True, border=box, fill=gray)
put("C13", "1回目", center, bold=True, border=box, fill=gray)
put("D13", "目標日", center, bold=True, border=box, fill=gray)
put("E13", "2回目", center, bold=True, border=box, fill=gray)
ws.merge_cells("F12:F13"); put("F12", "備考", center, bold=True, border=box, fill=gray)
for cell in ("D12", "E12", "F13", "B13"):
    ws[cell].border = box

BLANK_ANS = "はい・いいえ\n(　　/　　)"
BLANK_DATE = "(　　/　　)"

rows = [
    ("H", "○パスワードを強固なものに変更し、使い回しをしない"),
    ("I", "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい\n(10/21)", BLANK_DATE, BLANK_ANS, None),
    ("I", "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "はい\n(10/21)", BLANK_DATE, BLANK_ANS, None),
    ("I", "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "いいえ\n(10/21)", "(11/30)", "はい\n(11/28)", "院内メール・掲示で全職員へ周知\n（11/28 完了）"),
    ("H", "○IoT 機器を含む情報資産の通信制御を確認する"),
    ("I", "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "はい\n(10/22)", BLANK_DATE, BLANK_ANS, "電子カルテベンダー、回線業者と確認"),
    ("I", "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "はい\n(10/22)", BLANK_DATE, BLANK_ANS, None),
    ("I", "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "いいえ\n(10/22)", "(1/31)", "はい\n(1/27)", "UTMログを月1回確認する運用に変更"),
    ("H", "○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"),
    ("I", "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "はい\n(10/22)", BLANK_DATE, BLANK_ANS, None),
    ("I", "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい\n(10/22)", BLANK_DATE, BLANK_ANS, None),
]
r = 14
for row in rows:
    if row[0] == "H":
        ws.merge_cells(f"B{r}:F{r}")
        put(f"B{r}", row[1], Alignment(vertical="center"), bold=True, border=box)
        for col in "CDEF":
            ws[f"{col}{r}"].border = box
        ws.row_dimensions[r].height = 20
    else:
        _, text, a1, tgt, a2, rem = row
        put(f"B{r}", text, wrap, border=box)
        put(f"C{r}", a1, center, border=box)
        put(f"D{r}", tgt, center, border=box)
        put(f"E{r}", a2, center, border=box)
        put(f"F{r}", rem, wrap, size=9, border=box)
        ws.row_dimensions[r].height = 48
    r += 1

ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = "A1:G25"
ws.page_margins = PageMargins(left=0.5, right=0.5, top=0.6, bottom=0.6)
wb.save(OUT)
print("saved", OUT)

# ---- expected.json ----
os.chdir(os.path.dirname(os.path.abspath(__file__)))
import json
H1="パスワードを強固なものに変更し、使い回しをしない"
H2="IoT 機器を含む情報資産の通信制御を確認する"
H3="ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
I=[
"システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
"複数の機器や外部サービス等で、同一のパスワードを設定していない。",
"利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
"関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
"ネットワーク接続点へのアクセス制御を適切に実施している。",
"各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
"すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
"セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
]
sec=[H1,H1,H1,H2,H2,H2,H3,H3]
e=[]
def ent(i, **kw):
    d={"section":sec[i],"item":I[i]}; d.update(kw); e.append(d)
ent(0,firstAnswer="はい",firstDate="2024-10-21")
ent(1,firstAnswer="はい",firstDate="2024-10-21")
ent(2,firstAnswer="いいえ",firstDate="2024-10-21",targetDate="2024-11-30",secondAnswer="はい",secondDate="2024-11-28",remarks="院内メール・掲示で全職員へ周知\n（11/28 完了）")
ent(3,firstAnswer="はい",firstDate="2024-10-22",remarks="電子カルテベンダー、回線業者と確認")
ent(4,firstAnswer="はい",firstDate="2024-10-22")
ent(5,firstAnswer="いいえ",firstDate="2024-10-22",targetDate="2025-01-31",secondAnswer="はい",secondDate="2025-01-27",remarks="UTMログを月1回確認する運用に変更")
ent(6,firstAnswer="はい",firstDate="2024-10-22")
ent(7,firstAnswer="はい",firstDate="2024-10-22")
out={"form":"checklist-minimum","version":"R6","file":"clm-w45-a-okayama-print-answer-in-cell.xlsx",
 "values":{"facilityName":"旭川中央病院","entries":e},
 "planted":[],
 "notes":"Sheet 最低限の措置編. 医療機関名 is label and value in one cell (C5: '医療機関名　　旭川中央病院' padded with full-width spaces). Each answer cell holds answer + year-less date on two lines ('はい\\n(10/21)'); the unchosen option was deleted. Year-less dates on this R6 form: Oct-Dec = 2024, Jan = 2025. Cells still showing the untouched template text 'はい・いいえ\\n(　　/　　)' (2回目) or '(　　/　　)' (目標日) are blank, not answers. section is the ○ heading text without the leading ○ mark. No item numbers are shown."}
json.dump(out, open("clm-w45-a-okayama-print-answer-in-cell.expected.json","w"), ensure_ascii=False, indent=2)

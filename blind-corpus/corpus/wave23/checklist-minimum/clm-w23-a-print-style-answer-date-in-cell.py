#!/usr/bin/python3
# Generator: clm-w23-a — Okayama 「最低限の措置」編, drawn as a print copy of the notice's 別添 form.
# Answer and date share one cell (はい (10/15)); untouched template cells keep "はい・いいえ (/)" and "(/)".
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w23-a-print-style-answer-date-in-cell"
XLSX = NAME + ".xlsx"

FACILITY = "医療法人社団 清和会 吉備高原病院"

H1 = "パスワードを強固なものに変更し、使い回しをしない"
H2 = "IoT 機器を含む情報資産の通信制御を確認する"
H3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"

BLANK_ANS = "はい・いいえ (/)"
BLANK_DATE = "(/)"

# (heading, item, cell 1回目, cell 目標日, cell 2回目, 備考, canonical dict)
ROWS = [
    (H1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい (10/15)", BLANK_DATE, BLANK_ANS, "",
     dict(firstAnswer="はい", firstDate="2024-10-15")),
    (H1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "いいえ (10/15)", "(12/20)", "はい (12/18)", "NASと無線LANルータで同一PWを確認\n→保守業者と個別PWへ変更済",
     dict(firstAnswer="いいえ", firstDate="2024-10-15", targetDate="2024-12-20",
          secondAnswer="はい", secondDate="2024-12-18",
          remarks="NASと無線LANルータで同一PWを確認\n→保守業者と個別PWへ変更済")),
    (H1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "はい（10/15）", BLANK_DATE, BLANK_ANS, "職員向けメール・朝礼で周知",
     dict(firstAnswer="はい", firstDate="2024-10-15", remarks="職員向けメール・朝礼で周知")),
    (H2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "はい (10/16)", BLANK_DATE, BLANK_ANS, "電子カルテ・PACS保守業者同席",
     dict(firstAnswer="はい", firstDate="2024-10-16", remarks="電子カルテ・PACS保守業者同席")),
    (H2, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "はい (10/16)", BLANK_DATE, BLANK_ANS, "",
     dict(firstAnswer="はい", firstDate="2024-10-16")),
    (H2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "いいえ (10/16)", "(3/31)", BLANK_ANS, "ログ保存は実施、定期確認の手順を作成中",
     dict(firstAnswer="いいえ", firstDate="2024-10-16", targetDate="2025-03-31",
          remarks="ログ保存は実施、定期確認の手順を作成中")),
    (H3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "はい (10/16)", BLANK_DATE, BLANK_ANS, "",
     dict(firstAnswer="はい", firstDate="2024-10-16")),
    (H3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい (10/15)", BLANK_DATE, BLANK_ANS, "",
     dict(firstAnswer="はい", firstDate="2024-10-15")),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
leftwrap = Alignment(horizontal="left", vertical="center", wrap_text=True)
font = Font(name="ＭＳ 明朝", size=10.5)
bold = Font(name="ＭＳ 明朝", size=10.5, bold=True)
grey = PatternFill("solid", fgColor="D9D9D9")

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト"

# column layout: A spacer | B:E チェック項目 (merged) | F 1回目 | G 目標日 | H 2回目 | I 備考 | J spacer
widths = {"A": 2, "B": 14, "C": 14, "D": 14, "E": 14, "F": 15, "G": 9, "H": 15, "I": 22, "J": 2}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

def put(cell, value, f=font, al=leftwrap):
    c = ws[cell]
    c.value = value
    c.font = f
    c.alignment = al
    return c

ws.merge_cells("B2:I2"); put("B2", "医療機関におけるサイバーセキュリティ対策チェックリスト", Font(name="ＭＳ 明朝", size=14, bold=True), center)
ws.merge_cells("B3:I3"); put("B3", "「サイバー攻撃リスク低減のための最低限の措置」編", Font(name="ＭＳ 明朝", size=12, bold=True), center)
ws.merge_cells("B4:I4"); put("B4", "医療機関確認用", bold, center)

put("F6", "医療機関名", bold, center)
ws.merge_cells("G6:I6"); put("G6", FACILITY, font, leftwrap)
for col in "GHI":
    ws[f"{col}6"].border = Border(bottom=thin)

notes = [
    "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
r = 8
for n in notes:
    ws.merge_cells(f"B{r}:I{r}")
    put(f"B{r}", n, Font(name="ＭＳ 明朝", size=9))
    ws.row_dimensions[r].height = 26 if len(n) > 60 else 14
    r += 1

# table header (two rows) at rows 13-14
HR = 13
ws.merge_cells(f"B{HR}:E{HR+1}"); put(f"B{HR}", "チェック項目", bold, center)
ws.merge_cells(f"F{HR}:H{HR}"); put(f"F{HR}", "確認結果 (日付)", bold, center)
put(f"F{HR+1}", "1回目", bold, center)
put(f"G{HR+1}", "目標日", bold, center)
put(f"H{HR+1}", "2回目", bold, center)
ws.merge_cells(f"I{HR}:I{HR+1}"); put(f"I{HR}", "備考", bold, center)
for rr in (HR, HR + 1):
    for col in "BCDEFGHI":
        ws[f"{col}{rr}"].border = box
        ws[f"{col}{rr}"].fill = grey

r = HR + 2
entries = []
cellmap = []
current = None
for heading, item, a1, tgt, a2, rem, canon in ROWS:
    if heading != current:
        ws.merge_cells(f"B{r}:I{r}")
        put(f"B{r}", "○" + heading, bold)
        for col in "BCDEFGHI":
            ws[f"{col}{r}"].border = box
        ws.row_dimensions[r].height = 18
        current = heading
        r += 1
    ws.merge_cells(f"B{r}:E{r}")
    put(f"B{r}", item)
    put(f"F{r}", a1, font, center)
    put(f"G{r}", tgt, font, center)
    put(f"H{r}", a2, font, center)
    put(f"I{r}", rem if rem else None, Font(name="ＭＳ 明朝", size=9))
    for col in "BCDEFGHI":
        ws[f"{col}{r}"].border = box
    ws.row_dimensions[r].height = 44 if len(item) > 50 else 32
    e = {"section": heading, "item": item}
    e.update(canon)
    entries.append(e)
    cellmap.append(r)
    r += 1

ws.print_area = f"A1:J{r}"
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

wb.save(os.path.join(HERE, XLSX))

expected = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": XLSX,
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [],
    "notes": ("Print copy of the Okayama 別添 form. Answer and date share one cell, e.g. 'はい (10/15)' / 'いいえ (10/16)', "
              "one option of 'はい・いいえ' deleted; year-less dates on the R6 form (Oct-Dec = 2024, Jan-Mar = 2025). "
              "Cells left exactly as the template text 'はい・いいえ (/)' (2回目) and '(/)' (目標日) are untouched blanks, "
              "not answers. One cell uses full-width brackets 'はい（10/15）'. Section = the ○ heading text without the ○ mark. "
              "No item numbers are shown, so itemNo is omitted."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("rows", cellmap)

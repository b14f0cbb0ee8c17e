#!/usr/bin/python3
# Generator for clm-w14-a-print-inline-dates.xlsx (checklist-minimum, Okayama 最低限の措置編)
# Role: hospital 事務長 who re-drew the Okayama paper form in Excel for printing and filled it:
# answer and date in one cell ("はい (10/8)"), the other option deleted, year-less dates, headings as ○ rows.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave14/checklist-minimum"
NAME = "clm-w14-a-print-inline-dates"
SHEET = "最低限の措置編"

FACILITY = "医療法人緑風会　備前さくら病院"

S1 = "パスワードを強固なものに変更し、使い回しをしない"
S2 = "IoT 機器を含む情報資産の通信制御を確認する"
S3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
# (section, item, first answer, first date(iso), cell text 1回目, target iso, target text, second ans, second iso, second text, remarks)
ROWS = [
    ("H", S1),
    ("I", S1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい", "2024-10-08", "はい (10/8)", None, "(　/　)", None, None, "はい・いいえ (　/　)", "VPN装置は保守業者管理。初期PWから変更済を業者に確認"),
    ("I", S1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "いいえ", "2024-10-08", "いいえ (10/8)", "2024-12-20", "(12/20)", "はい", "2024-12-17", "はい (12/17)",
     "事務系PC・複合機で共通PWあり\n→12月に個別PWへ変更"),
    ("I", S1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "はい", "2024-10-08", "はい (10/8)", None, "(　/　)", None, None, "はい・いいえ (　/　)", "10/1 全職員向け掲示・朝礼で周知"),
    ("H", S2),
    ("I", S2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "はい", "2024-10-15", "はい (10/15)", None, "(　/　)", None, None, "はい・いいえ (　/　)", "電子カルテ業者・回線業者立会いで確認\n接続点：インターネット1、VPN2"),
    ("I", S2, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "はい", "2024-10-15", "はい (10/15)", None, "(　/　)", None, None, "はい・いいえ (　/　)", None),
    ("I", S2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "いいえ", "2024-10-15", "いいえ (10/15)", "2025-02-28", "(2/28)", "はい", "2025-02-21", "はい (2/21)",
     "UTMログの月次確認を2月から開始"),
    ("H", S3),
    ("I", S3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "はい", "2024-10-15", "はい (10/15)", None, "(　/　)", None, None, "はい・いいえ (　/　)", "保守契約で四半期ごとに確認"),
    ("I", S3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい", "2024-10-08", "はい (10/8)", None, "(　/　)", None, None, "はい・いいえ (　/　)", None),
]

wb = Workbook()
ws = wb.active
ws.title = SHEET
thin = Side(style="thin"); med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 52
for c in "CDE":
    ws.column_dimensions[c].width = 14
ws.column_dimensions["F"].width = 28
ws.column_dimensions["G"].width = 2
f = "ＭＳ 明朝"

def put(ref, v, **kw):
    ws[ref] = v
    ws[ref].font = Font(name=f, size=kw.get("size", 10), bold=kw.get("bold", False), underline=kw.get("u"))
    ws[ref].alignment = Alignment(horizontal=kw.get("h", "left"), vertical="center", wrap_text=True)

ws.merge_cells("B2:F2"); put("B2", "医療機関におけるサイバーセキュリティ対策チェックリスト", size=14, bold=True, h="center")
ws.merge_cells("B3:F3"); put("B3", "「サイバー攻撃リスク低減のための最低限の措置」編", size=12, bold=True, h="center")
ws.merge_cells("E4:F4"); put("E4", "医療機関確認用", h="right")
ws.merge_cells("B6:F6"); put("B6", "医療機関名　　" + FACILITY, size=12, u="single")
notes = [
    "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
r = 8
for n in notes:
    ws.merge_cells(f"B{r}:F{r}"); put(f"B{r}", n, size=9)
    ws.row_dimensions[r].height = 36 if len(n) > 80 else 15
    r += 1
# header rows 13-14
ws.merge_cells("B13:B14"); put("B13", "チェック項目", bold=True, h="center")
ws.merge_cells("C13:E13"); put("C13", "確認結果 (日付)", bold=True, h="center")
ws.merge_cells("F13:F14"); put("F13", "備考", bold=True, h="center")
put("C14", "1回目", bold=True, h="center"); put("D14", "目標日", bold=True, h="center"); put("E14", "2回目", bold=True, h="center")
for rr in (13, 14):
    for c in "BCDEF":
        ws[f"{c}{rr}"].border = box
        ws[f"{c}{rr}"].fill = PatternFill("solid", fgColor="D9D9D9")

entries = []
r = 15
for row in ROWS:
    if row[0] == "H":
        ws.merge_cells(f"B{r}:F{r}")
        put(f"B{r}", "○" + row[1], bold=True)
        for c in "BCDEF":
            ws[f"{c}{r}"].border = box
            ws[f"{c}{r}"].fill = PatternFill("solid", fgColor="F2F2F2")
        ws.row_dimensions[r].height = 18
    else:
        _, sec, item, a1, d1, t1, tg, tgt, a2, d2, t2, rem = row
        put(f"B{r}", item)
        put(f"C{r}", t1, h="center"); put(f"D{r}", tgt, h="center"); put(f"E{r}", t2, h="center")
        if rem: put(f"F{r}", rem, size=9)
        for c in "BCDEF":
            ws[f"{c}{r}"].border = box
        ws.row_dimensions[r].height = 48
        e = {"section": sec, "item": item, "firstAnswer": a1, "firstDate": d1}
        if tg: e["targetDate"] = tg
        if a2: e["secondAnswer"] = a2; e["secondDate"] = d2
        if rem: e["remarks"] = rem
        entries.append(e)
    r += 1
ws.merge_cells(f"B{r+1}:F{r+1}"); put(f"B{r+1}", "（記入者）事務部　総務課　岡本", size=9, h="right")

ws.print_area = f"A1:G{r+1}"
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.horizontalCentered = True
ws.sheet_view.showGridLines = False
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [],
    "notes": ("Print-style copy of the Okayama form. 医療機関名 shares cell B6 with its label (value after two full-width spaces; "
              "the name itself contains one full-width space). Each answer cell keeps the form's 'はい・いいえ (/)' pattern with the "
              "unchosen option deleted and a year-less date typed inside the brackets: 'はい (10/8)' = はい, 2024-10-08; "
              "Jan–Mar dates are 2025. Untouched cells still show the blank template text '(　/　)' / 'はい・いいえ (　/　)' and "
              "are NOT answers. section = the ○ heading text without the ○ mark. No item numbers shown, so no itemNo. "
              "The footer line '（記入者）…' is not a form field."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as fh:
    json.dump(exp, fh, ensure_ascii=False, indent=2)
print("ok", len(entries))

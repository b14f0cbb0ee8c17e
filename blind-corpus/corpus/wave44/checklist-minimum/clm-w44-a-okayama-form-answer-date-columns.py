#!/usr/bin/python3
# Generator: checklist-minimum, workbook a (no planted problem).
# Run: PYTHONPATH=/tmp/blind-clmclh-lib /usr/bin/python3 THIS.py
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w44-a-okayama-form-answer-date-columns"
D = dt.date

H1 = "〇パスワードを強固なものに変更し、使い回しをしない"
H2 = "〇IoT 機器を含む情報資産の通信制御を確認する"
H3 = "〇ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
# (heading, item, first, firstDate, target, second, secondDate, remarks)
rows = [
    ("H", H1),
    ("I", H1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("I", H1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "いいえ", D(2024, 10, 8), D(2024, 12, 20), "はい", D(2024, 12, 18),
     "電子カルテ・VPN装置・UTMの管理者パスワードを個別のものに変更"),
    ("I", H1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "はい", D(2024, 10, 8), None, None, None, "院内メール及び職員研修(9月)で周知"),
    ("H", H2),
    ("I", H2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "はい", D(2024, 10, 8), None, None, None, "R6.9 電子カルテ事業者と接続点の洗い出し実施"),
    ("I", H2, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("I", H2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "いいえ", D(2024, 10, 8), D(2025, 1, 31), "はい", D(2025, 1, 29),
     "UTMログを保守事業者と月1回確認する運用を開始"),
    ("H", H3),
    ("I", H3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "はい", D(2024, 10, 8), None, None, None, None),
    ("I", H3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい", D(2024, 10, 8), None, None, None, None),
]
FACILITY = "医療法人 緑風会 美作みどり病院"

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト"
thin = Side(style="thin")
border = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
for col, w in zip("ABCDEFG", [62, 9, 12, 12, 9, 12, 30]):
    ws.column_dimensions[col].width = w

ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["A1"].font = Font(size=14, bold=True)
ws["A2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
ws["A2"].font = Font(size=12, bold=True)
ws["G2"] = "医療機関確認用"
ws["G2"].border = border
ws["G2"].alignment = center
ws["A4"] = "医療機関名"
ws["A4"].alignment = Alignment(horizontal="right")
ws.merge_cells("B4:F4")
ws["B4"] = FACILITY
for c in "BCDEF":
    ws[f"{c}4"].border = Border(bottom=thin)
notes = [
    "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
for i, t in enumerate(notes):
    r = 6 + i
    ws.merge_cells(f"A{r}:G{r}")
    ws[f"A{r}"] = t
    ws[f"A{r}"].alignment = Alignment(wrap_text=True, vertical="top")
    ws[f"A{r}"].font = Font(size=9)
ws.row_dimensions[6].height = 36

# header rows 11-12
ws.merge_cells("A11:A12"); ws["A11"] = "チェック項目"
ws.merge_cells("B11:F11"); ws["B11"] = "確認結果（日付）"
ws.merge_cells("G11:G12"); ws["G11"] = "備考"
for c, t in zip("BCDEF", ["1回目", "確認日", "目標日", "2回目", "確認日"]):
    ws[f"{c}12"] = t
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
for r in (11, 12):
    for c in "ABCDEFG":
        ws[f"{c}{r}"].border = border
        ws[f"{c}{r}"].alignment = center
        ws[f"{c}{r}"].fill = hdr_fill
        ws[f"{c}{r}"].font = Font(bold=True)

dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$2", allow_blank=True)
ws.add_data_validation(dv)

entries = []
r = 13
for row in rows:
    if row[0] == "H":
        ws.merge_cells(f"A{r}:G{r}")
        ws[f"A{r}"] = row[1]
        ws[f"A{r}"].font = Font(bold=True)
        ws[f"A{r}"].fill = PatternFill("solid", fgColor="F2F2F2")
        for c in "ABCDEFG":
            ws[f"{c}{r}"].border = border
    else:
        _, sec, item, a1, d1, tg, a2, d2, rem = row
        ws[f"A{r}"] = item
        ws[f"A{r}"].alignment = wrap
        vals = {"B": a1, "C": d1, "D": tg, "E": a2, "F": d2, "G": rem}
        for c, v in vals.items():
            cell = ws[f"{c}{r}"]
            cell.value = v
            if isinstance(v, dt.date):
                cell.number_format = "yyyy/m/d"
            cell.alignment = wrap if c == "G" else center
        dv.add(f"B{r}"); dv.add(f"E{r}")
        for c in "ABCDEFG":
            ws[f"{c}{r}"].border = border
        ws.row_dimensions[r].height = 48
        e = {"section": sec, "item": item, "firstAnswer": a1, "firstDate": d1.isoformat()}
        if tg: e["targetDate"] = tg.isoformat()
        if a2: e["secondAnswer"] = a2
        if d2: e["secondDate"] = d2.isoformat()
        if rem: e["remarks"] = rem
        entries.append(e)
    r += 1

lst = wb.create_sheet("選択肢")
lst["A1"] = "はい"; lst["A2"] = "いいえ"
lst.sheet_state = "hidden"
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.print_title_rows = "11:12"

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)
exp = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [],
    "notes": "Okayama 最低限の措置編 layout, answers from a はい/いいえ dropdown (hidden sheet 選択肢), dates as Excel date cells. "
             "section = the 〇 heading as printed in the workbook (with the leading 〇). No item numbers are shown, so itemNo is omitted.",
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("wrote", out)

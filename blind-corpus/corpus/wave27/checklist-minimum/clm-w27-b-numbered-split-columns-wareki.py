# Generator: clm-w27-b-numbered-split-columns-wareki.xlsx (checklist-minimum, R6)
# Hospital IT person's own version: No. column, 区分 merged vertically, separate answer / date columns with a
# はい/いいえ dropdown, Excel date cells shown in 和暦; re-saved by LibreOffice.
import json, os, subprocess, shutil, datetime as dt, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w27-b-numbered-split-columns-wareki"
SHEET = "最低限の措置"
FAC = "医療法人 和光会 玉野みなと病院"

H1 = "○パスワードを強固なものに変更し、使い回しをしない"
H2 = "○IoT 機器を含む情報資産の通信制御を確認する"
H3 = "○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
# shown 区分 labels (abbreviated with line breaks, as typed by the hospital)
SHOWN = {H1: "パスワードを強固なものに\n変更し、使い回しをしない",
         H2: "IoT機器を含む情報資産の\n通信制御を確認する",
         H3: "ネットワーク機器の脆弱性に、\nファームウェア等の更新を\n迅速に適用する"}
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
D = dt.date
# first answer, first date, target, second answer, second date, remarks
FILL = [
    ("はい", D(2024, 11, 5), None, None, None, None),
    ("いいえ", D(2024, 11, 5), D(2024, 12, 20), "はい", D(2024, 12, 18), "VPN装置・UTMの管理者PWを個別化"),
    ("はい", D(2024, 11, 5), None, None, None, "新人研修・朝礼で周知"),
    ("いいえ", D(2024, 11, 5), None, None, None, "事業者へ確認依頼中"),            # PLANT 1: no 目標日
    ("はい", D(2024, 11, 5), None, None, None, None),
    ("いいえ", D(2024, 11, 5), D(2025, 6, 30), None, None, "ログ管理サーバ導入予定（次年度予算）"),  # PLANT 2: 目標日 outside FY R6
    ("はい", D(2024, 11, 6), None, None, None, "保守契約で年2回確認"),
    ("はい", D(2024, 11, 6), None, None, None, None),
]

wb = Workbook()
ws = wb.active
ws.title = SHEET
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
cc = Alignment(horizontal="center", vertical="center", wrap_text=True)
lc = Alignment(horizontal="left", vertical="center", wrap_text=True)
WAREKI = '[$-411]ggge"年"m"月"d"日"'
widths = {"A": 5, "B": 24, "C": 52, "D": 9, "E": 15, "F": 15, "G": 9, "H": 15, "I": 26}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "サイバーセキュリティ対策チェックリスト（最低限の措置編）　医療機関確認用"
ws["A1"].font = Font(size=13, bold=True)
ws["B3"] = "医療機関名"; ws["B3"].font = Font(bold=True)
ws.merge_cells("B4:C4"); ws["B4"] = FAC
ws["B4"].border = box; ws["C4"].border = box
ws["E3"] = "※1回目「いいえ」の項目は対応目標日を必ず記入"; ws["E3"].font = Font(size=9, color="C00000")

ws.merge_cells("A6:A7"); ws["A6"] = "No."
ws.merge_cells("B6:B7"); ws["B6"] = "区分"
ws.merge_cells("C6:C7"); ws["C6"] = "チェック項目"
ws.merge_cells("D6:E6"); ws["D6"] = "1回目"
ws["D7"] = "回答"; ws["E7"] = "確認日"
ws.merge_cells("F6:F7"); ws["F6"] = "目標日"
ws.merge_cells("G6:H6"); ws["G6"] = "2回目"
ws["G7"] = "回答"; ws["H7"] = "確認日"
ws.merge_cells("I6:I7"); ws["I6"] = "備考"
for r in (6, 7):
    for c in "ABCDEFGHI":
        x = ws[f"{c}{r}"]; x.border = box; x.alignment = cc; x.font = Font(bold=True)
        x.fill = PatternFill("solid", fgColor="E2EFDA")

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

entries = []
start = 8
for i, ((head, item), (a1, d1, tg, a2, d2, rem)) in enumerate(zip(ITEMS, FILL)):
    r = start + i
    ws[f"A{r}"] = i + 1
    ws[f"C{r}"] = item
    ws[f"D{r}"] = a1; ws[f"E{r}"] = d1
    if tg: ws[f"F{r}"] = tg
    if a2: ws[f"G{r}"] = a2
    if d2: ws[f"H{r}"] = d2
    if rem: ws[f"I{r}"] = rem
    for c in "ABCDEFGHI":
        ws[f"{c}{r}"].border = box
        ws[f"{c}{r}"].alignment = lc if c in "CI" else cc
    for c in "EFH":
        ws[f"{c}{r}"].number_format = WAREKI
    ws.row_dimensions[r].height = 42
    dv.add(f"D{r}"); dv.add(f"G{r}")
    e = {"section": head, "item": item, "itemNo": str(i + 1), "firstAnswer": a1, "firstDate": d1.isoformat()}
    if tg: e["targetDate"] = tg.isoformat()
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2.isoformat()
    if rem: e["remarks"] = rem
    entries.append(e)
# merged 区分 cells
for head, (a, b) in {H1: (8, 10), H2: (11, 13), H3: (14, 15)}.items():
    ws.merge_cells(f"B{a}:B{b}"); ws[f"B{a}"] = SHOWN[head]
    ws[f"B{a}"].alignment = lc; ws[f"B{a}"].font = Font(bold=True)
ws.freeze_panes = "D8"

tmpd = tempfile.mkdtemp()
raw = os.path.join(tmpd, NAME + ".xlsx")
wb.save(raw)
out = tempfile.mkdtemp()
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", out, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(out, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))

exp = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FAC, "entries": entries},
    "planted": [
        {"cells": [f"{SHEET}!F11"], "paths": ["entries[3].targetDate"],
         "why": "1回目 いいえ (R6.11.5) but 目標日 left blank; いいえ requires a 目標日"},
        {"cells": [f"{SHEET}!F13"], "paths": ["entries[5].targetDate"],
         "why": "目標日 令和7年6月30日 (2025-06-30) is outside the form's fiscal year R6 (ends 2025-03-31)"},
    ],
    "notes": ("Hospital-made layout, re-saved by LibreOffice. Dates are real Excel date cells displayed in 和暦 "
              "(令和6年11月5日). 区分 column is merged vertically and abbreviated (no ○, line breaks); section values "
              "give the seed's full ○ heading. No. column 1-8 gives itemNo. Answers come from a はい/いいえ dropdown."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok")

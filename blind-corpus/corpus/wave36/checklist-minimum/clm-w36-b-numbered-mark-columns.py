#!/usr/bin/python3
"""clm-w36-b: 最低限の措置編 checklist redrawn by a 保健所 for electronic entry: No. column, 区分 column
(merged, abbreviated headings), separate はい/いいえ mark columns (○) and date columns for 1回目/2回目,
a 記入要領 sheet in front. Saved by openpyxl, then re-saved by LibreOffice."""
import sys, json, os, subprocess, shutil, tempfile, datetime as dt
sys.path.insert(0, "/tmp/w36-clmh-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w36-b-numbered-mark-columns"
FACILITY = "医療法人 和気会 津山さくら病院"

K1 = ("パスワード強化・\n使い回し禁止", "〇パスワードを強固なものに変更し、使い回しをしない")
K2 = ("通信制御の確認\n（IoT機器含む）", "〇IoT 機器を含む情報資産の通信制御を確認する")
K3 = ("ファームウェア等の\n迅速な更新", "〇ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する")
D = dt.datetime
# (kubun, item, a1, d1(datetime), target text, target iso, a2, d2 text, d2 iso, remarks)
ROWS = [
 (K1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
  "はい", D(2024, 11, 5), None, None, "はい", "R7.2.3", "2025-02-03", ""),
 # PLANTED: 2回目 date written R6.1.10 (should be R7.1.10) -> before the 1回目 date
 (K1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
  "いいえ", D(2024, 11, 5), "R6.12.27", "2024-12-27", "はい", "R6.1.10", "2024-01-10",
  "VPN装置と院内Wi-Fi管理画面のPWが同一→変更済"),
 (K1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
  "はい", D(2024, 11, 5), None, None, "はい", "R7.2.3", "2025-02-03", "院内掲示・朝礼で周知"),
 (K2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
  "はい", D(2024, 11, 6), None, None, "はい", "R7.2.3", "2025-02-03", "ネットワーク構成図 R6.10更新"),
 # PLANTED: 1回目 いいえ but 目標日 left blank
 (K2, "ネットワーク接続点へのアクセス制御を適切に実施している。",
  "いいえ", D(2024, 11, 6), None, None, "はい", "R7.2.3", "2025-02-03", "保守用VPNの接続元IPを業者拠点に限定"),
 (K2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
  "いいえ", D(2024, 11, 6), "R7.1.31", "2025-01-31", "はい", "R7.2.3", "2025-02-03", "月次でFWログ確認（情報システム係）"),
 (K3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
  "はい", D(2024, 11, 6), None, None, "はい", "R7.2.3", "2025-02-03", ""),
 (K3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
  "はい", D(2024, 11, 6), None, None, "はい", "R7.2.3", "2025-02-03", ""),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(wrap_text=True, vertical="center")

wb = Workbook()
guide = wb.active
guide.title = "記入要領"
guide.column_dimensions["A"].width = 100
lines = [
 "【記入要領】サイバーセキュリティ対策チェックリスト（最低限の措置編）",
 "",
 "1．「チェックリスト」シートの医療機関名欄に、正式名称を入力してください。",
 "2．各項目について確認を行い、1回目の「はい」「いいえ」いずれかの欄に ○ を入力し、確認日を入力してください。",
 "3．1回目で「いいえ」の場合は、実施可能な直近の対応目標日を「目標日」欄に入力してください。",
 "4．「いいえ」の項目について対応後に再確認した場合は、2回目欄に ○ と確認日を入力してください。",
 "5．参考：令和6年8月1日付け事務連絡「医療機関等におけるサイバーセキュリティ対策の取組みについて」別添",
 "   「サイバー攻撃リスク低減のための最低限の措置」",
 "6．立入検査時に本チェックリストを確認します。提出は保健所へお願いします。",
]
for i, t in enumerate(lines, 1):
    guide.cell(i, 1, t).alignment = Alignment(wrap_text=True)
guide["A1"].font = Font(bold=True, size=12)

ws = wb.create_sheet("チェックリスト")
widths = {"A": 5, "B": 16, "C": 58, "D": 5, "E": 6, "F": 11, "G": 11, "H": 5, "I": 6, "J": 11, "K": 30}
for k, v in widths.items():
    ws.column_dimensions[k].width = v
ws.merge_cells("A1:K1")
ws["A1"] = "サイバーセキュリティ対策チェックリスト（「サイバー攻撃リスク低減のための最低限の措置」編）　医療機関確認用"
ws["A1"].font = Font(bold=True, size=13)
ws.merge_cells("A2:F2")
ws["A2"] = "医療機関名：" + FACILITY + " "       # label and value in one cell, trailing space
ws["A2"].font = Font(size=12)

hdr = PatternFill("solid", fgColor="DDEBF7")
ws.merge_cells("A4:A5"); ws["A4"] = "No."
ws.merge_cells("B4:B5"); ws["B4"] = "区分"
ws.merge_cells("C4:C5"); ws["C4"] = "チェック項目"
ws.merge_cells("D4:F4"); ws["D4"] = "1回目"
ws.merge_cells("G4:G5"); ws["G4"] = "目標日\n（いいえの場合）"
ws.merge_cells("H4:J4"); ws["H4"] = "2回目"
ws.merge_cells("K4:K5"); ws["K4"] = "備考"
ws["D5"] = "はい"; ws["E5"] = "いいえ"; ws["F5"] = "確認日"
ws["H5"] = "はい"; ws["I5"] = "いいえ"; ws["J5"] = "確認日"
for r in (4, 5):
    for c in "ABCDEFGHIJK":
        cell = ws[f"{c}{r}"]
        cell.border = B; cell.alignment = center; cell.fill = hdr; cell.font = Font(bold=True, size=10)
ws.row_dimensions[4].height = 30

entries = []
r = 6
start = {}
for n, (k, item, a1, d1, tgt, tgt_iso, a2, d2, d2_iso, rem) in enumerate(ROWS, 1):
    ws[f"A{r}"] = n
    start.setdefault(k, r)
    ws[f"B{r}"] = k[0]
    ws[f"C{r}"] = item
    ws[f"D{r}" if a1 == "はい" else f"E{r}"] = "○"
    ws[f"F{r}"] = d1; ws[f"F{r}"].number_format = "yyyy/m/d"
    if tgt:
        ws[f"G{r}"] = tgt
    ws[f"H{r}" if a2 == "はい" else f"I{r}"] = "○"
    ws[f"J{r}"] = d2
    if rem:
        ws[f"K{r}"] = rem
    for c in "ABCDEFGHIJK":
        ws[f"{c}{r}"].border = B
        ws[f"{c}{r}"].alignment = center
    ws[f"C{r}"].alignment = wrap
    ws[f"K{r}"].alignment = wrap; ws[f"K{r}"].font = Font(size=9)
    ws.row_dimensions[r].height = 45
    e = {"section": k[1], "item": item, "itemNo": str(n), "firstAnswer": a1, "firstDate": d1.strftime("%Y-%m-%d")}
    if tgt_iso: e["targetDate"] = tgt_iso
    e["secondAnswer"] = a2; e["secondDate"] = d2_iso
    if rem: e["remarks"] = rem
    entries.append(e)
    r += 1
# merge 区分 cells per heading
ends = {}
for i, row in enumerate(ROWS):
    ends[row[0]] = 6 + i
for k, s in start.items():
    if ends[k] > s:
        ws.merge_cells(f"B{s}:B{ends[k]}")
ws.freeze_panes = "D6"
ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.active = 1

out = os.path.join(HERE, NAME + ".xlsx")
tmpd = tempfile.mkdtemp(prefix="clm-w36-b-")
raw = os.path.join(tmpd, NAME + ".xlsx")
wb.save(raw)
# re-save with LibreOffice as the office's file would be
outdir = os.path.join(tmpd, "lo")
os.makedirs(outdir)
subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmpd}/profile",
                "--convert-to", "xlsx", "--outdir", outdir, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), out)
shutil.rmtree(tmpd)

exp = {
 "form": "checklist-minimum", "version": "R6", "file": NAME + ".xlsx",
 "values": {"facilityName": FACILITY, "entries": entries},
 "planted": [
  {"cells": ["チェックリスト!J7", "チェックリスト!F7"], "paths": ["entries[1].secondDate"],
   "why": "2回目の確認日 R6.1.10 (2024-01-10) is before the 1回目 date 2024-11-05 (meant R7.1.10; 和暦 year not rolled over)"},
  {"cells": ["チェックリスト!G10"], "paths": ["entries[4].targetDate"],
   "why": "1回目 is いいえ but the 目標日 is blank (いいえ requires a target date)"},
 ],
 "notes": ("Answers are ○ marks in separate はい/いいえ columns. 1回目 dates are Excel date cells; 目標日 and 2回目 dates are "
           "和暦 text (R6.12.27, R7.2.3). 区分 column shows abbreviated headings (merged per heading); section values are the "
           "catalogue's full 〇 headings. itemNo is the No. column (1-8). Facility cell is 「医療機関名：…」 with a trailing space. "
           "File re-saved by LibreOffice. First sheet 記入要領 is instructions only."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("wrote", out)

#!/usr/bin/python3
# clm-w13-a: Okayama 最低限の措置編, drawn as the printed form (別添), filled by over-typing
# the pre-printed "はい・いいえ (　/　)" cells; re-saved by LibreOffice. No planted problem.
import json, os, subprocess, shutil, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave13/checklist-minimum"
NAME = "clm-w13-a-print-form-inline"
FAC = "医療法人 緑風会 岡山みなと病院"

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
BLANK1 = "はい・いいえ\n(　/　)"   # pre-printed template text, left untouched = not answered
BLANKT = "(　/　)"
# per item: (1回目 cell text, 目標日 cell text, 2回目 cell text, 備考, canonical dict)
FILL = [
 ("はい\n(10/8)", BLANKT, BLANK1, "", dict(firstAnswer="はい", firstDate="2024-10-08")),
 ("いいえ\n(10/8)", "(12/20)", "はい\n(12/16)", "複合機・NASの管理者パスワードが共通\n→機器ごとに個別化",
   dict(firstAnswer="いいえ", firstDate="2024-10-08", targetDate="2024-12-20", secondAnswer="はい", secondDate="2024-12-16")),
 ("はい\n(10/8)", BLANKT, BLANK1, "院内掲示・職員メールで周知済", dict(firstAnswer="はい", firstDate="2024-10-08")),
 ("はい（10/9）", BLANKT, BLANK1, "電子カルテ・PACS・レセコン各事業者と確認", dict(firstAnswer="はい", firstDate="2024-10-09")),
 ("はい（10/9）", BLANKT, BLANK1, "", dict(firstAnswer="はい", firstDate="2024-10-09")),
 ("いいえ（10/9）", "（3/14）", BLANK1, "UTMログの定期確認手順を作成中",
   dict(firstAnswer="いいえ", firstDate="2024-10-09", targetDate="2025-03-14")),
 ("いいえ\n(10/9)", "(11/29)", "はい\n(11/27)", "保守契約に年2回の更新確認を追加",
   dict(firstAnswer="いいえ", firstDate="2024-10-09", targetDate="2024-11-29", secondAnswer="はい", secondDate="2024-11-27")),
 ("はい\n(10/9)", BLANKT, BLANK1, "", dict(firstAnswer="はい", firstDate="2024-10-09")),
]

thin = Side(style="thin"); med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
ctr = Alignment(wrap_text=True, vertical="center", horizontal="center")

wb = Workbook(); ws = wb.active; ws.title = "最低限の措置編"
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 56
for c, w in zip("CDEF", (13, 10, 13, 30)):
    ws.column_dimensions[c].width = w
ws.column_dimensions["G"].width = 2
ws["F1"] = "別添"; ws["F1"].alignment = Alignment(horizontal="right")
ws.merge_cells("B2:F2"); ws["B2"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws.merge_cells("B3:F3"); ws["B3"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
ws.merge_cells("B4:F4"); ws["B4"] = "医療機関確認用"
for r in (2, 3, 4):
    ws.cell(r, 2).alignment = Alignment(horizontal="center"); ws.cell(r, 2).font = Font(bold=True, size=13 if r < 4 else 11)
ws.merge_cells("C6:F6"); ws["C6"] = "医療機関名　" + FAC
ws["C6"].border = Border(bottom=thin); ws["C6"].font = Font(size=12)
notes = [
 "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
 "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
 "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
 "※ 立入検査時、本チェックリストを確認します。",
]
for i, t in enumerate(notes):
    r = 8 + i; ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    ws.cell(r, 2, t).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r].height = 30 if i == 0 else 16
HR = 13
ws.merge_cells(start_row=HR, start_column=2, end_row=HR+1, end_column=2); ws.cell(HR, 2, "チェック項目")
ws.merge_cells(start_row=HR, start_column=3, end_row=HR, end_column=5); ws.cell(HR, 3, "確認結果（日付）")
ws.cell(HR+1, 3, "1回目"); ws.cell(HR+1, 4, "目標日"); ws.cell(HR+1, 5, "2回目")
ws.merge_cells(start_row=HR, start_column=6, end_row=HR+1, end_column=6); ws.cell(HR, 6, "備考")
for r in (HR, HR+1):
    for c in range(2, 7):
        ws.cell(r, c).border = B; ws.cell(r, c).alignment = ctr
        ws.cell(r, c).fill = PatternFill("solid", fgColor="D9D9D9")
r = HR + 2
cur = None
entries = []
rowmap = {}
for (sec, item), (a1, tg, a2, rem, canon) in zip(ITEMS, FILL):
    if sec != cur:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(r, 2, "○" + sec).font = Font(bold=True)
        for c in range(2, 7): ws.cell(r, c).border = B
        cur = sec; r += 1
    ws.cell(r, 2, item).alignment = wrap
    ws.cell(r, 3, a1); ws.cell(r, 4, tg); ws.cell(r, 5, a2); ws.cell(r, 6, rem if rem else None)
    for c in range(2, 7):
        ws.cell(r, c).border = B
        if c in (3, 4, 5): ws.cell(r, c).alignment = ctr
        elif c == 6: ws.cell(r, c).alignment = wrap
    ws.row_dimensions[r].height = 45
    e = {"section": sec, "item": item}; e.update(canon)
    if rem: e["remarks"] = rem
    entries.append(e); rowmap[len(entries)-1] = r
    r += 1
ws.print_area = "A1:G%d" % (r)
ws.page_setup.orientation = "portrait"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1; ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0

tmpd = tempfile.mkdtemp()
tmp = os.path.join(tmpd, NAME + ".xlsx")
wb.save(tmp)
prof = tempfile.mkdtemp()
subprocess.run(["soffice", "-env:UserInstallation=file://" + prof, "--headless", "--convert-to", "xlsx",
                "--outdir", OUT, tmp], check=True, capture_output=True)
shutil.rmtree(tmpd); shutil.rmtree(prof, ignore_errors=True)

exp = {
 "form": "checklist-minimum", "version": "R6", "file": NAME + ".xlsx",
 "values": {"facilityName": FAC, "entries": entries},
 "planted": [],
 "notes": ("Printed-form layout (sheet 最低限の措置編, items in B16:B25 under ○ heading rows). Answer and date share one cell: "
           "the filler deleted the unchosen option from the pre-printed 'はい・いいえ (　/　)' and typed a year-less date "
           "in the brackets (Oct-Dec = 2024, Jan-Mar = 2025). Cells still holding the untouched template text "
           "'はい・いいえ\\n(　/　)' or '(　/　)' are unanswered and are omitted (e.g. 2回目 of item 6, which is still pending "
           "with target 3/14). section is the ○ heading without the leading ○ mark. 医療機関名 shares one cell with its "
           "label (C6). File re-saved by LibreOffice.")
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("rows", rowmap)

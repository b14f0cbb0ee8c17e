#!/usr/bin/python3
"""clm-w26-a: Okayama-style print layout of the 最低限の措置編 checklist.
Each result cell keeps the printed template 'はい・いいえ (/)'; the filler deletes the unused option and
writes a year-less date in the brackets ('はい (10/7)'). Unused cells keep the template text.
Saved by openpyxl, then re-saved by LibreOffice (headless)."""
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill

OUT = "/work/blind/wave26/checklist-minimum"
NAME = "clm-w26-a-okayama-print-combined-cells"
FACILITY = "医療法人 清風会 吉備高原病院"
TPL_ANS = "はい・いいえ (/)"
TPL_DATE = "(/)"

H1 = "〇パスワードを強固なものに変更し、使い回しをしない"
H2 = "〇IoT 機器を含む情報資産の通信制御を確認する"
H3 = "〇ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
I = [
    "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
    "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
    "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
    "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
    "ネットワーク接続点へのアクセス制御を適切に実施している。",
    "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
    "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
    "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
]
# (heading, item, first cell, target cell, second cell, remarks, expected entry)
ROWS = [
    (H1, I[0], "はい (10/7)", TPL_DATE, TPL_ANS, "",
     dict(firstAnswer="はい", firstDate="2024-10-07")),
    (H1, I[1], "いいえ (10/7)", "(11/30)", "はい (11/22)", "部門システムの共通パスワードを個別に変更",
     dict(firstAnswer="いいえ", firstDate="2024-10-07", targetDate="2024-11-30",
          secondAnswer="はい", secondDate="2024-11-22")),
    (H1, I[2], "はい (10/7)", TPL_DATE, TPL_ANS, "",
     dict(firstAnswer="はい", firstDate="2024-10-07")),
    (H2, I[3], "いいえ (10/7)", "(12/20)", "はい (12/13)", "電子カルテ・PACS・検査システムの各事業者と確認",
     dict(firstAnswer="いいえ", firstDate="2024-10-07", targetDate="2024-12-20",
          secondAnswer="はい", secondDate="2024-12-13")),
    (H2, I[4], "はい (10/8)", TPL_DATE, TPL_ANS, "",
     dict(firstAnswer="はい", firstDate="2024-10-08")),
    (H2, I[5], "いいえ (10/8)", "(1/31)", "はい (1/24)", "UTMのログを月1回確認する運用に変更\n（情報システム係）",
     dict(firstAnswer="いいえ", firstDate="2024-10-08", targetDate="2025-01-31",
          secondAnswer="はい", secondDate="2025-01-24")),
    (H3, I[6], "はい (10/8)", TPL_DATE, TPL_ANS, "保守契約で年2回確認",
     dict(firstAnswer="はい", firstDate="2024-10-08")),
    (H3, I[7], "はい（10/8）", TPL_DATE, TPL_ANS, "",
     dict(firstAnswer="はい", firstDate="2024-10-08")),
]

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト"
ws.column_dimensions["A"].width = 2
ws.column_dimensions["B"].width = 58
for c in "CDE":
    ws.column_dimensions[c].width = 15
ws.column_dimensions["F"].width = 26

ws.merge_cells("B1:F1")
ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B1"].font = Font(size=14, bold=True)
ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:F2")
ws["B2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
ws["B2"].font = Font(size=12, bold=True)
ws["B2"].alignment = Alignment(horizontal="center")
ws["F3"] = "医療機関確認用"
ws["F3"].alignment = Alignment(horizontal="right")
ws["F3"].border = box

ws["C5"] = "医療機関名"
ws["C5"].alignment = Alignment(horizontal="right", vertical="center")
ws.merge_cells("D5:F5")
ws["D5"] = FACILITY
ws["D5"].border = Border(bottom=thin)

notes = [
    "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）"
    "により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
r = 7
for n in notes:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    ws.cell(r, 2, n).alignment = Alignment(wrap_text=True, vertical="top")
    ws.cell(r, 2).font = Font(size=9)
    ws.row_dimensions[r].height = 28 if len(n) > 60 else 15
    r += 1

HR = 12
ws.merge_cells(start_row=HR, start_column=2, end_row=HR + 1, end_column=2)
ws.cell(HR, 2, "チェック項目")
ws.merge_cells(start_row=HR, start_column=3, end_row=HR, end_column=5)
ws.cell(HR, 3, "確認結果（日付）")
ws.merge_cells(start_row=HR, start_column=6, end_row=HR + 1, end_column=6)
ws.cell(HR, 6, "備考")
ws.cell(HR + 1, 3, "1回目")
ws.cell(HR + 1, 4, "目標日")
ws.cell(HR + 1, 5, "2回目")
grey = PatternFill("solid", fgColor="D9D9D9")
for rr in (HR, HR + 1):
    for c in range(2, 7):
        cell = ws.cell(rr, c)
        cell.border = box
        cell.alignment = center
        cell.fill = grey
        cell.font = Font(bold=True)

r = HR + 2
entries = []
last_h = None
for h, item, a1, tgt, a2, rem, exp in ROWS:
    if h != last_h:
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        ws.cell(r, 2, h.replace("〇", "○")).font = Font(bold=True)
        for c in range(2, 7):
            ws.cell(r, c).border = box
            ws.cell(r, c).fill = PatternFill("solid", fgColor="F2F2F2")
        last_h = h
        r += 1
    ws.cell(r, 2, item).alignment = wrap
    ws.cell(r, 3, a1).alignment = center
    ws.cell(r, 4, tgt).alignment = center
    ws.cell(r, 5, a2).alignment = center
    if rem:
        ws.cell(r, 6, rem).alignment = wrap
    for c in range(2, 7):
        ws.cell(r, c).border = box
    ws.row_dimensions[r].height = 45
    e = dict(section=h, item=item)
    e.update(exp)
    if rem:
        e["remarks"] = rem
    entries.append(e)
    r += 1

ws.page_setup.orientation = "landscape"
ws.page_setup.fitToWidth = 1
ws.print_area = f"A1:F{r}"

tmpd = tempfile.mkdtemp()
tmp = os.path.join(tmpd, NAME + ".xlsx")
wb.save(tmp)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, tmp],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmpd)

expected = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [],
    "notes": ("Okayama print layout: each result cell holds answer and year-less date in one cell "
              "('はい (10/7)', one cell with full-width brackets 'はい（10/8）'); the unused option was deleted. "
              "Cells the filler did not need keep the printed template 'はい・いいえ (/)' or '(/)' and are blank "
              "(not in values). Year-less dates: Oct-Dec = 2024, Jan-Mar = 2025. Headings are printed with "
              "U+25CB '○' as in the Okayama form; section values use the catalogue's '〇' heading text. "
              "Re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", NAME)

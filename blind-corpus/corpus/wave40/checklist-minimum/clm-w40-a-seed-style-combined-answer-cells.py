#!/usr/bin/python3
# Generator: checklist-minimum, workbook a (Okayama 最低限の措置編, drawn as the seed's form; no planted problem).
# Run with: PYTHONPATH=/tmp/clmclh-py /usr/bin/python3 THIS.py   (then re-saved by LibreOffice)
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave40/checklist-minimum"
NAME = "clm-w40-a-seed-style-combined-answer-cells"
FAC = "医療法人 吉備の里会 吉備高原記念病院"

S1 = "パスワードを強固なものに変更し、使い回しをしない"
S2 = "IoT 機器を含む情報資産の通信制御を確認する"
S3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
ITEMS = [
    (S1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。"),
    (S1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。"),
    (S1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。"),
    (S2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。"),
    (S2, "ネットワーク接続点へのアクセス制御を適切に実施している。"),
    (S2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。"),
    (S3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。"),
    (S3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。"),
]
# what the busy filler typed into the template cells "はい・いいえ (/)" / "(/)" (untouched template text stays as is)
FILL = [
    # 1回目 cell,          目標日 cell,   2回目 cell,           備考,  canonical entry extras
    ("はい (10/7)",        "(/)",        "はい・いいえ (/)",   None,
     dict(firstAnswer="はい", firstDate="2024-10-07")),
    ("いいえ (10/7)",      "(11/29)",    "はい (11/27)",       "電子カルテ保守用とVPN装置の管理者パスワードが同一だったため変更",
     dict(firstAnswer="いいえ", firstDate="2024-10-07", targetDate="2024-11-29", secondAnswer="はい", secondDate="2024-11-27")),
    ("はい（10/7）",       "(/)",        "はい・いいえ (/)",   "朝礼・院内メールで周知",
     dict(firstAnswer="はい", firstDate="2024-10-07")),
    ("いいえ (10/8)",      "(12/20)",    "はい (12/18)",       "電子カルテベンダ・回線事業者と確認\n（閉域網の接続点含む）",
     dict(firstAnswer="いいえ", firstDate="2024-10-08", targetDate="2024-12-20", secondAnswer="はい", secondDate="2024-12-18")),
    ("はい (10/8)",        "(/)",        "はい・いいえ (/)",   None,
     dict(firstAnswer="はい", firstDate="2024-10-08")),
    ("いいえ (10/8)",      "(1/31)",     "はい (1/30)",        "UTMのログ確認を月1回実施することとした",
     dict(firstAnswer="いいえ", firstDate="2024-10-08", targetDate="2025-01-31", secondAnswer="はい", secondDate="2025-01-30")),
    ("はい (10/9)",        "(/)",        "はい・いいえ (/)",   "保守契約で四半期ごとに確認",
     dict(firstAnswer="はい", firstDate="2024-10-09")),
    ("はい (10/9)",        "(/)",        "はい・いいえ (/)",   None,
     dict(firstAnswer="はい", firstDate="2024-10-09")),
]

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook(); ws = wb.active; ws.title = "最低限の措置編"
ws.column_dimensions["A"].width = 62
for c in "BCD": ws.column_dimensions[c].width = 16
ws.column_dimensions["E"].width = 30

ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"; ws["A1"].font = Font(bold=True, size=14)
ws.merge_cells("A1:E1"); ws["A1"].alignment = Alignment(horizontal="center")
ws["A2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"; ws.merge_cells("A2:E2"); ws["A2"].alignment = Alignment(horizontal="center")
ws["A2"].font = Font(bold=True, size=12)
ws["E3"] = "医療機関確認用"; ws["E3"].alignment = Alignment(horizontal="right"); ws["E3"].border = B
ws["A5"] = "医療機関名"; ws["A5"].alignment = Alignment(horizontal="right")
ws["B5"] = FAC; ws.merge_cells("B5:E5"); 
for c in "BCDE": ws[f"{c}5"].border = Border(bottom=thin)
notes = [
    "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
r = 7
for n in notes:
    ws.cell(r, 1, n).alignment = Alignment(wrap_text=True, vertical="top"); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
    ws.row_dimensions[r].height = 30 if len(n) > 60 else 16; r += 1
# header rows 12-13
h = 12
ws.cell(h, 1, "チェック項目"); ws.merge_cells(start_row=h, start_column=1, end_row=h + 1, end_column=1)
ws.cell(h, 2, "確認結果 (日付)"); ws.merge_cells(start_row=h, start_column=2, end_row=h, end_column=4)
ws.cell(h, 5, "備考"); ws.merge_cells(start_row=h, start_column=5, end_row=h + 1, end_column=5)
ws.cell(h + 1, 2, "1回目"); ws.cell(h + 1, 3, "目標日"); ws.cell(h + 1, 4, "2回目")
for rr in (h, h + 1):
    for cc in range(1, 6):
        c = ws.cell(rr, cc); c.border = B; c.alignment = center; c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")
r = h + 2
entries = []; cur = None
for (sec, item), (a1, tg, a2, rem, canon) in zip(ITEMS, FILL):
    if sec != cur:
        ws.cell(r, 1, "○" + sec).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=5)
        for cc in range(1, 6): ws.cell(r, cc).border = B
        ws.cell(r, 1).fill = PatternFill("solid", fgColor="F2F2F2")
        cur = sec; r += 1
    ws.cell(r, 1, item).alignment = wrap
    ws.cell(r, 2, a1); ws.cell(r, 3, tg); ws.cell(r, 4, a2)
    if rem: ws.cell(r, 5, rem)
    for cc in range(1, 6):
        ws.cell(r, cc).border = B
        if cc in (2, 3, 4): ws.cell(r, cc).alignment = center
        else: ws.cell(r, cc).alignment = wrap
    ws.row_dimensions[r].height = 45
    e = dict(section=sec, item=item); e.update(canon)
    if rem: e["remarks"] = rem
    entries.append(e); r += 1
ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
ws.print_area = f"A1:E{r}"

tmpd = tempfile.mkdtemp(prefix="clm_a_")
src = os.path.join(tmpd, NAME + ".xlsx"); wb.save(src)
# re-save with LibreOffice (as the prefecture's template would have been)
outd = tempfile.mkdtemp(prefix="clm_a_lo_")
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))

exp = {
    "form": "checklist-minimum", "version": "R6", "file": NAME + ".xlsx",
    "values": {"facilityName": FAC, "entries": entries},
    "planted": [],
    "notes": ("Seed-style answer cells: the filler deleted one option from 'はい・いいえ (/)' and wrote a year-less date in "
              "the brackets (R6 form: Oct-Dec = 2024, Jan-Mar = 2025). Untouched template text 'はい・いいえ (/)' and '(/)' "
              "means blank (no 2回目 / no 目標日 for items answered はい). section = the ○ heading without the ○ bullet. "
              "Workbook re-saved by LibreOffice."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", r)

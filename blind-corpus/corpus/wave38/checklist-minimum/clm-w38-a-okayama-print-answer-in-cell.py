# Generator for clm-w38-a-okayama-print-answer-in-cell.xlsx
# Okayama "最低限の措置編" drawn like the prefecture's print form; the hospital deleted one of
# 「はい・いいえ」 and wrote the date into the same cell. Re-saved by LibreOffice afterwards.
import sys, os, subprocess, shutil
sys.path.insert(0, "/tmp/clpy")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave38/checklist-minimum"
NAME = "clm-w38-a-okayama-print-answer-in-cell"
wb = Workbook()
ws = wb.active
ws.title = "チェックリスト"
thin = Side(style="thin"); med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(wrap_text=True, vertical="center", horizontal="center")
ws.column_dimensions["A"].width = 2   # spacer
ws.column_dimensions["B"].width = 58
ws.column_dimensions["C"].width = 13
ws.column_dimensions["D"].width = 11
ws.column_dimensions["E"].width = 13
ws.column_dimensions["F"].width = 26
ws.column_dimensions["G"].width = 2   # spacer

ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B1"].font = Font(size=14, bold=True)
ws["B2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
ws["B2"].font = Font(size=12, bold=True)
ws["F1"] = "医療機関確認用"
ws["F1"].border = box; ws["F1"].alignment = center
ws["B4"] = "医療機関名"
ws["B4"].alignment = Alignment(horizontal="right")
ws.merge_cells("C4:F4")
ws["C4"] = "医療法人社団 清心会 西大寺みなと病院"
for c in "CDEF":
    ws[f"{c}4"].border = Border(bottom=thin)
notes = [
    "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
r = 6
for n in notes:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    ws.cell(r, 2, n).alignment = Alignment(wrap_text=True, vertical="top")
    ws.row_dimensions[r].height = 30 if len(n) > 60 else 16
    r += 1
# header (two rows)
h1, h2 = 11, 12
ws.merge_cells(start_row=h1, start_column=2, end_row=h2, end_column=2)
ws.cell(h1, 2, "チェック項目")
ws.merge_cells(start_row=h1, start_column=3, end_row=h1, end_column=5)
ws.cell(h1, 3, "確認結果（日付）")
ws.merge_cells(start_row=h1, start_column=6, end_row=h2, end_column=6)
ws.cell(h1, 6, "備考")
ws.cell(h2, 3, "1回目"); ws.cell(h2, 4, "目標日"); ws.cell(h2, 5, "2回目")
grey = PatternFill("solid", fgColor="D9D9D9")
for rr in (h1, h2):
    for cc in range(2, 7):
        c = ws.cell(rr, cc); c.border = box; c.alignment = center; c.fill = grey; c.font = Font(bold=True)

BLANK_ANS = "はい・いいえ\n（　/　）"
BLANK_DATE = "（　/　）"
rows = [
    ("H", "○パスワードを強固なものに変更し、使い回しをしない"),
    ("I", "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい\n（9/27）", BLANK_DATE, BLANK_ANS, ""),
    ("I", "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "いいえ\n（9/27）", "（11/30）", "はい\n（11/25）", "電子カルテ端末とWeb会議サービスで同一PWあり\n→11月に変更済"),
    ("I", "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "はい\n（9/27）", BLANK_DATE, BLANK_ANS, "院内メール・朝礼で周知"),
    ("H", "○IoT 機器を含む情報資産の通信制御を確認する"),
    ("I", "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "はい\n（10/2）", BLANK_DATE, BLANK_ANS, "保守事業者3社と確認"),
    ("I", "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "はい\n（10/2）", BLANK_DATE, BLANK_ANS, ""),
    ("I", "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "いいえ\n（10/2）", "（1/31）", "はい\n（1/20）", "UTMログの月次確認を開始"),
    ("H", "○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"),
    ("I", "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "はい\n（10/2）", BLANK_DATE, BLANK_ANS, ""),
    ("I", "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい\n（9/27）", BLANK_DATE, BLANK_ANS, ""),
]
r = 13
for row in rows:
    if row[0] == "H":
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        c = ws.cell(r, 2, row[1]); c.font = Font(bold=True); c.alignment = Alignment(vertical="center")
        for cc in range(2, 7):
            ws.cell(r, cc).border = box
        ws.row_dimensions[r].height = 20
    else:
        _, item, a1, tgt, a2, rem = row
        ws.cell(r, 2, item).alignment = wrap
        ws.cell(r, 3, a1).alignment = center
        ws.cell(r, 4, tgt).alignment = center
        ws.cell(r, 5, a2).alignment = center
        ws.cell(r, 6, rem if rem else None).alignment = wrap
        for cc in range(2, 7):
            ws.cell(r, cc).border = box
        ws.row_dimensions[r].height = 48
    r += 1
ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = f"A1:G{r}"

tmp = "/tmp/clwork/" + NAME + ".xlsx"
wb.save(tmp)
# re-save with LibreOffice, as the hospital did (opened and saved in LibreOffice Calc)
outdir = "/tmp/clwork/lo_a"
os.makedirs(outdir, exist_ok=True)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, tmp], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
print("ok")

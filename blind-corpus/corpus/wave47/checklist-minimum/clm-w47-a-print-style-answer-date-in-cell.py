# Generator for clm-w47-a-print-style-answer-date-in-cell.xlsx
# Role: Okayama prefecture office drew the 「最低限の措置」編 checklist as a print-style sheet
# copied from the notice (はい・いいえ (/) pre-printed in every answer cell); a hospital's
# office clerk filled it by deleting the option not chosen and typing the date into the brackets.
# The file is then re-saved by LibreOffice (run this script, it calls soffice).
import sys, os, subprocess, shutil, tempfile
sys.path.insert(0, "/tmp/clmclh-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w47-a-print-style-answer-date-in-cell.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "最低限の措置"

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
gray = PatternFill("solid", fgColor="D9D9D9")

ws.column_dimensions["A"].width = 2
for c in "BCDE":
    ws.column_dimensions[c].width = 16
ws.column_dimensions["F"].width = 17
ws.column_dimensions["G"].width = 11
ws.column_dimensions["H"].width = 17
ws.column_dimensions["I"].width = 28

ws.merge_cells("B1:I1")
ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B1"].font = Font(size=14, bold=True)
ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:I2")
ws["B2"] = "「サイバー攻撃リスク低減のための最低限の措置」編"
ws["B2"].font = Font(size=12, bold=True)
ws["B2"].alignment = Alignment(horizontal="center")
ws["I3"] = "医療機関確認用"
ws["I3"].alignment = Alignment(horizontal="right")
ws["I3"].border = box

ws["B5"] = "医療機関名"
ws["B5"].font = Font(bold=True)
ws.merge_cells("C5:F5")
ws["C5"] = "医療法人 旭水会　旭川中央病院"
for c in "CDEF":
    ws[f"{c}5"].border = Border(bottom=thin)

notes = [
    "※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡）により、"
    "特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。",
    "※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "※ 立入検査時、本チェックリストを確認します。",
]
r = 7
for n in notes:
    ws.merge_cells(f"B{r}:I{r}")
    ws[f"B{r}"] = n
    ws[f"B{r}"].alignment = Alignment(wrap_text=True, vertical="top")
    ws[f"B{r}"].font = Font(size=9)
    ws.row_dimensions[r].height = 30 if len(n) > 60 else 15
    r += 1

# header rows 12-13
ws.merge_cells("B12:E13"); ws["B12"] = "チェック項目"
ws.merge_cells("F12:H12"); ws["F12"] = "確認結果（日付）"
ws.merge_cells("I12:I13"); ws["I12"] = "備考"
ws["F13"] = "1回目"; ws["G13"] = "目標日"; ws["H13"] = "2回目"
for row in ws["B12:I13"]:
    for c in row:
        c.border = box; c.alignment = center; c.fill = gray; c.font = Font(bold=True)

BLANK_ANS = "はい・いいえ\n（　／　）"
BLANK_DATE = "（　／　）"

rows = [
    ("H", "〇パスワードを強固なものに変更し、使い回しをしない"),
    ("I", "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい（10/8）", BLANK_DATE, BLANK_ANS, ""),
    ("I", "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "いいえ（10/8）", "（12/27）", "はい（12/24）", "保守業者と調整し、ルータ・UTMの管理者パスワードを機器ごとに変更"),
    ("I", "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "はい（10/8）", BLANK_DATE, BLANK_ANS, "院内メール・朝礼で周知 "),
    ("H", "〇IoT 機器を含む情報資産の通信制御を確認する"),
    ("I", "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "はい（10/8）", BLANK_DATE, BLANK_ANS, "電子カルテ保守回線、PACS保守回線、オン資回線を確認"),
    ("I", "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "はい（10/8）", BLANK_DATE, BLANK_ANS, ""),
    ("I", "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "いいえ (10/9)", "(3/14)", BLANK_ANS, "UTMのログは保存済み。\n定期チェックの手順を業者と作成中"),
    ("H", "〇ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"),
    ("I", "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "はい（10/9）", BLANK_DATE, BLANK_ANS, ""),
    ("I", "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい（10/9）", BLANK_DATE, BLANK_ANS, ""),
]
r = 14
for spec in rows:
    if spec[0] == "H":
        ws.merge_cells(f"B{r}:I{r}")
        ws[f"B{r}"] = spec[1]
        ws[f"B{r}"].font = Font(bold=True)
        for c in "BCDEFGHI":
            ws[f"{c}{r}"].border = box
            ws[f"{c}{r}"].fill = PatternFill("solid", fgColor="F2F2F2")
        ws.row_dimensions[r].height = 18
    else:
        _, text, a1, tgt, a2, rem = spec
        ws.merge_cells(f"B{r}:E{r}")
        ws[f"B{r}"] = text
        ws[f"F{r}"] = a1; ws[f"G{r}"] = tgt; ws[f"H{r}"] = a2
        if rem:
            ws[f"I{r}"] = rem
        for c in "BCDEFGHI":
            ws[f"{c}{r}"].border = box
            ws[f"{c}{r}"].alignment = wrap if c in "BI" else center
        ws.row_dimensions[r].height = 48
    r += 1

ws.page_setup.orientation = "portrait"
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_area = f"B1:I{r-1}"

tmpd = tempfile.mkdtemp(prefix="clm-a-")
raw = os.path.join(tmpd, NAME)
wb.save(raw)
# re-save through LibreOffice, as the hospital PC did
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.rmtree(tmpd)
print("wrote", os.path.join(OUT, NAME))

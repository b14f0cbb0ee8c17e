# Generator for clm-w34-b-flat-table-separate-date-columns.xlsx
# A hospital's IT office redraws the Okayama 「最低限の措置」編 checklist as a flat list:
# No. | 区分 (heading, merged down) | チェック項目 | 1回目 結果 | 1回目 確認日 | 目標日 | 2回目 結果 | 2回目 確認日 | 備考
# answers from a はい/いいえ drop-down, dates as real Excel date cells, an extra 記入要領 sheet; re-saved by LibreOffice.
import sys, datetime as dt, subprocess, os, shutil, tempfile
sys.path.insert(0, "/tmp/clx-pylib")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

FOLDER = "/work/blind/wave34/checklist-minimum"
NAME = "clm-w34-b-flat-table-separate-date-columns.xlsx"

wb = Workbook()
ws = wb.active
ws.title = "最低限の措置"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

widths = {"A": 5, "B": 20, "C": 52, "D": 9, "E": 12, "F": 12, "G": 9, "H": 12, "I": 32}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "サイバーセキュリティ対策チェックリスト（サイバー攻撃リスク低減のための最低限の措置編）　医療機関確認用"
ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "医療機関名"; ws["A3"].font = Font(bold=True)
ws.merge_cells("A3:B3")
ws.merge_cells("C3:E3")
ws["C3"] = "社会医療法人緑風会 高梁みどり病院"
ws["F3"] = "記入者"; ws["F3"].font = Font(bold=True)
ws.merge_cells("G3:H3")
ws["G3"] = "情報システム室　岡田"
for c in ("A3", "B3", "C3", "D3", "E3", "F3", "G3", "H3"):
    ws[c].border = box

heads = ["No.", "区分", "チェック項目", "1回目\n結果", "1回目\n確認日", "目標日\n（いいえの場合）", "2回目\n結果", "2回目\n確認日", "備考"]
fillh = PatternFill("solid", fgColor="E2EFDA")
for i, h in enumerate(heads, start=1):
    c = ws.cell(5, i, h)
    c.font = Font(bold=True); c.alignment = center; c.border = box; c.fill = fillh
ws.row_dimensions[5].height = 32

H1 = "パスワードを強固なものに変更し、使い回しをしない"
H2 = "IoT機器を含む情報資産の通信制御を確認する"
H3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
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
D = dt.date
rows = [
 ("はい", D(2024,11,5), None, None, None, None),
 ("いいえ", D(2024,11,5), D(2025,1,31), "はい", D(2025,1,24), "VPN装置の管理者PWを電子カルテサーバと別の値に変更"),
 ("はい", D(2024,11,5), None, None, None, None),
 ("いいえ", D(2024,11,6), D(2024,12,27), "はい", D(2024,12,20), "電子カルテベンダ・ネットワーク保守業者と\n接続点一覧を作成"),
 ("はい", D(2024,11,6), None, None, None, None),
 ("いいえ", D(2024,11,6), None, None, None, "ログ保存はしているが定期チェック未実施 "),   # planted: no 目標日
 ("いいえ", D(2024,11,6), D(2025,4,30), None, None, "ルータ更新を次年度予算で計画"),         # planted: 目標日 outside FY
 ("はい", D(2024,11,6), None, None, None, None),
]
dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
r0 = 6
for k, (a1, d1, tg, a2, d2, rem) in enumerate(rows):
    r = r0 + k
    ws.cell(r, 1, k + 1).alignment = center
    ws.cell(r, 3, I[k]).alignment = wrap
    ws.cell(r, 4, a1)
    ws.cell(r, 5, d1)
    if tg: ws.cell(r, 6, tg)
    if a2: ws.cell(r, 7, a2)
    if d2: ws.cell(r, 8, d2)
    if rem: ws.cell(r, 9, rem).alignment = wrap
    for col in (4, 5, 6, 7, 8):
        ws.cell(r, col).alignment = center
    for col in (5, 6, 8):
        ws.cell(r, col).number_format = "yyyy/m/d"
    for col in range(1, 10):
        ws.cell(r, col).border = box
    ws.row_dimensions[r].height = 45
    dv.add(ws.cell(r, 4)); dv.add(ws.cell(r, 7))
# 区分 merged down
for (a, b, h) in ((6, 8, H1), (9, 11, H2), (12, 13, H3)):
    ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    ws.cell(a, 2, h).alignment = wrap
ws.freeze_panes = "D6"

g = wb.create_sheet("記入要領")
g.column_dimensions["A"].width = 100
for i, t in enumerate([
    "【記入要領】",
    "1. 各項目について確認し、1回目の「結果」欄でプルダウンから「はい」「いいえ」を選択し、確認日を入力してください。",
    "2. 1回目が「いいえ」の項目は、実施可能な直近の対応目標日を「目標日」欄に入力してください。",
    "3. 対応後、2回目の確認を行い、結果と確認日を入力してください。",
    "4. 日付は 2024/11/5 のように入力してください。",
    "5. 根拠：令和6年8月1日事務連絡「医療機関等におけるサイバーセキュリティ対策の取組みについて」別添「サイバー攻撃リスク低減のための最低限の措置」",
    "※ 立入検査時に本チェックリストを保健所へ提出します。",
], start=1):
    g.cell(i, 1, t).alignment = Alignment(wrap_text=True)

tmpd = tempfile.mkdtemp(prefix="clmb-")
raw = os.path.join(tmpd, NAME)
wb.save(raw)
outd = os.path.join(tmpd, "lo")
os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME), os.path.join(FOLDER, NAME))
print("saved (LibreOffice re-save)", os.path.join(FOLDER, NAME))

# Generator for clm-w37-b-mark-columns-date-cells.xlsx
# Role: a hospital's 医事課 staff member re-drew the Okayama checklist as a grid with はい/いいえ mark columns
# and real date cells, plus a 記入要領 sheet; the file is re-saved by LibreOffice (as if edited there).
import sys, os, subprocess, datetime as dt
sys.path.insert(0, '/tmp/w37clmh-py')
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = 'clm-w37-b-mark-columns-date-cells.xlsx'
TMP = '/tmp/w37clmh-work'
os.makedirs(TMP, exist_ok=True)
RAW = os.path.join(TMP, NAME)

wb = Workbook()
guide = wb.active
guide.title = '記入要領'
lines = [
 '【記入要領】最低限の措置チェックリスト',
 '',
 '1. 各項目について直ちに確認を行い、1回目の「はい」「いいえ」いずれかの欄に○を付け、確認日を記入してください。',
 '2. 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。',
 '3. 「いいえ」の項目は速やかに取り組み、対応後に2回目の確認を行い、○と確認日を記入してください。',
 '4. 日付は 2024/11/1 のように入力してください（自動で書式が設定されます）。',
 '5. 立入検査時、本チェックリストを確認します。',
 '',
 '参考：令和6年8月1日事務連絡「医療機関等におけるサイバーセキュリティ対策の取組みについて」別添',
 '　　　「サイバー攻撃リスク低減のための最低限の措置」',
]
for i, t in enumerate(lines, 1):
    guide.cell(i, 1, t)
guide['A1'].font = Font(bold=True, size=12)
guide.column_dimensions['A'].width = 100

ws = wb.create_sheet('チェックリスト')
thin = Side(style='thin'); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical='center')
center = Alignment(horizontal='center', vertical='center', wrap_text=True)
widths = {'A': 5, 'B': 22, 'C': 55, 'D': 6, 'E': 6, 'F': 11, 'G': 16, 'H': 6, 'I': 6, 'J': 11, 'K': 28}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws['A1'] = 'サイバー攻撃リスク低減のための最低限の措置　チェックリスト（医療機関確認用）'
ws['A1'].font = Font(bold=True, size=13)
ws['A3'] = '医療機関名：岡山しらさぎ記念病院'
ws['A3'].font = Font(size=11)

# two-row header
hdr = 5
for col, label in ((1, 'No.'), (2, '対策'), (3, 'チェック項目'), (7, '目標日'), (11, '備考')):
    ws.cell(hdr, col, label)
    ws.merge_cells(start_row=hdr, start_column=col, end_row=hdr+1, end_column=col)
ws.cell(hdr, 4, '1回目'); ws.merge_cells(start_row=hdr, start_column=4, end_row=hdr, end_column=6)
ws.cell(hdr, 8, '2回目'); ws.merge_cells(start_row=hdr, start_column=8, end_row=hdr, end_column=10)
for col, label in ((4, 'はい'), (5, 'いいえ'), (6, '確認日'), (8, 'はい'), (9, 'いいえ'), (10, '確認日')):
    ws.cell(hdr+1, col, label)
for rr in (hdr, hdr+1):
    for cc in range(1, 12):
        c = ws.cell(rr, cc); c.border = box; c.alignment = center
        c.font = Font(bold=True); c.fill = PatternFill('solid', fgColor='E2EFDA')

S1 = 'パスワードを強固なものに変更し、使い回しをしない'
S2 = 'IoT 機器を含む情報資産の通信制御を確認する'
S3 = 'ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する'
D = dt.datetime
# (no, item, first('はい'/'いいえ'), firstDate, target, second, secondDate, remarks)
items = [
 (1, 'システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。', 'はい', D(2024, 11, 1), None, None, None, None),
 (2, '複数の機器や外部サービス等で、同一のパスワードを設定していない。', 'はい', D(2024, 11, 1), None, None, None, None),
 (3, '利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。', 'いいえ', D(2024, 11, 1), D(2024, 12, 10), 'はい', D(2024, 12, 9), '12/9 全体研修で周知、各部署にポスター掲示'),
 (4, '関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。', 'はい', D(2024, 11, 5), None, None, None, '電子カルテ・医療機器ベンダと確認'),
 (5, 'ネットワーク接続点へのアクセス制御を適切に実施している。', 'いいえ', D(2024, 11, 5), None, None, None, '保守用VPNの接続元制限を業者に依頼中'),
 (6, '各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。', 'はい', D(2024, 11, 5), None, None, None, None),
 (7, 'すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。', 'いいえ', D(2024, 11, 5), D(2024, 12, 27), 'はい', D(2024, 10, 28), 'ルータのファームウェア更新済'),
 (8, 'セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。', 'はい', D(2024, 11, 5), None, None, None, None),
]
first = hdr + 2
for i, (no, item, a1, d1, tgt, a2, d2, rem) in enumerate(items):
    r = first + i
    ws.cell(r, 1, no)
    ws.cell(r, 3, item)
    ws.cell(r, 4 if a1 == 'はい' else 5, '○')
    ws.cell(r, 6, d1)
    if tgt: ws.cell(r, 7, tgt)
    if a2: ws.cell(r, 8 if a2 == 'はい' else 9, '○')
    if d2: ws.cell(r, 10, d2)
    if rem: ws.cell(r, 11, rem)
    for cc in range(1, 12):
        c = ws.cell(r, cc); c.border = box
        c.alignment = wrap if cc in (2, 3, 11) else center
    ws.cell(r, 6).number_format = 'yyyy/m/d'
    ws.cell(r, 10).number_format = 'yyyy/m/d'
    ws.cell(r, 7).number_format = '[$-411]ggge"年"m"月"d"日"'
    ws.row_dimensions[r].height = 45
# section column merged vertically
for txt, a, b in ((S1, 0, 2), (S2, 3, 5), (S3, 6, 7)):
    ws.cell(first + a, 2, txt)
    ws.merge_cells(start_row=first + a, start_column=2, end_row=first + b, end_column=2)
    ws.cell(first + a, 2).alignment = wrap

ws.freeze_panes = 'D7'
ws.page_setup.orientation = 'landscape'
wb.active = 1
wb.save(RAW)

# LibreOffice re-save into the form folder
subprocess.run(['soffice', '--headless', '--convert-to', 'xlsx', '--outdir', HERE, RAW], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(os.path.join(HERE, NAME))

# Generator: clv-w35-b-questionnaire-marks.xlsx  (checklist-vendor, R6, 2 planted problems)
# Questionnaire layout, ○ marks in はい/いいえ columns, 和暦/year-less text dates, labelled 記入例 row,
# 記入要領 sheet, re-saved by LibreOffice.
import sys, os, json, subprocess, shutil, tempfile
sys.path.insert(0, '/tmp/clvins-py')
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = 'clv-w35-b-questionnaire-marks'
SHEET = 'チェックリスト(事業者用)'

thin = Side(style='thin'); border = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill('solid', fgColor='DDEBF7'); ex = PatternFill('solid', fgColor='FFF2CC')
wrap = Alignment(wrap_text=True, vertical='center')
center = Alignment(horizontal='center', vertical='center', wrap_text=True)

HOSP = '医療法人 緑風会 玉野みなと病院'
VENDOR = '山陽メディカルソリューションズ株式会社 岡山支店'
SYSTEM = 'PACS（医用画像管理システム）'

def iso(s):
    # canonical date for the text written in the cell
    s = s.strip().strip('()')
    if s.startswith('R'):
        y, m, d = s[1:].split('.'); y = 2018 + int(y)
    else:
        m, d = s.split('/'); m = int(m); y = 2024 if m >= 4 else 2025
    return '%04d-%02d-%02d' % (int(y), int(m), int(d))

# (No, 区分 shown, section key, item shown, full item, fa, fd, td, sa, sd, remarks)
Q = [
 (1, '体制', '体制構築', '事業者内に、医療情報システム等の提供に係る管理責任者を設置している。', None,
    'はい', 'R6.10.7', None, None, None, '管理責任者：技術部長'),
 (2, '全般', '医療情報システムの管理・運用', 'サーバ、端末PC、ネットワーク機器の台帳管理を行っている。', None,
    'はい', 'R6.10.7', None, None, None, None),
 (3, '全般', '医療情報システムの管理・運用', 'リモートメンテナンス（保守）を利用している機器の有無を確認した。', None,
    'はい', 'R6.10.7', None, None, None, 'VPN装置経由のリモート保守あり（PACSサーバ1台）'),
 (4, '全般', '医療情報システムの管理・運用', '医療機関にMDS/SDSを提出した。',
    '医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。',
    'いいえ', 'R6.10.7', 'R6.12.20', 'はい', 'R6.12.13', None),
 (5, 'サーバ', 'サーバ', '職種・担当業務別の情報区分毎のアクセス利用権限を設定している。',
    '利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。',
    'はい', 'R6.10.8', None, None, None, None),
 (6, 'サーバ', 'サーバ', '退職者や使用していないアカウント等、不要なアカウントを削除している。', None,
    'はい', 'R6.10.8', None, None, None, None),
 (7, 'サーバ', 'サーバ', 'アクセスログを管理している。', None,
    'はい', 'R6.10.8', None, None, None, None),
 (8, 'サーバ', 'サーバ', 'セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。', None,
    'いいえ', 'R6.10.8', None, None, None, 'OS更新プログラムは次回定期保守時に適用予定'),   # PLANT: no 目標日
 (9, 'サーバ', 'サーバ', 'バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。', None,
    'はい', 'R6.10.8', None, None, None, None),
 (10, '端末PC', '端末PC', '職種・担当業務別の情報区分毎のアクセス利用権限を設定している。',
    '利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。',
    'はい', 'R6.10.8', None, None, None, '読影端末・参照端末'),
 (11, '端末PC', '端末PC', '退職者や使用していないアカウント等、不要なアカウントを削除している。', None,
    'いいえ', 'R6.10.8', 'R6.11.30', 'はい', 'R6.10.1', '病院人事異動リストと突合し削除'),  # PLANT: 2回目 before 1回目
 (12, '端末PC', '端末PC', 'セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。', None,
    'はい', 'R6.10.8', None, None, None, None),
 (13, '端末PC', '端末PC', 'バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。', None,
    'はい', 'R6.10.8', None, None, None, None),
 (14, 'NW機器', 'ネットワーク機器', 'セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。', None,
    'はい', '10/9', None, None, None, 'VPNルータ FW更新済（9月）'),
 (15, 'NW機器', 'ネットワーク機器', '接続元制限を実施している。', None,
    'はい', '10/9', None, None, None, None),
 (16, 'ｲﾝｼﾃﾞﾝﾄ', 'インシデント発生に備えた対応', 'インシデント発生時の組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある。',
    'インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある。',
    'はい', '10/9', None, None, None, None),
 (17, 'ｲﾝｼﾃﾞﾝﾄ', 'インシデント発生に備えた対応', '診療継続に必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している。',
    'インシデント発生時に医療機関が診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している。',
    'はい', '10/9', None, None, None, '画像データは外部媒体に週次バックアップ'),
]

wb = Workbook(); ws = wb.active; ws.title = SHEET
widths = dict(A=6, B=9, C=52, D=6, E=6, F=11, G=11, H=6, I=6, J=11, K=30)
for k, v in widths.items(): ws.column_dimensions[k].width = v

ws['A1'] = '令和6年度　医療機関におけるサイバーセキュリティ対策チェックリスト【事業者確認用】'
ws['A1'].font = Font(size=13, bold=True)
for r, txt in ((3, '提出先医療機関名：' + HOSP), (4, '事業者名：' + VENDOR + ' '), (5, '対象システム：' + SYSTEM)):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=7)
    ws.cell(r, 1, txt).font = Font(size=11)
    ws.cell(r, 1).border = Border(bottom=thin)
ws['A6'] = '※該当する欄に「○」を記入してください。日付は和暦（例：R6.10.1）で記入。1回目が「いいえ」の項目は目標日を必ず記入。'
ws['A6'].font = Font(size=9, color='C00000')

ws.merge_cells('A8:A9'); ws['A8'] = 'No.'
ws.merge_cells('B8:B9'); ws['B8'] = '区分'
ws.merge_cells('C8:C9'); ws['C8'] = 'チェック項目'
ws.merge_cells('D8:F8'); ws['D8'] = '1回目'
ws['D9'] = 'はい'; ws['E9'] = 'いいえ'; ws['F9'] = '確認日'
ws.merge_cells('G8:G9'); ws['G8'] = '目標日'
ws.merge_cells('H8:J8'); ws['H8'] = '2回目'
ws['H9'] = 'はい'; ws['I9'] = 'いいえ'; ws['J9'] = '確認日'
ws.merge_cells('K8:K9'); ws['K8'] = '備考'
for r in (8, 9):
    for c in range(1, 12):
        cell = ws.cell(r, c); cell.border = border; cell.fill = head; cell.alignment = center; cell.font = Font(bold=True, size=10)

# 記入例 row (correctly labelled; must be ignored)
exrow = ['記入例', 'サーバ', '（例）アクセスログを管理している。', None, '○', 'R6.7.1', 'R6.9.30', '○', None, 'R6.9.20', '記入例です（この行は削除しないでください）']
for c, v in enumerate(exrow, 1):
    cell = ws.cell(10, c, v); cell.fill = ex; cell.border = border
    cell.alignment = wrap if c in (3, 11) else center; cell.font = Font(italic=True, color='7F7F7F', size=10)

entries = []; cellmap = {}
r = 11
for (no, kshown, sec, shown, full, fa, fd, td, sa, sd, rm) in Q:
    vals = [no, kshown, shown,
            '○' if fa == 'はい' else None, '○' if fa == 'いいえ' else None, fd, td,
            '○' if sa == 'はい' else None, '○' if sa == 'いいえ' else None, sd, rm]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v); cell.border = border
        cell.alignment = wrap if c in (3, 11) else center
        cell.font = Font(size=10)
    ws.row_dimensions[r].height = 28
    e = {'section': sec, 'item': full or shown, 'itemNo': str(no), 'firstAnswer': fa, 'firstDate': iso(fd)}
    if td: e['targetDate'] = iso(td)
    if sa: e['secondAnswer'] = sa
    if sd: e['secondDate'] = iso(sd)
    if rm: e['remarks'] = rm
    entries.append(e); cellmap[no] = r
    r += 1

r += 1
ws.cell(r, 1, '記入者：技術部 システム保守課　岡本 由紀（TEL 086-250-1187）')
ws.cell(r, 1).font = Font(size=10)

ws.print_title_rows = '8:9'
ws.page_setup.orientation = 'landscape'; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0

g = wb.create_sheet('記入要領')
g.column_dimensions['A'].width = 100
for i, t in enumerate([
    '【記入要領】',
    '1. 本チェックリストは、医療機関と契約しているシステム（対象システム）ごとに1部作成してください。',
    '2. 各項目について、1回目の確認結果を「はい」「いいえ」いずれかの欄に○を記入し、確認日を記入してください。',
    '3. 1回目が「いいえ」の項目は、実施可能な直近の対応目標日を記入してください（令和7年3月31日まで）。',
    '4. 目標日以降に再確認した結果を2回目欄に記入してください。',
    '5. 記入例の行は参考です。実際の回答は No.1 以降の行に記入してください。',
    '6. 記入後は提出先医療機関の担当者へメールで送付してください。'], 1):
    g.cell(i, 1, t).alignment = Alignment(wrap_text=True)
g['A1'].font = Font(bold=True)

tmpd = tempfile.mkdtemp(prefix='clvb-')
src = os.path.join(tmpd, NAME + '.xlsx')
wb.save(src)
# re-save with LibreOffice
outd = os.path.join(tmpd, 'lo'); os.makedirs(outd)
subprocess.run(['soffice', '--headless', '-env:UserInstallation=file://' + tmpd + '/profile',
                '--convert-to', 'xlsx', '--outdir', outd, src], check=True, capture_output=True)
shutil.copy(os.path.join(outd, NAME + '.xlsx'), os.path.join(OUT, NAME + '.xlsx'))

exp = {
  'form': 'checklist-vendor', 'version': 'R6', 'file': NAME + '.xlsx',
  'values': {'vendorName': VENDOR, 'targetSystem': SYSTEM, 'hospitalName': HOSP, 'entries': entries},
  'planted': [
    {'cells': ['%s!G%d' % (SHEET, cellmap[8])], 'paths': ['entries[7].targetDate'],
     'why': '1回目が「いいえ」（サーバのセキュリティパッチ）なのに目標日が未記入（いいえ ⇒ 目標日必須）'},
    {'cells': ['%s!J%d' % (SHEET, cellmap[11]), '%s!F%d' % (SHEET, cellmap[11])], 'paths': ['entries[10].secondDate'],
     'why': '2回目の確認日 R6.10.1 が1回目の確認日 R6.10.8 より前（R6.11.1 の書き誤りと思われる）'},
  ],
  'notes': ('Questionnaire layout: ○ in the はい or いいえ column; row 10 is a correctly labelled 記入例 row and is not in values. '
            'Dates are text: 和暦 R6.10.7 style, and year-less 10/9 for Nos.14-17 (= 2024-10-09). itemNo is the sequential No. shown (1-17). '
            'Some item texts are abbreviated in the sheet (Nos.4,5,10,16,17); values give the full wording. 区分 column shows 体制/全般/NW機器/ｲﾝｼﾃﾞﾝﾄ '
            '(half-width kana), mapped to full section names. Header fields are 項目：値 in one cell; 事業者名 has a trailing space. '
            'The 記入者 line below the table has no key. Re-saved by LibreOffice.'),
}
with open(os.path.join(OUT, NAME + '.expected.json'), 'w', encoding='utf-8') as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
shutil.rmtree(tmpd)
print('ok', len(entries))

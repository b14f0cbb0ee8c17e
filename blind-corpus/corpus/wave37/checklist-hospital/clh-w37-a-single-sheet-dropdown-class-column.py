# Generator for clh-w37-a-single-sheet-dropdown-class-column.xlsx
# Role: a hospital's 情報システム室 drew the MHLW R6 checklist (医療機関確認用) as one printable sheet with
# a merged 区分 column, はい/いいえ dropdowns fed by a hidden list sheet, real date cells and a いいえ counter;
# re-saved by LibreOffice so the formula has a cached value.
import sys, os, subprocess, datetime as dt
sys.path.insert(0, '/tmp/w37clmh-py')
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = 'clh-w37-a-single-sheet-dropdown-class-column.xlsx'
TMP = '/tmp/w37clmh-work'
os.makedirs(TMP, exist_ok=True)
RAW = os.path.join(TMP, NAME)

wb = Workbook()
ws = wb.active
ws.title = 'チェックリスト'
lst = wb.create_sheet('選択肢')
lst['A1'] = 'はい'; lst['A2'] = 'いいえ'
lst.sheet_state = 'hidden'

thin = Side(style='thin'); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical='center')
center = Alignment(horizontal='center', vertical='center', wrap_text=True)
for k, v in {'A': 7, 'B': 16, 'C': 52, 'D': 8, 'E': 11, 'F': 11, 'G': 8, 'H': 11, 'I': 30}.items():
    ws.column_dimensions[k].width = v

ws['A1'] = '医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）'
ws['A1'].font = Font(bold=True, size=14)
ws['A2'] = '【医療機関確認用】'
ws['A2'].font = Font(bold=True)
ws['B4'] = '医療機関名'
ws['B4'].font = Font(bold=True); ws['B4'].border = box; ws['B4'].fill = PatternFill('solid', fgColor='FFF2CC')
ws['C4'] = '社会医療法人 青葉会 青葉中央病院'
ws.merge_cells('C4:F4')
for c in 'CDEF':
    ws[c + '4'].border = box
ws['A6'] = '※「前提」が「いいえ」の場合、以下の項目の記入は不要です。'
ws['A7'] = '※ 1回目の確認で「いいえ」の場合は、令和6年度中の目標日を記入し、対応後に2回目の確認を行ってください。'

H = 9
heads = [(1, '番号'), (2, '区分'), (3, 'チェック項目'), (9, '備考')]
for col, t in heads:
    ws.cell(H, col, t); ws.merge_cells(start_row=H, start_column=col, end_row=H+1, end_column=col)
ws.cell(H, 4, '1回目'); ws.merge_cells(start_row=H, start_column=4, end_row=H, end_column=5)
ws.cell(H, 6, '目標日'); ws.merge_cells(start_row=H, start_column=6, end_row=H+1, end_column=6)
ws.cell(H, 7, '2回目'); ws.merge_cells(start_row=H, start_column=7, end_row=H, end_column=8)
for col, t in ((4, 'はい／いいえ'), (5, '確認日'), (7, 'はい／いいえ'), (8, '確認日')):
    ws.cell(H+1, col, t)
for rr in (H, H+1):
    for cc in range(1, 10):
        c = ws.cell(rr, cc); c.border = box; c.alignment = center; c.font = Font(bold=True)
        c.fill = PatternFill('solid', fgColor='DDEBF7')

D = dt.datetime
ACC = '利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している'
DEL = '退職者や使用していないアカウント等、不要なアカウントを削除している'
LOG = 'アクセスログを管理している'
PAT = 'セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している'
SVC = 'バックグラウンドで動作している不要なソフトウェア及びサービスを停止している'
SRC = '接続元制限を実施している'
# (no, section, item, a1, d1, tgt, a2, d2, remarks)
rows = [
 ('', '前提', '医療情報システムを導入、運用している', 'はい', D(2024, 6, 17), None, None, None, None),
 ('1-(1)', '体制構築', '医療情報システム安全管理責任者を設置している', 'はい', D(2024, 6, 17), None, None, None, '情報システム室長を任命'),
 ('2-(1)', '医療情報システムの管理・運用', 'サーバ、端末PC、ネットワーク機器の台帳管理を行っている', 'はい', D(2024, 6, 17), None, None, None, None),
 ('2-(2)', '医療情報システムの管理・運用', 'リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した', 'はい', D(2024, 6, 18), None, None, None, '電子カルテ・PACS・検体検査システムで利用あり'),
 ('2-(3)', '医療情報システムの管理・運用', '事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう', 'いいえ', D(2024, 6, 18), D(2024, 9, 30), 'はい', D(2024, 9, 20), '主要3社から提出済'),
 ('', 'サーバ', ACC, 'はい', D(2024, 6, 19), None, None, None, None),
 ('', 'サーバ', DEL, 'はい', D(2024, 6, 19), None, None, None, None),
 ('', 'サーバ', LOG, 'いいえ', D(2024, 6, 19), D(2024, 12, 27), 'はい', D(2024, 12, 16), 'ログ保管サーバを導入'),
 ('', 'サーバ', PAT, 'はい', D(2024, 6, 19), None, None, None, None),
 ('', 'サーバ', SVC, 'はい', D(2024, 6, 19), None, None, None, None),
 ('', '端末PC', ACC, 'はい', D(2024, 6, 20), None, None, None, None),
 ('', '端末PC', DEL, 'いいえ', D(2024, 6, 20), D(2024, 8, 31), 'はい', D(2024, 8, 26), '退職者アカウントの棚卸しを実施'),
 ('', '端末PC', PAT, 'はい', D(2024, 6, 20), None, None, None, None),
 ('', '端末PC', SVC, 'はい', D(2024, 6, 20), None, None, None, None),
 ('', 'ネットワーク機器', PAT, 'はい', D(2024, 6, 21), None, None, None, None),
 ('', 'ネットワーク機器', SRC, 'いいえ', D(2024, 6, 21), D(2025, 3, 31), None, None, '保守業者と調整中'),
 ('3-(1)', 'インシデント発生に備えた対応', 'インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある', 'はい', D(2024, 6, 21), None, None, None, None),
 ('3-(2)', 'インシデント発生に備えた対応', 'インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している', 'はい', D(2024, 6, 21), None, None, None, None),
 ('3-(3)', 'インシデント発生に備えた対応', 'サイバー攻撃を想定した事業継続計画（BCP）を策定している', 'いいえ', D(2024, 6, 21), D(2025, 3, 31), 'いいえ', D(2025, 1, 20), 'BCP案作成中（3月の委員会で承認予定）'),
]
dv = DataValidation(type='list', formula1='=選択肢!$A$1:$A$2', allow_blank=True)
ws.add_data_validation(dv)
first = H + 2
for i, (no, sec, item, a1, d1, tgt, a2, d2, rem) in enumerate(rows):
    r = first + i
    vals = [no or None, sec, item, a1, d1, tgt, a2, d2, rem]
    for cc, v in enumerate(vals, 1):
        c = ws.cell(r, cc, v)
        c.border = box
        c.alignment = wrap if cc in (2, 3, 9) else center
    for cc in (5, 6, 8):
        ws.cell(r, cc).number_format = 'yyyy/m/d'
    ws.row_dimensions[r].height = 36
last = first + len(rows) - 1
dv.add('D%d:D%d' % (first, last)); dv.add('G%d:G%d' % (first, last))
# merge the 区分 column over runs of the same section
r = first
while r <= last:
    s = r
    while r + 1 <= last and ws.cell(r + 1, 2).value == ws.cell(s, 2).value:
        r += 1
    if r > s:
        ws.merge_cells(start_row=s, start_column=2, end_row=r, end_column=2)
    r += 1

ws.cell(last + 2, 3, '1回目「いいえ」の件数').alignment = Alignment(horizontal='right')
ws.cell(last + 2, 4, '=COUNTIF(D%d:D%d,"いいえ")' % (first, last)).alignment = center
ws.cell(last + 3, 3, '2回目「いいえ」の件数').alignment = Alignment(horizontal='right')
ws.cell(last + 3, 4, '=COUNTIF(G%d:G%d,"いいえ")' % (first, last)).alignment = center

ws.freeze_panes = 'D11'
ws.page_setup.orientation = 'landscape'
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.print_title_rows = '9:10'
wb.save(RAW)
subprocess.run(['soffice', '--headless', '--convert-to', 'xlsx', '--outdir', HERE, RAW], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(os.path.join(HERE, NAME))

# Generator: clv-w35-a-official-print-style.xlsx  (checklist-vendor, R6, no planted problem)
import sys, os, json, datetime as dt
sys.path.insert(0, '/tmp/clvins-py')
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = 'clv-w35-a-official-print-style'
D = dt.date

thin = Side(style='thin'); border = Border(left=thin, right=thin, top=thin, bottom=thin)
gray = PatternFill('solid', fgColor='D9D9D9'); light = PatternFill('solid', fgColor='F2F2F2')
wrap = Alignment(wrap_text=True, vertical='center')
center = Alignment(horizontal='center', vertical='center', wrap_text=True)

VENDOR = '株式会社メディネクスト西日本'
SYSTEM = '電子カルテシステム（MediNext-EMR Ver.5）及びオーダリングシステム'
HOSP = '医療法人社団 晴風会 みどりヶ丘総合病院'

# (kind, number shown, text, section, answers)
S1, S2, S3 = '体制構築', '医療情報システムの管理・運用', 'インシデント発生に備えた対応'
rows = [
 ('sec', None, '1　体制構築', None, None),
 ('item', '1-(1)', '事業者内に、医療情報システム等の提供に係る管理責任者を設置している。', S1,
    dict(fa='はい', fd=D(2024,9,17))),
 ('sec', None, '2　医療情報システムの管理・運用', None, None),
 ('sub', None, '【医療情報システム全般】', None, None),
 ('item', '2-(1)', 'サーバ、端末PC、ネットワーク機器の台帳管理を行っている。', S2,
    dict(fa='はい', fd=D(2024,9,17), rm='納入機器台帳を病院情報システム室と共有済み')),
 ('item', '2-(2)', 'リモートメンテナンス（保守）を利用している機器の有無を確認した。', S2,
    dict(fa='はい', fd=D(2024,9,17), rm='リモート保守回線 1系統（SSL-VPN）あり')),
 ('item', '2-(3)', '医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。', S2,
    dict(fa='いいえ', fd=D(2024,9,17), td=D(2024,11,29), sa='はい', sd=D(2024,11,22), rm='11/22 MDS/SDS（2024年版）を提出')),
 ('sub', None, '【サーバ】', None, None),
 ('item', None, '利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。', 'サーバ', dict(fa='はい', fd=D(2024,9,18))),
 ('item', None, '退職者や使用していないアカウント等、不要なアカウントを削除している。', 'サーバ', dict(fa='はい', fd=D(2024,9,18))),
 ('item', None, 'アクセスログを管理している。', 'サーバ', dict(fa='はい', fd=D(2024,9,18), rm='ログ保存期間：1年')),
 ('item', None, 'セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。', 'サーバ', dict(fa='はい', fd=D(2024,9,18))),
 ('item', None, 'バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。', 'サーバ', dict(fa='はい', fd=D(2024,9,18))),
 ('sub', None, '【端末PC】', None, None),
 ('item', None, '利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。', '端末PC', dict(fa='はい', fd=D(2024,9,18))),
 ('item', None, '退職者や使用していないアカウント等、不要なアカウントを削除している。', '端末PC', dict(fa='はい', fd=D(2024,9,18))),
 ('item', None, 'セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。', '端末PC', dict(fa='はい', fd=D(2024,9,18))),
 ('item', None, 'バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。', '端末PC',
    dict(fa='いいえ', fd=D(2024,9,18), td=D(2025,1,31), sa='はい', sd=D(2025,1,21), rm='端末入替（1月）に合わせて不要サービスを停止')),
 ('sub', None, '【ネットワーク機器】', None, None),
 ('item', None, 'セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。', 'ネットワーク機器', dict(fa='はい', fd=D(2024,9,19))),
 ('item', None, '接続元制限を実施している。', 'ネットワーク機器', dict(fa='はい', fd=D(2024,9,19), rm='保守用VPNは当社保守センターの固定IPのみ許可')),
 ('sec', None, '3　インシデント発生に備えた対応', None, None),
 ('item', '3-(1)', 'インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある。', S3, dict(fa='はい', fd=D(2024,9,19))),
 ('item', '3-(2)', 'インシデント発生時に医療機関が診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している。', S3, dict(fa='はい', fd=D(2024,9,19))),
]

wb = Workbook(); ws = wb.active; ws.title = '事業者確認用'
for col, w in zip('ABCDEFGHI', [2, 8, 58, 9, 11, 11, 9, 11, 30]):
    ws.column_dimensions[col].width = w
ws.merge_cells('B1:I1'); ws['B1'] = '医療機関におけるサイバーセキュリティ対策チェックリスト'
ws['B1'].font = Font(size=14, bold=True); ws['B1'].alignment = Alignment(horizontal='center')
ws.merge_cells('B2:H2'); ws['B2'] = '事業者確認用'; ws['B2'].font = Font(size=12, bold=True); ws['B2'].alignment = Alignment(horizontal='center')
ws['I2'] = '令和6年度版'; ws['I2'].alignment = Alignment(horizontal='right')

hdr = [('事業者名', VENDOR), ('対象システム', SYSTEM), ('提出先医療機関名', HOSP)]
for i, (lab, val) in enumerate(hdr):
    r = 4 + i
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(r, 2, lab).fill = light
    ws.cell(r, 2).alignment = Alignment(vertical='center')
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=9)
    ws.cell(r, 4, val).alignment = wrap
    for c in range(2, 10):
        ws.cell(r, c).border = border
# label cell B4 spans B:C, but keep label short in B; value in D
notes = ['※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。',
         '※ 確認結果欄は「はい」「いいえ」のいずれかを記入（プルダウン選択可）、確認日は日付を入力してください。',
         '※ 記入後、提出先医療機関の医療情報システム安全管理責任者へ提出してください。']
for i, n in enumerate(notes):
    ws.cell(8 + i, 2, n).font = Font(size=9)

H1, H2 = 12, 13
ws.merge_cells('B12:B13'); ws['B12'] = 'No.'
ws.merge_cells('C12:C13'); ws['C12'] = 'チェック項目'
ws.merge_cells('D12:E12'); ws['D12'] = '1回目'
ws['D13'] = '確認結果'; ws['E13'] = '確認日'
ws.merge_cells('F12:F13'); ws['F12'] = '目標日'
ws.merge_cells('G12:H12'); ws['G12'] = '2回目'
ws['G13'] = '確認結果'; ws['H13'] = '確認日'
ws.merge_cells('I12:I13'); ws['I12'] = '備考'
for r in (H1, H2):
    for c in range(2, 10):
        ws.cell(r, c).border = border; ws.cell(r, c).fill = gray
        ws.cell(r, c).alignment = center; ws.cell(r, c).font = Font(bold=True)

dv = DataValidation(type='list', formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

entries = []
r = 14
for kind, no, text, sec, ans in rows:
    if kind in ('sec', 'sub'):
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
        ws.cell(r, 2, text).font = Font(bold=True)
        for c in range(2, 10):
            ws.cell(r, c).border = border
            ws.cell(r, c).fill = gray if kind == 'sec' else light
    else:
        if no: ws.cell(r, 2, no)
        ws.cell(r, 3, text)
        ws.cell(r, 4, ans['fa']); ws.cell(r, 5, ans['fd'])
        if 'td' in ans: ws.cell(r, 6, ans['td'])
        if 'sa' in ans: ws.cell(r, 7, ans['sa'])
        if 'sd' in ans: ws.cell(r, 8, ans['sd'])
        if 'rm' in ans: ws.cell(r, 9, ans['rm'])
        for c in range(2, 10):
            cell = ws.cell(r, c); cell.border = border
            cell.alignment = wrap if c in (3, 9) else center
            if c in (5, 6, 8): cell.number_format = 'yyyy/m/d'
        dv.add(ws.cell(r, 4)); dv.add(ws.cell(r, 7))
        ws.row_dimensions[r].height = 30
        e = {'section': sec, 'item': text}
        if no: e['itemNo'] = no
        e['firstAnswer'] = ans['fa']; e['firstDate'] = ans['fd'].isoformat()
        if 'td' in ans: e['targetDate'] = ans['td'].isoformat()
        if 'sa' in ans: e['secondAnswer'] = ans['sa']
        if 'sd' in ans: e['secondDate'] = ans['sd'].isoformat()
        if 'rm' in ans: e['remarks'] = ans['rm']
        entries.append(e)
    r += 1

r += 1
ws.cell(r, 2, '記入者')
ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
ws.cell(r, 3, '医療システム事業部 フィールドサポート課　西村 拓也（TEL 086-201-3344）')

ws.print_area = 'A1:I%d' % r
ws.page_setup.orientation = 'landscape'; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = '12:13'
ws.freeze_panes = 'D14'

wb.save(os.path.join(OUT, NAME + '.xlsx'))

exp = {
  'form': 'checklist-vendor', 'version': 'R6', 'file': NAME + '.xlsx',
  'values': {'vendorName': VENDOR, 'targetSystem': SYSTEM, 'hospitalName': HOSP, 'entries': entries},
  'planted': [],
  'notes': ('Vendor item wording is reconstructed as the vendor-side parallel of the hospital items (catalogue §6, seed 004); '
            'device-class items carry no number in this layout (itemNo omitted). Section values are the heading under which '
            'the item sits (体制構築 / 医療情報システムの管理・運用 / サーバ / 端末PC / ネットワーク機器 / インシデント発生に備えた対応). '
            'Dates are real Excel date cells. 2回目 is filled only for the two いいえ items. The 記入者 line under the table has no key.'),
}
with open(os.path.join(OUT, NAME + '.expected.json'), 'w', encoding='utf-8') as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print('ok', len(entries))

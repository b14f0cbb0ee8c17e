# Generator: clv-w36-b-answer-date-one-cell.xlsx (checklist-vendor, R6), 2 planted problems.
# Layout: 記入要領 sheet first, then a list with label:value header cells, answer and date in one cell
# (「はい (10/15)」), 目標日 as 和暦 text, device classes as ■ heading rows, a labelled 記入例 row.
import sys, json, os
sys.path.insert(0, '/tmp/clvins-py')
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = 'clv-w36-b-answer-date-one-cell'
SHEET = '事業者確認用'

VENDOR = '株式会社 山陽メディカルイメージング'
SYSTEM = '医用画像管理システム（PACS）・画像ビューア'
HOSP = '社会医療法人 瀬戸内会 せとうち記念病院'

ACC = '利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している'
DEL = '退職者や使用していないアカウント等、不要なアカウントを削除している'
LOG = 'アクセスログを管理している'
PAT = 'セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している'
SVC = 'バックグラウンドで動作している不要なソフトウェア及びサービスを停止している'
SRC = '接続元制限を実施している'

# ('head', text) or ('item', section, no, text, c1, ctg, c2, remarks, expected-dict-extra)
# c1/ctg/c2 are the literal cell strings; exp gives canonical values.
rows = [
 ('head', '１．体制構築'),
 ('item', '体制構築', '1-(1)', '事業者内に、医療情報システム等の提供に係る管理責任者を設置している',
  'はい (10/15)', None, None, '品質保証部長を管理責任者に任命', dict(firstAnswer='はい', firstDate='2024-10-15')),
 ('head', '２．医療情報システムの管理・運用'),
 ('item', '医療情報システムの管理・運用', '2-(1)', 'サーバ、端末PC、ネットワーク機器の台帳管理を行っている',
  'はい (10/15)', None, None, None, dict(firstAnswer='はい', firstDate='2024-10-15')),
 ('item', '医療情報システムの管理・運用', '2-(2)', 'リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した',
  'はい (10/15)', None, None, 'PACSサーバ1台（IPsec-VPN）', dict(firstAnswer='はい', firstDate='2024-10-15')),
 ('item', '医療情報システムの管理・運用', '2-(3)', '医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した',
  'いいえ (10/15)', 'R6.11.29', 'はい (9/30)', 'SDS作成後提出',
  dict(firstAnswer='いいえ', firstDate='2024-10-15', targetDate='2024-11-29', secondAnswer='はい', secondDate='2024-09-30')),
 ('head', '■サーバ'),
 ('item', 'サーバ', None, ACC, 'はい (10/15)', None, None, None, dict(firstAnswer='はい', firstDate='2024-10-15')),
 ('item', 'サーバ', None, DEL, 'はい (10/15)', None, None, None, dict(firstAnswer='はい', firstDate='2024-10-15')),
 ('item', 'サーバ', None, LOG, 'はい (10/15)', None, None, None, dict(firstAnswer='はい', firstDate='2024-10-15')),
 ('item', 'サーバ', None, PAT, 'いいえ (10/15)', 'R6.12.20', 'はい (12/17)', '定期点検時に適用',
  dict(firstAnswer='いいえ', firstDate='2024-10-15', targetDate='2024-12-20', secondAnswer='はい', secondDate='2024-12-17')),
 ('item', 'サーバ', None, SVC, 'はい (10/15)', None, None, None, dict(firstAnswer='はい', firstDate='2024-10-15')),
 ('head', '■端末PC'),
 ('item', '端末PC', None, ACC, 'はい (10/16)', None, None, '読影端末4台・参照端末12台', dict(firstAnswer='はい', firstDate='2024-10-16')),
 ('item', '端末PC', None, DEL, 'はい (10/16)', None, None, None, dict(firstAnswer='はい', firstDate='2024-10-16')),
 ('item', '端末PC', None, PAT, 'いいえ (10/16)', None, None, 'OS更新は病院情報システム室と日程調整中',
  dict(firstAnswer='いいえ', firstDate='2024-10-16')),
 ('item', '端末PC', None, SVC, 'はい (10/16)', None, None, None, dict(firstAnswer='はい', firstDate='2024-10-16')),
 ('head', '■ネットワーク機器'),
 ('item', 'ネットワーク機器', None, PAT, 'はい (10/16)', None, None, 'VPNルータ FW最新', dict(firstAnswer='はい', firstDate='2024-10-16')),
 ('item', 'ネットワーク機器', None, SRC, 'はい (10/16)', None, None, None, dict(firstAnswer='はい', firstDate='2024-10-16')),
 ('head', '３．インシデント発生に備えた対応'),
 ('item', 'インシデント発生に備えた対応', '3-(1)', 'インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある',
  'はい (10/15)', None, None, None, dict(firstAnswer='はい', firstDate='2024-10-15')),
 ('item', 'インシデント発生に備えた対応', '3-(2)', '医療機関と連携し、インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している',
  'はい (10/15)', None, None, '画像データは外部保管（月次）', dict(firstAnswer='はい', firstDate='2024-10-15')),
]

wb = Workbook()
ins = wb.active
ins.title = '記入要領'
lines = [
 '【記入要領】',
 '1. 「事業者名」「対象システム」「提出先医療機関名」を記入してください（システムごとに1枚作成）。',
 '2. 1回目の欄には「はい」又は「いいえ」と確認日を（月/日）の形で記入してください。',
 '3. 1回目が「いいえ」の項目は、目標日（対応予定日）を必ず記入してください。目標日は令和7年3月31日までとしてください。',
 '4. 対応完了後、2回目の欄に「はい」と確認日を記入してください。',
 '5. 記入例の行は参考です。削除しなくても構いません。',
 '6. 記入後、提出先医療機関の担当者へメールで送付してください。',
]
for i, t in enumerate(lines, 1):
    ins.cell(i, 1, t)
ins['A1'].font = Font(bold=True, size=12)
ins.column_dimensions['A'].width = 110

ws = wb.create_sheet(SHEET)
thin = Side(style='thin')
B = Border(left=thin, right=thin, top=thin, bottom=thin)
gray = PatternFill('solid', fgColor='E7E6E6'); yel = PatternFill('solid', fgColor='FFF2CC')
wrap = Alignment(wrap_text=True, vertical='center')
center = Alignment(horizontal='center', vertical='center', wrap_text=True)
for k, v in {'A': 8, 'B': 62, 'C': 15, 'D': 12, 'E': 15, 'F': 30}.items():
    ws.column_dimensions[k].width = v

ws['A1'] = '令和6年度　医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）'
ws['A1'].font = Font(bold=True, size=13)
ws.merge_cells('A3:F3'); ws['A3'] = f'事業者名：{VENDOR}'
ws.merge_cells('A4:F4'); ws['A4'] = f'対象システム：{SYSTEM}'
ws.merge_cells('A5:F5'); ws['A5'] = f'提出先医療機関名：{HOSP}'
for r in (3, 4, 5):
    for c in range(1, 7):
        ws.cell(r, c).border = Border(bottom=thin)
ws['A7'] = '※「いいえ」の場合は目標日を記入。対応後、2回目を記入してください。'
ws['A7'].font = Font(size=9)

HR = 9
heads = ['No.', 'チェック項目', '1回目\n（はい・いいえ／確認日）', '目標日', '2回目\n（はい・いいえ／確認日）', '備考']
for c, t in enumerate(heads, 1):
    cell = ws.cell(HR, c, t); cell.alignment = center; cell.border = B; cell.fill = gray; cell.font = Font(bold=True)
ws.row_dimensions[HR].height = 32
# 記入例 row, clearly labelled
ex = ['記入例', '（例）事業者内に、医療情報システム等の提供に係る管理責任者を設置している', 'いいえ (6/3)', 'R6.7.31', 'はい (7/25)', '（例）7/25 管理責任者を任命']
for c, t in enumerate(ex, 1):
    cell = ws.cell(HR + 1, c, t); cell.border = B; cell.fill = yel; cell.font = Font(color='808080', italic=True)
    cell.alignment = wrap if c in (2, 6) else center

r = HR + 2
entries = []; rowof = {}
for row in rows:
    if row[0] == 'head':
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=6)
        ws.cell(r, 1, row[1]).font = Font(bold=True)
        for c in range(1, 7): ws.cell(r, c).border = B
        r += 1; continue
    _, section, no, text, c1, ctg, c2, rem, exv = row
    vals = [no, text, c1, ctg, c2, rem]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c)
        if v is not None: cell.value = v
        cell.border = B
        cell.alignment = wrap if c in (2, 6) else center
    ws.row_dimensions[r].height = 30
    e = {'section': section, 'item': text}
    if no: e['itemNo'] = no
    e.update(exv)
    if rem: e['remarks'] = rem
    rowof[len(entries)] = r
    entries.append(e)
    r += 1
ws.print_title_rows = f'{HR}:{HR}'
ws.page_setup.orientation = 'portrait'
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
wb.active = 1
wb.save(os.path.join(OUT, NAME + '.xlsx'))

# locate planted rows
i_mds = next(i for i, e in enumerate(entries) if e.get('itemNo') == '2-(3)')
i_pc = next(i for i, e in enumerate(entries) if e['section'] == '端末PC' and e['item'] == PAT)
planted = [
 {'cells': [f'{SHEET}!E{rowof[i_mds]}', f'{SHEET}!C{rowof[i_mds]}'], 'paths': [f'entries[{i_mds}].secondDate'],
  'why': '2回目 確認日 9/30 (2024-09-30) is before the 1回目 確認日 10/15 (2024-10-15); 2回目 must not be before 1回目'},
 {'cells': [f'{SHEET}!D{rowof[i_pc]}'], 'paths': [f'entries[{i_pc}].targetDate'],
  'why': '1回目 いいえ but 目標日 left blank; いいえ requires a 目標日 after the 1回目 date within the fiscal year'},
]
exp = {
  'form': 'checklist-vendor', 'version': 'R6', 'file': NAME + '.xlsx',
  'values': {'vendorName': VENDOR, 'targetSystem': SYSTEM, 'hospitalName': HOSP, 'entries': entries},
  'planted': planted,
  'notes': ('Header values share a cell with their label (「事業者名：…」). 1回目/2回目 hold answer and year-less date in one cell '
            '(「はい (10/15)」 = はい, 2024-10-15; Apr-Dec = 2024); 目標日 is 和暦 text R6.m.d. Row 10 is a correctly labelled 記入例 row '
            '(not in values). Device classes are ■ heading rows; device items have no number. Vendor-side item wording is my reconstruction '
            '(catalogue gives only 1-(1) and 2-(3)). Sheet 記入要領 is instructions only. Items answered はい have no 2回目.')
}
with open(os.path.join(OUT, NAME + '.expected.json'), 'w', encoding='utf-8') as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print('ok', len(entries), planted)

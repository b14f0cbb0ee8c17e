# Generator: clv-w36-a-print-table-device-blocks.xlsx (checklist-vendor, R6), no planted problems.
import sys, json, datetime as dt, os
sys.path.insert(0, '/tmp/clvins-py')
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = 'clv-w36-a-print-table-device-blocks'
D = dt.date

VENDOR = '株式会社ミドリ医療システムズ　中国支店'
SYSTEM = '電子カルテシステム（MI-Karte Ver.7）'
HOSP = '医療法人 緑風会 みどりが丘病院'

# (kind, ...) rows: ('sec', title) or ('item', section, itemNo, text, a1, d1, target, a2, d2, remarks, block)
ACC = '利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している'
DEL = '退職者や使用していないアカウント等、不要なアカウントを削除している'
LOG = 'アクセスログを管理している'
PAT = 'セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している'
SVC = 'バックグラウンドで動作している不要なソフトウェア及びサービスを停止している'
SRC = '接続元制限を実施している'
rows = [
 ('sec', '1　体制構築'),
 ('item', '体制構築', '1-(1)', '事業者内に、医療情報システム等の提供に係る管理責任者を設置している', 'はい', D(2024,10,7), None, None, None, '管理責任者：中国支店 技術部長 藤井', None),
 ('sec', '2　医療情報システムの管理・運用'),
 ('item', '医療情報システムの管理・運用', '2-(1)', 'サーバ、端末PC、ネットワーク機器の台帳管理を行っている', 'はい', D(2024,10,7), None, None, None, '納入機器一覧を台帳として病院へ提供済', None),
 ('item', '医療情報システムの管理・運用', '2-(2)', 'リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した', 'はい', D(2024,10,7), None, None, None, 'リモート保守あり（SSL-VPN経由、サーバ2台）', None),
 ('item', '医療情報システムの管理・運用', '2-(3)', '医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した', 'いいえ', D(2024,10,7), D(2024,11,29), 'はい', D(2024,11,22), 'MDS/SDS（第3版）を11/22提出', None),
 ('item', 'サーバ', None, ACC, 'はい', D(2024,10,7), None, None, None, None, 'サーバ'),
 ('item', 'サーバ', None, DEL, 'はい', D(2024,10,7), None, None, None, None, 'サーバ'),
 ('item', 'サーバ', None, LOG, 'はい', D(2024,10,7), None, None, None, 'ログは1年間保存', 'サーバ'),
 ('item', 'サーバ', None, PAT, 'はい', D(2024,10,7), None, None, None, '月次保守時に適用', 'サーバ'),
 ('item', 'サーバ', None, SVC, 'はい', D(2024,10,7), None, None, None, None, 'サーバ'),
 ('item', '端末PC', None, ACC, 'はい', D(2024,10,8), None, None, None, None, '端末PC'),
 ('item', '端末PC', None, DEL, 'はい', D(2024,10,8), None, None, None, None, '端末PC'),
 ('item', '端末PC', None, PAT, 'いいえ', D(2024,10,8), D(2025,1,31), 'はい', D(2025,1,24), 'Windows Update保留分を定期保守時に適用', '端末PC'),
 ('item', '端末PC', None, SVC, 'はい', D(2024,10,8), None, None, None, None, '端末PC'),
 ('item', 'ネットワーク機器', None, PAT, 'はい', D(2024,10,8), None, None, None, 'UTMファームウェア更新済', 'ネットワーク機器'),
 ('item', 'ネットワーク機器', None, SRC, 'はい', D(2024,10,8), None, None, None, '保守用VPNは当社保守拠点のIPのみ許可', 'ネットワーク機器'),
 ('sec', '3　インシデント発生に備えた対応'),
 ('item', 'インシデント発生に備えた対応', '3-(1)', 'インシデント発生時における組織内と外部関係機関（医療機関、厚生労働省、警察等）への連絡体制図がある', 'はい', D(2024,10,7), None, None, None, None, None),
 ('item', 'インシデント発生に備えた対応', '3-(2)', '医療機関と連携し、インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している', 'はい', D(2024,10,7), None, None, None, '年1回 復旧手順を病院と確認', None),
]

wb = Workbook()
ws = wb.active
ws.title = 'チェックリスト（事業者確認用）'
thin = Side(style='thin'); med = Side(style='medium')
B = Border(left=thin, right=thin, top=thin, bottom=thin)
hdr_fill = PatternFill('solid', fgColor='D9E1F2'); sec_fill = PatternFill('solid', fgColor='F2F2F2')
wrap = Alignment(wrap_text=True, vertical='center')
center = Alignment(horizontal='center', vertical='center', wrap_text=True)
widths = {'A': 2, 'B': 7, 'C': 12, 'D': 58, 'E': 8, 'F': 11, 'G': 11, 'H': 8, 'I': 11, 'J': 32}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws['B2'] = '医療機関におけるサイバーセキュリティ対策チェックリスト'
ws['B2'].font = Font(size=14, bold=True)
ws['J2'] = '事業者確認用'; ws['J2'].font = Font(bold=True); ws['J2'].border = Border(left=med, right=med, top=med, bottom=med); ws['J2'].alignment = center
ws['B3'] = '（令和6年度版）'

hdr = [('事業者名', VENDOR), ('対象システム', SYSTEM), ('提出先医療機関名', HOSP)]
r = 5
for lab, val in hdr:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(r, 2, lab).alignment = center
    ws.cell(r, 2).fill = hdr_fill
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
    ws.cell(r, 4, val).alignment = Alignment(vertical='center')
    for c in range(2, 8):
        ws.cell(r, c).border = B
    r += 1

ws['B9'] = '※ 医療機関と協力し、各項目について確認を行ってください。'
ws['B10'] = '※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入し、対応後に2回目の確認を行ってください。'
ws['B11'] = '※ 立入検査時、医療機関を通じて本チェックリストを確認します。'

# header rows 13-14
H1, H2 = 13, 14
def mh(r1, c1, r2, c2, text):
    ws.merge_cells(start_row=r1, start_column=c1, end_row=r2, end_column=c2)
    ws.cell(r1, c1, text)
mh(H1, 2, H2, 2, '項番'); mh(H1, 3, H2, 3, '区分'); mh(H1, 4, H2, 4, 'チェック項目')
mh(H1, 5, H1, 6, '1回目'); mh(H1, 7, H2, 7, '目標日'); mh(H1, 8, H1, 9, '2回目'); mh(H1, 10, H2, 10, '備考')
ws.cell(H2, 5, '回答'); ws.cell(H2, 6, '確認日'); ws.cell(H2, 8, '回答'); ws.cell(H2, 9, '確認日')
for rr in (H1, H2):
    for c in range(2, 11):
        ws.cell(rr, c).fill = hdr_fill; ws.cell(rr, c).border = B; ws.cell(rr, c).alignment = center
        ws.cell(rr, c).font = Font(bold=True)

dv = DataValidation(type='list', formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

r = H2 + 1
entries = []
cellmap = []
block_start = {}
for row in rows:
    if row[0] == 'sec':
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        ws.cell(r, 2, row[1]).font = Font(bold=True)
        for c in range(2, 11):
            ws.cell(r, c).fill = sec_fill; ws.cell(r, c).border = B
        r += 1; continue
    _, section, no, text, a1, d1, tg, a2, d2, rem, block = row
    if no: ws.cell(r, 2, no)
    if block:
        block_start.setdefault(block, [r, r]); block_start[block][1] = r
    if not block:
        ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
        ws.cell(r, 3, text)
    else:
        ws.cell(r, 4, text)
    ws.cell(r, 5, a1); ws.cell(r, 6, d1)
    if tg: ws.cell(r, 7, tg)
    if a2: ws.cell(r, 8, a2)
    if d2: ws.cell(r, 9, d2)
    if rem: ws.cell(r, 10, rem)
    for c in range(2, 11):
        cell = ws.cell(r, c); cell.border = B
        cell.alignment = center if c in (2, 3, 5, 6, 7, 8, 9) else wrap
    ws.cell(r, 3).alignment = wrap if not block else center
    for c in (6, 7, 9):
        ws.cell(r, c).number_format = 'yyyy/m/d'
    dv.add(f'E{r}'); dv.add(f'H{r}')
    ws.row_dimensions[r].height = 30
    e = {'section': section, 'item': text}
    if no: e['itemNo'] = no
    e['firstAnswer'] = a1; e['firstDate'] = d1.isoformat()
    if tg: e['targetDate'] = tg.isoformat()
    if a2: e['secondAnswer'] = a2
    if d2: e['secondDate'] = d2.isoformat()
    if rem: e['remarks'] = rem
    entries.append(e)
    r += 1
for blk, (s, t) in block_start.items():
    ws.merge_cells(start_row=s, start_column=3, end_row=t, end_column=3)
    ws.cell(s, 3, blk).alignment = center

ws.page_setup.orientation = 'landscape'; ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
ws.print_title_rows = f'{H1}:{H2}'
wb.save(os.path.join(OUT, NAME + '.xlsx'))

exp = {
  'form': 'checklist-vendor', 'version': 'R6', 'file': NAME + '.xlsx',
  'values': {'vendorName': VENDOR, 'targetSystem': SYSTEM, 'hospitalName': HOSP, 'entries': entries},
  'planted': [],
  'notes': ('Vendor-side item wording is my reconstruction (the catalogue gives only 1-(1) and 2-(3) of the vendor side); '
            'device-class items use the catalogue wording and sit under a vertically merged 区分 cell (サーバ/端末PC/ネットワーク機器) with no 項番. '
            'Section of non-device items = the heading row text without its number. Dates are Excel date cells. '
            'Items answered はい in 1回目 have no 2回目 (left blank on purpose).')
}
with open(os.path.join(OUT, NAME + '.expected.json'), 'w', encoding='utf-8') as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print('ok', len(entries))

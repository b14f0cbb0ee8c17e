# Generator: ins-w35-b-mark-columns-hospital.xlsx  (inspection-documents, R6, 2 planted problems)
# Hospital-made check sheet: ● in one of 提出する/未作成/提出しない, header as 項目：値 in one cell, 和暦 text date,
# full-width numbers, a count formula without cached value (openpyxl save), a second (empty) 保健所受付欄 table,
# a hidden list sheet.
import sys, os, json
sys.path.insert(0, '/tmp/clvins-py')
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = 'ins-w35-b-mark-columns-hospital'
SHEET = '提出書類チェック表'
thin = Side(style='thin'); border = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill('solid', fgColor='E2EFDA')
wrap = Alignment(wrap_text=True, vertical='center')
center = Alignment(horizontal='center', vertical='center', wrap_text=True)

FAC = '社会医療法人 吉備の里会 吉備高原中央病院'
MARK_COL = {'SUBMITTED': 3, 'NOT_CREATED': 4, 'NOT_SUBMITTED': 5}

# (No shown, kind, 書類名 shown, status, file, remarks)
ROWS = [
 ('１', '1', 'チェックリスト（医療機関確認用）', 'SUBMITTED', 'R6チェックリスト_医療機関確認用.xlsx', None),
 ('２', '2', 'チェックリスト（事業者確認用）', 'SUBMITTED', 'R6チェックリスト_事業者確認用（3社分）.xlsx',
   '電子カルテ・医事会計・検査システムの3社分を1枚にまとめて記入'),          # PLANT: not split per vendor/system
 ('３', '3', 'チェックリスト（最低限の措置編）', 'SUBMITTED', '最低限の措置編チェックリスト.pdf', None),
 ('４', '4', '機器管理台帳', 'NOT_CREATED', None, '台帳は保守事業者が管理しているため院内では未作成'),  # PLANT: required doc 未作成
 ('５', '5', 'インシデント発生時の連絡体制図', 'SUBMITTED', '連絡体制図_2024.pdf', None),
 ('６', '6', 'ネットワーク構成図及びシステム全体構成図', 'SUBMITTED', 'ネットワーク構成図.pdf', 'システム全体構成図は未作成のためNW構成図のみ'),
 ('７', '7', 'サイバー攻撃を想定した事業継続計画（BCP）', 'NOT_CREATED', None, '策定中（R7.3完成予定）'),
]

wb = Workbook(); ws = wb.active; ws.title = SHEET
for col, w in zip('ABCDEFG', [5, 40, 8, 8, 9, 42, 40]):
    ws.column_dimensions[col].width = w
ws['A1'] = '立入検査（サイバーセキュリティ対策関係）提出書類チェック表'
ws['A1'].font = Font(size=13, bold=True)
ws['A2'] = '（岡山県 別紙1「サイバーセキュリティ対策関連書類一覧」に基づき当院で作成）'
ws['A2'].font = Font(size=9)
ws.merge_cells('A4:E4'); ws['A4'] = '医療機関名：' + FAC
ws.merge_cells('A5:E5'); ws['A5'] = '提出日：令和6年12月3日'
ws['F4'] = '担当：情報システム管理室　藤原（内線 2215）'
ws['F4'].font = Font(size=10)
ws['A6'] = '※ 該当する欄に●を付けてください。⑥⑦は作成している場合のみ提出。'
ws['A6'].font = Font(size=9)

hdr = ['No', '書類名', '提出する', '未作成', '提出しない', 'ファイル名', '備考']
for c, h in enumerate(hdr, 1):
    cell = ws.cell(8, c, h); cell.fill = head; cell.border = border; cell.alignment = center; cell.font = Font(bold=True)

docs = []; rowof = {}; r = 9
for no, kind, title, st, fn, rm in ROWS:
    ws.cell(r, 1, no); ws.cell(r, 2, title)
    ws.cell(r, MARK_COL[st], '●')
    if fn: ws.cell(r, 6, fn)
    if rm: ws.cell(r, 7, rm)
    for c in range(1, 8):
        cell = ws.cell(r, c); cell.border = border
        cell.alignment = center if c in (1, 3, 4, 5) else wrap
    ws.row_dimensions[r].height = 30
    d = {'kind': kind, 'submission': st}
    if fn: d['fileName'] = fn
    if rm: d['remarks'] = rm
    docs.append(d); rowof[kind] = r; r += 1
last = r - 1
ws.cell(r, 2, '提出書類数（●の数）').alignment = Alignment(horizontal='right')
ws.cell(r, 3, '=COUNTIF(C9:C%d,"●")' % last)          # formula, no cached value (openpyxl)
for c in (2, 3): ws.cell(r, c).border = border

# second table: 保健所受付欄 (left blank by the hospital)
r += 3
ws.cell(r, 1, '【保健所受付欄】（医療機関は記入しないでください）').font = Font(bold=True, size=10)
for i, lab in enumerate(['受付日', '受付者', '医療推進課送付日']):
    ws.cell(r + 1 + i, 2, lab).border = border
    ws.cell(r + 1 + i, 3).border = border
    ws.merge_cells(start_row=r + 1 + i, start_column=3, end_row=r + 1 + i, end_column=5)

lst = wb.create_sheet('リスト')
for i, v in enumerate(['●', '提出する', '未作成', '提出しない'], 1):
    lst.cell(i, 1, v)
lst.sheet_state = 'hidden'

ws.page_setup.orientation = 'landscape'; ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save(os.path.join(OUT, NAME + '.xlsx'))

exp = {
  'form': 'inspection-documents', 'version': 'R6', 'file': NAME + '.xlsx',
  'values': {'facilityName': FAC, 'submittedOn': '2024-12-03', 'documents': docs},
  'planted': [
    {'cells': ['%s!D%d' % (SHEET, rowof['4']), '%s!C%d' % (SHEET, rowof['4'])], 'paths': ['documents[3].submission'],
     'why': '機器管理台帳（No.4）が「未作成」。別紙1は1〜5を提出書類とし、「作成していれば提出」は6と7のみ（台帳は提出してください）'},
    {'cells': ['%s!F%d' % (SHEET, rowof['2']), '%s!G%d' % (SHEET, rowof['2'])], 'paths': ['documents[1].fileName', 'documents[1].remarks'],
     'why': '事業者確認用チェックリストを3社分1枚にまとめている。別紙1 No.2 は「事業者ごと又はシステムごとにチェックリストを分けること」'},
  ],
  'notes': ('Marks: ● in exactly one of 提出する(C)/未作成(D)/提出しない(E). No column uses full-width digits. Header fields are '
            '項目：値 in one cell; 提出日 is text 令和6年12月3日. The 提出書類数 cell is a COUNTIF formula saved by openpyxl with no cached '
            'value. The 保健所受付欄 table below is intentionally empty; the 担当 text in F4 has no key. Hidden sheet リスト holds option words only.'),
}
with open(os.path.join(OUT, NAME + '.expected.json'), 'w', encoding='utf-8') as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print('ok', len(docs))

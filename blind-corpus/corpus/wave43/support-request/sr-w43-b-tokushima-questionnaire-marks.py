# Generator for sr-w43-b-tokushima-questionnaire-marks.xlsx
# Role: 徳島県 prefecture office re-uses the MHLW/Kagawa wording for its own 支援希望調査 as a numbered
# questionnaire (記入要領 sheet + 回答票 sheet, eligibility check added, ○ marks); a hospital IT section head fills it.
import sys, os
sys.path.insert(0, '/tmp/sr_hs_py')
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = '/work/blind/wave43/support-request'
NAME = 'sr-w43-b-tokushima-questionnaire-marks.xlsx'
thin = Side(style='thin')
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical='center')
center = Alignment(horizontal='center', vertical='center', wrap_text=True)
head = PatternFill('solid', fgColor='DDEBF7')

wb = Workbook()
g = wb.active
g.title = '記入要領'
g.column_dimensions['A'].width = 100
lines = [
    '【記入要領】「医療機関におけるサイバーセキュリティ確保事業」支援希望調査',
    '',
    '１　令和７年度に当該事業の支援を希望される病院は、「回答票」シートに必要事項を記入のうえ、令和７年２月２８日（金）までに',
    '　　メール（本ファイルを添付）又はＦＡＸにより提出してください。',
    '２　医療機関コードは10桁（都道府県番号＋点数表番号＋郡市区番号＋医療機関番号＋検証番号）で記入してください。',
    '３　担当者①及び②は必須です。所属・役職、氏名、Mailアドレスをすべて記入してください。担当者③は任意です。',
    '４　「回答データの活用の可否」は、可・不可のいずれかの左欄に○を記入してください。',
    '５　対象要件の確認は、各項目の「はい」「いいえ」いずれかに○を記入してください。',
    '　　令和６年度に支援を受けた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため令和８年１月までに',
    '　　現地調査を完了できない病院は対象外です。',
    '６　支援希望の病院数が多数となった場合は、ご希望に添えない場合があります。',
]
for i, t in enumerate(lines, 1):
    g.cell(i, 1, t)
g['A1'].font = Font(bold=True, size=12)

ws = wb.create_sheet('回答票')
widths = {'A': 2, 'B': 6, 'C': 22, 'D': 26, 'E': 30, 'F': 8, 'G': 8}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

def frame(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box

ws.merge_cells('B1:G1')
ws['B1'] = '令和７年度「医療機関におけるサイバーセキュリティ確保事業」支援希望調査　回答票'
ws['B1'].font = Font(bold=True, size=13)
ws['B1'].alignment = center
ws.merge_cells('B2:G2')
ws['B2'] = '提出先：徳島県保健福祉部医療政策課（メール又はＦＡＸ）　提出期限：令和７年２月２８日（金）'
ws['B2'].font = Font(size=9)
ws['B2'].alignment = Alignment(horizontal='right')
ws.merge_cells('B4:G4')
ws['B4'] = '当病院は、当該事業の支援を希望します。'
ws['B4'].font = Font(bold=True)

# 1. 医療機関情報 (No. | 項目 | 回答)
ws['B6'] = '１．医療機関情報'
ws['B6'].font = Font(bold=True)
for col, t in zip('BCD', ['No.', '項目', '回答']):
    ws[f'{col}7'] = t
    ws[f'{col}7'].fill = head
    ws[f'{col}7'].alignment = center
ws.merge_cells('D7:G7')
items = [
    ('(1)', '医療機関コード（10桁）', '36-1-01-4573-2'),   # planted: check digit should be 6
    ('(2)', '病院名（正式名称）', '社会医療法人吉野川会　鳴門かもめ病院'),
    ('(3)', '郵便番号', '７７２－００１３'),
    ('(4)', '住所', '徳島県鳴門市撫養町南浜字東浜165番地の1'),
    ('(5)', '電話番号', '088-686-3210'),
]
r = 8
for no, label, val in items:
    ws.cell(r, 2, no).alignment = center
    ws.cell(r, 3, label).alignment = wrap
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=7)
    ws.cell(r, 4, val).alignment = Alignment(vertical='center')
    r += 1
frame('B7:G12')

# 2. 担当者 (horizontal table)
ws['B14'] = '２．担当者（①②は必須）'
ws['B14'].font = Font(bold=True)
hdr = ['区分', '', '所属・役職', '氏名', 'Mail アドレス']
ws.merge_cells('B15:C15')
ws['B15'] = '区分'
ws['D15'] = '所属・役職'
ws['E15'] = '氏名'
ws.merge_cells('F15:G15')
ws['F15'] = 'Mail アドレス'
for c in ('B15', 'D15', 'E15', 'F15'):
    ws[c].fill = head
    ws[c].alignment = center
people = [
    ('担当者①【必須】', '情報システム課　課長', '森本　健二', 'k.morimoto@naruto-kamome.jp'),
    ('担当者②【必須】', '医事課　係長', '坂東　由美', None),                     # planted: Mail missing
    ('担当者③', '情報システム課　主任', '岩佐　翔太', 's.iwasa@naruto-kamome.jp'),
]
r = 16
for lab, dep, nm, mail in people:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.cell(r, 2, lab).alignment = wrap
    ws.cell(r, 4, dep).alignment = wrap
    ws.cell(r, 5, nm).alignment = wrap
    ws.merge_cells(start_row=r, start_column=6, end_row=r, end_column=7)
    if mail:
        ws.cell(r, 6, mail).alignment = wrap
    ws.row_dimensions[r].height = 24
    r += 1
frame('B15:G18')

# 3. 活用の可否 (mark left of the option)
ws.merge_cells('B20:G20')
ws['B20'] = '３．サイバーセキュリティ調査における回答データの活用の可否（※）　該当する方の左欄に○'
ws['B20'].font = Font(bold=True)
ws['C21'] = '○'
ws['D21'] = '可'
ws['E21'] = None
ws['F21'] = '不可'
for c in ('C21', 'D21', 'E21', 'F21'):
    ws[c].alignment = center
    ws[c].border = box
ws.merge_cells('B22:G23')
ws['B22'] = ('※ 国が令和6年1月31日付け事務連絡により実施した病院のサイバーセキュリティ対策の実態調査の回答内容を、当該事業でも'
             '活用させていただく可能性があります。ご了解いただける場合は「可」、ご了解いただけない場合は「不可」としてください。')
ws['B22'].font = Font(size=8)
ws['B22'].alignment = Alignment(wrap_text=True, vertical='top')

# 4. 対象要件の確認 (No. | 確認事項 | はい | いいえ)
ws['B25'] = '４．対象要件の確認（該当する欄に○）'
ws['B25'].font = Font(bold=True)
ws['B26'] = 'No.'
ws.merge_cells('C26:E26')
ws['C26'] = '確認事項'
ws['F26'] = 'はい'
ws['G26'] = 'いいえ'
for c in ('B26', 'C26', 'F26', 'G26'):
    ws[c].fill = head
    ws[c].alignment = center
reqs = [
    ('①', '令和６年度に本事業の支援を受けていない'),
    ('②', '電子カルテシステムを導入している'),
    ('③', '令和８年１月までに現地調査を完了できる（電子カルテシステムの更改により調査できない期間がない）'),
]
r = 27
for no, t in reqs:
    ws.cell(r, 2, no).alignment = center
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
    ws.cell(r, 3, t).alignment = wrap
    ws.cell(r, 6, '○').alignment = center
    ws.row_dimensions[r].height = 30
    r += 1
frame('B26:G29')
dv = DataValidation(type='list', formula1='"○"', allow_blank=True)
ws.add_data_validation(dv)
dv.add('F27:G29')
dv.add('C21')
dv.add('E21')

# 5. 備考
ws['B31'] = '５．備考'
ws['B31'].font = Font(bold=True)
ws.merge_cells('B32:G34')
ws['B32'] = '部門システム（放射線・検査）の更新を令和7年10月に予定しています。\n現地調査の日程は11月以降を希望します。'
ws['B32'].alignment = Alignment(wrap_text=True, vertical='top')
frame('B32:G34')

ws.print_area = 'B1:G34'
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 1
wb.active = 1
wb.save(os.path.join(OUT, NAME))
print('written', NAME)

#!/usr/bin/python3
"""sr-w32-b: the same 回答様式 redrawn by a prefecture clerk as numbered sections: hospital info with labels above
values, a 担当者 table (one row per contact), a 確認事項 questionnaire with ○ under はい/いいえ, the 活用の可否 with a
small 可|不可 table with ○ under the chosen option, plus a 記入要領 sheet. Saved by openpyxl.
Planted: wrong check digit in the 医療機関コード; 担当者② (必須) Mail アドレス left blank."""
import sys, os, json
sys.path.insert(0, '/tmp/w32sr_py')
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = 'sr-w32-b-sections-contact-table-checks'

def chk(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        t += d // 10 + d % 10
    return (10 - t % 10) % 10

base9 = '371053310'
good = chk(base9)            # 4
wrong = (good + 3) % 10      # 7: typo in the last digit
code_written = f'{base9[:2]}-{base9[2]}-{base9[3:5]}-{base9[5:9]}-{wrong}'
code10_written = base9 + str(wrong)

wb = Workbook()
ws = wb.active
ws.title = '回答様式'
thin = Side(style='thin')
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head_fill = PatternFill('solid', fgColor='DDEBF7')
sec_font = Font(name='ＭＳ ゴシック', size=11, bold=True)
wrap = Alignment(wrap_text=True, vertical='center')
center = Alignment(horizontal='center', vertical='center', wrap_text=True)
widths = {'A': 2, 'B': 14, 'C': 26, 'D': 14, 'E': 34, 'F': 16}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws['F1'] = '別紙'
ws['F1'].alignment = Alignment(horizontal='right')
ws.merge_cells('B2:F2')
ws['B2'] = '「医療機関におけるサイバーセキュリティ確保事業」支援希望調査　回答様式'
ws['B2'].font = Font(name='ＭＳ ゴシック', size=13, bold=True)
ws['B2'].alignment = center
ws.merge_cells('B3:F3')
ws['B3'] = '当病院は、当該事業の支援を希望します。'
ws['B3'].alignment = center

# 1. hospital info: labels above values
ws['B5'] = '１．病院の情報'; ws['B5'].font = sec_font
labels = ['医療機関コード（10桁）', '病院名（正式名称）', '郵便番号', '住所', '電話番号']
vals = [code_written, '医療法人 綾川会 綾川中央病院', '761-2103', '香川県綾歌郡綾川町萱原８２２－１', '0878761180']
for i, (lab, val) in enumerate(zip(labels, vals)):
    col = 'BCDEF'[i]
    ws[f'{col}6'] = lab
    ws[f'{col}6'].fill = head_fill
    ws[f'{col}6'].alignment = center
    ws[f'{col}6'].border = box
    c = ws[f'{col}7']
    c.value = val
    c.data_type = 's'
    c.alignment = wrap
    c.border = box
ws.row_dimensions[7].height = 30

# 2. contacts table
ws['B9'] = '２．担当者（①・②は必須）'; ws['B9'].font = sec_font
for col, lab in zip('BCDE', ['', '所属・役職', '氏名', 'Mail アドレス']):
    ws[f'{col}10'] = lab
    ws[f'{col}10'].fill = head_fill
    ws[f'{col}10'].alignment = center
    ws[f'{col}10'].border = box
contacts = [
    ('担当者①【必須】', '事務長', '松本　和也', 'matsumoto@ayagawa-chuo.jp'),
    ('担当者②【必須】', '医事課 係長（システム担当兼務）', '岡田　恵', None),   # planted: Mail missing
    ('担当者③', None, None, None),
]
for i, rowvals in enumerate(contacts):
    r = 11 + i
    for col, v in zip('BCDE', rowvals):
        ws[f'{col}{r}'] = v
        ws[f'{col}{r}'].border = box
        ws[f'{col}{r}'].alignment = wrap
    ws.row_dimensions[r].height = 24

# 3. declarations, questionnaire style
ws['B15'] = '３．確認事項（該当する欄に○を記入してください）'; ws['B15'].font = sec_font
for col, lab in zip('BCDE', ['No.', '確認事項', 'はい', 'いいえ']):
    ws[f'{col}16'] = lab
    ws[f'{col}16'].fill = head_fill
    ws[f'{col}16'].alignment = center
    ws[f'{col}16'].border = box
decl = [
    ('(1)', '令和6年度に本事業の支援を受けていない'),
    ('(2)', '電子カルテシステムを導入している'),
    ('(3)', '令和8年1月までに現地調査を完了できる\n（電子カルテシステムの更改等による支障がない）'),
]
for i, (no, q) in enumerate(decl):
    r = 17 + i
    ws[f'B{r}'] = no
    ws[f'C{r}'] = q
    ws[f'D{r}'] = '○'
    ws[f'E{r}'] = None
    for col in 'BCDE':
        ws[f'{col}{r}'].border = box
        ws[f'{col}{r}'].alignment = center if col != 'C' else wrap
    ws.row_dimensions[r].height = 32 if i == 2 else 22

# 4. data use: a small table, ○ under the chosen option
ws['B21'] = '４．サイバーセキュリティ調査における回答データの活用の可否（※）（いずれかの欄に○）'; ws['B21'].font = sec_font
for col, lab in zip('CDE', ['', '可', '不可']):
    ws[f'{col}22'] = lab or None
    ws[f'{col}22'].fill = head_fill
    ws[f'{col}22'].alignment = center
    ws[f'{col}22'].border = box
ws['C23'] = '回答データの活用'
ws['D23'] = None
ws['E23'] = '○'
for col in 'CDE':
    ws[f'{col}23'].border = box
    ws[f'{col}23'].alignment = center
ws.merge_cells('B24:F25')
ws['B24'] = ('※ 国が令和6年1月31日付け事務連絡により実施した病院におけるサイバーセキュリティ対策の実態調査で回答いただいた内容を'
             '当該事業でも活用させていただく可能性があります。ご了解いただける場合は「可」、ご了解いただけない場合は「不可」としてください。')
ws['B24'].alignment = Alignment(wrap_text=True, vertical='top')
ws['B24'].font = Font(size=9)

# 5. remarks
ws['B27'] = '５．備考'; ws['B27'].font = sec_font
ws.merge_cells('B28:F29')
remarks = '現地調査は平日午後（14時以降）を希望します。\n外来診療日（月・水・金の午前）は対応が難しいです。'
ws['B28'] = remarks
ws['B28'].alignment = Alignment(wrap_text=True, vertical='top')
for r in (28, 29):
    for col in 'BCDEF':
        ws[f'{col}{r}'].border = box
ws.row_dimensions[28].height = 30

ws.page_setup.orientation = 'landscape'
ws.page_setup.paperSize = ws.PAPERSIZE_A4

# instructions sheet
ins = wb.create_sheet('記入要領')
ins.column_dimensions['A'].width = 100
lines = [
    '【記入要領】',
    '１．「回答様式」シートの各欄に記入し、令和7年2月28日（金）までにFAXにてご回答ください。',
    '２．医療機関コードは10桁（都道府県番号2桁＋点数表番号1桁＋7桁）で記入してください。',
    '３．担当者①・②は必須です（所属・役職、氏名、Mailアドレスをすべて記入）。担当者③は任意です。',
    '４．確認事項は「はい」「いいえ」のいずれかの欄に○を記入してください。',
    '　　令和6年度に支援を受けた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため',
    '　　令和8年1月までに現地調査を完了できない病院は対象外です。',
    '５．回答データの活用の可否は「可」「不可」のいずれかの欄に○を記入してください。',
    '',
    '送付先：香川県健康福祉部医務国保課医療企画G　FAX 087-806-0248',
]
for i, t in enumerate(lines, 1):
    ins[f'A{i}'] = t

wb.save(os.path.join(OUT, NAME + '.xlsx'))

expected = {
    'form': 'support-request',
    'version': 'R6',
    'file': NAME + '.xlsx',
    'values': {
        'hospitalCode': code10_written,
        'hospitalName': '医療法人 綾川会 綾川中央病院',
        'postalCode': '761-2103',
        'address': '香川県綾歌郡綾川町萱原８２２－１',
        'phoneNumber': '0878761180',
        'contact1.department': '事務長',
        'contact1.name': '松本　和也',
        'contact1.email': 'matsumoto@ayagawa-chuo.jp',
        'contact2.department': '医事課 係長（システム担当兼務）',
        'contact2.name': '岡田　恵',
        'dataUse': '不可',
        'remarks': remarks,
        'notSupportedBefore': 'はい',
        'hasEhr': 'はい',
        'surveyFeasible': 'はい',
    },
    'planted': [
        {'cells': ['回答様式!B7'], 'paths': ['hospitalCode'],
         'why': f'check digit wrong: {code_written} — Luhn over {base9} gives {good}, not {wrong}'},
        {'cells': ['回答様式!E12'], 'paths': ['contact2.email'],
         'why': '担当者②【必須】 has 所属・役職 and 氏名 but no Mail アドレス (①② must be complete)'},
    ],
    'notes': ('Hospital info uses labels in row 6 with values below in row 7. 医療機関コード written with hyphens '
              f'({code_written}). 住所 typed with full-width digits and hyphen, kept exactly as entered. 電話番号 without hyphens. '
              '担当者③ left entirely blank (optional). 確認事項 (1)-(3) answered by ○ under はい (column D). '
              '活用の可否: ○ in E23 under the 不可 header (E22); D23 under 可 is empty → 不可. '
              '記入要領 sheet holds only instructions.'),
}
with open(os.path.join(OUT, NAME + '.expected.json'), 'w', encoding='utf-8') as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print('ok', code_written)

#!/usr/bin/python3
"""hs-w32-b: 広島県's answer in two sheets: 表紙 (都道府県名, 担当, a transposed quota table: bands across, 支援枠 below)
and 選定病院一覧 (a labelled 記入例 row, then hospitals grouped by band with 7-digit codes and ○ for 電子カルテ).
Re-saved by LibreOffice. Planted: 300床以上 has 3 hospitals for a 支援枠 of 2; a 112-bed hospital filed under
20床以上100床未満."""
import sys, os, json, subprocess, shutil, tempfile
sys.path.insert(0, '/tmp/w32sr_py')
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = 'hs-w32-b-cover-transposed-quota-7digit'

def chk(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        t += d // 10 + d % 10
    return (10 - t % 10) % 10

def code(base9):
    return base9 + str(chk(base9))

bands = [('20床以上100床未満', 3), ('100床以上300床未満', 3), ('300床以上', 2)]
# (base9, how the 7-digit code is written: 'plain'|'hyphen', name, beds, band, reason)
hosp = [
    ('341011154', 'plain',  '医療法人 己斐会 己斐の森病院', 56, '20床以上100床未満', '立入検査でセキュリティ対策が不十分'),
    ('341028023', 'plain',  '医療法人社団 安芸会 安芸府中病院', 88, '20床以上100床未満', None),
    ('341070412', 'hyphen', '医療法人 瀬野川会 瀬野川西病院', 112, '20床以上100床未満', '地域の回復期・療養医療を担う'),
    ('341013391', 'plain',  '医療法人 宇品会 宇品臨港病院', 150, '100床以上300床未満', '二次救急医療機関'),
    ('341020786', 'plain',  '社会医療法人 呉港会 呉港中央病院', 199, '100床以上300床未満', '救急告示病院\n地域医療支援病院'),
    ('341080233', 'hyphen', '医療法人 芦田川会 福山芦田川病院', 260, '100床以上300床未満', None),
    ('341012002', 'plain',  '広島湾岸総合医療センター', 310, '300床以上', '災害拠点病院・二次救急'),
    ('341011618', 'plain',  '社会医療法人 太田川会 太田川総合病院', 450, '300床以上', '救命救急センター'),
    ('341030507', 'plain',  '独立行政法人 備後総合病院機構 備後中央病院', 700, '300床以上', '地域がん診療連携拠点病院\n三次救急'),
]

wb = Workbook()
thin = Side(style='thin')
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill('solid', fgColor='E2EFDA')
center = Alignment(horizontal='center', vertical='center', wrap_text=True)
wrap = Alignment(wrap_text=True, vertical='center')

cv = wb.active
cv.title = '表紙'
for col, w in zip('ABCDE', [3, 16, 20, 20, 20]):
    cv.column_dimensions[col].width = w
cv.merge_cells('B2:E2')
cv['B2'] = '医療機関におけるサイバーセキュリティ確保事業　支援対象病院の選定について（回答）'
cv['B2'].font = Font(size=13, bold=True)
cv['B2'].alignment = center
cv['E3'] = '令和6年3月13日'
cv['E3'].alignment = Alignment(horizontal='right')
rows = [('都道府県名', '広島県'), ('担当課', '健康福祉局 医療介護基盤課'), ('担当者', '医療情報係　西村'),
        ('電話', '082-513-0000')]
for i, (k, v) in enumerate(rows):
    r = 5 + i
    cv[f'B{r}'] = k
    cv[f'B{r}'].fill = head
    cv.merge_cells(f'C{r}:E{r}')
    cv[f'C{r}'] = v
    for col in 'BCDE':
        cv[f'{col}{r}'].border = box
cv['B10'] = '■ 病床規模別 支援枠（厚生労働省提示）'
cv['B11'] = '病床規模'
cv['B12'] = '支援枠'
for i, (b, q) in enumerate(bands):
    col = 'CDE'[i]
    cv[f'{col}11'] = b
    cv[f'{col}12'] = q
for r in (11, 12):
    cv[f'B{r}'].fill = head
    for col in 'BCDE':
        cv[f'{col}{r}'].border = box
        cv[f'{col}{r}'].alignment = center
cv['B14'] = '※ 選定した病院は「選定病院一覧」シートに記入'

sl = wb.create_sheet('選定病院一覧')
for col, w in zip('ABCDEFG', [7, 20, 14, 38, 8, 10, 36]):
    sl.column_dimensions[col].width = w
sl['A1'] = '支援対象病院一覧（広島県）'
sl['A1'].font = Font(size=12, bold=True)
hdr = ['No.', '病床規模区分', '医療機関コード\n（7桁）', '医療機関名', '病床数', '電子カルテ\n導入', '選定理由']
for col, lab in zip('ABCDEFG', hdr):
    sl[f'{col}3'] = lab
    sl[f'{col}3'].fill = head
    sl[f'{col}3'].alignment = center
    sl[f'{col}3'].border = box
sl.row_dimensions[3].height = 30
example = ['記入例', '20床以上100床未満', '0101234', '医療法人○○会 ○○病院', 50, '○', '救急告示病院のため']
grey = Font(color='808080', italic=True)
for col, v in zip('ABCDEFG', example):
    c = sl[f'{col}4']
    c.value = v
    if col == 'C':
        c.data_type = 's'
    c.font = grey
    c.border = box
    c.alignment = center if col not in 'DG' else wrap
first = 5
for i, (b9, style, name, beds, band, reason) in enumerate(hosp):
    r = first + i
    c10 = code(b9)
    c7 = c10[3:]
    written = c7 if style == 'plain' else f'{c7[:2]}-{c7[2:6]}-{c7[6]}'
    vals = [i + 1, band, written, name, beds, '○', reason]
    for col, v in zip('ABCDEFG', vals):
        c = sl[f'{col}{r}']
        c.value = v
        if col == 'C':
            c.data_type = 's'
        c.border = box
        c.alignment = center if col not in 'DG' else wrap
    if reason and '\n' in reason:
        sl.row_dimensions[r].height = 30

tmpd = tempfile.mkdtemp()
raw = os.path.join(tmpd, NAME + '.xlsx')
wb.save(raw)
outd = os.path.join(tmpd, 'lo'); os.makedirs(outd)
subprocess.run(['soffice', '--headless', '--convert-to', 'xlsx', '--outdir', outd, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME + '.xlsx'), os.path.join(OUT, NAME + '.xlsx'))

hospitals = []
for b9, style, name, beds, band, reason in hosp:
    h = {'hospitalCode': code(b9), 'hospitalName': name, 'beds': beds, 'band': band, 'ehr': 'あり'}
    if reason:
        h['reason'] = reason
    hospitals.append(h)
r_over = [first + i for i, h in enumerate(hosp) if h[4] == '300床以上']
i_112 = [i for i, h in enumerate(hosp) if h[3] == 112][0]
expected = {
    'form': 'hospital-selection',
    'version': 'R6',
    'file': NAME + '.xlsx',
    'values': {
        'prefecture': '広島県',
        'quotas': [{'band': b, 'quota': q} for b, q in bands],
        'hospitals': hospitals,
    },
    'planted': [
        {'cells': ['表紙!E12'] + [f'選定病院一覧!B{r}' for r in r_over],
         'paths': ['quotas[2].quota'] + [f'hospitals[{r - first}].band' for r in r_over],
         'why': '300床以上: 支援枠 2 but 3 hospitals selected (must be 過不足なく — too many)'},
        {'cells': [f'選定病院一覧!E{first + i_112}', f'選定病院一覧!B{first + i_112}'],
         'paths': [f'hospitals[{i_112}].beds', f'hospitals[{i_112}].band'],
         'why': '病床数 112 is outside its 病床規模区分 20床以上100床未満'},
    ],
    'notes': ('Quota table on 表紙 is transposed: bands across C11:E11, 支援枠 in C12:E12. 都道府県名 広島県 in 表紙!C5; '
              '担当課/担当者/電話/date on 表紙 are header info, not keys. On 選定病院一覧 row 4 is a labelled 記入例 '
              '(grey) and must be ignored; data rows 5-13. Codes are 7-digit (two written with hyphens NN-NNNN-N); '
              'expanded with 広島県 (34) and 点数表番号 1 to the 10-digit values given; all check digits valid. '
              '電子カルテ導入 ○ → あり. Band 20床以上100床未満 and 100床以上300床未満 counts equal their quotas (3 each, '
              'though one 20-99 row has 112 beds). Re-saved by LibreOffice.'),
}
with open(os.path.join(OUT, NAME + '.expected.json'), 'w', encoding='utf-8') as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print('ok', r_over, i_112)

#!/usr/bin/python3
"""hs-w32-a: 岡山県's 別紙様式 on one sheet: title, 都道府県名 in a label：value cell, quota table with COUNTIF
選定数/差 formulas and a 合計 row (openpyxl, no cached values), then the selected-hospital list with dropdowns fed
from a hidden リスト sheet. No planted problem."""
import sys, os, json
sys.path.insert(0, '/tmp/w32sr_py')
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = 'hs-w32-a-one-sheet-quota-counts'

def chk(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        t += d // 10 + d % 10
    return (10 - t % 10) % 10

def code(base9):
    return base9 + str(chk(base9))

bands = [('20～99床', 4), ('100～199床', 3), ('200～399床', 2), ('400床以上', 1)]
# (base9, name, beds as written, band, ehr, reason)
hosp = [
    ('331011201', '医療法人 旭水会 旭水病院', 48, '20～99床', '有', None),
    ('331012210', '医療法人社団 後楽会 後楽町病院', 60, '20～99床', '有', '立入検査において対策が不十分と思われるため'),
    ('331140152', '医療法人 吉備会 吉備高原病院', 85, '20～99床', '有', 'へき地における救急医療を担う'),
    ('331150318', '医療法人 高梁川会 川上病院', 99, '20～99床', '有', None),
    ('331013307', '医療法人 清心会 岡山清心病院', '120', '100～199床', '有', '二次救急医療機関（救急告示病院）'),
    ('331090425', '社会医療法人 備中会 総社中央病院', 150, '100～199床', '有', '地域の救急医療を担う\n令和5年度立入検査でバックアップ体制が不十分'),
    ('331012584', '医療法人 操山会 操山記念病院', 199, '100～199床', '有', None),
    ('331100061', '社会医療法人 美作会 津山東部病院', 236, '200～399床', '有', '二次救急医療機関・災害拠点病院'),
    ('331011776', '医療法人 烏城会 烏城総合病院', 350, '200～399床', '有', '二次救急輪番の中核'),
    ('331013015', '地方独立行政法人 岡山市北部医療センター', 520, '400床以上', '有', '三次救急（救命救急センター）'),
]

wb = Workbook()
ws = wb.active
ws.title = '別紙様式'
lst = wb.create_sheet('リスト')
lst.sheet_state = 'hidden'
for i, (b, _) in enumerate(bands, 1):
    lst[f'A{i}'] = b
lst['B1'] = '有'; lst['B2'] = '無'

thin = Side(style='thin')
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill('solid', fgColor='FFF2CC')
center = Alignment(horizontal='center', vertical='center', wrap_text=True)
wrap = Alignment(wrap_text=True, vertical='center')
for col, w in zip('ABCDEFGH', [5, 15, 34, 10, 14, 12, 40, 3]):
    ws.column_dimensions[col].width = w

ws['G1'] = '（別紙様式）'
ws['G1'].alignment = Alignment(horizontal='right')
ws.merge_cells('A2:G2')
ws['A2'] = '「医療機関におけるサイバーセキュリティ確保事業」令和6年度支援対象病院一覧'
ws['A2'].font = Font(size=14, bold=True)
ws['A2'].alignment = center
ws.merge_cells('A4:C4')
ws['A4'] = '都道府県名：岡山県'
ws['A4'].font = Font(size=12, bold=True)

ws['A6'] = '【支援枠と選定数】'
for col, lab in zip('BCDE', ['病床規模', '支援枠', '選定数', '差（選定数－支援枠）']):
    ws[f'{col}7'] = lab
    ws[f'{col}7'].fill = head
    ws[f'{col}7'].alignment = center
    ws[f'{col}7'].border = box
first_h, last_h = 15, 15 + len(hosp) - 1
for i, (b, q) in enumerate(bands):
    r = 8 + i
    ws[f'B{r}'] = b
    ws[f'C{r}'] = q
    ws[f'D{r}'] = f'=COUNTIF($E${first_h}:$E${last_h},B{r})'
    ws[f'E{r}'] = f'=D{r}-C{r}'
    for col in 'BCDE':
        ws[f'{col}{r}'].border = box
        ws[f'{col}{r}'].alignment = center
r = 8 + len(bands)
ws[f'B{r}'] = '合計'
ws[f'C{r}'] = f'=SUM(C8:C{r-1})'
ws[f'D{r}'] = f'=SUM(D8:D{r-1})'
ws[f'E{r}'] = f'=D{r}-C{r}'
for col in 'BCDE':
    ws[f'{col}{r}'].border = box
    ws[f'{col}{r}'].alignment = center
    ws[f'{col}{r}'].font = Font(bold=True)
quota_total_row = r

ws['A13'] = '【選定した病院】※病床規模ごとに支援枠の数を過不足なく選定すること'
hdr = ['No.', '医療機関コード', '医療機関名', '病床数', '病床規模区分', '電子カルテ導入', '選定理由（任意）']
for col, lab in zip('ABCDEFG', hdr):
    ws[f'{col}14'] = lab
    ws[f'{col}14'].fill = head
    ws[f'{col}14'].alignment = center
    ws[f'{col}14'].border = box
for i, (b9, name, beds, band, ehr, reason) in enumerate(hosp):
    r = first_h + i
    ws[f'A{r}'] = i + 1
    c = ws[f'B{r}']; c.value = code(b9); c.data_type = 's'
    ws[f'C{r}'] = name
    d = ws[f'D{r}']; d.value = beds
    if isinstance(beds, str):
        d.data_type = 's'
    ws[f'E{r}'] = band
    ws[f'F{r}'] = ehr
    ws[f'G{r}'] = reason
    for col in 'ABCDEFG':
        ws[f'{col}{r}'].border = box
        ws[f'{col}{r}'].alignment = wrap if col in 'CG' else center
    if reason and '\n' in reason:
        ws.row_dimensions[r].height = 30

dv1 = DataValidation(type='list', formula1='=リスト!$A$1:$A$4', allow_blank=True)
dv2 = DataValidation(type='list', formula1='=リスト!$B$1:$B$2', allow_blank=True)
ws.add_data_validation(dv1); ws.add_data_validation(dv2)
dv1.add(f'E{first_h}:E{last_h + 10}')
dv2.add(f'F{first_h}:F{last_h + 10}')

ws.page_setup.orientation = 'landscape'
ws.page_setup.paperSize = ws.PAPERSIZE_A4
wb.save(os.path.join(OUT, NAME + '.xlsx'))

hospitals = []
for b9, name, beds, band, ehr, reason in hosp:
    h = {'hospitalCode': code(b9), 'hospitalName': name, 'beds': int(beds), 'band': band,
         'ehr': 'あり' if ehr == '有' else 'なし'}
    if reason:
        h['reason'] = reason
    hospitals.append(h)
expected = {
    'form': 'hospital-selection',
    'version': 'R6',
    'file': NAME + '.xlsx',
    'values': {
        'prefecture': '岡山県',
        'quotas': [{'band': b, 'quota': q} for b, q in bands],
        'hospitals': hospitals,
    },
    'planted': [],
    'notes': ('都道府県名 is in one cell as "都道府県名：岡山県" (A4). Quota table B7:E12: 選定数 (COUNTIF) and 差 columns and the '
              f'合計 row (row {quota_total_row}) are formulas saved by openpyxl without cached values; the 合計 row is not a band. '
              'Hospital list rows 15-24; 電子カルテ導入 written 有 (→ あり); No. 5 病床数 is the text "120". '
              'Hidden sheet リスト holds the dropdown lists (bands, 有/無) and is not data. All counts equal the quotas, all codes valid.'),
}
with open(os.path.join(OUT, NAME + '.expected.json'), 'w', encoding='utf-8') as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print('ok')

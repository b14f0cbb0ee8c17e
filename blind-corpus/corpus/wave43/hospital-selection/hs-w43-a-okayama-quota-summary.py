# Generator for hs-w43-a-okayama-quota-summary.xlsx
# Role: 岡山県 保健医療部 staff draw the 別紙様式 as one sheet: header, quota table with COUNTIF check columns,
# then the list of selected hospitals after a labelled 記入例 row. Saved by openpyxl (formulas have no cached value).
import sys, os, datetime
sys.path.insert(0, '/tmp/sr_hs_py')
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = '/work/blind/wave43/hospital-selection'
NAME = 'hs-w43-a-okayama-quota-summary.xlsx'
thin = Side(style='thin')
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal='center', vertical='center', wrap_text=True)
wrap = Alignment(wrap_text=True, vertical='center')
head = PatternFill('solid', fgColor='E2EFDA')
grey = PatternFill('solid', fgColor='D9D9D9')

wb = Workbook()
ws = wb.active
ws.title = '別紙様式'
for k, v in {'A': 2, 'B': 12, 'C': 14, 'D': 30, 'E': 9, 'F': 13, 'G': 11, 'H': 44}.items():
    ws.column_dimensions[k].width = v

ws['H1'] = '（別紙様式）'
ws['H1'].alignment = Alignment(horizontal='right')
ws.merge_cells('B2:H2')
ws['B2'] = '「医療機関におけるサイバーセキュリティ確保事業」支援対象病院の選定について（令和6年度）'
ws['B2'].font = Font(bold=True, size=13)
ws['B2'].alignment = center
ws['B4'] = '都道府県名'
ws['C4'] = '岡山県'
ws['B5'] = '提出日'
ws['C5'] = datetime.date(2024, 3, 13)
ws['C5'].number_format = '[$-ja-JP-x-gannen]ggge"年"m"月"d"日";@'
ws['E4'] = '担当'
ws.merge_cells('F4:H4')
ws['F4'] = '岡山県保健医療部医療推進課　医療情報担当（086-226-0000）'
for c in ('B4', 'B5', 'C4', 'C5', 'E4', 'F4'):
    ws[c].border = box
for c in ('B4', 'B5', 'E4'):
    ws[c].fill = head

ws['B7'] = '１　支援枠'
ws['B7'].font = Font(bold=True)
for col, t in zip('BCDE', ['病床規模', '支援枠', '選定数', '過不足']):
    ws[f'{col}8'] = t
    ws[f'{col}8'].fill = head
    ws[f'{col}8'].alignment = center
    ws[f'{col}8'].border = box
quotas = [('20～99床', 4), ('100～199床', 3), ('200～499床', 2), ('500床以上', 1)]
first, last = 18, 27  # data rows of the hospital list
r = 9
for band, q in quotas:
    ws.cell(r, 2, band)
    ws.cell(r, 3, q)
    ws.cell(r, 4, f'=COUNTIF($F${first}:$F${last},B{r})')
    ws.cell(r, 5, f'=D{r}-C{r}')
    for col in range(2, 6):
        ws.cell(r, col).border = box
        ws.cell(r, col).alignment = center
    r += 1
ws.cell(r, 2, '計')
ws.cell(r, 3, '=SUM(C9:C12)')
ws.cell(r, 4, '=SUM(D9:D12)')
ws.cell(r, 5, '=D13-C13')
for col in range(2, 6):
    ws.cell(r, col).border = box
    ws.cell(r, col).alignment = center
ws['F9'] = '※選定数は自動計算（過不足が0となるよう選定）'
ws['F9'].font = Font(size=9, color='808080')

ws['B15'] = '２　支援対象病院一覧'
ws['B15'].font = Font(bold=True)
hdr = ['No.', '医療機関コード\n（10桁）', '病院名', '病床数', '病床規模区分', '電子カルテ\n導入（○）', '選定理由（任意）']
for i, t in enumerate(hdr):
    c = ws.cell(16, 2 + i, t)
    c.fill = head
    c.alignment = center
    c.border = box
ws.row_dimensions[16].height = 30
example = ['記入例', '3312345678', '○○病院', 150, '100～199床', '○', '地域の救急医療を担う']
for i, v in enumerate(example):
    c = ws.cell(17, 2 + i, v)
    c.fill = grey
    c.font = Font(italic=True, color='595959')
    c.border = box
    c.alignment = center if i != 6 else wrap
rows = [
    ('3310131085', '医療法人旭水会　旭川みどり病院', 48, '20～99床', '○', None),
    ('3310204528', '倉敷しおさい病院', 85, '20～99床', '○', '地域の二次救急（病院群輪番制）を担う'),
    ('3310351279', '医療法人津山会　あおば台病院', 60, '20～99床', '○', '令和5年度立入検査においてバックアップ及びアカウント管理が不十分'),
    ('3310122837', '吉備高原リハビリテーション病院', 32, '20～99床', '○', None),
    ('3310403161', '玉野ひかり記念病院', 150, '100～199床', '○', '二次救急医療機関'),
    ('3310507342', '笠岡せとうち病院', 180, '100～199床', '○', None),
    ('3310160910', '岡山東山手病院', 120, '100～199床', '○', '立入検査においてサポート終了OSの端末が多数確認され対策不十分'),
    ('3310211853', '社会医療法人水島会　水島南総合病院', 310, '200～499床', '○', '地域医療支援病院・救急告示病院'),
    ('3310302694', '津山美作総合病院', 420, '200～499床', '○', '地域災害拠点病院。県北の救急医療の中核'),
    ('3310600477', '岡山県南総合医療センター', 620, '500床以上', '○', '三次救急医療機関、基幹災害拠点病院'),
]
r = first
for n, row in enumerate(rows, 1):
    ws.cell(r, 2, n)
    for i, v in enumerate(row):
        if v is not None:
            ws.cell(r, 3 + i, v)
    for col in range(2, 9):
        ws.cell(r, col).border = box
        ws.cell(r, col).alignment = wrap if col in (4, 8) else center
    r += 1
assert r - 1 == last
ws.freeze_panes = 'B17'
ws.print_area = f'B1:H{last}'
ws.page_setup.orientation = 'landscape'
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save(os.path.join(OUT, NAME))
print('written', NAME)

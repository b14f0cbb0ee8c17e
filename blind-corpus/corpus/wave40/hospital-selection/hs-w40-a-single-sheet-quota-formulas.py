# Generator: hs-w40-a-single-sheet-quota-formulas.xlsx
# Role: Okayama prefecture's 医療推進課 drew the 別紙様式 on one sheet: header, quota table with COUNTIF/SUM
# formulas (saved by openpyxl, no cached values), then the selected-hospital list. 10-digit codes as text.
import sys
sys.path.insert(0, '/tmp/sr_hs_py')
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = '/work/blind/wave40/hospital-selection/hs-w40-a-single-sheet-quota-formulas.xlsx'
wb = openpyxl.Workbook()
ws = wb.active
ws.title = '別紙様式'
thin = Side(style='thin')
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill('solid', fgColor='E2EFDA')
F = 'ＭＳ Ｐゴシック'
for col, w in zip('ABCDEFG', [6, 16, 38, 10, 14, 14, 44]):
    ws.column_dimensions[col].width = w

def put(ref, val, bold=False, fill=None, h='left', wrap=True, size=11):
    c = ws[ref]
    c.value = val
    c.font = Font(name=F, bold=bold, size=size)
    c.alignment = Alignment(horizontal=h, vertical='center', wrap_text=wrap)
    if fill:
        c.fill = fill
    return c

def borders(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box

put('G1', '別紙様式', h='right')
put('A2', '「医療機関におけるサイバーセキュリティ確保事業」支援対象病院一覧（令和6年度）', bold=True, size=13, wrap=False)
put('A4', '都道府県名', bold=True, fill=head)
ws.merge_cells('A4:B4')
put('C4', '岡山県')
put('E4', '提出日', bold=True, fill=head)
put('F4', '令和6年3月13日')
borders('A4:C4'); borders('E4:F4')

put('A6', '１．病床規模別の支援枠', bold=True, wrap=False)
put('B7', '病床規模', bold=True, fill=head, h='center')
put('C7', '支援枠（病院数）', bold=True, fill=head, h='center')
put('D7', '選定数', bold=True, fill=head, h='center')
put('E7', '過不足', bold=True, fill=head, h='center')
quotas = [('20～99床', 5), ('100～199床', 3), ('200～399床', 3), ('400床以上', 1)]
first, last = 16, 27  # hospital rows
for i, (band, q) in enumerate(quotas):
    r = 8 + i
    put(f'B{r}', band, h='center')
    put(f'C{r}', q, h='center')
    put(f'D{r}', f'=COUNTIF($E${first}:$E${last},B{r})', h='center')
    put(f'E{r}', f'=D{r}-C{r}', h='center')
put('B12', '計', bold=True, h='center')
put('C12', '=SUM(C8:C11)', h='center')
put('D12', '=SUM(D8:D11)', h='center')
put('E12', '=D12-C12', h='center')
borders('B7:E12')

put('A14', '２．選定した支援対象病院', bold=True, wrap=False)
hdr = ['No.', '医療機関コード\n（10桁）', '病院名', '病床数', '病床規模区分', '電子カルテ\n導入', '選定理由（任意）']
for col, t in zip('ABCDEFG', hdr):
    put(f'{col}15', t, bold=True, fill=head, h='center')
ws.row_dimensions[15].height = 32
hospitals = [
    ('3310102342', '医療法人清和会　玉島みなと病院', 60, '20～99床', '有', '地域の救急医療（二次救急輪番）を担っている'),
    ('3310208719', '医療法人社団吉備高原会　吉備高原病院', 48, '20～99床', '有', ''),
    ('3310503325', '医療法人真和会　真庭さくら病院', 85, '20～99床', '有', '立入検査においてセキュリティ対策が不十分と思われたため'),
    ('3310804152', '医療法人井笠会　笠岡中央病院', 99, '20～99床', '有', ''),
    ('3310901271', '医療法人新見やまびこ病院', 32, '20～99床', '有', '中山間地域で代替の医療機関が少ない'),
    ('3310205665', '医療法人倉敷西病院', 150, '100～199床', '有', '地域の救急医療（二次救急）を担っている'),
    ('3310307198', '医療法人総社北病院', 112, '100～199床', '有', ''),
    ('3310109586', '医療法人東和会　津山東病院', 199, '100～199床', '有', '立入検査においてセキュリティ対策が不十分と思われたため'),
    ('3310201839', '岡山南総合病院', 310, '200～399床', '有', '救急告示病院、災害拠点病院'),
    ('3310302645', '医療法人水島みらい会　水島みらい病院', 256, '200～399床', '有', ''),
    ('3310406107', '美作中央病院', 382, '200～399床', '有', '県北の救急医療の中核'),
    ('3310100718', '岡山県南医療センター', 602, '400床以上', '有', '三次救急（救命救急センター）'),
]
assert len(hospitals) == last - first + 1
for i, (code, name, beds, band, ehr, reason) in enumerate(hospitals):
    r = first + i
    put(f'A{r}', i + 1, h='center')
    c = put(f'B{r}', code, h='center')
    c.number_format = '@'
    put(f'C{r}', name)
    put(f'D{r}', beds, h='right')
    put(f'E{r}', band, h='center')
    put(f'F{r}', ehr, h='center')
    put(f'G{r}', reason or None)
borders(f'A15:G{last}')

put(f'A{last+2}', '※ 支援枠の病院数を過不足なく選定すること。電子カルテシステムを導入している病院に限る。', wrap=False, size=9)
put(f'A{last+3}', '（担当）岡山県保健医療部医療推進課　TEL 086-226-0000', wrap=False, size=9)

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = 'landscape'
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save(OUT)
print('wrote', OUT)

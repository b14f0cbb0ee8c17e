# Generator: hs-w40-b-two-sheets-transposed-quota.xlsx
# Role: Nagano prefecture's 医療政策課 staff: sheet 支援枠 (prefecture in one cell, transposed quota table,
# SUM formula) and sheet 選定病院 (7-digit codes with hyphens, ○ for 電子カルテ, a labelled 記入例 row,
# some bed counts typed as text, line breaks in 選定理由). Saved by openpyxl, then re-saved by LibreOffice.
import sys, os, subprocess, shutil
sys.path.insert(0, '/tmp/sr_hs_py')
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT_DIR = '/work/blind/wave40/hospital-selection'
NAME = 'hs-w40-b-two-sheets-transposed-quota.xlsx'
WORK = '/tmp/sr_hs_work/hs_b'
os.makedirs(WORK, exist_ok=True)
thin = Side(style='thin')
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill('solid', fgColor='FFF2CC')
grey = PatternFill('solid', fgColor='D9D9D9')
F = '游ゴシック'

def put(ws, ref, val, bold=False, fill=None, h='left', wrap=True, italic=False, size=11):
    c = ws[ref]
    c.value = val
    c.font = Font(name=F, bold=bold, italic=italic, size=size)
    c.alignment = Alignment(horizontal=h, vertical='center', wrap_text=wrap)
    if fill:
        c.fill = fill
    return c

def borders(ws, rng):
    for row in ws[rng]:
        for c in row:
            c.border = box

wb = openpyxl.Workbook()
q = wb.active
q.title = '支援枠'
for col, w in zip('ABCDE', [14, 14, 14, 14, 10]):
    q.column_dimensions[col].width = w
put(q, 'A1', '別紙様式　医療機関におけるサイバーセキュリティ確保事業　支援対象病院の選定について', bold=True, wrap=False)
put(q, 'A3', '都道府県名：長野県', bold=True, wrap=False)
put(q, 'A5', '病床規模', bold=True, fill=head, h='center')
bands = [('99床以下', 4), ('100～299床', 3), ('300床以上', 2)]
for col, (b, n) in zip('BCD', bands):
    put(q, f'{col}5', b, bold=True, fill=head, h='center')
    put(q, f'{col}6', n, h='center')
put(q, 'E5', '計', bold=True, fill=head, h='center')
put(q, 'A6', '支援枠', bold=True, fill=head, h='center')
put(q, 'E6', '=SUM(B6:D6)', h='center')
borders(q, 'A5:E6')
put(q, 'A8', '※選定病院は「選定病院」シートに記入', wrap=False, size=9)

s = wb.create_sheet('選定病院')
for col, w in zip('ABCDEFG', [8, 14, 36, 10, 13, 11, 40]):
    s.column_dimensions[col].width = w
put(s, 'A1', '支援対象病院一覧（長野県）', bold=True, wrap=False)
hdr = ['No.', '医療機関コード\n（7桁）', '医療機関名', '病床数', '病床規模', '電子カルテ\n（○/×）', '選定理由（任意）']
for col, t in zip('ABCDEFG', hdr):
    put(s, f'{col}3', t, bold=True, fill=head, h='center')
s.row_dimensions[3].height = 32
ex = ['記入例', '12-3456-7', '○○病院', 150, '100～299床', '○', '救急告示病院のため']
for col, v in zip('ABCDEFG', ex):
    put(s, f'{col}4', v, fill=grey, italic=True, h='center' if col in 'ABDEF' else 'left')

rows = [
    ('01-0412-9', '医療法人松風会　松本あずみ病院', 80, '99床以下', '○', '二次救急輪番病院'),
    ('03-0288-9', '医療法人上田城南病院', '45', '99床以下', '○', None),
    ('07-0955-3', '医療法人社団飯山北信病院', 60, '99床以下', '○', '立入検査で対策不十分\n（R5年度）'),   # planted: check digit (correct is 4)
    ('09-0134-2', '医療法人伊那谷中央病院', 96, '99床以下', '○', None),
    ('02-0717-9', '長野東部総合病院', 240, '100～299床', '○', '地域の救急医療を担う'),
    ('04-0346-3', '医療法人諏訪湖畔病院', '180', '100～299床', '○', None),
    ('05-0521-8', '医療法人佐久平記念病院', 120, '100～299床', '○', '災害拠点病院'),
    ('08-0063-5', '医療法人木曽路病院', 105, '100～299床', '○', 'へき地医療拠点病院\n代替の医療機関が少ない'),  # planted: 4th in a band of 3
    ('01-0809-6', '信州中央医療センター', 520, '300床以上', '○', '救命救急センター'),
    ('03-0617-9', '上小総合病院', 350, '300床以上', '○', '地域医療支援病院'),
]
for i, (code, name, beds, band, ehr, reason) in enumerate(rows):
    r = 5 + i
    put(s, f'A{r}', i + 1, h='center')
    put(s, f'B{r}', code, h='center')
    put(s, f'C{r}', name)
    put(s, f'D{r}', beds, h='right')
    put(s, f'E{r}', band, h='center')
    put(s, f'F{r}', ehr, h='center')
    put(s, f'G{r}', reason)
borders(s, f'A3:G{4 + len(rows)}')
s.freeze_panes = 'A5'

tmp = os.path.join(WORK, NAME)
wb.save(tmp)
outdir = os.path.join(WORK, 'lo')
os.makedirs(outdir, exist_ok=True)
subprocess.run(['soffice', '--headless', '--convert-to', 'xlsx', '--outdir', outdir, tmp], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME), os.path.join(OUT_DIR, NAME))
print('wrote', os.path.join(OUT_DIR, NAME))

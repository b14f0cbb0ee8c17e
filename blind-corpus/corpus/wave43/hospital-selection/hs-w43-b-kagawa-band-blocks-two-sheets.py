# Generator for hs-w43-b-kagawa-band-blocks-two-sheets.xlsx
# Role: 香川県医務国保課 staff: quota table on its own sheet (horizontal, bands as columns), hospital list on a
# second sheet grouped by band with the band cell merged down each block, 7-digit codes, hidden drop-down list
# sheet; the file was finished and saved in LibreOffice Calc.
import sys, os, shutil, subprocess
sys.path.insert(0, '/tmp/sr_hs_py')
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = '/work/blind/wave43/hospital-selection'
NAME = 'hs-w43-b-kagawa-band-blocks-two-sheets.xlsx'
thin = Side(style='thin')
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal='center', vertical='center', wrap_text=True)
wrap = Alignment(wrap_text=True, vertical='center')
head = PatternFill('solid', fgColor='FCE4D6')

wb = Workbook()
q = wb.active
q.title = '支援枠'
for k, v in {'A': 14, 'B': 13, 'C': 13, 'D': 13, 'E': 10}.items():
    q.column_dimensions[k].width = v
q.merge_cells('A1:E1')
q['A1'] = '別紙様式　医療機関におけるサイバーセキュリティ確保事業　支援対象病院の選定'
q['A1'].font = Font(bold=True, size=12)
q['A2'] = '都道府県名：香川県'
q['A2'].font = Font(bold=True)
bands = ['20～99床', '100～199床', '200床以上']
quota = [3, 2, 2]
q['A4'] = '病床規模'
q['A5'] = '支援枠（病院数）'
for i, (b, n) in enumerate(zip(bands, quota)):
    q.cell(4, 2 + i, b)
    q.cell(5, 2 + i, n)
q['E4'] = '合計'
q['E5'] = '=SUM(B5:D5)'
for row in q['A4:E5']:
    for c in row:
        c.border = box
        c.alignment = center
for c in q['A4:E4'][0]:
    c.fill = head
q['A5'].fill = head
q['A7'] = '※厚生労働省から示された支援枠。病院の選定結果は「選定病院一覧」シートのとおり。'
q['A7'].font = Font(size=9)

s = wb.create_sheet('選定病院一覧')
for k, v in {'A': 12, 'B': 5, 'C': 13, 'D': 28, 'E': 10, 'F': 10, 'G': 46}.items():
    s.column_dimensions[k].width = v
s.merge_cells('A1:G1')
s['A1'] = '支援対象病院一覧（香川県）'
s['A1'].font = Font(bold=True, size=12)
hdr = ['病床規模区分', 'No.', '医療機関コード\n（7桁）', '病院名', '許可病床数', '電子カルテ', '選定理由']
for i, t in enumerate(hdr):
    c = s.cell(3, 1 + i, t)
    c.fill = head
    c.alignment = center
    c.border = box
s.row_dimensions[3].height = 30
blocks = [
    ('20～99床', [
        ('0130521', 'さぬき東浜病院', 56, '有', '地域の救急告示病院（東讃地区）'),
        ('0217849', '医療法人琴平会　こんぴら台病院', 72, '無', None),            # planted: no EHR
        ('0302179', '坂出みなと病院', '40', '有', '立入検査でバックアップ体制が不十分と認められた'),
    ]),
    ('100～199床', [
        ('0144696', '高松栗林公園前病院', 165, '有', '二次救急輪番病院'),
        ('0408257', '観音寺ことひき病院', '118', '有', None),
        ('0229307', '善通寺五岳病院', 140, '有', '立入検査でネットワーク機器の管理が不十分'),   # planted: 3 rows vs 支援枠 2
    ]),
    ('200床以上', [
        ('0115779', '香川中央総合病院', 455, '有', '救命救急センター、基幹災害拠点病院'),
        ('0506480', '東かがわ医療センター', 210, '有', '地域の主要な救急医療を担う'),
    ]),
]
r = 4
n = 1
for band, rows in blocks:
    top = r
    for code7, name, beds, ehr, reason in rows:
        s.cell(r, 2, n)
        s.cell(r, 3, code7)
        s.cell(r, 4, name)
        s.cell(r, 5, beds)
        s.cell(r, 6, ehr)
        if reason:
            s.cell(r, 7, reason)
        for col in range(1, 8):
            s.cell(r, col).border = box
            s.cell(r, col).alignment = wrap if col in (4, 7) else center
        r += 1
        n += 1
    s.cell(top, 1, band)
    s.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
s.cell(r + 1, 1, '※医療機関コードは都道府県番号（37）及び点数表番号（1）を除く7桁で記入。')
s.cell(r + 1, 1).font = Font(size=9)

lst = wb.create_sheet('リスト')
for i, v in enumerate(['有', '無'], 1):
    lst.cell(i, 1, v)
for i, v in enumerate(bands, 1):
    lst.cell(i, 2, v)
lst.sheet_state = 'hidden'
dv = DataValidation(type='list', formula1='リスト!$A$1:$A$2', allow_blank=True)
s.add_data_validation(dv)
dv.add('F4:F30')
s.freeze_panes = 'A4'
s.page_setup.orientation = 'landscape'
s.page_setup.paperSize = s.PAPERSIZE_A4

tmpdir = '/tmp/sr_hs_build_hsb'
shutil.rmtree(tmpdir, ignore_errors=True)
os.makedirs(tmpdir)
tmp = os.path.join(tmpdir, NAME)
wb.save(tmp)
subprocess.run(['soffice', '--headless', '--convert-to', 'xlsx', '--outdir', OUT, tmp], check=True)
print('written', NAME)

# Generator for sr-w43-a-kagawa-fax-grid.xlsx
# Role: Kagawa prefecture office (医務国保課) draws the FAX 回答様式 as a bordered print grid;
# a hospital's general-affairs clerk fills it in and re-saves it (LibreOffice).
import sys, subprocess, os, shutil
sys.path.insert(0, '/tmp/sr_hs_py')
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.page import PageMargins

OUT = '/work/blind/wave43/support-request'
NAME = 'sr-w43-a-kagawa-fax-grid.xlsx'

wb = Workbook()
ws = wb.active
ws.title = '回答様式'
thin = Side(style='thin')
med = Side(style='medium')
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical='center')
center = Alignment(horizontal='center', vertical='center', wrap_text=True)
ws.column_dimensions['A'].width = 2
ws.column_dimensions['B'].width = 16
ws.column_dimensions['C'].width = 16
ws.column_dimensions['D'].width = 24
ws.column_dimensions['E'].width = 24
ws.column_dimensions['F'].width = 2

ws['E1'] = '別紙'
ws['E1'].alignment = Alignment(horizontal='right')
ws.merge_cells('B2:E2')
ws['B2'] = '（送付先　香川県医務国保課医療企画Ｇ宛　ＦＡＸ　087-806-0248）'
ws['B2'].font = Font(size=10)
ws.merge_cells('B4:E5')
ws['B4'] = '「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式'
ws['B4'].font = Font(size=13, bold=True)
ws['B4'].alignment = center
ws.row_dimensions[4].height = 22
ws.row_dimensions[5].height = 22
ws.merge_cells('B7:E7')
ws['B7'] = '当病院は、当該事業の支援を希望します。'
ws['B7'].font = Font(size=12)
ws['B7'].alignment = Alignment(horizontal='center', vertical='center')

def boxrange(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box

r = 9
simple = [
    ('医療機関コード', 3710128418),          # typed as a number (Excel drops nothing: leading digit 3)
    ('病院名（正式名称）', '医療法人社団瀬戸会　高松みなと病院'),
    ('郵便番号', '〒760-0065'),
    ('住所', '香川県高松市朝日町三丁目5番12号'),
    ('電話番号', '087-821-4567'),
]
for label, val in simple:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    ws.cell(r, 2, label).alignment = wrap
    c = ws.cell(r, 4, val)
    c.alignment = Alignment(horizontal='left', vertical='center')
    if isinstance(val, int):
        c.number_format = '0'
    boxrange(f'B{r}:E{r}')
    ws.row_dimensions[r].height = 26
    r += 1

contacts = [
    ('担当者①　【必須】', ['事務部　総務課長', '三好　和也', 'k-miyoshi@takamatsu-minato-hp.or.jp']),
    ('担当者②　【必須】', ['医療情報管理室　主任（システム担当）', '大西　真理子', 'm-onishi@takamatsu-minato-hp.or.jp']),
    ('担当者③', ['', '', '']),
]
for label, vals in contacts:
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 2, end_column=2)
    ws.cell(r, 2, label).alignment = wrap
    for i, sub in enumerate(['所属・役職', '氏名', 'Mail アドレス']):
        ws.cell(r + i, 3, sub).alignment = wrap
        ws.merge_cells(start_row=r + i, start_column=4, end_row=r + i, end_column=5)
        if vals[i]:
            ws.cell(r + i, 4, vals[i]).alignment = Alignment(vertical='center')
        ws.row_dimensions[r + i].height = 22
    boxrange(f'B{r}:E{r+2}')
    r += 3

# 活用の可否: the form printed "可 ・ 不可"; the clerk deleted "・ 不可" and left "可"
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
ws.cell(r, 2, 'サイバーセキュリティ調査における回答データの活用の可否(※)').alignment = wrap
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
ws.cell(r, 4, '可').alignment = center
boxrange(f'B{r}:E{r}')
ws.row_dimensions[r].height = 40
r += 1
ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
ws.cell(r, 2, '備考').alignment = wrap
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
ws.cell(r, 4, '平日9時～17時は担当者②が対応します。\n代表電話から医療情報管理室へお回しください。').alignment = wrap
boxrange(f'B{r}:E{r}')
ws.row_dimensions[r].height = 48
r += 2
ws.merge_cells(start_row=r, start_column=2, end_row=r + 4, end_column=5)
ws.cell(r, 2, '※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」'
              'により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも活用させて'
              'いただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。').alignment = Alignment(wrap_text=True, vertical='top')
ws.cell(r, 2).font = Font(size=9)

ws.print_area = f'B1:E{r+4}'
ws.page_setup.orientation = 'portrait'
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_margins = PageMargins(left=0.6, right=0.6, top=0.8, bottom=0.6)

tmpdir = '/tmp/sr_hs_build_a'
shutil.rmtree(tmpdir, ignore_errors=True)
os.makedirs(tmpdir)
tmp = os.path.join(tmpdir, NAME)
wb.save(tmp)
# the hospital clerk opened and saved it again in LibreOffice Calc
subprocess.run(['soffice', '--headless', '--convert-to', 'xlsx', '--outdir', OUT, tmp], check=True)
print('written', os.path.join(OUT, NAME))

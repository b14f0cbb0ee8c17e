# Generator: sr-w40-a-official-print-merged.xlsx
# Role: Kagawa prefecture (医務国保課) drew the 回答様式 as a print-style sheet; a hospital filled it.
# Saved by openpyxl, then re-saved by LibreOffice (headless).
import sys, os, subprocess, shutil
sys.path.insert(0, '/tmp/sr_hs_py')
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side

OUT_DIR = '/work/blind/wave40/support-request'
NAME = 'sr-w40-a-official-print-merged.xlsx'
WORK = '/tmp/sr_hs_work/sr_a'
os.makedirs(WORK, exist_ok=True)

wb = openpyxl.Workbook()
ws = wb.active
ws.title = '回答様式'
thin = Side(style='thin')
box = Border(left=thin, right=thin, top=thin, bottom=thin)
FONT = 'ＭＳ 明朝'
ws.column_dimensions['A'].width = 2
ws.column_dimensions['B'].width = 14
ws.column_dimensions['C'].width = 18
ws.column_dimensions['D'].width = 30
ws.column_dimensions['E'].width = 30
ws.column_dimensions['F'].width = 2

def put(ref, val, bold=False, size=11, wrap=True, h='left', v='center'):
    c = ws[ref]
    c.value = val
    c.font = Font(name=FONT, bold=bold, size=size)
    c.alignment = Alignment(horizontal=h, vertical=v, wrap_text=wrap)
    return c

def boxed(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box

put('E1', '（別紙）', h='right')
ws.merge_cells('B2:E2')
put('B2', '（送付先　香川県医務国保課医療企画G 宛　　FAX 087-806-0248）')
ws.merge_cells('B4:E4')
put('B4', '「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式', bold=True, size=14, h='center')
ws.row_dimensions[4].height = 42
ws.merge_cells('B6:E6')
put('B6', '当病院は、当該事業の支援を希望します。', size=12)
ws.row_dimensions[6].height = 24

# simple label rows: label merged B:C, value merged D:E
simple = [
    (8, '医療機関コード', 3710204565),          # typed as a number
    (9, '病院名（正式名称）', '医療法人社団瀬戸内会　丸亀みなと病院'),
    (10, '郵便番号', '７６３－００２２'),        # full-width digits
    (11, '住所', '香川県丸亀市浜町２丁目３番１号'),
    (12, '電話番号', '0877-24-5511'),
]
for r, lab, val in simple:
    ws.merge_cells(f'B{r}:C{r}')
    ws.merge_cells(f'D{r}:E{r}')
    put(f'B{r}', lab)
    put(f'D{r}', val)
    ws.row_dimensions[r].height = 24
ws[f'D8'].number_format = '0'

contacts = [
    (13, '担当者①\n【必須】', ('事務部　医療情報管理課　課長', '香西　浩二', 'kozai.koji@marugame-minato.example.jp')),
    (16, '担当者②\n【必須】', ('事務部　総務課　主任', '多田　美咲', 'tada.misaki@marugame-minato.example.jp')),
    (19, '担当者③', ('診療技術部　放射線科　技師長', '大西　健一', 'onishi.k@marugame-minato.example.jp')),
]
for r0, lab, vals in contacts:
    ws.merge_cells(f'B{r0}:B{r0+2}')
    put(f'B{r0}', lab, h='center')
    for i, sub in enumerate(['所属・役職', '氏名', 'Mail アドレス']):
        r = r0 + i
        put(f'C{r}', sub)
        ws.merge_cells(f'D{r}:E{r}')
        put(f'D{r}', vals[i])
        ws.row_dimensions[r].height = 22

ws.merge_cells('B22:C22')
put('B22', 'サイバーセキュリティ調査における回答データの活用の可否(※)')
ws.merge_cells('D22:E22')
put('D22', '可', h='center')          # "・ 不可" deleted by the hospital
ws.row_dimensions[22].height = 44
ws.merge_cells('B23:C23')
put('B23', '備考')
ws.merge_cells('D23:E23')
put('D23', '電子カルテ導入済（令和4年4月更新、次回更新は令和10年度予定）\n連絡は平日8:30～17:00、担当者①宛にお願いします。')
ws.row_dimensions[23].height = 48
boxed('B8:E23')

ws.merge_cells('B25:E28')
put('B25', '※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」'
           'により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも'
           '活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。',
    size=9, v='top')

ws.print_area = 'A1:F28'
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = 'portrait'
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True

tmp = os.path.join(WORK, NAME)
wb.save(tmp)
outdir = os.path.join(WORK, 'lo')
os.makedirs(outdir, exist_ok=True)
subprocess.run(['soffice', '--headless', '--convert-to', 'xlsx', '--outdir', outdir, tmp], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME), os.path.join(OUT_DIR, NAME))
print('wrote', os.path.join(OUT_DIR, NAME))

#!/usr/bin/python3
"""sr-w32-a: Kagawa 回答様式 drawn as the FAX sheet (labels left, merged 担当者 blocks), filled by a hospital,
then re-saved by LibreOffice. No planted problem."""
import sys, os, json, subprocess, shutil, tempfile
sys.path.insert(0, '/tmp/w32sr_py')
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = 'sr-w32-a-fax-form-label-left'

def chk(s):
    t = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        t += d // 10 + d % 10
    return (10 - t % 10) % 10

base9 = '371012468'
code10 = base9 + str(chk(base9))
code7 = code10[3:]

wb = Workbook()
ws = wb.active
ws.title = '回答様式'
thin = Side(style='thin'); med = Side(style='medium')
box = Border(left=thin, right=thin, top=thin, bottom=thin)
ws.column_dimensions['A'].width = 2
ws.column_dimensions['B'].width = 16
ws.column_dimensions['C'].width = 14
for c in 'DEFG':
    ws.column_dimensions[c].width = 14
ws.column_dimensions['H'].width = 2
mincho = 'ＭＳ 明朝'
wrap = Alignment(wrap_text=True, vertical='center')
center = Alignment(horizontal='center', vertical='center', wrap_text=True)

ws.merge_cells('B1:G1')
ws['B1'] = '（送付先　香川県医務国保課医療企画G宛　FAX 087-806-0248）'
ws['B1'].alignment = Alignment(horizontal='right')
ws['B1'].font = Font(name=mincho, size=10)

ws.merge_cells('B3:G3')
ws['B3'] = '「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式'
ws['B3'].alignment = center
ws['B3'].font = Font(name=mincho, size=14, bold=True)
ws.row_dimensions[3].height = 40

ws.merge_cells('B5:G5')
ws['B5'] = '当病院は、当該事業の支援を希望します。'
ws['B5'].font = Font(name=mincho, size=12)
ws['B5'].alignment = Alignment(horizontal='left', vertical='center')
ws.row_dimensions[5].height = 24

def boxed(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box

row = 7
simple = [
    ('医療機関コード', code7),
    ('病院名（正式名称）', '社会医療法人 讃岐会 さぬき東病院'),
    ('郵便番号', '〒761-0101'),
    ('住所', '香川県高松市春日町1234番地5'),
    ('電話番号', '087-841-2234 '),
]
for label, val in simple:
    ws.merge_cells(f'B{row}:C{row}')
    ws.merge_cells(f'D{row}:G{row}')
    ws[f'B{row}'] = label
    ws[f'B{row}'].alignment = wrap
    c = ws[f'D{row}']
    c.value = val
    c.data_type = 's'
    c.alignment = wrap
    boxed(f'B{row}:G{row}')
    ws.row_dimensions[row].height = 26
    row += 1

contacts = [
    ('担当者①\n【必須】', ('情報システム課　課長', '三木　健一', 'k-miki@sanuki-higashi.or.jp')),
    ('担当者②\n【必須】', ('事務部 総務課 主任', '多田　美穂', 'm-tada@sanuki-higashi.or.jp')),
    ('担当者③', ('診療情報管理室 医療情報技師', '大西　翔', 's-onishi@sanuki-higashi.or.jp')),
]
for label, vals in contacts:
    ws.merge_cells(f'B{row}:B{row+2}')
    ws[f'B{row}'] = label
    ws[f'B{row}'].alignment = center
    for i, (sub, v) in enumerate(zip(('所属・役職', '氏名', 'Mail アドレス'), vals)):
        r = row + i
        ws[f'C{r}'] = sub
        ws[f'C{r}'].alignment = wrap
        ws.merge_cells(f'D{r}:G{r}')
        ws[f'D{r}'] = v
        ws[f'D{r}'].alignment = wrap
        ws.row_dimensions[r].height = 22
    boxed(f'B{row}:G{row+2}')
    row += 3

ws.merge_cells(f'B{row}:C{row}')
ws.merge_cells(f'D{row}:G{row}')
ws[f'B{row}'] = 'サイバーセキュリティ調査における回答データの活用の可否(※)'
ws[f'B{row}'].alignment = wrap
# printed "可 ・ 不可"; the hospital deleted "・ 不可"
ws[f'D{row}'] = '可'
ws[f'D{row}'].alignment = center
boxed(f'B{row}:G{row}')
ws.row_dimensions[row].height = 44
dataUseCell = f'D{row}'
row += 1

ws.merge_cells(f'B{row}:C{row}')
ws.merge_cells(f'D{row}:G{row}')
ws[f'B{row}'] = '備考'
ws[f'B{row}'].alignment = wrap
remarks = '電子カルテは令和4年度に更新済み（次回更新は令和10年度予定）。\n平日の連絡は担当者①（内線215）までお願いします。'
ws[f'D{row}'] = remarks
ws[f'D{row}'].alignment = Alignment(wrap_text=True, vertical='top')
boxed(f'B{row}:G{row}')
ws.row_dimensions[row].height = 60
row += 2

ws.merge_cells(f'B{row}:G{row+3}')
ws[f'B{row}'] = ('※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」'
                 'により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも'
                 '活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。')
ws[f'B{row}'].alignment = Alignment(wrap_text=True, vertical='top')
ws[f'B{row}'].font = Font(name=mincho, size=9)

for r in ws.iter_rows(min_row=7, max_row=row - 2, min_col=2, max_col=7):
    for c in r:
        if c.font.name != mincho:
            c.font = Font(name=mincho, size=11)

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.orientation = 'portrait'
ws.print_area = f'A1:H{row+3}'
ws.page_setup.fitToWidth = 1

tmpd = tempfile.mkdtemp()
raw = os.path.join(tmpd, NAME + '.xlsx')
wb.save(raw)
outd = os.path.join(tmpd, 'lo')
os.makedirs(outd)
subprocess.run(['soffice', '--headless', '--convert-to', 'xlsx', '--outdir', outd, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME + '.xlsx'), os.path.join(OUT, NAME + '.xlsx'))

expected = {
    'form': 'support-request',
    'version': 'R6',
    'file': NAME + '.xlsx',
    'values': {
        'hospitalCode': code10,
        'hospitalName': '社会医療法人 讃岐会 さぬき東病院',
        'postalCode': '761-0101',
        'address': '香川県高松市春日町1234番地5',
        'phoneNumber': '087-841-2234',
        'contact1.department': '情報システム課　課長',
        'contact1.name': '三木　健一',
        'contact1.email': 'k-miki@sanuki-higashi.or.jp',
        'contact2.department': '事務部 総務課 主任',
        'contact2.name': '多田　美穂',
        'contact2.email': 'm-tada@sanuki-higashi.or.jp',
        'contact3.department': '診療情報管理室 医療情報技師',
        'contact3.name': '大西　翔',
        'contact3.email': 's-onishi@sanuki-higashi.or.jp',
        'dataUse': '可',
        'remarks': remarks,
    },
    'planted': [],
    'notes': (f'医療機関コード is written as the 7-digit code {code7} (text); with 香川県 (37) and 点数表番号 1 it expands '
              f'to {code10} (check digit valid). 郵便番号 written with 〒. 電話番号 cell has a trailing space. '
              f'活用の可否: the printed "可 ・ 不可" had "・ 不可" deleted, leaving "可" ({dataUseCell}). '
              'The FAX number in B1 is the prefecture\'s 送付先, not the hospital phone. Names use a full-width space. '
              'No eligibility declarations on this layout (the notice form has none). Re-saved by LibreOffice.'),
}
with open(os.path.join(OUT, NAME + '.expected.json'), 'w', encoding='utf-8') as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print('ok', code10, dataUseCell)

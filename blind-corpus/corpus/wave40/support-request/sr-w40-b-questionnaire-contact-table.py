# Generator: sr-w40-b-questionnaire-contact-table.xlsx
# Role: a hospital's IT person rebuilt the 回答様式 as a No.|設問|回答 questionnaire, contacts in a second table,
# a 対象要件 check table with ○ marks, a 記入要領 sheet and a hidden list sheet for drop-downs. Saved by openpyxl.
import sys, os
sys.path.insert(0, '/tmp/sr_hs_py')
import openpyxl
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = '/work/blind/wave40/support-request/sr-w40-b-questionnaire-contact-table.xlsx'
wb = openpyxl.Workbook()
ws = wb.active
ws.title = '回答'
thin = Side(style='thin')
box = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill('solid', fgColor='DDEBF7')
F = 'Meiryo UI'
for col, w in zip('ABCD', [12, 46, 34, 40]):
    ws.column_dimensions[col].width = w

def put(ref, val, bold=False, fill=None, wrap=True, h='left'):
    c = ws[ref]
    c.value = val
    c.font = Font(name=F, bold=bold, size=10)
    c.alignment = Alignment(horizontal=h, vertical='center', wrap_text=wrap)
    if fill:
        c.fill = fill
    return c

def borders(rng):
    for row in ws[rng]:
        for c in row:
            c.border = box

put('A1', '令和7年度「医療機関におけるサイバーセキュリティ確保事業」支援の希望調査　回答', bold=True, wrap=False)
put('A2', '香川県健康福祉部医務国保課医療企画G 行　（FAX 087-806-0248／回答期限 令和7年2月28日）', wrap=False)
put('A4', '当病院は、当該事業の支援を希望します。', bold=True, wrap=False)

put('A6', 'No.', bold=True, fill=head, h='center')
put('B6', '設問', bold=True, fill=head)
ws.merge_cells('C6:D6')
put('C6', '回答', bold=True, fill=head)
qa = [
    (7, '1', '医療機関コード（7桁）', '01-0789-1'),
    (8, '2', '病院名（正式名称）', '社会医療法人讃岐中央会 高松さくら病院'),
    (9, '3', '郵便番号', '〒761-8031'),
    (10, '4', '住所', '香川県高松市郷東町456番地1'),
    (11, '5', '電話番号', '087-867-4100'),
    (12, '6', '担当者（①②は必須）', '下表のとおり'),
]
for r, no, q, a in qa:
    put(f'A{r}', no, h='center')
    put(f'B{r}', q)
    ws.merge_cells(f'C{r}:D{r}')
    put(f'C{r}', a)
borders('A6:D12')

# second table: contacts (one row per person)
put('A14', '担当者', bold=True, fill=head, h='center')
put('B14', '所属・役職', bold=True, fill=head)
put('C14', '氏名', bold=True, fill=head)
put('D14', 'Mailアドレス', bold=True, fill=head)
contacts = [
    (15, '①【必須】', '情報システム室　室長', '藤井　隆之', 'fujii-t@takamatsu-sakura.example.jp'),
    (16, '②【必須】', '医事課　係長', '森　由香', None),          # planted: mail left blank
    (17, '③', None, '真鍋　一郎', None),                           # planted: only the name
]
for r, lab, dep, name, mail in contacts:
    put(f'A{r}', lab, h='center')
    put(f'B{r}', dep)
    put(f'C{r}', name)
    put(f'D{r}', mail)
borders('A14:D17')

put('A19', 'No.', bold=True, fill=head, h='center')
put('B19', '設問', bold=True, fill=head)
ws.merge_cells('C19:D19')
put('C19', '回答', bold=True, fill=head)
put('A20', '7', h='center')
put('B20', 'サイバーセキュリティ調査における回答データの活用の可否（可・不可）※')
ws.merge_cells('C20:D20')
put('C20', '可', h='center')
put('A21', '8', h='center')
put('B21', '備考')
ws.merge_cells('C21:D21')
put('C21', '電子カルテ：令和5年10月更新済み（次回更新予定なし）')
ws.row_dimensions[20].height = 30
borders('A19:D21')

put('A23', '対象要件の確認（該当する欄に○）', bold=True, wrap=False)
put('A24', 'No.', bold=True, fill=head, h='center')
put('B24', '確認事項', bold=True, fill=head)
put('C24', 'はい', bold=True, fill=head, h='center')
put('D24', 'いいえ', bold=True, fill=head, h='center')
reqs = [
    (25, '9', '令和6年度に本事業の支援を受けていない'),
    (26, '10', '電子カルテシステムを導入している'),
    (27, '11', '令和8年1月までに現地調査を完了できる（電子カルテ更改による支障なし）'),
]
for r, no, q in reqs:
    put(f'A{r}', no, h='center')
    put(f'B{r}', q)
    put(f'C{r}', '○', h='center')
    put(f'D{r}', None, h='center')
    ws.row_dimensions[r].height = 28
borders('A24:D27')

put('A29', '※ 国の実態調査（令和6年1月31日付け事務連絡）で回答した内容を当該事業で活用することの可否。了解する場合は「可」、'
           'しない場合は「不可」を選択。', wrap=False)

# hidden list sheet for drop-downs
ls = wb.create_sheet('選択肢')
for i, v in enumerate(['可', '不可'], 1):
    ls.cell(row=i, column=1, value=v)
for i, v in enumerate(['○'], 1):
    ls.cell(row=i, column=2, value=v)
ls.sheet_state = 'hidden'
dv = DataValidation(type='list', formula1='=選択肢!$A$1:$A$2', allow_blank=True)
ws.add_data_validation(dv)
dv.add('C20')
dv2 = DataValidation(type='list', formula1='=選択肢!$B$1', allow_blank=True)
ws.add_data_validation(dv2)
dv2.add('C25:D27')

# instructions sheet
ins = wb.create_sheet('記入要領')
ins.column_dimensions['A'].width = 110
lines = [
    '【記入要領】',
    '・令和7年度に当該事業の支援を希望する場合、「回答」シートに必要事項を記入し、令和7年2月28日（金）までにFAXで回答してください。',
    '・担当者①②は必須です（所属・役職、氏名、Mailアドレスをすべて記入）。担当者③は任意です。',
    '・回答データの活用の可否は「可」または「不可」をプルダウンから選択してください。',
    '・令和6年度に支援を受けた病院、電子カルテシステムを導入していない病院、電子カルテ更改のため令和8年1月までに現地調査を完了できない病院は対象外です。',
    '・問合せ先：香川県健康福祉部医務国保課医療企画G（TEL 087-832-3319）',
]
for i, t in enumerate(lines, 1):
    ins.cell(row=i, column=1, value=t).alignment = Alignment(wrap_text=True)

ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.active = 0
wb.save(OUT)
print('wrote', OUT)

#!/usr/bin/python3
"""sr-w33-a: Kagawa-style FAX 回答様式, print layout with merged 担当者 labels,
plus a separate 記入例 sheet (must be ignored). Filled completely, no planted problem."""
import sys, json, os
sys.path.insert(0, '/tmp/sr_hs_pylib')
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = 'sr-w33-a-fax-sheet-merged-labels'

thin = Side(style='thin')
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical='center')
center = Alignment(horizontal='center', vertical='center', wrap_text=True)
gray = PatternFill('solid', fgColor='F2F2F2')


def draw(ws, data, example=False):
    ws.column_dimensions['A'].width = 2
    ws.column_dimensions['B'].width = 16
    ws.column_dimensions['C'].width = 14
    ws.column_dimensions['D'].width = 22
    ws.column_dimensions['E'].width = 22
    ws.column_dimensions['F'].width = 12
    ws.column_dimensions['G'].width = 2
    ws.merge_cells('D1:F2')
    ws['D1'] = '(送付先 香川県医務国保課医療企画G 宛\nFAX 087-806-0248)'
    ws['D1'].alignment = Alignment(wrap_text=True, horizontal='right', vertical='top')
    ws['D1'].font = Font(size=9)
    if example:
        ws['B1'] = '【記入例】'
        ws['B1'].font = Font(bold=True, color='FF0000', size=14)
    ws.merge_cells('B4:F5')
    ws['B4'] = '「医療機関におけるサイバーセキュリティ確保事業」における支援の\n希望調査に係る回答様式'
    ws['B4'].alignment = center
    ws['B4'].font = Font(bold=True, size=13)
    ws.row_dimensions[4].height = 22
    ws.row_dimensions[5].height = 22
    ws.merge_cells('B7:F7')
    ws['B7'] = '当病院は、当該事業の支援を希望します。'
    ws['B7'].font = Font(size=12)

    r = 9
    def row(label, value, h=24):
        nonlocal r
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=3)
        ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
        ws.cell(r, 2, label).alignment = wrap
        ws.cell(r, 2).fill = gray
        if value is not None:
            ws.cell(r, 4, value)
        ws.cell(r, 4).alignment = wrap
        for c in range(2, 7):
            ws.cell(r, c).border = box
        ws.row_dimensions[r].height = h
        r += 1

    row('医療機関コード', data['code'])
    row('病院名（正式名称）', data['name'])
    row('郵便番号', data['postal'])
    row('住所', data['address'])
    row('電話番号', data['phone'])
    for label, c in (('担当者①\n【必須】', data['c1']), ('担当者②\n【必須】', data['c2']), ('担当者③', data['c3'])):
        ws.merge_cells(start_row=r, start_column=2, end_row=r + 2, end_column=2)
        ws.cell(r, 2, label).alignment = center
        ws.cell(r, 2).fill = gray
        for i, sub in enumerate(('所属・役職', '氏名', 'Mail アドレス')):
            ws.cell(r + i, 3, sub).alignment = wrap
            ws.cell(r + i, 3).fill = gray
            ws.merge_cells(start_row=r + i, start_column=4, end_row=r + i, end_column=6)
            if c and c[i]:
                ws.cell(r + i, 4, c[i])
            ws.cell(r + i, 4).alignment = wrap
            for col in range(2, 7):
                ws.cell(r + i, col).border = box
            ws.row_dimensions[r + i].height = 22
        r += 3
    row('サイバーセキュリティ調査における回答データの活用の可否(※)', data['use'], h=44)
    ws.cell(r - 1, 4).alignment = center
    row('備考', data['remarks'], h=60)
    ws.cell(r - 1, 4).alignment = Alignment(wrap_text=True, vertical='top')
    r += 1
    ws.merge_cells(start_row=r, start_column=2, end_row=r + 3, end_column=6)
    ws.cell(r, 2, '※ 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」'
                  'により、病院におけるサイバーセキュリティ対策の実態調査を実施しており、当該調査で回答いただいた内容を当該事業でも'
                  '活用させていただく可能性があり、ご了解いただける場合は、「可」と、ご了解いただけない場合は、「不可」と記載してください。')
    ws.cell(r, 2).alignment = Alignment(wrap_text=True, vertical='top')
    ws.cell(r, 2).font = Font(size=9)
    ws.page_setup.orientation = 'portrait'
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_area = 'A1:G%d' % (r + 4)


wb = Workbook()
ws = wb.active
ws.title = '回答様式'
filled = dict(
    code='0112347',   # 7-digit form; Kagawa (37), 医科 (1) -> 3710112347
    name='社会医療法人 瀬戸内会 屋島ヶ丘病院',
    postal='761-0113',
    address='香川県高松市屋島西町2105番地1',
    phone='087-841-2260',
    c1=('事務部 情報システム課 課長', '松原 隆之', 't-matsubara@yashimagaoka-hp.or.jp'),
    c2=('事務部 情報システム課 主任', '大西 彩', 'a-onishi@yashimagaoka-hp.or.jp'),
    c3=('診療情報管理室 室長', '香西 健一', 'k-kozai@yashimagaoka-hp.or.jp'),
    use='可',
    remarks='電子カルテは令和3年に更新済み（次回更改は令和10年予定）。\n現地調査は水曜・木曜の午後だと対応しやすいです。',
)
draw(ws, filled)

ex = wb.create_sheet('記入例')
draw(ex, dict(
    code='3710000000',
    name='医療法人 ○○会 ○○病院',
    postal='760-0000',
    address='香川県高松市○○町1番地',
    phone='087-000-0000',
    c1=('事務部 システム課 課長', '香川 太郎', 'taro@example.jp'),
    c2=('事務部 システム課 係長', '香川 花子', 'hanako@example.jp'),
    c3=None,
    use='可 ・ 不可',
    remarks='（連絡事項等があれば記入）',
), example=True)
wb.active = 0
path = os.path.join(OUT, NAME + '.xlsx')
wb.save(path)

expected = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": "3710112347",
        "hospitalName": filled['name'],
        "postalCode": "761-0113",
        "address": filled['address'],
        "phoneNumber": "087-841-2260",
        "contact1.department": filled['c1'][0], "contact1.name": filled['c1'][1], "contact1.email": filled['c1'][2],
        "contact2.department": filled['c2'][0], "contact2.name": filled['c2'][1], "contact2.email": filled['c2'][2],
        "contact3.department": filled['c3'][0], "contact3.name": filled['c3'][1], "contact3.email": filled['c3'][2],
        "dataUse": "可",
        "remarks": filled['remarks'],
    },
    "planted": [],
    "notes": "医療機関コード is written as the 7-digit form '0112347' (text) on sheet 回答様式!D9; with Kagawa (37) and "
             "点数表番号 1 it expands to 3710112347 (check digit valid). 活用の可否 cell D23 holds '可' (the filler deleted "
             "'・不可'). Sheet 記入例 is the prefecture's filled example and must be ignored.",
}
with open(os.path.join(OUT, NAME + '.expected.json'), 'w', encoding='utf-8') as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print('wrote', path)

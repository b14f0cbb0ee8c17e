#!/usr/bin/python3
"""hs-w33-a: 鳥取県's 別紙様式 on one sheet: title block, 都道府県名：値 in one cell,
quota table with COUNTIF/SUM formulas (saved by openpyxl, no cached values), then the list
of selected hospitals. Filled completely and correctly, no planted problem."""
import sys, json, os
sys.path.insert(0, '/tmp/sr_hs_pylib')
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = 'hs-w33-a-one-sheet-quota-then-list'
SHEET = '別紙様式'

thin = Side(style='thin')
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical='center')
center = Alignment(horizontal='center', vertical='center', wrap_text=True)
head = PatternFill('solid', fgColor='E2EFDA')

PREF = '鳥取県'
QUOTAS = [('20～99床', 5), ('100～199床', 3), ('200～399床', 2), ('400床以上', 1)]
HOSP = [
    ('3110111089', '医療法人 湖東会 湖山記念病院', 48, '20～99床', '立入検査でバックアップ体制が不十分'),
    ('3110123050', '医療法人社団 千代会 千代川病院', 92, '20～99床', None),
    ('3110214172', '医療法人 双葉会 倉吉ふたば病院', 60, '20～99床', '立入検査等でセキュリティ対策が不十分と思われる'),
    ('3110411562', '医療法人 清流会 日野川病院', 35, '20～99床', '中山間地域の入院医療を担う'),
    ('3110510827', '医療法人 潮風会 境港みなと病院', 88, '20～99床', None),
    ('3110130212', '医療法人 因幡会 因幡中央病院', 150, '100～199床', '二次救急輪番病院\n（救急搬送受入 年約1,200件）'),
    ('3110222407', '社会医療法人 伯耆会 伯耆記念病院', 120, '100～199床', None),
    ('3110310293', '医療法人 大山会 大山ふもと病院', 178, '100～199床', '救急告示病院。立入検査で対策不十分'),
    ('3110140138', '鳥取さざなみ総合病院', 304, '200～399床', '地域医療支援病院・二次救急'),
    ('3110233065', '倉吉東総合病院', 256, '200～399床', '災害拠点病院'),
    ('3110110057', '鳥取中央医療センター', 430, '400床以上', '救命救急センター（三次救急）'),
]

wb = Workbook()
ws = wb.active
ws.title = SHEET
for col, w in zip('ABCDEFG', (12, 16, 34, 10, 14, 12, 40)):
    ws.column_dimensions[col].width = w

ws['G1'] = '別紙様式'
ws['G1'].alignment = Alignment(horizontal='right')
ws.merge_cells('A2:G2')
ws['A2'] = '「医療機関におけるサイバーセキュリティ確保事業」支援対象病院（令和6年度支援分）'
ws['A2'].font = Font(bold=True, size=13)
ws['A2'].alignment = center
ws.merge_cells('A4:C4')
ws['A4'] = '都道府県名：' + PREF
ws['A4'].font = Font(bold=True, size=12)
ws['A4'].border = Border(bottom=thin)
ws['E4'] = '担当：鳥取県福祉保健部 医療政策課'
ws['E4'].font = Font(size=9)
ws.merge_cells('A5:G5')
ws['A5'] = '※ 病床規模別に示された数（支援枠）の病院を過不足なく選定してください。選定は電子カルテシステムを導入している病院に限ります。'
ws['A5'].font = Font(size=9, color='C00000')

ws['A7'] = '１．病床規模別の支援枠'
ws['A7'].font = Font(bold=True)
for c, t in enumerate(('病床規模', '支援枠', '選定数', '過不足'), start=1):
    ws.cell(8, c, t).fill = head
    ws.cell(8, c).alignment = center
    ws.cell(8, c).border = box
first, last = 17, 17 + len(HOSP) - 1 + 5   # list range incl. a few spare rows
for i, (band, q) in enumerate(QUOTAS):
    r = 9 + i
    ws.cell(r, 1, band)
    ws.cell(r, 2, q)
    ws.cell(r, 3, '=COUNTIF($E$%d:$E$%d,A%d)' % (first, last, r))
    ws.cell(r, 4, '=C%d-B%d' % (r, r))
    for c in range(1, 5):
        ws.cell(r, c).border = box
        ws.cell(r, c).alignment = center
r = 9 + len(QUOTAS)
ws.cell(r, 1, '合計')
ws.cell(r, 2, '=SUM(B9:B%d)' % (r - 1))
ws.cell(r, 3, '=SUM(C9:C%d)' % (r - 1))
ws.cell(r, 4, '=C%d-B%d' % (r, r))
for c in range(1, 5):
    ws.cell(r, c).border = box
    ws.cell(r, c).alignment = center
    ws.cell(r, c).font = Font(bold=True)

ws['A15'] = '２．選定病院一覧'
ws['A15'].font = Font(bold=True)
for c, t in enumerate(('No.', '医療機関コード\n（10桁）', '病院名', '病床数', '病床規模区分', '電子カルテ\n導入（○）',
                       '選定理由（任意）'), start=1):
    ws.cell(16, c, t).fill = head
    ws.cell(16, c).alignment = center
    ws.cell(16, c).border = box
ws.row_dimensions[16].height = 30
for i, (code, name, beds, band, reason) in enumerate(HOSP):
    r = first + i
    vals = (i + 1, code, name, beds, band, '○', reason)
    for c, v in enumerate(vals, start=1):
        if v is not None:
            ws.cell(r, c, v)
        ws.cell(r, c).border = box
        ws.cell(r, c).alignment = center if c in (1, 2, 4, 5, 6) else wrap
    if reason and '\n' in reason:
        ws.row_dimensions[r].height = 30
for r in range(first + len(HOSP), last + 1):   # spare bordered rows left empty
    for c in range(1, 8):
        ws.cell(r, c).border = box
ws.page_setup.orientation = 'landscape'
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_title_rows = '16:16'

path = os.path.join(OUT, NAME + '.xlsx')
wb.save(path)

expected = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": PREF,
        "quotas": [{"band": b, "quota": q} for b, q in QUOTAS],
        "hospitals": [
            dict({"hospitalCode": code, "hospitalName": name, "beds": beds, "band": band, "ehr": "あり"},
                 **({"reason": reason} if reason else {}))
            for code, name, beds, band, reason in HOSP
        ],
    },
    "planted": [],
    "notes": "都道府県名 shares one cell with its label (A4 '都道府県名：鳥取県'). Quota table A9:B12; row 13 '合計' is a "
             "SUM total, not a band. 選定数/過不足 columns are COUNTIF/SUM formulas saved by openpyxl without cached "
             "values. 電子カルテ導入 is marked '○' (= あり). Rows 28-32 are empty bordered spare rows. One 選定理由 "
             "(row 22) has a line break.",
}
with open(os.path.join(OUT, NAME + '.expected.json'), 'w', encoding='utf-8') as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print('wrote', path)

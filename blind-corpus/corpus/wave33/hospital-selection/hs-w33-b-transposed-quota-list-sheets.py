#!/usr/bin/python3
"""hs-w33-b: 広島県 workbook with several sheets: 記入要領 / 支援枠 (transposed: bands across) /
選定病院一覧 (labelled 記入例 row first, drop-downs from a hidden リスト sheet, codes as numbers),
one row added below the bordered table; re-saved by LibreOffice.
Planted: band 100床以上200床未満 has 5 hospitals for a quota of 4; one hospital with 電子カルテ なし."""
import sys, json, os, subprocess, shutil, tempfile
sys.path.insert(0, '/tmp/sr_hs_pylib')
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = 'hs-w33-b-transposed-quota-list-sheets'


def luhn_code(pref, gun, num):
    nine = '%02d1%02d%04d' % (pref, gun, num)
    s = 0
    for i, ch in enumerate(reversed(nine)):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        s += d // 10 + d % 10
    return nine + str((10 - s % 10) % 10)


thin = Side(style='thin')
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical='center')
center = Alignment(horizontal='center', vertical='center', wrap_text=True)
head = PatternFill('solid', fgColor='FCE4D6')
exfill = PatternFill('solid', fgColor='EDEDED')

PREF = '広島県'
B1, B2, B3, B4 = '20床以上100床未満', '100床以上200床未満', '200床以上400床未満', '400床以上'
QUOTAS = [(B1, 6), (B2, 4), (B3, 3), (B4, 2)]
# (gun, num, name, beds as entered, canonical beds, band, ehr, reason)
ROWS = [
    (1, 1573, '医療法人 宇品会 宇品港病院', 55, 55, B1, 'あり', None),
    (2, 2618, '医療法人社団 白鷺会 白鷺台病院', 80, 80, B1, 'なし', '立入検査で対策不十分'),   # planted: no EHR
    (3, 1049, '医療法人 音戸会 音戸せと病院', 42, 42, B1, 'あり', None),
    (7, 1105, '医療法人 三原会 みはら中央病院', 96, 96, B1, 'あり', '救急告示病院'),
    (4, 1361, '医療法人 東城会 庄原ひがし病院', '３８床', 38, B1, 'あり', '中山間地域の唯一の入院施設'),
    (10, 1027, '医療法人 府中会 府中みどり病院', 64, 64, B1, 'あり', None),
    (1, 4702, '医療法人 己斐会 己斐ヶ丘病院', 150, 150, B2, 'あり', '二次救急（病院群輪番制）'),
    (12, 1208, '医療法人社団 芦田会 福山芦田川病院', '１２０床', 120, B2, 'あり', None),
    (6, 1333, '医療法人 尾道会 尾道しまなみ病院', 199, 199, B2, 'あり', '島しょ部の救急を担う'),
    (5, 3318, '医療法人 賀茂会 東広島西条病院', 168, 168, B2, 'あり', None),
    (1, 2251, '広島西部総合病院', 312, 312, B3, 'あり', '地域医療支援病院'),
    (3, 2480, '呉ベイサイド医療センター', 280, 280, B3, 'あり', '災害拠点病院\n二次救急'),
    (12, 3054, '福山東部総合病院', 356, 356, B3, 'あり', None),
    (1, 1016, '広島中央総合医療センター', 620, 620, B4, 'あり', '救命救急センター'),
    (12, 1129, '福山みらい病院', 410, 410, B4, 'あり', '三次救急・災害拠点病院'),
    # added later below the table (planted: 5th hospital in band 2, quota 4)
    (8, 1476, '医療法人 安芸会 安芸しおかぜ病院', 110, 110, B2, 'あり', '（3/13追加）救急告示病院'),
]

wb = Workbook()

# --- 記入要領 -----------------------------------------------------------
ins = wb.active
ins.title = '記入要領'
ins.column_dimensions['A'].width = 100
lines = [
    '【記入要領】支援対象病院の選定（別紙様式）',
    '',
    '1. 「支援枠」シートの病床規模別支援枠は厚生労働省から示された数です（変更しないでください）。',
    '2. 「選定病院一覧」シートに選定した病院を1行に1病院ずつ記入してください。',
    '3. 病床規模別に支援枠の数の病院を過不足なく選定してください（選定数は自動計算されます）。',
    '4. 支援の対象は電子カルテシステムを導入している病院です。',
    '5. 医療機関コードは10桁（都道府県番号＋点数表番号＋郡市区番号＋医療機関番号＋検証番号）で記入してください。',
    '6. 選定理由は任意です（例：地域における救急等の主要な診療機能を担っている、立入検査等で対策が不十分と思われる）。',
    '7. 記入例の行は削除せずにそのまま提出してください。',
    '',
    '提出期限：令和6年3月15日（金）　提出先：厚生労働省医政局 医療情報室',
]
for i, t in enumerate(lines, start=1):
    ins.cell(i, 1, t)
ins['A1'].font = Font(bold=True, size=12)

# --- 支援枠 (transposed) --------------------------------------------------
q = wb.create_sheet('支援枠')
q.column_dimensions['A'].width = 14
for col in 'BCDEF':
    q.column_dimensions[col].width = 18
q['A1'] = '病床規模別 支援枠'
q['A1'].font = Font(bold=True, size=12)
q['A3'] = '都道府県名'
q['B3'] = PREF
q['A4'] = '作成日'
q['B4'] = '令和6年3月13日'
for c in ('A3', 'A4', 'B3', 'B4'):
    q[c].border = box
q['A3'].fill = head
q['A4'].fill = head
q['A6'] = '病床規模'
q['A7'] = '支援枠'
q['A8'] = '選定数'
q['A9'] = '過不足'
for i, (band, n) in enumerate(QUOTAS):
    col = 2 + i
    q.cell(6, col, band)
    q.cell(7, col, n)
    L = q.cell(6, col).column_letter
    q.cell(8, col, "=COUNTIF('選定病院一覧'!$E$6:$E$40,%s6)" % L)
    q.cell(9, col, '=%s8-%s7' % (L, L))
q['F6'] = '計'
q['F7'] = '=SUM(B7:E7)'
q['F8'] = '=SUM(B8:E8)'
q['F9'] = '=F8-F7'
for r in range(6, 10):
    for c in range(1, 7):
        q.cell(r, c).border = box
        q.cell(r, c).alignment = center
    q.cell(r, 1).fill = head
for c in range(2, 7):
    q.cell(6, c).fill = head

# --- 選定病院一覧 -----------------------------------------------------------
s = wb.create_sheet('選定病院一覧')
for col, w in zip('ABCDEFG', (8, 14, 36, 10, 20, 11, 34)):
    s.column_dimensions[col].width = w
s['A1'] = '支援対象病院 選定一覧（' + PREF + '）'
s['A1'].font = Font(bold=True, size=12)
s['A2'] = '※ 病床規模区分・電子カルテはプルダウンから選択'
s['A2'].font = Font(size=9)
hdr = ('No.', '医療機関コード', '医療機関名', '許可病床数', '病床規模区分', '電子カルテ', '選定理由・備考')
for c, t in enumerate(hdr, start=1):
    s.cell(4, c, t).fill = head
    s.cell(4, c).alignment = center
    s.cell(4, c).border = box
example = ('記入例', 3410112345, '医療法人○○会 ○○病院', 150, B2, 'あり', '二次救急医療機関')
for c, v in enumerate(example, start=1):
    s.cell(5, c, v).fill = exfill
    s.cell(5, c).border = box
    s.cell(5, c).font = Font(italic=True, color='808080')
first = 6
for i, (gun, num, name, beds, _b, band, ehr, reason) in enumerate(ROWS):
    r = first + i
    code = int(luhn_code(34, gun, num))
    vals = (i + 1, code, name, beds, band, ehr, reason)
    in_table = i < 15
    for c, v in enumerate(vals, start=1):
        if v is not None:
            s.cell(r, c, v)
        if in_table:
            s.cell(r, c).border = box
        s.cell(r, c).alignment = wrap if c in (3, 7) else center
    s.cell(r, 2).number_format = '0'
    if reason and '\n' in reason:
        s.row_dimensions[r].height = 30

# hidden list sheet + drop-downs
lst = wb.create_sheet('リスト')
for i, (band, _) in enumerate(QUOTAS, start=1):
    lst.cell(i, 1, band)
lst['B1'], lst['B2'] = 'あり', 'なし'
lst.sheet_state = 'hidden'
dv1 = DataValidation(type='list', formula1='リスト!$A$1:$A$4', allow_blank=True)
dv2 = DataValidation(type='list', formula1='リスト!$B$1:$B$2', allow_blank=True)
s.add_data_validation(dv1)
s.add_data_validation(dv2)
dv1.add('E6:E40')
dv2.add('F6:F40')
wb.active = 2

tmpd = tempfile.mkdtemp(prefix='hs_w33_b_')
raw = os.path.join(tmpd, NAME + '.xlsx')
wb.save(raw)
outd = os.path.join(tmpd, 'lo')
os.makedirs(outd)
subprocess.run(['soffice', '--headless', '--convert-to', 'xlsx', '--outdir', outd, raw],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME + '.xlsx'), os.path.join(OUT, NAME + '.xlsx'))
shutil.rmtree(tmpd)

hosp = []
for gun, num, name, _beds, beds, band, ehr, reason in ROWS:
    h = {"hospitalCode": luhn_code(34, gun, num), "hospitalName": name, "beds": beds, "band": band, "ehr": ehr}
    if reason:
        h["reason"] = reason
    hosp.append(h)
expected = {
    "form": "hospital-selection",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "prefecture": PREF,
        "quotas": [{"band": b, "quota": n} for b, n in QUOTAS],
        "hospitals": hosp,
    },
    "planted": [
        {"cells": ["支援枠!C7", "支援枠!C8", "選定病院一覧!E21"],
         "paths": ["quotas[1].quota", "hospitals[15].band"],
         "why": "「過不足なく」: band 100床以上200床未満 has quota 4 but 5 hospitals are selected (rows 12-15 plus row 21 "
                "added below the table)"},
        {"cells": ["選定病院一覧!F7"], "paths": ["hospitals[1].ehr"],
         "why": "support is only for hospitals with 電子カルテ; 白鷺台病院 is marked 電子カルテ なし"},
    ],
    "notes": "Sheets: 記入要領 (instructions), 支援枠 (transposed quota table: bands in B6:E6, quotas in B7:E7; column F "
             "'計' is a total, not a band), 選定病院一覧 (row 5 is a labelled 記入例 row and must be ignored; data rows "
             "6-21, row 21 was added below the bordered table), hidden リスト sheet (drop-down source, not data). "
             "医療機関コード are numeric cells. 許可病床数 in rows 10 and 13 are text '３８床' / '１２０床' (= 38, 120). "
             "Re-saved by LibreOffice, so the COUNTIF/SUM formulas have cached values.",
}
with open(os.path.join(OUT, NAME + '.expected.json'), 'w', encoding='utf-8') as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print('wrote', os.path.join(OUT, NAME + '.xlsx'))

#!/usr/bin/python3
"""sr-w33-b: numbered questionnaire layout (No. | 項目 | 回答), contacts as a small
horizontal table, (○)可/(　)不可 marks, an added 対象要件の確認 block, re-saved by LibreOffice.
Planted: wrong check digit; 担当者③ partly filled (Mail missing)."""
import sys, json, os, subprocess, shutil, tempfile
sys.path.insert(0, '/tmp/sr_hs_pylib')
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = 'sr-w33-b-numbered-questionnaire-contact-table'
SHEET = '回答票'

thin = Side(style='thin')
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical='center')
center = Alignment(horizontal='center', vertical='center', wrap_text=True)
head = PatternFill('solid', fgColor='DDEBF7')

wb = Workbook()
ws = wb.active
ws.title = SHEET
for col, w in zip('ABCDEF', (6, 34, 24, 16, 34, 4)):
    ws.column_dimensions[col].width = w

ws.merge_cells('A1:E1')
ws['A1'] = '「医療機関におけるサイバーセキュリティ確保事業」支援希望調査　回答票'
ws['A1'].font = Font(bold=True, size=13)
ws['A1'].alignment = center
ws.merge_cells('A2:E2')
ws['A2'] = '提出先：香川県健康福祉部医務国保課 医療企画G（FAX 087-806-0248）　提出期限：令和7年2月28日（金）'
ws['A2'].font = Font(size=9)
ws.merge_cells('A4:E4')
ws['A4'] = '当病院は、当該事業の支援を希望します。'
ws['A4'].font = Font(bold=True)


def border(r, c1=1, c2=5):
    for c in range(c1, c2 + 1):
        ws.cell(r, c).border = box


ws['A6'], ws['B6'], ws['C6'] = 'No.', '項目', '回答'
ws.merge_cells('C6:E6')
for c in range(1, 6):
    ws.cell(6, c).fill = head
    ws.cell(6, c).alignment = center
border(6)

simple = [
    (7, 1, '医療機関コード（10桁）', '3710220513'),           # planted: check digit should be 2
    (8, 2, '病院名（正式名称）', '医療法人 讃岐会 丸亀みなと病院'),
    (9, 3, '郵便番号', '〒７６３－００２２'),
    (10, 4, '住所', '香川県丸亀市浜町１２０番地'),
    (11, 5, '電話番号', '0877-24-3310'),
]
for r, no, label, val in simple:
    ws.cell(r, 1, no).alignment = center
    ws.cell(r, 2, label).alignment = wrap
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=5)
    ws.cell(r, 3, val).alignment = wrap
    border(r)

ws.cell(12, 1, 6).alignment = center
ws.cell(12, 2, '担当者（①・②は必須、③は任意）')
ws.merge_cells('B12:E12')
border(12)
for c, t in zip(range(2, 6), ('区分', '所属・役職', '氏名', 'Mail アドレス')):
    ws.cell(13, c, t).fill = head
    ws.cell(13, c).alignment = center
border(13)
contacts = [
    ('担当者①【必須】', '総務課 係長', '三木 智子', 'miki-t@marugame-minato.jp'),
    ('担当者②【必須】', '情報システム室 主任', '多田 翔', 'tada-s@marugame-minato.jp'),
    ('担当者③', '医事課 主任', '森 和也', None),           # planted: Mail left blank
]
for i, row in enumerate(contacts):
    r = 14 + i
    for j, v in enumerate(row):
        if v is not None:
            ws.cell(r, 2 + j, v)
        ws.cell(r, 2 + j).alignment = wrap
    border(r)
ws.merge_cells('A12:A16')
ws['A12'].alignment = center

ws.cell(17, 1, 7).alignment = center
ws.cell(17, 2, 'サイバーセキュリティ調査における回答データの活用の可否（※1）').alignment = wrap
ws.cell(17, 3, '（○）可').alignment = center
ws.cell(17, 4, '（　）不可').alignment = center
border(17)
ws.row_dimensions[17].height = 32

ws.cell(18, 1, 8).alignment = center
ws.cell(18, 2, '対象要件の確認（該当する欄に○）')
ws.cell(18, 3, 'はい').alignment = center
ws.cell(18, 4, 'いいえ').alignment = center
for c in range(2, 5):
    ws.cell(18, c).fill = head
border(18)
checks = [
    '(1) 令和6年度に本事業の支援を受けていない',
    '(2) 電子カルテシステムを導入している',
    '(3) 令和8年1月までに現地調査を完了できる（電子カルテ更改の予定がない）',
]
for i, t in enumerate(checks):
    r = 19 + i
    ws.cell(r, 2, t).alignment = wrap
    ws.cell(r, 3, '○').alignment = center
    border(r)
    ws.row_dimensions[r].height = 30
ws.merge_cells('A18:A21')
ws['A18'].alignment = center

ws.cell(22, 1, 9).alignment = center
ws.cell(22, 2, '備考')
ws.merge_cells('C22:E22')
ws.cell(22, 3, 'FAX送信後、同じ内容のExcelファイルを担当者②からメールでもお送りします。').alignment = wrap
border(22)
ws.row_dimensions[22].height = 36

ws.merge_cells('A24:E26')
ws['A24'] = ('※1 国が令和6年1月31日付け事務連絡「病院における医療情報システムのサイバーセキュリティ対策に係る調査について（依頼）」'
             'で実施した実態調査の回答内容を当該事業でも活用する可能性があります。ご了解いただける場合は「可」、'
             'ご了解いただけない場合は「不可」に○を付けてください。')
ws['A24'].alignment = Alignment(wrap_text=True, vertical='top')
ws['A24'].font = Font(size=9)
ws.merge_cells('A27:E28')
ws['A27'] = ('※2 令和6年度に支援を受けた病院、電子カルテシステムを導入していない病院、電子カルテシステムの更改のため'
             '令和8年1月までに現地調査を完了できない病院は対象外です。')
ws['A27'].alignment = Alignment(wrap_text=True, vertical='top')
ws['A27'].font = Font(size=9)
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True

# save, then re-save through LibreOffice
tmpd = tempfile.mkdtemp(prefix='sr_w33_b_')
raw = os.path.join(tmpd, NAME + '.xlsx')
wb.save(raw)
outd = os.path.join(tmpd, 'lo')
os.makedirs(outd)
subprocess.run(['soffice', '--headless', '--convert-to', 'xlsx', '--outdir', outd, raw],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME + '.xlsx'), os.path.join(OUT, NAME + '.xlsx'))
shutil.rmtree(tmpd)

expected = {
    "form": "support-request",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "hospitalCode": "3710220513",
        "hospitalName": "医療法人 讃岐会 丸亀みなと病院",
        "postalCode": "763-0022",
        "address": "香川県丸亀市浜町１２０番地",
        "phoneNumber": "0877-24-3310",
        "contact1.department": "総務課 係長", "contact1.name": "三木 智子", "contact1.email": "miki-t@marugame-minato.jp",
        "contact2.department": "情報システム室 主任", "contact2.name": "多田 翔", "contact2.email": "tada-s@marugame-minato.jp",
        "contact3.department": "医事課 主任", "contact3.name": "森 和也",
        "dataUse": "可",
        "remarks": "FAX送信後、同じ内容のExcelファイルを担当者②からメールでもお送りします。",
        "notSupportedBefore": "はい",
        "hasEhr": "はい",
        "surveyFeasible": "はい",
    },
    "planted": [
        {"cells": [SHEET + "!C7"], "paths": ["hospitalCode"],
         "why": "check digit wrong: Luhn over 371022051 gives 2 (3710220512), the cell says 3710220513"},
        {"cells": [SHEET + "!E16"], "paths": ["contact3.email"],
         "why": "担当者③ is all-or-nothing: 所属・役職 and 氏名 are filled but Mail アドレス is blank"},
    ],
    "notes": "郵便番号 was typed full-width with 〒 (〒７６３－００２２); 住所 keeps its full-width digits as entered. "
             "活用の可否 is marked as （○）可 / （　）不可 in C17/D17. The 対象要件の確認 block (rows 19-21, ○ in the はい "
             "column C) maps to notSupportedBefore, hasEhr, surveyFeasible. File re-saved by LibreOffice.",
}
with open(os.path.join(OUT, NAME + '.expected.json'), 'w', encoding='utf-8') as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print('wrote', os.path.join(OUT, NAME + '.xlsx'))

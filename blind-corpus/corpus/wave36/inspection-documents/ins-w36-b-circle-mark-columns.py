# Generator: ins-w36-b-circle-mark-columns.xlsx (inspection-documents, R6), 2 planted problems.
# Hospital-made cover check sheet: label:value in one cell, 和暦 text date, full-width numbers,
# ○ in one of three status columns, spacer column, re-saved by LibreOffice.
import sys, json, os, subprocess, shutil, tempfile
sys.path.insert(0, '/tmp/clvins-py')
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = 'ins-w36-b-circle-mark-columns'
SHEET = '提出書類チェック表'
HOSP = '医療法人社団 高梁川会 高梁川リハビリテーション病院'
COLS = {'SUBMITTED': 4, 'NOT_CREATED': 5, 'NOT_SUBMITTED': 6}   # D, E, F

# (shown no, kind, name, status or None, file, remarks)
rows = [
 ('１', 1, 'チェックリスト（医療機関確認用）', 'SUBMITTED', 'CL_医療機関確認用_R6.pdf', None),
 ('２－①', 2, 'チェックリスト（事業者確認用）\n電子カルテ', 'SUBMITTED', 'CL_事業者確認用_電子カルテ.pdf', 'エービーシーメディカル（株）'),
 ('２－②', 2, 'チェックリスト（事業者確認用）\nレセコン', 'SUBMITTED', 'CL_事業者確認用_レセコン.pdf', '岡山医事システム（株）'),
 ('２－③', 2, 'チェックリスト（事業者確認用）\nリハビリ支援システム', 'SUBMITTED', 'CL_事業者確認用_リハビリ支援.pdf', '（株）リハテック'),
 ('３', 3, 'チェックリスト（最低限の措置編）', 'SUBMITTED', 'CL_最低限の措置編.xlsx', None),
 ('４', 4, '機器管理台帳', 'SUBMITTED', '機器管理台帳_20241129.xlsx', None),
 ('５', 5, 'インシデント発生時の連絡体制図', None, None, None),                      # planted: no answer
 ('６', 6, 'ネットワーク構成図及びシステム全体構成図', 'NOT_SUBMITTED', None, '院内限りのため立入検査当日に閲覧で対応'),  # planted
 ('７', 7, 'サイバー攻撃を想定した事業継続計画（BCP）', 'NOT_CREATED', None, 'R7年度策定予定'),
]

wb = Workbook(); ws = wb.active; ws.title = SHEET
thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
gray = PatternFill('solid', fgColor='EDEDED')
wrap = Alignment(wrap_text=True, vertical='center')
center = Alignment(horizontal='center', vertical='center', wrap_text=True)
for k, v in {'A': 2, 'B': 8, 'C': 36, 'D': 9, 'E': 9, 'F': 11, 'G': 2, 'H': 34, 'I': 34}.items():
    ws.column_dimensions[k].width = v

ws.merge_cells('B1:I1')
ws['B1'] = '令和6年度 立入検査（サイバーセキュリティ対策関係）提出書類チェック表（別紙1）'
ws['B1'].font = Font(bold=True, size=13); ws['B1'].alignment = center
ws.merge_cells('B3:F3'); ws['B3'] = f'医療機関名：{HOSP}'
ws.merge_cells('H3:I3'); ws['H3'] = '提出日：令和6年12月3日'
for a in ('B3', 'H3'): ws[a].font = Font(size=11)
ws.merge_cells('B4:I4'); ws['B4'] = '※ 各書類について「提出する」「未作成」「作成済・提出しない」のいずれかに○を付けてください。'
ws['B4'].font = Font(size=9)

HR = 6
heads = {2: '番号', 3: '提出書類', 4: '提出する', 5: '未作成', 6: '作成済・\n提出しない', 8: '添付ファイル名', 9: '備考'}
for c, t in heads.items():
    cell = ws.cell(HR, c, t); cell.border = B; cell.fill = gray; cell.alignment = center; cell.font = Font(bold=True)
ws.row_dimensions[HR].height = 30

docs = []; rowof = {}
r = HR + 1
for no, kind, name, st, fn, rem in rows:
    ws.cell(r, 2, no); ws.cell(r, 3, name)
    if st: ws.cell(r, COLS[st], '○')
    if fn: ws.cell(r, 8, fn)
    if rem: ws.cell(r, 9, rem)
    for c in (2, 3, 4, 5, 6, 8, 9):
        ws.cell(r, c).border = B
        ws.cell(r, c).alignment = center if c in (2, 4, 5, 6) else wrap
    ws.row_dimensions[r].height = 32
    d = {'kind': str(kind)}
    if st: d['submission'] = st
    if fn: d['fileName'] = fn
    if rem: d['remarks'] = rem
    rowof[len(docs)] = r
    docs.append(d)
    r += 1
ws.page_setup.orientation = 'landscape'
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0

# save via openpyxl, then re-save with LibreOffice
tmpd = tempfile.mkdtemp(prefix='insb-')
src = os.path.join(tmpd, NAME + '.xlsx')
wb.save(src)
outd = os.path.join(tmpd, 'lo'); os.makedirs(outd)
subprocess.run(['soffice', '--headless', f'-env:UserInstallation=file://{tmpd}/profile',
                '--convert-to', 'xlsx', '--outdir', outd, src], check=True, capture_output=True)
shutil.copy(os.path.join(outd, NAME + '.xlsx'), os.path.join(OUT, NAME + '.xlsx'))
shutil.rmtree(tmpd)

i5 = next(i for i, d in enumerate(docs) if d['kind'] == '5')
i6 = next(i for i, d in enumerate(docs) if d['kind'] == '6')
planted = [
 {'cells': [f'{SHEET}!D{rowof[i5]}', f'{SHEET}!E{rowof[i5]}', f'{SHEET}!F{rowof[i5]}'], 'paths': [f'documents[{i5}].submission'],
  'why': '書類5 インシデント発生時の連絡体制図: no ○ in any status column (answer missing); document 5 is one the hospital must submit'},
 {'cells': [f'{SHEET}!F{rowof[i6]}'], 'paths': [f'documents[{i6}].submission'],
  'why': '書類6 marked 作成済・提出しない; the notice says network/system diagrams are to be submitted if they have been made (作成していれば提出)'},
]
exp = {
  'form': 'inspection-documents', 'version': 'R6', 'file': NAME + '.xlsx',
  'values': {'facilityName': HOSP, 'submittedOn': '2024-12-03', 'documents': docs},
  'planted': planted,
  'notes': ('Status is a ○ in one of three columns: 提出する=SUBMITTED, 未作成=NOT_CREATED, 作成済・提出しない=NOT_SUBMITTED. '
            'Label and value share a cell (医療機関名：…, 提出日：令和6年12月3日 as text). Numbers are full-width (１, ２－①). '
            'Three vendor-checklist rows (kind 2) with the system on a second line of the name cell and the vendor in 備考. '
            'Row of 書類5 is intentionally left without any mark/file (object has only kind). Re-saved by LibreOffice.')
}
with open(os.path.join(OUT, NAME + '.expected.json'), 'w', encoding='utf-8') as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print('ok', len(docs), planted)

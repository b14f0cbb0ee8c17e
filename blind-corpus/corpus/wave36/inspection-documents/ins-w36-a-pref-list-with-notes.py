# Generator: ins-w36-a-pref-list-with-notes.xlsx (inspection-documents, R6), no planted problems.
# Prefecture-distributed 別紙1 with the 注意点 column, dropdown 提出 column (list on a hidden sheet),
# vendor-checklist rows added by the hospital (one row per vendor, No. 2 repeated).
import sys, json, os, datetime as dt
sys.path.insert(0, '/tmp/clvins-py')
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = 'ins-w36-a-pref-list-with-notes'
SHEET = '別紙1'
HOSP = '医療法人 吉備会 吉備高原中央病院'
SUBMITTED_ON = dt.date(2024, 11, 12)
MAP = {'提出する': 'SUBMITTED', '未作成': 'NOT_CREATED', '提出しない': 'NOT_SUBMITTED'}

N1 = '令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」（以下「マニュアル」という。）を参照してください。'
N2 = '上記と同じ。なお、医療機関のネットワークを構成するすべての医療情報システム（電子カルテ、レセプトコンピューター、医療機器など）の委託事業者に対し、漏れなくチェックリストの記入、提出を求めてください。（事業者ごと又はシステムごとにチェックリストを分けること）'
N3 = '別添のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、令和6年8月1日付け事務連絡「医療機関等におけるサイバーセキュリティ対策の取組みについて」の別添「サイバー攻撃リスク低減のための最低限の措置」を参照してください。'
N4 = '情報機器（サーバーやPC）、ルータ等のシステムやネットワークを構築する際に用いられる機器等を記載した台帳を提出してください。台帳の書式については、マニュアル2-(1)を参照してください。'
N5 = '診療継続及び医療情報システムの復旧を迅速に行う目的でサイバーセキュリティの連絡体制を記載したものを提出してください。連絡体制図の書式については、マニュアル3-(1)を参照してください。'
N6 = 'システム全体構成図及びネットワーク構成図を作成していれば提出してください。構成図については、「医療情報システムの安全管理に関するガイドライン第6.0版」企画管理編4.4、システム運用編2②を参照してください。'
N7 = 'サイバー攻撃を想定した事業継続計画（BCP）を作成していれば提出してください。BCPについては、令和6年6月6日付け事務連絡「サイバー攻撃を想定した事業継続計画（BCP）策定の確認表」についてを参照してください。'

# (No shown, kind, name, note, submission, file, remarks)
rows = [
 ('1', 1, 'チェックリスト（医療機関確認用）', N1, '提出する', '01_チェックリスト（医療機関確認用）_吉備高原中央病院.xlsx', None),
 ('2', 2, 'チェックリスト（事業者確認用）', N2, '提出する', '02-1_チェックリスト（事業者確認用）_電子カルテ.pdf', '株式会社ミドリ医療システムズ（電子カルテ）'),
 ('2', 2, 'チェックリスト（事業者確認用）', '〃', '提出する', '02-2_チェックリスト（事業者確認用）_レセコン.pdf', '株式会社岡山医事コンピュータ（レセプトコンピュータ）'),
 ('2', 2, 'チェックリスト（事業者確認用）', '〃', '提出する', '02-3_チェックリスト（事業者確認用）_PACS.pdf', '株式会社 山陽メディカルイメージング（PACS）'),
 ('3', 3, 'チェックリスト（最低限の措置編）', N3, '提出する', '03_チェックリスト（最低限の措置編）.xlsx', None),
 ('4', 4, '機器管理台帳', N4, '提出する', '04_機器管理台帳_R6.11.xlsx', 'サーバ・端末PC・ネットワーク機器を1ファイルに記載'),
 ('5', 5, 'インシデント発生時の連絡体制図', N5, '提出する', '05_インシデント発生時の連絡体制図.pdf', None),
 ('6', 6, 'ネットワーク構成図及びシステム全体構成図', N6, '提出する', '06_ネットワーク構成図・システム全体構成図.pdf', None),
 ('7', 7, 'サイバー攻撃を想定した事業継続計画（BCP）', N7, '未作成', None, '令和7年3月末までに策定予定'),
]

wb = Workbook()
ws = wb.active; ws.title = SHEET
lst = wb.create_sheet('選択肢')
for i, t in enumerate(['提出する', '未作成', '提出しない'], 1):
    lst.cell(i, 1, t)
lst.sheet_state = 'hidden'

thin = Side(style='thin'); B = Border(left=thin, right=thin, top=thin, bottom=thin)
hfill = PatternFill('solid', fgColor='DDEBF7'); infill = PatternFill('solid', fgColor='FFFFE0')
wrap = Alignment(wrap_text=True, vertical='center')
center = Alignment(horizontal='center', vertical='center', wrap_text=True)
for k, v in {'A': 5, 'B': 26, 'C': 62, 'D': 11, 'E': 40, 'F': 30}.items():
    ws.column_dimensions[k].width = v

ws['F1'] = '別紙1'; ws['F1'].alignment = Alignment(horizontal='right')
ws.merge_cells('A2:F2')
ws['A2'] = '医療法第25条第1項の規定に基づく立入検査において写しの提供を求めるサイバーセキュリティ対策関連書類一覧'
ws['A2'].font = Font(bold=True, size=12); ws['A2'].alignment = center
ws.row_dimensions[2].height = 24

ws.merge_cells('A4:B4'); ws['A4'] = '医療機関名'
ws.merge_cells('C4:D4'); ws['C4'] = HOSP
ws.merge_cells('A5:B5'); ws['A5'] = '提出日'
ws.merge_cells('C5:D5'); ws['C5'] = SUBMITTED_ON; ws['C5'].number_format = 'yyyy"年"m"月"d"日"'
ws['C5'].alignment = Alignment(horizontal='left')
for r in (4, 5):
    ws.cell(r, 1).fill = hfill
    for c in range(1, 5):
        ws.cell(r, c).border = B
    ws.cell(r, 3).fill = infill
ws['A7'] = '※「提出」欄はプルダウンから「提出する」「未作成」「提出しない」のいずれかを選択してください。'
ws['A8'] = '※ チェックリスト（事業者確認用）は事業者ごと（システムごと）に行を追加し、備考に事業者名（システム名）を記入してください。'
for a in ('A7', 'A8'): ws[a].font = Font(size=9)

HR = 10
for c, t in enumerate(['No.', '書類の名称', '提出にあたっての注意点', '提出', 'ファイル名', '備考'], 1):
    cell = ws.cell(HR, c, t); cell.fill = hfill; cell.border = B; cell.alignment = center; cell.font = Font(bold=True)
dv = DataValidation(type='list', formula1='=選択肢!$A$1:$A$3', allow_blank=True)
ws.add_data_validation(dv)

docs = []
r = HR + 1
for no, kind, name, note, sub, fn, rem in rows:
    vals = [no, name, note, sub, fn, rem]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c)
        if v is not None: cell.value = v
        cell.border = B
        cell.alignment = center if c in (1, 4) else wrap
        if c in (4, 5, 6): cell.fill = infill
    ws.cell(r, 3).font = Font(size=8)
    dv.add(f'D{r}')
    ws.row_dimensions[r].height = 66 if note != '〃' else 30
    d = {'kind': str(kind), 'submission': MAP[sub]}
    if fn: d['fileName'] = fn
    if rem: d['remarks'] = rem
    docs.append(d)
    r += 1
ws.page_setup.orientation = 'landscape'
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
wb.save(os.path.join(OUT, NAME + '.xlsx'))

exp = {
  'form': 'inspection-documents', 'version': 'R6', 'file': NAME + '.xlsx',
  'values': {'facilityName': HOSP, 'submittedOn': SUBMITTED_ON.isoformat(), 'documents': docs},
  'planted': [],
  'notes': ('Vendor checklists: three rows all numbered 2 (one per vendor), the 注意点 cell of rows 2 and 3 of them is 〃. '
            'Document 7 (BCP) is 未作成, which the seed allows (提出 only 作成していれば). 提出日 is an Excel date cell. '
            'The dropdown list sits on the hidden sheet 選択肢 (not data).')
}
with open(os.path.join(OUT, NAME + '.expected.json'), 'w', encoding='utf-8') as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print('ok', len(docs))

# Generator: ins-w35-a-okayama-list-dropdown.xlsx  (inspection-documents, R6, no planted problem)
# Prefecture-style 別紙1 list with the 注意点 column, a 提出状況 drop-down, file-name column,
# vendor-checklist row split into one row per vendor (rows added by the hospital).
import sys, os, json, datetime as dt
sys.path.insert(0, '/tmp/clvins-py')
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = 'ins-w35-a-okayama-list-dropdown'
SHEET = '別紙1'
thin = Side(style='thin'); border = Border(left=thin, right=thin, top=thin, bottom=thin)
gray = PatternFill('solid', fgColor='D9D9D9'); yellow = PatternFill('solid', fgColor='FFFFCC')
wrap = Alignment(wrap_text=True, vertical='top')
center = Alignment(horizontal='center', vertical='center', wrap_text=True)

FAC = '医療法人 和光会 岡山東みなみ病院'
SUBMITTED_ON = dt.date(2024, 11, 12)
STATUS = {'提出する': 'SUBMITTED', '未作成': 'NOT_CREATED', '提出しない': 'NOT_SUBMITTED'}

N1 = ('令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を使用することとし、'
      'チェックリストの記入に当たっては、「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」'
      '（以下「マニュアル」という。）を参照してください。')
N2 = ('上記と同じ。なお、医療機関のネットワークを構成するすべての医療情報システム（電子カルテ、レセプトコンピューター、医療機器など）の'
      '委託事業者に対し、漏れなくチェックリストの記入、提出を求めてください。\n（事業者ごと又はシステムごとにチェックリストを分けること）')
N3 = ('別添のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、令和6年8月1日付け事務連絡「医療機関等における'
      'サイバーセキュリティ対策の取組みについて」の別添「サイバー攻撃リスク低減のための最低限の措置」を参照してください。')
N4 = ('情報機器（サーバーやPC）、ルータ等のシステムやネットワークを構築する際に用いられる機器等を記載した台帳を提出してください。'
      '台帳の書式については、マニュアル2-(1)を参照してください。')
N5 = ('診療継続及び医療情報システムの復旧を迅速に行う目的でサイバーセキュリティの連絡体制を記載したものを提出してください。'
      '連絡体制図の書式については、マニュアル3-(1)を参照してください。')
N6 = ('システム全体構成図及びネットワーク構成図を作成していれば提出してください。構成図については、「医療情報システムの安全管理に関する'
      'ガイドライン第6.0版」企画管理編 4.4、システム運用編 2②を参照してください。')
N7 = ('サイバー攻撃を想定した事業継続計画（BCP）を作成していれば提出してください。BCPについては、令和6年6月6日付け事務連絡'
      '「サイバー攻撃を想定した事業継続計画（BCP）策定の確認表」についてを参照してください。')

# (No shown, kind, 書類の名称, 注意点, 提出状況, file, remarks)
ROWS = [
 ('1', '1', 'チェックリスト（医療機関確認用）', N1, '提出する', '01_R6チェックリスト_医療機関確認用.xlsx', None),
 ('2-①', '2', 'チェックリスト（事業者確認用）\n電子カルテ：株式会社メディネクスト西日本', N2, '提出する', '02-1_R6チェックリスト_事業者確認用_電子カルテ.xlsx', None),
 ('2-②', '2', 'チェックリスト（事業者確認用）\n医事会計：株式会社レセプトワン', '〃', '提出する', '02-2_R6チェックリスト_事業者確認用_医事会計.xlsx', None),
 ('2-③', '2', 'チェックリスト（事業者確認用）\nPACS：山陽メディカルソリューションズ株式会社', '〃', '提出する', '02-3_R6チェックリスト_事業者確認用_PACS.pdf', '事業者から紙で受領したためスキャンPDF'),
 ('3', '3', 'チェックリスト（最低限の措置編）', N3, '提出する', '03_最低限の措置編チェックリスト.xlsx', None),
 ('4', '4', '機器管理台帳', N4, '提出する', '04_機器管理台帳_2024年10月末.xlsx', None),
 ('5', '5', 'インシデント発生時の連絡体制図', N5, '提出する', '05_連絡体制図.pdf', None),
 ('6', '6', 'ネットワーク構成図及びシステム全体構成図', N6, '提出する', '06_ネットワーク構成図_システム全体構成図.pdf', 'システム全体構成図は電子カルテ更新時（R5）のもの'),
 ('7', '7', 'サイバー攻撃を想定した事業継続計画（BCP）', N7, '未作成', None, '現在策定中。令和7年3月完成予定'),
]

wb = Workbook(); ws = wb.active; ws.title = SHEET
for col, w in zip('ABCDEF', [6, 30, 58, 12, 40, 28]):
    ws.column_dimensions[col].width = w
ws['F1'] = '別紙１'; ws['F1'].alignment = Alignment(horizontal='right')
ws.merge_cells('A2:F2')
ws['A2'] = '医療法第25条第1項の規定に基づく立入検査において写しの提供を求めるサイバーセキュリティ対策関連書類一覧'
ws['A2'].font = Font(size=12, bold=True); ws['A2'].alignment = Alignment(horizontal='center', wrap_text=True)
ws.row_dimensions[2].height = 30

ws.merge_cells('A4:B4'); ws['A4'] = '医療機関名'
ws.merge_cells('C4:D4'); ws['C4'] = FAC
ws.merge_cells('A5:B5'); ws['A5'] = '提出日'
ws.merge_cells('C5:D5'); ws['C5'] = SUBMITTED_ON; ws['C5'].number_format = 'yyyy"年"m"月"d"日"'
ws['C5'].alignment = Alignment(horizontal='left')
for r in (4, 5):
    for c in range(1, 5):
        ws.cell(r, c).border = border
    ws.cell(r, 1).fill = gray
ws['A6'] = '※「提出状況」欄は、プルダウンから「提出する」「未作成」「提出しない」を選択してください。事業者確認用は事業者（システム）ごとに行を追加してください。'
ws['A6'].font = Font(size=9)

hdr = ['No.', '書類の名称', '提出にあたっての注意点', '提出状況', '提出ファイル名', '備考']
for c, h in enumerate(hdr, 1):
    cell = ws.cell(8, c, h); cell.fill = gray; cell.border = border; cell.alignment = center; cell.font = Font(bold=True)

dv = DataValidation(type='list', formula1='"提出する,未作成,提出しない"', allow_blank=True)
ws.add_data_validation(dv)

docs = []; r = 9
for no, kind, title, note, st, fn, rm in ROWS:
    vals = [no, title, note, st, fn, rm]
    for c, v in enumerate(vals, 1):
        cell = ws.cell(r, c, v); cell.border = border
        cell.alignment = center if c in (1, 4) else wrap
        if c == 3: cell.font = Font(size=9)
        if c in (4, 5, 6): cell.fill = yellow
    dv.add(ws.cell(r, 4))
    ws.row_dimensions[r].height = 80 if note != '〃' else 36
    d = {'kind': kind, 'submission': STATUS[st]}
    if fn: d['fileName'] = fn
    if rm: d['remarks'] = rm
    docs.append(d); r += 1

r += 1
ws.cell(r, 1, '※ 書類の提出は立入検査の際に保健所へ提出してください（提出は任意）。')
ws.cell(r, 1).font = Font(size=9)
ws.page_setup.orientation = 'landscape'; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0

wb.save(os.path.join(OUT, NAME + '.xlsx'))
exp = {
  'form': 'inspection-documents', 'version': 'R6', 'file': NAME + '.xlsx',
  'values': {'facilityName': FAC, 'submittedOn': SUBMITTED_ON.isoformat(), 'documents': docs},
  'planted': [],
  'notes': ('Document 2 (事業者確認用) is split by the hospital into three rows 2-①/2-②/2-③, one per vendor; each is a separate '
            'documents[] entry with kind "2". 書類の名称 cells of those rows carry the vendor on a second line. 提出日 is an Excel '
            'date cell. Document 7 (BCP) is 未作成, which the notice allows ("作成していれば提出").'),
}
with open(os.path.join(OUT, NAME + '.expected.json'), 'w', encoding='utf-8') as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print('ok', len(docs))

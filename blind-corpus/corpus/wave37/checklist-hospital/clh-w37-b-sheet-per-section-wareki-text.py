# Generator for clh-w37-b-sheet-per-section-wareki-text.xlsx
# Role: 事務部 総務課 of a small hospital split the MHLW R6 checklist (医療機関確認用) into a cover sheet and one
# sheet per section; answers typed as text, dates typed as 和暦 text; a labelled 記入例 row left on sheet ①.
import sys, os
sys.path.insert(0, '/tmp/w37clmh-py')
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'clh-w37-b-sheet-per-section-wareki-text.xlsx')
thin = Side(style='thin'); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical='center')
center = Alignment(horizontal='center', vertical='center', wrap_text=True)
HEAD = ['No.', '確認項目', '1回目', '確認日', '目標日', '2回目', '確認日', '備考']

wb = Workbook()
cov = wb.active
cov.title = '表紙'
cov.column_dimensions['A'].width = 90
cov['A1'] = '令和６年度版　医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）'
cov['A1'].font = Font(bold=True, size=13)
cov['A3'] = '医療機関名：医療法人 白樺会 しらかば病院'
cov['A4'] = '記入者：事務部 総務課　佐藤'
cov['A6'] = '・各シートの項目について「はい」または「いいえ」と確認日を記入してください。'
cov['A7'] = '・1回目が「いいえ」の項目は目標日を記入し、対応後に2回目を記入してください。'
cov['A8'] = '・前提が「いいえ」の場合は、以降のシートの記入は不要です。'
cov['A10'] = 'シート構成：①前提・体制　②管理・運用　③機器別（サーバ・端末PC・ネットワーク機器）　④インシデント'

def sheet(title, caption):
    ws = wb.create_sheet(title)
    for k, v in {'A': 8, 'B': 54, 'C': 8, 'D': 16, 'E': 16, 'F': 8, 'G': 16, 'H': 30}.items():
        ws.column_dimensions[k].width = v
    ws['A1'] = caption; ws['A1'].font = Font(bold=True, size=12)
    for i, h in enumerate(HEAD, 1):
        c = ws.cell(3, i, h); c.border = box; c.alignment = center; c.font = Font(bold=True)
        c.fill = PatternFill('solid', fgColor='FCE4D6')
    return ws

def put(ws, r, vals, example=False):
    for i, v in enumerate(vals, 1):
        c = ws.cell(r, i, v if v != '' else None)
        c.border = box
        c.alignment = wrap if i in (2, 8) else center
        if example:
            c.font = Font(color='808080', italic=True)
            c.fill = PatternFill('solid', fgColor='EDEDED')
    ws.row_dimensions[r].height = 34

def heading(ws, r, text):
    ws.cell(r, 1, text).font = Font(bold=True)
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=8)

# ① 前提・体制
ws = sheet('①前提・体制', '① 前提・体制構築')
put(ws, 4, ['記入例', '○○○○を行っている', 'いいえ', 'R6.4.1', 'R6.6.30', 'はい', 'R6.6.20', '※記入例（この行は入力不要）'], example=True)
heading(ws, 5, '■前提')
put(ws, 6, ['前提', '医療情報システムを導入、運用している', 'はい', 'R6.7.8', '', '', '', ''])
heading(ws, 7, '■1 体制構築')
put(ws, 8, ['1-(1)', '医療情報システム安全管理責任者を設置している', 'はい', 'R6.7.8', '', '', '', '事務長が兼務'])

# ② 管理・運用
ws = sheet('②管理・運用', '② 医療情報システムの管理・運用')
heading(ws, 4, '■2 医療情報システムの管理・運用')
put(ws, 5, ['2-(1)', 'サーバ、端末PC、ネットワーク機器の台帳管理を行っている', 'いいえ', 'R6.7.8', 'R6.9.30', 'はい', 'R6.9.27', '機器台帳をExcelで作成'])
put(ws, 6, ['2-(2)', 'リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した', 'はい ', 'R6.7.9', '', '', '', ''])
put(ws, 7, ['2-(3)', '事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう', 'はい', 'R6.7.9', '', '', '', '電子カルテ・レセコン業者より受領'])

# ③ 機器別
ACC = '利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している'
DEL = '退職者や使用していないアカウント等、不要なアカウントを削除している'
LOG = 'アクセスログを管理している'
PAT = 'セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している'
SVC = 'バックグラウンドで動作している不要なソフトウェア及びサービスを停止している'
SRC = '接続元制限を実施している'
ws = sheet('③機器別', '③ 機器別の対策（サーバ／端末PC／ネットワーク機器）')
heading(ws, 4, '【サーバ】')
put(ws, 5, ['', ACC, 'はい', 'R6.7.10', '', '', '', ''])
put(ws, 6, ['', DEL, 'はい', 'R6.7.10', '', '', '', ''])
put(ws, 7, ['', LOG, 'はい', 'R6.7.10', '', '', '', ''])
put(ws, 8, ['', PAT, 'いいえ', 'R6.7.10', 'R6.10.31', 'はい', 'R6.10.18', 'Windows Server更新を保守業者に依頼'])
put(ws, 9, ['', SVC, 'はい', 'R6.7.10', '', '', '', ''])
heading(ws, 10, '【端末PC】')
put(ws, 11, ['', ACC, 'はい', '令和６年７月１１日', '', '', '', ''])
put(ws, 12, ['', DEL, '', '令和６年７月１１日', '', '', '', ''])   # planted: answer missing
put(ws, 13, ['', PAT, 'はい', '令和６年７月１１日', '', '', '', ''])
put(ws, 14, ['', SVC, 'はい', '令和６年７月１１日', '', '', '', ''])
heading(ws, 15, '【ネットワーク機器】')
put(ws, 16, ['', PAT, 'はい', 'R6.7.11', '', '', '', ''])
put(ws, 17, ['', SRC, 'はい', 'R6.7.11', '', '', '', 'VPN接続元を保守業者IPに限定'])

# ④ インシデント
ws = sheet('④インシデント', '④ インシデント発生に備えた対応')
heading(ws, 4, '■3 インシデント発生に備えた対応')
put(ws, 5, ['3-(1)', 'インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある', 'はい', '令和6年7月12日', '', '', '', ''])
put(ws, 6, ['3-(2)', 'インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している', 'いいえ', '令和6年7月12日', '令和6年12月27日', 'はい', '令和6年12月20日', '復旧手順書を業者と作成'])
put(ws, 7, ['3-(3)', 'サイバー攻撃を想定した事業継続計画（BCP）を策定している', 'いいえ', '令和6年7月12日', '令和7年6月30日', '', '', '法人本部と調整のうえ策定予定\n（BCP確認表を使用）'])

for s in wb.worksheets[1:]:
    s.page_setup.orientation = 'landscape'
wb.save(OUT)
print(OUT)

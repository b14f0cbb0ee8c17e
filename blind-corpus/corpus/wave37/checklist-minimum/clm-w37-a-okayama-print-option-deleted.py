# Generator for clm-w37-a-okayama-print-option-deleted.xlsx
# Role: hospital IT person filling the Okayama 「最低限の措置」編 checklist drawn as a print form.
import sys, os
sys.path.insert(0, '/tmp/w37clmh-py')
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'clm-w37-a-okayama-print-option-deleted.xlsx')
wb = Workbook()
ws = wb.active
ws.title = '最低限の措置チェックリスト'

thin = Side(style='thin'); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical='center')
center = Alignment(horizontal='center', vertical='center', wrap_text=True)
ws.column_dimensions['A'].width = 2      # spacer
ws.column_dimensions['B'].width = 58
ws.column_dimensions['C'].width = 13
ws.column_dimensions['D'].width = 11
ws.column_dimensions['E'].width = 13
ws.column_dimensions['F'].width = 30
ws.column_dimensions['G'].width = 2      # spacer

ws['B1'] = '医療機関におけるサイバーセキュリティ対策チェックリスト'
ws['B1'].font = Font(size=14, bold=True)
ws.merge_cells('B1:F1'); ws['B1'].alignment = Alignment(horizontal='center')
ws['B2'] = '「サイバー攻撃リスク低減のための最低限の措置」編'
ws.merge_cells('B2:F2'); ws['B2'].alignment = Alignment(horizontal='center'); ws['B2'].font = Font(size=12, bold=True)
ws['F3'] = '医療機関確認用'; ws['F3'].alignment = Alignment(horizontal='right')

ws['B5'] = '医療機関名'
ws['B5'].alignment = Alignment(horizontal='right')
ws['C5'] = '医療法人社団 緑風会 みどり台病院'
ws.merge_cells('C5:F5')
ws['C5'].border = Border(bottom=thin)
for c in 'DEF':
    ws[c + '5'].border = Border(bottom=thin)

notes = [
 '※ このチェックリストは、医療機関等におけるサイバーセキュリティ対策の取組みについて（令和6年8月1日事務連絡 各都道府県等衛生主管部(局)宛厚生労働省医政局特定医薬品開発支援・医療情報担当参事官及び厚生労働省政策統括官付サイバーセキュリティ担当参事官室）により、特に迅速に対応すべき事項として示された「サイバー攻撃リスク低減のための最低限の措置」の内容を基に、岡山県が作成したものです。',
 '※ 本チェックリストの項目について直ちに確認を行い、「いいえ」の項目については速やかに取り組むよう対応をお願いします。',
 '※ 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。',
 '※ 立入検査時、本チェックリストを確認します。',
]
r = 7
for n in notes:
    ws.cell(r, 2, n).alignment = Alignment(wrap_text=True, vertical='top')
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
    ws.row_dimensions[r].height = 45 if len(n) > 60 else 16
    r += 1

# header (two rows)
h1 = 12
ws.cell(h1, 2, 'チェック項目'); ws.merge_cells(start_row=h1, start_column=2, end_row=h1+1, end_column=2)
ws.cell(h1, 3, '確認結果（日付）'); ws.merge_cells(start_row=h1, start_column=3, end_row=h1, end_column=5)
ws.cell(h1, 6, '備考'); ws.merge_cells(start_row=h1, start_column=6, end_row=h1+1, end_column=6)
ws.cell(h1+1, 3, '1回目'); ws.cell(h1+1, 4, '目標日'); ws.cell(h1+1, 5, '2回目')
for rr in (h1, h1+1):
    for cc in range(2, 7):
        ws.cell(rr, cc).border = box
        ws.cell(rr, cc).alignment = center
        ws.cell(rr, cc).fill = PatternFill('solid', fgColor='D9E1F2')
        ws.cell(rr, cc).font = Font(bold=True)

BLANK_ANS = 'はい・いいえ\n(　　/　　)'
BLANK_DATE = '(　　/　　)'
H1 = '○パスワードを強固なものに変更し、使い回しをしない'
H2 = '○IoT 機器を含む情報資産の通信制御を確認する'
H3 = '○ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する'
rows = [
 ('H', H1),
 ('I', 'システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。',
  'はい\n(10/7)', BLANK_DATE, BLANK_ANS, ''),
 ('I', '複数の機器や外部サービス等で、同一のパスワードを設定していない。',
  'いいえ\n(10/7)', '(11/30)', 'はい\n(11/22)', '部門システム（検査・放射線）の管理者PWが共通だったため個別に変更'),
 ('I', '利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。',
  'はい\n(10/8)', BLANK_DATE, BLANK_ANS, '10/4 全職員向け院内メールで周知'),
 ('H', H2),
 ('I', '関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。',
  'いいえ\n(10/8)', '(12/20)', 'はい\n(12/13)', '検査機器ベンダのリモート保守回線を含め確認'),
 ('I', 'ネットワーク接続点へのアクセス制御を適切に実施している。',
  'はい\n(10/8)', BLANK_DATE, BLANK_ANS, ''),
 ('I', '各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。',
  'いいえ\n(10/9)', '(1/31)', 'はい\n(1/24)', 'UTMログを月1回確認する運用を開始'),
 ('H', H3),
 ('I', 'すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。',
  'はい\n(10/9)', BLANK_DATE, BLANK_ANS, ''),
 ('I', 'セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。',
  'はい\n(10/9)', BLANK_DATE, BLANK_ANS, ''),
]
r = h1 + 2
for row in rows:
    if row[0] == 'H':
        ws.cell(r, 2, row[1]).font = Font(bold=True)
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=6)
        for cc in range(2, 7):
            ws.cell(r, cc).border = box
            ws.cell(r, cc).fill = PatternFill('solid', fgColor='F2F2F2')
        ws.row_dimensions[r].height = 20
    else:
        _, item, a1, tgt, a2, rem = row
        ws.cell(r, 2, item).alignment = wrap
        ws.cell(r, 3, a1).alignment = center
        ws.cell(r, 4, tgt).alignment = center
        ws.cell(r, 5, a2).alignment = center
        ws.cell(r, 6, rem if rem else None).alignment = wrap
        for cc in range(2, 7):
            ws.cell(r, cc).border = box
        ws.row_dimensions[r].height = 48
    r += 1

ws.page_setup.orientation = 'portrait'
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.print_area = 'A1:G%d' % (r - 1)
wb.save(OUT)
print(OUT)

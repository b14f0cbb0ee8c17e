# Generator for clm-w47-b-numbered-grid-split-columns.xlsx
# Role: a hospital's 情報システム係 redrew the Okayama 「最低限の措置」編 checklist as a data grid:
# No. | 区分 | チェック項目 | 1回目(回答/確認日) | 目標日 | 2回目(回答/確認日) | 備考, with dropdowns
# for はい/いいえ, real date cells, a 記入要領 sheet first, a labelled 記入例 row, and a small
# COUNTIF tally below the table (formulas saved by openpyxl, no cached values).
import sys, os, datetime as dt
sys.path.insert(0, "/tmp/clmclh-py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w47-b-numbered-grid-split-columns.xlsx"
D = dt.datetime

wb = Workbook()
guide = wb.active
guide.title = "記入要領"
guide.column_dimensions["A"].width = 100
lines = [
    "チェックリスト（最低限の措置編）記入要領",
    "",
    "1. 「チェックリスト」シートの各項目について確認を行い、1回目の回答欄で「はい」「いいえ」を選択してください。",
    "2. 確認日欄には確認を行った日付を入力してください（例：2024/11/12）。",
    "3. 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を「目標日」欄に入力してください。",
    "4. 目標日までに対応した後、2回目の回答欄・確認日欄を入力してください。",
    "5. 6行目は記入例です。削除しないでください（集計対象外）。",
    "6. 立入検査時、本チェックリストを確認します。",
    "",
    "参考：令和6年8月1日付け事務連絡「医療機関等におけるサイバーセキュリティ対策の取組みについて」別添"
    "「サイバー攻撃リスク低減のための最低限の措置」",
]
for i, t in enumerate(lines, 1):
    guide.cell(i, 1, t)
guide["A1"].font = Font(bold=True, size=13)

ws = wb.create_sheet("チェックリスト")
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
hdr_fill = PatternFill("solid", fgColor="DDEBF7")
ex_fill = PatternFill("solid", fgColor="FFF2CC")

widths = {"A": 5, "B": 18, "C": 58, "D": 8, "E": 11, "F": 11, "G": 8, "H": 11, "I": 30}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "サイバーセキュリティ対策チェックリスト（「サイバー攻撃リスク低減のための最低限の措置」編）　医療機関確認用"
ws["A1"].font = Font(bold=True, size=12)
ws["A2"] = "医療機関名：医療法人 清和会 津山みどり病院"
ws["A2"].font = Font(bold=True)

# two-row header rows 4-5
ws.merge_cells("A4:A5"); ws["A4"] = "No."
ws.merge_cells("B4:B5"); ws["B4"] = "区分"
ws.merge_cells("C4:C5"); ws["C4"] = "チェック項目"
ws.merge_cells("D4:E4"); ws["D4"] = "1回目"
ws["D5"] = "回答"; ws["E5"] = "確認日"
ws.merge_cells("F4:F5"); ws["F4"] = "目標日"
ws.merge_cells("G4:H4"); ws["G4"] = "2回目"
ws["G5"] = "回答"; ws["H5"] = "確認日"
ws.merge_cells("I4:I5"); ws["I4"] = "備考"
for row in ws["A4:I5"]:
    for c in row:
        c.border = box; c.alignment = center; c.fill = hdr_fill; c.font = Font(bold=True)

# 記入例 row 6 (labelled, must be ignored)
ex = ["記入例", "（区分）", "〇〇〇〇について確認している。", "いいえ", D(2024, 10, 1), D(2024, 11, 30),
      "はい", D(2024, 11, 25), "記入例：11月の保守点検時に対応"]
for j, v in enumerate(ex, 1):
    c = ws.cell(6, j, v)
    c.fill = ex_fill; c.border = box
    c.alignment = wrap if j in (3, 9) else center
    c.font = Font(color="7F7F7F", italic=True)
    if isinstance(v, dt.datetime):
        c.number_format = "yyyy/m/d"

S1 = "パスワードを強固なものに変更し、使い回しをしない"
S2 = "IoT 機器を含む情報資産の通信制御を確認する"
S3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
items = [
    (1, S1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい", D(2024, 11, 12), None, None, None, "VPN装置（保守用）は保守業者が12桁以上で設定"),
    (2, S1, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "はい", D(2024, 11, 12), None, None, None, None),
    # PLANTED 1: いいえ but 目標日 left blank
    (3, S1, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "いいえ", D(2024, 11, 12), None, None, None, "職員研修で周知予定"),
    (4, S2, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "いいえ", D(2024, 11, 13), D(2025, 1, 31), "はい", D(2025, 1, 24), "電カル・検査・画像の各事業者に照会し接続点一覧を作成"),
    (5, S2, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "はい", D(2024, 11, 13), None, None, None, None),
    (6, S2, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "はい", D(2024, 11, 13), None, None, None, "月1回 UTMログを確認"),
    # PLANTED 2: 2回目 確認日 earlier than the 1回目 確認日 (typed 2024 instead of 2025)
    (7, S3, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "いいえ", D(2024, 11, 13), D(2025, 2, 28), "はい", D(2024, 2, 21), "ルータ・UTMのファームウェア更新を保守契約に追加"),
    (8, S3, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "はい", D(2024, 11, 13), None, None, None, None),
]
first = 7
for k, (no, sec, text, a1, d1, tgt, a2, d2, rem) in enumerate(items):
    r = first + k
    vals = [no, sec, text, a1, d1, tgt, a2, d2, rem]
    for j, v in enumerate(vals, 1):
        c = ws.cell(r, j, v)
        c.border = box
        c.alignment = wrap if j in (2, 3, 9) else center
        if j in (5, 6, 8):
            c.number_format = "yyyy/m/d"
    ws.row_dimensions[r].height = 45
# merge 区分 cells per heading (value stays in the top cell)
ws.merge_cells("B7:B9"); ws.merge_cells("B10:B12"); ws.merge_cells("B13:B14")

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("D7:D14"); dv.add("G7:G14")

# tally table below (formulas, no cached values since saved by openpyxl)
ws["C16"] = "集計（記入例を除く）"; ws["C16"].font = Font(bold=True)
ws["C17"] = "1回目「はい」件数"; ws["D17"] = '=COUNTIF(D7:D14,"はい")'
ws["C18"] = "1回目「いいえ」件数"; ws["D18"] = '=COUNTIF(D7:D14,"いいえ")'
ws["C19"] = "2回目「はい」件数"; ws["D19"] = '=COUNTIF(G7:G14,"はい")'
for r in (17, 18, 19):
    ws[f"C{r}"].border = box; ws[f"D{r}"].border = box

ws.freeze_panes = "D7"
wb.active = 1
wb.save(os.path.join(OUT, NAME))
print("wrote", os.path.join(OUT, NAME))

# Generator: clm-w41-b-numbered-mark-columns.xlsx
# Hospital IT person's own re-drawing of the Okayama 最低限の措置 checklist: 記入要領 sheet first,
# numbered rows with the heading as a merged 区分 column, ○ marks under はい / いいえ columns,
# 確認日 as Excel date cells, 目標日 typed as text (R6.12.27), hidden list sheet for the drop-downs.
# Planted: No.5 いいえ without 目標日; No.8 2回目 date before the 1回目 date.
import sys, os, datetime as dt
sys.path.insert(0, "/tmp/clx_py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave41/checklist-minimum"
NAME = "clm-w41-b-numbered-mark-columns"
D = dt.datetime

thin = Side(style="thin"); hair = Side(style="hair")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
cc = Alignment(horizontal="center", vertical="center", wrap_text=True)
cl = Alignment(horizontal="left", vertical="center", wrap_text=True)
hdr = PatternFill("solid", fgColor="DDEBF7")
F = "Meiryo UI"

H1 = "○パスワードを強固なものに変更し、\n使い回しをしない"
H2 = "○IoT 機器を含む情報資産の\n通信制御を確認する"
H3 = "○ネットワーク機器の脆弱性に、\nファームウェア等の更新を\n迅速に適用する"
# (no, text, first(はい/いいえ), firstDate, target(text), second, secondDate, remarks)
items = [
    (1, "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
     "はい", D(2024, 10, 15), None, None, None, None),
    (2, "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
     "いいえ", D(2024, 10, 15), "R6.12.27", "はい", D(2024, 12, 24), "部門システム管理者PWを個別化"),
    (3, "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
     "はい", D(2024, 10, 15), None, None, None, "院内ポータル掲載、\n新人研修で説明"),
    (4, "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
     "はい", D(2024, 10, 16), None, None, None, None),
    (5, "ネットワーク接続点へのアクセス制御を適切に実施している。",
     "いいえ", D(2024, 10, 16), None, None, None, "放射線部門の保守VPNは常時接続"),
    (6, "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
     "はい", D(2024, 10, 16), None, None, None, None),
    (7, "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
     "はい", D(2024, 10, 16), None, None, None, "保守契約で四半期ごとに報告あり"),
    (8, "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
     "いいえ", D(2024, 10, 16), "R6.11.29", "はい", D(2024, 10, 1), "管理コンソールで全端末の定義更新を確認"),
]
groups = [(H1, 1, 3), (H2, 4, 6), (H3, 7, 8)]

wb = Workbook()
# --- 記入要領 sheet
ins = wb.active
ins.title = "記入要領"
ins.column_dimensions["A"].width = 100
lines = [
    "【記入要領】チェックリスト（「サイバー攻撃リスク低減のための最低限の措置」編）",
    "",
    "1. 「チェックリスト」シートの各項目について、1回目の確認結果を「はい」「いいえ」のどちらかの欄に○を付けてください。",
    "2. 確認日欄には確認した日付を入力してください。（例：2024/10/1）",
    "3. 1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を目標日欄に記入してください。",
    "4. 目標日までに対応した後、2回目の確認結果と確認日を記入してください。",
    "5. 「いいえ」の項目については速やかに取り組むよう対応をお願いします。",
    "6. 立入検査時、本チェックリストを確認します。（保健所へ提出）",
    "",
    "参考：令和6年8月1日付け事務連絡「医療機関等におけるサイバーセキュリティ対策の取組みについて」別添",
    "　　　「サイバー攻撃リスク低減のための最低限の措置」",
]
for i, t in enumerate(lines, 1):
    ins.cell(i, 1, t).font = Font(name=F, bold=(i == 1), size=12 if i == 1 else 10)

# --- main sheet
ws = wb.create_sheet("チェックリスト")
widths = {"A": 5, "B": 22, "C": 58, "D": 6, "E": 6, "F": 11, "G": 11, "H": 6, "I": 6, "J": 11, "K": 28}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

def put(r, c, v, bold=False, size=10, al=cl, border=box, fill=None, fmt=None):
    cell = ws.cell(r, c, v)
    cell.font = Font(name=F, bold=bold, size=size)
    cell.alignment = al
    if border: cell.border = border
    if fill: cell.fill = fill
    if fmt: cell.number_format = fmt
    return cell

ws.merge_cells("A1:K1")
put(1, 1, "サイバーセキュリティ対策チェックリスト（最低限の措置編）　医療機関確認用", True, 14, Alignment(horizontal="left"), None)
ws.merge_cells("A2:F2")
put(2, 1, "医療機関名：社会医療法人 旭川会 岡山ひがし中央病院", True, 11, Alignment(horizontal="left"), None)
ws.merge_cells("H2:K2")
put(2, 8, "※「いいえ」の場合は目標日を必ず記入", False, 9, Alignment(horizontal="right"), None)

# header rows 4-5
for rng, txt in (("A4:A5", "No."), ("B4:B5", "区分"), ("C4:C5", "チェック項目"),
                 ("D4:F4", "1回目"), ("G4:G5", "目標日"), ("H4:J4", "2回目"), ("K4:K5", "備考")):
    ws.merge_cells(rng)
    c0 = rng.split(":")[0]
    put(ws[c0].row, ws[c0].column, txt, True, 10, cc, box, hdr)
for col, txt in zip("DEFHIJ", ("はい", "いいえ", "確認日", "はい", "いいえ", "確認日")):
    put(5, ws[col + "5"].column, txt, True, 10, cc, box, hdr)
for row in ws["A4:K5"]:
    for c in row:
        c.border = box; c.fill = hdr

r0 = 6
for (no, text, a1, d1, tgt, a2, d2, rem) in items:
    r = r0 + no - 1
    put(r, 1, no, al=cc)
    put(r, 2, None)
    put(r, 3, text)
    put(r, 4, "○" if a1 == "はい" else None, al=cc)
    put(r, 5, "○" if a1 == "いいえ" else None, al=cc)
    put(r, 6, d1, al=cc, fmt="yyyy/m/d")
    put(r, 7, tgt, al=cc)
    put(r, 8, "○" if a2 == "はい" else None, al=cc)
    put(r, 9, "○" if a2 == "いいえ" else None, al=cc)
    put(r, 10, d2, al=cc, fmt="yyyy/m/d")
    put(r, 11, rem, size=9)
    ws.row_dimensions[r].height = 45
for (h, a, b) in groups:
    ws.merge_cells(f"B{r0+a-1}:B{r0+b-1}")
    put(r0 + a - 1, 2, h, True, 9, cl)

# hidden list sheet + drop-downs
lst = wb.create_sheet("list")
lst["A1"] = "○"
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="=list!$A$1:$A$1", allow_blank=True)
ws.add_data_validation(dv)
dv.add(f"D{r0}:E{r0+7}"); dv.add(f"H{r0}:I{r0+7}")
ws.freeze_panes = "D6"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
wb.active = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))
print("saved")

# Generator: clh-w41-a-single-table-class-column.xlsx
# MHLW 令和6年度版 チェックリスト（医療機関確認用）as a prefecture office would redraw it: one sheet, one table,
# 項番 | 区分 | チェック項目 | 1回目 (回答, 確認日) | 目標日 | 2回目 (回答, 確認日) | 備考; the device class
# (サーバ / 端末PC / ネットワーク機器) as a merged 区分 column; はい/いいえ drop-downs; dates as Excel date
# cells shown in 和暦; a small 集計 table below with COUNTIF formulas (saved by openpyxl, no cached values).
import sys, os, datetime as dt
sys.path.insert(0, "/tmp/clx_py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave41/checklist-hospital"
NAME = "clh-w41-a-single-table-class-column"
D = dt.datetime
WAREKI = '[$-ja-JP-x-gannen]ggge"年"m"月"d"日";@'

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
cc = Alignment(horizontal="center", vertical="center", wrap_text=True)
cl = Alignment(horizontal="left", vertical="center", wrap_text=True)
hdr = PatternFill("solid", fgColor="E2EFDA")
sec = PatternFill("solid", fgColor="F2F2F2")
F = "游ゴシック"

d1 = D(2024, 9, 2); d1b = D(2024, 9, 4)
# kinds: ("S", heading) section row; ("R", no, cls, text, a1, date1, target, a2, date2, remarks)
rows = [
    ("R", None, "前提", "医療情報システムを導入、運用している", "はい", d1, None, None, None, None),
    ("S", "１．体制構築"),
    ("R", "1-(1)", None, "医療情報システム安全管理責任者を設置している", "はい", d1, None, None, None,
     "医療情報管理室長を任命（R6.4.1付）"),
    ("S", "２．医療情報システムの管理・運用"),
    ("R", "2-(1)", None, "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", d1, None, None, None, None),
    ("R", "2-(2)", None, "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい", d1, None, None, None,
     "電子カルテ・PACS・検体検査の3社"),
    ("R", "2-(3)", None, "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     "いいえ", d1, D(2024, 11, 29), "はい", D(2024, 11, 22), "PACS事業者分が未提出→11/22受領"),
    ("R", None, "サーバ", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", d1b, None, None, None, None),
    ("R", None, "サーバ", "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", d1b, None, None, None,
     "人事異動・退職時に医事課から連絡"),
    ("R", None, "サーバ", "アクセスログを管理している", "はい", d1b, None, None, None, None),
    ("R", None, "サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", d1b, None, None, None, None),
    ("R", None, "サーバ", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "はい", d1b, None, None, None, None),
    ("R", None, "端末PC", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", "はい", d1b, None, None, None, None),
    ("R", None, "端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している", "はい", d1b, None, None, None, None),
    ("R", None, "端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", d1b, None, None, None,
     "WSUSで月次適用"),
    ("R", None, "端末PC", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", "いいえ", d1b,
     D(2025, 2, 28), None, None, "事業者と停止可能なサービスを\n洗い出し中"),
    ("R", None, "ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", "はい", d1b, None, None, None, None),
    ("R", None, "ネットワーク機器", "接続元制限を実施している", "はい", d1b, None, None, None, None),
    ("S", "３．インシデント発生に備えた対応"),
    ("R", "3-(1)", None, "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
     "はい", d1, None, None, None, None),
    ("R", "3-(2)", None, "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     "はい", d1, None, None, None, None),
    ("R", "3-(3)", None, "サイバー攻撃を想定した事業継続計画（BCP）を策定している", "いいえ", d1, D(2025, 3, 31), None, None,
     "「BCP策定の確認表」を基に作成中"),
]

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト"
for k, v in {"A": 8, "B": 14, "C": 56, "D": 8, "E": 17, "F": 17, "G": 8, "H": 17, "I": 30}.items():
    ws.column_dimensions[k].width = v

def put(r, c, v, bold=False, size=10, al=cl, border=box, fill=None, fmt=None):
    cell = ws.cell(r, c, v)
    cell.font = Font(name=F, bold=bold, size=size)
    cell.alignment = al
    if border: cell.border = border
    if fill: cell.fill = fill
    if fmt: cell.number_format = fmt
    return cell

ws.merge_cells("A1:I1")
put(1, 1, "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）", True, 14, Alignment(horizontal="center"), None)
ws.merge_cells("A2:I2")
put(2, 1, "医療機関確認用", True, 12, Alignment(horizontal="center"), None)
put(4, 1, "医療機関名", True, 11, cc, box, hdr)
ws.merge_cells("A4:B4"); ws.merge_cells("C4:E4")
put(4, 3, "社会医療法人 仁和会 さくら台総合病院", False, 11, cl, box)
for c in (2, 4, 5):
    ws.cell(4, c).border = box
ws.merge_cells("F4:I4")
put(4, 6, "※ 1回目で「いいえ」の項目は目標日を記入し、対応後に2回目を記入してください。", False, 9, cl, None)

ws.merge_cells("F5:I5")
put(5, 6, "※ 前提が「いいえ」の場合、以下の項目の記入は不要です。", False, 9, cl, None)

# header rows 6-7
for rng, txt in (("A6:A7", "項番"), ("B6:B7", "区分"), ("C6:C7", "チェック項目"), ("D6:E6", "1回目"),
                 ("F6:F7", "目標日"), ("G6:H6", "2回目"), ("I6:I7", "備考")):
    ws.merge_cells(rng)
    c0 = ws[rng.split(":")[0]]
    put(c0.row, c0.column, txt, True, 10, cc, box, hdr)
for col, txt in zip("DEGH", ("回答", "確認日", "回答", "確認日")):
    put(7, ws[col + "7"].column, txt, True, 10, cc, box, hdr)
for row in ws["A6:I7"]:
    for c in row:
        c.border = box; c.fill = hdr

r = 8
first_data = r
cls_span = {}
for row in rows:
    if row[0] == "S":
        ws.merge_cells(f"A{r}:I{r}")
        put(r, 1, row[1], True, 10.5, cl, box, sec)
        for c in range(2, 10):
            ws.cell(r, c).border = box; ws.cell(r, c).fill = sec
    else:
        _, no, cls, text, a1, dd1, tgt, a2, dd2, rem = row
        put(r, 1, no, al=cc)
        put(r, 2, cls, al=cc)
        put(r, 3, text)
        put(r, 4, a1, al=cc)
        put(r, 5, dd1, al=cc, fmt=WAREKI)
        put(r, 6, tgt, al=cc, fmt=WAREKI)
        put(r, 7, a2, al=cc)
        put(r, 8, dd2, al=cc, fmt=WAREKI)
        put(r, 9, rem, size=9)
        ws.row_dimensions[r].height = 32
        if cls in ("サーバ", "端末PC", "ネットワーク機器"):
            cls_span.setdefault(cls, [r, r])[1] = r
    r += 1
last_data = r - 1
for cls, (a, b) in cls_span.items():
    ws.merge_cells(f"B{a}:B{b}")

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
dv.add(f"D{first_data}:D{last_data}"); dv.add(f"G{first_data}:G{last_data}")

# second table: 集計 (formulas, no cached values)
r += 1
put(r, 3, "集計（自動計算）", True, 10, cl, None)
r += 1
for lbl, col, val in (("1回目「はい」", "D", "はい"), ("1回目「いいえ」", "D", "いいえ"), ("2回目「はい」", "G", "はい")):
    put(r, 3, lbl, False, 10, cl, box)
    put(r, 4, f'=COUNTIF({col}{first_data}:{col}{last_data},"{val}")', al=cc)
    r += 1

ws.freeze_panes = "D8"
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True
wb.save(os.path.join(OUT, NAME + ".xlsx"))
print("saved")

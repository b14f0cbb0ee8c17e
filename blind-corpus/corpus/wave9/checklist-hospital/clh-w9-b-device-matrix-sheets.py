#!/usr/bin/python3
# Generator for clh-w9-b-device-matrix-sheets.xlsx (checklist-hospital, MHLW 令和6年度版 医療機関確認用)
# A hospital secretariat's version: 記入要領 sheet + one sheet per section; answers as ○/× (legend ○=はい ×=いいえ
# －=対象外); dates typed as text in 和暦 (R6.11.5 on sheets 1–2, 令和6年11月19日 on sheet 3); the device items
# as a matrix (rows = item, column groups = サーバ / 端末PC / ネットワーク機器) below a normal table on the same
# sheet; a COUNTIF cell; re-saved by LibreOffice (cached formula results). No planted problem.
import os, subprocess
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave9/checklist-hospital"
NAME = "clh-w9-b-device-matrix-sheets.xlsx"
TMP = "/tmp/clmwork"
os.makedirs(TMP, exist_ok=True)

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
cen = Alignment(horizontal="center", vertical="center", wrap_text=True)
lef = Alignment(horizontal="left", vertical="center", wrap_text=True)
hfill = PatternFill("solid", fgColor="D9E1F2")
na_fill = PatternFill("solid", fgColor="BFBFBF")
FACILITY = "医療法人和光会 さくら川病院"
LEGEND = "回答欄：○＝はい　×＝いいえ　－＝対象外（記入不要）／日付は和暦で記入（例：R6.10.1）"

wb = Workbook()
g = wb.active
g.title = "記入要領"
g.column_dimensions["A"].width = 110
for i, t in enumerate([
    "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）令和6年度版　院内記入用",
    "",
    "・シート「1 前提・体制」「2 管理・運用」「3 インシデント対応」の順に記入してください。",
    "・前提が「×（いいえ）」の場合、以降の記入は不要です。",
    "・回答欄には ○（はい）または ×（いいえ）を記入し、確認日を和暦で記入してください。",
    "・1回目が × の項目は、目標日（令和7年3月31日まで）を記入し、対応後に2回目を記入してください。",
    "・「2 管理・運用」下段の表は、サーバ／端末PC／ネットワーク機器ごとに記入します。網掛け（－）は対象外です。",
    "・完成後、事務部（情報管理担当）へ提出してください。立入検査時に確認されます。",
], 1):
    g.cell(i, 1, t)
g["A1"].font = Font(bold=True, size=12)

def std_table(ws, top, rows):
    """No. | チェック項目 | 1回目 | 確認日 | 目標日 | 2回目 | 確認日 | 備考 ; rows may contain ('H', heading)"""
    heads = ["No.", "チェック項目", "1回目", "確認日", "目標日", "2回目", "確認日", "備考"]
    for i, h in enumerate(heads, 2):
        c = ws.cell(top, i, h); c.border = box; c.alignment = cen; c.fill = hfill; c.font = Font(bold=True)
    r = top + 1
    for row in rows:
        if row[0] == "H":
            ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=9)
            ws.cell(r, 2, row[1]).font = Font(bold=True)
            r += 1
            continue
        for i, v in enumerate(row, 2):
            c = ws.cell(r, i, v)
            c.border = box
            c.alignment = lef if i in (3, 9) else cen
        ws.row_dimensions[r].height = 36
        r += 1
    return r

def widths(ws, spec):
    for k, v in spec.items():
        ws.column_dimensions[k].width = v

# ---- sheet 1
s1 = wb.create_sheet("1 前提・体制")
widths(s1, {"A": 2, "B": 7, "C": 50, "D": 7, "E": 11, "F": 11, "G": 7, "H": 11, "I": 26})
s1["B1"] = "サイバーセキュリティ対策チェックリスト（医療機関確認用）"
s1["B1"].font = Font(bold=True, size=12)
s1["B3"] = "医療機関名"; s1["B3"].font = Font(bold=True)
s1.merge_cells("C3:F3"); s1["C3"] = FACILITY
for cc in range(2, 7):
    s1.cell(3, cc).border = box
s1["B4"] = LEGEND; s1["B4"].font = Font(size=9)
std_table(s1, 6, [
    ("H", "■前提"),
    (None, "医療情報システムを導入、運用している", "○", "R6.11.5", None, None, None, None),
    ("H", "■1　体制構築"),
    ("1-(1)", "医療情報システム安全管理責任者を設置している", "○", "R6.11.5", None, None, None, "事務長が兼務"),
])

# ---- sheet 2
s2 = wb.create_sheet("2 管理・運用")
widths(s2, {"A": 2, "B": 7, "C": 44})
for col in "DEFGHIJKLMNOPQR":
    s2.column_dimensions[col].width = 9
s2.column_dimensions["I"].width = 26
s2["B1"] = "2　医療情報システムの管理・運用"
s2["B1"].font = Font(bold=True, size=12)
s2["B2"] = LEGEND; s2["B2"].font = Font(size=9)
nxt = std_table(s2, 4, [
    ("H", "（医療情報システム全般）"),
    ("2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "○", "R6.11.5", None, None, None, None),
    ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "○", "R6.11.12", None, None, None,
     "保守契約4社に確認（うちリモート保守あり2社）"),
    ("2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     "×", "R6.11.12", "R7.2.28", "○", "R7.2.21", "レセコン事業者のSDS待ち\n→2/21受領"),
])

# matrix below
m0 = nxt + 2
s2.cell(m0, 2, "（サーバ・端末PC・ネットワーク機器）").font = Font(bold=True)
h1, h2 = m0 + 1, m0 + 2
s2.merge_cells(start_row=h1, start_column=2, end_row=h2, end_column=2); s2.cell(h1, 2, "No.")
s2.merge_cells(start_row=h1, start_column=3, end_row=h2, end_column=3); s2.cell(h1, 3, "チェック項目")
groups = ["サーバ", "端末PC", "ネットワーク機器"]
sub = ["1回目", "確認日", "目標日", "2回目", "確認日"]
for gi, gname in enumerate(groups):
    c0 = 4 + gi * 5
    s2.merge_cells(start_row=h1, start_column=c0, end_row=h1, end_column=c0 + 4)
    s2.cell(h1, c0, gname)
    for si, sname in enumerate(sub):
        s2.cell(h2, c0 + si, sname)
for rr in (h1, h2):
    for cc in range(2, 19):
        c = s2.cell(rr, cc); c.border = box; c.alignment = cen; c.fill = hfill; c.font = Font(bold=True)
NA = "NA"
ok = ("○", "R6.11.5", None, None, None)
okn = ("○", "R6.11.12", None, None, None)
matrix = [
    ("2-(4)", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", ok, ok, NA),
    ("2-(5)", "退職者や使用していないアカウント等、不要なアカウントを削除している", ok, ok, NA),
    ("2-(6)", "アクセスログを管理している", ("×", "R6.11.5", "R7.1.31", "○", "R7.1.30"), NA, NA),
    ("2-(7)", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", ok, ok, okn),
    ("2-(8)", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", ok,
     ("×", "R6.11.5", "R6.12.27", "○", "R6.12.26"), NA),
    ("2-(9)", "接続元制限を実施している", NA, NA, okn),
]
r = h2 + 1
first_r = r
for no, text, *cells in matrix:
    s2.cell(r, 2, no); s2.cell(r, 3, text)
    for gi, val in enumerate(cells):
        c0 = 4 + gi * 5
        for si in range(5):
            c = s2.cell(r, c0 + si)
            if val == NA:
                c.value = "－" if si == 0 else None
                c.fill = na_fill
            else:
                c.value = val[si]
    for cc in range(2, 19):
        c = s2.cell(r, cc); c.border = box; c.alignment = lef if cc == 3 else cen
    s2.row_dimensions[r].height = 36
    r += 1
last_r = r - 1
s2.cell(r + 1, 3, "1回目「×」の件数（全表）").alignment = Alignment(horizontal="right")
s2.cell(r + 1, 4, f'=COUNTIF(D5:D8,"×")+COUNTIF(D{first_r}:D{last_r},"×")+COUNTIF(I{first_r}:I{last_r},"×")+COUNTIF(N{first_r}:N{last_r},"×")')
s2.page_setup.orientation = "landscape"
s2.sheet_properties.pageSetUpPr.fitToPage = True
s2.page_setup.fitToHeight = 0

# ---- sheet 3
s3 = wb.create_sheet("3 インシデント対応")
widths(s3, {"A": 2, "B": 7, "C": 50, "D": 7, "E": 17, "F": 17, "G": 7, "H": 17, "I": 28})
s3["B1"] = "3　インシデント発生に備えた対応"
s3["B1"].font = Font(bold=True, size=12)
s3["B2"] = LEGEND; s3["B2"].font = Font(size=9)
std_table(s3, 4, [
    ("3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
     "○", "令和6年11月19日", None, None, None, None),
    ("3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     "○", "令和6年11月19日", None, None, None, None),
    ("3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
     "×", "令和6年11月19日", "令和7年3月31日", None, None, "「BCP策定の確認表」で作成中"),
])

wb.active = 1
tmp = os.path.join(TMP, NAME)
wb.save(tmp)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, tmp], check=True)
print("saved", os.path.join(OUT, NAME))

# Generator: clm-w31-b-mark-columns-category-merged.xlsx
# Prefecture-office "input-friendly" redraw: 記入要領 sheet, label-above 医療機関名, 区分 column merged vertically,
# はい/いいえ as separate mark columns (○), dates as Excel date cells shown in 和暦, a labelled 記入例 row,
# then re-saved by LibreOffice. Two planted mistakes.
import sys, json, os, subprocess, shutil, tempfile, datetime as dt
sys.path.insert(0, "/tmp/clmh-py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clm-w31-b-mark-columns-category-merged"
D = dt.datetime

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
hdr = PatternFill("solid", fgColor="DDEBF7")
ex = PatternFill("solid", fgColor="FFF2CC")
WAREKI = '[$-411]ggge"年"m"月"d"日"'

wb = Workbook()
g = wb.active
g.title = "記入要領"
g.column_dimensions["A"].width = 100
guide = [
    "【記入要領】サイバーセキュリティ対策チェックリスト「サイバー攻撃リスク低減のための最低限の措置」編",
    "",
    "1　「チェックリスト」シートの医療機関名欄に、医療機関の正式名称を記入してください。",
    "2　各項目について確認を行い、1回目の「はい」「いいえ」いずれかの欄に「○」を記入し、確認日を記入してください。",
    "3　1回目の確認で「いいえ」の場合、実施可能な直近の対応目標日を記入してください。",
    "4　目標日までに対応が完了したら、2回目の確認結果（○）と確認日を記入してください。",
    "5　日付は「2024/10/1」のように入力すると和暦で表示されます。",
    "6　黄色の「記入例」行は記入しないでください（削除不要）。",
    "7　立入検査時、本チェックリストを確認します。「いいえ」の項目については速やかに取り組んでください。",
    "",
    "問い合わせ先　岡山県保健医療部医療推進課医事班　TEL 086-226-7403（直通）",
]
for i, t in enumerate(guide, 1):
    g.cell(i, 1, t).alignment = Alignment(wrap_text=True)
g["A1"].font = Font(bold=True, size=12)

ws = wb.create_sheet("チェックリスト")
widths = {"A": 5, "B": 20, "C": 52, "D": 6, "E": 6, "F": 16, "G": 16, "H": 6, "I": 6, "J": 16, "K": 28}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（「サイバー攻撃リスク低減のための最低限の措置」編）　医療機関確認用"
ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "医療機関名"
ws["A3"].font = Font(bold=True)
ws.merge_cells("A4:E4")
ws["A4"] = "医療法人晴嵐会　備前みなと病院"
for c in ("A4", "B4", "C4", "D4", "E4"):
    ws[c].border = Border(bottom=Side(style="medium"))
ws["A4"].font = Font(size=12)

# header rows 6-7
H = 6
merges = [("A6:A7", "No."), ("B6:B7", "区分"), ("C6:C7", "チェック項目"), ("D6:F6", "1回目"), ("G6:G7", "目標日"),
          ("H6:J6", "2回目"), ("K6:K7", "備考")]
for rng, t in merges:
    ws.merge_cells(rng)
    ws[rng.split(":")[0]] = t
for col, t in zip("DEFHIJ", ["はい", "いいえ", "確認日", "はい", "いいえ", "確認日"]):
    ws[f"{col}7"] = t
for rr in (6, 7):
    for cc in range(1, 12):
        c = ws.cell(rr, cc)
        c.border = box
        c.alignment = center
        c.fill = hdr
        c.font = Font(bold=True)

# 記入例 row 8
ex_row = ["記入例", "（例）", "（例）〇〇〇〇を行っている。", None, "○", D(2024, 10, 1), D(2024, 11, 30), "○", None,
          D(2024, 11, 20), "（例）事業者と調整中"]
for cc, v in enumerate(ex_row, 1):
    c = ws.cell(8, cc, v)
    c.fill = ex
    c.border = box
    c.alignment = center if cc != 3 and cc != 11 else wrap
    if isinstance(v, D):
        c.number_format = WAREKI
    c.font = Font(color="7F7F7F", italic=True)

S1 = "パスワードを強固なものに変更し、使い回しをしない"
S2 = "IoT 機器を含む情報資産の通信制御を確認する"
S3 = "ネットワーク機器の脆弱性に、ファームウェア等の更新を迅速に適用する"
I = [
    "システム運用担当者は、VPN装置等のID・パスワードについて、強固なID・パスワード設定を行っている。",
    "複数の機器や外部サービス等で、同一のパスワードを設定していない。",
    "利用者認証に使用するパスワードについて、類推されやすいパスワードを使用しないよう、すべての利用者に対し周知を徹底している。",
    "関係事業者と協力してすべてのネットワーク接続点を確認（閉域網と認識されているネットワークにおける接続点の有無の確認を含む）している。",
    "ネットワーク接続点へのアクセス制御を適切に実施している。",
    "各種システムや通信制御を行っている機器のログを記録・保存し、定期的にその内容をチェックして不正利用がないことを確認している。",
    "すべてのネットワーク機器のバージョンアップやパッチ適用、ファームウェアアップデートを適切な頻度で行っているか、事業者と連携して確認している。",
    "セキュリティ対策ソフトの稼働状況（最新の定義ファイルが適用されるようになっているか等）について確認している。",
]
SEC = [S1, S1, S1, S2, S2, S2, S3, S3]
# (first, firstDate, target, second, secondDate, remarks)
data = [
    ("はい", D(2024, 11, 12), None, None, None, "VPN装置は保守業者管理。初期PWから変更済を確認"),
    ("いいえ", D(2024, 11, 12), D(2024, 12, 27), "はい", D(2024, 11, 5), "医事課共用PCのPWが部門システムと同一→変更"),   # PLANT: 2回目 date before 1回目
    ("はい", D(2024, 11, 12), None, None, None, None),
    ("はい", D(2024, 11, 13), None, None, None, "ネットワーク構成図で確認（ベンダー立会い）"),
    ("はい", D(2024, 11, 13), None, None, None, None),
    ("いいえ", D(2024, 11, 13), None, None, None, "ログ保存はしているが定期チェックは未実施"),   # PLANT: 目標日 missing
    ("はい", D(2024, 11, 13), None, "はい", D(2025, 2, 10), "2/10 ルータFW更新を再確認"),
    ("はい", D(2024, 11, 12), None, None, None, None),
]
r0 = 9
for i, (item, sec, d) in enumerate(zip(I, SEC, data)):
    r = r0 + i
    first, fd, tgt, second, sd, rem = d
    ws.cell(r, 1, i + 1)
    ws.cell(r, 3, item)
    ws.cell(r, 4 if first == "はい" else 5, "○")
    ws.cell(r, 6, fd)
    if tgt:
        ws.cell(r, 7, tgt)
    if second:
        ws.cell(r, 8 if second == "はい" else 9, "○")
        ws.cell(r, 10, sd)
    if rem:
        ws.cell(r, 11, rem)
    for cc in range(1, 12):
        c = ws.cell(r, cc)
        c.border = box
        c.alignment = wrap if cc in (3, 11) else center
        if cc in (6, 7, 10):
            c.number_format = WAREKI
    ws.row_dimensions[r].height = 45
# 区分 merged vertically
for rng, s in (("B9:B11", S1), ("B12:B14", S2), ("B15:B16", S3)):
    ws.merge_cells(rng)
    ws[rng.split(":")[0]] = s
    ws[rng.split(":")[0]].alignment = wrap

dv = DataValidation(type="list", formula1='"○"', allow_blank=True)
ws.add_data_validation(dv)
dv.add("D9:E16")
dv.add("H9:I16")
ws.freeze_panes = "D8"
ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0
wb.active = 1

tmpd = tempfile.mkdtemp()
raw = os.path.join(tmpd, NAME + ".xlsx")
wb.save(raw)
outd = os.path.join(tmpd, "lo")
os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmpd)

def iso(x):
    return x.strftime("%Y-%m-%d") if x else None
entries = []
for item, sec, d in zip(I, SEC, data):
    first, fd, tgt, second, sd, rem = d
    e = {"section": sec, "item": item, "itemNo": None, "firstAnswer": first, "firstDate": iso(fd)}
    if tgt: e["targetDate"] = iso(tgt)
    if second:
        e["secondAnswer"] = second
        e["secondDate"] = iso(sd)
    if rem: e["remarks"] = rem
    entries.append(e)
for n, e in enumerate(entries, 1):
    e["itemNo"] = str(n)
exp = {
    "form": "checklist-minimum",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": "医療法人晴嵐会　備前みなと病院", "entries": entries},
    "planted": [
        {"cells": ["チェックリスト!J10", "チェックリスト!F10"], "paths": ["entries[1].secondDate"],
         "why": "2回目の確認日 (2024-11-05) が1回目の確認日 (2024-11-12) より前"},
        {"cells": ["チェックリスト!G14"], "paths": ["entries[5].targetDate"],
         "why": "1回目が「いいえ」なのに目標日が未記入（「いいえ」の場合は対応目標日を記入）"},
    ],
    "notes": ("Row 8 is a correctly labelled 記入例 row (yellow) and is not data. Answers are ○ marks in separate はい / いいえ "
              "columns. Dates are Excel date cells displayed in 和暦 (令和6年11月12日). 区分 (section) is merged vertically over "
              "its items; section = heading text without 〇. itemNo = the No. column (1–8). The workbook was re-saved by "
              "LibreOffice. 医療機関名 is a label-above value (A4, with a full-width space)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)

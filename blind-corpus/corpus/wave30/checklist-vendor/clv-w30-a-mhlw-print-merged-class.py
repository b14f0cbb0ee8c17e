# Generator: clv-w30-a-mhlw-print-merged-class.xlsx  (checklist-vendor, R6, no planted problem)
# Run: PYTHONPATH=/tmp/clvins_py /usr/bin/python3 THIS.py
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clv-w30-a-mhlw-print-merged-class"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
gray = PatternFill("solid", fgColor="D9D9D9")
F = "ＭＳ Ｐゴシック"

wb = Workbook()
# ---- instructions sheet (記入要領)
ins = wb.active; ins.title = "記入要領"
lines = [
 "医療機関におけるサイバーセキュリティ対策チェックリスト（事業者確認用）記入要領",
 "",
 "１．医療機関ごと、システムごとに１枚作成してください。",
 "２．「1回目」欄は「はい・いいえ」のうち該当しない方を消し、確認した日付を（　/　）に記入してください。",
 "３．1回目で「いいえ」の項目は、対応目標日を記入してください（令和7年3月31日まで）。",
 "４．目標日以降に再確認し、「2回目」欄に結果と日付を記入してください。",
 "５．記入後、提出先医療機関へ提出してください（医療機関の立入検査時に確認されます）。",
]
for i, t in enumerate(lines, 1):
    ins.cell(row=i, column=1, value=t).font = Font(name=F, size=11, bold=(i == 1))
ins.column_dimensions["A"].width = 100

ws = wb.create_sheet("チェックリスト")
wb.active = 1
widths = {"A": 2, "B": 12, "C": 7, "D": 11, "E": 52, "F": 9, "G": 9, "H": 9, "I": 9, "J": 9, "K": 26}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("B1:K1")
ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
ws["B1"].font = Font(name=F, size=14, bold=True); ws["B1"].alignment = center
ws.merge_cells("B2:K2")
ws["B2"] = "事業者確認用"
ws["B2"].font = Font(name=F, size=12, bold=True); ws["B2"].alignment = center

header = {}
hdr_rows = [("提出先医療機関名", "医療法人 清和会 吉備の里病院", 4),
            ("事業者名", "株式会社山陽メディカルシステム", 5),
            ("対象システム", "電子カルテシステム（MC-Chart Ver.5）", 6)]
for label, val, r in hdr_rows:
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=4)
    ws.cell(row=r, column=2, value=label).font = Font(name=F, bold=True)
    ws.cell(row=r, column=2).fill = gray
    ws.merge_cells(start_row=r, start_column=5, end_row=r, end_column=7)
    ws.cell(row=r, column=5, value=val).font = Font(name=F)
    for c in range(2, 8):
        ws.cell(row=r, column=c).border = box
header = {"hospitalName": "医療法人 清和会 吉備の里病院",
          "vendorName": "株式会社山陽メディカルシステム",
          "targetSystem": "電子カルテシステム（MC-Chart Ver.5）"}
ws["I4"] = "記入者"; ws["J4"] = "システム部 岡田 誠"; ws.merge_cells("J4:K4")
ws["I5"] = "連絡先"; ws["J5"] = "086-201-5533"; ws.merge_cells("J5:K5")
for c in ("I4", "I5"):
    ws[c].fill = gray; ws[c].font = Font(name=F, bold=True)

ws["B8"] = "※「はい・いいえ」は該当しない方を削除。日付は（月/日）で記入。"
ws["B8"].font = Font(name=F, size=9)

# two-row table header
r1, r2 = 9, 10
def hcell(rng, text):
    ws.merge_cells(rng)
    c = ws[rng.split(":")[0]]
    c.value = text; c.alignment = center; c.fill = gray; c.font = Font(name=F, bold=True, size=10)
hcell("B9:B10", "大項目"); hcell("C9:C10", "項番"); hcell("D9:D10", "区分")
hcell("E9:E10", "チェック項目"); hcell("F9:H9", "確認結果（日付）"); hcell("I9:J9", "2回目")
hcell("K9:K10", "備考")
for col, t in (("F", "1回目"), ("G", "日付"), ("H", "目標日"), ("I", "結果"), ("J", "日付")):
    c = ws[f"{col}10"]; c.value = t; c.alignment = center; c.fill = gray; c.font = Font(name=F, bold=True, size=10)
for r in (9, 10):
    for c in range(2, 12):
        ws.cell(row=r, column=c).border = box

S1, S2, S3 = "体制構築", "医療情報システムの管理・運用", "インシデントに備えた対応"
# (bigSection label, itemNo, device class, item text (full), shown text, first, fdate, target, second, sdate, remarks)
Y = "はい"; N = "いいえ"
rows = [
 ("1\n体制構築", "1-(1)", None, "事業者内に、医療情報システム等の提供に係る管理責任者を設置している", None, Y, "10/15", None, None, None, None),
 ("2\n医療情報システムの管理・運用", "2-(1)", None, "医療機関に提供しているサーバ、端末PC、ネットワーク機器の台帳管理を行っている", None, Y, "10/15", None, None, None, None),
 (None, "2-(2)", None, "リモートメンテナンス（保守）を行っている機器の有無を確認し、医療機関に報告した", None, Y, "10/15", None, None, None, "VPN経由のリモート保守あり（サーバ2台）"),
 (None, "2-(3)", None, "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した", None, N, "10/15", "11/29", Y, "11/27", "SDS提出済"),
 (None, None, "サーバ", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", None, Y, "10/15", None, None, None, None),
 (None, None, "サーバ", "退職者や使用していないアカウント等、不要なアカウントを削除している", None, Y, "10/15", None, None, None, None),
 (None, None, "サーバ", "アクセスログを管理している", None, Y, "10/15", None, None, None, None),
 (None, None, "サーバ", "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している", None, N, "10/15", "12/20", Y, "12/18", "保守用アカウントのPW変更"),
 (None, None, "サーバ", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", None, Y, "10/16", None, None, None, None),
 (None, None, "サーバ", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", None, Y, "10/16", None, None, None, None),
 (None, None, "端末PC", "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している", None, Y, "10/16", None, None, None, None),
 (None, None, "端末PC", "退職者や使用していないアカウント等、不要なアカウントを削除している", None, Y, "10/16", None, None, None, None),
 (None, None, "端末PC", "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している", None, Y, "10/16", None, None, None, None),
 (None, None, "端末PC", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", None, Y, "10/16", None, None, None, "WSUSにて月次適用"),
 (None, None, "端末PC", "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している", None, Y, "10/16", None, None, None, None),
 (None, None, "ネットワーク機器", "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している", None, Y, "10/16", None, None, None, None),
 (None, None, "ネットワーク機器", "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している", None, Y, "10/16", None, None, None, None),
 (None, None, "ネットワーク機器", "接続元制限を実施している", None, N, "10/16", "2/28", None, None, "UTMの設定変更を\n病院情報システム室と調整中"),
 ("3\nインシデントに備えた対応", "3-(1)", None, "インシデント発生時における医療機関及び事業者内の連絡体制図がある", None, Y, "10/16", None, None, None, None),
 (None, "3-(2)", None, "医療機関が診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を、医療機関と確認している", None, Y, "10/16", None, None, None, None),
]

def iso(md):
    m, d = (int(x) for x in md.split("/"))
    y = 2025 if m <= 3 else 2024
    return f"{y:04d}-{m:02d}-{d:02d}"

entries = []
start = 11
big_start = {}
cur_big = None
for i, (big, no, dev, item, shown, fa, fd, td, sa, sd, rem) in enumerate(rows):
    r = start + i
    if big:
        cur_big = big
        big_start[big] = [r, r]
    else:
        big_start[cur_big][1] = r
    ws.cell(row=r, column=3, value=no)
    ws.cell(row=r, column=4, value=dev)
    ws.cell(row=r, column=5, value=shown or item)
    ws.cell(row=r, column=6, value=fa)            # the other option deleted
    ws.cell(row=r, column=7, value=f"({fd})")
    ws.cell(row=r, column=8, value=f"({td})" if td else "(　/　)")
    ws.cell(row=r, column=9, value=sa if sa else "はい・いいえ")
    ws.cell(row=r, column=10, value=f"({sd})" if sd else "(　/　)")
    ws.cell(row=r, column=11, value=rem)
    for c in range(2, 12):
        cell = ws.cell(row=r, column=c); cell.border = box
        cell.font = Font(name=F, size=10)
        cell.alignment = wrap if c in (5, 11) else center
    ws.row_dimensions[r].height = 30
    bigname = cur_big.split("\n", 1)[1]
    sec = dev if dev else bigname
    e = {"section": sec, "item": item}
    if no: e["itemNo"] = no
    e["firstAnswer"] = fa; e["firstDate"] = iso(fd)
    if td: e["targetDate"] = iso(td)
    if sa: e["secondAnswer"] = sa; e["secondDate"] = iso(sd)
    if rem: e["remarks"] = rem
    entries.append(e)

for big, (a, b) in big_start.items():
    if b > a:
        ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    c = ws.cell(row=a, column=2, value=big); c.alignment = center; c.font = Font(name=F, size=10, bold=True)
# merge device class cells
r = start
while r < start + len(rows):
    dev = ws.cell(row=r, column=4).value
    if dev:
        e = r
        while e + 1 < start + len(rows) and ws.cell(row=e + 1, column=4).value == dev:
            e += 1
        for rr in range(r + 1, e + 1):
            ws.cell(row=rr, column=4).value = None
        if e > r:
            ws.merge_cells(start_row=r, start_column=4, end_row=e, end_column=4)
        r = e + 1
    else:
        r += 1

last = start + len(rows) - 1
ws.print_area = f"B1:K{last}"
ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
ws.print_title_rows = "9:10"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {"form": "checklist-vendor", "version": "R6", "file": NAME + ".xlsx",
       "values": dict(header, entries=entries), "planted": [],
       "notes": "MHLW-style print layout. 1回目 answers written by deleting the other option of 'はい・いいえ'; "
                "dates written as year-less text '(10/15)' (Oct-Dec = 2024, Jan-Mar = 2025). Unanswered 2回目 cells still "
                "show the printed 'はい・いいえ' / '(　/　)' placeholders and are blank answers. 大項目 merged vertically "
                "(section = 大項目 name for numbered items, device class for the サーバ/端末PC/ネットワーク機器 rows, "
                "which carry no item number). Vendor item wording is the vendor-side parallel of the catalogue's items. "
                "記入者/連絡先 cells (I4:K5) are extra header info with no key. Sheet 記入要領 is instructions only."}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)

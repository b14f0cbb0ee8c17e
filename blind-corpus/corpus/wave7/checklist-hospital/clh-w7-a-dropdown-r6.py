#!/usr/bin/python3
# Generator for clh-w7-a-dropdown-r6.xlsx  (checklist-hospital, R6, clean)
# Nagano-style office sheet: one table, 区分 column with merged cells per group, No. shown only for the
# numbered items, はい/いいえ from a drop-down, Excel date cells, a labelled 記入例 row above the data,
# a COUNTIF total saved by openpyxl without a cached value, and a 記入要領 sheet.
import datetime as dt, json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w7-a-dropdown-r6"
D = dt.date

PRE = "医療情報システムを導入、運用している"
H11 = "医療情報システム安全管理責任者を設置している"
H21 = "サーバ、端末PC、ネットワーク機器の台帳管理を行っている"
H22 = "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した"
H23 = "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう"
AUTH = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACCT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PW = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
BG = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"
H31 = "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある"
H32 = "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している"
H33 = "サイバー攻撃を想定した事業継続計画（BCP）を策定している"

J10 = D(2024, 7, 10)
J12 = D(2024, 7, 12)
# (section, no, full item, text shown, first, firstDate, target, second, secondDate, remarks)
ROWS = [
    ("前提", None, PRE, PRE, "はい", J10, None, None, None, None),
    ("体制構築", "1-(1)", H11, H11, "はい", J10, None, None, None, "情報システム室長を任命（R6.4）"),
    ("医療情報システム全般", "2-(1)", H21, H21, "はい", J10, None, None, None, None),
    ("医療情報システム全般", "2-(2)", H22, "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい", J10, None, None, None,
     "電子カルテ・PACS・検体検査の3社に確認"),
    ("医療情報システム全般", "2-(3)", H23, "事業者から製造業者／サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     "いいえ", J10, D(2024, 9, 30), "はい", D(2024, 9, 20), "全6社から受領"),
    ("サーバ", None, AUTH, AUTH, "はい", J12, None, None, None, None),
    ("サーバ", None, ACCT, ACCT, "はい ", J12, None, None, None, None),
    ("サーバ", None, LOG, LOG, "いいえ", J12, D(2024, 12, 27), "はい", D(2024, 11, 28), "ログ保管サーバ導入"),
    ("サーバ", None, PW, PW, "いいえ", J12, D(2024, 10, 31), "はい", D(2024, 10, 25), None),
    ("サーバ", None, PATCH, PATCH, "はい", J12, None, None, None, None),
    ("サーバ", None, BG, "バックグラウンドで動作している不要なソフトウェア・サービスを停止している", "はい", J12, None, None, None, None),
    ("端末PC", None, AUTH, AUTH, "はい", J12, None, None, None, None),
    ("端末PC", None, ACCT, ACCT, "はい", J12, None, None, None, None),
    ("端末PC", None, PW, PW, "はい", J12, None, None, None, None),
    ("端末PC", None, PATCH, PATCH, "はい", J12, None, None, None, "WSUSで配信"),
    ("端末PC", None, BG, "バックグラウンドで動作している不要なソフトウェア・サービスを停止している", "いいえ", J12, D(2025, 3, 31),
     None, None, "端末更新（R7.2予定）に合わせて対応"),
    ("ネットワーク機器", None, PATCH, PATCH, "はい", J12, None, None, None, None),
    ("ネットワーク機器", None, SRC, SRC, "はい", J12, None, None, None, None),
    ("インシデント発生に備えた対応", "3-(1)", H31, H31, "はい", J10, None, None, None, None),
    ("インシデント発生に備えた対応", "3-(2)", H32, H32, "はい", J10, None, None, None, None),
    ("インシデント発生に備えた対応", "3-(3)", H33, H33, "いいえ", J10, D(2025, 3, 31), "いいえ", D(2024, 11, 28),
     "BCP策定中（確認表で進捗管理）"),
]
FACILITY = "社会医療法人 安曇野会 あずみ野中央病院"

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト"
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
hfill = PatternFill("solid", fgColor="FFF2CC")
exfill = PatternFill("solid", fgColor="E7E6E6")

ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
ws["A1"].font = Font(size=14, bold=True)
ws["H1"] = "医療機関確認用"
ws["H1"].font = Font(bold=True)
ws["A3"] = "医療機関名"
ws["A3"].font = Font(bold=True)
ws["A3"].border = box
ws["B3"] = FACILITY
ws.merge_cells("B3:E3")
for c in "BCDE":
    ws[c + "3"].border = box
ws["A4"] = "※ 前提が「いいえ」の場合、以下の項目の記入は不要です。1回目が「いいえ」の項目は目標日を必ず記入してください。"
ws["A4"].font = Font(size=9, color="C00000")

HR = 6
heads = ["区分", "No.", "チェック項目", "1回目", "1回目 確認日", "目標日", "2回目", "2回目 確認日", "備考"]
for i, h in enumerate(heads, 1):
    c = ws.cell(HR, i, h)
    c.font = Font(bold=True)
    c.fill = hfill
    c.border = box
    c.alignment = center
for k, v in dict(A=14, B=7, C=60, D=9, E=13, F=13, G=9, H=13, I=32).items():
    ws.column_dimensions[k].width = v

# 記入例 row (correctly labelled, must be ignored)
ER = HR + 1
ex = ["記入例", "", "（例）医療情報システム安全管理責任者を設置している", "いいえ", D(2024, 6, 3), D(2024, 8, 30),
      "はい", D(2024, 8, 20), "（例）8月の運営会議で選任"]
for i, v in enumerate(ex, 1):
    c = ws.cell(ER, i, v)
    c.fill = exfill
    c.border = box
    c.font = Font(italic=True, color="595959")
    c.alignment = wrap if i in (3, 9) else center
    if i in (5, 6, 8):
        c.number_format = "yyyy/m/d"

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)

r0 = ER + 1
entries = []
r = r0
group_start = {}
for sec, no, full, shown, a1, d1, tg, a2, d2, rem in ROWS:
    group_start.setdefault(sec, r)
    if group_start[sec] == r:
        ws.cell(r, 1, sec)
    if no:
        ws.cell(r, 2, no)
    ws.cell(r, 3, shown)
    ws.cell(r, 4, a1)
    ws.cell(r, 5, d1)
    if tg:
        ws.cell(r, 6, tg)
    if a2:
        ws.cell(r, 7, a2)
        ws.cell(r, 8, d2)
    if rem:
        ws.cell(r, 9, rem)
    for c in range(1, 10):
        cell = ws.cell(r, c)
        cell.border = box
        cell.alignment = wrap if c in (3, 9) else center
        if c in (5, 6, 8):
            cell.number_format = "yyyy/m/d"
    e = {"section": sec, "item": full}
    if no:
        e["itemNo"] = no
    e["firstAnswer"] = a1.strip()
    e["firstDate"] = d1.isoformat()
    if tg:
        e["targetDate"] = tg.isoformat()
    if a2:
        e["secondAnswer"] = a2
        e["secondDate"] = d2.isoformat()
    if rem:
        e["remarks"] = rem
    entries.append(e)
    r += 1
last = r - 1
dv.add("D%d:D%d" % (r0, last))
dv.add("G%d:G%d" % (r0, last))

# merge the 区分 cells of each group
secs = [x[0] for x in ROWS]
for sec, start in group_start.items():
    n = secs.count(sec)
    if n > 1:
        ws.merge_cells(start_row=start, start_column=1, end_row=start + n - 1, end_column=1)

ws.cell(last + 2, 3, "1回目「いいえ」の件数").alignment = Alignment(horizontal="right")
ws.cell(last + 2, 4, '=COUNTIF(D%d:D%d,"いいえ")' % (r0, last))
ws.cell(last + 3, 3, "2回目「いいえ」の件数").alignment = Alignment(horizontal="right")
ws.cell(last + 3, 4, '=COUNTIF(G%d:G%d,"いいえ")' % (r0, last))
ws.freeze_panes = ws.cell(r0, 4)
ws.page_setup.orientation = "landscape"
ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0

g = wb.create_sheet("記入要領")
lines = [
    "【記入要領】",
    "1　前提の項目から順に、1回目の確認結果を「はい」「いいえ」からプルダウンで選択し、確認日を入力してください。",
    "2　1回目が「いいえ」の項目は、対応の目標日（令和6年度内）を入力してください。",
    "3　目標日までに対応した項目は、2回目の確認結果と確認日を入力してください。",
    "4　灰色の「記入例」行は削除せず、そのままにしてください（集計対象外）。",
    "5　日付は 2024/7/10 の形式で入力してください。",
    "6　立入検査の際に本シートを印刷して提示してください。",
]
for i, t in enumerate(lines, 1):
    g.cell(i, 1, t)
g.column_dimensions["A"].width = 100

out = os.path.join(HERE, NAME + ".xlsx")
wb.save(out)

expected = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [],
    "notes": ("Clean workbook. The grey row labelled 記入例 (row %d) is an example and is not an entry. "
              "区分 is a merged cell per group (value only in the group's first row); section = that 区分 text. "
              "No. is shown only for 1-(1), 2-(1)..2-(3), 3-(1)..3-(3); device-class items and 前提 have no number, so itemNo is omitted. "
              "Device items: サーバ 6 (incl. the password item), 端末PC 5, ネットワーク機器 2. Some item texts use ・ or ／ for 及び or /. "
              "One answer cell holds 'はい ' with a trailing space (= はい). The COUNTIF totals below the table have no cached value. "
              "No 確認日 header field on this R6 sheet." % ER),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as fp:
    json.dump(expected, fp, ensure_ascii=False, indent=2)
print("wrote", out)

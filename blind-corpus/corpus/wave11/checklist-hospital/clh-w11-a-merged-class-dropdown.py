#!/usr/bin/python3
# clh-w11-a: MHLW 令和6年度版 チェックリスト（医療機関確認用）as a prefecture clerk would redraw it from the
# notice for hospitals to fill on screen: one sheet, two-row header (1回目 / 2回目 each split into 回答 and
# 確認日), a 区分 column with vertically merged cells (前提 / 体制構築 / 医療情報システム全般 / サーバ /
# 端末PC / ネットワーク機器 / インシデント発生に備えた対応), はい/いいえ dropdowns, real Excel date cells,
# and a 記入要領 sheet after the form. Filled completely and correctly: no planted problem.
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave11/checklist-hospital"
NAME = "clh-w11-a-merged-class-dropdown"
D = dt.datetime
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
hdr = PatternFill("solid", fgColor="C6E0B4")
secfill = PatternFill("solid", fgColor="EDEDED")

FACILITY = "社会医療法人 青葉会 青葉台総合病院"
ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
DELACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"
# (section, itemNo or None, sheet text, canonical item, first, firstDate, target, second, secondDate, remarks)
ROWS = [
    ("前提", None, "医療情報システムを導入、運用している\n（「いいえ」の場合、以下の項目の回答は不要）",
     "医療情報システムを導入、運用している", "はい", D(2024, 7, 10), None, None, None, None),
    ("体制構築", "1-(1)", "医療情報システム安全管理責任者を設置している",
     "医療情報システム安全管理責任者を設置している", "はい", D(2024, 7, 10), None, None, None,
     "情報システム課長を任命（令和6年4月1日付）"),
    ("医療情報システム全般", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
     "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "いいえ", D(2024, 7, 10), D(2024, 9, 30), "はい",
     D(2024, 9, 26), "ネットワーク機器分の台帳を追加作成"),
    ("医療情報システム全般", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
     "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい", D(2024, 7, 10), None, None,
     None, None),
    ("医療情報システム全般", "2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
     "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", "いいえ",
     D(2024, 7, 10), D(2024, 12, 27), "はい", D(2024, 12, 16), "電子カルテ・PACS・部門システム計5社分を受領"),
    ("サーバ", None, ACC, ACC, "はい", D(2024, 7, 11), None, None, None, None),
    ("サーバ", None, DELACC, DELACC, "いいえ", D(2024, 7, 11), D(2024, 8, 31), "はい", D(2024, 8, 29),
     "退職者アカウント23件を削除"),
    ("サーバ", None, LOG, LOG, "はい", D(2024, 7, 11), None, None, None, None),
    ("サーバ", None, PATCH, PATCH, "はい", D(2024, 7, 11), None, None, None, None),
    ("サーバ", None, SVC, SVC, "はい", D(2024, 7, 11), None, None, None, None),
    ("端末PC", None, ACC, ACC, "はい", D(2024, 7, 11), None, None, None, None),
    ("端末PC", None, DELACC, DELACC, "はい", D(2024, 7, 11), None, None, None, None),
    ("端末PC", None, PATCH, PATCH, "いいえ", D(2024, 7, 11), D(2024, 10, 31), "はい", D(2024, 10, 25),
     "Windows更新プログラムの適用を月次運用に変更"),
    ("端末PC", None, SVC, SVC, "はい", D(2024, 7, 11), None, None, None, None),
    ("ネットワーク機器", None, PATCH, PATCH, "はい", D(2024, 7, 12), None, None, None, None),
    ("ネットワーク機器", None, SRC, SRC, "はい", D(2024, 7, 12), None, None, None, None),
    ("インシデント発生に備えた対応", "3-(1)",
     "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
     "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
     "はい", D(2024, 7, 12), None, None, None, None),
    ("インシデント発生に備えた対応", "3-(2)",
     "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
     "はい", D(2024, 7, 12), None, None, None, None),
    ("インシデント発生に備えた対応", "3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
     "サイバー攻撃を想定した事業継続計画（BCP）を策定している", "いいえ", D(2024, 7, 12), D(2025, 3, 31), None,
     None, "厚労省「BCP策定の確認表」に沿って策定中"),
]

wb = Workbook()
ws = wb.active
ws.title = "チェックリスト"
for k, v in dict(A=2, B=8, C=14, D=54, E=8, F=12, G=12, H=8, I=12, J=30).items():
    ws.column_dimensions[k].width = v
ws.merge_cells("B1:J1")
ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（医療機関確認用）令和6年度版"
ws["B1"].font = Font(bold=True, size=14)
ws["B3"] = "医療機関名"; ws["B3"].font = Font(bold=True)
ws.merge_cells("B3:C3")
ws.merge_cells("D3:G3")
ws["D3"] = FACILITY
for x in ws["B3:G3"][0]:
    x.border = box
ws["B3"].fill = hdr
ws["B4"] = "※ 確認結果はプルダウンから「はい」「いいえ」を選択し、確認日を入力してください。1回目が「いいえ」の項目は目標日を記入してください。"
ws["B4"].font = Font(size=9)

def h(rng, text):
    ws.merge_cells(rng)
    ws[rng.split(":")[0]] = text
    for row in ws[rng]:
        for x in row:
            x.border = box; x.fill = hdr; x.alignment = center; x.font = Font(bold=True)
h("B6:B7", "項目番号"); h("C6:C7", "区分"); h("D6:D7", "確認項目")
h("E6:F6", "1回目"); h("G6:G7", "目標日"); h("H6:I6", "2回目"); h("J6:J7", "備考")
for col, t in zip("EFHI", ["回答", "確認日", "回答", "確認日"]):
    h(f"{col}7:{col}7", t)

dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
r0 = 8
r = r0
entries = []
spans = {}
for (sec, no, text, item, a1, d1, tgt, a2, d2, rem) in ROWS:
    vals = [no, sec, text, a1, d1, tgt, a2, d2, rem]
    for i, v in enumerate(vals):
        cell = ws.cell(r, 2 + i, v)
        cell.border = box
        cell.alignment = wrap if i in (2, 8) else center
        if isinstance(v, dt.datetime): cell.number_format = "yyyy/mm/dd"
    dv.add(f"E{r}"); dv.add(f"H{r}")
    ws.row_dimensions[r].height = 34
    spans.setdefault(sec, [r, r])[1] = r
    e = dict(section=sec, item=item)
    if no: e["itemNo"] = no
    e["firstAnswer"] = a1; e["firstDate"] = d1.strftime("%Y-%m-%d")
    if tgt: e["targetDate"] = tgt.strftime("%Y-%m-%d")
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2.strftime("%Y-%m-%d")
    if rem: e["remarks"] = rem
    entries.append(e)
    r += 1
for sec, (a, b) in spans.items():
    if b > a:
        ws.merge_cells(f"C{a}:C{b}")
    ws[f"C{a}"].fill = secfill
ws.freeze_panes = "E8"
ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_A4
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.print_title_rows = "6:7"

ins = wb.create_sheet("記入要領")
ins.column_dimensions["A"].width = 110
for i, t in enumerate([
    "記入要領",
    "・「前提」が「いいえ」（医療情報システムを導入していない）の場合、以降の項目の記入は不要です。",
    "・各項目について1回目の確認結果（はい／いいえ）と確認日を記入してください。",
    "・1回目が「いいえ」の項目は、対応の目標日を記入し、対応後に2回目の確認結果と確認日を記入してください。",
    "・目標日は令和6年度中（令和7年3月31日まで）の日付としてください。",
    "・記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。",
    "・立入検査の際に本チェックリストを確認します。",
], 1):
    ins.cell(i, 1, t)
ins["A1"].font = Font(bold=True, size=13)

wb.save(os.path.join(OUT, NAME + ".xlsx"))
expected = {
    "form": "checklist-hospital",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "entries": entries},
    "planted": [],
    "notes": ("One sheet 'チェックリスト' (data rows 8-26) plus a 記入要領 sheet after it. The 区分 column (C) is "
              "merged vertically per section; section = that merged cell's text. Item numbers are shown only for "
              "1-(1), 2-(1)..2-(3), 3-(1)..3-(3); device-class rows carry no number, so itemNo is omitted for them. "
              "Device-class items follow the seed 004 (R6) list: サーバ 5 items, 端末PC 4, ネットワーク機器 2 "
              "(no password row). The 前提 row's sheet text carries a bracketed note; item is the plain wording. "
              "All dates are Excel date cells. R6 version has no header 確認日, so checkedOn is omitted. "
              "3-(3) is いいえ with 目標日 2025-03-31 and no 2回目 yet (allowed)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok")

#!/usr/bin/python3
# Generator: clv-w10-a-twopage-answers-left.xlsx  (checklist-vendor, R6, no planted problem)
# Role: vendor (電子カルテ事業者) staff filling the MHLW R6 事業者確認用 checklist, drawn as a
# print form over two A4 pages on ONE sheet: the title + column header block is physically repeated
# at the top of page 2; answer columns sit to the LEFT of the item text; a merged group-label column.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.pagebreak import Break

OUT = "/work/blind/wave10/checklist-vendor"
NAME = "clv-w10-a-twopage-answers-left"

VENDOR = "株式会社吉備メディカルシステムズ　岡山支店"
VENDOR_CANON = "株式会社吉備メディカルシステムズ　岡山支店"
SYSTEM = "電子カルテシステム（KIBI-Chart Ver.7）及び同システム用サーバ・端末・ネットワーク機器"
HOSP = "医療法人 旭水会 東岡山中央病院"

def iso(r):  # "R6.10.8" -> 2024-10-08 ; R7 -> 2025
    era, m, d = r[1:].split(".")
    y = 2018 + int(era)
    return "%04d-%02d-%02d" % (y, int(m), int(d))

# (section label as drawn, section canonical, itemNo or None, item text as drawn, item canonical,
#  a1, d1, target, a2, d2, remarks)
P1 = [
  ("体制構築", "体制構築", [
    ("1-(1)", "事業者内に、医療情報システム等の提供に係る管理責任者を設置している。",
     "はい", "R6.10.8", None, None, None, "管理責任者：医療システム部 部長"),
  ]),
  ("医療情報\nシステム全般", "医療情報システム全般", [
    ("2-(1)", "医療機関に提供したサーバ、端末PC、ネットワーク機器の台帳管理を行っている。",
     "はい", "R6.10.8", None, None, None, None),
    ("2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を医療機関に報告した。",
     "はい", "R6.10.8", None, None, None, "保守用VPN装置1台（UTM配下）を報告済"),
    ("2-(3)", "医療機関に製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出した。",
     "はい", "R6.10.8", None, None, None, "SDS（2024年9月版）を提出"),
  ]),
  ("サーバ", "サーバ", [
    (None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
     "はい", "R6.10.9", None, None, None, None),
    (None, "退職者や使用していないアカウント等、不要なアカウントを削除している。",
     "はい", "R6.10.9", None, None, None, None),
    (None, "アクセスログを管理している。",
     "いいえ", "R6.10.9", "R6.12.27", "はい", "R7.1.10", "ログ統合管理ツールを12月導入予定→導入済"),
    (None, "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している。",
     "はい", "R6.10.9", None, None, None, None),
    (None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "はい", "R6.10.9", None, None, None, "月次で適用"),
    (None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
     "はい", "R6.10.9", None, None, None, None),
  ]),
]
P2 = [
  ("端末PC", "端末PC", [
    (None, "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している。",
     "はい", "R6.10.9", None, None, None, None),
    (None, "退職者や使用していないアカウント等、不要なアカウントを削除している。",
     "はい", "R6.10.9", None, None, None, "人事異動時に病院側と突合"),
    (None, "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している。",
     "いいえ", "R6.10.9", "R7.2.28", "はい", "R7.3.3", "パスワードポリシー変更を病院と調整"),
    (None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "はい", "R6.10.9", None, None, None, None),
    (None, "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している。",
     "はい", "R6.10.9", None, None, None, None),
  ]),
  ("ネットワーク\n機器", "ネットワーク機器", [
    (None, "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している。",
     "はい", "R6.10.10", None, None, None, None),
    (None, "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している。",
     "はい", "R6.10.10", None, None, None, "UTMファームウェア更新済"),
    (None, "接続元制限を実施している。",
     "はい", "R6.10.10", None, None, None, "保守接続元IPを固定・制限"),
  ]),
  ("インシデント\n発生に備えた\n対応", "インシデント発生に備えた対応", [
    ("3-(1)", "インシデント発生時における事業者内及び医療機関等への連絡体制図がある。",
     "はい", "R6.10.10", None, None, None, None),
    ("3-(2)", "医療機関と協力し、インシデント発生時に診療を継続するために必要なデータやシステムのバックアップの実施と復旧手順を確認している。",
     "はい", "R6.10.10", None, None, None, "年1回リストア訓練"),
  ]),
]

thin = Side(style="thin"); med = Side(style="medium")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
WR = Alignment(wrap_text=True, vertical="center")
CT = Alignment(horizontal="center", vertical="center", wrap_text=True)
GRAY = PatternFill("solid", fgColor="D9D9D9")

wb = Workbook()
ws = wb.active
ws.title = "事業者確認用"
widths = {"A": 8, "B": 10, "C": 10, "D": 8, "E": 10, "F": 12, "G": 6, "H": 52, "I": 24}
for k, v in widths.items():
    ws.column_dimensions[k].width = v

def title(r, page):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=9)
    c = ws.cell(r, 1, "令和６年度版　医療機関におけるサイバーセキュリティ対策チェックリスト　【事業者確認用】　（%s／２）" % page)
    c.font = Font(bold=True, size=13); c.alignment = Alignment(horizontal="center")

def header(r):
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 1, "１回目")
    ws.merge_cells(start_row=r, start_column=3, end_row=r + 1, end_column=3)
    ws.cell(r, 3, "目標日\n（いいえの場合）")
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
    ws.cell(r, 4, "２回目")
    ws.cell(r + 1, 1, "はい／\nいいえ"); ws.cell(r + 1, 2, "確認日")
    ws.cell(r + 1, 4, "はい／\nいいえ"); ws.cell(r + 1, 5, "確認日")
    for col, txt in ((6, "区分"), (7, "No."), (8, "確認事項"), (9, "備考")):
        ws.merge_cells(start_row=r, start_column=col, end_row=r + 1, end_column=col)
        ws.cell(r, col, txt)
    for rr in (r, r + 1):
        for cc in range(1, 10):
            x = ws.cell(rr, cc); x.border = B; x.alignment = CT; x.fill = GRAY; x.font = Font(bold=True, size=9)
    ws.row_dimensions[r + 1].height = 28

entries = []
def block(r, groups):
    for lab, canon, items in groups:
        start = r
        for (no, text, a1, d1, tg, a2, d2, rm) in items:
            vals = [a1, d1, tg, a2, d2, None, no, text, rm]
            for i, v in enumerate(vals, start=1):
                if i == 6:
                    continue
                c = ws.cell(r, i, v)
                c.border = B
                c.alignment = WR if i in (8, 9) else CT
                c.font = Font(size=9)
            ws.row_dimensions[r].height = 30
            e = {"section": canon, "item": text}
            if no: e["itemNo"] = no
            e["firstAnswer"] = a1; e["firstDate"] = iso(d1)
            if tg: e["targetDate"] = iso(tg)
            if a2: e["secondAnswer"] = a2
            if d2: e["secondDate"] = iso(d2)
            if rm: e["remarks"] = rm
            entries.append(e)
            r += 1
        ws.merge_cells(start_row=start, start_column=6, end_row=r - 1, end_column=6)
        c = ws.cell(start, 6, lab); c.alignment = CT; c.font = Font(size=9, bold=True)
        for rr in range(start, r):
            ws.cell(rr, 6).border = B
    return r

# ---- page 1
title(1, "１")
ws.merge_cells("A3:E3"); ws["A3"] = "事業者名：" + VENDOR
ws.merge_cells("F3:I3"); ws["F3"] = "提出先医療機関名：" + HOSP
ws.merge_cells("A4:I4"); ws["A4"] = "対象システム：" + SYSTEM
for a in ("A3", "F3", "A4"):
    ws[a].font = Font(size=10); ws[a].alignment = Alignment(vertical="center")
ws.merge_cells("A5:I5")
ws["A5"] = "※左側の回答欄に「はい」「いいえ」と確認日を記入。「いいえ」の場合は目標日を記入し、対応後に２回目欄を記入してください。"
ws["A5"].font = Font(size=8)
header(6)
r = block(8, P1)
last1 = r - 1
ws.row_breaks.append(Break(id=last1 + 1))
# ---- page 2 (repeated title + header)
p2 = last1 + 2
title(p2, "２")
ws.merge_cells(start_row=p2 + 1, start_column=1, end_row=p2 + 1, end_column=9)
ws.cell(p2 + 1, 1, "（事業者名：株式会社吉備メディカルシステムズ　岡山支店　／　続き）").font = Font(size=8)
header(p2 + 2)
r = block(p2 + 4, P2)
ws.merge_cells(start_row=r + 1, start_column=1, end_row=r + 1, end_column=9)
ws.cell(r + 1, 1, "※日付は和暦略記（例：R6.10.8）で記入。チェックリストの記入に当たってはマニュアルを参照すること。").font = Font(size=8)

ws.print_area = "A1:I%d" % (r + 1)
ws.page_setup.orientation = "portrait"
ws.page_setup.paperSize = 9
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.print_options.horizontalCentered = True

wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
  "form": "checklist-vendor",
  "version": "R6",
  "file": NAME + ".xlsx",
  "values": {
    "vendorName": VENDOR_CANON,
    "targetSystem": SYSTEM,
    "hospitalName": HOSP,
    "entries": entries,
  },
  "planted": [],
  "notes": ("One sheet printed as two A4 pages: rows %d-%d are a repeated title/column header for page 2 (not data). "
            "Answer columns (1回目 はい/いいえ, 確認日, 目標日, 2回目) are LEFT of the item text; column F is a merged group "
            "label (line breaks inside, canonical section without them). Header values share the cell with their label "
            "(事業者名：…). Dates are 和暦略記 text R6.m.d / R7.m.d. 2回目 filled only for the two items first answered いいえ. "
            "Device-class rows carry no item number. Item wording for the vendor side other than 1-(1) and 2-(3) is my "
            "reconstruction (parallel to the hospital items)." % (p2, p2 + 3))
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", len(entries), "page2 header rows", p2, p2 + 3)

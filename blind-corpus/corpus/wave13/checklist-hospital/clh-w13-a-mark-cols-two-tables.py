#!/usr/bin/python3
# clh-w13-a: MHLW 令和6年度版 医療機関確認用 checklist as a hospital draws it for printing: はい/いいえ as
# separate columns marked with ●, dates as Excel date cells shown m/d, a second (reference) table of device
# counts under the checklist on the same sheet. 2 planted problems.
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave13/checklist-hospital"
NAME = "clh-w13-a-mark-cols-two-tables"
FAC = "医療法人 青葉会 さくら台病院"
SH = "チェックリスト"

ACC = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
ACCT = "退職者や使用していないアカウント等、不要なアカウントを削除している"
LOG = "アクセスログを管理している"
PATCH = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
BG = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
SRC = "接続元制限を実施している"
D = dt.datetime
# rows: ('H', heading text) or ('I', section, itemNo, item, first, d1, target, second, d2, remarks, displayItem)
ROWS = [
 ("H", "前提（※「いいえ」の場合、以降の項目の記入は不要）"),
 ("I", "前提", None, "医療情報システムを導入、運用している", "はい", D(2024,9,2), None, None, None, None),
 ("H", "1　体制構築"),
 ("I", "体制構築", "1-(1)", "医療情報システム安全管理責任者を設置している", "はい", D(2024,9,2), None, None, None, "情報システム委員長（副院長）"),
 ("H", "2　医療情報システムの管理・運用"),
 ("S", "医療情報システム全般"),
 ("I", "医療情報システム全般", "2-(1)", "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "いいえ", D(2024,9,2), D(2024,11,29), "はい", D(2024,11,25), "機器管理台帳を新規作成"),
 ("I", "医療情報システム全般", "2-(2)", "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい", D(2024,9,2), None, None, None, "電子カルテ・PACS・検体検査の3システム"),
 ("I", "医療情報システム全般", "2-(3)", "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", "いいえ", D(2024,9,2), D(2024,12,27), "はい", D(2024,12,20), None),
 ("S", "サーバ"),
 ("I", "サーバ", None, ACC, "はい", D(2024,9,3), None, None, None, None),
 ("I", "サーバ", None, ACCT, "はい", D(2024,9,3), None, None, None, None),
 ("I", "サーバ", None, LOG, "はい", D(2024,9,3), None, None, None, None),
 ("I", "サーバ", None, PATCH, "いいえ", D(2024,9,3), D(2025,1,31), "はい", D(2025,1,24), "部門サーバ2台のOS更新"),
 ("I", "サーバ", None, BG, "はい", D(2024,9,3), None, None, None, None),
 ("S", "端末PC"),
 ("I", "端末PC", None, ACC, "はい", D(2024,9,4), None, None, None, None),
 ("I", "端末PC", None, ACCT, "いいえ", D(2024,9,4), D(2024,10,31), "はい", D(2024,10,28), "退職者アカウント12件削除"),
 ("I", "端末PC", None, PATCH, "はい", D(2024,9,4), None, None, None, None),
 ("I", "端末PC", None, BG, "はい", None, None, None, None, None),                      # PLANTED: no 1回目 date
 ("S", "ネットワーク機器"),
 ("I", "ネットワーク機器", None, PATCH, "はい", D(2024,9,5), None, None, None, None),
 ("I", "ネットワーク機器", None, SRC, "はい", D(2024,9,5), None, None, None, None),
 ("H", "3　インシデント発生に備えた対応"),
 ("I", "インシデント発生に備えた対応", "3-(1)", "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", "はい", D(2024,9,5), None, None, None, None),
 ("I", "インシデント発生に備えた対応", "3-(2)", "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", "はい", D(2024,9,5), None, None, None, None),
 ("I", "インシデント発生に備えた対応", "3-(3)", "サイバー攻撃を想定した事業継続計画（BCP）を策定している", "いいえ", D(2024,9,5), D(2025,6,30), None, None, "BCPは次年度策定予定"),  # PLANTED: target outside FY
]

thin = Side(style="thin"); hair = Side(style="hair")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
ctr = Alignment(wrap_text=True, vertical="center", horizontal="center")
gray = PatternFill("solid", fgColor="D9D9D9"); light = PatternFill("solid", fgColor="F2F2F2")

wb = Workbook(); ws = wb.active; ws.title = SH
for k, v in dict(A=2, B=7, C=52, D=5, E=5, F=7, G=8, H=5, I=5, J=7, K=26, L=2).items():
    ws.column_dimensions[k].width = v
ws.merge_cells("B1:K1"); ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
ws.merge_cells("B2:K2"); ws["B2"] = "医療機関確認用"
ws["B1"].font = Font(bold=True, size=14); ws["B1"].alignment = Alignment(horizontal="center")
ws["B2"].alignment = Alignment(horizontal="center")
ws.merge_cells("B4:C4"); ws["B4"] = "医療機関名"; ws["B4"].alignment = Alignment(horizontal="right")
ws.merge_cells("D4:K4"); ws["D4"] = FAC; ws["D4"].border = Border(bottom=thin); ws["D4"].font = Font(size=12)
ws["B5"] = "※ 該当する欄に●を付けてください。1回目が「いいえ」の項目は目標日を記入し、対応後に2回目を記入してください。"
ws["B5"].font = Font(size=9)
# header
ws.merge_cells("B7:B8"); ws["B7"] = "項番"
ws.merge_cells("C7:C8"); ws["C7"] = "確認項目"
ws.merge_cells("D7:F7"); ws["D7"] = "1回目"
ws.merge_cells("G7:G8"); ws["G7"] = "目標日"
ws.merge_cells("H7:J7"); ws["H7"] = "2回目"
ws.merge_cells("K7:K8"); ws["K7"] = "備考"
for col, t in zip("DEFHIJ", ("はい", "いいえ", "確認日", "はい", "いいえ", "確認日")):
    ws[f"{col}8"] = t
for r in (7, 8):
    for c in range(2, 12):
        ws.cell(r, c).border = B; ws.cell(r, c).alignment = ctr; ws.cell(r, c).fill = gray

r = 9; entries = []; rowof = {}
for row in ROWS:
    if row[0] in ("H", "S"):
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=11)
        ws.cell(r, 2, row[1] if row[0] == "H" else "　【" + row[1] + "】")
        ws.cell(r, 2).font = Font(bold=(row[0] == "H"))
        for c in range(2, 12):
            ws.cell(r, c).border = B; ws.cell(r, c).fill = gray if row[0] == "H" else light
        r += 1; continue
    _, sec, no, item, a1, d1, tg, a2, d2, rem = row
    if no: ws.cell(r, 2, no)
    ws.cell(r, 3, item)
    ws.cell(r, 4 if a1 == "はい" else 5, "●")
    if d1: ws.cell(r, 6, d1)
    if tg: ws.cell(r, 7, tg)
    if a2: ws.cell(r, 8 if a2 == "はい" else 9, "●")
    if d2: ws.cell(r, 10, d2)
    if rem: ws.cell(r, 11, rem)
    for c in (6, 7, 10): ws.cell(r, c).number_format = "m/d"
    for c in range(2, 12):
        ws.cell(r, c).border = B
        ws.cell(r, c).alignment = wrap if c in (3, 11) else ctr
    ws.row_dimensions[r].height = 32
    e = {"section": sec, "item": item}
    if no: e["itemNo"] = no
    e["firstAnswer"] = a1
    if d1: e["firstDate"] = d1.strftime("%Y-%m-%d")
    if tg: e["targetDate"] = tg.strftime("%Y-%m-%d")
    if a2: e["secondAnswer"] = a2
    if d2: e["secondDate"] = d2.strftime("%Y-%m-%d")
    if rem: e["remarks"] = rem
    rowof[len(entries)] = r; entries.append(e)
    r += 1
last = r - 1
# second table: reference device counts (not part of the checklist)
r += 2
ws.cell(r, 2, "（参考）確認対象機器の台数（機器管理台帳より）").font = Font(bold=True)
r += 1
for c, t in zip((2, 3, 4), ("区分", "主な機器", "台数")):
    ws.cell(r, c, t).fill = gray
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=5)
tab2 = [("サーバ", "電子カルテ、PACS、部門システム、ファイルサーバ", 7),
        ("端末PC", "電子カルテ端末、事務用PC", 142),
        ("ネットワーク機器", "UTM、ルータ、L3スイッチ、VPN装置", 18)]
top2 = r
for k, (a, b, n) in enumerate(tab2):
    rr = r + 1 + k
    ws.cell(rr, 2, a); ws.cell(rr, 3, b); ws.cell(rr, 4, n)
    ws.merge_cells(start_row=rr, start_column=4, end_row=rr, end_column=5)
for rr in range(top2, top2 + 4):
    for c in range(2, 6): ws.cell(rr, c).border = B
ws.print_area = f"A1:L{top2+4}"
ws.page_setup.paperSize = ws.PAPERSIZE_A4; ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.print_title_rows = "7:8"
wb.save(os.path.join(OUT, NAME + ".xlsx"))

ib = next(i for i, e in enumerate(entries) if e["section"] == "端末PC" and e["item"] == BG)
ic = next(i for i, e in enumerate(entries) if e.get("itemNo") == "3-(3)")
exp = {
 "form": "checklist-hospital", "version": "R6", "file": NAME + ".xlsx",
 "values": {"facilityName": FAC, "entries": entries},
 "planted": [
  {"cells": [f"{SH}!F{rowof[ib]}"], "paths": [f"entries[{ib}].firstDate"],
   "why": "端末PC「不要なソフトウェア及びサービスの停止」：1回目「はい」に●があるが確認日が空欄（全項目に1回目の回答と確認日が必要）"},
  {"cells": [f"{SH}!G{rowof[ic]}"], "paths": [f"entries[{ic}].targetDate"],
   "why": "3-(3) BCP：1回目「いいえ」の目標日が2025/6/30で、令和6年度（2025/3/31まで）を超えている"},
 ],
 "notes": ("One sheet チェックリスト. はい/いいえ are separate columns marked with ● (D/E for 1回目, H/I for 2回目); "
           "dates are real Excel date cells displayed as m/d (the years are in the values). Heading rows (前提, 1 体制構築, "
           "2 …, 【医療情報システム全般】, 【サーバ】, 【端末PC】, 【ネットワーク機器】, 3 …) are merged rows; section is the "
           "heading text without its number, 【】 brackets or bracketed note. Device-class rows show no 項番, so itemNo is omitted for them "
           "(and for 前提). The second table below the checklist (（参考）確認対象機器の台数) is not part of the form and "
           "holds no field. The password item (パスワードは英数字、記号が混在した8文字以上…) is not on this hospital's sheet: "
           "the R6 per-class item list follows the news article (seed 004).")
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print(rowof, ib, ic)

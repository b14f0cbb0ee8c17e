# Generator: clh-w29-a-single-sheet-class-column.xlsx
# Run: PYTHONPATH=/tmp/clmclh-w29-lib /usr/bin/python3 THIS.py  (openpyxl 3.1.5 from /opt/pypi; /usr/bin/python3 had none)
# Prefecture-style single sheet: title block, 医療機関名 label left, numbered items, a vertically merged 区分 column
# for the device classes, はい/いいえ typed, dates as Excel date cells, a 集計 formula without cached value.
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave29/checklist-hospital"
NAME = "clh-w29-a-single-sheet-class-column"
SHEET = "チェックリスト（医療機関確認用）"
D = dt.datetime

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
vert = Alignment(horizontal="center", vertical="center", wrap_text=True, text_rotation=255)

wb = Workbook()
ws = wb.active
ws.title = SHEET
ws.sheet_view.showGridLines = False
for k, v in {"A": 2, "B": 9, "C": 7, "D": 56, "E": 8, "F": 11, "G": 11, "H": 8, "I": 11, "J": 32}.items():
    ws.column_dimensions[k].width = v

ws.merge_cells("B1:J1"); ws["B1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト"
ws["B1"].font = Font(size=14, bold=True); ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B2:J2"); ws["B2"] = "（令和6年度版）　医療機関確認用"
ws["B2"].alignment = Alignment(horizontal="center")

FACILITY = "社会医療法人緑風会 みどりヶ丘総合病院"
ws.merge_cells("B4:C4"); ws["B4"] = "医療機関名"
ws.merge_cells("D4:G4"); ws["D4"] = FACILITY
for col in "BCDEFG":
    ws[f"{col}4"].border = box
ws["B4"].alignment = center; ws["B4"].fill = PatternFill("solid", fgColor="E2EFDA")

notes = ["※ 各項目について「はい」「いいえ」を記入し、確認日を記入してください。",
         "※ 1回目の確認で「いいえ」の場合は、対応の目標日を記入し、目標日までに対応のうえ2回目の確認を行ってください。",
         "※ 前提が「いいえ」の場合、以降の項目の記入は不要です。",
         "※ 記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照してください。"]
for k, t in enumerate(notes):
    ws.merge_cells(start_row=5 + k, start_column=2, end_row=5 + k, end_column=10)
    ws.cell(5 + k, 2, t).font = Font(size=9)

H1, H2 = 10, 11
ws.merge_cells(f"B{H1}:B{H2}"); ws[f"B{H1}"] = "区分"
ws.merge_cells(f"C{H1}:C{H2}"); ws[f"C{H1}"] = "番号"
ws.merge_cells(f"D{H1}:D{H2}"); ws[f"D{H1}"] = "チェック項目"
ws.merge_cells(f"E{H1}:F{H1}"); ws[f"E{H1}"] = "1回目"
ws.merge_cells(f"G{H1}:G{H2}"); ws[f"G{H1}"] = "目標日"
ws.merge_cells(f"H{H1}:I{H1}"); ws[f"H{H1}"] = "2回目"
ws.merge_cells(f"J{H1}:J{H2}"); ws[f"J{H1}"] = "備考"
ws[f"E{H2}"] = "はい/いいえ"; ws[f"F{H2}"] = "確認日"; ws[f"H{H2}"] = "はい/いいえ"; ws[f"I{H2}"] = "確認日"
for row in (H1, H2):
    for col in range(2, 11):
        c = ws.cell(row, col); c.border = box; c.alignment = center; c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="D9E1F2")

# catalogue wording
T = {
 "pre": "医療情報システムを導入、運用している",
 "1-1": "医療情報システム安全管理責任者を設置している",
 "2-1": "サーバ、端末PC、ネットワーク機器の台帳管理を行っている",
 "2-2": "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した",
 "2-3": "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう",
 "acl": "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している",
 "acc": "退職者や使用していないアカウント等、不要なアカウントを削除している",
 "log": "アクセスログを管理している",
 "pat": "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している",
 "svc": "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している",
 "src": "接続元制限を実施している",
 "3-1": "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある",
 "3-2": "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している",
 "3-3": "サイバー攻撃を想定した事業継続計画（BCP）を策定している",
}
d1 = D(2024, 6, 20)
# layout rows: ("heading", text) or (section, itemNo or None, key, fa, fd, target, sa, sd, remarks, shown_text)
ROWS = [
 ("前提", None, "pre", "はい", d1, None, None, None, None),
 ("H", "1　体制構築"),
 ("体制構築", "1-(1)", "1-1", "はい", d1, None, None, None, "事務部長を任命（令和6年4月1日付）"),
 ("H", "2　医療情報システムの管理・運用"),
 ("医療情報システム全般", "2-(1)", "2-1", "はい", d1, None, None, None, "機器管理台帳（令和6年6月更新）"),
 ("医療情報システム全般", "2-(2)", "2-2", "はい", d1, None, None, None, None),
 ("医療情報システム全般", "2-(3)", "2-3", "いいえ", d1, D(2024, 9, 30), "はい", D(2024, 9, 18),
  "電子カルテ・PACSは受領済。検体検査システムの事業者に依頼"),
 ("サーバ", None, "acl", "はい", d1, None, None, None, None),
 ("サーバ", None, "acc", "いいえ", d1, D(2024, 8, 31), "はい", D(2024, 8, 26), "退職者アカウント12件を削除"),
 ("サーバ", None, "log", "はい", d1, None, None, None, None),
 ("サーバ", None, "pat", "はい", d1, None, None, None, None),
 ("サーバ", None, "svc", "はい", d1, None, None, None, None),
 ("端末PC", None, "acl", "はい", d1, None, None, None, None),
 ("端末PC", None, "acc", "いいえ", d1, D(2024, 8, 31), "はい", D(2024, 8, 26), None),
 ("端末PC", None, "pat", "はい", d1, None, None, None, "WSUSで月1回適用"),
 ("端末PC", None, "svc", "いいえ", d1, D(2024, 12, 27), "いいえ", D(2024, 12, 20),
  "部門システム端末の一部でベンダー確認待ち"),
 ("ネットワーク機器", None, "pat", "はい", d1, None, None, None, None),
 ("ネットワーク機器", None, "src", "はい", d1, None, None, None, None),
 ("H", "3　インシデント発生に備えた対応"),
 ("インシデント発生に備えた対応", "3-(1)", "3-1", "はい", d1, None, None, None, None),
 ("インシデント発生に備えた対応", "3-(2)", "3-2", "はい", d1, None, None, None, None),
 ("インシデント発生に備えた対応", "3-(3)", "3-3", "いいえ", d1, D(2025, 3, 31), None, None, "BCP策定の確認表を基に策定中"),
]
CLASS_BLOCKS = {"医療情報システム全般", "サーバ", "端末PC", "ネットワーク機器"}

r = H2 + 1
entries = []
block_start = {}
first_row = r
for row in ROWS:
    if row[0] == "H":
        ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=10)
        ws.cell(r, 2, row[1]).font = Font(bold=True)
        for col in range(2, 11):
            ws.cell(r, col).border = box; ws.cell(r, col).fill = PatternFill("solid", fgColor="F2F2F2")
        r += 1
        continue
    sec, no, key, fa, fd, tg, sa, sd, rm = row
    if sec in CLASS_BLOCKS:
        block_start.setdefault(sec, [r, r])[1] = r
    elif sec == "前提":
        ws.cell(r, 2, "前提")
    text = T[key]
    shown = text if no or sec == "前提" else "・" + text
    vals = {3: no, 4: shown, 5: fa, 6: fd, 7: tg, 8: sa, 9: sd, 10: rm}
    for col in range(2, 11):
        c = ws.cell(r, col)
        if col in vals and vals[col] is not None:
            c.value = vals[col]
        c.border = box
        c.alignment = wrap if col in (4, 10) else center
        if isinstance(c.value, dt.datetime):
            c.number_format = "yyyy/m/d"
    ws.row_dimensions[r].height = 36
    e = {"section": sec, "item": text}
    if no: e["itemNo"] = no
    e["firstAnswer"] = fa; e["firstDate"] = fd.strftime("%Y-%m-%d")
    if tg: e["targetDate"] = tg.strftime("%Y-%m-%d")
    if sa: e["secondAnswer"] = sa
    if sd: e["secondDate"] = sd.strftime("%Y-%m-%d")
    if rm: e["remarks"] = rm
    entries.append(e)
    r += 1
last_row = r - 1
for sec, (a, b) in block_start.items():
    ws.merge_cells(start_row=a, start_column=2, end_row=b, end_column=2)
    c = ws.cell(a, 2, sec)
    c.alignment = vert if b - a >= 2 else center
    c.font = Font(bold=True, size=9)

r += 1
ws.cell(r, 4, "「いいえ」の項目数（1回目）").alignment = Alignment(horizontal="right")
ws.cell(r, 5, f'=COUNTIF(E{first_row}:E{last_row},"いいえ")').alignment = center
ws.freeze_panes = f"E{H2 + 1}"
ws.page_setup.orientation = "landscape"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 0

wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {
  "form": "checklist-hospital",
  "version": "R6",
  "file": NAME + ".xlsx",
  "values": {"facilityName": FACILITY, "entries": entries},
  "planted": [],
  "notes": ("Single sheet. Column B '区分' is vertically merged per device class (医療情報システム全般 / サーバ / 端末PC / "
            "ネットワーク機器); items 1-(1) and 3-(x) sit under numbered heading rows ('1　体制構築', '3　インシデント発生に備えた対応'), "
            "whose text without the number is given as 'section'. Device-class items show no number (bullet '・' before the text, "
            "not part of the item). Dates are Excel date cells. The COUNTIF cell under the table is a formula without a cached "
            "value. No 確認日 header field (R6). Per-class item set follows seed 004 (no password item).")
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", len(entries), block_start)

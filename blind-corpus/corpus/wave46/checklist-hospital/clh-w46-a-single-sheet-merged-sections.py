#!/usr/bin/python3
# Generator: clh-w46-a-single-sheet-merged-sections.xlsx  (checklist-hospital, R6, no planted problem)
# Role: hospital IT person (情報システム室) who keeps the 医療機関確認用 checklist as one sheet:
# 大項目 merged vertically on the left, 対象機器 merged per device class, はい/いいえ from a drop-down,
# Excel date cells; the file was then opened and saved again in LibreOffice.
import sys, json, os, subprocess, datetime as dt, tempfile, shutil
sys.path.insert(0, "/tmp/clx_py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "clh-w46-a-single-sheet-merged-sections"
D = dt.date
S1 = "1 体制構築"; S2 = "2 医療情報システムの管理・運用"; S3 = "3 インシデント発生に備えた対応"
T_ACL = "利用者の職種・担当業務別の情報区分毎のアクセス利用権限を設定している"
T_ACC = "退職者や使用していないアカウント等、不要なアカウントを削除している"
T_LOG = "アクセスログを管理している"
T_PW = "パスワードは英数字、記号が混在した8文字以上とし、定期的に変更している"
T_PAT = "セキュリティパッチ（最新ファームウェアや更新プログラム）を適用している"
T_SVC = "バックグラウンドで動作している不要なソフトウェア及びサービスを停止している"
T_SRC = "接続元制限を実施している"
d1 = D(2024, 7, 8)
# (大項目, No., 対象機器, item, first, firstDate, target, second, secondDate, remarks)
ROWS = [
 ("前提", None, None, "医療情報システムを導入、運用している", "はい", d1, None, None, None, "電子カルテ（2019年導入）、医事会計、PACS、検査"),
 (S1, "1-(1)", None, "医療情報システム安全管理責任者を設置している", "はい", d1, None, None, None, "情報システム室長を任命"),
 (S2, "2-(1)", None, "サーバ、端末PC、ネットワーク機器の台帳管理を行っている", "はい", d1, None, None, None, None),
 (S2, "2-(2)", None, "リモートメンテナンス（保守）を利用している機器の有無を事業者に確認した", "はい", D(2024,7,16), None, None, None, "電子カルテ・PACS・検査システムの3社に確認"),
 (S2, "2-(3)", None, "事業者から製造業者/サービス事業者による医療情報セキュリティ開示書（MDS/SDS）を提出してもらう", "いいえ", D(2024,7,16), D(2024,10,31), "はい", D(2024,10,25), "3社中1社未提出→10/25 全社提出"),
 (S2, None, "サーバ", T_ACL, "はい", d1, None, None, None, None),
 (S2, None, "サーバ", T_ACC, "はい", d1, None, None, None, None),
 (S2, None, "サーバ", T_LOG, "はい", d1, None, None, None, None),
 (S2, None, "サーバ", T_PW, "はい", d1, None, None, None, None),
 (S2, None, "サーバ", T_PAT, "はい", d1, None, None, None, "保守業者が四半期ごとに適用"),
 (S2, None, "サーバ", T_SVC, "はい", d1, None, None, None, None),
 (S2, None, "端末PC", T_ACL, "はい", d1, None, None, None, None),
 (S2, None, "端末PC", T_ACC, "はい", d1, None, None, None, None),
 (S2, None, "端末PC", T_PW, "はい", d1, None, None, None, None),
 (S2, None, "端末PC", T_PAT, "はい", d1, None, None, None, None),
 (S2, None, "端末PC", T_SVC, "いいえ", d1, D(2024,12,27), "はい", D(2024,12,13), "端末更新時に不要な常駐ソフトを削除"),
 (S2, None, "ネットワーク機器", T_PW, "いいえ", d1, D(2024,9,30), "はい", D(2024,9,27), "初期パスワードのままのスイッチあり→変更済"),
 (S2, None, "ネットワーク機器", T_PAT, "はい", d1, None, None, None, None),
 (S2, None, "ネットワーク機器", T_SRC, "はい", d1, None, None, None, None),
 (S3, "3-(1)", None, "インシデント発生時における組織内と外部関係機関（事業者、厚生労働省、警察等）への連絡体制図がある", "はい", d1, None, None, None, None),
 (S3, "3-(2)", None, "インシデント発生時に診療を継続するために必要な情報を検討し、データやシステムのバックアップの実施と復旧手順を確認している", "はい", d1, None, None, None, None),
 (S3, "3-(3)", None, "サイバー攻撃を想定した事業継続計画（BCP）を策定している", "いいえ", d1, D(2025,3,31), None, None, "厚労省の確認表をもとに作成中"),
]
FACILITY = "医療法人 青葉会 青葉台記念病院"

wb = Workbook(); ws = wb.active; ws.title = "医療機関確認用"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
for k, v in dict(A=16, B=7, C=10, D=54, E=8, F=12, G=12, H=8, I=12, J=30).items():
    ws.column_dimensions[k].width = v
ws.merge_cells("A1:J1"); ws["A1"] = "医療機関におけるサイバーセキュリティ対策チェックリスト（令和6年度版）"
ws["A1"].font = Font(size=14, bold=True)
ws.merge_cells("A2:J2"); ws["A2"] = "【医療機関確認用】"
ws["A4"] = "医療機関名"; ws["A4"].fill = PatternFill("solid", fgColor="F2F2F2"); ws["A4"].border = box
ws.merge_cells("B4:D4"); ws["B4"] = FACILITY
for c in "BCD": ws[f"{c}4"].border = box
# header rows 6-7
for rng, t in [("A6:A7", "大項目"), ("B6:B7", "No."), ("C6:C7", "対象"), ("D6:D7", "チェック項目"),
               ("E6:F6", "1回目"), ("G6:G7", "目標日"), ("H6:I6", "2回目"), ("J6:J7", "備考")]:
    ws.merge_cells(rng); ws[rng.split(":")[0]] = t
ws["E7"] = "はい/いいえ"; ws["F7"] = "確認日"; ws["H7"] = "はい/いいえ"; ws["I7"] = "確認日"
hf = PatternFill("solid", fgColor="FCE4D6")
for r in (6, 7):
    for c in range(1, 11):
        ws.cell(r, c).border = box; ws.cell(r, c).alignment = center; ws.cell(r, c).fill = hf
        ws.cell(r, c).font = Font(bold=True)
dv = DataValidation(type="list", formula1='"はい,いいえ"', allow_blank=True)
ws.add_data_validation(dv)
r0 = 8
entries = []; cellmap = []
spans_sec = {}; spans_cls = {}
for i, (sec, no, cls, item, a1, fd, tg, a2, sd, rem) in enumerate(ROWS):
    r = r0 + i
    spans_sec.setdefault(sec, []).append(r)
    if cls: spans_cls.setdefault(cls, []).append(r)
    if no: ws.cell(r, 2, no)
    ws.cell(r, 4, item)
    ws.cell(r, 5, a1); ws.cell(r, 6, fd)
    if tg: ws.cell(r, 7, tg)
    if a2: ws.cell(r, 8, a2)
    if sd: ws.cell(r, 9, sd)
    if rem: ws.cell(r, 10, rem)
    for c in range(1, 11):
        cell = ws.cell(r, c); cell.border = box
        cell.alignment = wrap if c in (4, 10) else center
        if c in (6, 7, 9): cell.number_format = "yyyy/mm/dd"
    ws.row_dimensions[r].height = 36
    dv.add(f"E{r}"); dv.add(f"H{r}")
    e = dict(section=cls if cls else sec, item=item)
    cm = {}
    if no: e["itemNo"] = no; cm["itemNo"] = f"B{r}"
    e["firstAnswer"] = a1; e["firstDate"] = fd.isoformat(); cm["firstAnswer"] = f"E{r}"; cm["firstDate"] = f"F{r}"
    if tg: e["targetDate"] = tg.isoformat(); cm["targetDate"] = f"G{r}"
    if a2: e["secondAnswer"] = a2; cm["secondAnswer"] = f"H{r}"
    if sd: e["secondDate"] = sd.isoformat(); cm["secondDate"] = f"I{r}"
    if rem: e["remarks"] = rem; cm["remarks"] = f"J{r}"
    entries.append(e); cellmap.append(cm)
for sec, rows in spans_sec.items():
    if len(rows) > 1:
        ws.merge_cells(start_row=rows[0], start_column=1, end_row=rows[-1], end_column=1)
    ws.cell(rows[0], 1, sec).alignment = wrap
for cls, rows in spans_cls.items():
    ws.merge_cells(start_row=rows[0], start_column=3, end_row=rows[-1], end_column=3)
    ws.cell(rows[0], 3, cls).alignment = center
last = r0 + len(ROWS) - 1
ws.cell(last + 2, 1, "※「いいえ」の項目は目標日を記入し、対応後に2回目の確認を行うこと。").font = Font(size=9)
ws.freeze_panes = "E8"
ws.page_setup.orientation = "landscape"

tmpd = tempfile.mkdtemp(prefix="clh_a_")
src = os.path.join(tmpd, NAME + ".xlsx")
wb.save(src)
prof = tempfile.mkdtemp(prefix="clh_a_lo_")
outd = os.path.join(tmpd, "out"); os.makedirs(outd)
subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "xlsx",
                "--outdir", outd, src], check=True, capture_output=True)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
shutil.rmtree(tmpd); shutil.rmtree(prof, ignore_errors=True)

exp = {
 "form": "checklist-hospital", "version": "R6", "file": NAME + ".xlsx",
 "values": {"facilityName": FACILITY, "entries": entries},
 "planted": [],
 "notes": ("One sheet, re-saved by LibreOffice. 大項目 is merged vertically in column A; the per-device-class items sit "
           "under 大項目 2 with the device class merged vertically in column C (section = that class). Item numbers are "
           "shown only for 1-(1), 2-(1)-(3), 3-(1)-(3); the 前提 row has '前提' in the 大項目 column and no number. "
           "Dates are Excel date cells. 3-(3) is いいえ with a 目標日 and no 2回目 yet."
           " Device-class item set is the drawer's reading of the catalogue/article: サーバ 6 items (incl. アクセスログ and the パスワード item), 端末PC 5, ネットワーク機器 3 (パスワード, パッチ, 接続元制限)."),
}
json.dump(exp, open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
json.dump({"sheet": ws.title, "cells": cellmap, "facility": "B4"}, open(f"/tmp/clx_{NAME}.cells.json", "w"), ensure_ascii=False)
print("ok", NAME)

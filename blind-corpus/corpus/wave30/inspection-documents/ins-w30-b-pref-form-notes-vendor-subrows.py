# Generator: ins-w30-b-pref-form-notes-vendor-subrows.xlsx  (inspection-documents, R6, 2 planted problems)
# Run: PYTHONPATH=/tmp/clvins_py /usr/bin/python3 THIS.py
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w30-b-pref-form-notes-vendor-subrows"
SHEET = "別紙1"
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
left = Alignment(vertical="top", wrap_text=True)
F = "ＭＳ ゴシック"
head = PatternFill("solid", fgColor="FFF2CC")

wb = Workbook(); ws = wb.active; ws.title = SHEET
lst = wb.create_sheet("選択肢"); lst.sheet_state = "hidden"
for i, t in enumerate(["提出", "未作成", "作成済・未提出"], 1):
    lst.cell(row=i, column=1, value=t)

for k, v in {"A": 5, "B": 26, "C": 62, "D": 13, "E": 34}.items():
    ws.column_dimensions[k].width = v

ws["E1"] = "別紙1"; ws["E1"].alignment = Alignment(horizontal="right"); ws["E1"].font = Font(name=F)
ws.merge_cells("A2:E2")
ws["A2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求める\nサイバーセキュリティ対策関連書類一覧"
ws["A2"].font = Font(name=F, size=13, bold=True); ws["A2"].alignment = center
ws.row_dimensions[2].height = 36

# label above value
ws.merge_cells("A4:C4"); ws["A4"] = "医療機関名"; ws["D4"] = "提出日"
for c in ("A4", "D4"):
    ws[c].font = Font(name=F, size=9, bold=True); ws[c].fill = head
facility = "社会医療法人 明和会 旭川中央病院"
ws.merge_cells("A5:C5"); ws["A5"] = facility; ws["A5"].font = Font(name=F, size=12)
ws["D5"] = dt.datetime(2024, 12, 10); ws["D5"].number_format = 'yyyy"年"m"月"d"日"'
for r in (4, 5):
    for c in range(1, 5): ws.cell(row=r, column=c).border = box
ws["E4"] = "※提出状況はプルダウンから選択"; ws["E4"].font = Font(name=F, size=8)

hr = 7
for c, t in enumerate(["No.", "書類の名称", "提出にあたっての注意点", "提出状況", "備考\n（2は事業者名／システム名）"], 1):
    cell = ws.cell(row=hr, column=c, value=t); cell.font = Font(name=F, size=10, bold=True)
    cell.fill = head; cell.alignment = center; cell.border = box
ws.row_dimensions[hr].height = 30

NOTE1 = ("令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を使用すること。"
         "記入に当たっては「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」を参照。")
NOTE2 = ("上記と同じ。医療機関のネットワークを構成するすべての医療情報システム（電子カルテ、レセプトコンピューター、医療機器など）"
         "の委託事業者に対し、漏れなくチェックリストの記入、提出を求めること。（事業者ごと又はシステムごとにチェックリストを分けること）")
NOTE3 = "別添のチェックリスト様式を使用。「サイバー攻撃リスク低減のための最低限の措置」（令和6年8月1日付け事務連絡別添）を参照。"
NOTE4 = "情報機器（サーバーやPC）、ルータ等のシステムやネットワークを構築する際に用いられる機器等を記載した台帳。書式はマニュアル2-(1)を参照。"
NOTE5 = "診療継続及び医療情報システムの復旧を迅速に行う目的でサイバーセキュリティの連絡体制を記載したもの。書式はマニュアル3-(1)を参照。"
NOTE6 = "システム全体構成図及びネットワーク構成図を作成していれば提出。（医療情報システムの安全管理に関するガイドライン第6.0版 企画管理編4.4、システム運用編2②）"
NOTE7 = "サイバー攻撃を想定した事業継続計画（BCP）を作成していれば提出。（令和6年6月6日付け事務連絡「サイバー攻撃を想定した事業継続計画（BCP）策定の確認表」）"

# (kind, name, note, [(status shown, canonical, remark), ...])  -- doc 2 has 4 printed sub-rows
docs = [
 ("1", "チェックリスト\n（医療機関確認用）", NOTE1, [("提出", "SUBMITTED", None)]),
 ("2", "チェックリスト\n（事業者確認用）", NOTE2, [
     ("提出", "SUBMITTED", "① 電子カルテ／㈱岡山ヘルスケアソリューション"),
     ("提出", "SUBMITTED", "② 医事会計システム／㈱ちゅうごく医療情報サービス"),
     ("作成済・未提出", "NOT_SUBMITTED", "③ PACS／㈱ビジョンメディカル（事業者から未回収）"),   # PLANT
     (None, None, "④")]),
 ("3", "チェックリスト\n（最低限の措置編）", NOTE3, [("提出", "SUBMITTED", None)]),
 ("4", "機器管理台帳", NOTE4, [("未作成", "NOT_CREATED", "整備中")]),   # PLANT
 ("5", "インシデント発生時の連絡体制図", NOTE5, [("提出", "SUBMITTED", None)]),
 ("6", "ネットワーク構成図及び\nシステム全体構成図", NOTE6, [("未作成", "NOT_CREATED", None)]),
 ("7", "サイバー攻撃を想定した\n事業継続計画（BCP）", NOTE7, [("提出", "SUBMITTED", "R6.9改訂版")]),
]
dv = DataValidation(type="list", formula1="=選択肢!$A$1:$A$3", allow_blank=True)
ws.add_data_validation(dv)

documents = []; planted = []
r = hr + 1
for kind, name, note, subs in docs:
    r0 = r
    for shown, canon, rem in subs:
        ws.cell(row=r, column=4, value=shown); ws.cell(row=r, column=5, value=rem)
        dv.add(f"D{r}")
        for c in range(1, 6):
            cell = ws.cell(row=r, column=c); cell.border = box; cell.font = Font(name=F, size=9 if c == 3 else 10)
            cell.alignment = center if c in (1, 4) else left
        if canon:
            idx = len(documents)
            d = {"kind": kind, "submission": canon}
            if rem: d["remarks"] = rem
            documents.append(d)
            if kind == "2" and canon == "NOT_SUBMITTED":
                planted.append({"cells": [f"{SHEET}!D{r}"], "paths": [f"documents[{idx}].submission"],
                                "why": "委託事業者（PACS）のチェックリスト（事業者確認用）が未提出。別紙1: すべての委託事業者に漏れなく記入・提出を求めること"})
            if kind == "4":
                planted.append({"cells": [f"{SHEET}!D{r}"], "paths": [f"documents[{idx}].submission"],
                                "why": "機器管理台帳が未作成。4は必須書類（作成していれば提出でよいのは6と7のみ）"})
        r += 1
    ws.cell(row=r0, column=1, value=kind)
    ws.cell(row=r0, column=2, value=name); ws.cell(row=r0, column=3, value=note)
    if r - r0 > 1:
        for c in (1, 2, 3):
            ws.merge_cells(start_row=r0, start_column=c, end_row=r - 1, end_column=c)
        for rr in range(r0, r): ws.row_dimensions[rr].height = 24
    else:
        ws.row_dimensions[r0].height = 54
ws.cell(row=r + 1, column=1, value="※提出は任意。立入検査の際に保健所へ提出してください。問い合わせ先：岡山県保健医療部医療推進課医事班（086-226-7403）").font = Font(name=F, size=8)

ws.page_setup.orientation = "portrait"
ws.sheet_properties.pageSetUpPr.fitToPage = True; ws.page_setup.fitToHeight = 0
wb.save(os.path.join(OUT, NAME + ".xlsx"))

exp = {"form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
       "values": {"facilityName": facility, "submittedOn": "2024-12-10", "documents": documents},
       "planted": planted,
       "notes": "Prefecture-printed 別紙1 with the 注意点 column kept; labels above values; 提出日 is an Excel date cell. "
                "提出状況 is a dropdown (list on hidden sheet 選択肢): 提出=SUBMITTED, 未作成=NOT_CREATED, "
                "作成済・未提出=NOT_SUBMITTED. Document 2 has four printed sub-rows (No./名称/注意点 merged), one per "
                "vendor; the fourth (only '④' in 備考, no status) is unused and not a document row. kind given as a string."}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)

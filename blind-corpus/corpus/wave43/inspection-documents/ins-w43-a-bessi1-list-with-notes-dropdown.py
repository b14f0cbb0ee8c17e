#!/usr/bin/python3
"""Generator for ins-w43-a-bessi1-list-with-notes-dropdown.xlsx (inspection-documents, R6, no planted problems).
Okayama 別紙1 redrawn as a return form: the official 書類の名称 / 提出にあたっての注意点 table with a 提出の有無 dropdown
and a 備考 column added; a count formula saved by openpyxl without a cached value.
Run with: PYTHONPATH=/tmp/clvins_pylib /usr/bin/python3 THIS.py"""
import datetime as dt, json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT_DIR = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w43-a-bessi1-list-with-notes-dropdown.xlsx"
FACILITY = "医療法人 緑風会 吉備高原中央病院"
SUBMITTED = dt.date(2024, 11, 12)

CANON = {"提出する": "SUBMITTED", "未作成": "NOT_CREATED", "作成済・提出しない": "NOT_SUBMITTED"}
DOCS = [
    (1, "チェックリスト（医療機関確認用）",
     "令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」（以下「マニュアル」という。）を参照してください。",
     "提出する", "令和6年度版様式"),
    (2, "チェックリスト（事業者確認用）",
     "上記と同じ。なお、医療機関のネットワークを構成するすべての医療情報システム（電子カルテ、レセプトコンピューター、医療機器など）の委託事業者に対し、漏れなくチェックリストの記入、提出を求めてください。（事業者ごと又はシステムごとにチェックリストを分けること）",
     "提出する", "電子カルテ・レセコン・PACS・検査システムの4社分（事業者ごとに作成）"),
    (3, "チェックリスト（最低限の措置編）",
     "別添のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、（令和6年8月1日付け、事務連絡「医療機関等におけるサイバーセキュリティ対策の取組みについて」の別添「サイバー攻撃リスク低減のための最低限の措置」を参照してください。",
     "提出する", None),
    (4, "機器管理台帳",
     "情報機器（サーバーやPC）、ルータ等のシステムやネットワークを構築する際に用いられる機器等を記載した台帳を提出してください。台帳の書式については、マニュアル2-(1)を参照してください。",
     "提出する", "令和6年10月末時点"),
    (5, "インシデント発生時の連絡体制図",
     "診療継続及び医療情報システムの復旧を迅速に行う目的でサイバーセキュリティの連絡体制を記載したものを提出してください。連絡体制図の書式については、マニュアル3-(1)を参照してください。",
     "提出する", None),
    (6, "ネットワーク構成図及びシステム全体構成図",
     "システム全体構成図及びネットワーク構成図を作成していれば提出してください。構成図については、「医療情報システムの安全管理に関するガイドライン第6.0版」企画管理編 4.4、システム運用編 2②を参照してください。",
     "提出する", "ネットワーク構成図のみ（システム全体構成図は作成中）"),
    (7, "サイバー攻撃を想定した事業継続計画（BCP）",
     "サイバー攻撃を想定した事業継続計画（BCP）を作成していれば提出してください。BCPについては、令和6年6月6日付け事務連絡「サイバー攻撃を想定した事業継続計画（BCP）策定の確認表」についてを参照してください。",
     "未作成", "令和7年3月策定予定"),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(vertical="top", wrap_text=True)
cen = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = "別紙1"
for col, w in zip("ABCDEF", [5, 26, 60, 14, 30, 2]):
    ws.column_dimensions[col].width = w
ws["E1"] = "別紙1"
ws["E1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A2:E2")
ws["A2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求める\nサイバーセキュリティ対策関連書類一覧"
ws["A2"].font = Font(size=13, bold=True); ws["A2"].alignment = cen
ws.row_dimensions[2].height = 40

ws.merge_cells("A4:B4"); ws["A4"] = "医療機関名"
ws["C4"] = FACILITY
ws.merge_cells("A5:B5"); ws["A5"] = "提出日"
ws["C5"] = SUBMITTED; ws["C5"].number_format = "yyyy\"年\"m\"月\"d\"日\""
ws["C5"].alignment = Alignment(horizontal="left")
for r in (4, 5):
    for c in (1, 2, 3):
        ws.cell(r, c).border = B
    ws.cell(r, 1).fill = PatternFill("solid", fgColor="DDEBF7")

ws["A7"] = "※「提出の有無」欄は、提出する／未作成／作成済・提出しない　から選択してください。6・7は作成していれば提出してください。"
ws["A7"].font = Font(size=9)

H = 9
for c, t in enumerate(["No.", "書類の名称", "提出にあたっての注意点", "提出の有無", "備考"], 1):
    cell = ws.cell(H, c, t); cell.font = Font(bold=True); cell.alignment = cen; cell.border = B
    cell.fill = PatternFill("solid", fgColor="DDEBF7")

dv = DataValidation(type="list", formula1='"提出する,未作成,作成済・提出しない"', allow_blank=True)
ws.add_data_validation(dv)
r = H + 1
first = r
for no, title, note, sub, rem in DOCS:
    ws.cell(r, 1, no).alignment = cen
    ws.cell(r, 2, title).alignment = wrap
    ws.cell(r, 3, note).alignment = wrap
    ws.cell(r, 3).font = Font(size=9)
    ws.cell(r, 4, sub).alignment = cen
    ws.cell(r, 5, rem).alignment = wrap
    dv.add(ws.cell(r, 4))
    for c in range(1, 6):
        ws.cell(r, c).border = B
    ws.row_dimensions[r].height = 75
    r += 1
last = r - 1
ws.cell(r + 1, 3, "提出書類数").alignment = Alignment(horizontal="right")
ws.cell(r + 1, 4, f'=COUNTIF(D{first}:D{last},"提出する")')   # no cached value (openpyxl)
ws.cell(r + 1, 4).alignment = cen

ws.page_setup.orientation = "portrait"; ws.page_setup.fitToWidth = 1
wb.save(os.path.join(OUT_DIR, NAME))
print("wrote", NAME)

docs = []
for no, title, note, sub, rem in DOCS:
    d = {"kind": str(no), "submission": CANON[sub]}
    if rem: d["remarks"] = rem
    docs.append(d)
exp = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME,
    "values": {"facilityName": FACILITY, "submittedOn": SUBMITTED.isoformat(), "documents": docs},
    "planted": [],
    "notes": ("One sheet 別紙1: header 医療機関名 / 提出日 (Excel date cell shown as yyyy年m月d日), then the official 7-row table "
              "(No. | 書類の名称 | 提出にあたっての注意点 | 提出の有無 | 備考). 提出の有無 is a dropdown: 提出する → SUBMITTED, 未作成 → NOT_CREATED. "
              "No file-name column (paper copies handed to the 保健所). Below the table a =COUNTIF total (提出書類数) saved by openpyxl "
              "without a cached value; it is not a field. Document 6 is marked 提出する with a remark that only the network diagram is included."),
}
with open(os.path.join(OUT_DIR, NAME.replace(".xlsx", ".expected.json")), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)

# Generator: ins-w22-a-besshi1-dropdown-status.xlsx
# Role: Okayama prefecture (医療推進課) turned 別紙1 into an Excel form with a 提出の有無 dropdown;
# a hospital's 医事課 staff filled it and handed it to the 保健所 at the inspection.
import datetime as dt, json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave22/inspection-documents"
NAME = "ins-w22-a-besshi1-dropdown-status"
SHEET = "別紙1"
FACILITY = "医療法人 旭川会 つばさ総合病院"
SUBMITTED = dt.date(2024, 11, 12)

docs = [
    ("1", "チェックリスト\n（医療機関確認用）",
     "令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」(以下「マニュアル」という。)を参照してください。",
     "提出する", "SUBMITTED", None),
    ("2", "チェックリスト\n（事業者確認用）",
     "上記と同じ。なお、医療機関のネットワークを構成するすべての医療情報システム（電子カルテ、レセプトコンピューター、医療機器など）の委託事業者に対し、漏れなくチェックリストの記入、提出を求めてください。（事業者ごと又はシステムごとにチェックリストを分けること）",
     "提出する", "SUBMITTED", "電子カルテ、医事会計、PACS、検査システムの4事業者分"),
    ("3", "チェックリスト\n（最低限の措置編）",
     "別添のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、令和6年8月1日付け事務連絡「医療機関等におけるサイバーセキュリティ対策の取組みについて」の別添「サイバー攻撃リスク低減のための最低限の措置」を参照してください。",
     "提出する", "SUBMITTED", None),
    ("4", "機器管理台帳",
     "情報機器（サーバーやPC）、ルータ等のシステムやネットワークを構築する際に用いられる機器等を記載した台帳を提出してください。台帳の書式については、マニュアル2-(1)を参照してください。",
     "提出する", "SUBMITTED", "R6.10.31時点"),
    ("5", "インシデント発生時の連絡体制図",
     "診療継続及び医療情報システムの復旧を迅速に行う目的でサイバーセキュリティの連絡体制を記載したものを提出してください。連絡体制図の書式については、マニュアル3-(1)を参照してください。",
     "提出する", "SUBMITTED", None),
    ("6", "ネットワーク構成図及び\nシステム全体構成図",
     "システム全体構成図及びネットワーク構成図を作成していれば提出してください。構成図については、「医療情報システムの安全管理に関するガイドライン第6.0版」企画管理編 4.4、システム運用編 2②を参照してください。",
     "提出する", "SUBMITTED", "ネットワーク構成図のみ（システム全体構成図は電子カルテ事業者作成分を添付）"),
    ("7", "サイバー攻撃を想定した\n事業継続計画（BCP）",
     "サイバー攻撃を想定した事業継続計画（BCP）を作成していれば提出してください。BCPについては、令和6年6月6日付け事務連絡「サイバー攻撃を想定した事業継続計画（BCP）策定の確認表」についてを参照してください。",
     "未作成", "NOT_CREATED", "令和7年3月策定予定"),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
head = PatternFill("solid", fgColor="DDEBF7")
inp = PatternFill("solid", fgColor="FFFFE0")
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SHEET
for k, v in {"A": 5, "B": 24, "C": 62, "D": 16, "E": 30}.items():
    ws.column_dimensions[k].width = v

ws["E1"] = "別紙1"; ws["E1"].alignment = Alignment(horizontal="right")
ws["A2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求める\nサイバーセキュリティ対策関連書類一覧"
ws.merge_cells("A2:E2"); ws["A2"].alignment = center; ws["A2"].font = Font(size=13, bold=True)
ws.row_dimensions[2].height = 36

for r, (lab, val) in [(4, ("医療機関名", FACILITY)), (5, ("提出日", SUBMITTED))]:
    ws.cell(r, 1, lab); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 3, val); ws.cell(r, 3).fill = inp
    for c in (1, 2, 3):
        ws.cell(r, c).border = B
    ws.cell(r, 1).fill = head
ws["C5"].number_format = '[$-ja-JP-x-gannen]ggge"年"m"月"d"日";@'
ws["C5"].alignment = Alignment(horizontal="left")

hr = 7
for c, t in enumerate(["No.", "書類の名称", "提出にあたっての注意点", "提出の有無\n（選択）", "備考"], start=1):
    cell = ws.cell(hr, c, t); cell.border = B; cell.fill = head; cell.alignment = center; cell.font = Font(bold=True)
ws.row_dimensions[hr].height = 30

dv = DataValidation(type="list", formula1='"提出する,未作成,作成済（提出しない）"', allow_blank=True)
ws.add_data_validation(dv)
documents = []
r = hr + 1
for (no, name, note, shown, canon, rem) in docs:
    vals = [int(no), name, note, shown, rem]
    for c, v in enumerate(vals, start=1):
        cell = ws.cell(r, c, v); cell.border = B
        cell.alignment = center if c in (1, 4) else wrap
        if c in (4, 5): cell.fill = inp
    ws.cell(r, 3).font = Font(size=9)
    dv.add(ws.cell(r, 4))
    ws.row_dimensions[r].height = 75
    d = {"kind": no, "submission": canon}
    if rem: d["remarks"] = rem
    documents.append(d)
    r += 1

r += 1
for t in ["※ 提出の有無欄は「提出する」「未作成」「作成済（提出しない）」から選択してください。",
          "※ 6・7は作成していれば提出してください。",
          "※ 書類は立入検査の際に保健所へ提出してください。（問い合わせ先：岡山県保健医療部医療推進課医事班 TEL 086-226-7403）"]:
    ws.cell(r, 1, t).font = Font(size=9); r += 1

ws.page_setup.orientation = "portrait"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 1
wb.save(os.path.join(OUT, NAME + ".xlsx"))

expected = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FACILITY, "submittedOn": SUBMITTED.isoformat(), "documents": documents},
    "planted": [],
    "notes": ("Prefecture-style 別紙1: header 医療機関名/提出日 label-left (提出日 is an Excel date cell shown in 和暦 format), "
              "table No.|書類の名称|提出にあたっての注意点|提出の有無|備考, 7 rows, No. as numbers. 提出の有無 dropdown values: "
              "提出する→SUBMITTED, 未作成→NOT_CREATED, 作成済（提出しない）→NOT_SUBMITTED. No file-name column. "
              "Remark on doc 4 'R6.10.31時点' is free text, not a date field."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok")

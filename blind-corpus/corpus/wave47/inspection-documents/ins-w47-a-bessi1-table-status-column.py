# Generator for ins-w47-a-bessi1-table-status-column.xlsx (inspection-documents, R6)
# Run: PYTHONPATH=/tmp/clvins_py /usr/bin/python3 ins-w47-a-bessi1-table-status-column.py
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w47-a-bessi1-table-status-column"
SHEET = "別紙1"
FAC = "医療法人 緑風会 岡山東中央病院"
SUBMITTED_ON = dt.date(2024, 11, 12)

DOCS = [
 ("1", "チェックリスト\n(医療機関確認用)", "令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」(以下「マニュアル」という。)を参照してください。",
  "○", "SUBMITTED", None),
 ("2", "チェックリスト\n(事業者確認用)", "上記と同じ。なお、医療機関のネットワークを構成するすべての医療情報システム*(電子カルテ、レセプトコンピューター、医療機器など)の委託事業者に対し、漏れなくチェックリストの記入、提出を求めてください。(事業者ごと又はシステムごとにチェックリストを分けること)",
  "○", "SUBMITTED", "3事業者分（電子カルテ、医事会計、PACS）"),
 ("3", "チェックリスト\n(最低限の措置編)", "別添のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、(令和6年8月1日付け、事務連絡「医療機関等におけるサイバーセキュリティ対策の取組みについて」の別添「サイバー攻撃リスク低減のための最低限の措置」を参照してください。",
  "○", "SUBMITTED", None),
 ("4", "機器管理台帳", "情報機器(サーバーやPC)、ルータ等のシステムやネットワークを構築する際に用いられる機器等を記載した台帳を提出してください。台帳の書式については、マニュアル2-(1)を参照してください。",
  "○", "SUBMITTED", "R6.10.31時点"),
 ("5", "インシデント発生時の連絡体制図", "診療継続及び医療情報システムの復旧を迅速に行う目的でサイバーセキュリティの連絡体制を記載したものを提出してください。連絡体制図の書式については、マニュアル3-(1)を参照してください。",
  "○", "SUBMITTED", None),
 ("6", "ネットワーク構成図及びシステム全体構成図", "システム全体構成図及びネットワーク構成図を作成していれば提出してください。構成図については、「医療情報システムの安全管理に関するガイドライン第6.0版」企画管理編 4.4、システム運用編 2②を参照してください。",
  "○", "SUBMITTED", "ネットワーク構成図・システム全体構成図 各1部"),
 ("7", "サイバー攻撃を想定した事業継続計画(BCP)", "サイバー攻撃を想定した事業継続計画(BCP)を作成していれば提出してください。BCPについては、令和6年6月6日付け、厚生労働省医政局特定医薬品開発支援・医療情報担当参事官室事務連絡「サイバー攻撃を想定した事業継続計画(BCP)策定の確認表」についてを参照してください。",
  "未作成", "NOT_CREATED", "令和7年3月策定予定"),
]

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center")
center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active
ws.title = SHEET
for k, v in {"A": 5, "B": 22, "C": 62, "D": 10, "E": 28}.items():
    ws.column_dimensions[k].width = v
ws["E1"] = "（別紙1）"
ws["E1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A2:E2")
ws["A2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求める\nサイバーセキュリティ対策関連書類一覧"
ws["A2"].alignment = center
ws["A2"].font = Font(size=13, bold=True)
ws.row_dimensions[2].height = 36

ws["D4"] = "医療機関名"
ws["D4"].alignment = center; ws["D4"].border = B
ws["E4"] = FAC
ws["E4"].alignment = wrap; ws["E4"].border = B
ws["D5"] = "提出日"
ws["D5"].alignment = center; ws["D5"].border = B
ws["E5"] = SUBMITTED_ON
ws["E5"].number_format = 'yyyy"年"m"月"d"日"'
ws["E5"].alignment = Alignment(horizontal="left"); ws["E5"].border = B
ws.row_dimensions[4].height = 30

HR = 7
for i, h in enumerate(["", "書類の名称", "提出にあたっての注意点", "提出\n(○／未作成)", "備考"], 1):
    c = ws.cell(HR, i, h)
    c.font = Font(bold=True); c.alignment = center; c.border = B
    c.fill = PatternFill("solid", fgColor="E2EFDA")
ws.row_dimensions[HR].height = 30
dv = DataValidation(type="list", formula1='"○,未作成"', allow_blank=True)
ws.add_data_validation(dv)
docs = []
for j, (no, name, note, mark, canon, rem) in enumerate(DOCS):
    r = HR + 1 + j
    ws.cell(r, 1, int(no)).alignment = center
    ws.cell(r, 2, name).alignment = wrap
    ws.cell(r, 3, note).alignment = wrap
    ws.cell(r, 3).font = Font(size=9)
    ws.cell(r, 4, mark).alignment = center
    dv.add(ws.cell(r, 4))
    if rem:
        ws.cell(r, 5, rem).alignment = wrap
    for c in range(1, 6):
        ws.cell(r, c).border = B
    ws.row_dimensions[r].height = 75
    d = {"kind": no, "submission": canon}
    if rem: d["remarks"] = rem
    docs.append(d)
r = HR + len(DOCS) + 2
ws.cell(r, 1, "※ 医療情報システム：電子カルテ、レセコン、オーダリングシステム等のほか、患者の情報を保有するコンピュータ、遠隔で患者の情報を閲覧・取得するコンピュータや携帯端末、院内・院外ネットワークも含む。")
ws.cell(r, 1).font = Font(size=8)
ws.cell(r + 1, 1, "※ 書類は立入検査の際に保健所へ提出してください。").font = Font(size=8)
ws.page_setup.orientation = "portrait"
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToHeight = 1
ws.print_area = f"A1:E{r+1}"

wb.save(os.path.join(OUT, NAME + ".xlsx"))
exp = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {"facilityName": FAC, "submittedOn": SUBMITTED_ON.isoformat(), "documents": docs},
    "planted": [],
    "notes": ("Official 別紙1 table reproduced with two added columns: 提出 (○ = SUBMITTED, 未作成 = NOT_CREATED) and 備考. "
              "No file-name column. 提出日 is an Excel date cell shown as 2024年11月12日. Document 7 (BCP) not yet made, which "
              "the notice allows ('作成していれば提出')."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok")

# Generator: ins-w33-a-official-list-dropdown-status.xlsx (inspection-documents, R6, no planted problem)
import sys, json, datetime as dt
sys.path.insert(0, "/tmp/clvins_pylib")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave33/inspection-documents/"
NAME = "ins-w33-a-official-list-dropdown-status"
SHEET = "別紙1"
CANON = {"提出する": "SUBMITTED", "未作成": "NOT_CREATED", "作成済（提出しない）": "NOT_SUBMITTED"}

DOCS = [
 ("1", "チェックリスト\n（医療機関確認用）",
  "令和6年5月13日付け、医政参発0513第6号により厚生労働省から示されている、令和6年度版のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、「医療機関におけるサイバーセキュリティ対策チェックリストマニュアル～医療機関・事業者向け～」（以下「マニュアル」という。）を参照してください。"),
 ("2", "チェックリスト\n（事業者確認用）",
  "上記と同じ。なお、医療機関のネットワークを構成するすべての医療情報システム（電子カルテ、レセプトコンピューター、医療機器など）の委託事業者に対し、漏れなくチェックリストの記入、提出を求めてください。（事業者ごと又はシステムごとにチェックリストを分けること）"),
 ("3", "チェックリスト\n（最低限の措置編）",
  "別添のチェックリスト様式を使用することとし、チェックリストの記入に当たっては、令和6年8月1日付け事務連絡「医療機関等におけるサイバーセキュリティ対策の取組みについて」の別添「サイバー攻撃リスク低減のための最低限の措置」を参照してください。"),
 ("4", "機器管理台帳",
  "情報機器（サーバーやPC）、ルータ等のシステムやネットワークを構築する際に用いられる機器等を記載した台帳を提出してください。台帳の書式については、マニュアル2-(1)を参照してください。"),
 ("5", "インシデント発生時の連絡体制図",
  "診療継続及び医療情報システムの復旧を迅速に行う目的でサイバーセキュリティの連絡体制を記載したものを提出してください。連絡体制図の書式については、マニュアル3-(1)を参照してください。"),
 ("6", "ネットワーク構成図及びシステム全体構成図",
  "システム全体構成図及びネットワーク構成図を作成していれば提出してください。構成図については、「医療情報システムの安全管理に関するガイドライン第6.0版」企画管理編4.4、システム運用編2②を参照してください。"),
 ("7", "サイバー攻撃を想定した事業継続計画（BCP）",
  "サイバー攻撃を想定した事業継続計画（BCP）を作成していれば提出してください。BCPについては、令和6年6月6日付け事務連絡「サイバー攻撃を想定した事業継続計画（BCP）策定の確認表」についてを参照してください。"),
]
FILL = {  # kind -> (status, file name, remarks)
 "1": ("提出する", "01_チェックリスト（医療機関確認用）.xlsx", None),
 "2": ("提出する", "02_チェックリスト（事業者確認用）_3社分.zip", "電子カルテ、医事会計（レセコン）、PACSの委託事業者3社分（事業者ごとに1ファイル）"),
 "3": ("提出する", "03_チェックリスト（最低限の措置編）.pdf", None),
 "4": ("提出する", "04_機器管理台帳_20241101.xlsx", None),
 "5": ("提出する", "05_インシデント発生時の連絡体制図.pdf", None),
 "6": ("提出する", "06_ネットワーク構成図.pdf", "ネットワーク構成図とシステム全体構成図を1ファイルにまとめています"),
 "7": ("未作成", None, "令和7年3月策定予定"),
}
FAC = "医療法人青藍会 備前なかま病院"
SUBMITTED = dt.date(2024, 11, 12)

wb = Workbook(); ws = wb.active; ws.title = SHEET
lst = wb.create_sheet("リスト")
for i, s in enumerate(CANON, 1): lst.cell(i, 1, s)
lst.sheet_state = "hidden"
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
fill = PatternFill("solid", fgColor="E2EFDA")
for col, w in zip("ABCDEF", [5, 24, 60, 14, 34, 30]):
    ws.column_dimensions[col].width = w
ws["F1"] = "別紙1"; ws["F1"].alignment = Alignment(horizontal="right")
ws["A2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求める"
ws["A3"] = "サイバーセキュリティ対策関連書類一覧"
ws["A2"].font = Font(bold=True, size=12); ws["A3"].font = Font(bold=True, size=14)
ws["A4"] = "※ 提出状況欄はプルダウンから選択してください（6・7は作成している場合のみ提出）。立入検査の際に保健所へ提出してください。"
ws["A4"].font = Font(size=9)
for r, lab, val in [(6, "医療機関名", FAC), (7, "提出日", SUBMITTED), (8, "提出先保健所", "備前保健所")]:
    ws.cell(r, 1, lab); ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.cell(r, 3, val); ws.cell(r, 1).fill = fill; ws.cell(r, 1).font = Font(bold=True)
    for c in (1, 2, 3): ws.cell(r, c).border = B
ws["C7"].number_format = 'ggge"年"m"月"d"日"'
ws["C7"].alignment = Alignment(horizontal="left")
hdr = ["No", "書類の名称", "提出にあたっての注意点", "提出状況", "提出ファイル名", "備考"]
for c, h in enumerate(hdr, 1):
    cl = ws.cell(10, c, h); cl.border = B; cl.fill = fill; cl.font = Font(bold=True)
    cl.alignment = Alignment(horizontal="center", vertical="center")
dv = DataValidation(type="list", formula1="=リスト!$A$1:$A$3", allow_blank=True)
ws.add_data_validation(dv)
r = 11
for kind, name, note in DOCS:
    st, fn, rem = FILL[kind]
    for c, v in enumerate([int(kind), name, note, st, fn, rem], 1):
        cl = ws.cell(r, c, v); cl.border = B
        cl.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if c in (1, 4) else "left")
    dv.add(f"D{r}")
    ws.row_dimensions[r].height = 75
    r += 1
ws.cell(r + 1, 3, "提出する書類の数").alignment = Alignment(horizontal="right")
ws.cell(r + 1, 4, '=COUNTIF(D11:D17,"提出する")')   # openpyxl: no cached value
ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1
wb.save(OUT + NAME + ".xlsx")

docs = []
for kind, _, _ in DOCS:
    st, fn, rem = FILL[kind]
    d = {"kind": kind, "submission": CANON[st]}
    if fn: d["fileName"] = fn
    if rem: d["remarks"] = rem
    docs.append(d)
exp = {"form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
       "values": {"facilityName": FAC, "submittedOn": SUBMITTED.isoformat(), "documents": docs},
       "planted": [],
       "notes": "Okayama 別紙1 with status/file/remarks columns added. 提出日 C7 is an Excel date cell shown in 和暦 format (令和6年11月12日). "
                "C8 提出先保健所 has no key (not in values). Column C 注意点 is the printed guidance, not an answer. No column is numeric 1-7 = kind. "
                "D19 is a COUNTIF formula without cached value (not a field). Hidden sheet 'リスト' only holds the dropdown options."}
json.dump(exp, open(OUT + NAME + ".expected.json", "w"), ensure_ascii=False, indent=2)

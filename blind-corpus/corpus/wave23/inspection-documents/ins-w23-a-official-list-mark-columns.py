# Generator: ins-w23-a-official-list-mark-columns.xlsx  (inspection-documents, R6, no planted problem)
# Role: prefecture office draws 別紙1 as a bordered print table with ○ mark columns; a hospital's 医事課 fills it.
import json, os, shutil, subprocess, tempfile, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w23-a-official-list-mark-columns"
SHEET = "別紙1"
HOSP = "医療法人 青葉会 岡山青葉病院"
SUBMITTED_ON = dt.date(2024, 11, 12)

DOCS = [
 (1, "チェックリスト\n（医療機関確認用）", "令和6年度版チェックリスト様式を使用し、マニュアルを参照して記入すること。", "SUBMITTED", "令和6年度版"),
 (2, "チェックリスト\n（事業者確認用）", "すべての医療情報システムの委託事業者に記入・提出を求めること（事業者ごと又はシステムごと）。", "SUBMITTED",
  "3社分（電子カルテ、医事会計システム、PACS）"),
 (3, "チェックリスト\n（最低限の措置編）", "別添のチェックリスト様式を使用すること。", "SUBMITTED", None),
 (4, "機器管理台帳", "サーバ、PC、ルータ等の機器を記載した台帳（マニュアル2-(1)参照）。", "SUBMITTED", None),
 (5, "インシデント発生時の\n連絡体制図", "サイバーセキュリティの連絡体制を記載したもの（マニュアル3-(1)参照）。", "SUBMITTED", None),
 (6, "ネットワーク構成図及び\nシステム全体構成図", "作成していれば提出すること。", "SUBMITTED", "ネットワーク構成図にシステム構成を併記"),
 (7, "サイバー攻撃を想定した\n事業継続計画（BCP）", "作成していれば提出すること。", "NOT_CREATED", "令和7年3月策定予定"),
]
COLS = {"SUBMITTED": 4, "NOT_CREATED": 5, "NOT_SUBMITTED": 6}

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
HEAD = PatternFill("solid", fgColor="E2EFDA")

wb = Workbook()
ws = wb.active
ws.title = SHEET
for k, v in {"A": 5, "B": 24, "C": 44, "D": 8, "E": 8, "F": 10, "G": 30}.items():
    ws.column_dimensions[k].width = v
ws["G1"] = "別紙1"; ws["G1"].alignment = Alignment(horizontal="right")
ws.merge_cells("A2:G2")
ws["A2"] = "医療法第25条第1項の規定に基づく立入検査において写しの提供を求める\nサイバーセキュリティ対策関連書類一覧"
ws["A2"].font = Font(bold=True, size=13); ws["A2"].alignment = ctr
ws.row_dimensions[2].height = 36

for r, (lab, val) in enumerate([("医療機関名", HOSP), ("提出日", SUBMITTED_ON), ("所管保健所", "備前保健所")], start=4):
    ws.cell(r, 1, lab).fill = HEAD
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=2)
    ws.merge_cells(start_row=r, start_column=3, end_row=r, end_column=4)
    ws.cell(r, 3, val)
    if isinstance(val, dt.date):
        ws.cell(r, 3).number_format = "yyyy年m月d日"
    for c in range(1, 5):
        ws.cell(r, c).border = B
        ws.cell(r, c).alignment = Alignment(vertical="center", horizontal="left")

ws["A8"] = "※ 提出状況欄の該当するものに「○」を記入してください。"
ws["A9"] = "※ 6及び7は、作成していれば提出してください。"
for a in ("A8", "A9"):
    ws[a].font = Font(size=9)

H1, H2 = 11, 12
for col, t in (("A", "No."), ("B", "書類の名称"), ("C", "提出にあたっての注意点"), ("G", "備考")):
    ws.merge_cells(f"{col}{H1}:{col}{H2}"); ws[f"{col}{H1}"] = t
ws.merge_cells(f"D{H1}:F{H1}"); ws[f"D{H1}"] = "提出状況"
ws[f"D{H2}"] = "提出"; ws[f"E{H2}"] = "未作成"; ws[f"F{H2}"] = "作成済・\n提出しない"
for r in (H1, H2):
    for c in range(1, 8):
        cell = ws.cell(r, c); cell.border = B; cell.alignment = ctr; cell.fill = HEAD; cell.font = Font(bold=True, size=10)
ws.row_dimensions[H2].height = 30

docs = []
r = H2 + 1
for no, name, note, sub, rem in DOCS:
    ws.cell(r, 1, no); ws.cell(r, 2, name); ws.cell(r, 3, note)
    ws.cell(r, COLS[sub], "○")
    ws.cell(r, 7, rem)
    for c in range(1, 8):
        cell = ws.cell(r, c); cell.border = B
        cell.alignment = ctr if c in (1, 4, 5, 6) else wrap
    ws.cell(r, 3).font = Font(size=9)
    ws.row_dimensions[r].height = 40
    d = {"kind": str(no), "submission": sub}
    if rem: d["remarks"] = rem
    docs.append(d)
    r += 1
ws.cell(r + 1, 1, "（問い合わせ先）岡山県保健医療部医療推進課医事班　TEL 086-226-7403").font = Font(size=9)
ws.page_setup.orientation = "landscape"; ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
ws.sheet_properties.pageSetUpPr.fitToPage = True

tmpd = tempfile.mkdtemp()
tmp = os.path.join(tmpd, NAME + ".xlsx")
wb.save(tmp)
outd = os.path.join(tmpd, "out"); os.makedirs(outd)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outd, tmp], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outd, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))

exp = {"form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
       "values": {"facilityName": HOSP, "submittedOn": SUBMITTED_ON.isoformat(), "documents": docs},
       "planted": [],
       "notes": ("Prefecture-style 別紙1 on one sheet; header label-left with merged value cells (所管保健所 is not a field). "
                 "提出状況 is three ○-mark columns D 提出 / E 未作成 / F 作成済・提出しない. 提出日 is an Excel date cell. "
                 "The 注意点 column is the form's fixed text, not an answer. No file-name column. Re-saved by LibreOffice.")}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok")

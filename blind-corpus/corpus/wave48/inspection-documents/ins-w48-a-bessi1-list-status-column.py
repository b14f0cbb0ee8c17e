# Generator for ins-w48-a-bessi1-list-status-column.xlsx
# Role: hospital 事務部 staff filling the prefecture's 別紙1 サイバーセキュリティ対策関連書類一覧 drawn as a table
# with a 提出の有無 drop-down column (list on a hidden sheet), file-name column, rows added for each vendor checklist.
import json, datetime, os, sys
sys.path.insert(0, "/tmp/clvins-py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

OUT = "/work/blind/wave48/inspection-documents"
NAME = "ins-w48-a-bessi1-list-status-column"
SHEET = "別紙1"
FAC = "医療法人 備前会 備前中央病院"
SUBMITTED_ON = datetime.date(2024, 11, 12)

NOTE_CL = "令和6年度版のチェックリスト様式を使用し、マニュアルを参照して記入"
rows = [
 ("1", 1, "チェックリスト（医療機関確認用）", NOTE_CL, "提出する", "01_チェックリスト（医療機関確認用）_備前中央病院.xlsx", None),
 ("2-1", 2, "チェックリスト（事業者確認用）", "すべての委託事業者に記入・提出を求める（事業者ごと又はシステムごと）", "提出する",
  "02-1_事業者確認用_電子カルテ_メディカルシステムズ岡山.xlsx", "電子カルテ"),
 ("2-2", 2, "チェックリスト（事業者確認用）", None, "提出する",
  "02-2_事業者確認用_レセコン_山陽メディカルソフト.xlsx", "医事会計（レセコン）"),
 ("2-3", 2, "チェックリスト（事業者確認用）", None, "提出する",
  "02-3_事業者確認用_PACS_西日本画像システム.pdf", "PACS（放射線画像）"),
 ("3", 3, "チェックリスト（最低限の措置編）", "県の別添様式を使用", "提出する", "03_チェックリスト（最低限の措置編）.pdf", None),
 ("4", 4, "機器管理台帳", "書式はマニュアル2-(1)参照", "提出する", "04_機器管理台帳_R6.11.xlsx", None),
 ("5", 5, "インシデント発生時の連絡体制図", "書式はマニュアル3-(1)参照", "提出する", "05_インシデント連絡体制図.pdf", None),
 ("6", 6, "ネットワーク構成図及びシステム全体構成図", "作成していれば提出", "提出する", "06_ネットワーク構成図.pdf", "システム全体構成図を含む"),
 ("7", 7, "サイバー攻撃を想定した事業継続計画（BCP）", "作成していれば提出", "未作成", None, "令和7年度中に策定予定"),
]
CANON = {"提出する": "SUBMITTED", "未作成": "NOT_CREATED", "作成済・提出しない": "NOT_SUBMITTED"}

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center"); center = Alignment(horizontal="center", vertical="center", wrap_text=True)

wb = Workbook()
ws = wb.active; ws.title = SHEET
lst = wb.create_sheet("list")
for i, v in enumerate(CANON, 1): lst.cell(i, 1, v)
lst.sheet_state = "hidden"

for k, v in {"A": 6, "B": 34, "C": 40, "D": 14, "E": 48, "F": 24}.items():
    ws.column_dimensions[k].width = v
ws["A1"] = "別紙1"
ws["A2"] = "サイバーセキュリティ対策関連書類一覧"; ws["A2"].font = Font(bold=True, size=14)
ws.merge_cells("A2:F2"); ws["A2"].alignment = Alignment(horizontal="center")
ws["A3"] = "（医療法第25条第1項の規定に基づく立入検査において写しの提供を求める書類）"
ws.merge_cells("A3:F3"); ws["A3"].alignment = Alignment(horizontal="center")

ws["A5"] = "医療機関名"; ws.merge_cells("A5:B5"); ws["C5"] = FAC; ws.merge_cells("C5:E5")
ws["A6"] = "提出日"; ws.merge_cells("A6:B6"); ws["C6"] = SUBMITTED_ON; ws["C6"].number_format = "yyyy\"年\"m\"月\"d\"日\""
ws["C6"].alignment = Alignment(horizontal="left")
for rr in (5, 6):
    for c in range(1, 6):
        ws.cell(rr, c).border = B
    ws.cell(rr, 1).fill = PatternFill("solid", fgColor="FFF2CC"); ws.cell(rr, 1).font = Font(bold=True)

H = 8
for c, t in enumerate(["No.", "書類の名称", "提出にあたっての注意点", "提出の有無", "提出ファイル名", "備考"], 1):
    cell = ws.cell(H, c, t); cell.border = B; cell.alignment = center; cell.font = Font(bold=True)
    cell.fill = PatternFill("solid", fgColor="DDEBF7")
dv = DataValidation(type="list", formula1="list!$A$1:$A$3", allow_blank=True); ws.add_data_validation(dv)

docs = []
r = H + 1
for no, kind, name, note, sub, fn, rem in rows:
    ws.cell(r, 1, no); ws.cell(r, 2, name)
    if note: ws.cell(r, 3, note)
    ws.cell(r, 4, sub); dv.add(f"D{r}")
    if fn: ws.cell(r, 5, fn)
    if rem: ws.cell(r, 6, rem)
    for c in range(1, 7):
        ws.cell(r, c).border = B; ws.cell(r, c).alignment = center if c in (1, 4) else wrap
    ws.row_dimensions[r].height = 30
    d = {"kind": str(kind), "submission": CANON[sub]}
    if fn: d["fileName"] = fn
    if rem: d["remarks"] = rem
    docs.append(d); r += 1
r += 1
ws.cell(r, 1, "※ 提出の有無は「提出する」「未作成」「作成済・提出しない」から選択してください。").font = Font(size=9)
ws.cell(r + 1, 1, "※ 6・7は作成していれば提出してください。書類は立入検査の際に保健所へ提出してください。").font = Font(size=9)
ws.page_setup.orientation = "landscape"

wb.save(os.path.join(OUT, NAME + ".xlsx"))
expected = {
  "form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
  "values": {"facilityName": FAC, "submittedOn": SUBMITTED_ON.isoformat(), "documents": docs},
  "planted": [],
  "notes": ("Document 2 (事業者確認用) is split into three rows 2-1/2-2/2-3, one per vendor; each is kind '2'. "
            "Column C (提出にあたっての注意点) is pre-printed guidance, not remarks; remarks are column F. "
            "提出の有無 is a drop-down whose list lives on the hidden sheet 'list'. 提出日 is an Excel date cell. "
            "Document 7 (BCP) 未作成 is allowed (提出 only if made)."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok")

# Generator for ins-w48-b-cover-sheet-mark-columns.xlsx
# Role: hospital 医療情報管理室 person making their own cover sheet for the documents handed to the 保健所:
# one-cell labels (医療機関名：…, 提出日：令和… as text), circled numbers, one column per status with ○ marks,
# a second table (breakdown of the vendor checklists) below; re-saved by LibreOffice.
import json, os, sys, subprocess, tempfile
sys.path.insert(0, "/tmp/clvins-py")
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

OUT = "/work/blind/wave48/inspection-documents"
NAME = "ins-w48-b-cover-sheet-mark-columns"
SHEET = "提出書類チェック表"
FAC = "医療法人 美作会 津山みどりヶ丘病院"

# (label no, kind, name, mark column: 0 提出 / 1 未作成 / 2 作成済・未提出 / None, file, remarks)
rows = [
 ("①", 1, "チェックリスト（医療機関確認用）", 0, "①医療機関確認用チェックリスト.pdf", None),
 ("②", 2, "チェックリスト（事業者確認用）", 0, "②事業者確認用チェックリスト（4社分）.pdf", "内訳は下表のとおり"),
 ("③", 3, "チェックリスト（最低限の措置編）", None, None, None),
 ("④", 4, "機器管理台帳", 0, "④機器管理台帳.xlsx", None),
 ("⑤", 5, "インシデント発生時の連絡体制図", 1, None, "現在作成中"),
 ("⑥", 6, "ネットワーク構成図及びシステム全体構成図", 0, "⑥ネットワーク構成図.pdf", None),
 ("⑦", 7, "サイバー攻撃を想定した事業継続計画（BCP）", 0, "⑦BCP（サイバー攻撃編）.docx", "R6.9 策定"),
]
STAT = ["SUBMITTED", "NOT_CREATED", "NOT_SUBMITTED"]

thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
wrap = Alignment(wrap_text=True, vertical="center"); center = Alignment(horizontal="center", vertical="center", wrap_text=True)
gray = PatternFill("solid", fgColor="EDEDED")

wb = Workbook(); ws = wb.active; ws.title = SHEET
for k, v in {"A": 2, "B": 6, "C": 38, "D": 7, "E": 7, "F": 10, "G": 40, "H": 22}.items():
    ws.column_dimensions[k].width = v
ws["B1"] = "令和６年度 医療機関立入検査（サイバーセキュリティ対策関係）提出書類チェック表"
ws["B1"].font = Font(bold=True, size=13)
ws["B3"] = f"医療機関名：{FAC}"
ws["B4"] = "提出日：令和６年１２月３日"
ws["B5"] = "提出先：美作保健所（立入検査時に提出）"
ws["G3"] = "担当：医療情報管理室 田中"

ws["B7"] = "番号"; ws["C7"] = "書類の名称"; ws["D7"] = "提出状況（該当欄に○）"
ws["D8"] = "提出"; ws["E8"] = "未作成"; ws["F8"] = "作成済・未提出"; ws["G7"] = "ファイル名"; ws["H7"] = "備考"
for rng in ("B7:B8", "C7:C8", "D7:F7", "G7:G8", "H7:H8"): ws.merge_cells(rng)
for rr in (7, 8):
    for c in range(2, 9):
        ws.cell(rr, c).border = B; ws.cell(rr, c).alignment = center; ws.cell(rr, c).fill = gray
        ws.cell(rr, c).font = Font(bold=True, size=10)

docs = []; rowref = {}
r = 9
for lab, kind, name, mark, fn, rem in rows:
    ws.cell(r, 2, lab); ws.cell(r, 3, name)
    if mark is not None: ws.cell(r, 4 + mark, "○")
    if fn: ws.cell(r, 7, fn)
    if rem: ws.cell(r, 8, rem)
    for c in range(2, 9):
        ws.cell(r, c).border = B; ws.cell(r, c).alignment = wrap if c in (3, 7, 8) else center
    ws.row_dimensions[r].height = 24
    d = {"kind": str(kind)}
    if mark is not None: d["submission"] = STAT[mark]
    if fn: d["fileName"] = fn
    if rem: d["remarks"] = rem
    rowref[kind] = r
    docs.append(d); r += 1

r += 1
ws.cell(r, 2, "【②の内訳】事業者確認用チェックリスト受領状況").font = Font(bold=True)
r += 1
hdr = r
ws.cell(r, 2, "No."); ws.cell(r, 3, "事業者名"); ws.cell(r, 4, "対象システム"); ws.cell(r, 7, "受領日")
ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
for c in range(2, 8):
    ws.cell(r, c).border = B; ws.cell(r, c).fill = gray; ws.cell(r, c).alignment = center
vendors = [("1", "株式会社メディカルシステムズ岡山", "電子カルテ", "11/18"),
           ("2", "山陽メディカルソフト株式会社", "医事会計（レセコン）", "11/20"),
           ("3", "西日本画像システム株式会社", "PACS", "11/25"),
           ("4", "株式会社ラボネット中国", "検査システム", "11/29")]
for v in vendors:
    r += 1
    ws.cell(r, 2, v[0]); ws.cell(r, 3, v[1]); ws.cell(r, 4, v[2]); ws.cell(r, 7, v[3])
    ws.merge_cells(start_row=r, start_column=4, end_row=r, end_column=6)
    for c in range(2, 8): ws.cell(r, c).border = B

tmpdir = tempfile.mkdtemp(); raw = os.path.join(tmpdir, NAME + ".xlsx"); wb.save(raw)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", OUT, raw], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

planted = [
  {"cells": [f"{SHEET}!D{rowref[3]}", f"{SHEET}!E{rowref[3]}", f"{SHEET}!F{rowref[3]}"],
   "paths": ["documents[2].submission"],
   "why": "③ チェックリスト（最低限の措置編）の提出状況が未記入（どの欄にも○がない）"},
  {"cells": [f"{SHEET}!E{rowref[5]}"],
   "paths": ["documents[4].submission"],
   "why": "⑤ インシデント発生時の連絡体制図は提出を求められる書類（「作成していれば」の対象は⑥⑦のみ）なのに未作成"},
]
expected = {
  "form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
  "values": {"facilityName": FAC, "submittedOn": "2024-12-03", "documents": docs},
  "planted": planted,
  "notes": ("Re-saved by LibreOffice. Labels and values share a cell (医療機関名：…, 提出日：令和６年１２月３日 as text "
            "with full-width digits). Status is a ○ in one of three columns D 提出 / E 未作成 / F 作成済・未提出. "
            "Document numbers are circled ①–⑦. The second table (【②の内訳】, vendors of document 2) is a breakdown "
            "only, not document rows. '提出先' and '担当' lines are not fields."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok", rowref)

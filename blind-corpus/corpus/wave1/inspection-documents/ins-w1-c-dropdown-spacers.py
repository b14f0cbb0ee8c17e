#!/usr/bin/python3
"""ins-w1-c: print-style sheet with blank spacer columns, labels above values (医療機関名 / 提出日),
a 提出区分 dropdown (提出 / 未作成 / 作成済・未提出) fed from a hidden list sheet, 提出日 an Excel date cell,
a =COUNTIF 提出件数 without cached value. Doc 6 未作成 (allowed: 作成していれば), doc 7 made but not handed in
(allowed: 写しの提供は任意). No planted problem."""
import json, os, datetime as dt
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

NAME = "ins-w1-c-dropdown-spacers"
HERE = os.path.dirname(os.path.abspath(__file__))
FACILITY = "特定医療法人 美作会 津山さくら病院"
SUBMITTED_ON = dt.date(2024, 12, 3)
ROWS = [  # (番号, 書類, 区分, 備考, canonical)
 ("１", "チェックリスト（医療機関確認用）", "提出", None, "SUBMITTED"),
 ("２", "チェックリスト（事業者確認用）※事業者ごと", "提出", "2社分（電子カルテ／医事会計）", "SUBMITTED"),
 ("３", "チェックリスト（最低限の措置編）", "提出", None, "SUBMITTED"),
 ("４", "機器管理台帳", "提出", "R6.11 更新版", "SUBMITTED"),
 ("５", "インシデント発生時の連絡体制図", "提出", None, "SUBMITTED"),
 ("６", "ネットワーク構成図及びシステム全体構成図", "未作成", "事業者に作成を依頼中", "NOT_CREATED"),
 ("７", "サイバー攻撃を想定した事業継続計画（BCP）", "作成済・未提出", "院外持出不可のため立入検査時に現地で閲覧", "NOT_SUBMITTED"),
]
thin = Side(style="thin"); med = Side(style="medium")
box = Border(left=thin, right=thin, top=thin, bottom=thin)
wb = Workbook(); ws = wb.active; ws.title = "書類一覧"
# A spacer | B 番号 | C spacer | D 書類 | E spacer | F 提出区分 | G spacer | H 備考
for k, v in {"A": 2, "B": 6, "C": 1.5, "D": 44, "E": 1.5, "F": 16, "G": 1.5, "H": 40}.items(): ws.column_dimensions[k].width = v
ws["B1"] = "【別紙1】サイバーセキュリティ対策関連書類一覧"; ws["B1"].font = Font(bold=True, size=14)
ws["B2"] = "令和6年度医療機関立入検査（サイバーセキュリティ対策関係）支援事業"; ws["B2"].font = Font(size=9)
ws["B4"] = "医療機関名"; ws["F4"] = "提出日"
ws["B5"] = FACILITY; ws.merge_cells("B5:D5")
ws["F5"] = SUBMITTED_ON; ws["F5"].number_format = "yyyy/mm/dd"
for c in ("B4", "F4"): ws[c].font = Font(size=9, color="595959")
for c in "BCD": ws[f"{c}5"].border = Border(bottom=med)
ws["F5"].border = Border(bottom=med)
h = 7
for c, t in ((2, "番号"), (4, "書類の名称"), (6, "提出区分"), (8, "備考")):
    x = ws.cell(h, c, t); x.border = box; x.font = Font(bold=True, color="FFFFFF")
    x.fill = PatternFill("solid", fgColor="305496"); x.alignment = Alignment(horizontal="center")
lst = wb.create_sheet("list")
for i, t in enumerate(["提出", "未作成", "作成済・未提出"], 1): lst.cell(i, 1, t)
lst.sheet_state = "hidden"
dv = DataValidation(type="list", formula1="list!$A$1:$A$3", allow_blank=True); ws.add_data_validation(dv)
docs = []
for i, (no, nm, kb, rem, canon) in enumerate(ROWS):
    r = h + 1 + i
    ws.cell(r, 2, no); ws.cell(r, 4, nm); ws.cell(r, 6, kb)
    if rem: ws.cell(r, 8, rem)
    for c in (2, 4, 6, 8):
        ws.cell(r, c).border = box
        ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="center", horizontal="center" if c in (2, 6) else None)
    dv.add(f"F{r}")
    ws.row_dimensions[r].height = 30
    d = {"kind": str(i + 1), "submission": canon}
    if rem: d["remarks"] = rem
    docs.append(d)
end = h + len(ROWS)
ws.cell(end + 2, 4, "提出件数").alignment = Alignment(horizontal="right")
ws.cell(end + 2, 6, f'=COUNTIF(F{h+1}:F{end},"提出")')
ws.cell(end + 4, 2, "※6・7は作成している場合のみ提出。提出区分はプルダウンから選択してください。").font = Font(size=9)
ws.print_area = f"A1:H{end+4}"
wb.save(os.path.join(HERE, NAME + ".xlsx"))
exp = {"form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
       "values": {"facilityName": FACILITY, "submittedOn": SUBMITTED_ON.isoformat(), "documents": docs},
       "planted": [],
       "notes": "提出区分 提出 = SUBMITTED, 未作成 = NOT_CREATED, 作成済・未提出 = NOT_SUBMITTED. Doc 6 未作成 is allowed (「作成していれば」); "
                "doc 7 made but not handed in is allowed (写しの提供は任意). Numbers are full-width. F16 holds =COUNTIF(...) without a "
                "cached value (not a form field). Hidden sheet 'list' feeds the dropdown. Spacer columns A, C, E, G are empty. No planted problem."}
json.dump(exp, open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("ok", NAME, end + 2)

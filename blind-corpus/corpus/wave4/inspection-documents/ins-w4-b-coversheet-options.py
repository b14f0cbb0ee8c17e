# Generator: ins-w4-b-coversheet-options  (inspection-documents, cover-sheet (提出票) style:
# one line per document, status chosen by ■ among □ option columns, 提出日 in 和暦 inside a label cell,
# full-width document numbers; re-saved by LibreOffice)
# Run with /usr/bin/python3 (openpyxl) and soffice on PATH.
import json, os, subprocess, tempfile, shutil
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "ins-w4-b-coversheet-options"
HERE = os.path.dirname(os.path.abspath(__file__))

thin = Side(style="thin"); border = Border(left=thin, right=thin, top=thin, bottom=thin)
center = Alignment(horizontal="center", vertical="center", wrap_text=True)
wrap = Alignment(vertical="center", wrap_text=True)
grey = PatternFill("solid", fgColor="EDEDED")

wb = Workbook()
ws = wb.active
ws.title = "提出票"
for col, w in zip("ABCDEF", (6, 42, 10, 12, 10, 34)):
    ws.column_dimensions[col].width = w

ws["A1"] = "令和6年度医療機関立入検査（サイバーセキュリティ対策関係）"
ws["A2"] = "サイバーセキュリティ対策関連書類　提出票"
ws["A2"].font = Font(bold=True, size=14)
ws.merge_cells("A1:F1"); ws.merge_cells("A2:F2")
ws["A1"].alignment = Alignment(horizontal="center"); ws["A2"].alignment = Alignment(horizontal="center")
ws["A4"] = "岡山県備中保健所長　様"
ws["E5"] = "提出日：令和6年11月20日"
ws.merge_cells("E5:F5")
ws["E5"].alignment = Alignment(horizontal="right")
ws["A6"] = "医療機関名：医療法人 白鷺会 笠岡みなと病院"
ws.merge_cells("A6:D6")
ws["A6"].font = Font(bold=True)

ws["A8"] = "下記のとおり、別紙1に掲げる書類の写しを提出します。（該当する欄の□を■にしてください）"
heads = ["番号", "書類名", "提出する", "作成済・\n提出しない", "未作成", "備考"]
for j, h in enumerate(heads):
    c = ws.cell(row=9, column=1 + j, value=h)
    c.border = border; c.alignment = center; c.fill = grey; c.font = Font(bold=True)
ws.row_dimensions[9].height = 32

ZEN = "０１２３４５６７８９"
docs = [
    # kind, name, chosen option index (0 提出する,1 作成済・提出しない,2 未作成, None = nothing chosen), remarks
    ("1", "チェックリスト（医療機関確認用）", 0, None),
    ("2", "チェックリスト（事業者確認用）", 0, "3社分（電子カルテ、PACS、レセコン）\n事業者ごとに1部ずつ"),
    ("3", "チェックリスト（最低限の措置編）", 0, None),
    ("4", "機器管理台帳", 2, "台帳の様式を検討中"),          # planted: required document not made
    ("5", "インシデント発生時の連絡体制図", None, None),      # planted: status left blank
    ("6", "ネットワーク構成図及びシステム全体構成図", 0, "ネットワーク構成図のみ"),
    ("7", "サイバー攻撃を想定した事業継続計画（BCP）", 2, "策定中（R7.3完成予定）"),
]
STAT = ["SUBMITTED", "NOT_SUBMITTED", "NOT_CREATED"]
exp_docs = []
for i, (kind, name, opt, rem) in enumerate(docs):
    r = 10 + i
    vals = [ZEN[int(kind)], name] + [("■" if opt == k else "□") for k in range(3)] + [rem]
    for j, v in enumerate(vals):
        c = ws.cell(row=r, column=1 + j, value=v)
        c.border = border
        c.alignment = center if j != 1 and j != 5 else wrap
    ws.row_dimensions[r].height = 30
    d = {"kind": kind}
    if opt is not None: d["submission"] = STAT[opt]
    if rem: d["remarks"] = rem
    exp_docs.append(d)

ws["A18"] = "※ ６・７は作成している場合に提出してください。"
ws["A19"] = "※ 提出は任意ですが、提出しない場合は立入検査時に現地で確認します。"
for a in ("A18", "A19"): ws[a].font = Font(size=9)
ws.page_setup.orientation = "portrait"

tmpdir = tempfile.mkdtemp()
tmp = os.path.join(tmpdir, NAME + ".xlsx")
wb.save(tmp)
outdir = os.path.join(tmpdir, "out"); os.makedirs(outdir)
env = dict(os.environ, HOME=tmpdir)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, tmp],
               check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
shutil.rmtree(tmpdir)

expected = {
    "form": "inspection-documents",
    "version": "R6",
    "file": NAME + ".xlsx",
    "values": {
        "facilityName": "医療法人 白鷺会 笠岡みなと病院",
        "submittedOn": "2024-11-20",
        "documents": exp_docs,
    },
    "planted": [
        {"cells": ["提出票!E13", "提出票!C13"], "paths": ["documents[3].submission"],
         "why": "4 機器管理台帳 is marked 未作成; 機器管理台帳 is one of the required documents (1–5), only 6 and 7 are 'if made'"},
        {"cells": ["提出票!C14"], "paths": ["documents[4].submission"],
         "why": "5 インシデント発生時の連絡体制図: no option chosen (all three □) — required answer missing and the required document is not handed in"},
    ],
    "notes": ("Cover-sheet (提出票) layout, one line per document 1–7, numbers written full-width (１…７) -> kind '1'…'7'. "
              "Status chosen by turning □ into ■ in one of three option columns: 提出する -> SUBMITTED, "
              "作成済・提出しない -> NOT_SUBMITTED, 未作成 -> NOT_CREATED. 提出日 written in 和暦 inside the label cell "
              "('提出日：令和6年11月20日', E5). 医療機関名 shares cell A6 with its label. A4 is the addressee (保健所長), "
              "template text with no key. Remarks of document 2 contain a line break. Workbook re-saved by LibreOffice."),
}
with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2)
print("ok")

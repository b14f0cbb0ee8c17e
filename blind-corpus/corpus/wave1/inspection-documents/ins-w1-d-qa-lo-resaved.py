#!/usr/bin/python3
"""ins-w1-d: questionnaire layout (No. | 設問 | 回答 | 添付ファイル名 | 備考) with a correctly labelled 記入例 row,
医療機関名 and 提出日 (text 2024/11/20) label-left, written by openpyxl then re-saved by LibreOffice.
Planted: (1) doc 1 is the 令和5年度版 checklist (seed: use the 令和6年度版 様式);
(2) doc 2 vendor checklists of all vendors merged into one file (seed: 事業者ごと又はシステムごとに分けること)."""
import json, os, subprocess, tempfile, shutil
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

NAME = "ins-w1-d-qa-lo-resaved"
HERE = os.path.dirname(os.path.abspath(__file__))
FACILITY = "医療法人社団 潮風会 玉野みなと病院"
ROWS = [  # (No, 設問, 回答, file, remarks, canonical)
 ("Q1", "チェックリスト（医療機関確認用）を提出しますか。", "提出する", "R5_チェックリスト_医療機関確認用.xlsx",
  "令和5年度版の様式で作成（昨年度分を更新）", "SUBMITTED"),
 ("Q2", "チェックリスト（事業者確認用）を提出しますか。", "提出する", "チェックリスト_事業者確認用_全事業者.xlsx",
  "電子カルテ・レセコン・検査システムの3社分を1シートにまとめて記入", "SUBMITTED"),
 ("Q3", "チェックリスト（最低限の措置編）を提出しますか。", "提出する", "最低限の措置編_玉野みなと.xlsx", None, "SUBMITTED"),
 ("Q4", "機器管理台帳を提出しますか。", "提出する", "機器管理台帳_2024.xlsx", None, "SUBMITTED"),
 ("Q5", "インシデント発生時の連絡体制図を提出しますか。", "提出する", "連絡体制図.pdf", None, "SUBMITTED"),
 ("Q6", "ネットワーク構成図及びシステム全体構成図を提出しますか。（作成している場合）", "提出する", "NW構成図_システム全体構成図.pdf", None, "SUBMITTED"),
 ("Q7", "サイバー攻撃を想定した事業継続計画（BCP）を提出しますか。（作成している場合）", "作成していない", None, None, "NOT_CREATED"),
]
thin = Side(style="thin"); box = Border(left=thin, right=thin, top=thin, bottom=thin)
wb = Workbook(); ws = wb.active; ws.title = "回答"
for k, v in {"A": 6, "B": 52, "C": 14, "D": 40, "E": 44}.items(): ws.column_dimensions[k].width = v
ws["A1"] = "立入検査（サイバーセキュリティ対策関係）提出書類　回答票"; ws["A1"].font = Font(bold=True, size=13)
ws["A3"] = "医療機関名"; ws["B3"] = FACILITY
ws["A4"] = "提出日"; ws["B4"] = "2024/11/20"
for c in ("A3", "B3", "A4", "B4"): ws[c].border = box
ws["D3"] = "回答は「提出する」「作成していない」「提出しない」のいずれかを記入"; ws["D3"].font = Font(size=9)
h = 6
for c, t in enumerate(["No.", "設問", "回答", "添付ファイル名", "備考"], 1):
    x = ws.cell(h, c, t); x.border = box; x.font = Font(bold=True); x.fill = PatternFill("solid", fgColor="FFF2CC")
    x.alignment = Alignment(horizontal="center")
ex = ["記入例", "○○○○を提出しますか。", "提出する", "○○病院_○○.xlsx", "（記入例のため削除しないでください）"]
for c, t in enumerate(ex, 1):
    x = ws.cell(h + 1, c, t); x.border = box; x.font = Font(color="7F7F7F")
docs = []; rowof = {}
for i, (no, q, a, fn, rem, canon) in enumerate(ROWS):
    r = h + 2 + i; rowof[i] = r
    for c, v in enumerate([no, q, a, fn, rem], 1):
        if v: ws.cell(r, c, v)
        ws.cell(r, c).border = box
        ws.cell(r, c).alignment = Alignment(wrap_text=True, vertical="center")
    d = {"kind": str(i + 1), "submission": canon}
    if fn: d["fileName"] = fn
    if rem: d["remarks"] = rem
    docs.append(d)
tmp = tempfile.mkdtemp()
src = os.path.join(tmp, NAME + ".xlsx"); wb.save(src)
out = os.path.join(tmp, "out"); os.makedirs(out)
subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", out, src], check=True,
               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
shutil.copy(os.path.join(out, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx")); shutil.rmtree(tmp)
S = ws.title
exp = {"form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
       "values": {"facilityName": FACILITY, "submittedOn": "2024-11-20", "documents": docs},
       "planted": [
         {"cells": [f"{S}!D{rowof[0]}", f"{S}!E{rowof[0]}"], "paths": ["documents[0].fileName", "documents[0].remarks"],
          "why": "チェックリスト（医療機関確認用） made on the 令和5年度版 form; 別紙1 requires the 令和6年度版 様式 (医政参発0513第6号)"},
         {"cells": [f"{S}!D{rowof[1]}", f"{S}!E{rowof[1]}"], "paths": ["documents[1].fileName", "documents[1].remarks"],
          "why": "all vendors' チェックリスト（事業者確認用） merged into one file/sheet; 別紙1 says 事業者ごと又はシステムごとにチェックリストを分けること"}],
       "notes": "Row 7 is a correctly labelled 記入例 row (must be ignored). 回答 提出する = SUBMITTED, 作成していない = NOT_CREATED "
                "(BCP optional: 「作成していれば」). 提出日 typed as text 2024/11/20. Re-saved by LibreOffice."}
json.dump(exp, open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
print("ok", NAME, rowof)

# Generator for ins-w7-b-own-list (inspection-documents, R6) -- 2 planted problems.
# Role: 事務部 system clerk of a hospital in 津山市 making his own checklist of what to hand to 美作保健所 at the
# inspection: label and value in one cell, no numbers, documents in his own order (vendor checklists last because they
# come in late), text answers 提出/未作成, a COUNTIF total without cached value, a 記入要領 sheet copied from the notice.
import json, os
from openpyxl import Workbook
from openpyxl.styles import Font, Alignment, Border, Side, PatternFill

NAME = "ins-w7-b-own-list"
OUT = os.path.dirname(os.path.abspath(__file__))
thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(vertical="top", wrap_text=True)

wb = Workbook(); ws = wb.active; ws.title = "提出書類一覧"
for k, v in {"A": 38, "B": 12, "C": 48, "D": 44}.items(): ws.column_dimensions[k].width = v
ws["A1"] = "立入検査（サイバーセキュリティ対策関係）提出書類　別紙1"; ws["A1"].font = Font(bold=True, size=13)
ws["A2"] = "医療機関名：医療法人 美作会 津山ひがし病院"
ws["A3"] = "提出日：R6.12.3（美作保健所 立入検査時に手渡し）"
ws["C2"] = "担当：事務部 情報システム係"

hdr = ["書類名", "提出", "ファイル名", "備考"]
for i, h in enumerate(hdr, 1):
    c = ws.cell(row=5, column=i, value=h); c.font = Font(bold=True); c.border = B
    c.fill = PatternFill("solid", fgColor="FCE4D6")

ST = {"提出": "SUBMITTED", "未作成": "NOT_CREATED", "提出しない": "NOT_SUBMITTED"}
rows = [
 (1, "チェックリスト（医療機関確認用）", "提出", "R5_サイバーセキュリティ対策チェックリスト_医療機関確認用.xlsx", "令和5年度版の様式で記入（昨年度のファイルを更新）"),
 (3, "チェックリスト（最低限の措置編）", "提出", "最低限の措置編チェックリスト.xlsx", None),
 (4, "機器管理台帳", "提出", "機器管理台帳_2024.xlsx", None),
 (5, "インシデント発生時の連絡体制図", "提出", "連絡体制図_2024年10月版.pdf", None),
 (6, "ネットワーク構成図・システム全体構成図", "未作成", None, "作成していないため提出なし"),
 (7, "サイバー攻撃を想定したBCP", "提出", "BCP_サイバー攻撃編_R6.docx", None),
 (2, "チェックリスト（事業者確認用）", "提出", "事業者確認用チェックリスト_電子カルテ.pdf", "電子カルテ事業者分のみ回収。\nレセコン・検査システム・PACSの事業者には依頼していない"),
]
docs, planted = [], []
r = 6
for kind, name, st, fn, rem in rows:
    vals = [name, st, fn, rem]
    for i, v in enumerate(vals, 1):
        c = ws.cell(row=r, column=i, value=v); c.border = B; c.alignment = WRAP
    d = {"kind": kind, "submission": ST[st]}
    if fn: d["fileName"] = fn
    if rem: d["remarks"] = rem
    idx = len(docs); docs.append(d)
    if kind == 1:
        planted.append({"cells": [f"提出書類一覧!C{r}", f"提出書類一覧!D{r}"], "paths": [f"documents[{idx}]"],
                        "why": "医療機関確認用チェックリストは令和6年度版の様式を使用することとされているのに、令和5年度版の様式で作成している"})
    if kind == 2:
        planted.append({"cells": [f"提出書類一覧!C{r}", f"提出書類一覧!D{r}"], "paths": [f"documents[{idx}]"],
                        "why": "事業者確認用チェックリストはすべての医療情報システムの委託事業者に漏れなく（事業者ごと又はシステムごとに）記入・提出を求めることとされているが、電子カルテ事業者の1通のみで、レセコン・検査システム・PACSの事業者分がない"})
    r += 1
last = r - 1
ws.cell(row=r + 1, column=1, value="提出する書類数")
ws.cell(row=r + 1, column=2, value=f'=COUNTIF(B6:B{last},"提出")')

# 記入要領 sheet (copied from the notice, shortened)
g = wb.create_sheet("記入要領")
g.column_dimensions["A"].width = 4; g.column_dimensions["B"].width = 34; g.column_dimensions["C"].width = 90
g["A1"] = "別紙1 提出にあたっての注意点（県通知より抜粋）"; g["A1"].font = Font(bold=True)
notes = [
 ("1", "チェックリスト（医療機関確認用）", "令和6年5月13日付け医政参発0513第6号の令和6年度版チェックリスト様式を使用。マニュアルを参照。"),
 ("2", "チェックリスト（事業者確認用）", "上記と同じ。医療情報システム（電子カルテ、レセコン、医療機器など）の委託事業者に対し漏れなく記入・提出を求める（事業者ごと又はシステムごとに分ける）。"),
 ("3", "チェックリスト（最低限の措置編）", "別添の様式を使用。"),
 ("4", "機器管理台帳", "サーバーやPC、ルータ等の機器を記載した台帳。マニュアル2-(1)参照。"),
 ("5", "インシデント発生時の連絡体制図", "マニュアル3-(1)参照。"),
 ("6", "ネットワーク構成図及びシステム全体構成図", "作成していれば提出。"),
 ("7", "サイバー攻撃を想定した事業継続計画（BCP）", "作成していれば提出。"),
]
for i, (n, a, b) in enumerate(notes, 3):
    g.cell(row=i, column=1, value=n); g.cell(row=i, column=2, value=a); g.cell(row=i, column=3, value=b)
    g.cell(row=i, column=3).alignment = WRAP

wb.save(os.path.join(OUT, NAME + ".xlsx"))
exp = {
 "form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
 "values": {"facilityName": "医療法人 美作会 津山ひがし病院", "submittedOn": "2024-12-03", "documents": docs},
 "planted": planted,
 "notes": ("Label and value share one cell (A2 医療機関名：…, A3 提出日：R6.12.3（…）). Rows carry no numbers and are in the "
           "clerk's own order 1,3,4,5,6,7,2 — kind is read from the document name. 提出 column holds text 提出 / 未作成. "
           f"B{r+1} is a COUNTIF total saved by openpyxl without a cached value (not a document row). The 記入要領 sheet is "
           "reference text, not data."),
}
with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
    json.dump(exp, f, ensure_ascii=False, indent=2)
print("ok", len(docs), len(planted))

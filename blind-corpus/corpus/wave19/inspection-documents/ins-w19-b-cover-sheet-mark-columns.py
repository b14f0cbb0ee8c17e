#!/usr/bin/python3
"""ins-w19-b: the hospital's own 提出書類チェック表 (cover sheet sent to the 保健所): header as 「項目：値」 in one
cell (提出日 in 和暦 text), full-width numbers, three mark columns 提出 / 未作成 / 作成済・提出なし with ○,
a correctly labelled 記入例 row, a second table (保健所記入欄, left blank) under the list, a 記入要領 sheet and a
hidden list sheet.  Saved by openpyxl, then re-saved by LibreOffice.
Planted: document 1 made on the 令和5年度版 form; document 2 all vendors combined in one file."""
import json, os, shutil, subprocess, tempfile
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

OUT = "/work/blind/wave19/inspection-documents"
NAME = "ins-w19-b-cover-sheet-mark-columns"
SHEET = "提出書類チェック表"
FACILITY = "社会医療法人 清和会 東川病院"

MARKCOL = {"SUBMITTED": "C", "NOT_CREATED": "D", "NOT_SUBMITTED": "E"}
# kind, shown no, shown name, canonical, file, remarks
DOCS = [
    (1, "１", "チェックリスト（医療機関確認用）", "SUBMITTED", "R5_チェックリスト_医療機関確認用.xlsx",
     "令和5年度版の様式で記入（R6版様式は未入手のため）"),
    (2, "２", "チェックリスト（事業者確認用）", "SUBMITTED", "事業者確認用チェックリスト_3社まとめ.xlsx",
     "電子カルテ・医事会計・給食管理の3社分を1つのファイルにまとめて記入"),
    (3, "３", "チェックリスト（最低限の措置編）", "SUBMITTED", "最低限の措置チェックリスト.pdf", None),
    (4, "４", "機器管理台帳", "SUBMITTED", "機器管理台帳（2024.10更新）.xlsx", None),
    (5, "５", "インシデント発生時の連絡体制図", "SUBMITTED", "連絡体制図.pdf", None),
    (6, "６", "ネットワーク構成図及びシステム全体構成図", "NOT_CREATED", None, "ネットワーク構成図は事業者に作成依頼中"),
    (7, "７", "サイバー攻撃を想定したＢＣＰ", "SUBMITTED", "BCP_サイバー攻撃編_第1版.docx", "令和6年9月策定"),
]


def main():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    fill = PatternFill("solid", fgColor="FFF2CC")
    ex_font = Font(color="808080", italic=True)

    for col, w in zip("ABCDEFG", (6, 36, 7, 7, 10, 40, 40)):
        ws.column_dimensions[col].width = w

    ws.merge_cells("A1:G1")
    ws["A1"] = "サイバーセキュリティ対策関連書類　提出チェック表（立入検査用）"
    ws["A1"].font = Font(size=14, bold=True)
    ws["A1"].alignment = Alignment(horizontal="center")
    ws.merge_cells("A3:D3"); ws["A3"] = f"医療機関名：{FACILITY}"
    ws.merge_cells("A4:D4"); ws["A4"] = "提出日：令和6年11月12日"
    ws.merge_cells("F3:G3"); ws["F3"] = "担当：事務部 情報システム係　田中（内線 215）"
    ws.merge_cells("A5:G5")
    ws["A5"] = "※ 該当する欄に○を付け、提出する書類は添付ファイル名を記入してください。（６・７は作成している場合のみ提出）"
    ws["A5"].font = Font(size=9)

    hdr = ["No.", "書類名", "提出", "未作成", "作成済・\n提出なし", "添付ファイル名", "備考"]
    for i, h in enumerate(hdr):
        c = ws.cell(row=7, column=i + 1, value=h)
        c.fill = fill
        c.font = Font(bold=True)
        c.alignment = center
        c.border = box
    ws.row_dimensions[7].height = 30

    # correctly labelled example row
    ex = ["記入例", "（例）チェックリスト（医療機関確認用）", "○", None, None, "○○病院_チェックリスト.xlsx", "（例）令和6年度版様式を使用"]
    for i, v in enumerate(ex):
        c = ws.cell(row=8, column=i + 1, value=v)
        c.font = ex_font
        c.border = box
        c.alignment = center if i in (0, 2, 3, 4) else wrap

    docs = []
    rows = {}
    r = 9
    for kind, no, name, canon, fn, rem in DOCS:
        ws[f"A{r}"] = no
        ws[f"B{r}"] = name
        ws[f"{MARKCOL[canon]}{r}"] = "○"
        if fn:
            ws[f"F{r}"] = fn
        if rem:
            ws[f"G{r}"] = rem
        for c in "ABCDEFG":
            ws[f"{c}{r}"].border = box
            ws[f"{c}{r}"].alignment = center if c in "ACDE" else wrap
        ws.row_dimensions[r].height = 30
        d = {"kind": str(kind), "submission": canon}
        if fn:
            d["fileName"] = fn
        if rem:
            d["remarks"] = rem
        docs.append(d)
        rows[kind] = r
        r += 1

    # second table: for the health centre
    r += 1
    ws.merge_cells(f"A{r}:G{r}")
    ws[f"A{r}"] = "【保健所記入欄】"
    ws[f"A{r}"].font = Font(bold=True)
    r += 1
    layout = [("A", "B", "受付日"), ("C", "E", "受付者"), ("F", "F", "医療推進課への送付日"), ("G", "G", "備考")]
    for a, b, lab in layout:
        if a != b:
            ws.merge_cells(f"{a}{r}:{b}{r}")
            ws.merge_cells(f"{a}{r+1}:{b}{r+1}")
        ws[f"{a}{r}"] = lab
        ws[f"{a}{r}"].alignment = center
        for rr in (r, r + 1):
            for col in "ABCDEFG"["ABCDEFG".index(a):"ABCDEFG".index(b) + 1]:
                ws[f"{col}{rr}"].border = box
    ws.row_dimensions[r + 1].height = 28

    guide = wb.create_sheet("記入要領")
    for i, t in enumerate([
        "記入要領",
        "・県の別紙1「サイバーセキュリティ対策関連書類一覧」に沿って、提出する書類を確認してください。",
        "・提出／未作成／作成済・提出なし のいずれかに○を付けてください。",
        "・チェックリスト（事業者確認用）は事業者ごと又はシステムごとに分けてください。",
        "・チェックリストは令和6年度版の様式を使用してください。",
        "・8行目（記入例）は消さずにそのままで構いません。",
    ], start=1):
        guide.cell(row=i, column=1, value=t)
    guide["A1"].font = Font(bold=True)
    guide.column_dimensions["A"].width = 90

    lst = wb.create_sheet("リスト")
    lst["A1"] = "○"
    lst["A2"] = "レ"
    lst.sheet_state = "hidden"

    tmp = tempfile.mkdtemp()
    raw = os.path.join(tmp, NAME + ".xlsx")
    wb.save(raw)
    outdir = os.path.join(tmp, "lo")
    os.makedirs(outdir)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, raw],
                   check=True, capture_output=True)
    shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(OUT, NAME + ".xlsx"))
    shutil.rmtree(tmp)

    exp = {
        "form": "inspection-documents",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {"facilityName": FACILITY, "submittedOn": "2024-11-12", "documents": docs},
        "planted": [
            {"cells": [f"{SHEET}!F{rows[1]}", f"{SHEET}!G{rows[1]}"], "paths": ["documents[0].fileName", "documents[0].remarks"],
             "why": "チェックリスト（医療機関確認用）を令和5年度版様式で作成（別紙1は令和6年度版様式の使用を求める）"},
            {"cells": [f"{SHEET}!F{rows[2]}", f"{SHEET}!G{rows[2]}"], "paths": ["documents[1].fileName", "documents[1].remarks"],
             "why": "事業者確認用チェックリストを3社分1ファイルにまとめている（事業者ごと又はシステムごとに分けること）"},
        ],
        "notes": ("Header values share the cell with their label (医療機関名：…, 提出日：令和6年11月12日 as text). "
                  "提出の有無 is a ○ in one of the three mark columns (提出 / 未作成 / 作成済・提出なし). Row 8 is a labelled "
                  "記入例 row and is not in values. 担当 (F3) and the 保健所記入欄 table below the list are not form fields "
                  "(the latter is empty). Sheet 記入要領 is instructions; sheet リスト is hidden. Re-saved by LibreOffice."),
    }
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    main()

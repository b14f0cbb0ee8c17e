#!/usr/bin/env python3
"""Generator: ins-w44-a-hospital-file-index.xlsx (inspection document package cover list, no planted problem).
A hospital IT person's own index of the files handed to the 保健所, with a row per vendor checklist.
Run: PYTHONPATH=/tmp/w44pkgs /usr/bin/python3 THIS.py"""
import datetime as dt, json, os
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

OUT = "/work/blind/wave44/inspection-documents"
NAME = "ins-w44-a-hospital-file-index"
SHEET = "提出書類一覧"
FAC = "医療法人 和光会 岡山和光病院"
SUBMITTED_ON = dt.date(2024, 11, 12)

# (kind, name shown, status as written, file name, remarks)
ROWS = [
 ("1", "チェックリスト（医療機関確認用）", "提出", "01_チェックリスト_医療機関確認用_R6.xlsx", None),
 ("2", "チェックリスト（事業者確認用）", "提出", "02-1_事業者確認用_電子カルテ_せとうち医療システム.xlsx", "電子カルテ（株式会社せとうち医療システム）"),
 ("2", None, "提出", "02-2_事業者確認用_医事会計_システムリンク中国.xlsx", "医事会計・レセコン（株式会社システムリンク中国）"),
 ("2", None, "提出", "02-3_事業者確認用_PACS.pdf", "PACS（山陽メディカルイメージング株式会社）\n※事業者記入分をPDFで受領"),
 ("3", "チェックリスト（最低限の措置編）", "提出", "03_チェックリスト_最低限の措置編.xlsx", None),
 ("4", "機器管理台帳", "提出", "04_機器管理台帳_2024.10.xlsx", None),
 ("5", "インシデント発生時の連絡体制図", "提出", "05_連絡体制図_R6.10改訂.pdf", None),
 ("6", "ネットワーク構成図及びシステム全体構成図", "提出", "06_ネットワーク構成図.pdf\n06_システム全体構成図.pdf", None),
 ("7", "サイバー攻撃を想定した事業継続計画（BCP）", "未作成", None, "令和7年度中に策定予定（確認表で自己点検中）"),
]
CANON = {"提出": "SUBMITTED", "未作成": "NOT_CREATED"}

def build(path):
    wb = Workbook(); ws = wb.active; ws.title = SHEET
    thin = Side(style="thin"); B = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="center")
    ctr = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for col, w in zip("ABCDE", [6, 40, 10, 52, 40]):
        ws.column_dimensions[col].width = w
    ws["A1"] = "令和6年度 医療機関立入検査（サイバーセキュリティ対策関係）提出書類一覧"
    ws["A1"].font = Font(size=13, bold=True)
    ws["A2"] = "（岡山県 別紙1「サイバーセキュリティ対策関連書類一覧」に基づく）"
    lab = PatternFill("solid", fgColor="E2EFDA")
    ws["A4"] = "医療機関名"; ws.merge_cells("A4:B4"); ws["C4"] = FAC; ws.merge_cells("C4:D4")
    ws["A5"] = "提出日"; ws.merge_cells("A5:B5"); ws["C5"] = SUBMITTED_ON; ws["C5"].number_format = "yyyy\"年\"m\"月\"d\"日\""
    ws.merge_cells("C5:D5")
    ws["A6"] = "担当"; ws.merge_cells("A6:B6"); ws["C6"] = "情報システム室 藤原（内線 215）"; ws.merge_cells("C6:D6")
    for r in (4, 5, 6):
        ws.cell(r, 1).fill = lab
        for c in range(1, 5): ws.cell(r, c).border = B
        ws.cell(r, 3).alignment = Alignment(horizontal="left")
    hdr = ["No.", "書類の名称", "提出区分", "ファイル名", "備考（対象事業者・システム等）"]
    for c, v in enumerate(hdr, 1):
        cell = ws.cell(8, c, v); cell.border = B; cell.alignment = ctr; cell.font = Font(bold=True); cell.fill = lab
    r = 9; refs = []
    for kind, nm, st, fn, rm in ROWS:
        if nm is not None:
            ws.cell(r, 1, int(kind)); ws.cell(r, 2, nm)
        ws.cell(r, 3, st); ws.cell(r, 4, fn); ws.cell(r, 5, rm)
        for c in range(1, 6):
            ws.cell(r, c).border = B; ws.cell(r, c).alignment = ctr if c in (1, 3) else wrap
        refs.append(r); r += 1
    ws.merge_cells("A10:A12"); ws.merge_cells("B10:B12")
    ws.cell(r + 1, 2, "提出ファイル数（行）").alignment = Alignment(horizontal="right")
    ws.cell(r + 1, 3, f'=COUNTIF(C9:C{r-1},"提出")')
    ws.cell(r + 2, 2, "※ 提出区分：提出／未作成（6・7は作成している場合のみ提出）")
    ws.page_setup.orientation = "landscape"
    wb.save(path)
    return refs

def expected(refs):
    docs = []
    for kind, nm, st, fn, rm in ROWS:
        d = {"kind": kind, "submission": CANON[st]}
        if fn: d["fileName"] = fn
        if rm: d["remarks"] = rm
        docs.append(d)
    return {"form": "inspection-documents", "version": "R6", "file": NAME + ".xlsx",
            "values": {"facilityName": FAC, "submittedOn": SUBMITTED_ON.isoformat(), "documents": docs},
            "planted": [],
            "notes": ("Hospital's own index of the files in the package. Document 2 (事業者確認用) has three rows, one "
                      "per vendor (rows 10-12), with No. and 書類の名称 merged over them; each row is a documents[] entry "
                      "with kind '2'. 提出区分 written as 提出 (=SUBMITTED) / 未作成 (=NOT_CREATED). 提出日 is an Excel "
                      "date cell shown as 2024年11月12日. Document 6 lists two files in one cell (line break). The "
                      "COUNTIF in C19 is a formula saved by openpyxl without a cached value; 担当 (row 6) is not a field.")}

if __name__ == "__main__":
    refs = build(os.path.join(OUT, NAME + ".xlsx"))
    with open(os.path.join(OUT, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected(refs), f, ensure_ascii=False, indent=2)

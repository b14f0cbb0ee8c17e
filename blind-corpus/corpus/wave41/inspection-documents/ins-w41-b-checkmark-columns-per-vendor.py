# Generator for ins-w41-b-checkmark-columns-per-vendor.xlsx
# The hospital's own "提出書類チェック表" for the inspection package: 医療機関名 in a 「項目：値」 cell,
# 提出日 as an Excel date cell, ○ marks in one of three columns (提出 / 未作成 / 作成済・未提出), the vendor
# checklist split into one sub-row per vendor, a labelled 記入例 row above the data, a COUNTIF tally,
# re-saved by LibreOffice. Two planted problems.
import sys, os, json, datetime, subprocess, shutil, tempfile
sys.path.insert(0, "/tmp/clvins_py")
from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Side, Font, PatternFill

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "ins-w41-b-checkmark-columns-per-vendor"
SHEET = "提出書類チェック表"

FACILITY = "医療法人 健生会 津山なぎさ病院"
SUBMITTED = datetime.date(2024, 12, 3)

# (No shown, kind, name, target, mark column (D/E/F), file name, remarks)
ROWS = [
    ("1", 1, "チェックリスト（医療機関確認用）", "", "D", "CL_医療機関確認用.xlsx", None),
    ("2-①", 2, "チェックリスト（事業者確認用）", "電子カルテ／株式会社ウエストメディカルソリューションズ", "D",
     "CL_事業者_電子カルテ.pdf", None),
    ("2-②", 2, "チェックリスト（事業者確認用）", "医事会計（レセコン）／有限会社ビーツーシステム", "D",
     "CL_事業者_レセコン.pdf", None),
    ("2-③", 2, "チェックリスト（事業者確認用）", "PACS／株式会社山陽画像システム", "E",
     None, "事業者へ11/8依頼済、未回収"),
    ("3", 3, "チェックリスト（最低限の措置編）", "", "D", "CL_最低限の措置編.xlsx", None),
    ("4", 4, "機器管理台帳", "", "E", None, "作成中（来年1月完成予定）"),
    ("5", 5, "インシデント発生時の連絡体制図", "", "D", "連絡体制図_R6.pdf", None),
    ("6", 6, "ネットワーク構成図及びシステム全体構成図", "", "D", "NW構成図.pdf\nシステム全体構成図.pdf", None),
    ("7", 7, "サイバー攻撃を想定した事業継続計画（BCP）", "", "E", None, None),
]
MARKCANON = {"D": "SUBMITTED", "E": "NOT_CREATED", "F": "NOT_SUBMITTED"}

thin = Side(style="thin")
B = Border(left=thin, right=thin, top=thin, bottom=thin)
WRAP = Alignment(wrap_text=True, vertical="center")
CEN = Alignment(horizontal="center", vertical="center", wrap_text=True)


def build():
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    for k, v in {"A": 6, "B": 34, "C": 40, "D": 7, "E": 7, "F": 9, "G": 28, "H": 28}.items():
        ws.column_dimensions[k].width = v
    ws.merge_cells("A1:H1")
    ws["A1"] = "立入検査 提出書類チェック表（サイバーセキュリティ対策関連書類・別紙1）"
    ws["A1"].font = Font(bold=True, size=13)
    ws.merge_cells("A3:C3")
    ws["A3"] = "医療機関名：" + FACILITY
    ws["A3"].font = Font(bold=True)
    ws.merge_cells("D3:F3")
    ws["D3"] = "提出日"
    ws["D3"].alignment = Alignment(horizontal="right")
    ws["G3"] = SUBMITTED
    ws["G3"].number_format = '[$-411]ggge"年"m"月"d"日"'
    ws["G3"].alignment = Alignment(horizontal="left")
    ws["G3"].border = B
    ws.merge_cells("A4:H4")
    ws["A4"] = "※該当する欄に○を付けてください。事業者確認用は事業者ごと（又はシステムごと）に1行ずつ記入。"
    ws["A4"].font = Font(size=9)

    heads = ["No.", "提出書類", "対象（システム／事業者）", "提出", "未作成", "作成済・\n未提出", "ファイル名", "備考"]
    for i, h in enumerate(heads, 1):
        c = ws.cell(6, i, h)
        c.border = B
        c.alignment = CEN
        c.font = Font(bold=True)
        c.fill = PatternFill("solid", fgColor="DDEBF7")
    ws.row_dimensions[6].height = 30

    # 記入例 row, clearly labelled
    ex = ["記入例", "インシデント発生時の連絡体制図", "", "○", "", "", "○○病院_連絡体制図.pdf", "（例）院内掲示版と同じもの"]
    for i, v in enumerate(ex, 1):
        c = ws.cell(7, i, v if v else None)
        c.border = B
        c.font = Font(italic=True, color="808080", size=9)
        c.alignment = CEN if i in (1, 4, 5, 6) else WRAP

    docs = []
    rowof = {}
    r = 8
    for idx, (no, kind, name, target, mark, fn, rem) in enumerate(ROWS):
        ws.cell(r, 1, no)
        ws.cell(r, 2, name)
        ws.cell(r, 3, target if target else None)
        ws.cell(r, {"D": 4, "E": 5, "F": 6}[mark], "○")
        ws.cell(r, 7, fn)
        ws.cell(r, 8, rem)
        for col in range(1, 9):
            c = ws.cell(r, col)
            c.border = B
            c.alignment = CEN if col in (1, 4, 5, 6) else WRAP
        ws.row_dimensions[r].height = 30 if fn and "\n" in fn else 22
        d = {"kind": str(kind), "submission": MARKCANON[mark]}
        if fn:
            d["fileName"] = fn
        if rem:
            d["remarks"] = rem
        docs.append(d)
        rowof[idx] = r
        r += 1
    last = r - 1
    ws.cell(r, 2, "計").alignment = Alignment(horizontal="right")
    ws.cell(r, 4, f'=COUNTIF(D8:D{last},"○")')
    ws.cell(r, 5, f'=COUNTIF(E8:E{last},"○")')
    ws.cell(r, 6, f'=COUNTIF(F8:F{last},"○")')
    for col in range(1, 9):
        ws.cell(r, col).border = B
        ws.cell(r, col).alignment = CEN if col in (4, 5, 6) else Alignment(horizontal="right")

    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0

    tmp = tempfile.mkdtemp(prefix="ins_w41_b_")
    src = os.path.join(tmp, NAME + ".xlsx")
    wb.save(src)
    outdir = os.path.join(tmp, "out")
    os.makedirs(outdir)
    subprocess.run(["soffice", "--headless", "--convert-to", "xlsx", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.copy(os.path.join(outdir, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
    shutil.rmtree(tmp)

    planted = [
        {"cells": [f"{SHEET}!E{rowof[3]}", f"{SHEET}!D{rowof[3]}"],
         "paths": ["documents[3].submission"],
         "why": ("2 チェックリスト（事業者確認用）: the PACS vendor's checklist is 未作成/未回収; the notice asks the hospital to "
                 "obtain it from every 委託事業者 of every 医療情報システム 「漏れなく」, so the package lacks a vendor checklist")},
        {"cells": [f"{SHEET}!E{rowof[5]}", f"{SHEET}!D{rowof[5]}"],
         "paths": ["documents[5].submission"],
         "why": ("4 機器管理台帳 marked 未作成: it is one of the required documents (only 6 and 7 are 「作成していれば提出」)")},
    ]
    exp = {
        "form": "inspection-documents",
        "version": "R6",
        "file": NAME + ".xlsx",
        "values": {
            "facilityName": FACILITY,
            "submittedOn": SUBMITTED.isoformat(),
            "documents": docs,
        },
        "planted": planted,
        "notes": ("Submission shown as ○ in one of three columns: 提出=SUBMITTED, 未作成=NOT_CREATED, 作成済・未提出=NOT_SUBMITTED. "
                  "Row 7 is a labelled 記入例 and is not a document. Document 2 is split into three rows (2-①,2-②,2-③), one "
                  "per vendor; the 対象 column (system／vendor) has no key. 医療機関名 is 「項目：値」 in one cell; 提出日 is an "
                  "Excel date cell shown in 和暦. Document 6 file-name cell holds two names separated by a line break. "
                  "計 row is COUNTIF formulas (values cached by the LibreOffice re-save), not a field."),
    }
    with open(os.path.join(HERE, NAME + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(exp, f, ensure_ascii=False, indent=2)


if __name__ == "__main__":
    build()
